import TextCore

/// One line of the text: where its content starts and ends once surrounding spaces are trimmed.
struct TextLine: Sendable, Equatable {
    /// Index of the line's first code point.
    var start: Int
    /// Index of the line break ending it (or the text's end).
    var end: Int
    /// The trimmed content; empty (`contentStart == contentEnd`) for a blank line.
    var contentStart: Int
    var contentEnd: Int

    var isBlank: Bool { contentStart >= contentEnd }
    var length: Int { contentEnd - contentStart }

    /// Splits `scalars` into lines at LF, CR, CRLF and Unicode line separators, in one pass.
    static func split(_ scalars: [Unicode.Scalar]) -> [TextLine] {
        var lines: [TextLine] = []
        var lineStart = 0
        var i = 0
        let n = scalars.count
        while i <= n {
            if i == n || ScalarClass.isLineBreak(scalars[i]) {
                var lo = lineStart
                var hi = i
                while lo < hi, ScalarClass.isSpace(scalars[lo]) { lo += 1 }
                while hi > lo, ScalarClass.isSpace(scalars[hi - 1]) { hi -= 1 }
                if lo == hi {
                    lo = lineStart
                    hi = lineStart
                }
                lines.append(TextLine(start: lineStart, end: i, contentStart: lo, contentEnd: hi))
                if i < n, scalars[i] == "\r", i + 1 < n, scalars[i + 1] == "\n" { i += 1 }
                lineStart = i + 1
            }
            i += 1
        }
        return lines
    }
}
