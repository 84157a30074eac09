import CrosscheckSchema
import Foundation
import Testing

@testable import ReportKit

@Suite("report.html")
struct HTMLTests {
    let html: String

    init() throws {
        html = try ReportWriter(vocabulary: FixtureBundle.vocabulary).render(FixtureBundle.analysis()).html
    }

    @Test("hostile article text shows as text, never as markup")
    func escapesHostileText() {
        let lower = html.lowercased()
        #expect(!lower.contains("<script"))
        #expect(!lower.contains("<img"))
        #expect(!lower.contains("<b>bridge"), "entity aliases are escaped too")
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(!html.contains(" onerror=alert(1)>"))
    }

    @Test("one self-contained file: no external assets, no scripts, CSP set")
    func selfContained() {
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains(" src=\""))
        #expect(!html.contains("<link"))
        #expect(!html.contains("url("))
        #expect(html.contains("Content-Security-Policy"))
        let external = html.components(separatedBy: "href=\"").dropFirst().filter { !$0.hasPrefix("#") }
        #expect(external.isEmpty)
    }

    @Test("the matrix marks every state with a symbol and a colour class, and has a legend")
    func matrix() throws {
        let table = try #require(Self.between(html, "<table class=\"matrix\"", "</table>"))
        // columns are coast-daily (S1), harbour-times (S2), hostile (S3)
        let k1 = try #require(Self.row(table, "k1"))
        #expect(Self.cells(k1).map(\.state) == ["conflict", "conflict", "conflict"])
        #expect(Self.cells(k1).allSatisfy { $0.symbol == "✗" })
        #expect(k1.contains("2024-05-02"))
        let k3 = try #require(Self.row(table, "k3"))
        #expect(Self.cells(k3).map(\.state) == ["hedged", "absent", "absent"])
        #expect(Self.cells(k3).map(\.symbol) == ["~", "·", "·"])
        let k4 = try #require(Self.row(table, "k4"))
        #expect(Self.cells(k4).map(\.state) == ["agree", "agree", "absent"])
        #expect(Self.cells(k4).map(\.symbol) == ["✓", "✓", "·"])
        for state in MatrixCell.allCases {
            #expect(html.contains("<span class=\"cell st-\(state.rawValue)\">\(state.symbol)</span>"), "legend for \(state)")
            #expect(html.contains(".st-\(state.rawValue){background:"), "colour for \(state)")
        }
    }

    @Test("every in-page link points at an anchor that exists, and every claim has one")
    func anchors() {
        let ids = Set(Self.values(of: "id", in: html))
        let links = Self.values(of: "href", in: html).filter { $0.hasPrefix("#") }.map { String($0.dropFirst()) }
        #expect(!links.isEmpty)
        for link in links { #expect(ids.contains(link), "dangling link #\(link)") }
        #expect(ids.count == Self.values(of: "id", in: html).count, "ids are unique")
        for claim in FixtureBundle.analysis().claims {
            #expect(ids.contains(AnchorID.claim(claim.id)))
            #expect(links.contains(AnchorID.claim(claim.id)), "claim \(claim.id) is linked from a finding")
        }
    }

    @Test("evolving values read in publication order, with their sources side by side")
    func evolvingOrder() throws {
        let evolving = try #require(Self.between(html, "<section id=\"evolving\">", "</section>"))
        let earlier = try #require(evolving.range(of: "<th>under consideration</th>"))
        let later = try #require(evolving.range(of: "<th>opened</th>"))
        #expect(earlier.lowerBound < later.lowerBound)
        #expect(html.contains("<strong>3 sources · 10 claims · 1 conflict</strong>"))
    }

    @Test("claim spans are highlighted in the article text")
    func highlights() throws {
        let anchor = AnchorID.claim("harbour-times#c1")
        let after = try #require(html.range(of: "id=\"\(anchor)\""))
        let rest = html[after.upperBound...]
        let mark = try #require(rest.range(of: "<mark>"))
        let close = try #require(rest.range(of: "</mark>"))
        #expect(String(rest[mark.upperBound..<close.lowerBound]) == "the council had ignored repeated warnings")
        #expect(html.contains("id=\"\(AnchorID.sentence(doc: "harbour-times", index: 1))\""))
    }

    @Test("timeline and profiles are inline SVG; print and phone styles exist")
    func drawingsAndMedia() throws {
        let timeline = try #require(Self.between(html, "<section id=\"timeline\">", "</section>"))
        #expect(timeline.contains("<svg"))
        #expect(timeline.contains("2024-05-01"))
        #expect(timeline.contains("&lt;script&gt;"))
        let profiles = try #require(Self.between(html, "<section id=\"profiles\">", "</section>"))
        #expect(profiles.components(separatedBy: "<svg").count - 1 == 6)
        #expect(html.contains("@media print"))
        #expect(html.contains("@media (max-width:600px)"))
        #expect(html.contains(".wrap{overflow-x:auto"))
        #expect(html.contains("<section id=\"entities\">"))
        #expect(html.contains("Mayor Ilse Brandt; Brandt") || html.contains("Brandt; Mayor Ilse Brandt"))
    }

    @Test("escaping covers every character that can end text or an attribute")
    func escaping() {
        #expect(HTMLEscaping.escape("plain ünïcode") == "plain ünïcode")
        #expect(HTMLEscaping.escape("a<b>&\"c'\u{0}d") == "a&lt;b&gt;&amp;&quot;c&#39;\u{FFFD}d")
        var out = ""
        HTMLEscaping.append(Array("x<y".unicodeScalars)[1...], to: &out)
        #expect(out == "&lt;y")
    }

    @Test("anchor ids stay unique and safe for odd document ids")
    func anchorEncoding() {
        #expect(AnchorID.encode("crash/01_report") == "crash.2f.01_report")
        #expect(AnchorID.encode("a#c1") != AnchorID.encode("a-c1"))
        #expect(AnchorID.claim("x\"><b>") == "c-x.22..3e..3c.b.3e.")
    }

    // MARK: Helpers

    static func between(_ text: String, _ start: String, _ end: String) -> String? {
        guard let a = text.range(of: start), let b = text[a.upperBound...].range(of: end) else { return nil }
        return String(text[a.lowerBound..<b.upperBound])
    }

    /// The matrix row whose header links to cluster `id`.
    static func row(_ table: String, _ id: String) -> String? {
        between(table, "<a href=\"#\(AnchorID.cluster(id))\">", "</tr>")
    }

    static func cells(_ row: String) -> [(state: String, symbol: String)] {
        row.components(separatedBy: "<td class=\"cell st-").dropFirst().map { cell in
            let state = String(cell.prefix { $0 != "\"" })
            let content = cell[(cell.range(of: "\">")?.upperBound ?? cell.startIndex)...]
            let text = content.hasPrefix("<a ") ? content[(content.range(of: ">")?.upperBound ?? content.startIndex)...] : content
            return (state, String(text.prefix(1)))
        }
    }

    /// Every value of `attribute="…"` in the page.
    static func values(of attribute: String, in html: String) -> [String] {
        html.components(separatedBy: " \(attribute)=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }
}
