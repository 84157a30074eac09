import ArgumentParser
import CoordinatorKit
import CrosscheckSchema
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

    @Option(name: .customLong("task-timeout"), help: "Most seconds a live worker may hold one request, whatever its size.")
    var taskTimeout = 600.0

    @Option(name: .customLong("request-timeout-floor"), help: "Shortest deadline of one request, in seconds.")
    var requestTimeoutFloor = 60.0

    @Option(name: .customLong("request-seconds-per-mb"), help: "Deadline added per MiB of a request.")
    var requestSecondsPerMegabyte = 20.0

    @Option(name: .customLong("job-timeout"), help: "Most seconds one job may take in all.")
    var jobTimeout = 3600.0

    @Option(name: .customLong("missing-stage-grace"), help: "Seconds work may wait for a stage with no worker before its job fails.")
    var missingStageGrace = 30.0

    @Option(name: .customLong("max-strikes"), help: "Missed deadlines or wrong answers after which a worker is evicted.")
    var maxStrikes = 3

    @Option(name: .customLong("max-workers-per-stage"), help: "Most workers one stage may register.")
    var maxWorkersPerStage = 64

    @Option(name: .customLong("registrations-per-second"), help: "Worker registrations accepted per second.")
    var registrationsPerSecond = 50.0

    @Option(name: .customLong("parent-pid"), help: "Exit when this process (the supervisor) is gone.")
    var parentPID: Int32?

    @Option(help: "Folder of CURVE keys (crosscheck keys DIR): both sockets then require CURVE and known keys.")
    var keys: String?

    @Flag(help: "Allow binding beyond loopback without CURVE keys (plain TCP: trusted networks only).")
    var insecure = false

    @Option(help: "Journal accepted jobs and completed replies to this file; unfinished jobs resume after a restart.")
    var journal: String?

    @Option(name: .customLong("journal-max-mb"), help: "Journal size past which new jobs are not journaled, in MiB.")
    var journalMaxMegabytes = 1024

    @Option(name: .customLong("max-document-mb"), help: "Largest document accepted, in MiB.")
    var maxDocumentMegabytes = 16

    @Option(help: "Requests one worker may hold at once (1 = strict READY gating).")
    var credit = 2

    @OptionGroup var logging: LoggingOptions

    func run() throws {
        do {
            try serve()
        } catch let report as ErrorReport {
            FileHandle.standardError.write(Data("crosscheck-coordinator: \(report.message)\n".utf8))
            throw ExitCode(2)
        }
    }

    private func serve() throws {
        logging.bootstrap()
        ShutdownSignal.install()
        if let parentPID { ParentWatch.start(parent: parentPID) }
        var configuration = CoordinatorConfiguration(
            frontend: frontend, backend: backend, heartbeatMilliseconds: heartbeatMilliseconds,
            liveness: liveness, maxAttempts: maxAttempts, taskTimeoutSeconds: taskTimeout,
            recordPath: record, maxDocumentBytes: maxDocumentMegabytes << 20,
            workerCredit: credit)
        configuration.requestTimeoutFloorSeconds = requestTimeoutFloor
        configuration.requestSecondsPerMegabyte = requestSecondsPerMegabyte
        configuration.jobTimeoutSeconds = jobTimeout
        configuration.missingStageGraceSeconds = missingStageGrace
        configuration.maxStrikes = max(1, maxStrikes)
        configuration.maxWorkersPerStage = max(1, maxWorkersPerStage)
        configuration.registrationsPerSecond = registrationsPerSecond
        configuration.insecure = insecure
        configuration.journalPath = journal
        configuration.journalMaxBytes = journalMaxMegabytes << 20
        if let keys {
            let folder = CurveKeys(directory: URL(fileURLWithPath: keys))
            configuration.curveKeys = try folder.pair("coordinator")
            configuration.authorizedKeys = try folder.authorized()
        }
        let coordinator = try Coordinator(configuration: configuration)
        try coordinator.bind()
        FileHandle.standardOutput.write(Data("frontend=\(coordinator.boundFrontend) backend=\(coordinator.boundBackend)\n".utf8))
        try coordinator.run()
    }
}

CoordinatorCommand.main()
