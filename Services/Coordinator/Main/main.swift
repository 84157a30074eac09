import ArgumentParser
import CoordinatorKit
import Foundation
import StageRuntime
import ZeroMQ

/// `crosscheck-coordinator`: the broker every stage and client connects to.
struct CoordinatorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crosscheck-coordinator",
        abstract: "Route Crosscheck jobs between clients and stage workers over ZeroMQ.",
        discussion: """
            Binds a frontend for clients (crosscheck submit / run) and a backend that stage \
            workers connect to. Once bound it prints one line, `frontend=ENDPOINT backend=ENDPOINT`, \
            on standard output, so a supervisor can use port 0 / * and learn the real ports.
            """)

    @Option(help: "Endpoint clients submit jobs to.")
    var frontend = "tcp://127.0.0.1:5570"

    @Option(help: "Endpoint stage workers connect to.")
    var backend = "tcp://127.0.0.1:5571"

    @Option(help: "Write every message crossing the coordinator to this NDJSON file.")
    var record: String?

    @Option(name: .customLong("heartbeat-ms"), help: "Heartbeat interval in milliseconds.")
    var heartbeatMilliseconds = 1000

    @Option(help: "Missed heartbeats after which a worker is presumed dead.")
    var liveness = 5

    @Option(name: .customLong("max-attempts"), help: "Attempts per request before its document fails.")
    var maxAttempts = 3

    @Option(name: .customLong("task-timeout"), help: "Seconds a live worker may hold one request.")
    var taskTimeout = 600.0

    @Option(name: .customLong("max-document-mb"), help: "Largest document accepted, in MiB.")
    var maxDocumentMegabytes = 16

    @Option(help: "Requests one worker may hold at once (1 = strict READY gating).")
    var credit = 2

    @OptionGroup var logging: LoggingOptions

    func run() throws {
        logging.bootstrap()
        ShutdownSignal.install()
        let coordinator = try Coordinator(configuration: CoordinatorConfiguration(
            frontend: frontend, backend: backend, heartbeatMilliseconds: heartbeatMilliseconds,
            liveness: liveness, maxAttempts: maxAttempts, taskTimeoutSeconds: taskTimeout,
            recordPath: record, maxDocumentBytes: maxDocumentMegabytes << 20,
            workerCredit: credit))
        try coordinator.bind()
        FileHandle.standardOutput.write(Data("frontend=\(coordinator.boundFrontend) backend=\(coordinator.boundBackend)\n".utf8))
        try coordinator.run()
    }
}

CoordinatorCommand.main()
