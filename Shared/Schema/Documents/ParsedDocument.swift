/// One article after parsing: its original text, metadata and structure, all as code point spans.
///
/// Unknown metadata is nil, never a guess. `text` is the decoded original (invalid UTF-8
/// replaced by U+FFFD, with a warning); every span indexes into it.
public struct ParsedDocument: Codable, Sendable, Equatable {
    public var id: String
    public var path: String
    public var text: String
    public var title: String?
    public var outlet: String?
    public var authors: [String]
    /// ISO date (`2025-03-24`) when the text states one.
    public var published: String?
    public var words: Int
    public var truncated: Bool
    public var headings: [TextSpan]
    public var paragraphs: [TextSpan]
    public var sentences: [Sentence]
    public var quotes: [Quote]
    public var attributions: [Attribution]
    public var removed: [RemovedSpan]
    public var warnings: [String]
    /// The canonical URL, when the record or the page states one.
    public var url: String?
    /// The language code, when the record or the page states one.
    public var language: String?
    /// `text` or `html`: what the input was. For `html`, `text` is the page's extracted text.
    public var format: InputFormat?
    /// Where each metadata value came from, by field name (`title`, `published`…); set values only.
    public var origins: [String: MetadataOrigin]?
    /// A record's fields beyond those Crosscheck reads.
    public var extra: [String: JSONValue]?

    public init(
        id: String, path: String, text: String, title: String? = nil, outlet: String? = nil,
        authors: [String] = [], published: String? = nil, words: Int = 0, truncated: Bool = false,
        headings: [TextSpan] = [], paragraphs: [TextSpan] = [], sentences: [Sentence] = [],
        quotes: [Quote] = [], attributions: [Attribution] = [], removed: [RemovedSpan] = [],
        warnings: [String] = []
    ) {
        self.id = id
        self.path = path
        self.text = text
        self.title = title
        self.outlet = outlet
        self.authors = authors
        self.published = published
        self.words = words
        self.truncated = truncated
        self.headings = headings
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.quotes = quotes
        self.attributions = attributions
        self.removed = removed
        self.warnings = warnings
    }

    /// Byline persons joined as the report contract wants, or nil.
    public var author: String? { authors.isEmpty ? nil : authors.joined(separator: ", ") }
}

/// A body sentence: its span and the paragraph it belongs to.
public struct Sentence: Codable, Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var paragraph: Int

    public init(start: Int, end: Int, paragraph: Int) {
        self.start = start
        self.end = end
        self.paragraph = paragraph
    }

    public var span: TextSpan { TextSpan(start: start, end: end) }
}

/// A quoted stretch of text and what kind of quotation it is.
public struct Quote: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        /// Someone's words.
        case speech
        /// A name or word put in quotes to distance the writer from it (“Kosovo”).
        case scare
        /// A short phrase quoted as a term (the “arms race”), neither speech nor stance.
        case term
    }
    /// Span of the quoted content including its quotation marks.
    public var start: Int
    public var end: Int
    public var kind: Kind
    /// The sentence the quote opens in, when it is in the body.
    public var sentence: Int?
    /// The speaker as the text names them ("Okafor", "Kenya's Foreign Ministry"), if it does.
    public var speakerText: String?
    public var speakerSpan: TextSpan?
    /// The speaker's entity id; set by the resolver.
    public var speaker: String?

    public init(
        start: Int, end: Int, kind: Kind, sentence: Int? = nil, speakerText: String? = nil,
        speakerSpan: TextSpan? = nil, speaker: String? = nil
    ) {
        self.start = start
        self.end = end
        self.kind = kind
        self.sentence = sentence
        self.speakerText = speakerText
        self.speakerSpan = speakerSpan
        self.speaker = speaker
    }
}

/// Indirect speech: "X said that …", "according to X, …".
public struct Attribution: Codable, Sendable, Equatable {
    public var sentence: Int
    /// Who the text says speaks, as written.
    public var speakerText: String
    public var speakerSpan: TextSpan
    /// The reporting verb or phrase ("stated", "told", "according to").
    public var cue: String
    /// The reported content.
    public var content: TextSpan
    /// The speaker's entity id; set by the resolver.
    public var speaker: String?

    public init(
        sentence: Int, speakerText: String, speakerSpan: TextSpan, cue: String,
        content: TextSpan, speaker: String? = nil
    ) {
        self.sentence = sentence
        self.speakerText = speakerText
        self.speakerSpan = speakerSpan
        self.cue = cue
        self.content = content
        self.speaker = speaker
    }
}

/// A stretch of the input left out of analysis, with why.
public struct RemovedSpan: Codable, Sendable, Equatable {
    public var start: Int
    public var end: Int
    /// `boilerplate`, `byline`, `dateline`, `title`, `photo-credit`, `timestamp`, `markup` …
    public var reason: String

    public init(start: Int, end: Int, reason: String) {
        self.start = start
        self.end = end
        self.reason = reason
    }
}
