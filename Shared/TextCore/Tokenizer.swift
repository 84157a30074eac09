/// Splits text into `Token`s in one linear pass over its scalars, by one of three grammars.
///
/// The grammars keep the differences the stages rely on:
/// - `prose` (the parser's word counts, bylines, speakers): letters, digits and marks run
///   together; an apostrophe, hyphen or dot between two letters or digits joins them ("Ghana’s",
///   "co-operation", "U.S", "7.4"), a comma, colon or slash joins digits only ("1,000", "7:46").
/// - `names` (the resolver): letters, digits and nonspacing marks; an apostrophe joins ("O’Brien")
///   except before a final possessive `s`, which ends the token and sets `possessive` (also after
///   a closing quote: “Crimea”’s); "U.S." and "U. S." are one token keyed "us". Tokens say what
///   separates them from the one before (`gap`) and whether they open a clause, and keep `text`.
/// - `claims` (the matcher): letter runs (joined by apostrophes, keyed with `'`) and digit runs
///   (joined by `.` and `,`; the key keeps the decimal point, `number` the value) are apart, and
///   every other non-space scalar is a one-scalar symbol token.
///
/// Keys are lowercased; a token with non-ASCII scalars is keyed by `fold`, which each stage
/// gives (plain lowercasing, or folding of diacritics).
public struct Tokenizer: Sendable {
    /// How scalars group into tokens (see the type's description).
    public enum Grammar: Sendable {
        case prose, names, claims
    }

    public let grammar: Grammar
    /// Keys a token that holds non-ASCII scalars.
    public let fold: @Sendable (String) -> String

    public init(grammar: Grammar, fold: @escaping @Sendable (String) -> String) {
        self.grammar = grammar
        self.fold = fold
    }

    /// The tokens of `scalars[start..<end]`, clamped to the text.
    public func tokens(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> [Token] {
        let lo = max(0, min(start, scalars.count))
        let hi = max(lo, min(end, scalars.count))
        switch grammar {
        case .prose: return proseTokens(scalars, lo, hi)
        case .names: return nameTokens(scalars, lo, hi)
        case .claims: return claimTokens(scalars, lo, hi)
        }
    }

    /// The scalars `start..<end` as a string, clamped to the text.
    public static func string(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        let lo = max(0, min(start, scalars.count))
        let hi = max(lo, min(end, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lo..<hi])
        return String(view)
    }

    // MARK: prose

    private func proseTokens(_ scalars: [Unicode.Scalar], _ lo: Int, _ hi: Int) -> [Token] {
        var result: [Token] = []
        var i = lo
        var previousEnd = -1
        while i < hi {
            guard ScalarClass.isAlphanumeric(scalars[i]) else {
                i += 1
                continue
            }
            let tokenStart = i
            i += 1
            while i < hi {
                let c = scalars[i]
                if ScalarClass.isAlphanumeric(c) || ScalarClass.isMark(c) {
                    i += 1
                    continue
                }
                if ScalarClass.isWordJoiner(c), i + 1 < hi {
                    let next = scalars[i + 1]
                    let prev = scalars[i - 1]
                    let digitsOnly = c.value == 0x2C || c.value == 0x3A || c.value == 0x2F
                    if digitsOnly {
                        if ScalarClass.isDigit(prev) && ScalarClass.isDigit(next) {
                            i += 2
                            continue
                        }
                    } else if ScalarClass.isAlphanumeric(next) {
                        i += 2
                        continue
                    }
                }
                break
            }
            let first = scalars[tokenStart]
            result.append(
                Token(
                    start: tokenStart, end: i, kind: ScalarClass.isDigit(first) ? .number : .word,
                    key: lowercased(scalars, tokenStart, i), isCapitalized: ScalarClass.isUppercase(first),
                    isGlued: previousEnd == tokenStart))
            previousEnd = i
        }
        return result
    }

    /// ASCII lowercased byte by byte; anything else through `fold`.
    private func lowercased(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        for k in start..<end where scalars[k].value >= 0x80 {
            return fold(Self.string(scalars, start, end))
        }
        return String(unsafeUninitializedCapacity: end - start) { buffer in
            var n = 0
            for k in start..<end {
                var v = UInt8(truncatingIfNeeded: scalars[k].value)
                if v >= 0x41 && v <= 0x5A { v += 32 }
                buffer[n] = v
                n += 1
            }
            return n
        }
    }

    // MARK: names

    private func nameTokens(_ scalars: [Unicode.Scalar], _ lo: Int, _ hi: Int) -> [Token] {
        var tokens: [Token] = []
        var index = lo
        var previousEnd = lo
        while index < hi {
            guard ScalarClass.isNameScalar(scalars[index]) else {
                index += 1
                continue
            }
            let start = index
            var (end, possessive) = Self.nameEnd(scalars, from: start, limit: hi)
            var initialsKey: String?
            if !possessive, let (initialsEnd, letters) = Self.initials(scalars, start: start, end: end, limit: hi) {
                end = initialsEnd
                initialsKey = letters
            }
            var consumed = end
            if possessive {
                consumed = min(hi, end + 2)
            } else if Self.quotedPossessive(scalars, at: end, limit: hi) {
                // “Crimea”’s
                possessive = true
                consumed = end + 3
            }
            var token = nameToken(scalars, start, end, initialsKey: initialsKey)
            token.gap = tokens.isEmpty ? .zoneStart : Self.gap(scalars, from: previousEnd, to: start)
            token.clauseInitial = tokens.isEmpty || Self.opensClause(scalars, from: previousEnd, to: start)
            token.possessive = possessive
            token.isGlued = previousEnd == start && !tokens.isEmpty
            tokens.append(token)
            previousEnd = consumed
            index = consumed
        }
        return tokens
    }

    /// Where a name word starting at `start` ends, and whether a possessive `’s` follows it.
    private static func nameEnd(_ scalars: [Unicode.Scalar], from start: Int, limit hi: Int) -> (Int, Bool) {
        var end = start
        while end < hi {
            if ScalarClass.isNameScalar(scalars[end]) {
                end += 1
                continue
            }
            // An apostrophe inside a word: possessive `’s` ends the token, others join it.
            if QuoteMarks.apostrophes.contains(scalars[end]), end + 1 < hi, ScalarClass.isNameScalar(scalars[end + 1]) {
                let afterS = end + 2
                if scalars[end + 1] == "s" || scalars[end + 1] == "S", afterS >= hi || !ScalarClass.isNameScalar(scalars[afterS]) {
                    return (end, true)
                }
                end += 1
                continue
            }
            break
        }
        return (end, false)
    }

    /// A closing quote, then an apostrophe and a final `s` at `end` (“Crimea”’s).
    private static func quotedPossessive(_ scalars: [Unicode.Scalar], at end: Int, limit hi: Int) -> Bool {
        end < hi && QuoteMarks.closingQuotes.contains(scalars[end]) && end + 2 < hi
            && QuoteMarks.apostrophes.contains(scalars[end + 1]) && scalars[end + 1] != scalars[end]
            && scalars[end + 2] == "s" && (end + 3 >= hi || !ScalarClass.isNameScalar(scalars[end + 3]))
    }

    /// The token of `start..<end` with its text, key, case and kind (letters or none).
    private func nameToken(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, initialsKey: String?) -> Token {
        let text = Self.string(scalars, start, end)
        var letterCount = 0
        var upperCount = 0
        var ascii = true
        var lowered = String.UnicodeScalarView()
        for scalar in scalars[start..<end] {
            if scalar.value < 0x80 {
                let value = scalar.value
                let isUpper = value >= 0x41 && value <= 0x5A
                let isLower = value >= 0x61 && value <= 0x7A
                if isUpper || isLower { letterCount += 1 }
                if isUpper { upperCount += 1 }
                lowered.append(isUpper ? Unicode.Scalar(UInt8(value + 32)) : scalar)
            } else {
                ascii = false
                if scalar.properties.isAlphabetic {
                    letterCount += 1
                    if scalar.properties.isUppercase { upperCount += 1 }
                }
            }
        }
        return Token(
            start: start, end: end, kind: letterCount == 0 ? .number : .word,
            key: initialsKey ?? (ascii ? String(lowered) : fold(text)), text: text,
            isCapitalized: ScalarClass.isUppercase(scalars[start]),
            isAllCaps: letterCount >= 2 && upperCount == letterCount)
    }

    /// "U.S." or "U. S.": single capitals each followed by a period, read as one token; the end
    /// (after the last period) and the letters in lowercase, or nil.
    static func initials(_ scalars: [Unicode.Scalar], start: Int, end: Int, limit: Int) -> (Int, String)? {
        guard end == start + 1, isUpperASCII(scalars[start]) else { return nil }
        var letters = String(Character(scalars[start])).lowercased()
        var last = end
        while last + 1 < limit, scalars[last] == "." {
            let next = scalars[last + 1] == " " ? last + 2 : last + 1
            guard next < limit, isUpperASCII(scalars[next]), next + 1 >= limit || !ScalarClass.isNameScalar(scalars[next + 1])
            else { break }
            letters += String(Character(scalars[next])).lowercased()
            last = next + 1
        }
        guard letters.count >= 2 else { return nil }
        return (last < limit && scalars[last] == "." ? last + 1 : last, letters)
    }

    private static func isUpperASCII(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x41 && scalar.value <= 0x5A }

    private static func gap(_ scalars: [Unicode.Scalar], from: Int, to: Int) -> Token.Gap {
        if from >= to { return .space }
        var sawHyphen = false
        var sawSpace = false
        for i in from..<to {
            let s = scalars[i]
            if s == " " || s == "\u{00A0}" || s == "\t" {
                sawSpace = true
                continue
            }
            if QuoteMarks.hyphens.contains(s) {
                sawHyphen = true
                continue
            }
            return .punctuation
        }
        if sawHyphen { return sawSpace ? .punctuation : .hyphen }
        return .space
    }

    private static func opensClause(_ scalars: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        for i in from..<to {
            switch scalars[i] {
            case ":", "\n", ".", "!", "?", "“", "„", "\"": return true
            default: continue
            }
        }
        return false
    }

    // MARK: claims

    private func claimTokens(_ scalars: [Unicode.Scalar], _ lo: Int, _ hi: Int) -> [Token] {
        var tokens: [Token] = []
        var i = lo
        var previousEnd = -1
        while i < hi {
            let s = scalars[i]
            if ScalarClass.isWhitespace(s) {
                i += 1
                continue
            }
            let glued = previousEnd == i
            var token: Token
            if ScalarClass.isDigit(s) {
                token = Self.numberToken(scalars, from: i, limit: hi)
            } else if ScalarClass.isLetter(s) {
                token = wordToken(scalars, from: i, limit: hi)
            } else {
                var text = ""
                text.unicodeScalars.append(s == "'" || s == "’" ? "'" : s)
                token = Token(start: i, end: i + 1, kind: .symbol, key: text)
            }
            token.isGlued = glued
            tokens.append(token)
            previousEnd = token.end
            i = token.end
        }
        return tokens
    }

    /// Digits joined by `.` and `,` before a digit; the key keeps the decimal point only.
    private static func numberToken(_ scalars: [Unicode.Scalar], from start: Int, limit hi: Int) -> Token {
        var j = start
        var text = ""
        while j < hi {
            let c = scalars[j]
            if ScalarClass.isDigit(c) {
                text.unicodeScalars.append(c)
                j += 1
                continue
            }
            if c == "." || c == ",", j + 1 < hi, ScalarClass.isDigit(scalars[j + 1]) {
                if c == "." { text.append(".") }
                j += 1
                continue
            }
            break
        }
        return Token(start: start, end: j, kind: .number, key: text, number: Double(text))
    }

    /// "didn’ t": a corpus tokenisation put a space after the apostrophe of "n't". The word ends in
    /// "n", then the apostrophe, one space and a lone "t": the token is read whole ("didn't").
    private static func spacedContraction(_ scalars: [Unicode.Scalar], apostrophe j: Int, limit hi: Int, after text: String) -> Bool {
        guard text.hasSuffix("n"), j + 2 < hi, scalars[j] == "'" || scalars[j] == "’", scalars[j + 1] == " " else { return false }
        guard scalars[j + 2] == "t" || scalars[j + 2] == "T" else { return false }
        return j + 3 >= hi || !ScalarClass.isLetter(scalars[j + 3])
    }

    /// Letters joined by an apostrophe before a letter (keyed `'`).
    private func wordToken(_ scalars: [Unicode.Scalar], from start: Int, limit hi: Int) -> Token {
        var j = start
        var ascii = true
        var text = ""
        while j < hi {
            let c = scalars[j]
            if ScalarClass.isLetter(c) {
                if c.isASCII {
                    text.unicodeScalars.append(c.value >= 0x41 && c.value <= 0x5A ? Unicode.Scalar(UInt8(c.value + 32)) : c)
                } else {
                    ascii = false
                    text.unicodeScalars.append(c)
                }
                j += 1
                continue
            }
            if c == "'" || c == "’", j + 1 < hi, ScalarClass.isLetter(scalars[j + 1]) {
                text.append("'")
                j += 1
                continue
            }
            if Self.spacedContraction(scalars, apostrophe: j, limit: hi, after: text) {
                text.append("'t")
                j += 3
            }
            break
        }
        return Token(
            start: start, end: j, kind: .word, key: ascii ? text : fold(text),
            isCapitalized: scalars[start].properties.isUppercase)
    }
}
