import CrosscheckSchema
import Testing

@testable import MatcherKit

/// `agreed` needs two documents whose claims are linked directly as the same claim; a cluster
/// whose documents are joined only through other members is `related`.
@Suite struct CorroborationTests {
    /// A claim of document `doc` built around `trigger`, naming `subject` and `object`.
    private func claim(_ doc: Int, _ trigger: String, subject: [String], object: String?) -> ClaimFeatures {
        let claim = Claim(
            id: "d\(doc)#c\(trigger)", doc: "d\(doc)", sentence: 0, start: 0, end: 10, text: trigger, speaker: nil,
            modality: .asserted, subject: subject, predicate: trigger, object: object, slots: [:])
        return ClaimFeatures(claim: claim, order: doc, docIndex: doc, entities: subject, terms: [], date: nil, countHead: nil)
    }

    @Test func sameTriggerAndParticipantInTwoDocumentsCorroborates() {
        let corroboration = Corroboration(eventless: ["say"])
        // "Norway signed the pact" / "Norway signed the accord": trigger and subject shared.
        let bySubject = [claim(0, "sign", subject: ["norway"], object: "pact"), claim(1, "sign", subject: ["norway"], object: "accord")]
        #expect(corroboration.corroborates([0, 1], claims: bySubject))
        // "Norway signed the pact" / "Sweden signed the pact": trigger and object shared.
        let byObject = [claim(0, "sign", subject: ["norway"], object: "pact"), claim(1, "sign", subject: ["sweden"], object: "pact")]
        #expect(corroboration.corroborates([0, 1], claims: byObject))
    }

    @Test func otherTriggersEventlessTriggersOrOneDocumentDoNotCorroborate() {
        let corroboration = Corroboration(eventless: ["say"])
        // "Serbia could raise pressure" / "Serbia committed to integration": one subject, two claims.
        let otherTriggers = [claim(0, "raise", subject: ["serbia"], object: "pressure"), claim(1, "commit", subject: ["serbia"], object: nil)]
        #expect(!corroboration.corroborates([0, 1], claims: otherTriggers))
        // "The ministry said …" in two documents makes no claim of its own.
        let eventless = [claim(0, "say", subject: ["ministry"], object: nil), claim(1, "say", subject: ["ministry"], object: nil)]
        #expect(!corroboration.corroborates([0, 1], claims: eventless))
        // The same trigger without a shared participant is not linked directly.
        let noParticipant = [claim(0, "sign", subject: ["norway"], object: "pact"), claim(1, "sign", subject: ["chile"], object: "treaty")]
        #expect(!corroboration.corroborates([0, 1], claims: noParticipant))
        // Two claims of one document corroborate nothing.
        let oneDocument = [claim(0, "sign", subject: ["norway"], object: "pact"), claim(0, "sign", subject: ["norway"], object: "pact")]
        #expect(!corroboration.corroborates([0, 1], claims: oneDocument))
    }

    @Test func scoredLinksCorroborateOnlyWithinTheClusterAndAcrossDocuments() {
        var corroboration = Corroboration(eventless: [])
        let claims = [
            claim(0, "attack", subject: ["norway"], object: nil), claim(1, "kill", subject: ["sweden"], object: nil),
            claim(1, "flee", subject: [], object: nil), claim(2, "arrest", subject: [], object: nil),
        ]
        #expect(!corroboration.corroborates([0, 1, 2], claims: claims))
        corroboration.add(1, 2)
        #expect(!corroboration.corroborates([0, 1, 2], claims: claims), "two claims of one document")
        corroboration.add(0, 3)
        #expect(!corroboration.corroborates([0, 1, 2], claims: claims), "the partner lies outside the cluster")
        corroboration.add(0, 1)
        #expect(corroboration.corroborates([0, 1, 2], claims: claims))
    }

    /// A scored pair corroborates with one trigger word, a learned trigger pair or a paraphrase,
    /// and nothing telling the two claims apart; a shared WordNet class is not enough.
    @Test func scoredPairNeedsTheSameClaim() {
        func vector(_ set: [String: Double]) -> [Double] {
            ClaimPairFeatures.names.map { set[$0] ?? 0 }
        }
        #expect(ScoredLinker.corroborates(vector(["samePredicate": 1]), paraphrase: false))
        #expect(ScoredLinker.corroborates(vector(["triggerPair": TriggerPairs.related]), paraphrase: false))
        #expect(ScoredLinker.corroborates(vector([:]), paraphrase: true))
        #expect(!ScoredLinker.corroborates(vector(["sharedSense": 1]), paraphrase: false))
        #expect(!ScoredLinker.corroborates(vector(["samePredicate": 1, "eventlessPredicate": 1]), paraphrase: false))
        for clash in ["subjectsDisjoint", "objectsDiffer", "datesApart", "placesDiffer", "figuresDiffer"] {
            #expect(!ScoredLinker.corroborates(vector(["samePredicate": 1, clash: 1]), paraphrase: true), "\(clash)")
        }
    }
}
