import CrosscheckSchema
import Foundation
import Knowledge
import Testing

@testable import ParserKit

/// Loading inputs and checking the invariants every parsed document must keep.
enum ParserTestSupport {
    static let parser: ArticleParser = {
        guard let knowledge = try? KnowledgeBase.bundled() else { return ArticleParser() }
        return ArticleParser(knowledge: knowledge)
    }()

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static func seed(_ prefix: String) throws -> ParsedDocument {
        let dir = packageRoot.appendingPathComponent("seeds")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        let name = try #require(files.first { $0.hasPrefix(prefix) && $0.hasSuffix(".txt") })
        let data = try Data(contentsOf: dir.appendingPathComponent(name))
        return try parser.parse(RawDocument(id: String(name.dropLast(4)), path: "seeds/\(name)", data: data))
    }

    static func fixture(_ name: String) throws -> ParsedDocument {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures"))
        let data = try Data(contentsOf: url)
        return try parser.parse(RawDocument(id: name, path: "Fixtures/\(name).txt", data: data))
    }

    static func parse(_ text: String, path: String = "inline.txt") throws -> ParsedDocument {
        try parser.parse(RawDocument(id: "inline", path: path, data: Data(text.utf8)))
    }

    static func sentences(_ doc: ParsedDocument) -> [String] {
        let source = SourceText(doc.text)
        return doc.sentences.map { source[$0.span] }
    }

    static func headings(_ doc: ParsedDocument) -> [String] {
        let source = SourceText(doc.text)
        return doc.headings.map { source[$0] }
    }

    static func removed(_ doc: ParsedDocument, reason: String) -> [String] {
        let source = SourceText(doc.text)
        return doc.removed.filter { $0.reason == reason }.map { source[$0.start, $0.end] }
    }

    static func quoteTexts(_ doc: ParsedDocument, kind: Quote.Kind? = nil) -> [String] {
        let source = SourceText(doc.text)
        return doc.quotes.filter { kind == nil || $0.kind == kind }.map { source[$0.start, $0.end] }
    }

    static func quote(_ doc: ParsedDocument, containing fragment: String) -> Quote? {
        let source = SourceText(doc.text)
        return doc.quotes.first { source[$0.start, $0.end].contains(fragment) }
    }

    /// Spans in bounds and ordered, sentences trimmed and disjoint from headings and removed
    /// spans, quotes and attributions pointing at real sentences, word count consistent.
    static func checkInvariants(_ doc: ParsedDocument, sourceLocation: SourceLocation = #_sourceLocation) {
        let source = SourceText(doc.text)
        let n = source.count
        var previousEnd = 0
        for (i, s) in doc.sentences.enumerated() {
            #expect(s.start >= previousEnd && s.start < s.end && s.end <= n, "sentence \(i) out of order", sourceLocation: sourceLocation)
            previousEnd = s.end
            let first = source.scalars[s.start]
            let last = source.scalars[s.end - 1]
            #expect(!first.properties.isWhitespace && !last.properties.isWhitespace, "sentence \(i) not trimmed", sourceLocation: sourceLocation)
            #expect(s.paragraph >= 0 && s.paragraph < doc.paragraphs.count, sourceLocation: sourceLocation)
            if s.paragraph < doc.paragraphs.count {
                #expect(doc.paragraphs[s.paragraph].contains(s.span), "sentence \(i) outside its paragraph", sourceLocation: sourceLocation)
            }
            for h in doc.headings {
                #expect(!h.overlaps(s.span), "sentence \(i) overlaps heading \(source[h])", sourceLocation: sourceLocation)
            }
            for r in doc.removed where r.reason != "markup" {
                #expect(
                    !TextSpan(start: r.start, end: r.end).overlaps(s.span),
                    "sentence \(i) overlaps removed \(r.reason) \(source[r.start, r.end])", sourceLocation: sourceLocation)
            }
        }
        for r in doc.removed { #expect(r.start >= 0 && r.start < r.end && r.end <= n, sourceLocation: sourceLocation) }
        for h in doc.headings { #expect(h.start >= 0 && h.start < h.end && h.end <= n, sourceLocation: sourceLocation) }
        for q in doc.quotes {
            #expect(q.start >= 0 && q.start < q.end && q.end <= n, sourceLocation: sourceLocation)
            if let s = q.sentence {
                #expect(
                    s < doc.sentences.count && doc.sentences[s].start <= q.start && q.start < doc.sentences[s].end, sourceLocation: sourceLocation)
            }
            if let span = q.speakerSpan, let text = q.speakerText {
                #expect(source[span] == text, sourceLocation: sourceLocation)
            }
            if q.kind != .speech { #expect(q.speakerText == nil, sourceLocation: sourceLocation) }
        }
        for a in doc.attributions {
            #expect(a.sentence < doc.sentences.count, sourceLocation: sourceLocation)
            #expect(source[a.speakerSpan] == a.speakerText, sourceLocation: sourceLocation)
            if a.sentence < doc.sentences.count {
                #expect(
                    doc.sentences[a.sentence].span.contains(a.content), "attribution content outside its sentence", sourceLocation: sourceLocation)
            }
        }
        var words = 0
        for s in doc.sentences {
            words +=
                source[s.span].split(whereSeparator: { $0.isWhitespace || $0 == "—" || $0 == "–" }).filter {
                    $0.contains(where: { $0.isLetter || $0.isNumber })
                }.count
        }
        // Token rules differ slightly from whitespace splitting (hyphen-less dashes, "a/b"); stay close.
        #expect(abs(words - doc.words) <= max(3, doc.words / 20), "words \(doc.words) vs \(words)", sourceLocation: sourceLocation)
    }
}
