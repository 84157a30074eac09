import ArgumentParser
import BenchmarkSupport
import CrosscheckSchema
import Foundation
import Knowledge
import MatcherKit
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

    @Option(help: "Take the document from this file (its first N MB, repeated if shorter) instead of the corpus.")
    var file: String?

    func run() throws {
        let knowledge = try KnowledgeBase.bundled()
        let parser = ArticleParser(knowledge: knowledge)
        let resolver = try EntityResolver(knowledge: knowledge)
        let linker = try EntityLinker(knowledge: knowledge)
        let matcher = try ClaimMatcher(knowledge: knowledge)
        for size in megabytes {
            let bytes = Int(size * 1_048_576)
            let text = try document(bytes: bytes)
            let raw = RawDocument(id: "big", path: "bench/big.txt", data: Data(text.utf8))
            var started = Date()
            let parsed = try parser.parse(raw)
            let parseSeconds = Date().timeIntervalSince(started)
            started = Date()
            let resolved = resolver.resolve(parsed)
            let resolveSeconds = Date().timeIntervalSince(started)
            started = Date()
            let bundle = linker.link([resolved])
            let linkSeconds = Date().timeIntervalSince(started)
            started = Date()
            let analysis = matcher.analyse(bundle)
            let matchSeconds = Date().timeIntervalSince(started)
            let mb = Double(text.utf8.count) / 1_048_576
            let format = "bigdoc %.2f MB: %d words, %d mentions, %d claims; s/MB: parse %.2f, resolve %.2f, link %.2f, match %.2f; peak %.0f MiB"
            print(
                String(
                    format: format,
                    mb, parsed.words, resolved.mentions.count, analysis.claims.count, parseSeconds / mb, resolveSeconds / mb,
                    linkSeconds / mb, matchSeconds / mb, PeakMemory.megabytes))
        }
    }

    /// About `bytes` bytes of text: the file's, repeated as needed, or the corpus's articles.
    private func document(bytes: Int) throws -> String {
        if let file {
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            guard !data.isEmpty else { throw BenchError("\(file) is empty") }
            var text = Data()
            while text.count < bytes { text.append(data.prefix(bytes - text.count)) }
            return String(decoding: text, as: UTF8.self)
        }
        let texts = try BenchCorpus.documents(bytes: bytes, root: URL(fileURLWithPath: "."))
        return texts.map { String(decoding: $0.data, as: UTF8.self) }.joined(separator: "\n\n")
    }
}
