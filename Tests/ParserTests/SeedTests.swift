import CrosscheckSchema
import Testing

@testable import ParserKit

/// The five seed articles: real properties of each, not a snapshot of the output.
@Suite("Seeds")
struct SeedTests {
    @Test("every seed parses with consistent spans", arguments: ["000_", "001_", "002_", "003_", "004_"])
    func invariants(prefix: String) throws {
        let doc = try ParserTestSupport.seed(prefix)
        ParserTestSupport.checkInvariants(doc)
        #expect(doc.sentences.count >= 15)
        #expect(doc.truncated == false)
        #expect(doc.words > 300)
    }

    @Test func opinionSeedTitleHeadingsAndCommentForm() throws {
        let doc = try ParserTestSupport.seed("000_")
        #expect(doc.title?.hasPrefix("A dangerous escalation:") == true)
        #expect(doc.authors.isEmpty)
        #expect(doc.published == nil, "the body's event date is not a publication date")
        let headings = ParserTestSupport.headings(doc)
        #expect(headings.contains("A Calculated Provocation"))
        #expect(headings.contains("International Implications and the Role of NATO"))
        let boilerplate = ParserTestSupport.removed(doc, reason: "boilerplate")
        for line in ["Share this article", "Prev Post", "Next Post", "Leave a Reply", "Read next"] {
            #expect(boilerplate.contains(line), "\(line) should be removed")
        }
        // The teaser headlines after "Prev Post"/"Next Post" belong to other articles.
        #expect(boilerplate.contains { $0.hasPrefix("Alternative for Germany") })
        let sentences = ParserTestSupport.sentences(doc)
        #expect(!sentences.contains { $0.contains("Calculated Provocation") })
        #expect(sentences.last?.hasPrefix("The West must") == true)
        // “Kosovo” in quotes is a scare quote, in the title as ‘Kosovo’ too.
        let scare = ParserTestSupport.quoteTexts(doc, kind: .scare)
        #expect(scare.filter { $0 == "“Kosovo”" }.count >= 8)
        #expect(scare.contains("‘Kosovo’"))
        let provocation = try #require(ParserTestSupport.quote(doc, containing: "open provocation"))
        #expect(provocation.kind == .speech)
        #expect(provocation.speakerText == "Serbia’s Ministry of Foreign Affairs")
    }

    @Test func outletLineReplyFormAndQuotes() throws {
        let doc = try ParserTestSupport.seed("001_")
        #expect(doc.outlet == "Thewesternbalkans")
        #expect(doc.title == nil, "the site-name line is not a title")
        #expect(doc.published == nil)
        let boilerplate = ParserTestSupport.removed(doc, reason: "boilerplate")
        #expect(boilerplate.contains("LEAVE A REPLY"))
        #expect(boilerplate.contains("Please enter your comment!"))
        #expect(boilerplate.contains("Please enter your name here"))
        // "Comments:" labels a body paragraph; its text is not removed.
        #expect(ParserTestSupport.headings(doc).contains("Comments"))
        let sentences = ParserTestSupport.sentences(doc)
        #expect(sentences.contains { $0.hasPrefix("For now, the Western Balkans") })
        let plenkovic = try #require(ParserTestSupport.quote(doc, containing: "We created a document"))
        #expect(plenkovic.kind == .speech)
        #expect(plenkovic.speakerText == "Plenković")
        #expect(
            ParserTestSupport.quoteTexts(doc).contains { $0.contains("reform efforts. It is not of a hostile nature,”") },
            "a quote over two sentences stays one span")
        let anusic = try #require(ParserTestSupport.quote(doc, containing: "The time when Croatia"))
        #expect(anusic.speakerText == "Croatian Defence Minister Ivan Anušić")
        let told = try #require(doc.attributions.first { $0.cue == "told" })
        #expect(told.speakerText == "A NATO official")
        #expect(SourceText(doc.text)[told.content].hasPrefix("the alliance is aware"))
        #expect(doc.attributions.contains { $0.cue == "According to" && $0.speakerText == "some researchers" })
        #expect(doc.attributions.contains { $0.speakerText == "Serbia’s President Aleksandar Vučić" && $0.cue == "stated" })
    }

    @Test func labelledLinesAndHardWraps() throws {
        let doc = try ParserTestSupport.seed("002_")
        let headings = ParserTestSupport.headings(doc)
        #expect(headings.contains("Perceived Threat to National Security"))
        #expect(headings.contains("Kosovo’s Position: A Step Toward Defense Autonomy"))
        let sentences = ParserTestSupport.sentences(doc)
        #expect(sentences.first == "Serbia considers Kosovo a part of its territory and refuses to recognize its independence.")
        // A line broken mid-sentence is one sentence spanning the break.
        #expect(
            sentences.contains {
                $0.hasPrefix("Croatian Defense Minister Ivan Anušić has stated") && $0.contains("approval for\nits military actions")
            })
        #expect(sentences.contains { $0.contains("view it as a\nthreat to regional stability.") })
        #expect(!sentences.contains { $0.hasPrefix("its military") || $0.hasPrefix("threat to regional") })
        #expect(!sentences.contains { $0.contains("Strategic Calculations") })
    }

    @Test func writtenByBylineAndDateLine() throws {
        let doc = try ParserTestSupport.seed("003_")
        #expect(doc.title == "Tensions Rise in the Balkans Amid New Regional Military Alliances")
        #expect(doc.authors == ["Asger Risom"])
        #expect(doc.published == "2025-03-24")
        #expect(ParserTestSupport.removed(doc, reason: "byline") == ["Written by Asger Risom"])
        #expect(ParserTestSupport.removed(doc, reason: "dateline") == ["Mar.24 - 2025 7:46 AM CET"])
        #expect(ParserTestSupport.removed(doc, reason: "photo-credit") == ["Shutterstock", "Shutterstock"])
        #expect(ParserTestSupport.removed(doc, reason: "boilerplate").contains("TRENDING NOW"))
        let trigger = try #require(ParserTestSupport.quote(doc, containing: "trigger for an arms race"))
        #expect(trigger.kind == .speech)
        #expect(trigger.speakerText == "Serbian President Aleksandar Vučić")
        let positive = try #require(ParserTestSupport.quote(doc, containing: "positive development"))
        #expect(positive.kind == .speech, "a short phrase framed by “describing … as a” is speech")
        #expect(positive.speakerText == "Serbian Foreign Minister Marko Đurić")
        #expect(doc.attributions.contains { $0.cue == "As reported by" && $0.speakerText == "Digi24" })
        #expect(doc.attributions.contains { $0.cue == "said" && $0.speakerText == "Croatia’s Defense Minister" })
        // The em-dash aside stays inside its sentence.
        #expect(ParserTestSupport.sentences(doc).contains { $0.contains("community—especially in light of its 1990s history—are being shaped") })
    }

    @Test func pipeBylineSummaryAndForecast() throws {
        let doc = try ParserTestSupport.seed("004_")
        #expect(doc.title == "The Albania-Croatia-Kosovo Trilateral Defence Alliance")
        #expect(doc.authors == ["Anna Toso"])
        #expect(doc.published == "2025-04-04")
        let headings = ParserTestSupport.headings(doc)
        for heading in ["Summary", "Forecast", "Medium-term (3-12 months)", "Long-term (>1 year)"] {
            #expect(headings.contains(heading))
        }
        let sentences = ParserTestSupport.sentences(doc)
        #expect(sentences.contains { $0.hasSuffix("7.4% in 2024, compared to 6.5% in 2023 and 3.5% in 2022.") })
        #expect(!sentences.contains { $0 == "Summary" || $0.contains("Anna Toso") })
        let arms = try #require(ParserTestSupport.quote(doc, containing: "arms race"))
        #expect(arms.kind == .term)
        #expect(arms.speakerText == nil)
        let threat = try #require(ParserTestSupport.quote(doc, containing: "poses a security threat"))
        #expect(threat.kind == .speech)
        #expect(threat.speakerText == "Serbian Foreign Minister Marko Djuric")
    }
}
