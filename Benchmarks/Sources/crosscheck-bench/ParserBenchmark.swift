import BenchmarkSupport
import CrosscheckSchema
import Foundation
import ParserKit

/// Measures the parser alone on `SyntheticArticles`, which are the same on every machine.
enum ParserBenchmark {
    /// One run's figures.
    struct Result: Sendable {
        var documents: Int
        var bytes: Int
        var words: Int
        var sentences: Int
        var seconds: Double
        var peakRSSBytes: Int
        var wordsPerSecond: Double { seconds > 0 ? Double(words) / seconds : 0 }
        var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1_048_576 / seconds : 0 }
    }

    /// Parses at least `corpusBytes` of articles, one document each (generation is not timed).
    static func measure(corpusBytes: Int) throws -> Result {
        try time(SyntheticArticles.corpus(bytes: corpusBytes))
    }

    /// Parses the same articles joined into one document of at least `bytes`.
    static func measureOneDocument(bytes: Int) throws -> Result {
        let text = SyntheticArticles.corpus(bytes: bytes).map(\.content).joined(separator: "\n\n")
        return try time([RawDocument(id: "huge", path: "huge.txt", data: Data(text.utf8))])
    }

    private static func time(_ documents: [RawDocument]) throws -> Result {
        let parser = ArticleParser()
        var words = 0
        var sentences = 0
        var bytes = 0
        let clock = ContinuousClock()
        let start = clock.now
        for raw in documents {
            bytes += raw.bytes
            let parsed = try parser.parse(raw)
            words += parsed.words
            sentences += parsed.sentences.count
        }
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Result(
            documents: documents.count, bytes: bytes, words: words, sentences: sentences, seconds: seconds,
            peakRSSBytes: PeakMemory.bytes)
    }
}
