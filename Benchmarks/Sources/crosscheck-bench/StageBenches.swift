import ArgumentParser
import BenchmarkSupport
import CrosscheckSchema
import Foundation
import Knowledge
import MatcherKit
import ParserKit
import ReportKit
import ResolverKit

/// Parser alone: words per second over a corpus of at least `--megabytes` MB, peak memory.
struct ParserBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "parser")

    @Option(help: "Size of the synthetic corpus in MB.")
    var megabytes = 10

    @Flag(help: "Also parse the corpus joined into one document of 50 MB.")
    var hugeDocument = false

    func run() throws {
        let r = try ParserBenchmark.measure(corpusBytes: megabytes << 20)
        print(
            String(
                format: "parser benchmark: %d documents, %d bytes, %d words in %.2f s = %.0f words/s, %.2f MB/s, peak RSS %d MB",
                r.documents, r.bytes, r.words, r.seconds, r.wordsPerSecond, r.megabytesPerSecond, r.peakRSSBytes >> 20))
        guard hugeDocument else { return }
        let h = try ParserBenchmark.measureOneDocument(bytes: 50 << 20)
        print(
            String(
                format: "parser 50 MB document: %d bytes, %d words, %d sentences in %.2f s, peak RSS %d MB",
                h.bytes, h.words, h.sentences, h.seconds, h.peakRSSBytes >> 20))
    }
}

/// Resolver alone (per-document resolution, then bundle linking): mentions and words per second.
struct ResolverBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "resolver")

    @Option(help: "Size of the corpus in MB.")
    var megabytes = 2

    func run() throws {
        let knowledge = try KnowledgeBase.bundled()
        let parsed = try BenchCorpus.parsed(bytes: megabytes << 20, knowledge: knowledge)
        let resolver = try EntityResolver(knowledge: knowledge)
        let started = Date()
        let resolved = parsed.map { resolver.resolve($0) }
        let resolveSeconds = Date().timeIntervalSince(started)
        let linkStart = Date()
        let bundle = try EntityLinker(knowledge: knowledge).link(resolved)
        let linkSeconds = Date().timeIntervalSince(linkStart)
        let words = parsed.reduce(0) { $0 + $1.words }
        let mentions = resolved.reduce(0) { $0 + $1.mentions.count }
        print(
            String(
                format: """
                    resolver: %d documents, %d words, %d mentions, %d entities
                      resolve: %.2f s = %.0f words/s, %.0f mentions/s
                      link:    %.2f s for the whole bundle
                      peak memory %.0f MiB
                    """, parsed.count, words, mentions, bundle.entities.count, resolveSeconds,
                Double(words) / resolveSeconds, Double(mentions) / resolveSeconds, linkSeconds, PeakMemory.megabytes))
    }
}

/// Matcher alone on synthetic bundles of growing size: time and claims per second, and how
/// the time grows (near 10× per 10× documents is linear).
struct MatcherBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "matcher")

    @Option(parsing: .upToNextOption, help: "Bundle sizes in documents.")
    var documents: [Int] = [100, 1000, 10000]

    @Flag(help: "Also print a digest of each analysis (sorted-key JSON), to check a change keeps the results.")
    var digest = false

    @Option(help: "How the synthetic names are drawn: fixed (small pools, the default) or long-tail (Zipf, as in real news).")
    var names: String = SyntheticBundle.Names.fixed.rawValue

    @Option(help: "With --digest, also write each analysis (sorted-key JSON) to DIR/matcher-N.json, to compare two builds.")
    var dump: String?

    func run() throws {
        guard let names = SyntheticBundle.Names(rawValue: names) else {
            throw ValidationError("--names must be one of \(SyntheticBundle.Names.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var previous: (docs: Int, seconds: Double, cpu: Double)?
        for n in documents {
            if digest {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                let bytes = try encoder.encode(try ClaimMatcher().analyse(SyntheticBundle.make(documents: n, names: names)))
                let hash = bytes.reduce(UInt64(0xCBF2_9CE4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 }
                print(String(format: "matcher: %6d documents, analysis digest %016llx (%d bytes)", n, hash, bytes.count))
                if let dump { try bytes.write(to: URL(fileURLWithPath: dump).appendingPathComponent("matcher-\(n).json")) }
            }
            let r = try MatcherBenchmark.run(documents: n, names: names)
            var line = String(
                format: "matcher: %6d documents, %7d claims in %6.2f s (CPU %6.2f s) = %.0f claims/s",
                n, r.claims, r.seconds, r.cpuSeconds, Double(r.claims) / r.seconds)
            if let p = previous {
                line += String(
                    format: "; ×%.1f documents took ×%.1f time (×%.1f CPU time)", Double(n) / Double(p.docs),
                    r.seconds / p.seconds, r.cpuSeconds / p.cpu)
            }
            print(line)
            previous = (n, r.seconds, r.cpuSeconds)
        }
        print(String(format: "matcher: peak memory %.0f MiB", PeakMemory.megabytes))
    }
}

/// Writer alone: time to render the three outputs for a bundle analysed in-process, and sizes.
struct WriterBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "writer")

    @Option(help: "Documents in the bundle.")
    var documents = 100

    @Option(help: "Take the documents from this folder's .txt files (e.g. made by scripts/gen-bundle) instead of the corpus.")
    var folder: String?

    func run() throws {
        let knowledge = try KnowledgeBase.bundled()
        let resolver = try EntityResolver(knowledge: knowledge)
        let resolved = try parsed(knowledge: knowledge).prefix(documents).map { resolver.resolve($0) }
        let bundle = try EntityLinker(knowledge: knowledge).link(resolved)
        let matched = Date()
        let analysis = try ClaimMatcher(knowledge: knowledge).analyse(bundle)
        let matchSeconds = Date().timeIntervalSince(matched)
        let writer = ReportWriter(knowledge: knowledge)
        let started = Date()
        let rendered = try writer.render(analysis)
        let seconds = Date().timeIntervalSince(started)
        print(
            String(
                format: "writer: %d documents (matched in %.3f s), %d claims, %d clusters rendered in %.3f s; "
                    + "json %.0f KB, md %.0f KB, html %.0f KB",
                analysis.documents.count, matchSeconds, analysis.claims.count, analysis.clusters.count, seconds,
                Double(rendered.json.utf8.count) / 1024, Double(rendered.markdown.utf8.count) / 1024,
                Double(rendered.html.utf8.count) / 1024))
    }

    /// The bench corpus, or the folder's `.txt` files in name order, parsed.
    private func parsed(knowledge: KnowledgeBase) throws -> [ParsedDocument] {
        guard let folder else { return try BenchCorpus.parsed(bytes: documents * 4096, knowledge: knowledge) }
        let base = URL(fileURLWithPath: folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        let parser = ArticleParser(knowledge: knowledge)
        return try names.prefix(documents).map { name in
            let data = try Data(contentsOf: base.appendingPathComponent(name))
            return try parser.parse(RawDocument(id: String(name.dropLast(4)), path: name, data: data))
        }
    }
}
