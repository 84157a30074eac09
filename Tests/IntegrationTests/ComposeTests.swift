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
        #expect(dockerfile.contains("sh compose/pin-versions.sh compose/versions.txt Package.swift && swift package resolve"))
        #expect(dockerfile.contains("ENV CROSSCHECK_MODEL_DIR="))
        #expect(!FileManager.default.fileExists(atPath: Self.compose.appendingPathComponent("Package.resolved").path))
        let compose = try String(contentsOf: Self.compose.appendingPathComponent("docker-compose.yml"), encoding: .utf8)
        #expect(compose.contains("command: [\"crosscheck-encoder\", \"--connect\", \"tcp://coordinator:5571\"]"))

        let dest = try RepositoryPaths.temporaryFolder("dist")
        let copy = try Self.shell(["sh", "compose/install-binaries.sh", RepositoryPaths.binaries.path, dest.path])
        #expect(copy.status == 0, "\(copy.output)")
        let names = try FileManager.default.contentsOfDirectory(atPath: dest.path).sorted()
        let executables = [
            "crosscheck", "crosscheck-coordinator", "crosscheck-encoder", "crosscheck-matcher", "crosscheck-parser",
            "crosscheck-resolver", "crosscheck-writer",
        ]
        #expect(names.filter { !$0.hasSuffix(".resources") } == executables, "\(names)")
        #expect(names.contains { $0.hasSuffix(".resources") })
        for name in executables {
            #expect(FileManager.default.isExecutableFile(atPath: dest.appendingPathComponent(name).path))
        }
    }

    @Test("the image's dependencies are pinned to exact versions from compose/versions.txt; an unpinned one is refused")
    func dependenciesPinned() throws {
        let scratch = try RepositoryPaths.temporaryFolder("pins")
        let manifest = scratch.appendingPathComponent("Package.swift")
        try FileManager.default.copyItem(at: RepositoryPaths.root.appendingPathComponent("Package.swift"), to: manifest)
        let versions = Self.compose.appendingPathComponent("versions.txt")
        let pinned = try Self.shell(["sh", "compose/pin-versions.sh", versions.path, manifest.path])
        #expect(pinned.status == 0, "\(pinned.output)")
        let lines = try String(contentsOf: manifest, encoding: .utf8).split(separator: "\n").filter { $0.contains(".package(url:") }
        let pins = try String(contentsOf: versions, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }
        #expect(!lines.isEmpty && lines.count == pins.count, "\(lines)")
        for pin in pins {
            let parts = pin.split(separator: " ")
            #expect(lines.contains { $0.contains("url: \"\(parts[0])\", exact: \"\(parts[1])\"") }, "\(pin) not applied: \(lines)")
        }
        let partial = scratch.appendingPathComponent("partial.txt")
        try pins.dropLast().joined(separator: "\n").write(to: partial, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: manifest)
        try FileManager.default.copyItem(at: RepositoryPaths.root.appendingPathComponent("Package.swift"), to: manifest)
        let refused = try Self.shell(["sh", "compose/pin-versions.sh", partial.path, manifest.path])
        #expect(refused.status != 0 && refused.output.contains("without a pin"), "\(refused.output)")
    }
}
