/// Picks the name to show for an entity from the forms the texts use.
enum CanonicalName {
    /// Most words first, then the original spelling (most non-ASCII letters), then the most
    /// frequent form, then alphabetical order.
    static func best(_ forms: [String]) -> String? {
        var counts: [String: Int] = [:]
        for form in forms { counts[form, default: 0] += 1 }
        return counts.keys.max { lhs, rhs in
            let l = (words(lhs), nonASCII(lhs), capitals(lhs), counts[lhs] ?? 0)
            let r = (words(rhs), nonASCII(rhs), capitals(rhs), counts[rhs] ?? 0)
            if l != r { return l < r }
            return lhs > rhs
        }
    }

    private static func words(_ s: String) -> Int { s.split { $0 == " " || $0 == "-" }.count }
    private static func nonASCII(_ s: String) -> Int { s.unicodeScalars.filter { !$0.isASCII }.count }
    private static func capitals(_ s: String) -> Int { s.unicodeScalars.filter { $0.properties.isUppercase }.count }
}
