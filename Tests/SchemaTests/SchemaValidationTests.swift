import CrosscheckSchema
import CrosscheckTestKit
import Foundation
import Testing

@Suite("Every encoded message validates against schema/messages.schema.json")
struct SchemaValidationTests {
    let codec = MessageCodec()

    @Test("each sample, as encoded, validates", arguments: MessageType.allCases)
    func sampleValidates(_ type: MessageType) throws {
        let frame = try codec.encode(SampleMessages.sample(for: type))
        let errors = try SchemaFile.validator().validate(frame)
        #expect(errors.isEmpty, "\(errors)")
        let variantErrors = try SchemaFile.validator(for: type).validate(frame)
        #expect(variantErrors.isEmpty, "\(variantErrors)")
    }

    @Test("each sample validates with its null optionals left out", arguments: MessageType.allCases)
    func sampleWithoutNullsValidates(_ type: MessageType) throws {
        let frame = try JSONEdit.removingNulls(codec.encode(SampleMessages.sample(for: type)))
        let errors = try SchemaFile.validator(for: type).validate(frame)
        #expect(errors.isEmpty, "\(errors)")
        #expect(try SchemaFile.validator().validate(frame).isEmpty)
    }

    @Test("a sample matches no other type's variant", arguments: MessageType.allCases)
    func sampleMatchesOnlyItsVariant(_ type: MessageType) throws {
        let frame = try codec.encode(SampleMessages.sample(for: type))
        for other in MessageType.allCases where other != type {
            #expect(try !SchemaFile.validator(for: other).validate(frame).isEmpty, "\(other.rawValue)")
        }
    }

    @Test("the whole schema names an unknown type or version at the envelope")
    func unknownTypeAndVersion() throws {
        let frame = try codec.encode(SampleMessages.sample(for: .jobAccepted))
        let unknown = try JSONEdit.frame(frame, setting: "job.cancelled", at: ["type"])
        #expect(try SchemaFile.validator().validate(unknown).contains { $0.hasPrefix("$.type: \"job.cancelled\" is not one of") })
        let future = try JSONEdit.frame(frame, setting: 2, at: ["schema"])
        #expect(try SchemaFile.validator().validate(future).contains("$.schema: expected 1, found 2"))
    }

    @Test("a job.submit of either job kind validates; an unknown kind is refused")
    func jobKinds() throws {
        let sample = try codec.encode(SampleMessages.sample(for: .jobSubmit))
        for kind in [JobKind.report, .perDocument] {
            let frame = try JSONEdit.frame(sample, setting: kind.rawValue, at: ["payload", "kind"])
            let errors = try SchemaFile.validator(for: .jobSubmit).validate(frame)
            #expect(errors.isEmpty, "\(kind): \(errors)")
            #expect(try codec.decode(frame).get().payload == .jobSubmit(try Self.request(kind)), "the frame decodes to its kind")
        }
        let unknown = try JSONEdit.frame(sample, setting: "link-only", at: ["payload", "kind"])
        #expect(try SchemaFile.validator(for: .jobSubmit).validate(unknown).contains { $0.contains("$.payload.kind") })
    }

    /// The sample job request with `kind` set.
    static func request(_ kind: JobKind) throws -> JobRequest {
        guard case .jobSubmit(var request) = SampleMessages.sample(for: .jobSubmit).payload else { throw CocoaError(.coderInvalidValue) }
        request.kind = kind
        return request
    }

    @Test(
        "a mutated sample is refused, with an error naming the path",
        arguments: [
            FrameEdit(
                type: .jobAccepted, path: ["payload", "documents"], value: .string("three"),
                reported: "$.payload.documents: expected integer"),
            FrameEdit(
                type: .rawDocument, path: ["payload", "path"], value: .remove,
                reported: #"$.payload: missing required property "path""#),
            FrameEdit(
                type: .rawDocument, path: ["payload", "encoding"], value: .string("latin1"),
                reported: "$.payload.encoding: \"latin1\" is not one of"),
            FrameEdit(
                type: .parsedDocument, path: ["payload", "sentences", "0", "start"], value: .integer(-4),
                reported: "$.payload.sentences[0].start: -4 is below minimum 0"),
            FrameEdit(
                type: .parsedDocument, path: ["sender"], value: .remove,
                reported: #"$: missing required property "sender""#),
            FrameEdit(
                type: .resolvedDocument, path: ["payload", "mentions", "2", "via"], value: .string("nickname"),
                reported: "$.payload.mentions[2].via: \"nickname\" is not one of"),
            FrameEdit(
                type: .linkedBundle, path: ["payload", "entities", "0", "mentions", "0", "extra"],
                value: .integer(1), reported: "$.payload.entities[0].mentions[0].extra: property is not allowed"),
            FrameEdit(
                type: .analysis, path: ["payload", "clusters", "0", "status"], value: .string("disputed"),
                reported: "$.payload.clusters[0].status: \"disputed\" is not one of"),
            FrameEdit(
                type: .analysis, path: ["payload", "claims", "0", "slots", "date"], value: .object,
                reported: "$.payload.claims[0].slots.date: matches none of anyOf"),
            FrameEdit(
                type: .jobProgress, path: ["payload", "done", "parser"], value: .string("2"),
                reported: "$.payload.done.parser: expected integer"),
            FrameEdit(
                type: .jobResult, path: ["payload", "run", "documents", "2", "error"], value: .integer(5),
                reported: "$.payload.run.documents[2].error: matches none of anyOf"),
            FrameEdit(
                type: .heartbeat, path: ["payload", "extra"], value: .integer(1),
                reported: "$.payload.extra: property is not allowed"),
            FrameEdit(type: .error, path: ["schema"], value: .integer(2), reported: "$.schema: expected 1, found 2"),
            FrameEdit(type: .error, path: ["attempt"], value: .integer(0), reported: "$.attempt: 0 is below minimum 1"),
            FrameEdit(
                type: .rawDocument, path: ["type"], value: .string("job.accepted"),
                reported: "$.type: expected \"document.raw\", found \"job.accepted\""),
        ])
    func mutatedSampleIsRefused(_ edit: FrameEdit) throws {
        let frame = try edit.apply(to: codec.encode(SampleMessages.sample(for: edit.type)))
        let errors = try SchemaFile.validator().validate(frame)
        #expect(errors.contains("$: matches 0 of oneOf, expected exactly 1"), "\(errors)")
        let precise = try SchemaFile.validator(for: edit.type).validate(frame)
        #expect(precise.contains { $0.contains(edit.reported) }, "\(precise)")
    }
}
