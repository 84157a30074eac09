import CrosscheckKit
import CrosscheckSchema
import CrosscheckTestKit
import Foundation
import Testing

/// Whether this process may make network namespaces (root, with `ip netns`).
private func namespacesAvailable() -> Bool {
    guard getuid() == 0, FileManager.default.isExecutableFile(atPath: MultiHostTests.ip) else { return false }
    return (try? MultiHostTests.sh([MultiHostTests.ip, "netns", "list"]).status) == 0
}

/// Several hosts for real: network namespaces joined by veth pairs, CURVE on.
///
/// Runs when root and `ip netns` are available (CI runs as root). The coordinator lives in one
/// namespace, parsers in a second and resolvers in a third; the addresses exist only inside
/// these namespaces. The seeds' report must equal a one-host run byte for byte, and a capture
/// on a veth must not show article text in clear.
@Suite(
    "Several hosts: network namespaces + CURVE (root)", .serialized,
    .enabled(if: namespacesAvailable(), "needs root and `ip netns`"))
struct MultiHostTests {
    static let ip = "/usr/sbin/ip"

    @discardableResult
    static func sh(_ arguments: [String]) throws -> (status: Int32, output: String) { try CommandRunner.shell(arguments) }

    /// Namespaces `<tag>-c` (coordinator), `<tag>-p` (parsers), `<tag>-r` (resolvers), with a
    /// veth pair from the coordinator's to each of the others.
    struct Network {
        let tag = "cc\(getpid() % 100_000)"
        var coordinator: String { "\(tag)-c" }
        var parsers: String { "\(tag)-p" }
        var resolvers: String { "\(tag)-r" }
        let coordinatorAddressP = "10.231.1.1", workerAddressP = "10.231.1.2"
        let coordinatorAddressR = "10.231.2.1", workerAddressR = "10.231.2.2"

        func up() throws {
            let steps: [[String]] = [
                ["netns", "add", coordinator], ["netns", "add", parsers], ["netns", "add", resolvers],
                ["link", "add", "\(tag)cp", "netns", coordinator, "type", "veth", "peer", "name", "\(tag)pc", "netns", parsers],
                ["link", "add", "\(tag)cr", "netns", coordinator, "type", "veth", "peer", "name", "\(tag)rc", "netns", resolvers],
                ["-n", coordinator, "addr", "add", "\(coordinatorAddressP)/30", "dev", "\(tag)cp"],
                ["-n", parsers, "addr", "add", "\(workerAddressP)/30", "dev", "\(tag)pc"],
                ["-n", coordinator, "addr", "add", "\(coordinatorAddressR)/30", "dev", "\(tag)cr"],
                ["-n", resolvers, "addr", "add", "\(workerAddressR)/30", "dev", "\(tag)rc"],
            ]
            for step in steps {
                let result = try MultiHostTests.sh([MultiHostTests.ip] + step)
                guard result.status == 0 else {
                    throw CrosscheckError(code: .commandFailed, message: "ip \(step.joined(separator: " ")): \(result.output)")
                }
            }
            for (ns, links) in [(coordinator, ["lo", "\(tag)cp", "\(tag)cr"]), (parsers, ["lo", "\(tag)pc"]), (resolvers, ["lo", "\(tag)rc"])] {
                for link in links { try MultiHostTests.sh([MultiHostTests.ip, "-n", ns, "link", "set", link, "up"]) }
            }
        }

        func down() {
            for ns in [coordinator, parsers, resolvers] { _ = try? MultiHostTests.sh([MultiHostTests.ip, "netns", "del", ns]) }
        }

        /// A child process of `executable` inside namespace `ns`.
        func start(
            _ name: String, in ns: String, _ executable: URL, _ arguments: [String], logs: URL,
            captureOutput: Bool = false
        ) throws -> ChildProcess {
            try ChildProcess(
                name: name, executable: URL(fileURLWithPath: MultiHostTests.ip),
                arguments: ["netns", "exec", ns, executable.path] + arguments,
                logFile: logs.appendingPathComponent("\(name).log"), captureOutput: captureOutput)
        }
    }

    @Test("seeds across three namespaces with CURVE: same report as one host, no article text on the wire")
    func seedsAcrossNamespaces() throws {
        let logs = try RepositoryPaths.temporaryFolder("netns-logs")
        let oneHost = try RepositoryPaths.temporaryFolder("netns-onehost")
        // Paths are part of the report, so both runs name the seeds the same way (absolute).
        let local = try CommandRunner.run("crosscheck", ["run", RepositoryPaths.seeds.path, "--out", oneHost.path])
        #expect(local.status == 0, "\(local.stderr)")

        let keys = logs.appendingPathComponent("keys")
        #expect(try CommandRunner.run("crosscheck", ["keys", keys.path]).status == 0)
        let network = Network()
        network.down()
        try network.up()
        defer { network.down() }
        let exe = ServiceExecutables(directory: RepositoryPaths.binaries)
        var children: [ChildProcess] = []
        defer { children.reversed().forEach { $0.stop(grace: 3) } }
        let beat = ["--heartbeat-ms", "200", "--liveness", "5", "--keys", keys.path]
        let coordinator = try network.start(
            "coordinator", in: network.coordinator, exe.url(for: .coordinator),
            ["--frontend", "tcp://127.0.0.1:5570", "--backend", "tcp://*:5571"] + beat,
            logs: logs, captureOutput: true)
        children.append(coordinator)
        _ = try coordinator.readLine(timeout: 20)
        let capture = logs.appendingPathComponent("veth.bin"), stop = logs.appendingPathComponent("stop")
        let sniffer = try network.start(
            "capture", in: network.coordinator,
            RepositoryPaths.root.appendingPathComponent("scripts/netns-capture"),
            ["\(network.tag)cp", capture.path, "60", stop.path], logs: logs, captureOutput: true)
        children.append(sniffer)
        _ = try sniffer.readLine(timeout: 10)
        let placements: [(Stage, String, String)] = [
            (.parser, network.parsers, "tcp://\(network.coordinatorAddressP):5571"),
            (.parser, network.parsers, "tcp://\(network.coordinatorAddressP):5571"),
            (.resolver, network.resolvers, "tcp://\(network.coordinatorAddressR):5571"),
            (.resolver, network.resolvers, "tcp://\(network.coordinatorAddressR):5571"),
            (.matcher, network.coordinator, "tcp://127.0.0.1:5571"),
            (.writer, network.coordinator, "tcp://127.0.0.1:5571"),
            (.encoder, network.parsers, "tcp://\(network.coordinatorAddressP):5571"),
        ]
        for (n, (stage, ns, endpoint)) in placements.enumerated() {
            children.append(
                try network.start(
                    "\(stage.rawValue)-\(n)", in: ns, exe.url(for: stage),
                    ["--connect", endpoint, "--instance", "\(stage.rawValue)-\(n)"] + beat, logs: logs))
        }
        let out = logs.appendingPathComponent("out")
        let submit = try network.start(
            "submit", in: network.coordinator, exe.directory.appendingPathComponent("crosscheck"),
            [
                "submit", RepositoryPaths.seeds.path, "--connect", "tcp://127.0.0.1:5570",
                "--out", out.path, "--keys", keys.path, "--timeout", "120", "--embeddings",
            ],
            logs: logs)
        submit.process.waitUntilExit()
        FileManager.default.createFile(atPath: stop.path, contents: nil)
        sniffer.process.waitUntilExit()
        #expect(
            submit.process.terminationStatus == 0,
            "\((try? String(contentsOf: logs.appendingPathComponent("submit.log"), encoding: .utf8)) ?? "")")

        let distributed = try Data(contentsOf: out.appendingPathComponent("report.json"))
        #expect(distributed == (try Data(contentsOf: oneHost.appendingPathComponent("report.json"))))
        let run = try JSONDecoder().decode(RunSummary.self, from: Data(contentsOf: out.appendingPathComponent("run.json")))
        #expect(run.instances.filter { $0.stage == .parser && $0.messages > 0 }.count >= 1)

        let wire = try Data(contentsOf: capture)
        #expect(wire.count > 10_000, "the capture saw \(wire.count) bytes; the traffic did not cross the veth")
        for file in try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.seeds.path) where file.hasSuffix(".txt") {
            let text = try String(contentsOf: RepositoryPaths.seeds.appendingPathComponent(file), encoding: .utf8)
            let lines = text.split(separator: "\n").map(String.init).filter { $0.utf8.count > 80 }
            for line in lines.prefix(3) {
                let needle = Data(line.utf8.prefix(40))
                #expect(wire.range(of: needle) == nil, "article text of \(file) seen in clear on the veth")
            }
        }
    }
}
