import CrosscheckKit
import CrosscheckSchema
import CrosscheckTestKit
import Foundation
import Testing

/// A document too slow for its deadline fails alone, with the reason, while the small
/// documents beside it are reported: its worker gets nothing else while it holds the big
/// request, and whatever waited behind a late request moves to another worker uncharged.
@Suite("Big documents (real processes)", .serialized)
struct BigDocumentTests {
    /// A plain-text document of about `megabytes` MB: numbered paragraphs of news prose.
    static func bigText(megabytes: Double) -> String {
        var text = "Bigharbour dossier\n\n"
        var n = 0
        while Double(text.utf8.count) < megabytes * 1_048_576 {
            n += 1
            text += "Paragraph \(n). The Bigharbour council met on \(n % 28 + 1) March 2024 and discussed berth \(n). "
            text += "Officials said \(n % 90 + 10) ships had used the quay, and the mayor promised a report by June.\n\n"
        }
        return text
    }

    @Test("a big document past its deadline fails alone with the reason; the small ones beside it are reported, in under 20 s")
    func bigDocumentFailsAlone() throws {
        let rig = try FaultRig(label: "bigdoc")
        defer { rig.stopAll() }
        // Heartbeats slow enough that the coordinator's decoding of the big job does not look like death.
        let patient = ["--heartbeat-ms", "500", "--liveness", "10"]
        try rig.startCoordinator(
            patient + [
                "--request-timeout-floor", "2", "--request-seconds-per-mb", "0.5",
                "--max-document-mb", "64",
            ])
        rig.workerArguments = patient
        for n in 1...2 {
            try rig.startWorker(.resolver, instance: "resolver-\(n)")
        }
        try rig.startWorkers([.matcher, .writer])
        // No sentence limit: the whole document is analysed, which is too slow for its deadline.
        rig.workerArguments = patient + ["--max-sentences", "1000000"]
        for n in 1...2 { try rig.startWorker(.parser, instance: "parser-\(n)") }
        let folder = try FaultRig.articles("Smallbay", count: 2)
        try Self.bigText(megabytes: 4).write(to: folder.appendingPathComponent("big.txt"), atomically: true, encoding: .utf8)
        let out = try RepositoryPaths.temporaryFolder("bigdoc-out")
        let started = Date()
        let output = try rig.submit([folder.path], out: out, extra: ["--max-document-mb", "64", "--timeout", "40"])
        let seconds = Date().timeIntervalSince(started)
        print("big document beside two small ones: exit \(output.status) after \(String(format: "%.1f", seconds)) s")
        #expect(output.status == ExitStatus.someInputsFailed, "stderr: \(output.stderr)\n\(rig.coordinatorLog())")
        let run = try FaultTests.run(out)
        let big = try #require(run.documents.first { $0.path.hasSuffix("big.txt") })
        #expect(big.status == .failed)
        #expect(big.error?.contains("did not answer within") == true, "\(big.error ?? "-")")
        #expect(big.error?.contains("not retried, the document is too slow") == true, "\(big.error ?? "-")")
        #expect(big.attempts == 1)
        let small = run.documents.filter { !$0.path.hasSuffix("big.txt") }
        #expect(small.count == 2 && small.allSatisfy { $0.status == .ok }, "\(small)")
        #expect(try FaultTests.reportPaths(out).count == 2)
        #expect(seconds < 20)
    }

    /// The issue's 15 MB document, scaled down for the suite's debug build (the 15 MB and 50 MB
    /// figures come from release runs, in the closing note): a document under the size limit but
    /// far beyond any article is analysed up to the parser's sentence limit, says so in
    /// `run.json`, and the small document beside it is reported too. Heartbeats are at their
    /// strictest (200 ms, 3 missed): no process may stall on the big frames, or it is dropped.
    @Test("a document of many MB beside a small one: analysed up to the sentence limit with a warning, nobody lost")
    func hugeDocumentIsTruncatedNotFatal() throws {
        let rig = try FaultRig(label: "hugedoc")
        defer { rig.stopAll() }
        try rig.startCoordinator(["--max-document-mb", "8"])
        try rig.startWorkers()
        let folder = try FaultRig.articles("Smallbay", count: 1)
        try Self.bigText(megabytes: 2).write(to: folder.appendingPathComponent("huge.txt"), atomically: true, encoding: .utf8)
        let out = try RepositoryPaths.temporaryFolder("hugedoc-out")
        let started = Date()
        let output = try rig.submit([folder.path], out: out, extra: ["--max-document-mb", "8", "--timeout", "60"])
        let seconds = Date().timeIntervalSince(started)
        print("2 MB document beside a small one: exit \(output.status) after \(String(format: "%.1f", seconds)) s")
        #expect(output.status == 0, "stderr: \(output.stderr)\n\(rig.coordinatorLog())")
        let run = try FaultTests.run(out)
        let huge = try #require(run.documents.first { $0.path.hasSuffix("huge.txt") })
        #expect(huge.status == .ok, "\(huge.error ?? "-")")
        #expect(huge.warnings.contains { $0.contains("only the first 5000 sentences") }, "\(huge.warnings)")
        #expect(run.documents.allSatisfy { $0.status == .ok })
        #expect(run.instances.allSatisfy { $0.lost == nil }, "\(run.instances)")
        #expect(!rig.coordinatorLog().contains("worker gone"), "\(rig.coordinatorLog())")
        #expect(try FaultTests.reportPaths(out).count == 2)
        // A guard against hangs only (speed targets live in scripts/bench); about 8 s on a quiet machine.
        #expect(seconds < 60)
    }
}
