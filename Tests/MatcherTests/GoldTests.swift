import CrosscheckSchema
import Foundation
import MatcherKit
import Testing

/// Runs the matcher on every gold bundle, writes its analysis for `scripts/eval-claims`, and
/// checks the verdicts a reader relies on most.
@Suite struct MatcherGoldTests {
    static let outputFolder = GoldBundle.root.appendingPathComponent(".build/matcher-gold")

    @Test func writesAnalysisForEveryGoldBundle() throws {
        try FileManager.default.createDirectory(at: Self.outputFolder, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        for gold in try GoldBundle.all() {
            let analysis = testMatcher.analyse(try gold.linkedBundle())
            #expect(!analysis.claims.isEmpty, "\(gold.bundle) gives claims")
            try encoder.encode(analysis).write(to: Self.outputFolder.appendingPathComponent("\(gold.bundle).json"))
        }
    }

    @Test func seedSigningDateConflictIsFound() throws {
        let gold = try GoldBundle.load("seeds")
        let analysis = testMatcher.analyse(try gold.linkedBundle())
        let early = try #require(
            GoldBundle.claim(
                in: analysis, doc: "004_aee7e02e3a682622",
                containing: "signed a declaration for military cooperation"))
        #expect(early.slots["date"] == .text("2025-03-18"))
        #expect(early.predicate == "sign")
        #expect(Set(early.subject) == ["albania", "croatia", "kosovo"])
        let cluster = try #require(analysis.clusters.first { $0.claims.contains(early.id) })
        #expect(cluster.status == .conflicting)
        let dates = try #require(cluster.conflicts.first { $0.slot == "date" })
        #expect(dates.values.map(\.value).contains(.text("2025-03-19")))
    }

    @Test func ownBundlesFindDisputedFigureDateAndDenial() throws {
        let bridge = testMatcher.analyse(try GoldBundle.load("bridge-collapse").linkedBundle())
        let collapse = try #require(GoldBundle.claim(in: bridge, doc: "b_northern_post", containing: "collapsed on 9 June 2024"))
        let collapseCluster = try #require(bridge.clusters.first { $0.claims.contains(collapse.id) })
        #expect(collapseCluster.status == .conflicting)
        #expect(Set(collapseCluster.conflicts.map(\.slot)).isSuperset(of: ["date", "count"]))

        let plant = testMatcher.analyse(try GoldBundle.load("plant-closure").linkedBundle())
        let denial = try #require(GoldBundle.claim(in: plant, doc: "c_nordic_observer", containing: "did not close"))
        #expect(denial.modality == .negated)
        let closure = try #require(plant.clusters.first { $0.claims.contains(denial.id) })
        #expect(closure.status == .conflicting)
        #expect(closure.conflicts.contains { $0.slot == "polarity" })
    }
}
