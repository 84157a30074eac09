import CrosscheckSchema
import Testing

@Suite struct VerdictTests {
    @Test func sameEventInOtherWordsIsAgreed() throws {
        let analysis = analyse([
            ("a", "2023-05-03", "Norway and Sweden signed a fisheries pact in Oslo on 2 May 2023."),
            ("b", "2023-05-03", "A fisheries agreement was signed by Norway and Sweden in Oslo on 2 May 2023."),
        ])
        let k = try #require(cluster(in: analysis, doc: "a", containing: "signed"))
        #expect(k.docs == ["a", "b"])
        #expect(k.status == .agreed)
        #expect(k.id == "k1")
        // The label is a member's own clause, never a synthesised subject-verb-object.
        #expect(k.label == "Norway and Sweden signed a fisheries pact in Oslo on 2 May 2023")
        #expect(analysis.timeline.first?.date == "2023-05-02")
        #expect(analysis.timeline.first?.clusters == ["k1"])
    }

    /// A label drops the opener ("However,") and the trailing stop of the clause it quotes.
    @Test func labelIsTheShortestCentralClauseWithoutItsOpener() throws {
        let analysis = analyse([
            ("a", "2023-05-03", "However, Norway and Sweden signed a fisheries pact in Oslo on 2 May 2023, officials confirmed."),
            ("b", "2023-05-03", "Norway and Sweden signed a fisheries pact in Oslo on 2 May 2023 after long talks in Bergen and Oslo."),
            ("c", "2023-05-03", "And Norway and Sweden signed a fisheries pact in Oslo on 2 May 2023."),
        ])
        let k = try #require(cluster(in: analysis, doc: "c", containing: "signed"))
        #expect(k.docs.count >= 2)
        #expect(k.label == "Norway and Sweden signed a fisheries pact in Oslo on 2 May 2023")
    }

    @Test func differentDatesConflictWithEachValuesDocs() throws {
        let analysis = analyse([
            ("a", "2023-05-04", "Norway and Sweden signed a fisheries pact in Oslo on 2 May 2023."),
            ("b", "2023-05-04", "Norway and Sweden signed the fisheries treaty in Oslo on 3 May 2023."),
            ("c", nil, "Norway and Sweden signed a fisheries accord in Oslo on May 2, 2023."),
        ])
        let k = try #require(cluster(in: analysis, doc: "a", containing: "signed"))
        #expect(k.status == .conflicting)
        let dates = try #require(k.conflicts.first { $0.slot == "date" })
        #expect(dates.values.map(\.value) == [.text("2023-05-02"), .text("2023-05-03")])
        #expect(dates.values.map(\.docs) == [["a", "c"], ["b"]])
    }

    @Test func hedgedAgainstAssertedValueIsDisputedNeverAgreedOrConflicting() throws {
        let analysis = analyse([
            ("a", "2023-05-04", "Norway and Sweden signed a fisheries pact in Oslo on 2 May 2023."),
            ("b", "2023-05-04", "Norway and Sweden reportedly signed a fisheries pact in Oslo on 3 May 2023."),
        ])
        let k = try #require(cluster(in: analysis, doc: "a", containing: "signed"))
        #expect(k.docs == ["a", "b"])
        #expect(k.status == .disputed)
        let dates = try #require(k.conflicts.first { $0.slot == "date" })
        #expect(dates.values.map(\.docs) == [["a"], ["b"]])
    }

    @Test func assertedAgainstNegatedConflicts() throws {
        let analysis = analyse([
            ("a", "2024-05-04", "The Fisheries Ministry informed the Coast Guard about the oil spill near Bergen."),
            ("b", "2024-05-04", "The Fisheries Ministry did not inform the Coast Guard about the oil spill near Bergen."),
        ])
        let k = try #require(cluster(in: analysis, doc: "b", containing: "did not inform"))
        #expect(k.status == .conflicting)
        #expect(k.conflicts.map(\.slot) == ["polarity"])
    }

    @Test func actorsWhoDisagreeAreDisputedWithBothSpeakers() throws {
        let text =
            "The Fishers Union said that the new quota violates the fisheries treaty. "
            + "The Fisheries Ministry denied that the new quota violates the fisheries treaty."
        let analysis = analyse([("a", "2024-02-01", text), ("b", "2024-02-02", text)])
        let k = try #require(cluster(in: analysis, doc: "a", containing: "Union said"))
        #expect(k.status == .disputed)
        #expect(analysis.clusters.allSatisfy { $0.status != .conflicting && $0.status != .agreed })
        let polarity = try #require(k.conflicts.first { $0.slot == "polarity" })
        let speakers = polarity.values.map { value in
            Set(value.claims.compactMap { id in analysis.claims.first { $0.id == id }?.speaker })
        }
        #expect(speakers.count == 2)
        #expect(speakers.first != speakers.last)
        #expect(speakers.allSatisfy { !$0.isEmpty })
    }

    @Test func stagesFollowingPublicationEvolve() throws {
        let analysis = analyse([
            ("a", "2023-01-05", "Norway and Sweden are considering a joint fisheries pact."),
            ("b", "2023-02-01", "Norway and Sweden are negotiating a joint fisheries pact."),
            ("c", "2023-03-01", "Norway and Sweden signed a joint fisheries pact in Oslo."),
        ])
        let k = try #require(cluster(in: analysis, doc: "c", containing: "signed"))
        #expect(k.docs == ["a", "b", "c"])
        #expect(k.status == .evolving)
    }

    /// Steps of one process told in other words, one of them hedged, still make one evolving
    /// cluster; another pair of parties at the same step stays out of it.
    @Test func hedgedStepsOfOneProcessEvolveAcrossWordings() throws {
        let analysis = analyse([
            ("a", "2023-01-05", "Norway and Sweden are considering a joint fisheries pact."),
            ("b", "2023-02-01", "Norway and Sweden are reportedly negotiating a fisheries agreement."),
            ("c", "2023-03-01", "Norway and Sweden signed the fisheries treaty in Oslo. Denmark and Finland signed a trade pact."),
        ])
        let k = try #require(cluster(in: analysis, doc: "c", containing: "Norway and Sweden signed"))
        #expect(k.docs == ["a", "b", "c"])
        #expect(k.status == .evolving)
        let other = try #require(cluster(in: analysis, doc: "c", containing: "Denmark"))
        #expect(other.id != k.id)
    }

    /// Figures that grow with publication dates evolve, in the plain past tense too ("killed 12",
    /// then "killed 20"), as news tells a rising toll; differing figures of one day conflict.
    @Test func risingCountsEvolveButSameDayCountsConflict() throws {
        let rising = analyse([
            ("a", "2023-01-01", "Floods killed 12 people in Bergen on 31 December 2022."),
            ("b", "2023-01-03", "Floods killed 20 people in Bergen on 31 December 2022."),
        ])
        let past = try #require(cluster(in: rising, doc: "a", containing: "killed"))
        #expect(past.docs == ["a", "b"])
        #expect(past.status == .evolving)
        let evacuated = analyse([
            ("a", "2023-05-02", "About 800 residents were evacuated from Voss on 1 May 2023 as the river burst its banks."),
            ("b", "2023-05-03", "Some 3,500 residents were evacuated from their homes in Voss on 1 May 2023."),
        ])
        let k = try #require(cluster(in: evacuated, doc: "b", containing: "evacuated"))
        #expect(k.docs == ["a", "b"])
        #expect(k.status == .evolving)
        let sameDay = analyse([
            ("a", "2023-01-03", "Floods killed 12 people in Bergen on 31 December 2022."),
            ("b", "2023-01-03", "Floods killed 20 people in Bergen on 31 December 2022."),
        ])
        let same = try #require(cluster(in: sameDay, doc: "a", containing: "killed"))
        #expect(same.status == .conflicting)
        #expect(same.conflicts.map(\.slot) == ["count"])
    }

    /// A value marked as a lower bound or a revision evolves, even on the same publication day.
    @Test func provisionalOrRevisedValuesEvolve() throws {
        let analysis = analyse([
            ("a", "2023-01-03", "Floods killed at least 12 people in Bergen on 31 December 2022."),
            ("b", "2023-01-03", "Floods killed 20 people in Bergen on 31 December 2022."),
        ])
        let k = try #require(cluster(in: analysis, doc: "a", containing: "killed"))
        #expect(k.docs == ["a", "b"])
        #expect(k.status == .evolving)
        #expect(k.conflicts.map(\.slot) == ["count"])
    }

    @Test func differentEventsStayApart() {
        let analysis = analyse([
            ("a", "2023-05-04", "Norway and Sweden signed a fisheries pact in Oslo on 2 May 2023."),
            ("b", "2023-05-04", "Chile and Peru signed a mining pact on 9 October 2021."),
        ])
        #expect(analysis.clusters.count == 2)
        #expect(analysis.clusters.allSatisfy { $0.status == .singleSource })
    }

    @Test func sameWordingAboutDifferentPlacesStaysApart() {
        let analysis = analyse([
            ("a", "2023-01-03", "At least 12 people were injured in storms in Bergen last week."),
            ("b", "2023-01-03", "At least 30 people were injured in storms in Oslo last week."),
        ])
        #expect(analysis.clusters.count == 2)
        #expect(analysis.clusters.allSatisfy { $0.conflicts.isEmpty })
    }

    @Test func differentRoleHoldersConflict() throws {
        let analysis = analyse([
            ("a", "2024-02-01", "Fisheries Minister Ola Berg said that Norway will cut the cod quota by 20%."),
            ("b", "2024-02-01", "Fisheries Minister Kari Dahl said that Norway will cut the cod quota by 20%."),
        ])
        let k = try #require(cluster(in: analysis, doc: "a", containing: "Ola Berg"))
        #expect(k.docs == ["a", "b"])
        #expect(k.status == .conflicting)
        let holder = try #require(k.conflicts.first { $0.slot == "holder" })
        #expect(holder.values.map(\.value) == [.text("kari-dahl"), .text("ola-berg")])
    }

    @Test func outputIsDeterministic() {
        let articles: [(String, String?, String)] = [
            ("a", "2023-05-04", "Norway and Sweden signed a fisheries pact in Oslo on 2 May 2023. Floods killed 12 people in Bergen."),
            ("b", "2023-05-05", "Norway and Sweden signed the fisheries treaty in Oslo on 3 May 2023. Floods killed 14 people in Bergen."),
        ]
        #expect(analyse(articles) == analyse(articles))
    }
}
