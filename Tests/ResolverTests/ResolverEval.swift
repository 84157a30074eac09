import CrosscheckSchema
import Foundation
import Testing
@testable import ResolverKit

/// Runs the resolver over the gold bundles; with `CROSSCHECK_EVAL_OUT` set, writes the linked
/// entities as JSON there for `scripts/eval-entities` to score.
@Suite("ResolverEval")
struct ResolverEval {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func bundle(_ folder: URL) throws -> [ParsedDocument] {
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        return try files.map { file in
            DocumentBuilder.document(id: file.deletingPathExtension().lastPathComponent,
                                     text: try String(contentsOf: file, encoding: .utf8))
        }
    }

    /// The seeds plus every folder of `Tests/Gold/bundles`.
    static var bundles: [(name: String, folder: URL)] {
        let gold = root.appendingPathComponent("Tests/Gold/bundles")
        let folders = (try? FileManager.default.contentsOfDirectory(at: gold, includingPropertiesForKeys: nil)) ?? []
        return [("seeds", root.appendingPathComponent("seeds"))]
            + folders.filter { $0.hasDirectoryPath }.sorted { $0.lastPathComponent < $1.lastPathComponent }
                .map { ($0.lastPathComponent, $0) }
    }

    @Test("Gold bundles resolve; mention texts equal their spans")
    func run() throws {
        let resolver = EntityResolver(lexicon: EvalLexicon.shared)
        let linker = EntityLinker(lexicon: EvalLexicon.shared)
        var output: [String: [Entity]] = [:]
        for (name, folder) in Self.bundles {
            let documents = try Self.bundle(folder)
            #expect(!documents.isEmpty)
            let linked = linker.link(documents.map(resolver.resolve))
            let texts = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, SourceText($0.text)) })
            for entity in linked.entities {
                for mention in entity.mentions {
                    #expect(texts[mention.doc]?[mention.start, mention.end] == mention.text)
                }
            }
            output[name] = linked.entities
        }
        if let path = ProcessInfo.processInfo.environment["CROSSCHECK_EVAL_OUT"] {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            try encoder.encode(output).write(to: URL(fileURLWithPath: path))
        }
    }
}
