import CrosscheckSchema
import Foundation
import Testing

@testable import CrosscheckTestKit

/// The coordinator's view of a frame: header decoded, payload kept as bytes and spliced back.
@Suite("Routed messages: header plus payload bytes")
struct RoutedMessageTests {
    @Test("splitting and splicing any message gives back the canonical frame, byte for byte")
    func splitAndSpliceIsIdentity() throws {
        let codec = MessageCodec()
        for envelope in SampleMessages.all() {
            let frame = try codec.encode(envelope)
            guard case .success(let message) = RoutedMessage.split(frame) else {
                Issue.record("\(envelope.type.rawValue) did not split")
                continue
            }
            #expect(message.header.type == envelope.type && message.header.id == envelope.id)
            #expect(try message.frame == frame, "\(envelope.type.rawValue)")
            #expect(try RoutedMessage(envelope).frame == frame, "\(envelope.type.rawValue)")
            #expect(try message.envelope() == envelope, "\(envelope.type.rawValue)")
        }
    }

    @Test("a frame of another schema version is refused on its header, as the codec refuses it")
    func versionChecked() throws {
        var frame = try MessageCodec().encode(SampleMessages.sample(for: .rawDocument))
        let text = String(decoding: frame, as: UTF8.self).replacingOccurrences(of: "\"schema\":1,", with: "\"schema\":99,")
        frame = Data(text.utf8)
        guard case .failure(let failure) = RoutedMessage.split(frame) else {
            Issue.record("a version-99 frame was accepted")
            return
        }
        #expect(failure.reason == .unsupportedVersion)
    }

    @Test("a frame in another key order is still read (decoded whole, payload re-encoded)")
    func otherShape() throws {
        let envelope = SampleMessages.sample(for: .heartbeat)
        let object = try #require(try JSONSerialization.jsonObject(with: try MessageCodec().encode(envelope)) as? [String: Any])
        let reordered = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted])
        guard case .success(let message) = RoutedMessage.split(reordered) else {
            Issue.record("a pretty-printed frame was refused")
            return
        }
        #expect(try message.envelope() == envelope)
    }

    @Test("members spliced into an object give the encoder's own bytes")
    func splicedMembersAreCanonical() throws {
        let encoder = MessageCodec.makeEncoder()
        var analysis = SampleMessages.analysis()
        let plain = try encoder.encode(analysis)
        analysis.failed = [FailedInput(id: "x", path: "in/x.txt", error: "unreadable")]
        analysis.embeddings = EmbeddingStatus(available: false, note: "off")
        let object = try #require(JSONObjectBytes(plain))
        let filled = try #require(JSONObjectBytes(object.setting("failed", to: try encoder.encode(analysis.failed))))
            .setting("embeddings", to: try encoder.encode(analysis.embeddings))
        #expect(filled == (try encoder.encode(analysis)))
        let inOnePass = object.setting([("failed", try encoder.encode(analysis.failed)), ("embeddings", try encoder.encode(analysis.embeddings))])
        #expect(inOnePass == filled)
        #expect(
            try #require(JSONObjectBytes(filled)).setting("embeddings", to: nil)
                == (try encoder.encode(
                    {
                        var copy = analysis
                        copy.embeddings = nil
                        return copy
                    }())))

        let documents = [SampleMessages.dailyResolved(), SampleMessages.wireResolved()]
        let link = try #require(JSONObjectBytes(Data("{}".utf8)))
            .setting("documents", to: JSONObjectBytes.array(try documents.map { try encoder.encode($0) }))
        #expect(link == (try encoder.encode(LinkRequest(documents: documents))))
    }

    @Test("top-level members are found past strings that imitate JSON structure")
    func scansTopLevel() throws {
        let text = #"{"a":"x\"}],{\"b\":1","b":[{"c":"]"},2],"c":null,"d":-1.5e3}"#
        let object = try #require(JSONObjectBytes(Data(text.utf8)))
        #expect(object.members.map(\.key) == ["a", "b", "c", "d"])
        #expect(object.value("b") == Data(#"[{"c":"]"},2]"#.utf8))
        #expect(try object.decode(Double.self, "d") == -1500)
        #expect(JSONObjectBytes(Data(#"{"a":[1,2}"#.utf8)) == nil)
        #expect(JSONObjectBytes(Data("[1]".utf8)) == nil)
    }
}
