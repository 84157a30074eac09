import CrosscheckSchema
import Testing

@testable import MatcherKit

/// The learned relations of two different trigger lemmas (`TriggerPairs`): looked up in either
/// order, strong ones give two claims with no lemma in common a shared candidate key and give the scorer
/// their value, weak or negative ones do neither.
@Suite struct TriggerPairsTests {
    static let articles: [(String, String?, String)] = [
        ("a", "2024-05-06", "A hiker plunged from a ridge near Tromsø on Monday."),
        ("b", "2024-05-06", "A hiker perished near Tromsø on Monday."),
    ]

    @Test func valuesAreReadInEitherOrder() {
        let pairs = TriggerPairs(table: ["perish|plunge": 2.5, "injure|kill": 0.5])
        #expect(pairs.value("plunge", "perish") == 2.5)
        #expect(pairs.value("perish", "plunge") == 2.5)
        #expect(pairs.value("kill", "injure") == 0.5)
        #expect(pairs.value("plunge", "plunge") == 0)
        #expect(pairs.value("plunge", "sail") == 0)
        #expect(pairs.candidateKeys("plunge") == ["T|perish|plunge"])
        #expect(pairs.candidateKeys("kill").isEmpty)
    }

    @Test func partnersAreCappedStrongestFirst() {
        var table: [String: Double] = [:]
        for (n, other) in ["b", "c", "d", "e", "f", "g"].enumerated() { table["a|" + other] = 1.0 + Double(n) }
        let keys = TriggerPairs(table: table).candidateKeys("a")
        #expect(keys == ["T|a|g", "T|a|f", "T|a|e", "T|a|d"])
        #expect(keys.count == TriggerPairs.maxPartners)
    }

    @Test func aStrongPairMakesCandidatesAndAFeature() throws {
        let bundle = TestBundleBuilder.bundle(Self.articles, entities: [])
        let features = testMatcher.claimFeatures(bundle)
        var context = testMatcher.pairContext(features, bundle: bundle)
        let plunged = try #require(features.firstIndex { $0.claim.text.contains("plunged") })
        let perished = try #require(features.firstIndex { $0.claim.text.contains("perished") })
        let a = features[plunged].event ?? features[plunged].claim.predicate
        let b = features[perished].event ?? features[perished].claim.predicate
        try #require(a != b)
        func sharedKeys(_ table: [String: Double]) -> Set<String> {
            context.triggerPairs = TriggerPairs(table: table)
            let keys = [plunged, perished].map {
                Set(ScoredLinker.candidateKeys(features[$0], eventless: context.eventless, triggerPairs: context.triggerPairs))
            }
            return keys[0].intersection(keys[1]).filter { $0.hasPrefix("T|") }
        }
        #expect(sharedKeys([TriggerPairs.key(a, b): 0.5]).isEmpty)
        #expect(sharedKeys([TriggerPairs.key(a, b): 2.5]) == ["T|" + TriggerPairs.key(a, b)])
        let pairs = ScoredLinker.candidates(features, context: context, window: ScoredLinker.defaultWindow)
        #expect(pairs.contains { Set([$0.0, $0.1]) == Set([plunged, perished]) })
        let names = ClaimPairFeatures.names
        let (i, j) = (max(plunged, perished), min(plunged, perished))
        let vector = ClaimPairFeatures.vector(i, j, claims: features, context: context)
        let feature = try #require(names.firstIndex(of: "triggerPair"))
        #expect(vector[feature] == 2.5)
        context.triggerPairs = TriggerPairs(table: ["other|pair": 2.5])
        #expect(ClaimPairFeatures.vector(i, j, claims: features, context: context)[feature] == 0)
    }
}
