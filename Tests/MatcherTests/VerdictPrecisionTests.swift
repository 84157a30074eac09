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
}
