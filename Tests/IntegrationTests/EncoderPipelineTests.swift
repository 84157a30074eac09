import CrosscheckSchema
import CrosscheckTestKit
import Foundation
import Testing

/// The encoder stage inside `crosscheck run`: replicas, determinism, and running without it.
@Suite("crosscheck run with the encoder stage (real processes)", .serialized)
struct EncoderPipelineTests {
    static let modelPresent: Bool = {
        let env = ProcessInfo.processInfo.environment
        let cache = env["CROSSCHECK_CACHE"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory() + "/.cache/crosscheck"
        let dirs = [env["CROSSCHECK_MODEL_DIR"], cache + "/models/all-MiniLM-L6-v2"].compactMap { $0 }
        return dirs.contains { FileManager.default.fileExists(atPath: $0 + "/model.safetensors") }
    }()

    static func decode<T: Decodable>(_ type: T.Type, _ url: URL) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
    }

    @Test(
        "two encoders both handle documents, and the report equals the one-encoder report byte for byte",
        .enabled(if: modelPresent, "model files absent (run scripts/setup)"))
    func twoEncoders() throws {
        let one = try RepositoryPaths.temporaryFolder("enc-1"), two = try RepositoryPaths.temporaryFolder("enc-2")
        let first = try CommandRunner.run("crosscheck", ["run", "seeds", "--out", one.path])
        #expect(first.status == 0, "stderr: \(first.stderr)")
        let second = try CommandRunner.run("crosscheck", ["run", "seeds", "--out", two.path, "--replicas", "encoder=2"])
        #expect(second.status == 0, "stderr: \(second.stderr)")
        let run = try Self.decode(RunSummary.self, two.appendingPathComponent("run.json"))
        let encoders = run.instances.filter { $0.stage == .encoder }
        #expect(encoders.map(\.instance).sorted() == ["encoder-1", "encoder-2"])
        #expect(encoders.allSatisfy { $0.messages > 0 && $0.errors == 0 }, "both encoders must handle documents: \(encoders)")
        #expect(run.embeddings == EmbeddingStatus(available: true, model: "all-MiniLM-L6-v2"))
        let a = try Data(contentsOf: one.appendingPathComponent("report.json"))
        let b = try Data(contentsOf: two.appendingPathComponent("report.json"))
        #expect(a == b)
        let report = try Self.decode(Report.self, two.appendingPathComponent("report.json"))
        #expect(report.embeddings == EmbeddingStatus(available: true, model: "all-MiniLM-L6-v2"))
    }

    @Test("without model files the run completes without vectors and says so once in run.json and the report")
    func withoutModel() throws {
        let empty = try RepositoryPaths.temporaryFolder("no-model"), out = try RepositoryPaths.temporaryFolder("no-model-out")
        let result = try CommandRunner.run(
            "crosscheck", ["run", "seeds", "--out", out.path],
            environment: ["CROSSCHECK_CACHE": empty.path, "CROSSCHECK_MODEL_DIR": ""])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let run = try Self.decode(RunSummary.self, out.appendingPathComponent("run.json"))
        #expect(run.documents.allSatisfy { $0.status == .ok })
        #expect(run.instances.contains { $0.stage == .encoder && $0.messages == 5 })
        let note = try #require(run.embeddings?.note)
        #expect(run.embeddings?.available == false)
        #expect(note.contains("no model files"), "\(note)")
        let report = try Self.decode(Report.self, out.appendingPathComponent("report.json"))
        #expect(report.embeddings == run.embeddings)
        let schema = try Data(contentsOf: RepositoryPaths.root.appendingPathComponent("schema/report.schema.json"))
        let errors = try JSONSchemaValidator(schemaData: schema).validate(Data(contentsOf: out.appendingPathComponent("report.json")))
        #expect(errors.isEmpty, "\(errors.prefix(5))")
        #expect(report.documents.count == 5 && !report.clusters.isEmpty)
        let markdown = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(markdown.components(separatedBy: "no model files").count == 2, "the note appears once in report.md")
    }

    @Test("--no-embeddings starts no encoder and says the vectors were turned off")
    func turnedOff() throws {
        let out = try RepositoryPaths.temporaryFolder("no-emb")
        let result = try CommandRunner.run("crosscheck", ["run", "seeds", "--out", out.path, "--no-embeddings"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let run = try Self.decode(RunSummary.self, out.appendingPathComponent("run.json"))
        #expect(!run.instances.contains { $0.stage == .encoder })
        #expect(run.embeddings?.available == false)
        #expect(run.embeddings?.note?.contains("--no-embeddings") == true)
    }
}
