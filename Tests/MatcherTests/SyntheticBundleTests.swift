import BenchmarkSupport
import CrosscheckSchema
import Foundation
import MatcherKit
import Testing

/// The synthetic bundles carry disputed dates and figures; the matcher must find them at scale.
@Suite struct SyntheticBundleTests {
    @Test func syntheticDisputesAreFound() {
        let analysis = testMatcher.analyse(SyntheticBundle.make(documents: 200))
        let conflicting = analysis.clusters.filter { $0.status == .conflicting }
        let slots = Set(conflicting.flatMap { $0.conflicts.map(\.slot) })
        print("SyntheticBundle clusters=\(analysis.clusters.count) conflicting=\(conflicting.count) slots=\(slots.sorted())")
        #expect(slots.isSuperset(of: ["date", "count"]))
        // Every event's signing is told by several documents: most sign claims sit in shared clusters.
        let signClaims = Set(analysis.claims.filter { $0.predicate == "sign" }.map(\.id))
        let shared = analysis.clusters.filter { $0.docs.count > 1 }.flatMap(\.claims).filter(signClaims.contains)
        #expect(Double(shared.count) > 0.8 * Double(signClaims.count))
    }

    /// Long-tail names (the benchmark's realistic mode) are drawn deterministically, differ from
    /// the fixed pools, and keep the disputes findable.
    @Test func longTailNamesAreDeterministicAndKeepDisputes() {
        let bundle = SyntheticBundle.make(documents: 200, names: .longTail)
        let again = SyntheticBundle.make(documents: 200, names: .longTail)
        #expect(bundle.documents.map(\.document.text) == again.documents.map(\.document.text))
        let fixed = Set(SyntheticBundle.make(documents: 200).entities.map(\.id).filter { $0.hasSuffix("ville") })
        let places = Set(bundle.entities.map(\.id).filter { $0.hasSuffix("ville") })
        #expect(places.subtracting(fixed).count > places.count / 2)
        let analysis = testMatcher.analyse(bundle)
        let slots = Set(analysis.clusters.filter { $0.status == .conflicting }.flatMap { $0.conflicts.map(\.slot) })
        #expect(slots.isSuperset(of: ["date", "count"]))
    }
}
