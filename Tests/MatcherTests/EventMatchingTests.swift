import CrosscheckSchema
import Testing

@testable import MatcherKit

/// Events named by different verbs and nouns, facets of one event, and indefinite objects.
@Suite struct EventMatchingTests {
    @Test func participantCountsOfOneStrikeConflictAcrossWordings() throws {
        let analysis = analyse([
            ("a", "2024-06-04", "About 900 ferry crews joined the strike in Bergen."),
            ("b", "2024-06-04", "About 600 ferry crews stopped work in Bergen."),
            ("c", "2024-06-05", "The walkout in Bergen involved 900 ferry crews."),
        ])
        let k = try #require(cluster(in: analysis, doc: "a", containing: "joined"))
        #expect(k.docs == ["a", "b", "c"])
        #expect(k.status == .conflicting)
        #expect(k.conflicts.map(\.slot) == ["count"])
        let claim = try #require(analysis.claims.first { $0.doc == "b" })
        #expect(claim.predicate == "strike")
    }

    /// Verbs the predicate lists do not group meet through their WordNet event classes.
    @Test func wordNetSynonymsNameOneEvent() throws {
        let lexicon = try MatcherLexicon.bundled()
        let struck = Set(lexicon.eventClasses["struck"] ?? []), hit = Set(lexicon.eventClasses["hit"] ?? [])
        #expect(!struck.isDisjoint(with: hit))
        #expect(Set(lexicon.eventClasses["hire"] ?? []).isDisjoint(with: lexicon.eventClasses["fire"] ?? []))
        let analysis = analyse([
            ("a", "2024-06-04", "The Bergen ferry vanished from radar screens on 3 June 2024."),
            ("b", "2024-06-04", "The Bergen ferry disappeared from radar screens on 3 June 2024."),
        ])
        let k = try #require(cluster(in: analysis, doc: "a", containing: "vanished"))
        #expect(k.docs == ["a", "b"])
    }

    @Test func startDateAndSizeOfOneStrikeStayApart() throws {
        let analysis = analyse([
            ("a", "2024-06-04", "Ferry crews in Bergen walked out on 3 June 2024. About 900 ferry crews joined the strike."),
            ("b", "2024-06-05", "Bergen's ferry crews began their strike on 4 June 2024. The walkout involved 600 ferry crews."),
        ])
        let start = try #require(cluster(in: analysis, doc: "a", containing: "walked out"))
        let size = try #require(cluster(in: analysis, doc: "a", containing: "joined"))
        #expect(start.id != size.id)
        #expect(start.docs == ["a", "b"])
        #expect(start.conflicts.map(\.slot) == ["date"])
        #expect(size.docs == ["a", "b"])
        #expect(size.conflicts.map(\.slot) == ["count"])
    }

    @Test func possessiveNameCountsAsTheEntity() throws {
        let found = claims("Bergen's ferry crews began their strike on 4 June 2024.")
        let claim = try #require(found.first)
        #expect(claim.predicate == "strike")
        #expect(claim.slots["date"] == .text("2024-06-04"))
        let analysis = analyse([
            ("a", "2024-06-05", "Ferry crews in Bergen walked out on 3 June 2024."),
            ("b", "2024-06-05", "Bergen's ferry crews began their strike on 4 June 2024."),
        ])
        #expect(cluster(in: analysis, doc: "b", containing: "began")?.docs == ["a", "b"])
    }

    @Test func denyingAnyObjectConflictsWithAssertingOne() throws {
        let analysis = analyse([
            ("a", "2024-06-05", "The Coast Guard arrested a skipper on suspicion of smuggling in Bergen."),
            ("b", "2024-06-05", "The Coast Guard has not arrested anyone in Bergen."),
        ])
        let k = try #require(cluster(in: analysis, doc: "a", containing: "arrested"))
        #expect(k.docs == ["a", "b"])
        #expect(k.conflicts.map(\.slot) == ["polarity"])
    }

    @Test func differentObjectsAreNotAPolarityConflict() throws {
        let analysis = analyse([
            ("a", "2024-06-05", "The Coast Guard arrested a skipper in Bergen."),
            ("b", "2024-06-05", "The Coast Guard has not arrested the ferry owner in Bergen."),
        ])
        #expect(analysis.clusters.allSatisfy { $0.status != .conflicting })
    }

    @Test func unnamedSpeakersComplementGivesThePredicate() throws {
        let found = claims("The dockers' association said that safety checks had been skipped for years.")
        let claim = try #require(found.first)
        #expect(claim.predicate.hasPrefix("skip"))
        #expect(claim.modality != .negated)
        let text =
            "The dockers' association said that safety checks had been skipped for years. "
            + "The port operator denied that safety checks had been skipped."
        let analysis = analyse([("a", "2024-06-05", text), ("b", "2024-06-05", text)])
        let k = try #require(cluster(in: analysis, doc: "a", containing: "association said"))
        #expect(k.docs == ["a", "b"])
        // Two actors who disagree, reported alike by both sources: not a conflict of sources.
        #expect(analysis.clusters.allSatisfy { $0.status != .conflicting })
    }
}
