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
            guard opensAddress(scalars, at: index), index == 0 || !Tokenizer.isWordScalar(scalars[index - 1]) else {
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

    private static func opensAddress(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        for prefix in ["http:", "https:", "www."] where matches(scalars, prefix, at: index) { return true }
        return false
    }

    private static func matches(_ scalars: [Unicode.Scalar], _ prefix: String, at index: Int) -> Bool {
        var position = index
        for scalar in prefix.unicodeScalars {
            guard position < scalars.count, scalars[position] == scalar || scalars[position].properties.lowercaseMapping == String(scalar)
            else { return false }
            position += 1
        }
        return true
    }
}
