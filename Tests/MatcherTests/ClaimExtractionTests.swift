import CrosscheckSchema
import MatcherKit
import Testing

@Suite struct ClaimExtractionTests {
    @Test func subjectPredicateAndNormalisedObject() throws {
        let claim = try #require(claims("Norway, Sweden, and Finland have signed a fisheries pact in Oslo.").first)
        #expect(claim.subject == ["norway", "sweden", "finland"])
        #expect(claim.predicate == "sign")
        #expect(claim.object == "agreement")
        #expect(claim.id == "story#c0")
        #expect(claim.modality == .asserted)
        #expect(claim.speaker == nil)
    }

    @Test func predicateSynonymsShareOneLemma() throws {
        let forms = [
            "Norway and Sweden inked a memorandum on cod quotas.",
            "The quota deal, formalised through a declaration signed in Oslo, sets new limits for cod.",
            "The signing of the treaty by Norway and Sweden ended the dispute.",
        ]
        for text in forms {
            let claim = try #require(claims(text).first)
            #expect(claim.predicate == "sign", "\(text)")
        }
    }

    @Test func claimsAreNumberedInDocumentOrderAndQuestionsSkipped() {
        let found = claims("Will Norway sign the pact? Norway signed the pact in Oslo. Sweden signed the pact in Bergen.")
        #expect(found.map(\.id) == ["story#c0", "story#c1"])
        #expect(found.map(\.subject) == [["norway"], ["sweden"]])
    }

    @Test func modalities() {
        func modality(_ text: String) -> Modality? { claims(text).first?.modality }
        #expect(modality("Norway signed the fisheries pact in Oslo.") == .asserted)
        #expect(modality("Fisheries Minister Ola Berg said that Norway signed the fisheries pact.") == .reported)
        #expect(modality("Norway reportedly signed the fisheries pact in Oslo.") == .hedged)
        #expect(modality("Norway is said to have signed the fisheries pact.") == .hedged)
        #expect(modality("Norway could sign the fisheries pact in Oslo.") == .speculative)
        #expect(modality("Analysts speculate that Norway will sign the fisheries pact.") == .speculative)
        #expect(modality("Norway did not sign the fisheries pact in Oslo.") == .negated)
        #expect(modality("Norway stopped short of signing the fisheries pact.") == .negated)
        #expect(modality("Neither Norway nor Sweden signed the fisheries pact.") == .negated)
        #expect(modality("Norway refrained from signing the fisheries pact.") == .negated)
        #expect(modality("Norway no longer supports the fisheries pact.") == .negated)
        #expect(modality("Sweden refuted reports that Norway signed the fisheries pact.") == .negated)
    }

    /// A copula clause judging an event ("the closure was a betrayal") is an opinion about it:
    /// its predicate is the copula, and it joins no cluster of the event it judges; a passive
    /// ("the closure was announced") or a place or date complement still tells the event.
    @Test func evaluativeCopulaClausesAreNotTheEvent() throws {
        #expect(claims("Fisheries Minister Ola Berg said that the closure was a betrayal of the fishermen.").first?.predicate == "be")
        #expect(claims("The pact is a mistake for Norway.").first?.predicate == "be")
        #expect(claims("The closure was unjustified, the union said.").first?.predicate == "be")
        #expect(claims("The closure was announced in Oslo on Monday.").first?.predicate == "close")
        #expect(claims("The closure was in March.").first?.predicate == "close")
        let analysis = analyse([
            ("a", "2025-03-24", "Norway closed the Bergen fish plant on Monday."),
            ("b", "2025-03-24", "Norway closed the Bergen fish plant last week."),
            ("c", "2025-03-25", "Fisheries Minister Ola Berg said that the closure was a betrayal of the fishermen."),
        ])
        let judged = try #require(analysis.claims.first { $0.doc == "c" })
        let cluster = try #require(analysis.clusters.first { $0.claims.contains(judged.id) })
        #expect(cluster.claims == [judged.id])
    }

    /// Negation scope follows the clause: cancelling phrases, contrastive "but", coordinated phrases.
    @Test func negationScope() {
        func modality(_ text: String) -> Modality? { claims(text).first?.modality }
        #expect(modality("Norway not only signed the fisheries pact but also ratified it.") == .asserted)
        #expect(modality("Norway did not fail to sign the fisheries pact in Oslo.") == .asserted)
        #expect(modality("The pact is not a one-off gesture but part of a plan that threatens Sweden.") == .asserted)
        #expect(modality("Norway signed the fisheries pact without consulting Sweden.") == .asserted)
        #expect(modality("Norway signed the fisheries pact and refrained from comment.") == .asserted)
        #expect(modality("Norway signed the fisheries pact but did not ratify it.") == .asserted)
        #expect(modality("Police arrested the driver not far from the Bergen harbour.") == .asserted)
    }

    @Test func speakersOfReportedClaims() throws {
        let said = try #require(claims("Fisheries Minister Ola Berg said that Norway signed the fisheries pact.").first)
        #expect(said.speaker == "ola-berg")
        #expect(said.subject == ["norway"])

        let denied = try #require(claims("Sweden denied that Norway broke the fisheries pact.").first)
        #expect(denied.speaker == "sweden")
        #expect(denied.modality == .negated)

        let negatedReport = try #require(claims("Ola Berg said that Norway did not sign the fisheries pact.").first)
        #expect(negatedReport.modality == .negated)
        #expect(negatedReport.speaker == "ola-berg")

        let notSaid = try #require(claims("The Fisheries Ministry did not confirm that Norway signed the pact.").first)
        #expect(notSaid.speaker == "ministry")
        #expect(notSaid.modality == .negated)

        let according = try #require(claims("According to the Coast Guard, the spill reached Bergen on 3 May 2024.").first)
        #expect(according.speaker == "coast-guard")
        #expect(according.modality == .reported)
    }

    @Test func asidesDoNotNegateTheClaim() throws {
        let claim = try #require(claims("Norway, which did not attend the talks, signed the fisheries pact in Oslo.").first)
        #expect(claim.modality == .asserted)
    }

    @Test func badSpansDoNotCrash() {
        var doc = TestBundleBuilder.document(
            id: "broken", text: "Norway signed a pact.", published: "not a date",
            entities: nordicEntities)
        doc.document.sentences.append(Sentence(start: 15, end: 900, paragraph: 0))
        doc.document.sentences.append(Sentence(start: -4, end: 2, paragraph: 0))
        doc.mentions.append(EntityMention(start: 500, end: 520, text: "x", sentence: 1, via: .name, entity: "ghost"))
        let analysis = testMatcher.analyse(TestBundleBuilder.bundle([doc], entities: nordicEntities))
        #expect(analysis.claims.first?.subject == ["norway"])
    }
}
