/// A document's per-document outputs (parser, resolver, encoder), as a client keeps them
/// between jobs so that a later job over the same document need not compute them again.
///
/// Story mode sends these in `JobRequest.settled` for the documents a story already holds; the
/// coordinator then settles those documents without sending them to the per-document stages,
/// and only the bundle stages see them again. `vectors` is nil when no vectors were made.
public struct SettledDocument: Codable, Sendable, Equatable {
    public var parsed: ParsedDocument
    public var resolved: ResolvedDocument
    public var vectors: SentenceVectors?

    public init(parsed: ParsedDocument, resolved: ResolvedDocument, vectors: SentenceVectors? = nil) {
        self.parsed = parsed
        self.resolved = resolved
        self.vectors = vectors
    }

    public var id: String { parsed.id }
}
