import CrosscheckSchema

/// Word 3-gram shingles of a stretch of text, hashed with fixed functions (FNV-1a for words,
/// SplitMix64 to combine) so that the same text gives the same shingles in every process.
///
/// Words are runs of letters and digits, lowercased; punctuation and spacing do not count, so a
/// reprint that changes quotation marks or line breaks still matches.
struct TextShingles {
    static let size = 3

    /// The words of `scalars[start..<end]`, lowercased, each as its FNV-1a hash; a span outside
    /// the text is clamped to it.
    static func words(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> [UInt64] {
        var words: [UInt64] = []
        scan(scalars, start: start, end: end) { hash, _, _ in words.append(hash) }
        return words
    }

    /// Where each word of `scalars[start..<end]` is, in the order `words` gives them.
    static func wordSpans(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> [TextSpan] {
        var spans: [TextSpan] = []
        scan(scalars, start: start, end: end) { _, from, to in spans.append(TextSpan(start: from, end: to)) }
        return spans
    }

    /// Calls `body` with each word's hash, start and end: runs of letters and digits, lowercased.
    private static func scan(_ scalars: [Unicode.Scalar], start: Int, end: Int, _ body: (UInt64, Int, Int) -> Void) {
        let offset: UInt64 = 0xcbf2_9ce4_8422_2325
        var current = offset
        var wordStart: Int?
        func add(_ v: UInt32, at k: Int) {
            current = (current ^ UInt64(v)) &* 0x0000_0100_0000_01B3
            if wordStart == nil { wordStart = k }
        }
        let lo = max(0, min(start, scalars.count))
        let hi = max(lo, min(end, scalars.count))
        for k in lo..<hi {
            let c = scalars[k]
            let v = c.value
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) {
                add(v, at: k)
            } else if v >= 0x41 && v <= 0x5A {
                add(v + 32, at: k)
            } else if v >= 0x80, c.properties.isAlphabetic || c.properties.numericType != nil {
                for lower in c.properties.lowercaseMapping.unicodeScalars { add(lower.value, at: k) }
            } else if let from = wordStart {
                body(current, from, k)
                current = offset
                wordStart = nil
            }
        }
        if let from = wordStart { body(current, from, hi) }
    }

    /// The distinct shingle hashes of a word list, sorted.
    static func hashes(_ word: [UInt64]) -> [UInt64] {
        guard !word.isEmpty else { return [] }
        var result: [UInt64] = []
        if word.count < size {
            result.append(word.reduce(0xcbf2_9ce4_8422_2325) { mix($0, $1) })
        } else {
            result.reserveCapacity(word.count - size + 1)
            for i in 0...(word.count - size) {
                var h: UInt64 = 0xcbf2_9ce4_8422_2325
                for k in i..<(i + size) { h = mix(h, word[k]) }
                result.append(h)
            }
        }
        result.sort()
        var distinct: [UInt64] = []
        distinct.reserveCapacity(result.count)
        for h in result where distinct.last != h { distinct.append(h) }
        return distinct
    }

    static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        splitmix(a ^ (b &+ 0x9E37_79B9_7F4A_7C15 &+ (a << 6) &+ (a >> 2)))
    }

    /// SplitMix64's finaliser: a fixed, well-spread 64-bit permutation.
    static func splitmix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
