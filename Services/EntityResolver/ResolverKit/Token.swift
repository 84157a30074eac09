/// One word of a document, with the layout facts mention detection needs.
struct Token: Sendable, Equatable {
    /// What separates a token from the one before it.
    enum Gap: Sendable, Equatable {
        /// The token opens its zone (a sentence or heading).
        case zoneStart
        /// Spaces only, on one line.
        case space
        /// A hyphen with no spaces around it ("Poland-Lithuania").
        case hyphen
        /// Anything else: punctuation, quote marks, line breaks.
        case punctuation
    }

    var start: Int
    var end: Int
    var text: String
    /// Matching key (see `NameFolding.key`).
    var key: String
    var gap: Gap
    /// The token is followed by a possessive `’s` (possibly after a closing quote mark).
    var possessive: Bool
    /// The token opens a sentence, a heading, a quotation or a clause after a colon.
    var clauseInitial: Bool
    /// The first letter is uppercase.
    var isCapitalized: Bool
    var isAllCaps: Bool
    var isNumber: Bool

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
