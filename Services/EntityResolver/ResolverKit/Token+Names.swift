import Foundation
import TextCore

extension Tokenizer {
    /// The resolver's tokenizer: the names grammar, non-ASCII words keyed by `NameFolding.key`.
    static let names = Tokenizer(grammar: .names, fold: NameFolding.key)

    /// Name tokens of `scalars[range]`.
    static func tokens(in scalars: [Unicode.Scalar], range: Range<Int>) -> [Token] {
        names.tokens(scalars, from: range.lowerBound, to: range.upperBound)
    }
}

extension Token {
    /// The text without the periods and spaces of initials ("U. S." → "US").
    var compactText: String {
        guard text.unicodeScalars.contains(".") else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "." && $0 != " " }))
    }

    /// Whether the token could belong to a name: capitalised or all caps, not a digit run.
    var isNameLike: Bool { isCapitalized && !isNumber }

    /// A four-digit year between 1800 and 2100.
    var year: Int? {
        guard isNumber, text.unicodeScalars.count == 4, let value = Int(text), (1800...2100).contains(value)
        else { return nil }
        return value
    }
}
