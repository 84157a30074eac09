/// Orders identifiers so that embedded numbers compare by value (`k2` before `k10`).
///
/// Ties on the numeric reading fall back to plain code point order, so the order is total and
/// the same on every platform (no locale is involved).
enum NaturalOrder {
    /// True when `lhs` sorts before `rhs`.
    static func less(_ lhs: String, _ rhs: String) -> Bool {
        let a = Array(lhs.unicodeScalars), b = Array(rhs.unicodeScalars)
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if isDigit(a[i]), isDigit(b[j]) {
                let (na, ni) = digitRun(a, from: i)
                let (nb, nj) = digitRun(b, from: j)
                if na.count != nb.count { return na.count < nb.count }
                if na != nb { return na.lexicographicallyPrecedes(nb) }
                i = ni; j = nj
                continue
            }
            if a[i] != b[j] { return a[i].value < b[j].value }
            i += 1; j += 1
        }
        if (a.count - i) != (b.count - j) { return (a.count - i) < (b.count - j) }
        return lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars) { $0.value < $1.value }
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

    /// The digits starting at `start` without leading zeros, and the index after the run.
    private static func digitRun(_ s: [Unicode.Scalar], from start: Int) -> ([UInt32], Int) {
        var end = start
        while end < s.count, isDigit(s[end]) { end += 1 }
        var digits = s[start..<end].map(\.value)
        while digits.count > 1, digits.first == 48 { digits.removeFirst() }
        return (digits, end)
    }
}

extension Array where Element == String {
    /// The strings in natural order, without duplicates.
    func naturallySortedUnique() -> [String] {
        Array(Set(self)).sorted(by: NaturalOrder.less)
    }
}
