import Foundation
import TextCore

extension Tokenizer {
    /// The matcher's tokenizer: the claims grammar, non-ASCII words folded by `fold(_:)`.
    static let claims = Tokenizer(grammar: .claims, fold: Tokenizer.fold)

    /// Claim tokens of `scalars[start..<end]`, clamped to the text.
    static func tokens(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> [Token] {
        claims.tokens(scalars, from: start, to: end)
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
                case "ß": view.append(contentsOf: ["s", "s"])
                case "æ", "Æ": view.append(contentsOf: ["a", "e"])
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
}

extension Token {
    /// Lowercased, diacritic-free form (`’` folded to `'`).
    var folded: String { key }
}
