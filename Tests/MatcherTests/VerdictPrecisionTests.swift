import CrosscheckSchema
import Testing

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
        let found = claims("The Coast Guard fined Kari Dahl over the spill, Ola Berg said in a statement released by the Fisheries Ministry.")
        #expect(!found.contains { $0.predicate == "release" })
        #expect(found.contains { $0.text.contains("fined") })
    }

    /// A generic subject ("anybody arrested for X") is about no one in particular: no rival date.
    @Test func genericSubjectMakesNoConflict() {
        let analysis = analyse([
            ("a", "2024-05-04", "Kari Dahl was arrested in Oslo on 2 May 2024 on suspicion of illegal fishing."),
            ("b", "2024-05-06", "Anybody arrested in Oslo on 5 May 2024 on suspicion of illegal fishing will lose the licence."),
        ])
        #expect(!contested(analysis))
    }

    /// Between different speakers, rival figures must be about a participant both name: "one of the
    /// crew" names no one; the same named person's two figures are still disputed.
    @Test func disputesNeedASharedParticipant() throws {
        let unnamed = analyse([
            ("a", "2024-05-04", "The Fishers Union said one of the crew fell some 700 metres from the cliff near Bergen."),
            ("b", "2024-05-04", "The Fisheries Ministry said the fisherman fell 200 metres from the cliff."),
        ])
        #expect(!contested(unnamed))
        let named = analyse([
            ("a", "2024-05-04", "The Fishers Union said the Coast Guard found 700 barrels of oil near Bergen."),
            ("b", "2024-05-04", "The Fisheries Ministry said the Coast Guard found 200 barrels of oil near Bergen."),
        ])
        let k = try #require(cluster(in: named, doc: "a", containing: "barrels"))
        #expect(k.status == .disputed)
    }
}
