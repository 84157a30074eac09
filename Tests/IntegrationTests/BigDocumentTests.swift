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
        try rig.startCoordinator(patient + ["--request-timeout-floor", "2", "--request-seconds-per-mb", "0.5",
                                            "--max-document-mb", "64"])
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
}
