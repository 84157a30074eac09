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

    @Test("encoding while releasing gives the same bytes and leaves the envelope's renderings empty")
    func releasingSameBytes() throws {
        let report = RenderedReport(
            json: awkward("{\"json\":\"\"}", bytes: 1 << 20), markdown: awkward("md", bytes: 1 << 18),
            html: awkward("<p>", bytes: 1 << 18), conflicts: 2, annotations: awkward("ann", bytes: 1 << 19))
        let envelope = Envelope(job: "j", id: "m2/r", sender: "writer-1", replyTo: "m2", payload: .finishedReport(report))
        var consumed = envelope
        #expect(try MessageCodec().encode(releasing: &consumed) == whole(envelope))
        guard case .finishedReport(let left) = consumed.payload else {
            Issue.record("the payload changed type")
            return
        }
        #expect(left.json.isEmpty && left.markdown.isEmpty && left.html.isEmpty && left.annotations == "")
        #expect(left.conflicts == 2)
        var small = Envelope(id: "m", sender: "w", payload: .finishedReport(RenderedReport(json: "{}", markdown: "#", html: "<p>", conflicts: 0)))
        let before = small
        #expect(try MessageCodec().encode(releasing: &small) == whole(before))
        #expect(small == before, "a small report is encoded whole and left as it was")
    }

    @Test("frames and objects built as pieces join to the bytes built in one buffer; big values stay slices")
    func piecesJoinToTheSameBytes() throws {
        let big = Data(awkward("\"big\"", bytes: 1 << 17).utf8)
        let value = try MessageCodec.makeEncoder().encode(String(decoding: big, as: UTF8.self))
        let object = try #require(JSONObjectBytes(Data("{\"b\":1,\"run\":{\"x\":[1,2]},\"z\":null}".utf8)))
        let pieces = object.settingPieces([("report", value), ("z", nil), ("a", Data("true".utf8))])
        #expect(pieces.joined == object.setting([("report", value), ("z", nil), ("a", Data("true".utf8))]))
        #expect(pieces.joined == Data("{\"a\":true,\"b\":1,\"report\":".utf8) + value + Data(",\"run\":{\"x\":[1,2]}}".utf8))
        #expect(pieces.pieces.count == 3 && pieces.pieces[1] == value, "the big value is a piece of its own")
        let header = RoutedMessage.Header(type: .jobResult, job: "j", id: "j/result", sender: "coordinator")
        let frame = try RoutedMessage.framePieces(header: header, payload: pieces.pieces)
        #expect(frame.joined == (try RoutedMessage(header: header, payload: pieces.joined).frame))
        #expect(frame.count == frame.joined.count)
        guard case .success(let split) = RoutedMessage.split(frame.joined) else {
            Issue.record("the frame made of pieces does not split")
            return
        }
        #expect(split.header == header && split.payload == pieces.joined)
    }

    @Test("small reports and other messages take the plain path")
    func smallIsPlain() throws {
        let small = Envelope(id: "m", sender: "w", payload: .finishedReport(RenderedReport(json: "{}", markdown: "#", html: "<p>", conflicts: 0)))
        #expect(try ReportFrame.encode(small, encoder: MessageCodec.makeEncoder()) == nil)
        #expect(try MessageCodec().encode(small) == whole(small))
    }
}
