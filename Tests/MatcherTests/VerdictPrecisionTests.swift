import CrosscheckSchema
import Testing

@testable import MatcherKit

/// The causes of false verdicts found by hand on real news (issue 9), on sentences of our own.
@Suite struct VerdictPrecisionTests {
    private func modality(_ sentence: String, of snippet: String) -> Modality? {
        claims(sentence).first { $0.text.contains(snippet) }?.modality
    }

    /// A negation belongs to the verb it modifies: "will not affect" leaves the arrest alone.
    @Test func negationOfAnotherVerbLeavesTheEventNounAlone() {
        #expect(modality("An arrest for drunk driving will not affect Ola Berg's place in the fleet.", of: "arrest") != .negated)
        #expect(modality("The arrest of Ola Berg will not change the fishing quota.", of: "arrest") != .negated)
        #expect(modality("Ola Berg was not arrested in Oslo.", of: "arrested") == .negated)
        #expect(modality("Police have not yet formally arrested Ola Berg.", of: "arrested") == .negated)
        #expect(modality("The Fisheries Ministry did not inform the Coast Guard about the spill.", of: "inform") == .negated)
        // Before an event noun in a prepositional phrase, the negation is the verb's or adjective's.
        #expect(modality("Ola Berg could not speak for the first death in the fleet.", of: "death") != .negated)
        // An infinitive "to" opens no prepositional phrase.
        #expect(modality("The Fisheries Ministry does not want to comment on the spill.", of: "comment") == .negated)
    }

    /// "didn’ t" (a space after the apostrophe, as some corpora tokenise it) is still a negation.
    @Test func spacedApostropheIsStillANegation() {
        #expect(modality("Ola Berg didn\u{2019} t sign the fisheries pact in Oslo.", of: "sign") == .negated)
        #expect(modality("Ola Berg didn' t sign the fisheries pact in Oslo.", of: "sign") == .negated)
        #expect(modality("Ola Berg didn't sign the fisheries pact in Oslo.", of: "sign") == .negated)
    }

    /// Doubt and belief verbs hedge their complement; "doubts X" and "don't think X" say the same.
    @Test func doubtAndDisbeliefAreHedgesNotAPolarityConflict() {
        #expect(modality("Ola Berg doubts the Coast Guard will be fined over the spill.", of: "fined") == .hedged)
        #expect(modality("I don't think the Coast Guard will be fined over the spill.", of: "fined") == .hedged)
        let analysis = analyse([
            ("a", "2024-05-04", "Ola Berg doubts the Coast Guard will be fined over the oil spill near Bergen."),
            ("b", "2024-05-04", "I don't think the Coast Guard will be fined over the oil spill near Bergen."),
        ])
        #expect(analysis.clusters.allSatisfy { $0.status != .conflicting && $0.status != .disputed })
        // A doubt noun is no doubt verb: "there is no doubt" asserts.
        #expect(modality("There is no doubt the Coast Guard was fined over the spill.", of: "fined") != .negated)
    }

    /// Claims naming different people are two events, whatever their dates; the same person's
    /// two dates still conflict.
    @Test func differentPeopleMakeNoDateConflict() throws {
        let analysis = analyse([
            ("a", "2023-05-10", "Ola Berg was arrested in Oslo on 2 May 2023 on suspicion of illegal fishing."),
            ("b", "2023-05-10", "Kari Dahl was arrested in Oslo on 3 May 2023 on suspicion of illegal fishing."),
        ])
        #expect(analysis.clusters.allSatisfy { $0.status != .conflicting && $0.status != .disputed })
        let same = analyse([
            ("a", "2023-05-10", "Ola Berg was arrested in Oslo on 2 May 2023 on suspicion of illegal fishing."),
            ("b", "2023-05-10", "Ola Berg was arrested in Oslo on 3 May 2023 on suspicion of illegal fishing."),
        ])
        let k = try #require(cluster(in: same, doc: "a", containing: "arrested"))
        #expect(k.status == .conflicting)
        #expect(k.conflicts.map(\.slot) == ["date"])
    }

    /// A city and a country are no rival places; two countries are.
    @Test func placesConflictOnlyBetweenCountries() throws {
        let cityAndCountry = analyse([
            ("a", "2023-05-04", "The Coast Guard seized the trawler in Bergen on 2 May 2023, the second seizure this year."),
            ("b", "2023-05-04", "On 2 May 2023 the Coast Guard seized a Spanish trawler in Norway after a long chase."),
        ])
        let k = try #require(cluster(in: cityAndCountry, doc: "a", containing: "seized"))
        #expect(k.docs == ["a", "b"])
        #expect(k.status == .agreed)
        let countries = analyse([
            ("a", "2023-05-04", "The Coast Guard seized the trawler in Chile on 2 May 2023."),
            ("b", "2023-05-04", "The Coast Guard seized the trawler in Peru on 2 May 2023."),
        ])
        let seized = try #require(cluster(in: countries, doc: "a", containing: "seized"))
        #expect(seized.status == .conflicting)
        #expect(seized.conflicts.map(\.slot) == ["place"])
    }

    /// "at Bergen's Fish Market in Oslo": the possessive names a business; the place is Oslo.
    @Test func possessiveNameIsNoPlace() {
        let claim = claims("A car hit a woman outside Bergen's Fish Market in Oslo on Friday.").first
        #expect(claim?.slots["place"] == .text("oslo"))
        #expect(claims("A car hit a woman outside the fish market in Bergen on Friday.").first?.slots["place"] == .text("bergen"))
    }

    /// Whether some cluster of the analysis is conflicting or disputed.
    private func contested(_ analysis: Analysis) -> Bool {
        analysis.clusters.contains { $0.status == .conflicting || $0.status == .disputed }
    }

    /// Counts of one noun with different modifiers count different things; with the same modifier they conflict.
    @Test func countsOfDifferentThingsMakeNoConflict() throws {
        let different = analyse([
            ("a", "2024-05-04", "Ola Berg spent four seasons as director of the fishing school in Bergen."),
            ("b", "2024-05-04", "Ola Berg spent 19 seasons with the Coast Guard in Bergen."),
        ])
        #expect(!contested(different))
        let same = analyse([
            ("a", "2024-05-04", "Ola Berg spent four seasons with the Coast Guard in Bergen."),
            ("b", "2024-05-04", "Ola Berg spent 19 seasons with the Coast Guard in Bergen."),
        ])
        let k = try #require(cluster(in: same, doc: "a", containing: "seasons"))
        #expect(k.status == .conflicting)
        #expect(k.conflicts.map(\.slot) == ["count"])
    }

    /// An approximate figure ("almost three hours") agrees with a close exact one, not with a far one.
    @Test func approximateFiguresToleranceCloseValues() throws {
        func analysis(_ first: String, _ second: String) -> Analysis {
            analyse([
                ("a", "2024-05-04", "The Coast Guard closed the harbour in Bergen for \(first) hours during the oil spill."),
                ("b", "2024-05-04", "The Coast Guard closed the harbour in Bergen for \(second) hours during the oil spill."),
            ])
        }
        let close = analysis("almost three", "two")
        let k = try #require(cluster(in: close, doc: "a", containing: "closed"))
        #expect(k.docs == ["a", "b"])
        #expect(!contested(close))
        let far = try #require(cluster(in: analysis("almost nine", "two"), doc: "a", containing: "closed"))
        #expect(far.status == .conflicting)
        let exact = try #require(cluster(in: analysis("three", "two"), doc: "a", containing: "closed"))
        #expect(exact.status == .conflicting)
    }

    /// A date attached to the attribution ("said … yesterday") is when it was said, not the claim's date.
    @Test func dateOfTheAttributionIsNotTheClaimsDate() {
        let said = claims("The Coast Guard seized a trawler near Bergen, Ola Berg said yesterday.", published: "2024-05-04")
        #expect(said.first { $0.text.contains("seized") }?.slots["date"] == nil)
        let dated = claims("The Coast Guard seized a trawler near Bergen on 2 May 2024, Ola Berg said.", published: "2024-05-04")
        #expect(dated.first { $0.text.contains("seized") }?.slots["date"] == .text("2024-05-02"))
    }

    /// A participle of the attribution's noun ("a statement released by …") is not the claim's event.
    @Test func attributionParticipleIsNotTheEvent() {
        let sentences = [
            "\u{201C}It is sad to hear about the case of Kari Dahl,\u{201D} Ola Berg said in a statement released by the Coast Guard.",
            "\u{201C}It is sad to hear about the case of Kari Dahl,\u{201D} said Ola Berg in a news release issued by the Coast Guard.",
            "In a statement released by the Coast Guard, Ola Berg noted, \u{201C}It is sad to hear about the case of Kari Dahl.\u{201D}",
        ]
        for sentence in sentences {
            let found = claims(sentence)
            #expect(!found.isEmpty)
            #expect(!found.contains { $0.predicate == "release" || $0.predicate == "issue" }, "\(sentence): \(found.map(\.predicate))")
        }
    }

    /// A generic subject ("anybody arrested for X") is about no one in particular: no rival date.
    @Test func genericSubjectMakesNoConflict() {
        let analysis = analyse([
            ("a", "2024-05-04", "Kari Dahl was arrested in Oslo on 2 May 2024 on suspicion of illegal fishing."),
            ("b", "2024-05-06", "Anybody arrested in Oslo on 5 May 2024 on suspicion of illegal fishing will lose the licence."),
        ])
        #expect(!contested(analysis))
    }

    /// A claim of document `doc` that someone fell `metres` metres.
    private func fall(_ doc: Int, speaker: String?, naming entities: [String], metres: Double) -> ClaimFeatures {
        let claim = Claim(
            id: "d\(doc)#c0", doc: "d\(doc)", sentence: 0, start: 0, end: 10, text: "fell", speaker: speaker,
            modality: speaker == nil ? .asserted : .reported, subject: [], predicate: "fall", object: nil,
            slots: ["count": .number(metres)])
        return ClaimFeatures(
            claim: claim, order: doc, docIndex: doc, entities: entities, terms: [], date: nil, countHead: "metr")
    }

    /// Rival figures of different speakers must be about a participant both name: "one of the
    /// party fell some 700 metres" names no one, so it disputes nobody's 200 metres. In one voice,
    /// a side naming no one is no rival of a side naming someone; two sides naming no one still are.
    @Test func disputesNeedASharedParticipant() {
        let judge = ClusterJudge(documentIDs: ["d0", "d1"], persons: ["ola-berg"])
        let unnamed = fall(0, speaker: nil, naming: [], metres: 700)
        #expect(judge.judge([unnamed, fall(1, speaker: "ministry", naming: ["bergen"], metres: 200)]).0 == .agreed)
        #expect(judge.judge([unnamed, fall(1, speaker: nil, naming: ["bergen"], metres: 200)]).0 == .agreed)
        #expect(judge.judge([unnamed, fall(1, speaker: nil, naming: [], metres: 200)]).0 == .conflicting)
        let named = fall(0, speaker: nil, naming: ["ola-berg"], metres: 700)
        #expect(judge.judge([named, fall(1, speaker: "ministry", naming: ["ola-berg"], metres: 200)]).0 == .disputed)
        #expect(judge.judge([named, fall(1, speaker: "ministry", naming: ["bergen"], metres: 200)]).0 == .agreed)
    }

    /// "did not meet them": the object is something specific the claim does not name, so neither a
    /// meeting without object nor one with another object is its rival; the same object still is.
    @Test func pronounObjectIsNoRivalOfAnotherObject() throws {
        func meet(_ doc: Int, speaker: String?, modality: Modality, pronoun: Bool) -> ClaimFeatures {
            let claim = Claim(
                id: "d\(doc)#c0", doc: "d\(doc)", sentence: 0, start: 0, end: 10, text: "meet", speaker: speaker,
                modality: modality, subject: ["kari-dahl"], predicate: "meet", object: nil, slots: [:])
            var features = ClaimFeatures(
                claim: claim, order: doc, docIndex: doc, entities: ["kari-dahl"], terms: [], date: nil, countHead: nil)
            features.negatesContent = modality == .negated
            features.pronounObject = pronoun
            return features
        }
        let judge = ClusterJudge(documentIDs: ["d0", "d1"], persons: ["kari-dahl", "ola-berg"])
        let met = meet(0, speaker: "ola-berg", modality: .reported, pronoun: false)
        // "Ola Berg said he met with Kari Dahl" / "Kari Dahl did not meet them" (the expectations).
        #expect(judge.judge([met, meet(1, speaker: nil, modality: .negated, pronoun: true)]).0 == .agreed)
        #expect(judge.judge([met, meet(1, speaker: nil, modality: .negated, pronoun: false)]).0 == .disputed)
        let named = analyse([
            ("a", "2024-05-04", "Kari Dahl met the Coast Guard in Bergen after the oil spill."),
            ("b", "2024-05-05", "Kari Dahl did not meet the Coast Guard in Bergen after the oil spill."),
        ])
        let k = try #require(cluster(in: named, doc: "b", containing: "did not meet"))
        #expect(k.status == .conflicting)
    }
}
