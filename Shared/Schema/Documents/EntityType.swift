/// What kind of thing an entity is, as the report contract names the kinds.
public enum EntityType: String, Codable, Sendable, CaseIterable {
    case person, country, place, organization, agreement, event, other
}

/// How a mention came to point at its entity.
public enum MentionVia: String, Codable, Sendable {
    /// The entity's name or a spelling variant of it.
    case name
    /// A short form, abbreviation, demonym or adjective ("Serbian", "NATO").
    case alias
    /// A capital standing for its government ("Belgrade reacted").
    case metonym
    /// A title standing for its holder ("the Serbian President").
    case role
    case pronoun
}
