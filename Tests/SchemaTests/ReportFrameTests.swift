import CrosscheckTestKit
import Foundation
import Testing

@testable import CrosscheckSchema

@Suite("A large report.finished frame is spliced, byte for byte")
struct ReportFrameTests {
    private func awkward(_ seed: String, bytes: Int) -> String {
        AwkwardText.make(seed, bytes: bytes)
    }

    private func whole(_ envelope: Envelope) throws -> Data {
        var data = try MessageCodec.makeEncoder().encode(envelope)
        data.append(0x0A)
        return data
    }

    @Test("the spliced frame equals JSONEncoder's, with and without annotations, and decodes back")
    func sameBytes() throws {
        for annotations in [awkward("ann", bytes: 3 << 20), nil] {
            let report = RenderedReport(
                json: awkward("{\"json\":\"\"}", bytes: 2 << 20), markdown: awkward("md", bytes: 1 << 19),
                html: awkward("<p>", bytes: 1 << 18), conflicts: 3, annotations: annotations)
            let envelope = Envelope(
                job: "j\"1", id: "m1/r", sender: "writer-1", replyTo: "m1", document: "a\"json\":\"\"b", payload: .finishedReport(report))
            let spliced = try #require(try ReportFrame.encode(envelope, encoder: MessageCodec.makeEncoder()))
            #expect(spliced == (try whole(envelope)))
            #expect(try MessageCodec().encode(envelope) == whole(envelope))
            guard case .success(let back) = MessageCodec().decode(spliced), case .finishedReport(let decoded) = back.payload else {
                Issue.record("the spliced frame does not decode")
                continue
            }
            #expect(decoded == report)
        }
    }

    @Test("small reports and other messages take the plain path")
    func smallIsPlain() throws {
        let small = Envelope(id: "m", sender: "w", payload: .finishedReport(RenderedReport(json: "{}", markdown: "#", html: "<p>", conflicts: 0)))
        #expect(try ReportFrame.encode(small, encoder: MessageCodec.makeEncoder()) == nil)
        #expect(try MessageCodec().encode(small) == whole(small))
    }
}
