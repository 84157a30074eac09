/// A document's text addressed by code point offsets, the unit every span in Crosscheck uses.
///
/// Swift strings index by grapheme; the report contract counts Unicode scalars (what Python's
/// `str` indexes). This keeps the scalars in an array so slicing by offset is O(length).
public struct SourceText: Sendable {
    public let scalars: [Unicode.Scalar]

    public init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    public var count: Int { scalars.count }

    /// The text of `start..<end`, clamped to the document.
    public subscript(start: Int, end: Int) -> String {
        let lo = max(0, min(start, scalars.count))
        let hi = max(lo, min(end, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lo..<hi])
        return String(view)
    }

    public subscript(span: TextSpan) -> String { self[span.start, span.end] }
}
