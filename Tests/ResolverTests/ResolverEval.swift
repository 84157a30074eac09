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
            DocumentBuilder.document(
                id: file.deletingPathExtension().lastPathComponent,
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

@Suite("Seed checks")
struct SeedChecks {
    static let linked: LinkedBundle? = {
        guard let documents = try? ResolverEval.bundle(ResolverEval.root.appendingPathComponent("seeds")) else { return nil }
        let resolver = EntityResolver(lexicon: EvalLexicon.shared)
        return EntityLinker(lexicon: EvalLexicon.shared).link(documents.map(resolver.resolve))
    }()

    @Test("Spellings, surnames and an unnamed title of the seeds resolve to one person each")
    func people() throws {
        let bundle = try #require(Self.linked)
        let duric = try #require(bundle.entity(of: "Marko Đurić"))
        #expect(bundle.entity(of: "Marko Djuric") == duric)
        #expect(bundle.entity(of: "Djuric") == duric)
        #expect(bundle.entity(of: "Đurić") == duric)
        #expect(bundle.entity(id: duric)?.name == "Marko Đurić")
        let anusic = try #require(bundle.entity(of: "Ivan Anušić"))
        #expect(bundle.entity(of: "Defense Minister", doc: "003_619fccd1600e42c9") == anusic)
        #expect(bundle.entity(of: "Plenković") == bundle.entity(of: "Andrej Plenković"))
    }

    @Test("Capitals as governments, the 1996 accords and scare-quoted Kosovo")
    func metonymsAgreementsAndQuotes() throws {
        let bundle = try #require(Self.linked)
        let zagreb = try #require(bundle.mention("Zagreb"))
        #expect(zagreb.via == .metonym)
        #expect(zagreb.entity == bundle.entity(of: "Croatia"))
        #expect(bundle.mention("Tirana")?.via == .name)
        let accords = try #require(bundle.entity(of: "1996 military accords"))
        #expect(bundle.entity(of: "1996 Agreement on Sub-Regional Arms Control") == accords)
        #expect(bundle.entity(of: "1996 subregional arms control agreement") == accords)
        let kosovo = try #require(bundle.entity(id: "kosovo"))
        let quoted = kosovo.mentions.filter { $0.doc == "000_41ed7e56b18e9f8b" && $0.scareQuoted }.count
        #expect(quoted >= 10)
        #expect(kosovo.mentions.filter { $0.doc == "004_aee7e02e3a682622" && $0.scareQuoted }.isEmpty)
    }
}
