/// One word, number or symbol of a text, with code point offsets into it.
///
/// Every Kit reads its tokens from `Tokenizer`; which fields are filled depends on the
/// tokenizer's grammar (see `Tokenizer.Grammar`).
public struct Token: Sendable, Equatable {
    /// What the token is.
    public enum Kind: Sendable, Equatable {
        case word, number, symbol
    }

    /// What separates a token from the one before it (the names grammar; others say `space`).
    public enum Gap: Sendable, Equatable {
        /// The token opens its zone (a sentence or heading).
        case zoneStart
        /// Spaces only, on one line.
        case space
        /// A hyphen with no spaces around it ("Poland-Lithuania").
        case hyphen
        /// Anything else: punctuation, quote marks, line breaks.
        case punctuation
    }

    public var start: Int
    public var end: Int
    public var kind: Kind
    /// The matching form: lowercased, and folded as the tokenizer's rules say.
    public var key: String
    /// The token as written (the names grammar only; the others leave it empty).
    public var text: String
    public var gap: Gap
    /// The token is followed by a possessive `’s`, possibly after a closing quote mark (names grammar).
    public var possessive: Bool
    /// The token opens a sentence, a heading, a quotation or a clause after a colon (names grammar).
    public var clauseInitial: Bool
    /// The first letter is uppercase.
    public var isCapitalized: Bool
    /// Two or more letters, all uppercase (names grammar).
    public var isAllCaps: Bool
    /// No whitespace between this token and the previous one ("500m", "3.2%").
    public var isGlued: Bool
    /// The value of a number token (claims grammar).
    public var number: Double?

    public init(
        start: Int, end: Int, kind: Kind, key: String, text: String = "", gap: Gap = .space,
        possessive: Bool = false, clauseInitial: Bool = false, isCapitalized: Bool = false,
        isAllCaps: Bool = false, isGlued: Bool = false, number: Double? = nil
    ) {
        self.start = start
        self.end = end
        self.kind = kind
        self.key = key
        self.text = text
        self.gap = gap
        self.possessive = possessive
        self.clauseInitial = clauseInitial
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
        self.isGlued = isGlued
        self.number = number
    }

    /// A number token.
    public var isNumber: Bool { kind == .number }
}
