/// One match of a ``PhraseMatcher`` in a ``FoldedText``.
public struct PhraseMatch: Sendable, Hashable {
    /// Start offset in the ORIGINAL text, in Unicode scalars.
    public var start: Int
    /// End offset (exclusive) in the ORIGINAL text, in Unicode scalars.
    ///
    /// Includes any scalars that folding dropped right after the last matched one
    /// (combining marks, soft hyphens), so a match never splits a grapheme.
    public var end: Int
    /// Start offset in the folded scalars.
    public var foldedStart: Int
    /// End offset (exclusive) in the folded scalars.
    public var foldedEnd: Int
    /// Everything the matched phrase stands for (a phrase can name several things).
    public var targets: [PhraseTarget]

    public init(start: Int, end: Int, foldedStart: Int, foldedEnd: Int, targets: [PhraseTarget]) {
        self.start = start
        self.end = end
        self.foldedStart = foldedStart
        self.foldedEnd = foldedEnd
        self.targets = targets
    }
}
