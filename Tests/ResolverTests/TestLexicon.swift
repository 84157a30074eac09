import CrosscheckSchema

@testable import ResolverKit

/// A small hand-made lexicon about Central and Eastern Europe, for rule tests.
enum TestLexicon {
    static let shared: ResolverLexicon = {
        // A bundled base that cannot load leaves the cues empty, and the rule tests fail on it
        // (its loading is tested in RealTextTests and BundledKnowledgeTests).
        var lexicon = (try? ResolverLexicon()) ?? ResolverLexicon(cues: ResolverCues(), nameTyper: nil)
        let countries: [(id: String, name: String, adjectives: [String], capital: String, wikidata: String?)] = [
            ("poland", "Poland", ["Polish", "Pole", "Poles"], "Warsaw", "Q36"),
            ("lithuania", "Lithuania", ["Lithuanian", "Lithuanians"], "Vilnius", "Q37"),
            ("russia", "Russia", ["Russian", "Russians"], "Moscow", "Q159"),
            ("ukraine", "Ukraine", ["Ukrainian", "Ukrainians"], "Kyiv", "Q212"),
            ("germany", "Germany", ["German", "Germans"], "Berlin", "Q183"),
            ("czechia", "Czechia", ["Czech"], "Prague", nil),
            ("bosnia-and-herzegovina", "Bosnia and Herzegovina", ["Bosnian"], "Sarajevo", nil),
        ]
        for country in countries {
            lexicon.addEntity(
                id: country.id, name: country.name, type: .country, wikidata: country.wikidata,
                aliases: country.adjectives)
            let capitalID = NameFolding.slug(country.capital)
            lexicon.addEntity(id: capitalID, name: country.capital, type: .place, capitalOf: country.id)
        }
        lexicon.addPhrase("Czech Republic", target: "czechia", via: .name)
        lexicon.addEntity(id: "european-union", name: "European Union", type: .organization, aliases: ["EU"])
        lexicon.addEntity(id: "nato", name: "NATO", type: .organization, names: ["North Atlantic Treaty Organization"])
        lexicon.addEntity(id: "united-nations", name: "United Nations", type: .organization, aliases: ["UN"])
        lexicon.addEntity(
            id: "un-security-council", name: "United Nations Security Council", type: .organization,
            aliases: ["UN Security Council"])
        lexicon.addEntity(id: "crimea", name: "Crimea", type: .place)
        lexicon.addRole("President", key: "president")
        lexicon.addRole("Prime Minister", key: "prime-minister")
        lexicon.addRole("Foreign Minister", key: "foreign-minister")
        lexicon.addRole("Defence Minister", key: "defence-minister")
        lexicon.addRole("Defense Minister", key: "defence-minister")
        lexicon.addRole("Energy Minister", key: "energy-minister")
        lexicon.addRole("Secretary General", key: "secretary-general")
        lexicon.reportingVerbs = ["said", "say", "says", "stated", "told", "claimed", "warned", "reacted", "announced"]
        return lexicon
    }()

    static var resolver: EntityResolver { EntityResolver(lexicon: shared) }
    static var linker: EntityLinker { EntityLinker(lexicon: shared) }

    /// Resolves and links inline texts as documents "d0", "d1", ….
    static func link(_ texts: [String], scareQuotes: [String] = []) -> LinkedBundle {
        let documents = texts.enumerated().map { index, text in
            resolver.resolve(DocumentBuilder.document(id: "d\(index)", text: text, scareQuotes: scareQuotes))
        }
        return linker.link(documents)
    }
}

extension LinkedBundle {
    /// The entity id of the mention whose text is `text` (the `occurrence`-th in mention order).
    func entity(of text: String, occurrence: Int = 0, doc: String? = nil) -> String? {
        mention(text, occurrence: occurrence, doc: doc)?.entity
    }

    func mention(_ text: String, occurrence: Int = 0, doc: String? = nil) -> EntityMention? {
        let all = documents.filter { doc == nil || $0.document.id == doc }.flatMap(\.mentions).filter { $0.text == text }
        return occurrence < all.count ? all[occurrence] : nil
    }

    func entity(id: String) -> Entity? { entities.first { $0.id == id } }
}
