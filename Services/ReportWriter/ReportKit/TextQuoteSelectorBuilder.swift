import CrosscheckSchema

/// Builds W3C `TextQuoteSelector`s that resolve to exactly one place in a document's text.
///
/// `exact` is the span's text; `prefix` and `suffix` start at 32 characters of context and
/// double until no other occurrence of `exact` carries the same context (at most the whole
/// text before and after, which always tells the span apart).
struct TextQuoteSelectorBuilder {
    let text: SourceText
    var initialContext = 32

    /// The three parts of a TextQuoteSelector.
    struct Quote: Equatable {
        var exact: String
        var prefix: String
        var suffix: String
    }

    func quote(_ span: TextSpan) -> Quote {
        let s = text.scalars
        let exact = Array(s[span.start..<span.end])
        let others = occurrences(of: exact).filter { $0 != span.start }
        var context = initialContext
        while true {
            let before = max(0, span.start - context), after = min(s.count, span.end + context)
            let clashes = others.contains { other in
                let length = span.start - before
                let otherBefore = other - length
                guard otherBefore >= 0, other + exact.count + (after - span.end) <= s.count else { return false }
                return s[otherBefore..<other].elementsEqual(s[before..<span.start])
                    && s[(other + exact.count)..<(other + exact.count + after - span.end)].elementsEqual(s[span.end..<after])
            }
            if !clashes || (before == 0 && after == s.count) {
                return Quote(exact: text[span], prefix: text[before, span.start], suffix: text[span.end, after])
            }
            context *= 2
        }
    }

    /// Start offsets of every occurrence of `needle` in the text.
    func occurrences(of needle: [Unicode.Scalar]) -> [Int] {
        let s = text.scalars
        guard let first = needle.first, needle.count <= s.count else { return [] }
        var result: [Int] = []
        var i = 0
        while i + needle.count <= s.count {
            if s[i] == first, s[i..<(i + needle.count)].elementsEqual(needle) { result.append(i) }
            i += 1
        }
        return result
    }
}
