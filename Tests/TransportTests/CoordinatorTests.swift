import CrosscheckKit
import CrosscheckSchema
import CrosscheckTestKit
import Foundation
import StageRuntime
import Testing
import ZeroMQ

@Suite("Coordinator over inproc sockets")
struct CoordinatorTests {
    static func raw(_ id: String, _ text: String) -> RawDocument {
        RawDocument(id: id, path: "in/\(id).txt", data: Data(text.utf8))
    }

    @Test("a job runs through every stage and every document is accounted for")
    func fullJob() throws {
        let pipeline = try InprocPipeline()
        defer { pipeline.shutdown() }
        pipeline.addMinimalWorkers()
        let request = JobRequest(
            documents: [
                Self.raw("a", "first line\nsecond"), Self.raw("b", "other"),
                RawDocument(id: "bad", path: "in/bad.bin", data: Data([0xFF, 0xFE, 0x00])),
            ],
            unreadable: [FailedInput(id: "gone", path: "in/gone.txt", error: "in/gone.txt: no such file")],
            embeddings: true)
        let client = try JobClient(endpoint: pipeline.frontend, context: pipeline.context, idleTimeout: 20)
        var progressSeen = 0
        let result = try client.run(request) { _ in progressSeen += 1 }
        let report = try #require(result.report)
        #expect(report.json.contains("\"documents\":\"a,b\""))
        #expect(report.json.contains("gone") && report.json.contains("bad"))
        let fates = Dictionary(uniqueKeysWithValues: result.run.documents.map { ($0.id, $0) })
        #expect(fates["a"]?.status == .ok && fates["b"]?.status == .ok)
        #expect(fates["bad"]?.status == .failed && fates["bad"]?.error?.contains("in/bad.bin") == true)
        #expect(fates["gone"]?.status == .failed)
        #expect(Set(result.run.instances.map(\.stage)) == Set(Stage.allCases))
        #expect(result.run.instances.first { $0.stage == .parser }?.messages == 3)
        #expect(progressSeen > 0)
    }

    @Test("a retryable error is retried and the request id is kept")
    func retryableErrors() throws {
        let pipeline = try InprocPipeline()
        defer { pipeline.shutdown() }
        let calls = MinimalStageHandlers.Calls()
        pipeline.addMinimalWorkers(calls: calls)
        let client = try JobClient(endpoint: pipeline.frontend, context: pipeline.context, idleTimeout: 20)
        let result = try client.run(JobRequest(documents: [Self.raw("flaky", "RETRY me")]))
        #expect(result.run.documents.first?.status == .ok)
        #expect(result.run.documents.first?.attempts == 2)
        #expect(calls.count("\(result.run.job)/parse/flaky") == 2)
    }

    @Test("work held by a worker that goes silent is given to another instance")
    func deadWorkerWorkIsReassigned() throws {
        let pipeline = try InprocPipeline(heartbeatMilliseconds: 100, liveness: 3)
        defer { pipeline.shutdown() }
        // A parser that announces itself, takes one request and then says nothing ever again.
        let codec = MessageCodec()
        let silent = try Socket(pipeline.context, .dealer)
        defer { silent.close() }
        try silent.connect(pipeline.backend)
        try silent.send(
            codec.encode(
                Envelope(
                    id: "silent:ready", sender: "parser-silent",
                    payload: .workerReady(WorkerAnnouncement(stage: .parser, instance: "parser-silent", pid: 1, host: "test")))))
        // One heartbeat proves it alive (only such workers get work), then it falls silent.
        try silent.send(codec.encode(Envelope(id: "silent:heartbeat", sender: "parser-silent", payload: .heartbeat)))
        pipeline.addWorker(MinimalStageHandlers.Resolver(), instance: "resolver-1")
        pipeline.addWorker(MinimalStageHandlers.Matcher(), instance: "matcher-1")
        pipeline.addWorker(MinimalStageHandlers.Writer(), instance: "writer-1")
        nonisolated(unsafe) var result: JobResult?
        let done = DispatchSemaphore(value: 0)
        let endpoint = pipeline.frontend
        let context = pipeline.context
        Thread.detachNewThread {
            result = try? JobClient(endpoint: endpoint, context: context, idleTimeout: 20)
                .run(JobRequest(documents: [Self.raw("d", "text")]))
            done.signal()
        }
        // The silent worker receives the parse request…
        var request: Envelope?
        let deadline = Date().addingTimeInterval(5)
        while request == nil, Date() < deadline, let frames = try silent.receive(timeout: 100) ?? Optional([]) {
            if case .success(let e) = codec.decode(frames.last ?? Data()), e.type == .rawDocument { request = e }
        }
        #expect(request?.document == "d")
        // …then a healthy parser joins and must get it after the silent one expires.
        pipeline.addWorker(MinimalStageHandlers.Parser(), instance: "parser-2")
        #expect(done.wait(timeout: .now() + 20) == .success)
        let fate = try #require(result?.run.documents.first)
        #expect(fate.status == .ok)
        #expect(fate.attempts == 2)
        #expect(result?.run.instances.contains { $0.instance == "parser-2" && $0.messages == 1 } == true)
    }

    @Test("a malformed frame to the frontend gets an error and the next job still runs")
    func malformedClientFrame() throws {
        let pipeline = try InprocPipeline()
        defer { pipeline.shutdown() }
        pipeline.addMinimalWorkers()
        let dealer = try Socket(pipeline.context, .dealer)
        defer { dealer.close() }
        try dealer.connect(pipeline.frontend)
        try dealer.send(Data("{not json".utf8))
        let frames = try #require(try dealer.receive(timeout: 5000))
        guard case .success(let reply) = MessageCodec().decode(frames.last ?? Data()),
            case .error(let report) = reply.payload
        else {
            Issue.record("expected an error envelope")
            return
        }
        #expect(report.code == "invalid-json")
        let result = try JobClient(endpoint: pipeline.frontend, context: pipeline.context, idleTimeout: 20)
            .run(JobRequest(documents: [Self.raw("ok", "fine")]))
        #expect(result.report != nil)
    }

    @Test("a document that keeps failing is given up after maxAttempts and the job still finishes")
    func attemptsAreBounded() throws {
        let pipeline = try InprocPipeline(maxAttempts: 3)
        defer { pipeline.shutdown() }
        pipeline.addMinimalWorkers()
        let result = try JobClient(endpoint: pipeline.frontend, context: pipeline.context, idleTimeout: 20)
            .run(JobRequest(documents: [Self.raw("stuck", "ALWAYS-RETRY"), Self.raw("fine", "ok text")]))
        let fates = Dictionary(uniqueKeysWithValues: result.run.documents.map { ($0.id, $0) })
        #expect(fates["stuck"]?.status == .failed && fates["stuck"]?.attempts == 3)
        #expect(fates["stuck"]?.error?.contains("in/stuck.txt") == true)
        #expect(fates["fine"]?.status == .ok)
        #expect(result.report != nil)
    }

    @Test("a request frame over the header-only size is decoded on the work thread and answered")
    func bigFrameGoesToWorkThread() throws {
        let pipeline = try InprocPipeline()
        defer { pipeline.shutdown() }
        pipeline.addMinimalWorkers()
        let big = Self.raw("big", String(repeating: "A long line of text.\n", count: 20_000))
        let result = try JobClient(endpoint: pipeline.frontend, context: pipeline.context, idleTimeout: 20)
            .run(JobRequest(documents: [big, Self.raw("small", "short")]))
        #expect(result.run.documents.allSatisfy { $0.status == .ok }, "\(result.run.documents)")
        #expect(result.report != nil)
    }

    @Test("duplicate ids and oversized documents fail with reasons; nothing is dropped silently")
    func admission() throws {
        let pipeline = try InprocPipeline()
        defer { pipeline.shutdown() }
        pipeline.addMinimalWorkers()
        var huge = Self.raw("huge", "x")
        huge.bytes = 64 << 20
        let result = try JobClient(endpoint: pipeline.frontend, context: pipeline.context, idleTimeout: 20)
            .run(JobRequest(documents: [Self.raw("twin", "one"), RawDocument(id: "twin", path: "other/twin.txt", data: Data("two".utf8)), huge]))
        #expect(result.run.documents.count == 3)
        #expect(result.run.documents.filter { $0.status == .failed }.map(\.path).sorted() == ["in/huge.txt", "other/twin.txt"])
        #expect(result.run.documents.first { $0.path == "in/huge.txt" }?.error?.contains("64.0 MB") == true)
    }
}
