import CrosscheckSchema
import Foundation
import Knowledge
import Testing

@testable import MatcherKit

/// The learned event-trigger tagger (`Data/models/trigger-tagger.json`): it loads, scores the
/// same way every time, tells event words from plain nouns, and the claim extractor uses it.
@Suite struct TriggerTaggerTests {
    /// The tagger's score of every word of `text` (one article), by folded word, in text order.
    private func scores(_ text: String, tagger: TriggerTagger) -> [(word: String, score: Double)] {
        let bundle = TestBundleBuilder.bundle([("story", "2025-03-24", text)], entities: nordicEntities)
        return testMatcher.triggerRows(bundle).map { row in
            (row.features.first { $0.hasPrefix("w=") }.map { String($0.dropFirst(2)) } ?? "", tagger.score(row.features))
        }
    }

    private func score(of word: String, in scored: [(word: String, score: Double)]) throws -> Double {
        try #require(scored.first { $0.word == word }?.score, "no token \(word)")
    }

    @Test func theShippedModelLoads() throws {
        let tagger = try TriggerTagger.bundled()
        #expect(tagger.threshold.isFinite)
        #expect(tagger.weights.count > 1000)
        #expect(testMatcher.tagger != nil)
    }

    @Test func aMalformedModelThrowsAnErrorNamingTheFile() {
        let path = "/tmp/kb/models/trigger-tagger.json"
        for bad in [
            "not json", #"{"format": "crosscheck-trigger-tagger/1", "threshold": 0, "weights": {}}"#,
            #"{"format": "other/1", "threshold": 0, "weights": {"bias": 1}}"#,
        ] {
            #expect {
                _ = try TriggerTagger(data: Data(bad.utf8), path: path)
            } throws: { error in
                guard case KnowledgeError.malformedFile(let named, _) = error else { return false }
                return named == path && "\(error)".contains(path)
            }
        }
    }

    @Test func scoresAreDeterministic() throws {
        let text = "Officials attended the signing of the deal in Bergen on Monday."
        let first = scores(text, tagger: try TriggerTagger.bundled())
        let model = try BundledModels.data(named: "trigger-tagger")
        let second = scores(text, tagger: try TriggerTagger(data: model))
        #expect(first.map(\.word) == second.map(\.word))
        #expect(first.map(\.score) == second.map(\.score))
    }

    @Test func marksNominalEventsAndVerbsButNotPlainNouns() throws {
        let tagger = try TriggerTagger.bundled()
        let signing = scores("Officials attended the signing of the deal in Bergen on Monday.", tagger: tagger)
        #expect(try score(of: "signing", in: signing) > tagger.threshold)
        #expect(try score(of: "deal", in: signing) > tagger.threshold)
        #expect(try score(of: "officials", in: signing) < tagger.threshold)
        #expect(try score(of: "bergen", in: signing) < tagger.threshold)
        let arrest = scores("The Coast Guard arrested six fishermen near the harbour on Tuesday.", tagger: tagger)
        #expect(try score(of: "arrested", in: arrest) > tagger.threshold)
        #expect(try score(of: "fishermen", in: arrest) < tagger.threshold)
        #expect(try score(of: "harbour", in: arrest) < tagger.threshold)
    }

    @Test func theExtractorTakesTheTaggersEventNounAsTrigger() throws {
        // No verb and no predicate-lexicon word: only the tagger finds the event, when it scores
        // `claimMargin` above the threshold ("Massive earthquake" does; the weaker "A powerful
        // earthquake near …" does not, and gives no claim).
        let weak = TestBundleBuilder.bundle(
            [("story", "2025-03-24", "A powerful earthquake near Bergen on Monday morning.")], entities: nordicEntities)
        #expect(ClaimMatcher(lexicon: try MatcherLexicon.bundled(), tagger: try TriggerTagger.bundled()).claimFeatures(weak).isEmpty)
        let text = "Massive earthquake in Bergen on Monday."
        let bundle = TestBundleBuilder.bundle([("story", "2025-03-24", text)], entities: nordicEntities)
        let lexicon = try MatcherLexicon.bundled()
        let rulesOnly = ClaimMatcher(lexicon: lexicon).claimFeatures(bundle)
        #expect(rulesOnly.isEmpty)
        let tagged = ClaimMatcher(lexicon: lexicon, tagger: try TriggerTagger.bundled()).claimFeatures(bundle)
        let claim = try #require(tagged.first)
        #expect(claim.claim.predicate == "earthquake")
        let trigger = try #require(claim.trigger)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[trigger])) == "earthquake")
    }
}
