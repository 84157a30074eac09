/// Whether a run used sentence vectors, and if not, why (in `run.json` and the report).
public struct EmbeddingStatus: Codable, Sendable, Equatable {
    /// True when at least one analysed document came with vectors (`note` names the others).
    public var used: Bool
    /// The model, when vectors were used.
    public var model: String?
    /// Why vectors were not used (or only for some documents); nil when they all were.
    public var note: String?

    public init(used: Bool, model: String? = nil, note: String? = nil) {
        self.used = used; self.model = model; self.note = note
    }
}
