import Foundation
import MatcherKit
import Testing

/// `swift test -c release --filter MatcherBench`: times 100, 1,000 and 10,000 documents.
@Suite struct MatcherBenchTests {
    @Test func growsNearLinearly() {
        var rows: [(Int, Int, Double)] = []
        for n in [100, 1_000, 10_000] {
            let (claims, seconds) = MatcherBenchmark.run(documents: n)
            rows.append((n, claims, seconds))
            print(String(format: "MatcherBench documents=%d claims=%d seconds=%.3f claims/s=%.0f", n, claims, seconds,
                         Double(claims) / max(seconds, 1e-9)))
        }
        #expect(rows.allSatisfy { $0.1 > $0.0 * 5 })
        // Ten times the documents must cost well under a hundred times the time.
        let ratio = rows[2].2 / max(rows[1].2, 1e-6)
        #expect(ratio < 25, "10k/1k time ratio \(ratio)")
    }
}
