import CrosscheckSchema
import Foundation
import Knowledge
import Testing

@testable import MatcherKit

/// The learned participant model (`Data/models/participant-model.json`): it loads, scores the
/// same way every time, tells an event's participants from bystanders, and the claim extractor
/// keeps the rules' subject unless the model is sure an entity takes no part.
@Suite struct ParticipantModelTests {
    /// The participant rows of `text` (one article), with the model's score, in claim order.
    private func scored(_ text: String, model: ParticipantModel) throws -> [(row: ParticipantRow, score: Double)] {
        let bundle = TestBundleBuilder.bundle([("story", "2025-03-24", text)], entities: nordicEntities)
        let matcher = ClaimMatcher(lexicon: try MatcherLexicon.bundled(), tagger: try TriggerTagger.bundled())
        return matcher.claimDump(bundle).participants.map { ($0, model.score($0.features)) }
    }

    /// The text of a row's candidate mention.
    private func mention(_ row: ParticipantRow, in text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[row.candidate])
        return String(out)
    }

    @Test func theShippedModelLoads() throws {
        let model = try ParticipantModel.bundled()
        #expect(model.threshold.isFinite)
        #expect(model.model.weights.count > 100)
        #expect(testMatcher.participants != nil)
    }

    @Test func aMalformedModelThrowsAnErrorNamingTheFile() {
        let path = "/tmp/kb/models/participant-model.json"
        for bad in [
            "not json", #"{"format": "crosscheck-participant-model/1", "threshold": 0, "weights": {}}"#,
            #"{"format": "crosscheck-trigger-tagger/1", "threshold": 0, "weights": {"bias": 1}}"#,
        ] {
            #expect {
                _ = try ParticipantModel(data: Data(bad.utf8), path: path)
            } throws: { error in
                guard case KnowledgeError.malformedFile(let named, _) = error else { return false }
                return named == path && "\(error)".contains(path)
            }
        }
    }

    @Test func rowsAndScoresAreDeterministic() throws {
        let text = "Norway signed the fisheries pact with Sweden in Bergen on Monday."
        let first = try scored(text, model: try ParticipantModel.bundled())
        let second = try scored(text, model: try ParticipantModel(data: try BundledModels.data(named: "participant-model")))
        #expect(!first.isEmpty)
        #expect(first.map(\.row) == second.map(\.row))
        #expect(first.map(\.score) == second.map(\.score))
    }

    @Test func theArrestsAgentAndPatientOutscoreBystanders() throws {
        let model = try ParticipantModel.bundled()
        let text = "Fisheries Minister Ola Berg said on Monday in Oslo that the Coast Guard arrested six Swedish fishermen."
        let rows = try scored(text, model: model)
        func score(_ name: String, in rows: [(row: ParticipantRow, score: Double)], text: String) throws -> Double {
            try #require(rows.first { mention($0.row, in: text) == name }?.score, "no candidate \(name)")
        }
        #expect(try score("Coast Guard", in: rows, text: text) > model.threshold)
        #expect(try score("Swedish", in: rows, text: text) > model.threshold)
        // The place of the speech is no participant of the arrest: it scores below both.
        #expect(try score("Oslo", in: rows, text: text) < score("Swedish", in: rows, text: text))
        #expect(rows.allSatisfy { $0.row.features.contains("bias") && $0.row.features.contains { $0.hasPrefix("side=") } })
        // The ministry that reports the arrest, after it, is none either.
        let told = "Sweden's Coast Guard arrested six fishermen after Norway complained, the Fisheries Ministry said."
        let toldRows = try scored(told, model: model)
        #expect(try score("Coast Guard", in: toldRows, text: told) > model.threshold)
        #expect(try score("Fisheries Ministry", in: toldRows, text: told) < model.threshold)
    }

    @Test func theRulesSubjectStaysWhenTheModelHasNoStrongObjection() throws {
        let claim = try #require(claims("Norway and Sweden signed the fisheries pact in Bergen.").first)
        #expect(claim.subject == ["norway", "sweden"])
    }
}

/// How the extractor uses a participant model's scores, with a small hand-made model: a rule
/// subject scoring below `dropScore` leaves the subject (unless all would), and a rule entity
/// object scoring below `objectScore` gives way to a better entity after the trigger.
@Suite struct ParticipantChoiceTests {
    /// Countries score -19, organisations +11, everything else +1.
    private let model =
        #"{"format": "crosscheck-participant-model/1", "threshold": 0, "#
        + #""weights": {"bias": 1, "type=country": -20, "type=organization": 10}}"#

    private func claim(_ text: String, model: String?) throws -> Claim {
        let bundle = TestBundleBuilder.bundle([("story", "2025-03-24", text)], entities: nordicEntities)
        let participants = try model.map { try ParticipantModel(data: Data($0.utf8)) }
        let matcher = ClaimMatcher(lexicon: try MatcherLexicon.bundled(), tagger: try TriggerTagger.bundled(), participants: participants)
        return try #require(matcher.claimFeatures(bundle).first).claim
    }

    @Test func aSubjectTheModelRulesOutIsDropped() throws {
        let text = "Ola Berg of Norway signed the fisheries pact."
        #expect(try claim(text, model: nil).subject == ["ola-berg", "norway"])
        #expect(try claim(text, model: model).subject == ["ola-berg"])
    }

    /// Coordinated names share their role: the model drops a conjunct only with the whole list.
    @Test func aCoordinatedSubjectIsKeptWithItsList() throws {
        #expect(try claim("Ola Berg and Norway signed the fisheries pact.", model: model).subject == ["ola-berg", "norway"])
    }

    @Test func aSubjectTheModelWouldEmptyStaysWhole() throws {
        #expect(try claim("Norway and Sweden signed the fisheries pact.", model: model).subject == ["norway", "sweden"])
    }

    @Test func aWeakEntityObjectGivesWayToAStrongerOne() throws {
        let text = "Ola Berg met Norway and the Coast Guard in Oslo."
        #expect(try claim(text, model: nil).object == "norway")
        #expect(try claim(text, model: model).object == "coast-guard")
    }
}
