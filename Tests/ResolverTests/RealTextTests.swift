import CrosscheckSchema
import Foundation
import Knowledge
import Testing
import TextCore

@testable import ResolverKit

/// Real-news shapes the knowledge base cannot help with: web addresses, headlines, company
/// forms, acronyms, initials, surnames shared by two people, possessive capitals, all caps.
@Suite("Real text")
struct RealTextTests {
    static func link(_ texts: [String]) throws -> LinkedBundle {
        let knowledge = try KnowledgeBase.bundled()
        let resolver = try EntityResolver(knowledge: knowledge)
        let documents = texts.enumerated().map { resolver.resolve(DocumentBuilder.document(id: "d\($0.offset)", text: $0.element)) }
        return try EntityLinker(knowledge: knowledge).link(documents)
    }

    @Test("Words of a web address neither name anything nor make a name a common word")
    func webAddresses() throws {
        let bundle = try Self.link([
            """
            http: / / www. example. com / 2013 / 08 / elena - quiroga - joins - velloria - labs /
            Elena Quiroga joined the company this week. Quiroga said she was delighted.
            """
        ])
        let elena = try #require(bundle.entity(of: "Elena Quiroga"))
        #expect(bundle.entity(of: "Quiroga") == elena)
        #expect(bundle.documents[0].mentions.allSatisfy { $0.start > 80 })
    }

    @Test("Headlines: function words split title case, the body confirms the pieces")
    func headlines() throws {
        let bundle = try Self.link([
            """
            Elena Quiroga To Lead Velloria Board
            The board of Velloria named Elena Quiroga chair on Monday, and Quiroga accepted.
            """
        ])
        let elena = try #require(bundle.entity(of: "Elena Quiroga", occurrence: 1))
        let heading = try #require(bundle.mention("Elena Quiroga", occurrence: 0))
        #expect(heading.start == 0 && heading.sentence == nil && heading.entity == elena)
        #expect(bundle.mention("Elena Quiroga To Lead Velloria Board") == nil)
    }

    @Test("Company forms head organisations; legal forms, one-word names and acronyms join them")
    func companyForms() throws {
        let bundle = try Self.link([
            "Analysts said Brandvik Technologies Inc. would report on Friday. Brandvik declined to comment.",
            "Shares of Brandvik Technologies rose. The Halden Geological Survey (HGS) measured the tremor.",
            "The HGS said the tremor was small. Harwick Motors Corporation (HM) cut jobs, and Harwick Motors said more would follow.",
            "The Teller Average (TLRX) fell while the Korlund Composite gained.",
            "Traders sold TLRX futures, and the Korlund closed higher.",
        ])
        let brandvik = try #require(bundle.entity(of: "Brandvik Technologies Inc"))
        #expect(bundle.entity(id: brandvik)?.type == .organization)
        #expect(bundle.entity(of: "Brandvik Technologies") == brandvik)
        #expect(bundle.entity(of: "Brandvik") == brandvik)
        let survey = try #require(bundle.entity(of: "Halden Geological Survey"))
        #expect(bundle.entity(of: "HGS", occurrence: 0) == survey)
        #expect(bundle.entity(of: "HGS", occurrence: 1) == survey)
        #expect(bundle.entity(of: "Harwick Motors Corporation") == bundle.entity(of: "Harwick Motors"))
        let average = try #require(bundle.entity(of: "Teller Average"))
        #expect(bundle.entity(of: "TLRX", occurrence: 0) == average && bundle.entity(of: "TLRX", occurrence: 1) == average)
        #expect(bundle.entity(of: "Korlund") == bundle.entity(of: "Korlund Composite"))
    }

    @Test("Initials are one token and match the base; weekdays never join a name")
    func initialsAndWeekdays() throws {
        let bundle = try Self.link(["The U.S. government met in North Bay Thursday, officials said."])
        #expect(bundle.entity(of: "U.S.") == "united-states")
        let spaced = Tokenizer.tokens(in: Array("the U. S. Surgeon General".unicodeScalars), range: 0..<25)
        #expect(spaced.map(\.text) == ["the", "U. S.", "Surgeon", "General"] && spaced[1].key == "us" && spaced[2].gap == .space)
        let bay = try #require(bundle.mention("North Bay"))
        #expect(bay.text == "North Bay")
        #expect(bundle.mention("North Bay Thursday") == nil)
    }

    @Test("A surname several people share goes to the nearest full name before it")
    func sharedSurname() throws {
        let bundle = try Self.link([
            """
            Dana Ferreira left the house at noon. Later, Tomas Ferreira told police he had stayed home. \
            Ferreira said he had not seen her.
            """
        ])
        let tomas = try #require(bundle.entity(of: "Tomas Ferreira"))
        #expect(bundle.entity(of: "Dana Ferreira") != tomas)
        #expect(bundle.entity(of: "Ferreira") == tomas)
    }

    @Test("A capital's possessive before a name is the place; before a title or a noun, the government")
    func possessiveCapitals() throws {
        let bundle = try Self.link(["London's FTSE 100 fell sharply. Moscow's decision surprised diplomats."])
        let london = try #require(bundle.mention("London"))
        #expect(london.via != .metonym && london.entity != "united-kingdom")
        #expect(bundle.mention("Moscow")?.via == .metonym)
        #expect(bundle.entity(of: "Moscow") == "russia")
        let index = try #require(bundle.entity(of: "FTSE 100"))
        #expect(bundle.entity(id: index)?.type != .person)
    }

    @Test("Money, counts and bare figures are no names; a number inside a name stays")
    func quantitiesAreNoNames() throws {
        let bundle = try Self.link([
            """
            Fishing crews in Tromsø stopped work on Friday. Around 1,200 crews took part. Some 6,500 tonnes of cod \
            were left unsold, and the cooperative put the loss at NOK 85 million. Analysts at Velloria said the \
            quota cut costs SEK 12 million (GBP 9 million). Flights on the Boeing 787, the longest route, were cut.
            """
        ])
        let names = bundle.documents[0].mentions.map(\.text)
        #expect(!names.contains { $0.unicodeScalars.contains { ("0"..."9").contains($0) } && !$0.hasPrefix("Boeing") })
        #expect(bundle.entities.allSatisfy { !["NOK 85", "SEK 12", "GBP 9", "Around 1", "Some 6", "1", "6"].contains($0.name) })
        #expect(bundle.mention("Boeing 787") != nil)
        #expect(bundle.mention("Tromsø") != nil && bundle.mention("Velloria") != nil)
    }

    @Test("An all-caps sentence is not one name; its names still are")
    func shouting() throws {
        let bundle = try Self.link([
            "Officials issued a statement today about the fire. DORIAN OPAL ISSUED A STATEMENT TODAY ABOUT THE FIRE."
        ])
        #expect(bundle.documents[0].mentions.allSatisfy { !$0.text.contains("STATEMENT") })
        #expect(bundle.mention("DORIAN OPAL") != nil)
    }

    @Test("Names inside descriptive phrases, place heads, plural titles, acronyms after a colon")
    func namesInPhrases() throws {
        let bundle = try Self.link([
            """
            Patrol ship crews met in port. The Naval Ship Veltrana docked at dawn, and former Korsholm Rovers Coach Ivo Tamm waved. \
            Boats sailed into the Gulf of Orvan and along Coastal Route 17 \
            past Queens. A coach said the vessel was safe, and the route stayed open.
            Crew safe after storm: HRSC
            """
        ])
        #expect(bundle.mention("Veltrana") != nil)
        #expect(bundle.mention("Korsholm Rovers") != nil)
        let gulf = try #require(bundle.entity(of: "Gulf of Orvan"))
        #expect(bundle.entity(id: gulf)?.type == .place)
        #expect(bundle.mention("Coastal Route 17") != nil)
        #expect(bundle.mention("Queens") != nil)
        #expect(bundle.mention("HRSC") != nil)
    }

    @Test("A middle initial stays inside the name")
    func middleInitial() throws {
        let knowledge = try KnowledgeBase.bundled()
        let text = "The board named Lena K. Marsh, and Marsh thanked it."
        let length = text.unicodeScalars.count
        let document = ParsedDocument(
            id: "m", path: "m.txt", text: text, headings: [],
            paragraphs: [TextSpan(start: 0, end: length)],
            sentences: [Sentence(start: 0, end: length, paragraph: 0)], quotes: [], removed: [])
        let bundle = try EntityLinker(knowledge: knowledge).link([try EntityResolver(knowledge: knowledge).resolve(document)])
        let marsh = try #require(bundle.entity(of: "Lena K. Marsh"))
        #expect(bundle.entity(of: "Marsh") == marsh)
    }

    @Test("The learned typer reads the shipped model and types by shape and context")
    func nameTyper() throws {
        let typer = try NameTyper.bundled()
        #expect(NameTyper.shape("BlackBerry") == "XxX" && NameTyper.shape("Q10") == "Xd" && NameTyper.shape("76ers") == "dx")
        let tokens = Tokenizer.tokens(in: Array("shares of Velloria rose".unicodeScalars), range: 0..<23)
        let scores = typer.scores(
            words: [(text: tokens[2].text, key: tokens[2].key)], previous: tokens[1].key,
            following: tokens[3].key)
        #expect(scores.count == 5 && scores.contains { $0 != 0 })
        let error = #expect(throws: KnowledgeError.self) { try NameTyper(data: Data("{\"format\":\"x\"}".utf8), path: "models/x.json") }
        guard case .malformedFile(let path, _) = error else {
            Issue.record("expected malformedFile, got \(String(describing: error))")
            return
        }
        #expect(path == "models/x.json")
    }
}
