import CrosscheckSchema
import Foundation
import Testing

@testable import ParserKit

/// Saved-page layouts the project wrote itself: a news site with JSON-LD, a blog, a page with
/// comments and a live blog. Each must give the article's text and metadata, with the page's
/// furniture removed and every offset pointing into the extracted text.
@Suite("HTML pages: main text and page metadata")
struct HTMLPageTests {
    static func page(_ name: String) throws -> ParsedDocument {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "html", subdirectory: "Fixtures/html"))
        let data = try Data(contentsOf: url)
        let doc = try ParserTestSupport.parser.parse(RawDocument(id: name, path: "html/\(name).html", data: data, format: .html))
        ParserTestSupport.checkInvariants(doc)
        return doc
    }

    static func removedText(_ doc: ParsedDocument, _ reason: String) -> String {
        let source = SourceText(doc.text)
        return doc.removed.filter { $0.reason == reason }.map { source[$0.start, $0.end] }.joined(separator: " / ")
    }

    static func body(_ doc: ParsedDocument) -> String {
        ParserTestSupport.sentences(doc).joined(separator: " ")
    }

    @Test("news page: JSON-LD @graph metadata, cookie banner, navigation, related links, newsletter and footer left out")
    func newsWithLinkedData() throws {
        let doc = try Self.page("news_jsonld")
        #expect(doc.title == "Harbour tunnel reopens after flood repairs")
        #expect(doc.author == "Ingrid Solberg, Tomas Reyes")
        #expect(doc.published == "2024-11-06")
        #expect(doc.outlet == "The Coastal Ledger")
        #expect(doc.url == "https://ledger.example/news/harbour-tunnel-reopens")
        #expect(doc.language == "en-GB")
        #expect(doc.origins?["published"] == .page && doc.origins?["author"] == .page)
        let body = Self.body(doc)
        #expect(body.hasPrefix("The harbour road tunnel reopened to traffic on Wednesday morning"))
        #expect(body.contains("“The tunnel is safe and fully open,” the authority’s director, Mara Kelling, told reporters."))
        #expect(body.contains("Lorry drivers had faced detours"))
        for furniture in ["cookies", "Sport", "Storm damage", "morning briefing", "rights reserved"] {
            #expect(!body.contains(furniture), "\(furniture) leaked into the body")
        }
        #expect(Self.removedText(doc, "cookie-banner").contains("We use cookies"))
        #expect(Self.removedText(doc, "navigation").contains("Weather"))
        #expect(Self.removedText(doc, "related-links").contains("Ferry timetable"))
        #expect(Self.removedText(doc, "promotion").contains("morning briefing"))
        #expect(Self.removedText(doc, "footer").contains("Privacy policy"))
        #expect(!doc.text.contains("<") && !doc.text.contains("position: fixed"))
    }

    @Test("blog: author and date meta, title without the blog's name, share links and sidebar left out")
    func blog() throws {
        let doc = try Self.page("blog")
        #expect(doc.author == "Priya Nandakumar")
        #expect(doc.published == "2023-04-18")
        #expect(doc.outlet == "Notes from the allotment")
        #expect(doc.title == "Why the river path keeps flooding")
        let body = Self.body(doc)
        #expect(body.hasPrefix("Every spring the path along the river disappears"))
        #expect(body.contains("They said a survey was planned for the summer."))
        #expect(!body.contains("Twitter") && !body.contains("Rhubarb") && !body.contains("powered by"))
        #expect(Self.removedText(doc, "share-links").contains("Share this"))
        #expect(Self.removedText(doc, "aside").contains("Recent posts"))
    }

    @Test("page with comments: readers' comments and the reply form are not the article")
    func comments() throws {
        let doc = try Self.page("comments")
        #expect(doc.title == "City council approves new bus line")
        #expect(doc.language == "de")
        let body = Self.body(doc)
        #expect(body.contains("Twenty-one members voted in favour and six against"))
        #expect(!body.contains("overdue") && !body.contains("budget was empty") && !body.contains("Leave a reply"))
        #expect(Self.removedText(doc, "comments").contains("Who is paying for this?"))
        #expect(Self.removedText(doc, "navigation").contains("Lokales"))
    }

    @Test("live blog: every entry is body text, in page order; the most-read box and footer are not")
    func liveBlog() throws {
        let doc = try Self.page("live_blog")
        #expect(doc.title == "Live: election night results as they come in")
        #expect(doc.outlet == "Northern Herald")
        #expect(doc.url == "https://herald.example/live/election-night")
        #expect(doc.published == "2024-05-02")
        let sentences = ParserTestSupport.sentences(doc)
        let turnout = try #require(sentences.firstIndex { $0.hasPrefix("Turnout in the eastern district") })
        let polls = try #require(sentences.firstIndex { $0.hasPrefix("Polls have closed") })
        #expect(turnout < polls)
        #expect(sentences.contains { $0.contains("lead of 312 votes") })
        #expect(!Self.body(doc).contains("Bridge closure"))
        #expect(Self.removedText(doc, "aside").contains("Most read"))
    }

    @Test("a record's given metadata overrides the page's, and each value says where it came from")
    func givenOverridesPage() throws {
        let url = try #require(Bundle.module.url(forResource: "blog", withExtension: "html", subdirectory: "Fixtures/html"))
        let html = try String(contentsOf: url, encoding: .utf8)
        let raw = RawDocument(
            id: "r1", path: "feed.jsonl line 1", encoding: .utf8, content: html, bytes: html.utf8.count,
            format: .html, given: DocumentMetadata(author: "P. Nandakumar", published: "2023-04-19T08:00:00Z"),
            extra: ["section": .string("local")])
        let doc = try ParserTestSupport.parser.parse(raw)
        #expect(doc.author == "P. Nandakumar" && doc.origins?["author"] == .given)
        #expect(doc.published == "2023-04-19" && doc.origins?["published"] == .given)
        #expect(doc.outlet == "Notes from the allotment" && doc.origins?["outlet"] == .page)
        #expect(doc.extra?["section"] == .string("local"))
    }

    @Test("broken markup never crashes: unclosed and stray tags, an endless script, a tag cut off, references out of range")
    func brokenMarkup() throws {
        let pages = [
            "<html><body><div><p>The dam held through the night, engineers said on Sunday.<div></span></p></body>",
            "<!DOCTYPE html><body><script>var a = '<p>no</p>'; while (true) {}",
            "<html><body><nav><ul><li>Home<li>News</nav><p>Ferries ran late on Monday, the operator said.</p><a href='x",
            "<html><body><p>Prices rose &#9999999; and &#x110000; and &bogus; but &amp; stayed.</p><p>Second &nbsp;line.</p></body></html>",
            "<html><body><article><article><p>Nested articles are odd, the editor said.</p></article></article>",
            "<html><body><main></main><footer>Only a footer here.</footer></body></html>",
        ]
        for (n, page) in pages.enumerated() {
            let raw = RawDocument(id: "p\(n)", path: "p\(n).html", encoding: .utf8, content: page, bytes: page.utf8.count, format: .html)
            do {
                let doc = try ParserTestSupport.parser.parse(raw)
                ParserTestSupport.checkInvariants(doc)
                #expect(!doc.text.contains("<p>") && doc.format == .html)
            } catch let error as ErrorReport {
                #expect(error.code == "bad-input" && error.message.contains("p\(n).html"))
            }
        }
        let dam = try ParserTestSupport.parser.parse(
            RawDocument(
                id: "d", path: "d.html", encoding: .utf8, content: pages[0],
                bytes: pages[0].utf8.count, format: .html))
        #expect(ParserTestSupport.sentences(dam) == ["The dam held through the night, engineers said on Sunday."])
    }
}
