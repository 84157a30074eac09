/// One word, number or symbol of a sentence, with code point offsets into the document text.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable { case word, number, symbol }

    var start: Int
    var end: Int
    /// Lowercased, diacritic-free form (`’` folded to `'`).
    var folded: String
    var kind: Kind
    var isCapitalized: Bool
    /// No whitespace between this token and the previous one ("500m", "3.2%").
    var isGlued: Bool
    /// The value of a `number` token.
    var number: Double?
}
