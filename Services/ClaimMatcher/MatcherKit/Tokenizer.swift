import Foundation

/// Splits a span of a document into tokens by a single hand-written scan (no regexes).
enum Tokenizer {
    /// Tokens of `scalars[start..<end]`, clamped to the text.
    static func tokens(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> [Token] {
        let lo = max(0, min(start, scalars.count))
        let hi = max(lo, min(end, scalars.count))
        var tokens: [Token] = []
        var i = lo
        var previousEnd = -1
        while i < hi {
            let s = scalars[i]
            if isSpace(s) { i += 1; continue }
            let glued = previousEnd == i
            if isDigit(s) {
                var j = i
                var text = ""
                while j < hi {
                    let c = scalars[j]
                    if isDigit(c) { text.unicodeScalars.append(c); j += 1; continue }
                    if (c == "." || c == ","), j + 1 < hi, isDigit(scalars[j + 1]) {
                        if c == "." { text.append(".") }
                        j += 1
                        continue
                    }
                    break
                }
                tokens.append(Token(start: i, end: j, folded: text, kind: .number, isCapitalized: false,
                                    isGlued: glued, number: Double(text)))
                previousEnd = j
                i = j
            } else if isLetter(s) {
                var j = i
                var ascii = true
                var text = ""
                while j < hi {
                    let c = scalars[j]
                    if isLetter(c) {
                        if c.isASCII {
                            text.unicodeScalars.append(lowerASCII(c))
                        } else {
                            ascii = false
                            text.unicodeScalars.append(c)
                        }
                        j += 1
                        continue
                    }
                    if isApostrophe(c), j + 1 < hi, isLetter(scalars[j + 1]) {
                        text.append("'")
                        j += 1
                        continue
                    }
                    break
                }
                let folded = ascii ? text : fold(text)
                tokens.append(Token(start: i, end: j, folded: folded, kind: .word,
                                    isCapitalized: s.properties.isUppercase, isGlued: glued, number: nil))
                previousEnd = j
                i = j
            } else {
                var text = ""
                text.unicodeScalars.append(isApostrophe(s) ? "'" : s)
                tokens.append(Token(start: i, end: i + 1, folded: text, kind: .symbol, isCapitalized: false,
                                    isGlued: glued, number: nil))
                previousEnd = i + 1
                i += 1
            }
        }
        return tokens
    }

    /// Lowercase without diacritics; letters that do not decompose (đ, ł, ø) are mapped by hand.
    static func fold(_ text: String) -> String {
        var out = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        if out.unicodeScalars.contains(where: { !$0.isASCII }) {
            var view = String.UnicodeScalarView()
            for s in out.unicodeScalars {
                switch s {
                case "đ", "Đ": view.append("d")
                case "ł", "Ł": view.append("l")
                case "ø", "Ø": view.append("o")
                case "ß": view.append("s"); view.append("s")
                case "æ", "Æ": view.append("a"); view.append("e")
                case "ı": view.append("i")
                default: view.append(s)
                }
            }
            out = String(view)
        }
        return out
    }

    /// Folds a whole phrase the way tokens are folded, words joined by single spaces.
    static func foldPhrase(_ phrase: String) -> String {
        let scalars = Array(phrase.unicodeScalars)
        return tokens(scalars, start: 0, end: scalars.count).map(\.folded).joined(separator: " ")
    }

    private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\n" || s == "\t" || s == "\r" || s.properties.isWhitespace
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { s >= "0" && s <= "9" }

    private static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") }
        return s.properties.isAlphabetic
    }

    private static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }

    private static func lowerASCII(_ s: Unicode.Scalar) -> Unicode.Scalar {
        (s >= "A" && s <= "Z") ? Unicode.Scalar(s.value + 32) ?? s : s
    }
}
