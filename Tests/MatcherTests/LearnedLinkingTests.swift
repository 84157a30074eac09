import CrosscheckSchema
import Testing

@testable import MatcherKit

/// The learned claim scorer, document stories and the scored linker.
@Suite struct LearnedLinkingTests {
    /// Documents about two events of one kind fall into two stories; the documents of each
    /// event share one.
    @Test func documentsOfTwoEventsMakeTwoStories() {
        let quake = ["quake", "chile", "valparaiso", "magnitude", "tsunami", "warning", "coast"]
        let launch = ["phone", "launch", "cupertino", "keynote", "camera", "price", "preorder"]
        let terms = [quake + ["struck"], launch + ["unveiled"], quake + ["hit", "damage"], launch + ["announced", "battery"]]
        let stories = DocumentStories().stories(terms)
        #expect(stories[0] == stories[2])
        #expect(stories[1] == stories[3])
        #expect(stories[0] != stories[1])
    }

    /// Once no stories join at `threshold`, a story of at most `smallStory` documents joins its
    /// nearest story at `smallThreshold`; larger stories do not, and no small pass leaves them all apart.
    @Test func smallStoriesJoinTheirNearestStory() {
        let quake = ["quake", "chile", "valparaiso", "magnitude", "tsunami", "warning", "coast"]
        let launch = ["phone", "launch", "cupertino", "keynote", "camera", "price", "preorder"]
        let terms = [quake + ["struck"], launch + ["unveiled"], quake + ["hit", "damage"], launch + ["announced", "battery"]]
        let small = DocumentStories(threshold: 0.99, smallThreshold: 0.01, smallStory: 1).stories(terms)
        #expect(small[0] == small[2])
        #expect(small[1] == small[3])
        #expect(small[0] != small[1])
        let none = DocumentStories(threshold: 0.99, smallThreshold: 0.01, smallStory: 0).stories(terms)
        #expect(Set(none).count == 4)
    }

    /// Reports of one event told in other words (the shooting, then the charge) join once the
    /// other passes are done when their documents name the same people and places; two events
    /// of one kind sharing only a name every document holds stay apart, and above 1 no story joins.
    @Test func storiesNamingTheSameEntitiesJoin() {
        let shooting = ["gunman", "opened", "fire", "office", "party", "killing"]
        let charge = ["charged", "first", "degree", "murder", "court", "appear"]
        let first = ["e:harbourton", "e:ezra-quill", "e:police"]
        let second = ["e:millbrook", "e:dana-voss", "e:police"]
        let terms = [shooting + first, charge + first, shooting + ["staff"] + second, charge + ["judge"] + second]
        let joined = DocumentStories(threshold: 0.99, smallStory: 0).stories(terms)
        // Stories of one document each are too small for the entity pass unless `smallStory` is 0.
        #expect(Set(DocumentStories(threshold: 0.99, smallThreshold: 2, smallStory: 1).stories(terms)).count == 4)
        #expect(joined[0] == joined[1])
        #expect(joined[2] == joined[3])
        #expect(joined[0] != joined[2])
        let apart = DocumentStories(threshold: 0.99, smallStory: 0, entityThreshold: 2).stories(terms)
        #expect(Set(apart).count == 4)
    }

    /// The bundled knowledge base carries trained weights; a table without bias or threshold
    /// gives no scorer, and a stronger feature value never lowers the probability of a feature
    /// with a positive weight. The story features are not learned (`scripts/train-claim-scorer`):
    /// within one story they say nothing about two claims.
    @Test func scorerReadsItsWeightsFromKnowledge() throws {
        let scorer = try #require(ClaimScorer(table: MatcherLexicon.bundled().claimScorer))
        #expect(scorer.weights.count == ClaimPairFeatures.names.count)
        #expect(scorer.threshold > 0 && scorer.threshold < 1)
        #expect(ClaimScorer(table: ["samePredicate": 1]) == nil)
        for name in ["documentCosine", "sameStory"] {
            let story = try #require(ClaimPairFeatures.names.firstIndex(of: name))
            #expect(scorer.weights[story] == 0)
        }
        let index = try #require(ClaimPairFeatures.names.firstIndex(of: "sentenceCosine"))
        var low = Array(repeating: 0.0, count: ClaimPairFeatures.names.count)
        var high = low
        high[index] = 1
        low[index] = 0
        #expect(scorer.weights[index] > 0)
        #expect(scorer.probability(high) > scorer.probability(low))
    }

    /// A pair sharing no trigger, subject or paraphrase needs the stricter `unrelatedThreshold`;
    /// a table without one never joins such a pair (the relation rule as a hard gate).
    @Test func unrelatedPairsNeedTheStricterThreshold() throws {
        let bundled = try #require(ClaimScorer(table: MatcherLexicon.bundled().claimScorer))
        #expect(bundled.threshold(related: true) == bundled.threshold)
        #expect(bundled.threshold(related: false) > bundled.threshold)
        #expect(bundled.threshold(related: false) < 1)
        let gate = try #require(ClaimScorer(table: ["bias": 0, "threshold": 0.4]))
        #expect(gate.threshold(related: true) == 0.4)
        #expect(gate.threshold(related: false) > 1)
        let loose = try #require(ClaimScorer(table: ["bias": 0, "threshold": 0.4, "unrelatedThreshold": 0.3]))
        #expect(loose.threshold(related: false) == 0.4)
    }

    /// Candidate pairs come from blocks, never from one document, and the pair table the
    /// training dump reads has one vector per pair, as long as the feature list.
    @Test func pairTableHoldsCrossDocumentCandidatesWithFullVectors() throws {
        let bundle = TestBundleBuilder.bundle(
            [
                ("a", "2023-05-03", "An earthquake struck the coast of Chile on Monday. Rescuers searched the rubble."),
                ("b", "2023-05-03", "A strong quake hit Chile's coast on Monday, killing 12 people."),
            ], entities: [])
        let table = testMatcher.pairTable(bundle)
        #expect(!table.pairs.isEmpty)
        for pair in table.pairs {
            #expect(table.claims[pair.a].doc != table.claims[pair.b].doc)
            #expect(pair.values.count == table.features.count)
        }
        #expect(table.stories.count == 2)
    }

    /// The encoder's cosine between the claims' sentences reaches the scorer as `sentenceCosine`:
    /// the rounded cosine of the bundle's vectors when it has them, 0 when the job ran without.
    @Test func sentenceCosineFeatureReadsTheBundleVectors() throws {
        var bundle = TestBundleBuilder.bundle(
            [
                ("a", "2023-05-03", "An earthquake struck the coast of Chile on Monday."),
                ("b", "2023-05-03", "A strong quake hit Chile's coast on Monday, killing 12 people."),
            ], entities: [])
        let index = try #require(ClaimPairFeatures.names.firstIndex(of: "sentenceCosine"))
        let without = try ClaimMatcher().pairTable(bundle)
        #expect(!without.pairs.isEmpty)
        #expect(without.pairs.allSatisfy { $0.values[index] == 0 })
        let vectors: [String: [Float]] = ["a": [1, 0, 0, 0], "b": [0.6, 0.8, 0, 0]]
        bundle.sentenceVectors = bundle.documents.map { doc in
            let id = doc.document.id
            let count = doc.document.sentences.count
            let vector = QuantizedVector(vectors[id] ?? [0, 0, 1, 0])
            return SentenceVectors(document: id, model: "test", dimension: 4, vectors: Array(repeating: vector, count: count))
        }
        let with = try ClaimMatcher().pairTable(bundle)
        let similarity = SentenceSimilarity(bundle.sentenceVectors)
        for pair in with.pairs {
            let expected = try #require(similarity.cosine(with.claims[pair.a], with.claims[pair.b]))
            #expect(pair.values[index] == expected)
            #expect(expected > 0.5 && expected < 0.7)
        }
    }

    /// The linker's veto keeps apart two groups that each name one subject, a different one;
    /// a group naming more subjects, or none, or the same one, may still join.
    @Test func groupsEachAboutOtherSubjectsStayApart() {
        func group(_ subjects: Set<Int>) -> ScoredLinker.GroupState {
            ScoredLinker.GroupState(latestStart: nil, earliestEnd: nil, polarity: 1, figures: [:], places: [], subjects: subjects)
        }
        #expect(!ScoredLinker.compatible(group([1]), group([2])))
        #expect(ScoredLinker.compatible(group([1]), group([1])))
        #expect(ScoredLinker.compatible(group([1]), group([])))
        #expect(ScoredLinker.compatible(group([1, 3]), group([2])))
    }
}
