import ArgumentParser
import CrosscheckSchema
import Foundation
import Logging
import ZeroMQ

/// Command-line options every stage executable shares.
public struct StageOptions: ParsableArguments {
    @Option(help: "The coordinator's worker endpoint to connect to.")
    public var connect: String = "tcp://127.0.0.1:5571"

    @Option(help: "Instance name shown in run.json (default: <stage>-<pid>).")
    public var instance: String?

    @Option(name: .customLong("heartbeat-ms"), help: "Heartbeat interval in milliseconds.")
    public var heartbeatMilliseconds: Int = 1000

    @Option(help: "Missed heartbeats before the coordinator is presumed dead and the worker reconnects.")
    public var liveness: Int = 5

    @Option(name: .customLong("parent-pid"), help: "Exit when this process (the supervisor) is gone.")
    public var parentPID: Int32?

    @Option(help: "Folder of CURVE keys (worker.public, worker.secret, coordinator.public).")
    public var keys: String?

    @Option(name: .customLong("kb"), help: "Extra knowledge-base file(s) extending the shipped one.")
    public var knowledgeFiles: [String] = []

    @OptionGroup public var logging: LoggingOptions

    public init() {}

    /// The worker configuration these options describe, for a worker of `stage`.
    public func configuration(for stage: Stage) throws -> WorkerConfiguration {
        var configuration = WorkerConfiguration(
            endpoint: connect,
            instance: instance ?? "\(stage.rawValue)-\(ProcessInfo.processInfo.processIdentifier)",
            heartbeatMilliseconds: max(50, heartbeatMilliseconds),
            liveness: max(2, liveness)
        )
        if let keys {
            let folder = CurveKeys(directory: URL(fileURLWithPath: keys))
            configuration.curveKeys = try folder.pair("worker")
            configuration.curveServerKey = try folder.serverKey()
        }
        return configuration
    }

    /// Runs `handler` as a worker until SIGINT or SIGTERM.
    public func runWorker<Handler: StageHandler>(_ handler: Handler) throws {
        logging.bootstrap()
        ShutdownSignal.install()
        if let parentPID { ParentWatch.start(parent: parentPID) }
        do {
            try StageWorker(handler: handler, configuration: configuration(for: Handler.stage)).run()
        } catch let report as ErrorReport {
            FileHandle.standardError.write(Data("crosscheck-\(Handler.stage.rawValue): \(report.message)\n".utf8))
            throw ExitCode(2)
        }
    }
}
