import TextCore

/// Cheap facts about a line's text that the layout rules ask for.
struct LineShape: Sendable {
    var wordCount: Int
    /// The last character that is not a closing quote or bracket.
    var lastMeaningful: Unicode.Scalar?
    /// The first letter or digit.
    var firstAlphanumeric: Unicode.Scalar?
    /// The line, when it is short enough to be page furniture, a heading or a byline.
    var text: String?
    /// `text` lowercased, inner runs of spaces collapsed, final `.:!` removed.
    var normalized: String?
    var hasLetters: Bool

    /// Most words after the first are capitalised, as in a headline.
    var isTitleCase: Bool { text.map(Self.titleCase) ?? false }

    /// Lines longer than this are never headings, bylines or boilerplate.
    static let shortLimit = 240

    private static let minorWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "with", "by",
        "from", "as", "vs", "into", "over", "amid", "after", "before", "about", "against", "between",
        "under", "up", "down", "off", "via", "per", "is", "are", "its", "than", "s", "de", "la", "le",
        "du", "des", "van", "von", "der", "al", "el", "ov", "da", "di",
    ]

    init(_ view: [Unicode.Scalar], _ line: TextLine) {
        var words = 0
        var inWord = false
        var hasLetters = false
        var first: Unicode.Scalar?
        var i = line.contentStart
        while i < line.contentEnd {
            let c = view[i]
            if ScalarClass.isAlphanumeric(c) {
                if !inWord {
                    words += 1
                    inWord = true
                }
                if first == nil { first = c }
                if !hasLetters, ScalarClass.isLetter(c) { hasLetters = true }
            } else if ScalarClass.isSpace(c) || ScalarClass.isDash(c) && i + 1 < line.contentEnd && ScalarClass.isSpace(view[i + 1]) {
                inWord = false
            } else if !ScalarClass.isWordJoiner(c) && !ScalarClass.isMark(c) {
                inWord = false
            }
            i += 1
        }
        var j = line.contentEnd - 1
        while j >= line.contentStart, ScalarClass.isCloser(view[j]) || ScalarClass.isSpace(view[j]) { j -= 1 }
        wordCount = words
        lastMeaningful = j >= line.contentStart ? view[j] : nil
        firstAlphanumeric = first
        self.hasLetters = hasLetters
        if line.length <= Self.shortLimit, words <= 40 {
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: view[line.contentStart..<line.contentEnd])
            let text = String(scalars)
            self.text = text
            self.normalized = Self.normalize(text)
        } else {
            text = nil
            normalized = nil
        }
    }

    /// Ends in `.`, `!`, `?`, `…`, `:` or `;` (before closing quotes).
    var endsLikeSentence: Bool {
        guard let last = lastMeaningful else { return false }
        return ScalarClass.isTerminator(last) || last == ":" || last == ";"
    }

    /// Ends in a full stop (not `?`, `!`).
    var endsWithStop: Bool {
        guard let last = lastMeaningful else { return false }
        return last == "." || last == "," || last == ";" || last == ":" || last == "…"
    }

    var startsLowercase: Bool {
        guard let first = firstAlphanumeric else { return false }
        return ScalarClass.isLowercase(first)
    }

    static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var lastSpace = false
        for s in text.lowercased().unicodeScalars {
            if ScalarClass.isSpace(s) {
                if !lastSpace && !out.isEmpty { out.append(" ") }
                lastSpace = true
            } else {
                out.append(s)
                lastSpace = false
            }
        }
        var result = String(out)
        while let last = result.last, last == "." || last == ":" || last == " " || last == "!" || last == "»" || last == "›" || last == ">" {
            result.removeLast()
        }
        return result
    }

    /// Whether most words after the first are capitalised, as in a headline.
    static func titleCase(_ text: String) -> Bool {
        var words: [Substring] = []
        for piece in text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "-" || $0 == "–" || $0 == "—" || $0 == "/" }) {
            let trimmed = piece.drop(while: { !($0.isLetter || $0.isNumber) })
            if !trimmed.isEmpty { words.append(trimmed) }
        }
        guard let first = words.first, let firstChar = first.first, firstChar.isUppercase || firstChar.isNumber else {
            return false
        }
        var content = 0
        var capitalised = 0
        for word in words.dropFirst() {
            guard let c = word.first else { continue }
            if c.isNumber { continue }
            let lower = word.lowercased()
            if minorWords.contains(lower) { continue }
            content += 1
            if c.isUppercase { capitalised += 1 }
        }
        return content == 0 || Double(capitalised) / Double(content) >= 0.6
    }
}
