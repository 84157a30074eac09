/// Whether a run had sentence vectors for the claim matcher, and if not, why (in `run.json`
/// and the report).
public struct EmbeddingStatus: Codable, Sendable, Equatable {
    /// True when the matcher got vectors for at least one analysed document (`note` names the others).
    public var available: Bool
    /// The model that made them, when there were any.
    public var model: String?
    /// Why there were no vectors (or only for some documents); nil when every document had them.
    public var note: String?

    public init(available: Bool, model: String? = nil, note: String? = nil) {
        self.available = available
        self.model = model
        self.note = note
    }
}
