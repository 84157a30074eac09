import CrosscheckSchema
import Foundation
import Testing

@Suite("Frame header read without the payload")
struct RoutedHeaderTests {
    @Test("routing fields are read from a canonical frame whose text imitates the envelope's keys")
    func readsHeader() throws {
        let text = "Tricky \"payload\":{\"x\":1}, and ,\"replyTo\":\"nobody\",\"type\":\"error\"} inside the text.\n"
        let raw = RawDocument(id: "doc-1", path: "in/doc-1.txt", data: Data(String(repeating: text, count: 50).utf8))
        let envelope = Envelope(
            job: "j-1", id: "j-1/parse/doc-1", attempt: 2, sender: "coordinator",
            document: "doc-1", payload: .rawDocument(raw))
        let frame = try MessageCodec().encode(envelope)
        let header = try #require(RoutedMessage.header(of: frame))
        #expect(header.type == .rawDocument && header.id == "j-1/parse/doc-1")
        #expect(header.job == "j-1" && header.document == "doc-1" && header.attempt == 2 && header.replyTo == nil)
        #expect(header.schema == SchemaVersion.current)
    }

    @Test("a frame in another shape gives no header (the caller decodes it whole)")
    func otherShapes() {
        #expect(RoutedMessage.header(of: Data("{\"type\":\"heartbeat\"}".utf8)) == nil)
        #expect(RoutedMessage.header(of: Data("not json".utf8)) == nil)
    }
}
