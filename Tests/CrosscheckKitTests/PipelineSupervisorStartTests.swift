import CrosscheckKit
import CrosscheckSchema
import Foundation
import Testing

/// `PipelineSupervisor.superviseChildren` against stand-in shell scripts: a worker that exits with
/// a status before announcing itself, twice in a row, fails with its own error line; one that had
/// announced itself is only restarted.
@Suite("Supervisor: workers that cannot start", .serialized)
struct PipelineSupervisorStartTests {
    /// A folder with a coordinator script that prints endpoints and waits, and `worker` as the resolver.
    private func executables(worker: String) throws -> ServiceExecutables {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sup-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let scripts = [
            "crosscheck-coordinator": "echo frontend=tcp://127.0.0.1:1 backend=tcp://127.0.0.1:2\nexec sleep 30",
            "crosscheck-resolver": worker,
        ]
        for (name, body) in scripts {
            let url = folder.appendingPathComponent(name)
            try Data("#!/bin/sh\n\(body)\n".utf8).write(to: url)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        }
        return ServiceExecutables(directory: folder)
    }

    /// Calls `superviseChildren` every 100 ms for up to `seconds`; the error it threw, if any.
    private func supervise(_ supervisor: PipelineSupervisor, seconds: Double) -> CrosscheckError? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            do {
                try supervisor.superviseChildren()
            } catch {
                return error as? CrosscheckError
            }
            usleep(100_000)
        }
        return nil
    }

    @Test("a worker that exits before announcing itself, twice, fails naming stage, status and error")
    func failsAtStartup() throws {
        let worker = "echo 'Error: knowledge file /x/y.json: cannot be read' >&2\nexit 1"
        let supervisor = PipelineSupervisor(
            executables: try executables(worker: worker),
            logDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("sup-logs-\(UUID())"))
        defer { supervisor.stopAll() }
        try supervisor.start(replicas: [:], stages: [.resolver], record: nil)
        let error = try #require(supervise(supervisor, seconds: 8))
        #expect(error.code == .stageExited)
        #expect(
            error.message.hasPrefix(
                "the resolver stage (resolver-1) exited at start-up, 2 times in a row (status 1): "
                    + "knowledge file /x/y.json: cannot be read"), "\(error.message)")
    }

    @Test("a worker that had announced itself and then exits is restarted, not failed")
    func restartsAfterReady() throws {
        let supervisor = PipelineSupervisor(
            executables: try executables(worker: "echo 'info [StageRuntime] ready' >&2\nexit 1"),
            logDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("sup-logs-\(UUID())"))
        defer { supervisor.stopAll() }
        try supervisor.start(replicas: [:], stages: [.resolver], record: nil)
        #expect(supervise(supervisor, seconds: 3.5) == nil)
        let logs = try FileManager.default.contentsOfDirectory(atPath: supervisor.logDirectory.path)
        #expect(logs.contains("resolver-1.restart-2.log"), "\(logs)")
    }
}
