import CrosscheckSchema
import Knowledge
import Testing

@testable import ResolverKit

/// The resolver over the shipped knowledge base, on a text far from the seeds' region and genre.
@Suite("Bundled knowledge")
struct BundledKnowledgeTests {
    static let text = """
        Biden Signs Chips Bill at White House Ceremony
        President Joe Biden signed the bill on Tuesday, flanked by Commerce Secretary Gina Raimondo. \
        “This is a once-in-a-generation investment,” Biden said. Critics in New York and Los Angeles disagreed.
        Republicans in the House of Representatives voted against it. Beijing reacted angrily, and China’s Foreign \
        Ministry spokesman Zhao Lijian called it a “Cold War mentality”. Intel CEO Pat Gelsinger praised Raimondo.
        """

    @Test("People, places, organisations, metonyms and events in a US politics story")
    func usPolitics() throws {
        let knowledge = try KnowledgeBase.bundled()
        let resolved = try EntityResolver(knowledge: knowledge).resolve(DocumentBuilder.document(id: "us", text: Self.text))
        let bundle = try EntityLinker(knowledge: knowledge).link([resolved])
        let biden = try #require(bundle.entity(of: "Joe Biden"))
        #expect(bundle.entity(id: biden)?.type == .person)
        #expect(bundle.entity(of: "Biden", occurrence: 0) == biden)
        #expect(bundle.entity(of: "Biden", occurrence: 1) == biden)
        #expect(bundle.entity(of: "Raimondo") == bundle.entity(of: "Gina Raimondo"))
        #expect(bundle.entity(id: bundle.entity(of: "New York") ?? "")?.type == .place)
        #expect(bundle.entity(id: bundle.entity(of: "Los Angeles") ?? "")?.type == .place)
        #expect(bundle.entity(id: bundle.entity(of: "House of Representatives") ?? "")?.type == .organization)
        #expect(bundle.entity(id: bundle.entity(of: "Intel") ?? "")?.type == .organization)
        #expect(bundle.entity(id: bundle.entity(of: "Pat Gelsinger") ?? "")?.type == .person)
        #expect(bundle.mention("Beijing")?.via == .metonym)
        #expect(bundle.entity(of: "Beijing") == bundle.entity(of: "China"))
        #expect(bundle.entity(id: bundle.entity(of: "Cold War") ?? "")?.type == .event)
        #expect(bundle.mention("Tuesday") == nil && bundle.mention("Republicans") == nil)
    }

    @Test("Titles before names, name particles and surnames with an Arabic-style name")
    func sudanPassage() throws {
        let knowledge = try KnowledgeBase.bundled()
        let text = """
            Sudan's army and the Rapid Support Forces agreed to a ceasefire brokered by Saudi Arabia, the African Union\
                     said on Tuesday.\
             General Abdel Fattah al-Burhan said the army would respect it. Burhan's rival did not comment.\
                     Envoys met at the Shangri-La Dialogue in Singapore.
            """
        let bundle = try EntityLinker(knowledge: knowledge)
            .link([try EntityResolver(knowledge: knowledge).resolve(DocumentBuilder.document(id: "sd", text: text))])
        let burhan = try #require(bundle.entity(of: "Abdel Fattah al-Burhan"))
        #expect(bundle.entity(id: burhan)?.type == .person)
        #expect(bundle.entity(of: "Burhan") == burhan)
        #expect(bundle.entity(id: bundle.entity(of: "Rapid Support Forces") ?? "")?.type == .organization)
        #expect(bundle.entity(id: bundle.entity(of: "Shangri-La Dialogue") ?? "")?.type == .event)
        #expect(bundle.mention("General") == nil)
    }
}
