/// Metadata an input states outright: the fields of a JSON Lines record.
///
/// Every field is optional; a given value overrides what the parser would infer from the text.
public struct DocumentMetadata: Codable, Sendable, Equatable {
    public var url: String?
    public var title: String?
    public var author: String?
    /// As the record gives it; the parser keeps the ISO date part (`2025-03-24`).
    public var published: String?
    public var outlet: String?
    public var language: String?

    public init(
        url: String? = nil, title: String? = nil, author: String? = nil, published: String? = nil,
        outlet: String? = nil, language: String? = nil
    ) {
        self.url = url
        self.title = title
        self.author = author
        self.published = published
        self.outlet = outlet
        self.language = language
    }

    /// Whether no field is set.
    public var isEmpty: Bool {
        url == nil && title == nil && author == nil && published == nil && outlet == nil && language == nil
    }
}

/// What kind of text an input holds, when the client knows it (by extension or record field).
public enum InputFormat: String, Codable, Sendable {
    case text
    case html
}

/// Where a document's metadata value came from.
public enum MetadataOrigin: String, Codable, Sendable {
    /// Stated by the input record (a JSON Lines field).
    case given
    /// Read from the page's own metadata: `<title>`, `og:*`, `article:*`, author meta, JSON-LD.
    case page
    /// Guessed by the parser from the text (a byline, a dateline, an outlet header).
    case inferred
}
