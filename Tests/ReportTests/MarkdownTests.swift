import CrosscheckSchema
import Foundation
import Testing

@testable import ReportKit

@Suite("report.md")
struct MarkdownTests {
    let markdown: String

    init() throws {
        markdown = try ReportWriter(vocabulary: FixtureBundle.vocabulary).render(FixtureBundle.analysis()).markdown
        if let keep = ProcessInfo.processInfo.environment["CROSSCHECK_REPORT_KEEP"], !keep.isEmpty {
            try? FileManager.default.createDirectory(atPath: keep, withIntermediateDirectories: true)
            try? Data(markdown.utf8).write(to: URL(fileURLWithPath: keep).appendingPathComponent("report.md"))
        }
    }

    @Test("summary line first, then sections in reading order")
    func sectionOrder() throws {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "# Crosscheck report")
        #expect(lines[2].hasPrefix("**3 sources · 10 claims · 1 conflict**"))
        let headings = lines.filter { $0.hasPrefix("## ") }
        #expect(
            headings == [
                "## Conflicts", "## Disputed claims", "## Evolving claims", "## Agreed claims", "## Related claims", "## Single-source claims",
                "## Timeline", "## Entities", "## Source profiles", "## Documents", "## Failed inputs",
            ])
        #expect(markdown.hasSuffix("\n"))
    }

    @Test("a conflict shows competing values side by side, who holds each, and each sentence with offsets")
    func conflict() throws {
        let analysis = FixtureBundle.analysis()
        let conflicts = try #require(section("Conflicts"))
        #expect(conflicts.contains("| date | **2024-05-01** | **2024-05-02** |"))
        #expect(conflicts.contains("| sources | `harbour-times`, `hostile` (2) | `coast-daily` (1) |"))
        #expect(conflicts.contains("| injured | **12** | **15** |"))
        let coast = try #require(analysis.documents.first { $0.document.id == "coast-daily" }?.document)
        let sentence = coast.sentences[0]
        let text = SourceText(coast.text)[sentence.start, sentence.end]
        #expect(conflicts.contains("`coast-daily` sentence 0, chars \(sentence.start)–\(sentence.end)"))
        #expect(conflicts.contains("  > \(text)"))
        #expect(conflicts.contains("- **date 2024-05-01 · injured 12** — `harbour-times` sentence 0"))
        #expect(conflicts.components(separatedBy: "`harbour-times` sentence 0").count == 2, "each sentence is quoted once")
    }

    @Test("evolving claims come with dates, agreed with their source count, single-source per source")
    func otherFindings() throws {
        let evolving = try #require(section("Evolving claims"))
        let first = try #require(evolving.range(of: "**2024-05-02** `harbour-times` sentence 6, chars 389–423 — stage = under consideration"))
        let second = try #require(evolving.range(of: "**2024-05-03** `coast-daily` sentence 4, chars 249–289 — stage = opened"))
        #expect(first.lowerBound < second.lowerBound)
        let agreed = try #require(section("Agreed claims"))
        #expect(agreed.contains("`k4` Bridge closed to traffic — **2 sources**"))
        let single = try #require(section("Single-source claims"))
        #expect(single.contains("### `coast-daily` (1)"))
        #expect(single.contains("### `harbour-times` (1)"))
        #expect(single.contains("speaker Ilse Brandt"))
    }

    @Test("timeline, entities with aliases and the profile table")
    func reference() throws {
        let timeline = try #require(section("Timeline"))
        #expect(timeline.contains("| 2024-05-01 | Old Mill bridge collapses \\<script\\>"))
        let entities = try #require(section("Entities"))
        #expect(entities.contains("| Varnholm Council | `varnholm-council` | organization | Council; the council | 2 | 2 | 1 |"))
        let profiles = try #require(section("Source profiles"))
        #expect(profiles.contains("| `harbour-times` | 3 |"))
        #expect(profiles.contains("catastrophic failure, cover-up, scandalous"))
        #expect(profiles.contains("Varnholm Council ×1"))
    }

    @Test("article text cannot break a table or become markup")
    func escaping() throws {
        #expect(markdown.contains("\\<script\\>"))
        #expect(
            markdown.components(separatedBy: "<").dropFirst().count == markdown.components(separatedBy: "\\<").dropFirst().count,
            "every < from article text is backslash-escaped, so no HTML can form")
        #expect(markdown.contains("Varnholm \\| bridge \\* collapse \\_ inquiry"))
        // every table row in a table has as many cells as its header
        var columns: Int?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else {
                columns = nil
                continue
            }
            let cells = Self.cellCount(String(line))
            if let expected = columns { #expect(cells == expected, "\(line)") } else { columns = cells }
        }
    }

    static func cellCount(_ row: String) -> Int {
        var count = 0
        var previous: Character = " "
        for ch in row {
            if ch == "|", previous != "\\" { count += 1 }
            previous = ch
        }
        return count - 1
    }

    /// The body of the `## title` section.
    func section(_ title: String) -> String? {
        guard let start = markdown.range(of: "\n## \(title)\n") else { return nil }
        let rest = markdown[start.upperBound...]
        let end = rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }
}
