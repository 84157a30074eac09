import CrosscheckSchema
import Foundation

/// Starts a coordinator and N instances of every stage as child processes, and stops them.
///
/// The coordinator binds ephemeral loopback ports and prints them; workers are then started
/// with `--connect` to its backend. Each child's log goes to `logs/<instance>.log`. Every child
/// gets `--parent-pid`, so it stops by itself when this process dies, even by `kill -9`.
public final class PipelineSupervisor {
    public private(set) var children: [ChildProcess] = []
    public private(set) var frontend = ""
    public private(set) var backend = ""
    public let executables: ServiceExecutables
    public let logDirectory: URL
    /// Restarts per worker instance so far, and when the last one was.
    private var restarts: [String: (count: Int, at: Date)] = [:]
    /// Most restarts of one worker instance in a run: enough for a request to use up its
    /// attempts on a worker it crashes, few enough that a worker that cannot start gives up.
    public static let maxRestarts = 8
    /// Failure exits in a row per worker instance (an exit with a status, not a kill by a
    /// signal), and the child objects already counted.
    private var failedStarts: [String: Int] = [:]
    private var counted: Set<ObjectIdentifier> = []
    /// Failure exits in a row after which a worker is taken to be unable to start: the first
    /// could be a passing fault, the restarted instance failing again is not.
    public static let maxFailedStarts = 2
    /// What a worker logs once it has announced itself; one that exits after it is restarted as before.
    static let readyMarker = "[StageRuntime] ready"

    public init(executables: ServiceExecutables, logDirectory: URL) {
        self.executables = executables
        self.logDirectory = logDirectory
    }

    /// The stages every run has; the encoder is added unless sentence vectors are turned off.
    public static let coreStages: [Stage] = [.parser, .resolver, .matcher, .writer]

    /// Starts the coordinator (recording to `record` if given), then the workers of `stages`.
    ///
    /// A `CROSSCHECK_KNOWLEDGE_DATA` folder is checked and made absolute first (`KnowledgeDataOverride`).
    /// The coordinator gets the same document size limit as the client. Workers tolerate a
    /// coordinator silent for longer the larger documents may be: its one thread may spend
    /// seconds encoding a big document, and a worker that reconnected would lose its work.
    public func start(
        replicas: [Stage: Int], stages: [Stage] = coreStages, record: String?,
        extraWorkerArguments: [String] = [], heartbeatMilliseconds: Int = 500,
        keys: String? = nil, maxDocumentMegabytes: Int = 16
    ) throws {
        try KnowledgeDataOverride.prepareForChildren()
        try FileManager.default.createDirectory(at: logDirectory, withIntermediateDirectories: true)
        let parent = ["--parent-pid", String(ProcessInfo.processInfo.processIdentifier)] + (keys.map { ["--keys", $0] } ?? [])
        var arguments =
            [
                "--frontend", "tcp://127.0.0.1:*", "--backend", "tcp://127.0.0.1:*",
                "--heartbeat-ms", String(heartbeatMilliseconds),
                "--max-document-mb", String(maxDocumentMegabytes),
            ] + parent
        let liveness = ["--liveness", String(5 + maxDocumentMegabytes / 2)]
        if let record { arguments += ["--record", record] }
        let coordinator = try ChildProcess(
            name: "coordinator", executable: executables.url(for: .coordinator), arguments: arguments,
            logFile: logDirectory.appendingPathComponent("coordinator.log"), captureOutput: true)
        children.append(coordinator)
        let line = try coordinator.readLine(timeout: 20)
        let fields = Dictionary(
            uniqueKeysWithValues: line.split(separator: " ").compactMap { part -> (String, String)? in
                let kv = part.split(separator: "=", maxSplits: 1)
                return kv.count == 2 ? (String(kv[0]), String(kv[1])) : nil
            })
        guard let frontend = fields["frontend"], let backend = fields["backend"] else {
            throw CrosscheckError(code: .unexpectedOutput, message: "coordinator printed an unexpected first line: \(line)")
        }
        self.frontend = frontend
        self.backend = backend
        for stage in stages {
            for n in 1...max(1, replicas[stage] ?? 1) {
                let instance = "\(stage.rawValue)-\(n)"
                children.append(
                    try ChildProcess(
                        name: instance, executable: executables.url(for: stage),
                        arguments: [
                            "--connect", backend, "--instance", instance,
                            "--heartbeat-ms", String(heartbeatMilliseconds),
                        ] + liveness + parent + extraWorkerArguments,
                        logFile: logDirectory.appendingPathComponent("\(instance).log")))
            }
        }
    }

    /// Starts again every worker that died (a crash, `kill -9`), at most once a second and
    /// `maxRestarts` times per instance; returns the instances restarted.
    ///
    /// The coordinator requeues what a dead worker held; the new instance takes it up, and a
    /// request that keeps killing its worker fails after its attempts, naming its input.
    /// A dead coordinator is not restarted: the client notices and reports it.
    @discardableResult
    public func restartExitedWorkers(now: Date = Date()) -> [String] {
        var restarted: [String] = []
        for (index, child) in children.enumerated() where index > 0 && !child.isRunning {
            let record = restarts[child.name] ?? (0, .distantPast)
            guard record.count < Self.maxRestarts, now.timeIntervalSince(record.at) >= 1 else { continue }
            restarts[child.name] = (record.count + 1, now)
            let log = logDirectory.appendingPathComponent("\(child.name).restart-\(record.count + 1).log")
            // try?: a restart that fails to start counts as an attempt; the next check tries again
            // until `maxRestarts`, then the stage's absence fails its requests with a named error.
            guard let executable = child.process.executableURL,
                let fresh = try? ChildProcess(
                    name: child.name, executable: executable,
                    arguments: child.process.arguments ?? [], logFile: log)
            else { continue }
            children[index] = fresh
            restarted.append(child.name)
        }
        return restarted
    }

    /// Fails when the coordinator has exited, or a worker has exited with a failure status before
    /// announcing itself `maxFailedStarts` times in a row (it cannot start: a knowledge file it
    /// cannot read, a bad argument); otherwise starts again the workers that died (`restartExitedWorkers`).
    ///
    /// The error is one sentence naming the stage, its exit status and the last line of its
    /// log (its own error message). A worker killed by a signal (a crash, `kill -9`) or one that
    /// had announced itself is only restarted, as before, and resets its count.
    @discardableResult
    public func superviseChildren(now: Date = Date()) throws -> [String] {
        if let coordinator = children.first, !coordinator.isRunning {
            throw exitError(coordinator, what: "the coordinator", when: "")
        }
        for child in children.dropFirst() where !child.isRunning && counted.insert(ObjectIdentifier(child)).inserted {
            let stage = child.name.split(separator: "-").dropLast().joined(separator: "-")
            guard child.exitedWithFailure, !child.logHead(contains: Self.readyMarker) else {
                failedStarts[child.name] = 0
                continue
            }
            let count = (failedStarts[child.name] ?? 0) + 1
            failedStarts[child.name] = count
            if count >= Self.maxFailedStarts {
                throw exitError(child, what: "the \(stage) stage (\(child.name))", when: " at start-up, \(count) times in a row")
            }
        }
        return restartExitedWorkers(now: now)
    }

    private func exitError(_ child: ChildProcess, what: String, when: String) -> CrosscheckError {
        let status =
            child.process.terminationReason == .exit
            ? "status \(child.process.terminationStatus)" : "signal \(child.process.terminationStatus)"
        // The last log line is the child's own error; drop ArgumentParser's "Error: " prefix.
        let line = child.lastLogLine().map { ": " + ($0.hasPrefix("Error: ") ? String($0.dropFirst(7)) : $0) } ?? " (its log is empty)"
        let log = child.logFile.map { "; log: \($0.path)" } ?? ""
        return CrosscheckError(code: .stageExited, message: "\(what) exited\(when) (\(status))\(line)\(log)")
    }

    /// Stops all workers at once, then the coordinator (so it can flush its recording).
    public func stopAll() {
        let workers = children.dropFirst()
        for child in workers where child.isRunning { child.process.terminate() }
        for child in workers { child.stop() }
        children.first?.stop()
        children.removeAll()
    }

    deinit { stopAll() }
}
