import CrosscheckSchema
import CrosscheckTestKit
import Foundation
import Testing

@Suite("The codec says precisely why a frame is refused")
struct CodecFailureTests {
    let codec = MessageCodec()

    func decodeFailure(_ frame: Data) -> MessageCodec.DecodeFailure? {
        switch codec.decode(frame) {
        case .success: nil
        case .failure(let failure): failure
        }
    }

    func frame(_ type: MessageType) throws -> Data { try codec.encode(SampleMessages.sample(for: type)) }

    @Test("a frame that is not JSON is invalid-json", arguments: ["{\"schema\": 1, \"type\": ", "", "[1, 2]", "hello\n"])
    func invalidJSON(_ text: String) throws {
        let failure = try #require(decodeFailure(Data(text.utf8)))
        #expect(failure.reason == .invalidJSON)
        #expect(failure.messageID == nil)
    }

    @Test("another schema version is unsupported-version and keeps the message id")
    func unsupportedVersion() throws {
        let sample = SampleMessages.sample(for: .parsedDocument)
        let edited = try JSONEdit.frame(codec.encode(sample), setting: 2, at: ["schema"])
        let failure = try #require(decodeFailure(edited))
        #expect(failure.reason == .unsupportedVersion)
        #expect(failure.messageID == sample.id)
        #expect(failure.job == sample.job)
        #expect(failure.document == sample.document)
    }

    @Test("a frame without a version is invalid-payload")
    func missingVersion() throws {
        let failure = try #require(decodeFailure(JSONEdit.frame(frame(.heartbeat), setting: nil, at: ["schema"])))
        #expect(failure.reason == .invalidPayload)
        #expect(failure.detail.contains("schema"))
    }

    @Test("an unknown type is unknown-type and keeps the message id")
    func unknownType() throws {
        let sample = SampleMessages.sample(for: .rawDocument)
        let edited = try JSONEdit.frame(codec.encode(sample), setting: "document.shredded", at: ["type"])
        let failure = try #require(decodeFailure(edited))
        #expect(failure.reason == .unknownType)
        #expect(failure.messageID == sample.id)
        #expect(failure.detail.contains("document.shredded"))
    }

    @Test(
        "a wrong payload is invalid-payload naming the path to the field",
        arguments: [
            FrameEdit(
                type: .jobAccepted, path: ["payload", "documents"], value: .string("three"),
                reported: ".payload.documents"),
            FrameEdit(type: .rawDocument, path: ["payload", "path"], value: .remove, reported: ".payload.path"),
            FrameEdit(
                type: .parsedDocument, path: ["payload", "sentences", "0", "start"], value: .string("zero"),
                reported: ".payload.sentences[0].start"),
            FrameEdit(
                type: .analysis, path: ["payload", "clusters", "0", "status"], value: .string("contested"),
                reported: ".payload.clusters[0].status"),
            FrameEdit(
                type: .workerReady, path: ["payload", "stage"], value: .string("printer"),
                reported: ".payload.stage"),
            FrameEdit(
                type: .jobResult, path: ["payload", "run", "instances", "1", "pid"], value: .remove,
                reported: ".payload.run.instances[1].pid"),
        ])
    func invalidPayload(_ edit: FrameEdit) throws {
        let sample = SampleMessages.sample(for: edit.type)
        let edited = try edit.apply(to: codec.encode(sample))
        let failure = try #require(decodeFailure(edited))
        #expect(failure.reason == .invalidPayload)
        #expect(failure.messageID == sample.id)
        #expect(failure.detail.contains(edit.reported), "\(failure.detail)")
    }

    @Test("a payload of another type than the envelope says is invalid-payload")
    func payloadOfAnotherType() throws {
        let edited = try JSONEdit.frame(frame(.rawDocument), setting: "job.accepted", at: ["type"])
        let failure = try #require(decodeFailure(edited))
        #expect(failure.reason == .invalidPayload)
        #expect(failure.detail.hasPrefix("job.accepted payload"))
    }
}
