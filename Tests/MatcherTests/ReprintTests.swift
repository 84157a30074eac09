import CrosscheckSchema
import MatcherKit
import Testing

/// Reprints and syndicated copy: found without comparing every pair, reported with their
/// passages, and never counted as independent corroboration.
@Suite struct ReprintTests {
    static let original = """
        Norway and Sweden signed a fisheries pact in Oslo on 2 May 2023, ending a dispute over cod quotas.
        The agreement caps the cod catch in the shared zone for five years, the Fisheries Ministry said in a statement on Tuesday.
        Inspectors from both countries will board trawlers together, and the Coast Guard will publish its findings every quarter.
        Fishers Union leaders said they welcomed the deal but warned that smaller boats could lose their winter income.
        """
    /// The original, lightly edited: a word changed here and there, one sentence dropped, one paragraph added.
    static let repost = """
        Norway and Sweden signed a fisheries pact in Oslo on 2 May 2023, ending a long dispute over cod quotas.
        The agreement caps the cod catch in the shared zone for five years, the Fisheries Ministry said in a statement on Tuesday.
        Inspectors from both countries will board trawlers together, and the Coast Guard will publish its results every quarter.
        Readers can send their questions about the new quotas to our newsroom by email before Friday evening.
        """
    static let independent = """
        A fisheries agreement was signed by Norway and Sweden in Oslo on 2 May 2023 after months of talks about quotas.
        Finland said it would watch how the joint inspections work before it joins any similar scheme next year.
        """

    static func spanText(_ analysis: Analysis, _ span: DocumentSpan) -> String {
        let doc = analysis.documents.first { $0.document.id == span.doc }
        return SourceText(doc?.document.text ?? "")[span.start, span.end]
    }

    @Test func lightlyEditedRepostIsOnePairWithItsPassagesAndTheEarlierOriginal() throws {
        let analysis = analyse([
            ("wire", "2023-05-02", Self.original), ("repost", "2023-05-03", Self.repost),
            ("other", "2023-05-02", Self.independent),
        ])
        let pairs = try #require(analysis.reprints)
        #expect(pairs.count == 1)
        let pair = try #require(pairs.first)
        #expect(pair.docs == ["wire", "repost"])
        #expect(pair.original == "wire" && pair.originalBy == "earliest-published")
        #expect(pair.passages.count == 1)
        let passage = try #require(pair.passages.first)
        #expect(passage.spans.map(\.doc) == ["wire", "repost"])
        #expect(Self.spanText(analysis, passage.spans[0]).hasPrefix("Norway and Sweden signed a fisheries pact"))
        #expect(Self.spanText(analysis, passage.spans[0]).hasSuffix("publish its findings every quarter."))
        #expect(Self.spanText(analysis, passage.spans[1]).hasSuffix("publish its results every quarter."))
        #expect(passage.similarity >= 0.5 && passage.similarity < 1)
        let shares = Dictionary(uniqueKeysWithValues: pair.shared.map { ($0.doc, $0.share) })
        #expect((shares["wire"] ?? 0) > 0.6 && (shares["wire"] ?? 1) < 1)
        #expect((shares["repost"] ?? 0) > 0.6 && (shares["repost"] ?? 1) < 1)
    }

    @Test func aClaimOnlyInTheTwoCopiesIsNotAgreed() throws {
        let analysis = analyse([
            ("wire", "2023-05-02", Self.original), ("repost", "2023-05-03", Self.repost),
            ("other", "2023-05-02", Self.independent),
        ])
        let caps = try #require(cluster(in: analysis, doc: "wire", containing: "caps the cod catch"))
        #expect(caps.docs == ["repost", "wire"])
        #expect(caps.status != .agreed)
        #expect(caps.status == .singleSource)
        #expect(caps.independentDocs == ["wire"])
        #expect(caps.copies?.map(\.doc) == ["repost"] && caps.copies?.first?.of == "wire")

        // The signing is also reported, in other words, by an independent source: agreed, copy shown apart.
        let signing = try #require(cluster(in: analysis, doc: "other", containing: "signed"))
        #expect(Set(signing.docs) == ["wire", "repost", "other"])
        #expect(signing.status == .agreed)
        #expect(Set(signing.independentDocs ?? []) == ["wire", "other"])
        #expect(signing.copies?.map(\.doc) == ["repost"])
    }

    @Test func withoutDatesTheCompleteCopyIsTheOriginal() throws {
        let cut = Self.original.split(separator: "\n").prefix(3).joined(separator: "\n")
            .replacingOccurrences(of: " for five years", with: "")
        let analysis = analyse([("full", nil, Self.original), ("cut", nil, cut)])
        let pair = try #require(analysis.reprints?.first)
        #expect(pair.original == "full" && pair.originalBy == "complete-passage")
    }

    @Test func sharedWordingInsideDifferentSentencesIsAFragment() throws {
        let a =
            "A ministry spokesperson told the regional broadcaster that the talks on the quota were still going on, "
            + "and that no date had been set for a vote."
        let b = "Late on Friday a ministry spokesperson told the regional broadcaster that the talks on the quota had collapsed."
        let analysis = analyse([("a", "2023-05-02", a), ("b", "2023-05-03", b)])
        let pair = try #require(analysis.reprints?.first)
        let passage = try #require(pair.passages.first)
        #expect(pair.passages.count == 1 && passage.level == "fragment")
        // Words compare lowercased: "A" and "a" are the same word.
        #expect(Self.spanText(analysis, passage.spans[0]) == "A ministry spokesperson told the regional broadcaster that the talks on the quota")
        #expect(Self.spanText(analysis, passage.spans[1]) == "a ministry spokesperson told the regional broadcaster that the talks on the quota")
        #expect(pair.original == "a")
    }

    @Test func differentWordingIsNoReprint() {
        let analysis = analyse([
            ("a", "2023-05-03", "Norway and Sweden signed a fisheries pact in Oslo on 2 May 2023."),
            ("b", "2023-05-03", "A fisheries agreement was signed by Norway and Sweden in Oslo on 2 May 2023."),
        ])
        #expect(analysis.reprints == [])
        #expect(analysis.clusters.first?.status == .agreed)
    }

    @Test func aSentenceEveryPageCarriesLinksNoPairs() {
        let footer = "Our journalism is funded by readers like you, so please consider a subscription today."
        let documents = (0..<80).map { n in
            ParsedDocument(
                id: "d\(n)", path: "d\(n)", text: "Story number \(n) about harbour \(n) opened on day \(n). \(footer)",
                sentences: [])
        }.map { doc -> ParsedDocument in
            var d = doc
            let count = d.text.unicodeScalars.count
            let cut = count - footer.unicodeScalars.count
            d.sentences = [Sentence(start: 0, end: cut - 1, paragraph: 0), Sentence(start: cut, end: count, paragraph: 0)]
            return d
        }
        #expect(ReprintDetector().detect(documents).isEmpty)
        #expect(ReprintDetector().detect(Array(documents.prefix(3))).count == 3)
    }
}
