import CoordinatorKit
import CrosscheckTestKit
import Foundation
import InMemoryLogging
import Logging
import StageRuntime
import Testing
import ZeroMQ

/// The coordinator and the stage worker log through the `Logger` they are given.
@Suite("Injected loggers")
struct InjectedLoggerTests {
    @Test("the coordinator logs its bound endpoints to the logger it was given")
    func coordinatorLogger() throws {
        let name = UUID().uuidString
        let configuration = CoordinatorConfiguration(frontend: "inproc://log-\(name)-frontend", backend: "inproc://log-\(name)-backend")
        // Already stopped: `run()` binds, logs, and closes its sockets again at once.
        let handler = try StoppedCoordinatorRun.log(configuration)
        let listening = handler.entries.first { $0.message.description == "listening" }
        #expect(listening?.level == .info)
        #expect(listening?.metadata["frontend"]?.description == configuration.frontend)
    }

    @Test("the stage worker logs to the logger it was given, with its instance as metadata")
    func workerLogger() throws {
        let handler = InMemoryLogHandler()
        let context = try ZMQContext()
        let endpoint = "inproc://log-worker-\(UUID().uuidString)"
        let router = try Socket(context, .router)
        defer { router.close() }
        try router.bind(endpoint)
        let stop = StopToken()
        stop.stop()
        let configuration = WorkerConfiguration(endpoint: endpoint, instance: "parser-log", heartbeatMilliseconds: 200)
        let worker = try StageWorker(
            handler: MinimalStageHandlers.Parser(calls: MinimalStageHandlers.Calls()),
            configuration: configuration, context: context, stopToken: stop,
            logger: Logger(label: "test.worker") { _ in handler })
        try worker.run()
        let stopping = handler.entries.first { $0.message.description == "stopping" }
        #expect(stopping?.level == .info)
        #expect(stopping?.metadata["instance"]?.description == "parser-log")
    }
}
