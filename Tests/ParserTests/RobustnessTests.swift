import CrosscheckSchema
import Foundation
import Testing

@testable import ParserKit

/// Line-ending variants, odd input that must never crash, and a very large document.
@Suite("Robustness")
struct RobustnessTests {
    @Test func windowsLineEndingsKeepStructureAndOffsets() throws {
        let unix = try ParserTestSupport.fixture("wire_dateline")
        let crlf = try ParserTestSupport.parse(unix.text.replacingOccurrences(of: "\n", with: "\r\n"), path: "crlf.txt")
        #expect(ParserTestSupport.sentences(crlf) == ParserTestSupport.sentences(unix))
        #expect(crlf.authors == unix.authors)
        #expect(crlf.published == unix.published)
        #expect(crlf.quotes.count == unix.quotes.count)
        ParserTestSupport.checkInvariants(crlf)
    }

    @Test func oddInputNeverCrashes() throws {
        let pieces = [
            "“", "”", "\"", "‘", "’", "'", ". ", "... ", "…", "\n", "\n\n", "\r\n", " — ", "-", "<p>", "</p>", "<",
            ">", "&nbsp;", "Mr.", "U.S.", "said", "told", "that", "according to", ", ", ": ", "(Reuters)",
            "LONDON", "By ", "Ana Lima", "4 April 2025", "12:30", "Share", "\u{FFFD}", "é", "🚀", "\u{0301}",
            "\t", "|", "1. ", "- ", "Word", "word", "7.4%", "?", "!",
        ]
        var state: UInt64 = 42
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: (state >> 33) & 0xFFFF)
        }
        for round in 0..<400 {
            var text = ""
            for _ in 0..<(1 + next() % 120) { text += pieces[next() % pieces.count] }
            let raw = RawDocument(id: "fuzz\(round)", path: "fuzz/\(round).txt", data: Data(text.utf8))
            do {
                let doc = try ArticleParser().parse(raw)
                let n = SourceText(doc.text).count
                for s in doc.sentences { #expect(0 <= s.start && s.start < s.end && s.end <= n) }
                for q in doc.quotes { #expect(0 <= q.start && q.start < q.end && q.end <= n) }
                for r in doc.removed { #expect(0 <= r.start && r.start < r.end && r.end <= n) }
                for a in doc.attributions { #expect(a.sentence < doc.sentences.count && a.content.end <= n) }
            } catch let report as ErrorReport {
                #expect(report.code == "bad-input")
                #expect(report.message.contains("fuzz/\(round).txt"))
            }
        }
    }

    @Test func manyShortLinesWithoutBodyStayLinear() throws {
        let text = String(repeating: "Market Update Today\n", count: 20_000)
        let doc = try ParserTestSupport.parse(text, path: "lines.txt")
        #expect(doc.sentences.isEmpty)
        #expect(doc.warnings.contains { $0.contains("no body text") })
    }
}
