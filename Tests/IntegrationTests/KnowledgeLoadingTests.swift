import CrosscheckTestKit
import Foundation
import Testing

/// Knowledge that cannot load never becomes an empty lexicon: the stage stops at start-up with
/// the `KnowledgeError` naming the file (a data folder without the name-typer, trigger-tagger or
/// participant model, or with a malformed one).
@Suite("Knowledge that cannot load fails the stage, naming the file")
struct KnowledgeLoadingTests {
    /// A copy of the bundled knowledge files, with `model` as `models/name-typer.json` if given.
    private func dataFolder(model: Data?) throws -> URL {
        let folder = try RepositoryPaths.temporaryFolder("kb-data")
        let source = RepositoryPaths.root.appendingPathComponent("Shared/Knowledge/Data")
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) where name.hasSuffix(".json") {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        if let model {
            let models = folder.appendingPathComponent("models")
            try FileManager.default.createDirectory(at: models, withIntermediateDirectories: true)
            try model.write(to: models.appendingPathComponent("name-typer.json"))
        }
        return folder
    }

    private func startResolver(data folder: URL) throws -> CommandRunner.Output {
        try CommandRunner.run(
            "crosscheck-resolver", ["--connect", "tcp://127.0.0.1:9", "--instance", "resolver-kb"], timeout: 60,
            environment: ["CROSSCHECK_KNOWLEDGE_DATA": folder.path])
    }

    @Test("a missing name-typer model stops the resolver with an error naming it")
    func missingModel() throws {
        let folder = try dataFolder(model: nil)
        let result = try startResolver(data: folder)
        #expect(result.status != 0)
        #expect(result.stderr.contains("knowledge file \(folder.path)/models/name-typer.json: cannot be read"), "stderr: \(result.stderr)")
    }

    @Test("a missing trigger-tagger model stops the matcher with an error naming it")
    func missingTriggerTagger() throws {
        let folder = try dataFolder(model: nil)
        let result = try CommandRunner.run(
            "crosscheck-matcher", ["--connect", "tcp://127.0.0.1:9", "--instance", "matcher-kb"], timeout: 60,
            environment: ["CROSSCHECK_KNOWLEDGE_DATA": folder.path])
        #expect(result.status != 0)
        #expect(
            result.stderr.contains("knowledge file \(folder.path)/models/trigger-tagger.json: cannot be read"), "stderr: \(result.stderr)")
    }

    @Test("a missing participant model stops the matcher with an error naming it")
    func missingParticipantModel() throws {
        let folder = try dataFolder(model: nil)
        let models = folder.appendingPathComponent("models")
        try FileManager.default.createDirectory(at: models, withIntermediateDirectories: true)
        let source = RepositoryPaths.root.appendingPathComponent("Shared/Knowledge/Data/models")
        try FileManager.default.copyItem(
            at: source.appendingPathComponent("trigger-tagger.json"), to: models.appendingPathComponent("trigger-tagger.json"))
        let result = try CommandRunner.run(
            "crosscheck-matcher", ["--connect", "tcp://127.0.0.1:9", "--instance", "matcher-kb"], timeout: 60,
            environment: ["CROSSCHECK_KNOWLEDGE_DATA": folder.path])
        #expect(result.status != 0)
        #expect(
            result.stderr.contains("knowledge file \(folder.path)/models/participant-model.json: cannot be read"),
            "stderr: \(result.stderr)")
    }

    @Test("a malformed name-typer model stops the resolver with an error naming it")
    func malformedModel() throws {
        let folder = try dataFolder(model: Data(#"{"format": "x"}"#.utf8))
        let result = try startResolver(data: folder)
        #expect(result.status != 0)
        #expect(result.stderr.contains("knowledge file \(folder.path)/models/name-typer.json: malformed"), "stderr: \(result.stderr)")
    }
}
