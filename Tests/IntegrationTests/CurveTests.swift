import CrosscheckKit
import CrosscheckSchema
import CrosscheckTestKit
import Foundation
import Testing
import ZeroMQ

/// CURVE on both coordinator sockets, with a ZAP handler admitting only known keys.
@Suite("CURVE security (real processes)", .serialized)
struct CurveTests {
    static func keys(_ label: String) throws -> URL {
        let folder = try RepositoryPaths.temporaryFolder(label).appendingPathComponent("keys")
        let made = try CommandRunner.run("crosscheck", ["keys", folder.path])
        #expect(made.status == 0, "\(made.stderr)")
        return folder
    }

    @Test("with --keys, a job runs over CURVE; unknown keys and plain clients are kept out")
    func curveJob() throws {
        #expect(ZMQContext.has("curve"), "libzmq lacks CURVE")
        let keys = try Self.keys("curve")
        let secret = try FileManager.default.attributesOfItem(atPath: keys.appendingPathComponent("worker.secret").path)
        #expect((secret[.posixPermissions] as? Int) == 0o600)
        let rig = try FaultRig(label: "curve")
        defer { rig.stopAll() }
        try rig.startCoordinator(["--keys", keys.path])
        rig.workerArguments = ["--keys", keys.path]
        try rig.startWorkers()

        // An intruder: it knows the coordinator's public key but has a pair of its own.
        let other = try Self.keys("intruder")
        try FileManager.default.removeItem(at: other.appendingPathComponent("coordinator.public"))
        try FileManager.default.copyItem(
            at: keys.appendingPathComponent("coordinator.public"),
            to: other.appendingPathComponent("coordinator.public"))
        rig.workerArguments = ["--keys", other.path]
        try rig.startWorker(.parser, instance: "parser-intruder")

        let articles = try FaultRig.articles("Keyhaven", count: 2)
        let out = try RepositoryPaths.temporaryFolder("curve-out")
        let good = try rig.submit([articles.path], out: out, extra: ["--keys", keys.path])
        #expect(good.status == 0, "stderr: \(good.stderr)")
        let run = try JSONDecoder().decode(RunSummary.self, from: Data(contentsOf: out.appendingPathComponent("run.json")))
        #expect(!run.instances.contains { $0.instance == "parser-intruder" })
        let log = rig.coordinatorLog()
        #expect(log.contains("refused a connection"))
        #expect(!log.contains("instance=parser-intruder"))

        let plain = try rig.submit([articles.path], out: out, extra: ["--timeout", "3"])
        #expect(plain.status == ExitStatus.timedOut, "stderr: \(plain.stderr)")
    }

    @Test("binding beyond loopback without keys is refused unless --insecure")
    func insecureBindRefused() throws {
        let rig = try FaultRig(label: "exposed")
        #expect(throws: (any Error).self) {
            try rig.startCoordinator(frontend: "tcp://0.0.0.0:0", backend: "tcp://127.0.0.1:*")
        }
        rig.stopAll()
        #expect(rig.coordinatorLog().contains("refusing to bind tcp://0.0.0.0:0 without CURVE keys"), "\(rig.coordinatorLog())")
    }
}
