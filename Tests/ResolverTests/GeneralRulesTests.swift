import CrosscheckSchema
import Knowledge
import Testing

@testable import ResolverKit

/// General rules for names real pipelines trip over, on texts about other events than the seeds.
@Suite("General naming rules")
struct GeneralRulesTests {
    static func link(_ texts: [String], edit: (inout ParsedDocument) -> Void = { _ in }) throws -> LinkedBundle {
        let knowledge = try KnowledgeBase.bundled()
        let resolver = try EntityResolver(knowledge: knowledge)
        let documents = texts.enumerated().map { index, text in
            var document = DocumentBuilder.document(id: "d\(index)", text: text)
            edit(&document)
            return resolver.resolve(document)
        }
        return try EntityLinker(knowledge: knowledge).link(documents)
    }

    static func offset(of phrase: String, in text: String) -> Int {
        DocumentBuilder.occurrences(of: phrase, in: Array(text.unicodeScalars)).first ?? -1
    }

    @Test("A programme named with a slash is one agreement, not its pieces")
    func slashProgramme() throws {
        let bundle = try Self.link(["Farmers in Kenya will gain from the Green Harvest/Resilience 2035 programme, officials said."])
        let mention = try #require(bundle.mention("Green Harvest/Resilience 2035 programme"))
        #expect(bundle.entity(id: mention.entity)?.type == .agreement)
        #expect(bundle.mention("Resilience") == nil && bundle.mention("2035 programme") == nil)
    }

    @Test("“the West” and a coordinated “West” are one entity; “West Virginia” is not it")
    func theWest() throws {
        let bundle = try Self.link(["The West must act. Ankara balances between East and West. West Virginia voted."])
        let west = try #require(bundle.entity(of: "West", occurrence: 0))
        #expect(bundle.entity(of: "West", occurrence: 1) == west)
        #expect(bundle.entity(of: "West Virginia") != west)
    }

    @Test("A headline's descriptive agreement phrase is the dated agreement the body names")
    func headlineAgreement() throws {
        let text = """
            Breach of Earlier Fishing Accords
            Norway says the plan breaks the 2009 fishing accords with Iceland. The fishing fleet protested.
            """
        let bundle = try Self.link([text])
        let dated = try #require(bundle.entity(of: "2009 fishing accords"))
        #expect(bundle.entity(of: "Fishing Accords") == dated)
    }

    @Test("A seat read as its organisation only when the document names the organisation")
    func seatMetonym() throws {
        let bundle = try Self.link([
            "The European Union is divided. Brussels has insisted on new rules.",
            "Brussels has insisted on new tolls for lorries.",
        ])
        #expect(bundle.mention("Brussels", doc: "d0")?.via == .metonym)
        #expect(bundle.entity(of: "Brussels", doc: "d0") == bundle.entity(of: "European Union"))
        #expect(bundle.entity(of: "Brussels", doc: "d1") == bundle.entity(of: "Belgium") ?? "belgium")
    }

    @Test("A seat of government speaks for its state; long organisation names keep their acronym as id")
    func seatsAndAcronyms() throws {
        let bundle = try Self.link([
            "La Paz rejected the plan, officials in La Paz said. The Organization for Security and Co-operation in Europe (OSCE) objected."
        ])
        #expect(bundle.mention("La Paz", occurrence: 0)?.via == .metonym)
        #expect(bundle.entity(of: "La Paz", occurrence: 0) == "bolivia")
        #expect(bundle.entity(id: bundle.entity(of: "La Paz", occurrence: 1) ?? "")?.type == .place)
        #expect(bundle.entity(of: "Organization for Security and Co-operation in Europe") == "osce")
        #expect(bundle.entity(of: "OSCE") == "osce")
    }

    @Test("Official names with a possessive inside, and particles inside a titled name")
    func officialNamesAndParticles() throws {
        let bundle = try Self.link([
            "Trade Minister Tran Van Hieu met envoys of the Lao People's Democratic Republic. Hieu said talks went well."
        ])
        #expect(bundle.entity(of: "Lao People's Democratic Republic") == "laos")
        let person = try #require(bundle.entity(of: "Tran Van Hieu"))
        #expect(bundle.entity(id: person)?.type == .person)
        #expect(bundle.entity(of: "Hieu") == person)
    }

    @Test("An agreement named after a capital is no mention of that capital's state")
    func agreementNamedAfterCapital() throws {
        let bundle = try Self.link(["Russia said the Minsk Agreements were dead. Moldova signed the Chisinau Accord in May."])
        #expect(bundle.entity(id: bundle.entity(of: "Minsk Agreements") ?? "")?.type == .agreement)
        #expect(bundle.entity(id: bundle.entity(of: "Chisinau Accord") ?? "")?.type == .agreement)
        #expect(bundle.entity(id: "belarus") == nil && bundle.mention("Minsk") == nil)
    }

    @Test("A heading's generic plural noun is not an entity")
    func headingPlural() throws {
        let text = """
            Tensions Rise Amid New Regional Military Alliances
            Chile’s Strategic Alliances with Peru: Santiago wants closer military alliances with its neighbours.
            """
        let bundle = try Self.link([text])
        #expect(bundle.entities.allSatisfy { !$0.name.lowercased().hasSuffix("alliances") })
        #expect(bundle.entity(of: "Peru") == "peru")
    }

    @Test("A headline splits at a verb the body uses in the past tense")
    func headlineVerb() throws {
        let bundle = try Self.link(["Andean States Sign Lithium Accord\nChile and Peru signed the 2025 Lithium Accord. Bolivia did not sign."])
        #expect(bundle.mention("Andean States Sign Lithium Accord") == nil)
        #expect(bundle.entity(of: "Lithium Accord") == bundle.entity(of: "2025 Lithium Accord"))
    }

    @Test("A pronoun speaker links to the person named just before, not further back")
    func pronounSpeakers() throws {
        let text = """
            Finance Minister Ana Souza spoke after the vote. She said the budget would pass.
            Markets were calm all week.
            Nothing else happened on Friday. He said it was over.
            """
        let bundle = try Self.link([text]) { document in
            let she = Self.offset(of: "She said", in: text)
            let he = Self.offset(of: "He said", in: text)
            document.attributions = [
                Attribution(
                    sentence: 1, speakerText: "She", speakerSpan: TextSpan(start: she, end: she + 3), cue: "said",
                    content: TextSpan(start: she + 9, end: she + 34)),
                Attribution(
                    sentence: 4, speakerText: "He", speakerSpan: TextSpan(start: he, end: he + 2), cue: "said",
                    content: TextSpan(start: he + 8, end: he + 20)),
            ]
        }
        let souza = try #require(bundle.entity(of: "Ana Souza"))
        let pronoun = try #require(bundle.mention("She"))
        #expect(pronoun.via == .pronoun && pronoun.entity == souza)
        #expect(bundle.documents[0].document.attributions[0].speaker == souza)
        // The only person is two paragraphs back: no link.
        #expect(bundle.mention("He") == nil)
        #expect(bundle.documents[0].document.attributions[1].speaker == nil)
        #expect(!(bundle.entity(id: souza)?.aliases.contains("She") ?? true))
    }

    @Test("The resolver's cue words are knowledge data a user lexicon extends")
    func cuesAreData() throws {
        let bundled = try KnowledgeBase.bundled()
        let cues = ResolverCues(lexicon: bundled.lexicon)
        #expect(cues.organizationHeads.contains("ministry") && cues.agreementHeads.contains("treaty"))
        #expect(cues.agreementSynonyms["accords"] == "agreement" && cues.speakerPronouns == ["he", "she"])
        #expect(cues.calendarWords.contains("march"))
        #expect(ResolverCues().organizationHeads.isEmpty)
        var lexicon = bundled.lexicon
        lexicon.lists["resolver.organizationHeads", default: []].append("Brigade")
        #expect(ResolverCues(lexicon: lexicon).organizationHeads.contains("brigade"))
    }
}
