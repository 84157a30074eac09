import CrosscheckSchema
import Testing

@testable import MatcherKit

/// Figures tied to different named periods within a year ("the fourth quarter" / "the first
/// quarter") describe two events: they are never joined as one claim nor judged rival values.
@Suite struct ReportingPeriodTests {
    /// A union's reported loss in document `doc`, tied to `period` (a period key) or to none.
    private func loss(_ doc: Int, _ amount: String, period: String?) -> ClaimFeatures {
        let claim = Claim(
            id: "d\(doc)#c0", doc: "d\(doc)", sentence: 0, start: 0, end: 30, text: "the union reported a loss",
            speaker: "fishers-union", modality: .reported, subject: [], predicate: "report", object: "loss",
            slots: ["amount": .text(amount)])
        return ClaimFeatures(
            claim: claim, order: doc, docIndex: doc, entities: [], terms: ["p:report", "o:loss", "loss", "union"],
            period: period)
    }

    @Test func theClausesNamedPeriodComesFromTheLexicon() {
        func period(_ text: String) -> String? {
            let bundle = TestBundleBuilder.bundle([("a", "2024-10-30", text)], entities: nordicEntities)
            return testMatcher.claimFeatures(bundle).first?.period
        }
        #expect(period("The Fishers Union reported a loss of NOK 40 million in the fourth quarter.") == "quarter4")
        #expect(period("In Q1 the Fishers Union reported a profit of NOK 3 million.") == "quarter1")
        #expect(period("The Fishers Union said its second-half sales fell by 12 percent.") == "half2")
        #expect(period("The Fishers Union reported a loss of NOK 40 million on Monday.") == nil)
    }

    @Test func differentPeriodsAreNotRivalValues() {
        let judge = ClusterJudge(documentIDs: ["d0", "d1"])
        let apart = judge.judge([loss(0, "NOK 40000000", period: "quarter4"), loss(1, "NOK 12000000", period: "quarter1")])
        #expect(apart.0 != .conflicting && apart.0 != .disputed)
        #expect(apart.1.isEmpty)
        // The same period with other figures still conflicts, and so do two figures naming none.
        let same = judge.judge([loss(0, "NOK 40000000", period: "quarter4"), loss(1, "NOK 12000000", period: "quarter4")])
        #expect(same.0 == .conflicting)
        #expect(same.1.map(\.slot) == ["amount"])
        let unnamed = judge.judge([loss(0, "NOK 40000000", period: nil), loss(1, "NOK 12000000", period: nil)])
        #expect(unnamed.0 == .conflicting)
    }

    @Test func differentPeriodsAreNotGrouped() {
        let grouper = ClaimGrouper()
        let apart = ClaimGrouper.profiles([loss(0, "NOK 40000000", period: "quarter4"), loss(1, "NOK 12000000", period: "quarter1")])
        #expect(grouper.score(apart[0], apart[1], lexical: 0.8) == 0)
        #expect(grouper.group([loss(0, "NOK 40000000", period: "quarter4"), loss(1, "NOK 12000000", period: "quarter1")]).count == 2)
        let same = ClaimGrouper.profiles([loss(0, "NOK 40000000", period: "quarter4"), loss(1, "NOK 12000000", period: "quarter4")])
        #expect(grouper.score(same[0], same[1], lexical: 0.8) >= grouper.crossDocumentThreshold)
    }
}
