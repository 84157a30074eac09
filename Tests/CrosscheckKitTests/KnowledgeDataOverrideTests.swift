import CrosscheckKit
import Foundation
import Testing

/// `CROSSCHECK_KNOWLEDGE_DATA` is made absolute against the command's working directory, and a
/// folder that does not exist is an error naming it.
@Suite("Knowledge data folder override")
struct KnowledgeDataOverrideTests {
    @Test("a relative folder resolves against the working directory")
    func relative() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("kdo-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: base.appendingPathComponent("kb"), withIntermediateDirectories: true)
        let path = try KnowledgeDataOverride.resolve("./kb", workingDirectory: base.path)
        #expect(path == base.appendingPathComponent("kb").standardizedFileURL.path)
    }

    @Test("a missing folder or a file is refused, naming the path")
    func missing() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("kdo-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: base.appendingPathComponent("file"))
        for name in ["nope", "file"] {
            do {
                _ = try KnowledgeDataOverride.resolve(name, workingDirectory: base.path)
                Issue.record("\(name) was accepted")
            } catch let error as CrosscheckError {
                #expect(error.code == .badArgument)
                #expect(error.message.contains(base.appendingPathComponent(name).path), "\(error.message)")
            }
        }
    }
}
