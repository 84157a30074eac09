import CrosscheckSchema
import Knowledge

extension ResolverLexicon {
    /// The resolver's view of a knowledge base: entries keyed by their knowledge-base id, with
    /// bundle ids made from their names ("country:PL" named "Poland" → "poland"). Throws when
    /// the bundled cues or name typer cannot be loaded.
    public init(knowledge: KnowledgeBase) throws(KnowledgeError) {
        try self.init()
        var usedIDs: Set<String> = []
        for entry in knowledge.entries {
            var id = NameFolding.slug(entry.name)
            // A long name known by its acronym keeps the acronym as id ("osce", not
            // "organization-for-security-and-co-operation-in-europe").
            if id.split(separator: "-").count > 4, let acronym = entry.aliases.first(where: Self.isAcronym) {
                id = NameFolding.slug(acronym)
            }
            if id.isEmpty { id = NameFolding.slug(entry.id) }
            if usedIDs.contains(id) { id = NameFolding.slug(entry.id) }
            usedIDs.insert(id)
            records[entry.id] = Record(id: id, name: entry.name, type: Self.entityType(entry.type), wikidata: entry.wikidata)
            let capitalOf = entry.capitalOf
            for phrase in [entry.name] { addPhrase(phrase, target: entry.id, via: .name, capitalOf: capitalOf) }
            // Adjectives of states and organisations name their actors ("Polish officials");
            // those of regions only describe ("Baltic states"), so they are not mentions.
            let type = Self.entityType(entry.type)
            let adjectives = type == .country || type == .organization ? entry.adjectives + entry.demonyms : entry.demonyms
            for phrase in entry.aliases + adjectives {
                addPhrase(phrase, target: entry.id, via: .alias, capitalOf: capitalOf)
            }
        }
        for entry in knowledge.entries where Self.entityType(entry.type) == .organization {
            if let seat = entry.capital { seatOf[seat, default: []].append(entry.id) }
        }
        for role in knowledge.roles {
            for form in role.allForms {
                if role.isInstitution {
                    addInstitution(form, key: role.id, displayName: role.name)
                } else {
                    addRole(form, key: role.id, displayName: role.name)
                }
            }
        }
        reportingVerbs = Set(knowledge.lexicon.reportingVerbs.keys.map(NameFolding.key))
        // A base that states resolver cues (the bundled data, with any user additions and
        // removals) is read alone; a hand-made base without them adds to the bundled cues.
        if knowledge.lexicon.lists.keys.contains(where: { $0.hasPrefix("resolver.") }) {
            cues = ResolverCues(lexicon: knowledge.lexicon)
        } else {
            cues.extend(with: knowledge.lexicon)
        }
        let currencies = knowledge.lexicon.table("currencies")
        currencyCodes = Set((Array(currencies.keys) + Array(currencies.values)).map(NameFolding.key))
    }

    /// Three to eight capital letters and nothing else ("OSCE", "ECOWAS").
    static func isAcronym(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        return (3...8).contains(scalars.count) && scalars.allSatisfy { $0.properties.isUppercase && $0.properties.isAlphabetic }
    }

    /// Knowledge-base type strings to report types; states and territories are both countries.
    static func entityType(_ type: String) -> EntityType {
        switch type {
        case "country", "territory", "state": .country
        case "place", "city", "region", "continent": .place
        case "organization", "organisation": .organization
        case "person": .person
        case "agreement": .agreement
        case "event": .event
        default: EntityType(rawValue: type) ?? .other
        }
    }
}

extension EntityResolver {
    /// A resolver over a knowledge base (builds its lookup tables once).
    public init(knowledge: KnowledgeBase) throws(KnowledgeError) {
        self.init(lexicon: try ResolverLexicon(knowledge: knowledge))
    }
}

extension EntityLinker {
    /// A linker over a knowledge base (builds its lookup tables once).
    public init(knowledge: KnowledgeBase) throws(KnowledgeError) {
        self.init(lexicon: try ResolverLexicon(knowledge: knowledge))
    }
}
