import CrosscheckKit
import CrosscheckSchema
import CrosscheckTestKit
import Foundation
import Testing

/// The coordinator survives its own crash: journaled jobs resume after a restart (Titanic).
@Suite("Coordinator journal: kill -9 and restart mid-job (real processes)", .serialized)
struct TitanicTests {
    /// Counts reply records as the journal grows, reading only what was appended since last time.
    final class ReplyCounter {
        let handle: FileHandle
        let marker = Data("\"kind\":\"reply\"".utf8)
        var offset: UInt64 = 0
        var count = 0
        /// The last bytes read, shorter than the marker, so a marker cut by a read is still found once.
        var tail = Data()

        init(_ journal: URL) throws { handle = try FileHandle(forReadingFrom: journal) }

        /// Replies so far, or nil once the journal shrank (the job finished and was compacted).
        func poll() throws -> Int? {
            let size = try handle.seekToEnd()
            guard size >= offset else { return nil }
            try handle.seek(toOffset: offset)
            let chunk = tail + handle.readDataToEndOfFile()
            var from = chunk.startIndex
            while let range = chunk.range(of: marker, in: from..<chunk.endIndex) {
                count += 1
                from = range.upperBound
            }
            tail = chunk.suffix(marker.count - 1)
            offset = size
            return count
        }
    }

    @Test("kill -9 of the coordinator mid-job, restart: the same job completes with a byte-identical report")
    func coordinatorCrashMidJob() throws {
        let documents = Int(ProcessInfo.processInfo.environment["CROSSCHECK_TITANIC_DOCUMENTS"] ?? "") ?? 500
        let rig = try FaultRig(label: "titanic")
        defer { rig.stopAll() }
        let journal = rig.logs.appendingPathComponent("journal.ndjson")
        try rig.startCoordinator(["--journal", journal.path])
        try rig.startWorkers()
        try rig.startWorker(.parser, instance: "parser-2")
        let articles = try FaultRig.articles("Tidewater", count: documents)
        let calm = try RepositoryPaths.temporaryFolder("titanic-calm")
        let undisturbed = try rig.submit([articles.path], out: calm, extra: ["--timeout", "120"])
        #expect(undisturbed.status == 0, "stderr: \(undisturbed.stderr)")
        #expect(Self.compacted(journal), "the journal is compacted once a job is delivered")

        let out = try RepositoryPaths.temporaryFolder("titanic-out")
        nonisolated(unsafe) var output: CommandRunner.Output?
        let done = DispatchSemaphore(value: 0)
        let frontend = rig.frontend
        Thread.detachNewThread {
            output = try? CommandRunner.run(
                "crosscheck",
                [
                    "submit", articles.path, "--connect", frontend, "--out", out.path,
                    "--timeout", "120",
                ], timeout: 150)
            done.signal()
        }
        let counter = try ReplyCounter(journal)
        let deadline = Date().addingTimeInterval(60)
        while let seen = try counter.poll(), seen < documents / 2, Date() < deadline { usleep(10_000) }
        let coordinator = try #require(rig.coordinator)
        kill(coordinator.pid, SIGKILL)
        coordinator.process.waitUntilExit()
        let before = try counter.poll() ?? 0
        print("replies journaled before the crash: \(before) of \(2 * documents + 3)")
        #expect(before >= documents / 2 && before < 2 * documents + 3, "replies journaled before the crash: \(before)")
        try rig.startCoordinator(["--journal", journal.path], frontend: rig.frontend, backend: rig.backend, log: "coordinator-2")
        #expect(done.wait(timeout: .now() + 150) == .success)
        let result = try #require(output)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(rig.coordinatorLog("coordinator-2").contains("job resumed from the journal"))
        #expect(rig.coordinatorLog("coordinator-2").contains("client resumed its job"))
        let expected = try Data(contentsOf: calm.appendingPathComponent("report.json"))
        #expect(try Data(contentsOf: out.appendingPathComponent("report.json")) == expected)
        #expect(Self.compacted(journal))
    }

    /// Whether the journal is empty within two seconds (it is compacted just after delivery).
    static func compacted(_ journal: URL) -> Bool {
        let deadline = Date().addingTimeInterval(2)
        while Date() < deadline {
            if (try? Data(contentsOf: journal))?.isEmpty == true { return true }
            usleep(50_000)
        }
        return false
    }
}
