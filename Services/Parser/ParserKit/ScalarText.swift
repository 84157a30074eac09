import TextCore

/// A text's scalars, read in words (`Tokenizer`'s prose grammar) and in the gaps between them.
struct ScalarText {
    let scalars: [Unicode.Scalar]

    /// The parser's tokenizer: prose words, non-ASCII words lowercased as written.
    static let tokenizer = Tokenizer(grammar: .prose, fold: { $0.lowercased() })

    /// The tokens of `start..<end`.
    func tokens(from start: Int, to end: Int) -> [Token] {
        Self.tokenizer.tokens(scalars, from: start, to: end)
    }

    /// Whether only spaces lie between `a` and `b` (no punctuation).
    func onlySpaceBetween(_ a: Int, _ b: Int) -> Bool {
        var i = max(0, a)
        let upper = min(b, scalars.count)
        while i < upper {
            if !ScalarClass.isSpace(scalars[i]) { return false }
            i += 1
        }
        return true
    }

    /// Whether the gap `a..<b` contains one of the given punctuation scalars.
    func gap(_ a: Int, _ b: Int, contains values: Set<UInt32>) -> Bool {
        var i = max(0, a)
        let upper = min(b, scalars.count)
        while i < upper {
            if values.contains(scalars[i].value) { return true }
            i += 1
        }
        return false
    }

    func string(_ start: Int, _ end: Int) -> String {
        Tokenizer.string(scalars, start, end)
    }
}

extension Token {
    /// The lowercased word.
    var lower: String { key }
    /// The first character is a digit.
    var isNumeric: Bool { kind == .number }
}
