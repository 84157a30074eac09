/// Folded text with a map from every folded scalar back to its original offset.
public struct FoldedText: Sendable, Hashable {
    /// The folded scalars (see ``TextFolding``).
    public var folded: [Unicode.Scalar]
    /// For each folded scalar, the original scalar offset it came from; one extra trailing
    /// entry holds the original scalar count, so `origin[folded.count]` is the end.
    public var origin: [Int]
    /// For each folded scalar, whether the original scalar was uppercase.
    public var uppercase: [Bool]

    public init(folded: [Unicode.Scalar], origin: [Int], uppercase: [Bool]) {
        self.folded = folded
        self.origin = origin
        self.uppercase = uppercase
    }

    /// The folded scalars as a string.
    public var string: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: folded)
        return String(view)
    }

    /// The original range `[start, end)` of the folded range `[foldedStart, foldedEnd)`.
    ///
    /// The end includes scalars dropped by folding right after the range (combining marks).
    public func originalRange(foldedStart: Int, foldedEnd: Int) -> Range<Int> {
        guard !origin.isEmpty else { return 0..<0 }
        let lower = max(0, min(foldedStart, origin.count - 1))
        let upper = max(lower, min(foldedEnd, origin.count - 1))
        let start = origin[lower]
        guard upper > lower else { return start..<start }
        let end = max(origin[upper - 1] + 1, origin[upper])
        return start..<max(start, end)
    }
}
