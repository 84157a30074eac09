import CrosscheckKit
import CrosscheckSchema
import CrosscheckTestKit
import Foundation

/// A coordinator and chosen stage workers as real processes on loopback, for fault tests.
///
/// The coordinator is started on ephemeral ports (or given ones, to restart it in place), with
/// short heartbeats so that failures show within seconds; `stopAll()` ends every child.
final class FaultRig {
    static let executables = ServiceExecutables(directory: RepositoryPaths.binaries)
    static let fast = ["--heartbeat-ms", "200", "--liveness", "3"]

    let logs: URL
    private(set) var coordinator: ChildProcess?
    private(set) var frontend = ""
    private(set) var backend = ""
    private(set) var workers: [ChildProcess] = []
    /// Added to every worker's command line (`--keys DIR`, say).
    var workerArguments: [String] = []

    init(label: String) throws {
        logs = try RepositoryPaths.temporaryFolder("\(label)-logs")
    }

    /// Starts the coordinator with `arguments` (added to the fast heartbeat settings).
    func startCoordinator(
        _ arguments: [String] = [], frontend: String = "tcp://127.0.0.1:*",
        backend: String = "tcp://127.0.0.1:*", log: String = "coordinator"
    ) throws {
        let child = try ChildProcess(
            name: log, executable: Self.executables.url(for: .coordinator),
            arguments: ["--frontend", frontend, "--backend", backend] + Self.fast + arguments,
            logFile: logs.appendingPathComponent("\(log).log"), captureOutput: true)
        coordinator = child
        let line = try child.readLine(timeout: 20)
        for part in line.split(separator: " ") {
            let kv = part.split(separator: "=", maxSplits: 1).map(String.init)
            if kv.count == 2, kv[0] == "frontend" { self.frontend = kv[1] }
            if kv.count == 2, kv[0] == "backend" { self.backend = kv[1] }
        }
    }

    /// Starts one real worker of `stage`.
    @discardableResult
    func startWorker(_ stage: Stage, instance: String) throws -> ChildProcess {
        let child = try ChildProcess(
            name: instance, executable: Self.executables.url(for: stage),
            arguments: ["--connect", backend, "--instance", instance] + Self.fast + workerArguments,
            logFile: logs.appendingPathComponent("\(instance).log"))
        workers.append(child)
        return child
    }

    /// Starts one real worker of every stage in `stages`.
    func startWorkers(_ stages: [Stage] = [.parser, .resolver, .matcher, .writer]) throws {
        for stage in stages { try startWorker(stage, instance: "\(stage.rawValue)-1") }
    }

    /// The coordinator's log so far.
    func coordinatorLog(_ name: String = "coordinator") -> String {
        (try? String(contentsOf: logs.appendingPathComponent("\(name).log"), encoding: .utf8)) ?? ""
    }

    /// `crosscheck submit` of `paths` to this coordinator, writing into `out`.
    func submit(_ paths: [String], out: URL, extra: [String] = []) throws -> CommandRunner.Output {
        try CommandRunner.run("crosscheck", ["submit"] + paths + ["--connect", frontend, "--out", out.path] + extra, timeout: 60)
    }

    func stopAll() {
        for worker in workers { worker.stop(grace: 2) }
        workers.removeAll()
        coordinator?.stop(grace: 2)
    }

    /// A folder of small articles, `count` of them, each naming `topic` so jobs can be told apart.
    static func articles(_ topic: String, count: Int) throws -> URL {
        let folder = try RepositoryPaths.temporaryFolder("articles-\(topic)")
        for n in 1...count {
            let text = """
                \(topic) council approves harbour plan \(n)

                The \(topic) council approved the harbour plan on 3 May 2024, the mayor said. \
                Officials in \(topic) said the work would begin in June and cost 40 million euros.
                """
            try text.write(to: folder.appendingPathComponent("\(topic.lowercased())-\(n).txt"), atomically: true, encoding: .utf8)
        }
        return folder
    }
}
