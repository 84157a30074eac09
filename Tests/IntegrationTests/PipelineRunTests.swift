import CrosscheckSchema
import CrosscheckTestKit
import Foundation
import Testing

/// `crosscheck run` as a user runs it: real executables, one process per stage, tcp loopback.
@Suite("crosscheck run (real processes)", .serialized)
struct PipelineRunTests {
    static func decode<T: Decodable>(_ type: T.Type, _ url: URL) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
    }

    @Test("the seeds run end to end with two resolvers that both take part")
    func seedsWithTwoResolvers() throws {
        let out = try RepositoryPaths.temporaryFolder("run")
        let result = try CommandRunner.run("crosscheck", ["run", "seeds", "--out", out.path, "--replicas", "resolver=2"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        for name in ["report.json", "report.md", "report.html", "run.json"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name) missing")
        }
        let report = try Self.decode(Report.self, out.appendingPathComponent("report.json"))
        #expect(report.documents.count == 5)
        #expect(report.documents.allSatisfy { $0.path.hasPrefix("seeds/") && !$0.sentences.isEmpty })
        #expect(!report.entities.isEmpty && !report.claims.isEmpty && !report.clusters.isEmpty)

        let run = try Self.decode(RunSummary.self, out.appendingPathComponent("run.json"))
        #expect(run.documents.count == 5 && run.documents.allSatisfy { $0.status == .ok })
        let resolvers = run.instances.filter { $0.stage == .resolver }
        #expect(resolvers.count == 2)
        #expect(resolvers.allSatisfy { $0.messages > 0 }, "both resolvers must handle documents: \(resolvers)")
        let pids = Set(run.instances.map(\.pid))
        #expect(pids.count == run.instances.count, "every instance is its own process")
        #expect(!pids.contains(Int(ProcessInfo.processInfo.processIdentifier)))
        #expect(Set(run.instances.map(\.stage)) == Set(Stage.allCases))
    }

    @Test("report.json is byte-identical across runs and replica counts")
    func deterministicReport() throws {
        let a = try RepositoryPaths.temporaryFolder("det-a"), b = try RepositoryPaths.temporaryFolder("det-b")
        #expect(try CommandRunner.run("crosscheck", ["run", "seeds", "--out", a.path]).status == 0)
        #expect(try CommandRunner.run("crosscheck", ["run", "seeds", "--out", b.path, "--replicas", "parser=2,resolver=3"]).status == 0)
        let first = try Data(contentsOf: a.appendingPathComponent("report.json"))
        let second = try Data(contentsOf: b.appendingPathComponent("report.json"))
        #expect(first == second)
    }

    /// Every big frame (the link request, the analysis, the writer's report, the job's result) in
    /// parts of 4 KiB: the stages and the coordinator send them as pieces without copying, the
    /// coordinator splices the writer's report into the job's result without joining it into a
    /// new frame, and the CLI joins hundreds of parts. The files must be the same bytes.
    @Test("with small parts, the report crosses the coordinator and the CLI in hundreds of parts; the files are identical")
    func smallPartsSameFiles() throws {
        let plain = try RepositoryPaths.temporaryFolder("parts-plain"), parted = try RepositoryPaths.temporaryFolder("parts-small")
        let record = parted.appendingPathComponent("run.ndjson").path
        #expect(try CommandRunner.run("crosscheck", ["run", "seeds", "--out", plain.path, "--no-embeddings"]).status == 0)
        let result = try CommandRunner.run(
            "crosscheck", ["run", "seeds", "--out", parted.path, "--no-embeddings", "--record", record],
            environment: ["CROSSCHECK_PART_BYTES": "4096"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        for name in ["report.json", "report.md", "report.html", "report.annotations.jsonld"] {
            let a = try Data(contentsOf: plain.appendingPathComponent(name))
            let b = try Data(contentsOf: parted.appendingPathComponent(name))
            #expect(a == b, "\(name) differs with small parts")
        }
        // The recording holds the job.result as it crossed the coordinator: whole, one line.
        let lines = try String(contentsOfFile: record, encoding: .utf8).split(separator: "\n")
        let results = lines.filter { $0.contains("\"type\":\"job.result\"") }
        #expect(results.count == 1)
        let frame = Data((results.first ?? "").utf8) + Data([0x0A])
        #expect(frame.count > 100 * 4096, "the result is over a hundred parts long: \(frame.count) bytes")
        let report = try Data(contentsOf: plain.appendingPathComponent("report.json"))
        guard case .success(let envelope) = MessageCodec().decode(frame), case .jobResult(let job) = envelope.payload else {
            Issue.record("the recorded job.result does not decode")
            return
        }
        #expect(job.report.map { Data($0.json.utf8) } == report)
    }

    @Test("bad inputs fail one by one with reasons naming them, and the rest of the run goes on")
    func badInputs() throws {
        let inputs = try RepositoryPaths.temporaryFolder("bad")
        let write = { (name: String, data: Data) in try data.write(to: inputs.appendingPathComponent(name)) }
        try write("empty.txt", Data())
        try write("binary.txt", Data((0..<2048).map { UInt8($0 % 256) }))
        try write(
            "latin1.txt",
            Data([0x43, 0x61, 0x66, 0xE9]) + Data(" owner Maria Lopez said the shop reopened on Monday after the flood in the valley.".utf8))
        try write(
            "page.txt",
            Data(
                ("<!DOCTYPE html><html><head><title>x</title></head><body><p>Officials said the bridge in the capital reopened.</p>"
                    + "<script>alert(1)</script></body></html>").utf8))
        try FileManager.default.copyItem(
            at: RepositoryPaths.seeds.appendingPathComponent("003_619fccd1600e42c9.txt"),
            to: inputs.appendingPathComponent("good.txt"))
        let out = try RepositoryPaths.temporaryFolder("bad-out")
        let result = try CommandRunner.run("crosscheck", ["run", inputs.path, inputs.appendingPathComponent("missing.txt").path, "--out", out.path])
        #expect(result.status == 1, "some inputs failed: exit 1, report still written. stderr: \(result.stderr)")
        let run = try Self.decode(RunSummary.self, out.appendingPathComponent("run.json"))
        let fates = Dictionary(uniqueKeysWithValues: run.documents.map { ($0.id, $0) })
        #expect(fates["good"]?.status == .ok)
        for id in ["empty", "binary", "missing"] {
            let fate = try #require(fates[id], "\(id) must be accounted for")
            #expect(fate.status == .failed)
            #expect(fate.error?.contains(id) == true, "the reason names the input: \(fate.error ?? "nil")")
        }
        #expect(fates["latin1"]?.status == .ok && fates["latin1"]?.warnings.isEmpty == false, "invalid UTF-8 is decoded with a warning")
        #expect(fates["page"] != nil)
        #expect(result.stderr.contains("empty.txt") && result.stderr.contains("binary.txt"))
        let report = try Self.decode(Report.self, out.appendingPathComponent("report.json"))
        #expect(Set(report.failed.map(\.id)).isSuperset(of: ["empty", "binary", "missing"]))
    }
}
