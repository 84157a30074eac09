import CrosscheckSchema
import Foundation
import Knowledge
import Testing

@testable import MatcherKit

/// Behaviour found wrong when the matcher first ran behind the real parser and resolver.
@Suite struct RealPipelineFixTests {
    @Test func weekRangeSupportsTheDateItContainsInsteadOfConflicting() throws {
        let analysis = analyse([
            ("a", "2023-05-10", "Norway and Sweden signed a fisheries pact in Oslo on 2 May 2023."),
            ("b", "2023-05-10", "Norway and Sweden signed the fisheries treaty in Oslo on 3 May 2023."),
            ("c", "2023-05-04", "Norway and Sweden signed a fisheries accord in Oslo on Tuesday."),
            ("d", "2023-05-10", "Norway and Sweden signed a fisheries accord in Oslo in May 2023."),
        ])
        let k = try #require(cluster(in: analysis, doc: "a", containing: "signed"))
        #expect(k.status == .conflicting)
        let dates = try #require(k.conflicts.first { $0.slot == "date" })
        // "in May 2023" contains both days: it supports neither and is no rival value.
        #expect(dates.values.map(\.value) == [.text("2023-05-02"), .text("2023-05-03")])
        // "on Tuesday" (2 May 2023) joins the day it names.
        #expect(dates.values.first?.docs == ["a", "c"])
    }

    @Test func monthAndDayInsideItAreCompatible() throws {
        let analysis = analyse([
            ("a", "2023-05-10", "Norway and Sweden signed a fisheries pact in Oslo on 2 May 2023."),
            ("b", "2023-05-10", "Norway and Sweden signed the fisheries treaty in Oslo in May 2023."),
        ])
        let k = try #require(cluster(in: analysis, doc: "a", containing: "signed"))
        #expect(k.docs == ["a", "b"])
        #expect(k.status == .agreed)
    }

    @Test func negationInAnotherClauseLeavesThePredicateAsserted() {
        let found = claims("The plan drew strong criticism from Chile, as the latter does not recognise the border.")
        #expect(found.first?.modality != .negated)
        let negated = claims("Chile has not criticised the plan, a spokesman said.")
        #expect(negated.first?.modality == .negated)
    }

    @Test func negativeParticipleReadsAsNegatedPredicate() {
        let found = claims("The Coast Guard was uninformed of the oil spill near Bergen.")
        #expect(found.first?.predicate == "inform")
        #expect(found.first?.modality == .negated)
    }

    @Test func polarityNeedsTheSameObject() {
        let analysis = analyse([
            ("a", "2024-05-04", "Chile has strongly opposed the border plan of Peru."),
            ("b", "2024-05-04", "The border plan of Peru drew strong opposition from Chile, which does not accept the ruling."),
        ])
        #expect(analysis.clusters.allSatisfy { !$0.conflicts.contains { $0.slot == "polarity" } })
    }

    @Test func synonymGroupsComeFromTheKnowledgeBaseAndUsersExtendThem() throws {
        let base = try KnowledgeBase.bundled()
        #expect(base.lexicon.table("predicateWords")["sign"] == "sign")
        #expect(base.lexicon.table("objectHeads")["pact"] == "agreement")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("matcher-user-synonyms-\(getpid()).json")
        let json =
            #"{"format": "crosscheck-knowledge/1", "lexicon": {"tables": {"predicateWords": {"ratchet": "increase"}, "#
            + #""objectHeads": {"compact": "agreement"}}}}"#
        try json.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let extended = try base.adding(fileAt: file.path)
        let lexicon = MatcherLexicon(knowledge: extended)
        #expect(lexicon.predicates.match(["ratcheted"], at: 0)?.value.lemma == "increase")
        #expect(lexicon.objects.match(["compact"], at: 0)?.value == "agreement")
        #expect(lexicon.predicates.match(["signed"], at: 0)?.value.lemma == "sign")
        #expect(lexicon.stageNames[3] == "sign")
    }

    @Test func otherParticipantsInAnotherYearAreAnotherAgreement() throws {
        let analysis = analyse([
            ("a", "2025-03-20", "Norway, Sweden and Finland signed a fisheries pact on 18 March 2025."),
            ("b", "2025-03-20", "Norway, Sweden and Finland signed the fisheries treaty on 18 March 2025."),
            ("c", "2025-03-21", "In 2024, Norway, Sweden and Denmark signed a 5-year fisheries agreement with Iceland."),
        ])
        let k = try #require(cluster(in: analysis, doc: "a", containing: "signed"))
        #expect(k.docs == ["a", "b"])
        let earlier = try #require(cluster(in: analysis, doc: "c", containing: "2024"))
        #expect(earlier.id != k.id)
    }

    @Test func claimsNamingNothingMeetThroughTheirPredicate() throws {
        let analysis = analyse([
            ("a", "2024-08-14", "No deaths have been reported."),
            ("b", "2024-08-14", "Nobody was killed."),
            ("c", "2024-08-15", "There were no fatalities."),
        ])
        let k = try #require(cluster(in: analysis, doc: "a", containing: "deaths"))
        #expect(k.docs == ["a", "b", "c"])
        #expect(k.status == .agreed)
    }

    @Test func copulasMakeNoPolarityConflict() {
        let analysis = analyse([
            ("a", "2024-05-04", "The fisheries treaty between Norway and Iceland is legally binding."),
            ("b", "2024-05-04", "The fisheries treaty between Norway and Iceland is not hostile."),
        ])
        #expect(analysis.clusters.allSatisfy { !$0.conflicts.contains { $0.slot == "polarity" } })
    }
}
