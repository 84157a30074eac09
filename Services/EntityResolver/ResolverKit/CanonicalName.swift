/// Picks the name to show for an entity from the forms the texts use.
enum CanonicalName {
    /// Latin script first (reports are read in it), then most words, then the original spelling
    /// (most non-ASCII letters), then the most frequent form, then alphabetical order.
    static func best(_ forms: [String]) -> String? {
        var counts: [String: Int] = [:]
        for form in forms { counts[form, default: 0] += 1 }
        return counts.keys.max { lhs, rhs in
            let l = (isLatin(lhs) ? 1 : 0, words(lhs), nonASCII(lhs), capitals(lhs), counts[lhs] ?? 0)
            let r = (isLatin(rhs) ? 1 : 0, words(rhs), nonASCII(rhs), capitals(rhs), counts[rhs] ?? 0)
            if l != r { return l < r }
            return lhs > rhs
        }
    }

    /// No letters beyond Latin Extended (U+024F).
    private static func isLatin(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { $0.value < 0x250 || !$0.properties.isAlphabetic }
    }

    private static func words(_ s: String) -> Int { s.split { $0 == " " || $0 == "-" }.count }
    private static func nonASCII(_ s: String) -> Int { s.unicodeScalars.filter { !$0.isASCII }.count }
    private static func capitals(_ s: String) -> Int { s.unicodeScalars.filter { $0.properties.isUppercase }.count }
}
