/// Decides whether a mention sits in scare quotes.
enum ScareQuotes {
    /// True when quote marks wrap exactly the mention (“Crimea”, ‘Crimea’-…, “Crimea”’s), or the
    /// parser marked a scare quote that contains it.
    static func isScareQuoted(_ span: Range<Int>, in scalars: [Unicode.Scalar], scareQuotes: [Range<Int>]) -> Bool {
        if scareQuotes.contains(where: { $0.lowerBound <= span.lowerBound && span.upperBound <= $0.upperBound }) {
            return true
        }
        guard span.lowerBound > 0, span.upperBound < scalars.count else { return false }
        let before = scalars[span.lowerBound - 1]
        let after = scalars[span.upperBound]
        switch before {
        case "“": return after == "”" || after == "\""
        case "‘": return after == "’"
        case "\"": return after == "\"" || after == "”"
        case "«": return after == "»"
        case "„": return after == "“" || after == "”"
        default: return false
        }
    }
}
