import Foundation
import MatcherKit
import CrosscheckSchema
import Testing

/// Times 100, 1,000 and 10,000 documents. Opt-in (`CROSSCHECK_BENCH=1`): speed is measured by
/// `scripts/bench matcher`, not by the test suite on a shared, noisy machine.
@Suite struct MatcherBenchTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["CROSSCHECK_BENCH"] == "1"))
    func growsNearLinearly() {
        var rows: [(Int, Int, Double)] = []
        for n in [100, 1_000, 10_000] {
            let (claims, seconds, _) = MatcherBenchmark.run(documents: n)
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

/// The synthetic bundles carry disputed dates and figures; the matcher must find them at scale.
@Suite struct SyntheticBundleTests {
    @Test func syntheticDisputesAreFound() {
        let analysis = ClaimMatcher().analyse(SyntheticBundle.make(documents: 200))
        let conflicting = analysis.clusters.filter { $0.status == .conflicting }
        let slots = Set(conflicting.flatMap { $0.conflicts.map(\.slot) })
        print("SyntheticBundle clusters=\(analysis.clusters.count) conflicting=\(conflicting.count) slots=\(slots.sorted())")
        #expect(slots.isSuperset(of: ["date", "count"]))
        // Every event's signing is told by several documents: most sign claims sit in shared clusters.
        let signClaims = Set(analysis.claims.filter { $0.predicate == "sign" }.map(\.id))
        let shared = analysis.clusters.filter { $0.docs.count > 1 }.flatMap(\.claims).filter(signClaims.contains)
        #expect(Double(shared.count) > 0.8 * Double(signClaims.count))
    }
}
