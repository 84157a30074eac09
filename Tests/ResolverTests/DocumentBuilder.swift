import CrosscheckSchema

/// Builds `ParsedDocument`s without the parser: lines are paragraphs, lines with no final
/// punctuation are headings, other lines split into sentences after ". ", "? " and "! ".
enum DocumentBuilder {
    /// Lines starting with one of these, and everything after a footer marker, are removed.
    static let bylinePrefixes = ["Written by ", "By "]
    static let footerMarkers = ["Share this article", "LEAVE A REPLY", "Leave a Reply"]

    static func document(id: String, text: String, scareQuotes: [String] = []) -> ParsedDocument {
        let scalars = Array(text.unicodeScalars)
        var headings: [TextSpan] = []
        var paragraphs: [TextSpan] = []
        var sentences: [Sentence] = []
        var removed: [RemovedSpan] = []
        var lineStart = 0
        var footer = false
        var index = 0
        while index <= scalars.count {
            if index == scalars.count || scalars[index] == "\n" {
                let line = trimmed(scalars, lineStart, index)
                if line.start < line.end {
                    let lineText = slice(scalars, line.start, line.end)
                    if footerMarkers.contains(where: { lineText.hasPrefix($0) }) { footer = true }
                    if footer {
                        removed.append(RemovedSpan(start: line.start, end: scalars.count, reason: "boilerplate"))
                        break
                    }
                    if bylinePrefixes.contains(where: { lineText.hasPrefix($0) }) || lineText.contains(" | ") {
                        removed.append(RemovedSpan(start: line.start, end: line.end, reason: "byline"))
                    } else if let last = scalars[line.end - 1] as Unicode.Scalar?, !".?!”\"".unicodeScalars.contains(last) {
                        headings.append(TextSpan(start: line.start, end: line.end))
                    } else {
                        paragraphs.append(TextSpan(start: line.start, end: line.end))
                        var sentenceStart = line.start
                        var i = line.start
                        while i < line.end {
                            let s = scalars[i]
                            if ".?!".unicodeScalars.contains(s), i + 1 < line.end, scalars[i + 1] == " ",
                                i + 2 < line.end, scalars[i + 2].properties.isUppercase || scalars[i + 2] == "“"
                            {
                                sentences.append(Sentence(start: sentenceStart, end: i + 1, paragraph: paragraphs.count - 1))
                                sentenceStart = i + 2
                            }
                            i += 1
                        }
                        sentences.append(Sentence(start: sentenceStart, end: line.end, paragraph: paragraphs.count - 1))
                    }
                }
                lineStart = index + 1
            }
            index += 1
        }
        var quotes: [Quote] = []
        for phrase in scareQuotes {
            for start in occurrences(of: phrase, in: scalars) {
                quotes.append(Quote(start: start, end: start + phrase.unicodeScalars.count, kind: .scare))
            }
        }
        return ParsedDocument(
            id: id, path: "\(id).txt", text: text, headings: headings, paragraphs: paragraphs,
            sentences: sentences, quotes: quotes, removed: removed)
    }

    static func occurrences(of phrase: String, in scalars: [Unicode.Scalar]) -> [Int] {
        let needle = Array(phrase.unicodeScalars)
        guard !needle.isEmpty, needle.count <= scalars.count else { return [] }
        var found: [Int] = []
        for start in 0...(scalars.count - needle.count) where Array(scalars[start..<(start + needle.count)]) == needle {
            found.append(start)
        }
        return found
    }

    private static func trimmed(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> (start: Int, end: Int) {
        var lo = start
        var hi = end
        while lo < hi, scalars[lo].properties.isWhitespace { lo += 1 }
        while hi > lo, scalars[hi - 1].properties.isWhitespace { hi -= 1 }
        return (lo, hi)
    }

    static func slice(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }
}
