import CrosscheckSchema
import Foundation
import Testing

@testable import ReportKit

/// A `related` cluster (sources on one matter, no two making the same claim) is shown after the
/// agreed ones, compactly, and counted apart from them.
@Suite("related clusters in report.md and report.html")
struct RelatedClusterTests {
    /// The fixture with its agreed cluster `k4` ("Bridge closed to traffic") made related.
    static func analysis() throws -> Analysis {
        var analysis = FixtureBundle.analysis()
        let k4 = try #require(analysis.clusters.firstIndex { $0.id == "k4" })
        #expect(analysis.clusters[k4].status == .agreed)
        analysis.clusters[k4].status = .related
        return analysis
    }

    @Test("Markdown: its own section after the agreed claims, one line, counted in the summary")
    func markdown() throws {
        let markdown = try ReportWriter(vocabulary: FixtureBundle.vocabulary).render(Self.analysis()).markdown
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[2].contains(" · 0 agreed · 1 related · "))
        let agreed = try #require(HTMLTests.between(markdown, "## Agreed claims\n", "\n## "))
        #expect(agreed.contains("_None._"))
        let related = try #require(HTMLTests.between(markdown, "## Related claims\n", "\n## "))
        #expect(related.contains("- `k4` Bridge closed to traffic — 2 sources on this matter, none making the same claim: "))
        #expect(!related.contains("**2 sources**"), "not shown as corroborated")
    }

    @Test("HTML: a collapsed group after the agreed section, counted in the summary, never under Agreed")
    func html() throws {
        let html = try ReportWriter(vocabulary: FixtureBundle.vocabulary).render(Self.analysis()).html
        #expect(html.contains(" · 0 agreed · 1 related · "))
        let agreed = try #require(HTMLTests.between(html, "<section id=\"agreed\">", "</section>"))
        #expect(!agreed.contains("k4"))
        let related = try #require(HTMLTests.between(html, "<section id=\"related\">", "</section>"))
        #expect(related.contains("<details class=\"single\"><summary>1 cluster whose sources discuss one matter"))
        #expect(related.contains("<article class=\"cluster related\""))
        #expect(related.contains("≈"))
        let agreedAt = try #require(html.range(of: "<section id=\"agreed\">")), relatedAt = try #require(html.range(of: "<section id=\"related\">"))
        #expect(agreedAt.lowerBound < relatedAt.lowerBound)
        #expect(html.contains("<a href=\"#related\">Related</a>"))
    }
}
