/// A half-open range of Unicode scalar (code point) offsets into a document's original text.
public struct TextSpan: Codable, Sendable, Hashable, Comparable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
