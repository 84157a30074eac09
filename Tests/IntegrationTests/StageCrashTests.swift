import CrosscheckKit
import CrosscheckSchema
import CrosscheckTestKit
import Foundation
import Testing

/// A stage process that dies on a request (`CROSSCHECK_TEST_CRASH`, see `CrashInjection`) as
/// a child of `crosscheck run`: its work is requeued, the supervisor starts it again, and once
/// the request has used up its attempts it fails naming its input. Nothing hangs.
@Suite("Crashing stage processes (real processes)", .serialized)
struct StageCrashTests {
    /// `crosscheck run` over `count` small articles plus one named `crash-me.txt`, with the
    /// crash switch set for every child.
    static func run(crash: String, label: String) throws -> (output: CommandRunner.Output, out: URL, seconds: Double) {
        let articles = try FaultRig.articles(label, count: 2)
        let text = "The \(label) port reopened on 4 May 2024, the harbour master said. Ships returned in June."
        try text.write(to: articles.appendingPathComponent("crash-me.txt"), atomically: true, encoding: .utf8)
        let out = try RepositoryPaths.temporaryFolder("\(label)-out")
        let started = Date()
        let output = try CommandRunner.run(
            "crosscheck", ["run", articles.path, "--out", out.path, "--no-embeddings", "--timeout", "60"],
            timeout: 90, environment: ["CROSSCHECK_TEST_CRASH": crash])
        return (output, out, Date().timeIntervalSince(started))
    }

    @Test("a parser that dies on one document is restarted; that document fails after its attempts, naming it; the others are reported")
    func parserCrashFailsTheDocumentAlone() throws {
        let (output, out, seconds) = try Self.run(crash: "parser:crash-me", label: "Crashport")
        print("parser crash: exit \(output.status) after \(String(format: "%.1f", seconds)) s")
        #expect(output.status == ExitStatus.someInputsFailed, "stderr: \(output.stderr)")
        let run = try FaultTests.run(out)
        let crashed = try #require(run.documents.first { $0.path.hasSuffix("crash-me.txt") })
        #expect(crashed.status == .failed)
        #expect(crashed.error?.contains("gave up after 3 attempts") == true, "\(crashed.error ?? "-")")
        #expect(crashed.error?.contains("parser-1 was lost while holding it") == true, "\(crashed.error ?? "-")")
        let others = run.documents.filter { !$0.path.hasSuffix("crash-me.txt") }
        #expect(others.count == 2 && others.allSatisfy { $0.status == .ok }, "\(others)")
        #expect(try FaultTests.reportPaths(out).count == 2)
        #expect(run.instances.contains { $0.instance == "parser-1" && ($0.lost ?? 0) >= 1 }, "\(run.instances)")
        #expect(seconds < 40)
    }

    @Test("a matcher that dies on the bundle is restarted, then the job fails naming the matcher and the bundle; no hang")
    func matcherCrashFailsTheJob() throws {
        let (output, out, seconds) = try Self.run(crash: "matcher:/match", label: "Crashvale")
        print("matcher crash: exit \(output.status) after \(String(format: "%.1f", seconds)) s")
        #expect(output.status == ExitStatus.noReport, "stderr: \(output.stderr)")
        #expect(output.stderr.contains("matcher failed"), "\(output.stderr)")
        #expect(output.stderr.contains("gave up after 3 attempts"), "\(output.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("report.json").path))
        #expect(seconds < 40)
    }
}
