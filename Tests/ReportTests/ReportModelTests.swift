import CrosscheckSchema
import Foundation
import Knowledge
import Testing

@testable import ReportKit

@Suite("report.json model")
struct ReportModelTests {
    let writer = ReportWriter(vocabulary: FixtureBundle.vocabulary)

    @Test("lists are sorted whatever order the analysis gives")
    func stableOrder() {
        let report = writer.report(for: FixtureBundle.analysis())
        #expect(report.version == 1)
        #expect(report.documents.map(\.id) == ["coast-daily", "harbour-times", "hostile"])
        #expect(report.sources.map(\.doc) == report.documents.map(\.id))
        #expect(report.clusters.map(\.id) == ["k1", "k2", "k3", "k4", "k5", "k10"])
        #expect(report.entities.map(\.id) == ["ilse-brandt", "old-mill-bridge", "varnholm", "varnholm-council", "varnholm-officials"])
        #expect(report.timeline.map(\.date) == ["2024-05-01", "2024-05-03"])
        let k1 = report.clusters[0]
        #expect(k1.docs == ["coast-daily", "harbour-times", "hostile"])
        #expect(k1.conflicts.map(\.slot) == ["date", "injured"])
        #expect(k1.conflicts[0].values.map(\.value) == [.text("2024-05-01"), .text("2024-05-02")])
        #expect(k1.conflicts[0].values[0].docs == ["harbour-times", "hostile"])
        #expect(k1.conflicts[1].values.map(\.value) == [.number(12), .number(15)])
        let bridge = report.entities[1]
        #expect(bridge.mentions.map(\.doc) == ["coast-daily", "coast-daily", "harbour-times"])
        #expect(bridge.mentions[0].start < bridge.mentions[1].start)
        let council = report.entities[3]
        #expect(council.aliases == ["Council", "the council"])
        #expect(report.failed.map(\.id) == ["broken"])
    }

    @Test("documents carry the parser's metadata, nulls where unknown")
    func documents() {
        let report = writer.report(for: FixtureBundle.analysis())
        let coast = report.documents[0], harbour = report.documents[1]
        #expect(coast.outlet == nil)
        #expect(coast.author == nil)
        #expect(harbour.author == "Tove Lind")
        #expect(harbour.outlet == "Harbour Times")
        #expect(harbour.published == "2024-05-02")
        #expect(harbour.sentences.count == 7)
        #expect(harbour.quotes.count == 1)
        #expect(harbour.quotes[0].kind == .speech)
    }

    @Test("source profiles count loaded terms, hedges, scare quotes, quotes, attribution and unique claims")
    func profiles() throws {
        let report = writer.report(for: FixtureBundle.analysis())
        let byDoc = Dictionary(uniqueKeysWithValues: report.sources.map { ($0.doc, $0) })
        let harbour = try #require(byDoc["harbour-times"])
        #expect(harbour.loaded.count == 3)
        #expect(harbour.loaded.terms == ["catastrophic failure", "cover-up", "scandalous"])
        let harbourWords = try #require(report.documents.first { $0.id == "harbour-times" }).words
        #expect(harbour.loaded.per1000 == (3000.0 / Double(harbourWords) * 10).rounded() / 10)
        #expect(harbour.hedges == 1, "“reportedly” counts, the month in “1 May 2024” does not")
        #expect(harbour.quotes == 1)
        #expect(harbour.attributedShare == 0.25)
        #expect(harbour.uniqueClaims == 1)
        #expect(harbour.scareQuotes.isEmpty)

        let coast = try #require(byDoc["coast-daily"])
        #expect(coast.loaded.terms == ["so-called"])
        #expect(coast.hedges == 1)
        #expect(coast.quotes == 0, "a scare quote is not speech")
        #expect(coast.scareQuotes == [ScareQuoteCount(entity: "varnholm-council", count: 1)])
        #expect(coast.attributedShare == 0)
        #expect(coast.uniqueClaims == 1)

        let hostile = try #require(byDoc["hostile"])
        #expect(hostile.attributedShare == 0.5)
        #expect(hostile.loaded.count == 0)
        #expect(hostile.loaded.per1000 == 0)
    }

    @Test("loaded terms only count inside body sentences, on word boundaries")
    func termBoundaries() {
        var doc = ArticleBuilder(id: "d")
        doc.heading("A scandalous headline")
        doc.paragraph(["Unscandalous words and scandalously long ones do not count.", "This SCANDALOUS one does, and so does this Scandalous one."])
        let analysis = Analysis(documents: [ResolvedDocument(document: doc.document(title: nil, outlet: nil, published: nil))], entities: [])
        let profile = ReportWriter(vocabulary: FixtureBundle.vocabulary).report(for: analysis).sources[0]
        #expect(profile.loaded.count == 1, "only the all-caps mid-sentence one reads as the word; the capitalised one reads as a name")
    }

    @Test("rounding gives short decimals")
    func rounding() {
        #expect(SourceProfiler.round(1.0 / 3.0, places: 2) == 0.33)
        #expect(SourceProfiler.round(2.0 / 3.0, places: 2) == 0.67)
        #expect(SourceProfiler.round(21.449, places: 1) == 21.4)
        #expect(SourceProfiler.round(.nan, places: 1) == 0)
        #expect(Formatting.decimal(21.4, places: 1) == "21.4")
        #expect(Formatting.decimal(3, places: 1) == "3.0")
        #expect(Formatting.percent(0.125) == "13%")
    }

    @Test("natural order puts k2 before k10")
    func naturalOrder() {
        #expect(["k10", "k2", "k1", "a", "k02"].sorted(by: NaturalOrder.less) == ["a", "k1", "k02", "k2", "k10"])
        #expect(NaturalOrder.less("k2", "k02") != NaturalOrder.less("k02", "k2"))
    }
}

@Suite("knowledge base wiring")
struct KnowledgeWiringTests {
    @Test("init(knowledge:) profiles with the base's loaded terms and hedges")
    func knowledge() {
        let lexicon = Lexicon(hedges: ["reportedly"], loadedTerms: [LoadedTerm(term: "cover-up", category: "name-calling")])
        let writer = ReportWriter(knowledge: KnowledgeBase(lexicon: lexicon))
        let harbour = writer.report(for: FixtureBundle.analysis()).sources.first { $0.doc == "harbour-times" }
        #expect(harbour?.loaded.terms == ["cover-up"])
        #expect(harbour?.hedges == 1)
    }
}
