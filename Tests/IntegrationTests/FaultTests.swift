import CrosscheckKit
import CrosscheckSchema
import CrosscheckTestKit
import Foundation
import Testing
import ZeroMQ

/// Fault injection on real processes over loopback: each test is one failure that once ended
/// in a wrong report or a hang, and must now end in the right report or a plain, quick error.
@Suite("Fault injection (real processes)", .serialized)
struct FaultTests {
    static func reportPaths(_ out: URL) throws -> [String] {
        let report = try JSONDecoder().decode(Report.self, from: Data(contentsOf: out.appendingPathComponent("report.json")))
        return report.documents.map(\.path).sorted()
    }

    static func run(_ out: URL) throws -> RunSummary {
        try JSONDecoder().decode(RunSummary.self, from: Data(contentsOf: out.appendingPathComponent("run.json")))
    }

    @Test("after a coordinator kill -9 and restart, a different job gets its own report, not the last one")
    func coordinatorRestartWithDifferentJob() throws {
        let rig = try FaultRig(label: "restart")
        defer { rig.stopAll() }
        try rig.startCoordinator()
        try rig.startWorkers()
        let north = try FaultRig.articles("Northport", count: 2), south = try FaultRig.articles("Southvale", count: 2)
        let out = try RepositoryPaths.temporaryFolder("restart-out")
        let first = try rig.submit([north.path], out: out)
        #expect(first.status == 0, "stderr: \(first.stderr)")
        #expect(try Self.reportPaths(out).allSatisfy { $0.contains("northport") })

        let coordinator = try #require(rig.coordinator)
        kill(coordinator.pid, SIGKILL)
        coordinator.process.waitUntilExit()
        try rig.startCoordinator(frontend: rig.frontend, backend: rig.backend, log: "coordinator-2")
        let second = try rig.submit([south.path], out: out)
        #expect(second.status == 0, "stderr: \(second.stderr)")
        let paths = try Self.reportPaths(out)
        #expect(paths.count == 2 && paths.allSatisfy { $0.contains("southvale") }, "\(paths)")
        #expect(try Self.run(out).documents.allSatisfy { $0.path.contains("southvale") && $0.status == .ok })
    }

    @Test("a stage with no worker fails the job after the grace period, naming it; no stale report is left")
    func missingStageAndStaleOutput() throws {
        let rig = try FaultRig(label: "missing")
        defer { rig.stopAll() }
        try rig.startCoordinator(["--missing-stage-grace", "2"])
        try rig.startWorkers([.parser, .resolver, .matcher])
        let writer = try rig.startWorker(.writer, instance: "writer-1")
        let articles = try FaultRig.articles("Eastmere", count: 2)
        let out = try RepositoryPaths.temporaryFolder("missing-out")
        let first = try rig.submit([articles.path], out: out)
        #expect(first.status == 0, "stderr: \(first.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("report.json").path))

        writer.stop(grace: 5)
        let started = Date()
        let second = try rig.submit([articles.path], out: out)
        let seconds = Date().timeIntervalSince(started)
        print("gave up on the missing writer stage after \(String(format: "%.1f", seconds)) s")
        #expect(second.status == ExitStatus.noReport, "stderr: \(second.stderr)")
        #expect(second.stderr.contains("no writer worker was connected for 2 s"), "\(second.stderr)")
        #expect(!second.stderr.contains("ErrorReport("))
        #expect(seconds < 15)
        for name in ReportFiles.reportNames {
            #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "stale \(name)")
        }
        #expect(try Self.run(out).documents.allSatisfy { $0.status == .failed })
    }

    @Test("--timeout bounds the whole job and exits 3 with one plain sentence")
    func totalTimeout() throws {
        let rig = try FaultRig(label: "timeout")
        defer { rig.stopAll() }
        try rig.startCoordinator()
        try rig.startWorkers([.resolver, .matcher, .writer])
        let articles = try FaultRig.articles("Westholm", count: 1)
        let out = try RepositoryPaths.temporaryFolder("timeout-out")
        let started = Date()
        let result = try rig.submit([articles.path], out: out, extra: ["--timeout", "4"])
        #expect(result.status == ExitStatus.timedOut, "stderr: \(result.stderr)")
        #expect(Date().timeIntervalSince(started) < 12)
        #expect(result.stderr.contains("timed out"), "\(result.stderr)")
        #expect(!result.stderr.contains("ErrorReport("))
    }

    /// Submits in the background once `fake` is up, adds a real parser once the fake holds work,
    /// and returns the submission's outcome.
    static func submitPastFake(_ rig: FaultRig, fake: FakeWorker, documents: Int, label: String) throws
        -> (output: CommandRunner.Output, out: URL)
    {
        let articles = try FaultRig.articles(label, count: documents)
        let out = try RepositoryPaths.temporaryFolder("\(label)-out")
        nonisolated(unsafe) var output: CommandRunner.Output?
        let done = DispatchSemaphore(value: 0)
        let frontend = rig.frontend
        Thread.detachNewThread {
            output = try? CommandRunner.run(
                "crosscheck",
                [
                    "submit", articles.path, "--connect", frontend,
                    "--out", out.path, "--timeout", "40",
                ], timeout: 60)
            done.signal()
        }
        let deadline = Date().addingTimeInterval(20)
        while fake.requests == 0 && Date() < deadline { usleep(50_000) }
        #expect(fake.requests > 0, "the fake worker never got work")
        try rig.startWorker(.parser, instance: "parser-real")
        _ = done.wait(timeout: .now() + 70)
        return (try #require(output), out)
    }

    @Test("a worker that answers with another document's id is struck and its work redone elsewhere")
    func wrongDocumentReplier() throws {
        let rig = try FaultRig(label: "wrongid")
        defer { rig.stopAll() }
        try rig.startCoordinator()
        try rig.startWorkers([.resolver, .matcher, .writer])
        let fake = try FakeWorker(instance: "parser-forger", endpoint: rig.backend, behaviour: .wrongDocument)
        defer { fake.stop() }
        let (output, out) = try Self.submitPastFake(rig, fake: fake, documents: 3, label: "Forgery")
        #expect(output.status == 0, "stderr: \(output.stderr)")
        #expect(try Self.reportPaths(out).count == 3)
        #expect(try !String(contentsOf: out.appendingPathComponent("report.json"), encoding: .utf8).contains("forged"))
        #expect(rig.coordinatorLog().contains("worker struck"))
    }

    @Test("a worker that heartbeats but never answers misses its deadlines and is evicted; the job finishes")
    func silentHeartbeater() throws {
        let rig = try FaultRig(label: "silent")
        defer { rig.stopAll() }
        try rig.startCoordinator(["--request-timeout-floor", "1", "--request-seconds-per-mb", "0"])
        try rig.startWorkers([.resolver, .matcher, .writer])
        let fake = try FakeWorker(instance: "parser-mute", endpoint: rig.backend, behaviour: .silent)
        defer { fake.stop() }
        let started = Date()
        let (output, out) = try Self.submitPastFake(rig, fake: fake, documents: 4, label: "Quietbay")
        #expect(output.status == 0, "stderr: \(output.stderr)")
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(try Self.run(out).documents.allSatisfy { $0.status == .ok })
        #expect(rig.coordinatorLog().contains("missed the deadline"))
    }

    @Test("a flood of worker.ready registrations does not fail real documents")
    func readyFlood() throws {
        let rig = try FaultRig(label: "flood")
        defer { rig.stopAll() }
        try rig.startCoordinator()
        try rig.startWorkers()
        let backend = rig.backend
        let flooding = DispatchSemaphore(value: 0)
        // 3,000 registrations from as many sockets, spread over the job, bounded in count and time.
        Thread.detachNewThread {
            defer { flooding.signal() }
            guard let context = try? ZMQContext() else { return }
            let codec = MessageCodec()
            let until = Date().addingTimeInterval(8)
            for n in 0..<3000 where Date() < until {
                guard let socket = try? Socket(context, .dealer) else { return }
                let announcement = WorkerAnnouncement(stage: n % 2 == 0 ? .parser : .resolver, instance: "fake-\(n)", pid: n, host: "flood")
                try? socket.connect(backend)
                _ = try? socket.send(codec.encode(Envelope(id: "fake-\(n):ready", sender: "fake-\(n)", payload: .workerReady(announcement))))
                usleep(2_000)
                socket.close()
            }
        }
        usleep(300_000)
        let articles = try FaultRig.articles("Floodgate", count: 5)
        let out = try RepositoryPaths.temporaryFolder("flood-out")
        let result = try rig.submit([articles.path], out: out, extra: ["--timeout", "40"])
        _ = flooding.wait(timeout: .now() + 15)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(try Self.run(out).documents.filter { $0.status == .ok }.count == 5)
    }

    @Test("the size limit holds against the bytes received, not the size a client declares")
    func declaredSizeLie() throws {
        let rig = try FaultRig(label: "lie")
        defer { rig.stopAll() }
        try rig.startCoordinator(["--max-document-mb", "1"])
        try rig.startWorkers()
        var liar = RawDocument(id: "liar", path: "in/liar.txt", data: Data(String(repeating: "Word and word. ", count: 220_000).utf8))
        liar.bytes = 100
        let honest = RawDocument(id: "honest", path: "in/honest.txt", data: Data("The council met on 3 May 2024.\n".utf8))
        let result = try JobClient(endpoint: rig.frontend, idleTimeout: 20, totalTimeout: 40)
            .run(JobRequest(documents: [liar, honest]))
        let fates = Dictionary(uniqueKeysWithValues: result.run.documents.map { ($0.id, $0) })
        #expect(fates["liar"]?.status == .failed)
        #expect(fates["liar"]?.error?.contains("over the 1.0 MB limit") == true, "\(fates["liar"]?.error ?? "-")")
        #expect(fates["honest"]?.status == .ok)
        #expect(result.report != nil)
    }
}
