import CrosscheckSchema

/// A mention found in one document, before its key is final.
struct LocalMention: Sendable, Equatable {
    var start: Int
    var end: Int
    var sentence: Int?
    var via: MentionVia
    var key: String
    var role: String?
    /// Type the context suggests for the key; nil when the context says nothing.
    var type: EntityType?
    /// Name form to show for discovered keys (the span text, minus a year or a title).
    var name: String
}
