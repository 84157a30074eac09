/// Orders identifiers so that embedded numbers compare by value (`k2` before `k10`).
///
/// Ties on the numeric reading fall back to plain code point order, so the order is total and
/// the same on every platform (no locale is involved). Sorting builds each key once.
enum NaturalOrder {
    /// True when `lhs` sorts before `rhs`.
    static func less(_ lhs: String, _ rhs: String) -> Bool {
        Key(lhs) < Key(rhs)
    }

    /// `items` sorted by the natural order of `id`, then by `tieBreak`; each key is computed once.
    static func sorted<T>(_ items: [T], by id: (T) -> String, then tieBreak: ((T, T) -> Bool)? = nil) -> [T] {
        let keyed = items.map { (key: Key(id($0)), item: $0) }
        return keyed.sorted { a, b in
            if a.key != b.key { return a.key < b.key }
            return tieBreak?(a.item, b.item) ?? false
        }.map(\.item)
    }

    /// A precomputed sort key: digit runs as numbers (by length, then digits), other scalars as they are.
    struct Key: Comparable {
        /// Each element is a scalar value, or for a digit run: 0x110000 + run length followed by the digits.
        private let parts: [UInt32]
        private let raw: [UInt32]

        init(_ text: String) {
            raw = text.unicodeScalars.map(\.value)
            var parts: [UInt32] = []
            parts.reserveCapacity(raw.count + 2)
            var i = 0
            while i < raw.count {
                if Self.isDigit(raw[i]) {
                    var end = i
                    while end < raw.count, Self.isDigit(raw[end]) { end += 1 }
                    var start = i
                    while start < end - 1, raw[start] == 48 { start += 1 }
                    parts.append(0x110000 + UInt32(end - start))
                    parts.append(contentsOf: raw[start..<end])
                    i = end
                } else {
                    parts.append(raw[i])
                    i += 1
                }
            }
            self.parts = parts
        }

        private static func isDigit(_ v: UInt32) -> Bool { v >= 48 && v <= 57 }

        static func < (a: Key, b: Key) -> Bool {
            if a.parts != b.parts { return a.parts.lexicographicallyPrecedes(b.parts) }
            return a.raw.lexicographicallyPrecedes(b.raw)
        }

        static func == (a: Key, b: Key) -> Bool { a.raw == b.raw }
    }
}

extension Array where Element == String {
    /// The strings in natural order, without duplicates.
    func naturallySortedUnique() -> [String] {
        NaturalOrder.sorted(Array(Set(self)), by: { $0 })
    }
}
