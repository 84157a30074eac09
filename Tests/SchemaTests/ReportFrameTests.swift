import Foundation
import Testing

@testable import CrosscheckSchema

@Suite("A large report.finished frame is spliced, byte for byte")
struct ReportFrameTests {
    /// Text with everything JSON escapes (quotes, backslashes, line feeds, tabs, control
    /// characters), slashes, multi-byte scalars and a grapheme of two scalars, made long
    /// enough to be cut into several slices.
    private func awkward(_ seed: String, bytes: Int) -> String {
        let piece = "\(seed) \"q\" back\\slash /path\nline\ttab \u{1}\u{1F} é ü → ✗ 🇫🇷 e\u{301} \r\n"
        return String(repeating: piece, count: bytes / piece.utf8.count + 1)
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
