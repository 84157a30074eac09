import BenchmarkSupport
import Foundation
import Testing

@testable import ParserKit

/// The synthetic benchmark corpus is deterministic and parses cleanly; its timing is
/// `scripts/bench parser` (`scripts/bench-parser`).
@Suite("ParserBench")
struct ParserBenchmarkTests {
    @Test func corpusIsDeterministicAndLargeEnough() throws {
        let a = SyntheticArticles.corpus(bytes: 200_000)
        let b = SyntheticArticles.corpus(bytes: 200_000)
        #expect(a == b)
        #expect(a.reduce(0) { $0 + $1.bytes } >= 200_000)
        let doc = try ArticleParser().parse(try #require(a.first))
        ParserTestSupport.checkInvariants(doc)
        #expect(doc.authors.count == 2 || doc.authors.count == 1)
        #expect(doc.published != nil)
        #expect(doc.quotes.contains { $0.kind == .speech && $0.speakerText != nil })
    }
}
