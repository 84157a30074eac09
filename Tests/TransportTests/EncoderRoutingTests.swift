import CrosscheckKit
import CrosscheckSchema
import CrosscheckTestKit
import Foundation
import Testing

/// The coordinator's per-document encode step, with minimal stage handlers over inproc sockets.
@Suite("Coordinator routes sentences to the encoder")
struct EncoderRoutingTests {
    static func raw(_ id: String, _ text: String) -> RawDocument { CoordinatorTests.raw(id, text) }

    @Test("vectors reach the matcher; a failed encode leaves the document analysed and is noted once")
    func vectorsAndFailures() throws {
        let pipeline = try InprocPipeline()
        defer { pipeline.shutdown() }
        let calls = MinimalStageHandlers.Calls()
        pipeline.addMinimalWorkers(calls: calls)
        let request = JobRequest(
            documents: [Self.raw("a", "one line\ntwo"), Self.raw("b", "NO-ENCODE here\nmore")],
            embeddings: true)
        let client = try JobClient(endpoint: pipeline.frontend, context: pipeline.context, idleTimeout: 20)
        let result = try client.run(request) { _ in }
        #expect(result.report != nil)
        #expect(result.run.documents.allSatisfy { $0.status == .ok }, "\(result.run.documents)")
        #expect(calls.count("vectors/a") == 1)
        #expect(calls.count("vectors/b") == 0)
        let status = try #require(result.run.embeddings)
        #expect(status.available && status.model == "test-model")
        #expect(status.note == "1 of 2 documents without sentence vectors: b: encoder broke on purpose")
        #expect(result.run.instances.first { $0.stage == .encoder }?.messages == 2)
    }

    @Test("a job that does not ask for vectors never reaches the encoder")
    func notAsked() throws {
        let pipeline = try InprocPipeline()
        defer { pipeline.shutdown() }
        let calls = MinimalStageHandlers.Calls()
        pipeline.addMinimalWorkers(calls: calls)
        let client = try JobClient(endpoint: pipeline.frontend, context: pipeline.context, idleTimeout: 20)
        let result = try client.run(JobRequest(documents: [Self.raw("a", "one line")])) { _ in }
        #expect(result.report != nil)
        #expect(result.run.embeddings == nil)
        #expect(!result.run.instances.contains { $0.stage == .encoder })
        #expect(calls.count("vectors/a") == 0)
    }
}
