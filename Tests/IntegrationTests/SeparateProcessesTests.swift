import CrosscheckKit
import CrosscheckSchema
import CrosscheckTestKit
import Foundation
import Testing
import ZeroMQ

/// Stages started one by one, as a user does in separate terminals, then scaled while running.
@Suite("Separately started stages (real processes)", .serialized)
struct SeparateProcessesTests {
    static let executables = ServiceExecutables(directory: RepositoryPaths.binaries)

    static func start(_ stage: Stage, instance: String, backend: String, logs: URL) throws -> ChildProcess {
        try ChildProcess(
            name: instance, executable: executables.url(for: stage),
            arguments: ["--connect", backend, "--instance", instance, "--heartbeat-ms", "200", "--liveness", "3"],
            logFile: logs.appendingPathComponent("\(instance).log"))
    }

    @Test("submit to a running coordinator; a killed worker is replaced while the coordinator runs")
    func submitAndScale() throws {
        let logs = try RepositoryPaths.temporaryFolder("sep-logs")
        let coordinator = try ChildProcess(
            name: "coordinator", executable: Self.executables.url(for: .coordinator),
            arguments: ["--frontend", "tcp://127.0.0.1:*", "--backend", "tcp://127.0.0.1:*", "--heartbeat-ms", "200", "--liveness", "3"],
            logFile: logs.appendingPathComponent("coordinator.log"), captureOutput: true)
        defer { coordinator.stop() }
        let line = try coordinator.readLine(timeout: 20)
        let fields = Dictionary(
            uniqueKeysWithValues: line.split(separator: " ").map {
                let kv = $0.split(separator: "=", maxSplits: 1)
                return (String(kv[0]), String(kv[1]))
            })
        let frontend = try #require(fields["frontend"]), backend = try #require(fields["backend"])
        var workers = [
            try Self.start(.parser, instance: "parser-a", backend: backend, logs: logs),
            try Self.start(.resolver, instance: "resolver-a", backend: backend, logs: logs),
            try Self.start(.matcher, instance: "matcher-a", backend: backend, logs: logs),
            try Self.start(.writer, instance: "writer-a", backend: backend, logs: logs),
        ]
        defer { workers.forEach { $0.stop() } }

        let out = try RepositoryPaths.temporaryFolder("sep-out")
        let first = try CommandRunner.run("crosscheck", ["submit", "seeds", "--connect", frontend, "--out", out.path, "--timeout", "60"])
        #expect(first.status == 0, "stderr: \(first.stderr)")
        let report = try JSONDecoder().decode(Report.self, from: Data(contentsOf: out.appendingPathComponent("report.json")))
        #expect(report.documents.count == 5)

        // Kill the only parser outright; start another. The coordinator must drop the dead one.
        kill(workers[0].pid, SIGKILL)
        workers[0].process.waitUntilExit()
        workers.append(try Self.start(.parser, instance: "parser-b", backend: backend, logs: logs))
        let second = try CommandRunner.run("crosscheck", ["submit", "seeds", "--connect", frontend, "--out", out.path, "--timeout", "60"])
        #expect(second.status == 0, "stderr: \(second.stderr)")
        let run = try JSONDecoder().decode(RunSummary.self, from: Data(contentsOf: out.appendingPathComponent("run.json")))
        #expect(run.instances.contains { $0.instance == "parser-b" && $0.messages == 5 })
        // The dead parser did no work in this job; it is listed only if it died holding some.
        #expect(run.instances.filter { $0.instance == "parser-a" }.allSatisfy { $0.messages == 0 && ($0.lost ?? 0) > 0 })

        // SIGTERM stops a worker cleanly: it says goodbye and exits 0 well within the grace period.
        let resolver = workers[1]
        let started = Date()
        resolver.stop(grace: 10)
        #expect(resolver.process.terminationReason == .exit && resolver.process.terminationStatus == 0)
        #expect(Date().timeIntervalSince(started) < 5)
        let log = try String(contentsOf: logs.appendingPathComponent("resolver-a.log"), encoding: .utf8)
        #expect(log.contains("stopping"))
    }
}
