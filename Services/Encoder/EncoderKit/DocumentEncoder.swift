import CrosscheckSchema

/// Answers `document.encode`: one int8 vector per sentence, or, without a model, an answer
/// that says so (so the run goes on without vectors instead of waiting for one).
public struct DocumentEncoder: Sendable {
    /// The note carried by every answer when no model could be loaded.
    public static let unavailableNote = "the encoder found no model files (scripts/setup installs them)"

    public let encoder: SentenceEncoder?

    public init(encoder: SentenceEncoder?) {
        self.encoder = encoder
    }

    /// The vectors of `request`'s sentences, in order.
    public func encode(_ request: EncodeRequest) -> SentenceVectors {
        guard let encoder else {
            return SentenceVectors(
                document: request.document, model: ModelLocator.modelName, dimension: 0,
                vectors: [], unavailable: Self.unavailableNote)
        }
        let vectors = encoder.encode(request.sentences).map(QuantizedVector.init)
        return SentenceVectors(
            document: request.document, model: ModelLocator.modelName,
            dimension: encoder.dimension, vectors: vectors)
    }
}
