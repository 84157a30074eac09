import CrosscheckSchema
import Knowledge
import Testing

@testable import ResolverKit

@Suite("Knowledge adapter")
struct KnowledgeAdapterTests {
    static let knowledge = KnowledgeBase(
        entries: [
            KnowledgeEntry(
                id: "country:PL", name: "Poland", type: "country", aliases: ["Republic of Poland"],
                adjectives: ["Polish"], demonyms: ["Poles"], capital: "place:warsaw", codes: ["PL", "POL"],
                wikidata: "Q36"),
            KnowledgeEntry(id: "place:warsaw", name: "Warsaw", type: "place", capitalOf: "country:PL"),
            KnowledgeEntry(id: "org:nato", name: "NATO", type: "organization", aliases: ["North Atlantic Treaty Organization"]),
        ],
        roles: [
            RoleEntry(id: "energy-minister", name: "Energy Minister", forms: ["Minister of Energy"]),
            RoleEntry(
                id: "foreign-ministry", name: "Foreign Ministry",
                forms: ["ministry of foreign affairs", "foreign office"], kind: "institution"),
        ],
        lexicon: Lexicon(reportingVerbs: ["said": "say", "warned": "warn"], months: ["June": 6], weekdays: ["Friday"]))

    @Test("Entries become mentions with report ids, KB ids and wikidata")
    func entries() throws {
        let resolver = try EntityResolver(knowledge: Self.knowledge)
        let linker = try EntityLinker(knowledge: Self.knowledge)
        let text = "Warsaw warned on Friday in June that Polish troops stay in NATO. The Republic of Poland agrees. PL is a code."
        let resolved = resolver.resolve(DocumentBuilder.document(id: "d0", text: text))
        let candidate = try #require(resolved.candidates.first { $0.knowledgeID == "country:PL" })
        #expect(candidate.type == .country)
        let bundle = linker.link([resolved])
        let poland = try #require(bundle.entity(id: "poland"))
        #expect(poland.wikidata == "Q36")
        #expect(Set(poland.mentions.map(\.text)) == ["Warsaw", "Polish", "Republic of Poland"])
        #expect(poland.mentions.first { $0.text == "Warsaw" }?.via == .metonym)
        #expect(bundle.entity(of: "NATO") == "nato")
        #expect(bundle.mention("PL") == nil)
        #expect(bundle.mention("June") == nil && bundle.mention("Friday") == nil)
    }

    @Test("Role forms from the base teach role holders")
    func roles() throws {
        let linker = try EntityLinker(knowledge: Self.knowledge)
        let resolver = try EntityResolver(knowledge: Self.knowledge)
        let bundle = linker.link([
            resolver.resolve(DocumentBuilder.document(id: "d0", text: "Polish Energy Minister Jan Zieliński spoke.")),
            resolver.resolve(DocumentBuilder.document(id: "d1", text: "Poland’s Energy Minister declined to comment.")),
        ])
        #expect(bundle.entity(of: "Energy Minister", doc: "d1") == "jan-zielinski")
    }

    @Test("Institution roles key a state's ministries, and never act as titles")
    func institutions() throws {
        let linker = try EntityLinker(knowledge: Self.knowledge)
        let resolver = try EntityResolver(knowledge: Self.knowledge)
        let bundle = linker.link([
            resolver.resolve(DocumentBuilder.document(id: "d0", text: "Poland’s Ministry of Foreign Affairs and Diaspora protested.")),
            resolver.resolve(DocumentBuilder.document(id: "d1", text: "The Polish Foreign Office Director Ewa Nowak agreed.")),
        ])
        let ministry = try #require(bundle.entity(id: "poland-foreign-ministry"))
        #expect(ministry.name == "Foreign Ministry of Poland")
        #expect(ministry.type == .organization)
        #expect(bundle.entity(of: "Ministry of Foreign Affairs and Diaspora") == "poland-foreign-ministry")
        #expect(bundle.documents[1].mentions.allSatisfy { $0.via != .role })
    }

    @Test("Users extend the cue words through named lists of the base")
    func extensibleCues() throws {
        let text = "Members of the Dniester Brigade met Polish officials."
        let plain = try EntityLinker(knowledge: Self.knowledge)
            .link([try EntityResolver(knowledge: Self.knowledge).resolve(DocumentBuilder.document(id: "d0", text: text))])
        #expect(plain.entity(id: plain.entity(of: "Dniester Brigade") ?? "")?.type != .organization)
        let extended = KnowledgeBase(
            entries: Self.knowledge.entries, roles: Self.knowledge.roles,
            lexicon: Lexicon(lists: ["resolver.organizationHeads": ["Brigade"]]))
        let bundle = try EntityLinker(knowledge: extended)
            .link([try EntityResolver(knowledge: extended).resolve(DocumentBuilder.document(id: "d0", text: text))])
        let id = try #require(bundle.entity(of: "Dniester Brigade"))
        #expect(bundle.entity(id: id)?.type == .organization)
    }
}
