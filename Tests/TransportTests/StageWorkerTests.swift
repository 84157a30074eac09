import CrosscheckSchema
import CrosscheckTestKit
import Foundation
import StageRuntime
import Testing
import ZeroMQ

/// Drives one real `StageWorker` from a ROUTER in the test, as its coordinator would.
@Suite("Stage worker protocol")
struct StageWorkerTests {
    final class Harness {
        let context: ZMQContext
        let router: Socket
        let stop = StopToken()
        let calls = MinimalStageHandlers.Calls()
        let codec = MessageCodec()
        var worker = Data()
        private let done = DispatchSemaphore(value: 0)

        init() throws {
            context = try ZMQContext()
            router = try Socket(context, .router)
            let endpoint = "inproc://worker-\(UUID().uuidString)"
            try router.bind(endpoint)
            let configuration = WorkerConfiguration(endpoint: endpoint, instance: "parser-t", heartbeatMilliseconds: 200)
            let handler = MinimalStageHandlers.Parser(calls: calls)
            let (context, stop, done) = (context, stop, done)
            Thread.detachNewThread {
                try? StageWorker(handler: handler, configuration: configuration, context: context, stopToken: stop).run()
                done.signal()
            }
            let ready = try next { $0.type == .workerReady }
            guard case .workerReady(let announcement) = ready.payload else { throw CrosscheckTestError("no ready") }
            #expect(announcement.stage == .parser && announcement.instance == "parser-t")
        }

        /// The next envelope from the worker that matches, skipping heartbeats.
        func next(_ match: (Envelope) -> Bool = { $0.type != .heartbeat }) throws -> Envelope {
            let deadline = Date().addingTimeInterval(5)
            while Date() < deadline {
                guard let frames = try router.receive(timeout: 100), frames.count == 2 else { continue }
                worker = frames[0]
                if case .success(let e) = codec.decode(frames[1]), match(e) { return e }
            }
            throw CrosscheckTestError("no matching message from the worker")
        }

        func send(_ frame: Data) throws { try router.send([worker, frame]) }

        func close() {
            stop.stop()
            _ = done.wait(timeout: .now() + 5)
            router.close()
        }
    }

    static func request(_ id: String, text: String = "hello") -> Envelope {
        Envelope(
            job: "j", id: id, sender: "test", document: "doc",
            payload: .rawDocument(RawDocument(id: "doc", path: "doc.txt", data: Data(text.utf8))))
    }

    @Test(
        "malformed, wrong-version, unknown-type and wrong-stage frames get error replies; the next good request is served",
        arguments: [
            ("{oops", "invalid-json"),
            (#"{"schema":99,"type":"document.raw","id":"m1","sender":"t","payload":{}}"#, "unsupported-version"),
            (#"{"schema":1,"type":"document.teleport","id":"m2","sender":"t","payload":{}}"#, "unknown-type"),
            (#"{"schema":1,"type":"document.raw","id":"m3","sender":"t","payload":{"id":3}}"#, "invalid-payload"),
            (#"{"schema":1,"type":"bundle.linked","id":"m4","sender":"t","payload":{"documents":[],"entities":[]}}"#, "wrong-stage"),
        ])
    func badFramesAreAnswered(frame: String, code: String) throws {
        let h = try Harness()
        defer { h.close() }
        try h.send(Data(frame.utf8))
        let error = try h.next { $0.type == .error }
        guard case .error(let report) = error.payload else {
            Issue.record("not an error")
            return
        }
        #expect(report.code == code)
        try h.send(h.codec.encode(Self.request("good")))
        let reply = try h.next { $0.replyTo == "good" }
        #expect(reply.type == .parsedDocument)
    }

    @Test("a redelivered request is answered from the cache, not computed twice")
    func idempotentRedelivery() throws {
        let h = try Harness()
        defer { h.close() }
        try h.send(h.codec.encode(Self.request("same")))
        let first = try h.next { $0.replyTo == "same" }
        var again = Self.request("same")
        again.attempt = 2
        try h.send(h.codec.encode(again))
        let second = try h.next { $0.replyTo == "same" }
        #expect(first.payload == second.payload)
        #expect(h.calls.count("same") == 1)
    }

    @Test("the worker heartbeats while idle")
    func heartbeats() throws {
        let h = try Harness()
        defer { h.close() }
        let beat = try h.next { $0.type == .heartbeat }
        #expect(beat.sender == "parser-t")
    }
}

struct CrosscheckTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
