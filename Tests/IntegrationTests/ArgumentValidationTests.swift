import CrosscheckTestKit
import Foundation
import Testing

/// Bad option values are refused while the command line is parsed: usage text, exit code 64, and
/// no child process started.
@Suite("Option values checked at parse time")
struct ArgumentValidationTests {
    @Test("a bad --replicas value prints usage and names the value", arguments: ["nobody=1", "parser=0", "parser"])
    func badReplicas(spec: String) throws {
        let out = try RepositoryPaths.temporaryFolder("bad-replicas")
        let result = try CommandRunner.run("crosscheck", ["run", "seeds", "--out", out.path, "--replicas", spec], timeout: 60)
        #expect(result.status == 64, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("Usage:"))
        #expect(result.stderr.contains(spec))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("run.json").path))
    }

    @Test("a misspelt --log-level prints usage instead of logging at info")
    func badLogLevel() throws {
        let result = try CommandRunner.run("crosscheck-parser", ["--log-level", "loud"], timeout: 60)
        #expect(result.status == 64, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("Usage:"))
        #expect(result.stderr.contains("loud"))
    }
}
