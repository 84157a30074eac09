import CrosscheckTestKit
import Foundation
import Testing

/// A stage that cannot start under `crosscheck run` (knowledge it cannot read) fails the run in
/// seconds with one sentence naming the stage, its exit status and its own error, instead of
/// every document failing after the coordinator's 30 s wait for workers; a relative
/// `CROSSCHECK_KNOWLEDGE_DATA` is resolved against the command's working directory.
@Suite("Stages that cannot start fail the run at once (real processes)", .serialized)
struct StageStartFailureTests {
    private static func run(data: String, in folder: URL = RepositoryPaths.root, label: String)
        throws -> (output: CommandRunner.Output, seconds: Double)
    {
        let articles = try FaultRig.articles(label, count: 2)
        let out = try RepositoryPaths.temporaryFolder("\(label)-out")
        let started = Date()
        let output = try CommandRunner.run(
            "crosscheck", ["run", articles.path, "--out", out.path, "--no-embeddings", "--timeout", "60"],
            timeout: 90, environment: ["CROSSCHECK_KNOWLEDGE_DATA": data], workingDirectory: folder)
        let seconds = Date().timeIntervalSince(started)
        print("\(label): exit \(output.status) after \(String(format: "%.1f", seconds)) s")
        return (output, seconds)
    }

    @Test("an empty knowledge folder: the run fails in seconds, exit 2, naming the stage and the missing file")
    func emptyDataFolder() throws {
        let empty = try RepositoryPaths.temporaryFolder("kb-empty")
        let (output, seconds) = try Self.run(data: empty.path, label: "Emptykb")
        #expect(output.status == 2, "stderr: \(output.stderr)")
        #expect(seconds < 20, "took \(seconds) s")
        #expect(output.stderr.contains("stage ("), "stderr: \(output.stderr)")
        #expect(output.stderr.contains("exited at start-up"), "stderr: \(output.stderr)")
        #expect(output.stderr.contains("(status 1)"), "stderr: \(output.stderr)")
        #expect(output.stderr.contains("knowledge file \(empty.path)/"), "stderr: \(output.stderr)")
        #expect(!output.stderr.contains("was connected for"), "stderr: \(output.stderr)")
    }

    @Test("story add with an empty knowledge folder fails in seconds, naming the stage and the missing file")
    func storyAddEmptyDataFolder() throws {
        let empty = try RepositoryPaths.temporaryFolder("kb-empty-story")
        let articles = try FaultRig.articles("Storykb", count: 1)
        let stories = try RepositoryPaths.temporaryFolder("kb-empty-stories")
        let started = Date()
        let output = try CommandRunner.run(
            "crosscheck", ["story", "add", "kb-story", articles.path, "--stories", stories.path, "--no-embeddings"],
            timeout: 90, environment: ["CROSSCHECK_KNOWLEDGE_DATA": empty.path])
        let seconds = Date().timeIntervalSince(started)
        #expect(output.status != 0, "stderr: \(output.stderr)")
        #expect(seconds < 20, "took \(seconds) s")
        #expect(output.stderr.contains("exited at start-up"), "stderr: \(output.stderr)")
        #expect(output.stderr.contains("knowledge file \(empty.path)/"), "stderr: \(output.stderr)")
    }

    @Test("a knowledge folder that does not exist is reported at once, naming it")
    func missingDataFolder() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("crosscheck-no-such-kb-\(UUID().uuidString.prefix(8))")
        let (output, seconds) = try Self.run(data: missing.path, label: "Missingkb")
        #expect(output.status == 2, "stderr: \(output.stderr)")
        #expect(seconds < 10, "took \(seconds) s")
        #expect(
            output.stderr.contains("CROSSCHECK_KNOWLEDGE_DATA names \(missing.path), which is not an existing folder"),
            "stderr: \(output.stderr)")
    }

    @Test("a relative knowledge folder is resolved against the command's working directory")
    func relativeDataFolder() throws {
        let base = try RepositoryPaths.temporaryFolder("kb-relative")
        try FileManager.default.copyItem(
            at: RepositoryPaths.root.appendingPathComponent("Shared/Knowledge/Data"),
            to: base.appendingPathComponent("kb"))
        let (output, _) = try Self.run(data: "kb", in: base, label: "Relativekb")
        #expect(output.status == 0, "stderr: \(output.stderr)")
    }
}
