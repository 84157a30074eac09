import TextCore

/// Web addresses in a document's text, whose words are neither names nor evidence of common words.
///
/// An address runs from "http"/"https"/"www." to the next space; a line that opens with one is an
/// address to its end (tokenised corpora write "http: / / www. site. com / a - b - c").
enum WebAddresses {
    /// Sorted, disjoint ranges of web addresses in `scalars`.
    static func ranges(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            guard opensAddress(scalars, at: index), index == 0 || !ScalarClass.isNameScalar(scalars[index - 1]) else {
                index += 1
                continue
            }
            let lineStart = index == 0 || scalars[index - 1] == "\n"
            var end = index
            while end < scalars.count, scalars[end] != "\n", lineStart || scalars[end] != " " { end += 1 }
            ranges.append(index..<end)
            index = end
        }
        return ranges
    }

    private static let prefixes: [[UInt32]] = ["http:", "https:", "www."].map { $0.unicodeScalars.map(\.value) }

    private static func opensAddress(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let first = scalars[index].value | 0x20
        guard first == 0x68 || first == 0x77 else { return false } // h, w
        return prefixes.contains { matches(scalars, $0, at: index) }
    }

    /// ASCII letters compared without case.
    private static func matches(_ scalars: [Unicode.Scalar], _ prefix: [UInt32], at index: Int) -> Bool {
        guard index + prefix.count <= scalars.count else { return false }
        for (offset, value) in prefix.enumerated() {
            let scalar = scalars[index + offset].value
            let folded = (0x41...0x5A).contains(scalar) ? scalar | 0x20 : scalar
            guard folded == value else { return false }
        }
        return true
    }
}
