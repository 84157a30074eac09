import CrosscheckKit
import CrosscheckSchema
import CrosscheckTestKit
import Foundation
import Testing

/// Replays the committed recording of the seeds run against fresh stage processes.
///
/// `CROSSCHECK_RECORD=1` (what `scripts/record-golden` sets) records it anew instead.
@Suite("Golden recording replay", .serialized)
struct GoldenRecordingTests {
    static let golden = RepositoryPaths.root.appendingPathComponent("Tests/Golden/seeds.ndjson")
    static let executables = ServiceExecutables(directory: RepositoryPaths.binaries)
    static var recording: Bool { ProcessInfo.processInfo.environment["CROSSCHECK_RECORD"] == "1" }

    @Test("every stage's replies equal the recorded ones", arguments: [Stage.parser, .resolver, .matcher, .writer])
    func replayMatches(stage: Stage) throws {
        if Self.recording {
            guard stage == .parser else { return }
            let out = try RepositoryPaths.temporaryFolder("golden")
            let result = try CommandRunner.run("crosscheck", ["run", "seeds", "--out", out.path, "--record", Self.golden.path])
            #expect(result.status == 0, "stderr: \(result.stderr)")
            return
        }
        let outcome = try ReplaySession(recording: Self.golden, stage: stage, executables: Self.executables).run()
        #expect(outcome.requests > 0)
        #expect(outcome.passed, "\(outcome.report)")
    }

    @Test("a changed stage output fails the replay with a readable diff")
    func tamperedRecordingFails() throws {
        guard !Self.recording else { return }
        let text = try String(contentsOf: Self.golden, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        // Change the first parser reply's first sentence end, as a stage regression would.
        let index = try #require(lines.firstIndex { $0.contains("\"type\":\"document.parsed\"") })
        var object = try #require(try JSONSerialization.jsonObject(with: Data(lines[index].utf8)) as? [String: Any])
        var payload = try #require(object["payload"] as? [String: Any])
        var sentences = try #require(payload["sentences"] as? [[String: Any]])
        let end = try #require(sentences[0]["end"] as? Int)
        sentences[0]["end"] = end + 1
        payload["sentences"] = sentences
        object["payload"] = payload
        lines[index] = String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        let tampered = try RepositoryPaths.temporaryFolder("tampered").appendingPathComponent("seeds.ndjson")
        try (lines.joined(separator: "\n") + "\n").write(to: tampered, atomically: true, encoding: .utf8)

        let result = try CommandRunner.run("crosscheck", ["replay", tampered.path, "--stage", "parser"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("payload.sentences[0].end: recorded \(end + 1), replayed \(end)"), "\(result.stdout)")
    }
}
