import Foundation
import Testing
@testable import ParserKit

/// The benchmark corpus is deterministic and parses cleanly; the timed run is opt-in
/// (`PARSER_BENCH_MB=10 swift test -c release --filter ParserBench`).
@Suite("ParserBench")
struct ParserBenchmarkTests {
    @Test func corpusIsDeterministicAndLargeEnough() throws {
        let a = ParserBenchmark.corpus(bytes: 200_000)
        let b = ParserBenchmark.corpus(bytes: 200_000)
        #expect(a == b)
        #expect(a.reduce(0) { $0 + $1.bytes } >= 200_000)
        let doc = try ArticleParser().parse(try #require(a.first))
        ParserTestSupport.checkInvariants(doc)
        #expect(doc.authors.count == 2 || doc.authors.count == 1)
        #expect(doc.published != nil)
        #expect(doc.quotes.contains { $0.kind == .speech && $0.speakerText != nil })
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["PARSER_BENCH_MB"] != nil))
    func timedRun() {
        let megabytes = Int(ProcessInfo.processInfo.environment["PARSER_BENCH_MB"] ?? "") ?? 10
        let result = ParserBenchmark.measure(corpusBytes: megabytes * 1_048_576)
        print("parser benchmark: \(result.documents) documents, \(result.bytes) bytes, \(result.words) words in \(result.seconds) s = \(Int(result.wordsPerSecond)) words/s, \(String(format: "%.2f", result.megabytesPerSecond)) MB/s, peak RSS \(result.peakRSSBytes / 1_048_576) MB")
        #expect(result.words > 0)
        #expect(result.bytes >= megabytes * 1_048_576)
    }
}
