import CrosscheckSchema
import Testing

@testable import ParserKit

/// Articles in other layouts about other events, written for these tests.
@Suite("Fixtures")
struct FixtureTests {
    @Test(
        "every fixture parses with consistent spans",
        arguments: [
            "wire_dateline", "multiple_bylines", "live_blog", "opinion_standfirst", "truncated_feed",
            "press_release", "photo_caption", "lists", "hard_wrapped",
        ])
    func invariants(name: String) throws {
        let doc = try ParserTestSupport.fixture(name)
        ParserTestSupport.checkInvariants(doc)
        #expect(!doc.sentences.isEmpty)
    }

    @Test func wireStoryWithDateline() throws {
        let doc = try ParserTestSupport.fixture("wire_dateline")
        #expect(doc.title == "Kenya floods displace thousands as rains persist")
        #expect(doc.authors == ["Amina Wanjiru", "Peter Otieno"])
        #expect(doc.outlet == "Reuters")
        #expect(doc.published == "2025-06-04")
        #expect(ParserTestSupport.removed(doc, reason: "dateline").contains("NAIROBI, Kenya, June 3 (Reuters) —"))
        let sentences = ParserTestSupport.sentences(doc)
        #expect(sentences.first?.hasPrefix("Heavy rains have displaced") == true)
        #expect(!sentences.contains { $0.contains("Reporting by") })
        #expect(sentences.contains { $0.hasPrefix("Mr. Mwangi said the government had released 1.2 billion shillings (about $9.3 million)") })
        let quote = try #require(ParserTestSupport.quote(doc, containing: "moving families"))
        #expect(quote.kind == .speech)
        #expect(quote.speakerText == "Interior Secretary Daniel Mwangi")
        let next = try #require(ParserTestSupport.quote(doc, containing: "next 48 hours"))
        #expect(next.speakerText == "Interior Secretary Daniel Mwangi", "a quote right after an attributed one continues its speaker")
        #expect(doc.attributions.contains { $0.cue == "According to" && $0.speakerText == "the Kenya Red Cross" })
        #expect(doc.attributions.contains { $0.speakerText == "Mr. Mwangi" && $0.cue == "said" })
        let warned = try #require(doc.attributions.first { $0.cue == "warned" })
        #expect(warned.speakerText == "The meteorological department")
        #expect(SourceText(doc.text)[warned.content] == "rainfall would remain 30% above the seasonal average until the end of June")
    }

    @Test func severalBylinesAndBodyWordsLikeShare() throws {
        let doc = try ParserTestSupport.fixture("multiple_bylines")
        #expect(doc.authors == ["Laura Chen", "Marcus Webb", "Sofia Alvarez"])
        #expect(doc.published == "2024-02-12", "the first publication date, not the update")
        let sentences = ParserTestSupport.sentences(doc)
        // Body sentences that mention sharing or comments stay.
        #expect(sentences.contains { $0.hasPrefix("Residents were asked to share photos") })
        #expect(sentences.contains { $0.hasPrefix("Mayor Robert Klein declined to comment") })
        #expect(sentences.contains { $0 == "The council will take comments from residents at a hearing on Feb. 20." })
        let boilerplate = ParserTestSupport.removed(doc, reason: "boilerplate")
        #expect(boilerplate.contains("Share this article"))
        #expect(boilerplate.contains("Comments (14)"))
        #expect(boilerplate.contains("Ferry service to resume next week"), "related-article links are not body")
        #expect(sentences.contains { $0.hasPrefix("Dr. Helen Park, a structural engineer at St. Anne's University, said the U.S. federal standard") })
        let quote = try #require(ParserTestSupport.quote(doc, containing: "If the records are accurate"))
        #expect(quote.speakerText == "she")
        #expect(doc.attributions.contains { $0.speakerText == "Dr. Helen Park" && $0.cue == "said" })
    }

    @Test func liveBlogTimestamps() throws {
        let doc = try ParserTestSupport.fixture("live_blog")
        #expect(doc.title == "Live: Storm Elin makes landfall on the Atlantic coast")
        #expect(doc.published == "2024-10-09")
        let stamps = ParserTestSupport.removed(doc, reason: "timestamp")
        #expect(stamps == ["14:05", "13:40 GMT", "13:12 —", "12:55"])
        let sentences = ParserTestSupport.sentences(doc)
        #expect(sentences.count == 4)
        #expect(sentences.contains("Officials in Port Maren ordered schools to close for the rest of the week."))
        #expect(!sentences.contains { $0.first?.isNumber == true })
        #expect(doc.attributions.contains { $0.speakerText == "the utility company" })
        let quote = try #require(ParserTestSupport.quote(doc, containing: "strongest storm"))
        #expect(quote.speakerText == "regional governor Tomas Lind" || quote.speakerText == "Tomas Lind")
    }

    @Test func opinionWithStandfirst() throws {
        let doc = try ParserTestSupport.fixture("opinion_standfirst")
        #expect(doc.title == "Opinion | The night train deserves a second chance")
        #expect(doc.authors == ["Henrik Solberg"])
        #expect(doc.published == "2023-03-03")
        let sentences = ParserTestSupport.sentences(doc)
        #expect(sentences.first == "Europe's sleeper routes were written off too soon.", "the standfirst is body text")
        #expect(sentences.contains { $0.hasSuffix("stranded at 5 a.m. on a cold platform.") })
        let term = try #require(ParserTestSupport.quote(doc, containing: "nostalgia project"))
        #expect(term.kind == .speech || term.kind == .term)
        #expect(doc.attributions.contains { $0.cue == "according to" && $0.speakerText.hasPrefix("figures from the national rail agency") })
    }

    @Test func truncatedFeedSnippet() throws {
        let doc = try ParserTestSupport.fixture("truncated_feed")
        #expect(doc.truncated)
        let sentences = ParserTestSupport.sentences(doc)
        #expect(
            sentences == [
                "Dockworkers at the port of Valmora extended their walkout on Monday after negotiations with the terminal"
                    + " operator broke down over pay."
            ])
        let fragment = try #require(ParserTestSupport.removed(doc, reason: "truncated").first)
        #expect(fragment.hasSuffix("neighbouring harb"))
        #expect(doc.warnings.contains { $0.contains("Fixtures/truncated_feed.txt") })
    }

    @Test func pressRelease() throws {
        let doc = try ParserTestSupport.fixture("press_release")
        #expect(doc.title == "Northwind Solar opens 120-megawatt plant in Aragon")
        #expect(doc.published == "2024-05-15")
        #expect(doc.authors.isEmpty)
        let boilerplate = ParserTestSupport.removed(doc, reason: "boilerplate")
        #expect(boilerplate.contains("FOR IMMEDIATE RELEASE"))
        #expect(boilerplate.contains("press@northwind.example"))
        #expect(boilerplate.contains("###"))
        #expect(ParserTestSupport.headings(doc).contains("About Northwind Solar"))
        let sentences = ParserTestSupport.sentences(doc)
        #expect(sentences.first?.hasPrefix("Northwind Solar today announced") == true)
        #expect(!sentences.contains { $0.contains("Pablo Ruiz") || $0.contains("Media contact") })
        let quote = try #require(ParserTestSupport.quote(doc, containing: "clean power"))
        #expect(quote.kind == .speech)
        #expect(quote.speakerText == "Clara Ibáñez")
    }

    @Test func photoCaptionMidText() throws {
        let doc = try ParserTestSupport.fixture("photo_caption")
        #expect(doc.authors == ["Nikos Andreou"])
        #expect(doc.published == "2023-08-22")
        let credits = ParserTestSupport.removed(doc, reason: "photo-credit")
        #expect(credits.count == 2)
        #expect(credits.contains { $0.hasSuffix("(Photo: Eleni Markou/AFP)") })
        #expect(credits.contains("Photo: Civil Protection Agency"))
        let sentences = ParserTestSupport.sentences(doc)
        #expect(!sentences.contains { $0.contains("Photo") || $0.contains("flames approach") })
        #expect(sentences.count == 4)
        let quote = try #require(ParserTestSupport.quote(doc, containing: "worst in a generation"))
        #expect(quote.kind == .speech)
        #expect(quote.speakerText == "Local officials")
    }

    @Test func listsAndLabels() throws {
        let doc = try ParserTestSupport.fixture("lists")
        let sentences = ParserTestSupport.sentences(doc)
        #expect(sentences.contains("A congestion charge of 3.50 euros on weekdays."))
        #expect(sentences.contains("40 km of new protected cycle lanes."))
        #expect(sentences.contains("Parking fees double in the inner ring."))
        #expect(!sentences.contains { $0.hasPrefix("-") || $0.hasPrefix("1.") || $0.hasPrefix("2.") })
        // Each list item is its own paragraph.
        let items = doc.sentences.filter { ["A congestion", "40 km", "Free buses"].contains(where: SourceText(doc.text)[$0.span].hasPrefix) }
        #expect(Set(items.map(\.paragraph)).count == 3)
        let headings = ParserTestSupport.headings(doc)
        #expect(headings.contains("Transport"))
        #expect(headings.contains("Opposition"))
        #expect(sentences.contains("The council expects the charge to raise 20 million euros a year."))
    }

    @Test func hardWrappedText() throws {
        let doc = try ParserTestSupport.fixture("hard_wrapped")
        #expect(doc.paragraphs.count == 2)
        let sentences = ParserTestSupport.sentences(doc)
        #expect(sentences.first == "The Harwick Archive Society reopened its reading room on Saturday after a\ntwo-year renovation.")
        #expect(sentences.contains { $0.hasPrefix("Visitors queued from early morning, and the society's\nchair, Dr. Margaret O. Ellis, thanked") })
        #expect(sentences.contains { $0.contains("notes by J. R. R. Tolkien and\na ledger from St. Columba's parish dated 1843.") })
        #expect(sentences.contains("Attendance rose 7.4% compared with the last open day..."))
        #expect(sentences.contains { $0.hasPrefix("Funding — most of it from small donors — covered") })
        let quote = try #require(ParserTestSupport.quote(doc, containing: "We want working people"))
        #expect(quote.kind == .speech)
        #expect(quote.speakerText == "Ellis")
        let source = SourceText(doc.text)
        #expect(source[quote.start, quote.end].contains("come in. It is their\nhistory too,"), "the quote spans two sentences and a line break")
    }
}
