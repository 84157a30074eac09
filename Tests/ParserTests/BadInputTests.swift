import CrosscheckSchema
import Foundation
import Testing

@testable import ParserKit

/// Unusable input gives a clear error naming the file; doubtful input a warning.
@Suite("Bad input")
struct BadInputTests {
    let parser = ArticleParser()

    private func error(_ raw: RawDocument) -> ErrorReport? {
        do {
            _ = try parser.parse(raw)
            return nil
        } catch let report as ErrorReport {
            return report
        } catch {
            return nil
        }
    }

    @Test func emptyFile() throws {
        let report = try #require(error(RawDocument(id: "e", path: "in/empty.txt", data: Data())))
        #expect(report.code == "bad-input")
        #expect(report.input == "in/empty.txt")
        #expect(report.message.contains("in/empty.txt") && report.message.contains("empty"))
    }

    @Test func whitespaceOnly() throws {
        let report = try #require(error(RawDocument(id: "w", path: "w.txt", data: Data(" \n\n\t \u{00A0}\n".utf8))))
        #expect(report.code == "bad-input")
        #expect(report.message.contains("empty"))
    }

    @Test func binaryBytes() throws {
        var bytes: [UInt8] = Array("PK".utf8) + [0x03, 0x04, 0x00, 0x00, 0x08, 0x00]
        for i in 0..<512 { bytes.append(UInt8((i * 37) % 256)) }
        let report = try #require(error(RawDocument(id: "b", path: "pics/photo.jpg", data: Data(bytes))))
        #expect(report.code == "bad-input")
        #expect(report.message.contains("pics/photo.jpg") && report.message.contains("binary"))
    }

    @Test func controlCharactersWithoutNul() throws {
        let bytes = [UInt8](repeating: 0x01, count: 200) + Array("Some text here.".utf8)
        let report = try #require(error(RawDocument(id: "c", path: "c.bin", data: Data(bytes))))
        #expect(report.message.contains("binary"))
    }

    @Test func invalidUTF8IsReplacedWithWarning() throws {
        var bytes = Array("Harbour officials said the ferry would resume on Friday. The caf".utf8)
        bytes += [0xE9] // Latin-1 "é"
        bytes += Array(" on the quay reopened as well.\n".utf8)
        let raw = RawDocument(id: "l1", path: "latin1.txt", data: Data(bytes))
        #expect(raw.encoding == .base64)
        let doc = try parser.parse(raw)
        #expect(doc.text.contains("caf\u{FFFD} on the quay"))
        #expect(doc.warnings.contains { $0.contains("latin1.txt") && $0.contains("UTF-8") })
        #expect(doc.sentences.count == 2)
        ParserTestSupport.checkInvariants(doc)
    }

    @Test func utf16WithByteOrderMarkIsDecoded() throws {
        let text = "Lake levels fell 3.1% in July. Officials said that rationing would continue.\n"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let doc = try parser.parse(RawDocument(id: "u16", path: "u16.txt", data: Data(bytes)))
        #expect(doc.text == text)
        #expect(doc.sentences.count == 2)
        #expect(doc.warnings.contains { $0.contains("u16.txt") && $0.contains("UTF-16") })
    }

    @Test func onlyBoilerplate() throws {
        let text = "Share this article\n\nLeave a Reply\n\nYour email address will not be published.\n\nRead next\n"
        let doc = try ParserTestSupport.parse(text, path: "junk.txt")
        #expect(doc.sentences.isEmpty)
        #expect(doc.words == 0)
        #expect(doc.removed.filter { $0.reason == "boilerplate" }.count == 4)
        #expect(doc.warnings.contains { $0.contains("junk.txt") && $0.contains("no body text") })
    }

    @Test func htmlPageIsExtractedWithFurnitureRemoved() throws {
        let html = """
            <!DOCTYPE html>
            <html><head><title>Dam repairs finished ahead of schedule</title>
            <script>var tracking = "x. Y. z.";</script><style>p { color: red; }</style></head>
            <body><nav><a href="/">Home</a></nav>
            <h1>Dam repairs finished ahead of schedule</h1>
            <p>Engineers completed repairs to the Lake Orin dam on Friday, two weeks early.</p>
            <p>The regional water board said that the reservoir would be refilled by <b>March</b>.</p>
            <p>Share this article</p>
            </body></html>
            """
        let doc = try ParserTestSupport.parse(html, path: "page.html")
        let sentences = ParserTestSupport.sentences(doc)
        #expect(sentences.first == "Engineers completed repairs to the Lake Orin dam on Friday, two weeks early.")
        #expect(sentences.count == 2)
        #expect(!sentences.contains { $0.contains("<") && !$0.contains("<b>") })
        #expect(!sentences.contains { $0.contains("tracking") || $0.contains("color") })
        #expect(doc.removed.contains { $0.reason == "navigation" && SourceText(doc.text)[$0.start, $0.end] == "Home" })
        #expect(doc.title == "Dam repairs finished ahead of schedule")
        #expect(doc.origins?["title"] == .page)
        #expect(doc.format == .html)
        #expect(doc.warnings.contains { $0.contains("page.html") && $0.contains("HTML") })
        // Offsets index the extracted text: no markup, no script, no style in it.
        let source = SourceText(doc.text)
        #expect(!doc.text.contains("<") && !doc.text.contains("tracking") && !doc.text.contains("color"))
        let said = try #require(doc.attributions.first)
        #expect(said.speakerText == "The regional water board")
        #expect(source[said.content] == "the reservoir would be refilled by March")
    }

    @Test func largeInputStaysLinear() throws {
        let paragraph =
            "The committee met on Tuesday. Mr. Ortiz said that the budget would rise 4.2% next year, according to the minutes."
            + " “We expect approval soon,” he said.\n\n"
        let text = String(repeating: paragraph, count: 8_000) // about 1.2 MB
        let clock = ContinuousClock()
        let start = clock.now
        var unlimited = ParserTestSupport.parser
        unlimited.maxSentences = .max
        let doc = try unlimited.parse(RawDocument(id: "inline", path: "big.txt", data: Data(text.utf8)))
        let elapsed = clock.now - start
        #expect(doc.sentences.count == 24_000)
        #expect(doc.quotes.count == 8_000)
        #expect(elapsed < .seconds(60))
    }

    @Test("past the sentence limit the rest of a document is left out, with a warning and a removed span")
    func sentenceLimit() throws {
        let paragraph =
            "The committee met on Tuesday. Mr. Ortiz said that the budget would rise 4.2% next year. "
            + "“We expect approval soon,” he said.\n\n"
        var parser = ParserTestSupport.parser
        parser.maxSentences = 100
        let doc = try parser.parse(RawDocument(id: "inline", path: "long.txt", data: Data(String(repeating: paragraph, count: 200).utf8)))
        #expect(doc.sentences.count == 100)
        let cut = try #require(doc.removed.first { $0.reason == "over-limit" })
        #expect(cut.start > 33 * paragraph.unicodeScalars.count && cut.start < 34 * paragraph.unicodeScalars.count)
        #expect(cut.end == doc.text.unicodeScalars.count)
        #expect(doc.sentences.allSatisfy { $0.end <= cut.start } && doc.quotes.allSatisfy { $0.end <= cut.start })
        #expect(doc.paragraphs.allSatisfy { $0.end <= cut.start } && doc.paragraphs.count == 34)
        #expect(
            doc.warnings.contains { $0.contains("long.txt: only the first 100 sentences") && $0.contains("the rest is left out") },
            "\(doc.warnings)")
        #expect(!doc.truncated)
    }

    @Test func deterministic() throws {
        let a = try ParserTestSupport.fixture("wire_dateline")
        let b = try ParserTestSupport.fixture("wire_dateline")
        #expect(a == b)
    }
}
