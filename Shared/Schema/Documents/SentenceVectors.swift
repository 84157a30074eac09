/// One document's sentence vectors (`document.encoded`): one per body sentence, same order.
///
/// When the encoder has no model, `vectors` is empty and `unavailable` says why; the
/// pipeline then runs without vectors.
public struct SentenceVectors: Codable, Sendable, Equatable {
    public var document: String
    /// The model that made the vectors (`all-MiniLM-L6-v2`).
    public var model: String
    public var dimension: Int
    public var vectors: [QuantizedVector]
    public var unavailable: String?

    public init(document: String, model: String, dimension: Int, vectors: [QuantizedVector], unavailable: String? = nil) {
        self.document = document
        self.model = model
        self.dimension = dimension
        self.vectors = vectors
        self.unavailable = unavailable
    }

    /// The rounded cosine between sentence `i` here and sentence `j` of `other`, or nil when
    /// either has no vector. See `QuantizedVector.roundedCosine`.
    public func similarity(_ i: Int, _ other: SentenceVectors, _ j: Int) -> Double? {
        guard vectors.indices.contains(i), other.vectors.indices.contains(j) else { return nil }
        return vectors[i].roundedCosine(other.vectors[j])
    }
}
