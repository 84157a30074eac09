import Foundation

/// Splits a zone of a document into `Token`s, in one linear pass over its scalars.
struct Tokenizer: Sendable {
    static let apostrophes: Set<Unicode.Scalar> = ["'", "’", "ʼ"]
    static let openingQuotes: Set<Unicode.Scalar> = ["“", "‘", "\"", "«", "„", "‚", "‹", "'"]
    static let closingQuotes: Set<Unicode.Scalar> = ["”", "’", "\"", "»", "“", "›", "'"]
    static let hyphens: Set<Unicode.Scalar> = ["-", "‐", "‑"]

    /// Tokens of `scalars[range]`.
    static func tokens(in scalars: [Unicode.Scalar], range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        let lo = max(0, range.lowerBound)
        let hi = min(scalars.count, range.upperBound)
        guard lo < hi else { return tokens }
        var index = lo
        var previousEnd = lo
        while index < hi {
            guard isWordScalar(scalars[index]) else { index += 1; continue }
            let start = index
            var end = index
            var possessive = false
            while end < hi {
                if isWordScalar(scalars[end]) { end += 1; continue }
                // An apostrophe inside a word: possessive `’s` ends the token, others join it.
                if apostrophes.contains(scalars[end]), end + 1 < hi, isWordScalar(scalars[end + 1]) {
                    let afterS = end + 2
                    if scalars[end + 1] == "s" || scalars[end + 1] == "S",
                       afterS >= hi || !isWordScalar(scalars[afterS]) {
                        possessive = true
                        break
                    }
                    end += 1
                    continue
                }
                break
            }
            var initialsKey: String?
            if !possessive, let (initialsEnd, letters) = initials(scalars, start: start, end: end, limit: hi) {
                end = initialsEnd
                initialsKey = letters
            }
            var consumed = end
            if possessive {
                consumed = min(hi, end + 2)
            } else if end < hi, closingQuotes.contains(scalars[end]), end + 2 < hi,
                      apostrophes.contains(scalars[end + 1]), scalars[end + 1] != scalars[end],
                      scalars[end + 2] == "s", end + 3 >= hi || !isWordScalar(scalars[end + 3]) {
                // “Crimea”’s
                possessive = true
                consumed = end + 3
            }
            let gap = classifyGap(scalars, from: previousEnd, to: start, isFirst: tokens.isEmpty)
            let clauseInitial = tokens.isEmpty || opensClause(scalars, from: previousEnd, to: start)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            let text = String(view)
            let first = scalars[start]
            var letterCount = 0
            var upperCount = 0
            var ascii = true
            var lowered = String.UnicodeScalarView()
            for scalar in scalars[start..<end] {
                if scalar.value >= 0x80 { ascii = false }
                if scalar.value < 0x80 {
                    let value = scalar.value
                    let isUpper = value >= 0x41 && value <= 0x5A
                    let isLower = value >= 0x61 && value <= 0x7A
                    if isUpper || isLower { letterCount += 1 }
                    if isUpper { upperCount += 1 }
                    lowered.append(isUpper ? Unicode.Scalar(UInt8(value + 32)) : scalar)
                } else if scalar.properties.isAlphabetic {
                    letterCount += 1
                    if scalar.properties.isUppercase { upperCount += 1 }
                }
            }
            tokens.append(Token(
                start: start, end: end, text: text, key: initialsKey ?? (ascii ? String(lowered) : NameFolding.key(text)), gap: gap,
                possessive: possessive, clauseInitial: clauseInitial,
                isCapitalized: first.value < 0x80 ? (first.value >= 0x41 && first.value <= 0x5A) : first.properties.isUppercase,
                isAllCaps: letterCount >= 2 && upperCount == letterCount,
                isNumber: letterCount == 0))
            previousEnd = consumed
            index = consumed
        }
        return tokens
    }

    /// "U.S." or "U. S.": single capitals each followed by a period, read as one token; the end
    /// (after the last period) and the letters in lowercase, or nil.
    static func initials(_ scalars: [Unicode.Scalar], start: Int, end: Int, limit: Int) -> (Int, String)? {
        guard end == start + 1, isUpperASCII(scalars[start]) else { return nil }
        var letters = String(Character(scalars[start])).lowercased()
        var last = end
        while last + 1 < limit, scalars[last] == "." {
            let next = scalars[last + 1] == " " ? last + 2 : last + 1
            guard next < limit, isUpperASCII(scalars[next]), next + 1 >= limit || !isWordScalar(scalars[next + 1]) else { break }
            letters += String(Character(scalars[next])).lowercased()
            last = next + 1
        }
        guard letters.count >= 2 else { return nil }
        return (last < limit && scalars[last] == "." ? last + 1 : last, letters)
    }

    private static func isUpperASCII(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x41 && scalar.value <= 0x5A }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let v = scalar.value
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            || scalar.properties.generalCategory == .nonspacingMark
    }

    private static func classifyGap(_ scalars: [Unicode.Scalar], from: Int, to: Int, isFirst: Bool) -> Token.Gap {
        if isFirst { return .zoneStart }
        if from >= to { return .space }
        var sawHyphen = false
        var sawSpace = false
        for i in from..<to {
            let s = scalars[i]
            if s == " " || s == "\u{00A0}" || s == "\t" { sawSpace = true; continue }
            if hyphens.contains(s) { sawHyphen = true; continue }
            return .punctuation
        }
        if sawHyphen { return sawSpace ? .punctuation : .hyphen }
        return .space
    }

    private static func opensClause(_ scalars: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        for i in from..<to {
            let s = scalars[i]
            if s == ":" || s == "\n" || s == "." || s == "!" || s == "?" || s == "“" || s == "„" || s == "\"" { return true }
        }
        return false
    }
}
