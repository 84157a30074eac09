import ArgumentParser
import CrosscheckSchema
import Foundation
import Knowledge
import ParserKit
import ResolverKit

/// Parser and resolver on one document of growing size: seconds per MB at each size, so a
/// stage that grows faster than the document shows up (a linear stage keeps the same rate).
///
/// The document is the bench corpus's articles joined with blank lines, as a long dossier or a
/// concatenated feed would be.
struct BigDocumentBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bigdoc")

    @Option(parsing: .upToNextOption, help: "Document sizes in MB.")
    var megabytes: [Double] = [0.5, 1, 2, 3]

    func run() throws {
        let knowledge = try KnowledgeBase.bundled()
        let parser = ArticleParser(knowledge: knowledge)
        let resolver = EntityResolver(knowledge: knowledge)
        for size in megabytes {
            let bytes = Int(size * 1_048_576)
            let texts = try BenchCorpus.documents(bytes: bytes, root: URL(fileURLWithPath: "."))
                .map { String(decoding: $0.data, as: UTF8.self) }
            let text = texts.joined(separator: "\n\n")
            let raw = RawDocument(id: "big", path: "bench/big.txt", data: Data(text.utf8))
            var started = Date()
            let parsed = try parser.parse(raw)
            let parseSeconds = Date().timeIntervalSince(started)
            started = Date()
            let resolved = resolver.resolve(parsed)
            let resolveSeconds = Date().timeIntervalSince(started)
            let mb = Double(text.utf8.count) / 1_048_576
            print(String(format: "bigdoc %.1f MB: %d words; parse %.2f s (%.2f s/MB); resolve %.2f s (%.2f s/MB), %d mentions; peak %.0f MiB",
                         mb, parsed.words, parseSeconds, parseSeconds / mb, resolveSeconds, resolveSeconds / mb,
                         resolved.mentions.count, PeakMemory.megabytes))
        }
    }
}
