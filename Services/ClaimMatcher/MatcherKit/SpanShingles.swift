import CrosscheckSchema

/// The words and shingle hashes of the spans reprint passages are built from, each made once:
/// a document shares passages with many others, and each pair's passages read the same spans.
///
/// A reference type so the one `ReprintPassageBuilder` of a detection fills it across pairs.
final class SpanShingles {
    private struct Key: Hashable {
        var document: Int
        var start: Int
        var end: Int
    }

    private let scalars: [[Unicode.Scalar]]
    private var wordCache: [Key: [UInt64]] = [:]
    private var hashCache: [Key: [UInt64]] = [:]

    init(scalars: [[Unicode.Scalar]]) {
        self.scalars = scalars
    }

    /// `TextShingles.words` of the span of document `d`.
    func words(_ d: Int, _ span: TextSpan) -> [UInt64] {
        let key = Key(document: d, start: span.start, end: span.end)
        if let cached = wordCache[key] { return cached }
        let words = TextShingles.words(scalars[d], start: span.start, end: span.end)
        wordCache[key] = words
        return words
    }

    /// `TextShingles.hashes` of the span's words.
    func hashes(_ d: Int, _ span: TextSpan) -> [UInt64] {
        let key = Key(document: d, start: span.start, end: span.end)
        if let cached = hashCache[key] { return cached }
        let hashes = TextShingles.hashes(words(d, span))
        hashCache[key] = hashes
        return hashes
    }
}
