import CrosscheckTestKit
import Foundation
import Testing

/// What can be tested of `compose/` without a Docker engine: the compose file against the
/// Compose specification's schema, and the Dockerfile's copy step in a scratch folder.
@Suite("compose/ (no Docker engine needed)")
struct ComposeTests {
    static let compose = RepositoryPaths.root.appendingPathComponent("compose")

    static func shell(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try CommandRunner.shell(["/usr/bin/env"] + arguments)
    }

    @Test("the compose file is valid against the Compose spec schema, and a broken one is not")
    func composeFileValidates() throws {
        let good = try Self.shell(["bash", "scripts/check-compose"])
        #expect(good.status == 0, "\(good.output)")
        let broken = try RepositoryPaths.temporaryFolder("compose").appendingPathComponent("broken.yml")
        let text = try String(contentsOf: Self.compose.appendingPathComponent("docker-compose.yml"), encoding: .utf8)
        try text.replacingOccurrences(of: "restart: unless-stopped", with: "restart: [sometimes]")
            .write(to: broken, atomically: true, encoding: .utf8)
        let bad = try Self.shell(["bash", "scripts/check-compose", broken.path])
        #expect(bad.status == 1, "\(bad.output)")
    }

    @Test("the Dockerfile's copy step installs exactly the executables and resources; image settings hold")
    func dockerfileCopyStep() throws {
        let dockerfile = try String(contentsOf: Self.compose.appendingPathComponent("Dockerfile"), encoding: .utf8)
        #expect(dockerfile.contains("install-binaries.sh \"$(swift build -c release --show-bin-path)\" /dist"))
        #expect(dockerfile.contains("FROM swift:6.3-"))
        #expect(dockerfile.contains("\nUSER crosscheck"))
        #expect(dockerfile.contains("COPY compose/Package.resolved ./Package.resolved"))
        let resolved = try Data(contentsOf: Self.compose.appendingPathComponent("Package.resolved"))
        let pins = try #require(try JSONSerialization.jsonObject(with: resolved) as? [String: Any])["pins"] as? [[String: Any]]
        #expect(Set((pins ?? []).compactMap { $0["identity"] as? String })
            .isSuperset(of: ["swift-argument-parser", "swift-log", "swift-collections"]))

        let dest = try RepositoryPaths.temporaryFolder("dist")
        let copy = try Self.shell(["sh", "compose/install-binaries.sh", RepositoryPaths.binaries.path, dest.path])
        #expect(copy.status == 0, "\(copy.output)")
        let names = try FileManager.default.contentsOfDirectory(atPath: dest.path).sorted()
        let executables = ["crosscheck", "crosscheck-coordinator", "crosscheck-matcher", "crosscheck-parser",
                           "crosscheck-resolver", "crosscheck-writer"]
        #expect(names.filter { !$0.hasSuffix(".resources") } == executables, "\(names)")
        #expect(names.contains { $0.hasSuffix(".resources") })
        for name in executables {
            #expect(FileManager.default.isExecutableFile(atPath: dest.appendingPathComponent(name).path))
        }
    }
}
