import CrosscheckSchema
import Testing

@testable import MatcherKit

/// Two reports of one exact amount of money are candidates of each other with no name, lemma or
/// object in common: the amount is what they share (the gold bundles show the join it allows).
@Suite struct SharedAmountTests {
    static let articles: [(String, String?, String)] = [
        (
            "a", "2024-05-06",
            "Trawler crews in Bergen stopped work on Monday. A harbour spokesman said that the stoppage costs NOK 85 million a week."
        ),
        ("b", "2024-05-06", "Trawler crews in Bergen walked out on Monday. The harbour board estimated the losses at NOK 85 million per week."),
    ]

    @Test func aSharedAmountMakesTwoClaimsCandidates() throws {
        let bundle = TestBundleBuilder.bundle(Self.articles, entities: [])
        let features = testMatcher.claimFeatures(bundle)
        let context = testMatcher.pairContext(features, bundle: bundle)
        let costs = try #require(features.firstIndex { $0.claim.text.contains("costs NOK 85") })
        let losses = try #require(features.firstIndex { $0.claim.text.contains("losses at NOK 85") })
        let keyA = ScoredLinker.candidateKeys(features[costs], eventless: context.eventless).filter { $0.hasPrefix("A|") }
        let keyB = ScoredLinker.candidateKeys(features[losses], eventless: context.eventless).filter { $0.hasPrefix("A|") }
        #expect(keyA.count == 1 && keyA == keyB)
        let pairs = ScoredLinker.candidates(features, context: context, window: ScoredLinker.defaultWindow)
        #expect(pairs.contains { Set([$0.0, $0.1]) == Set([costs, losses]) })
    }
}
