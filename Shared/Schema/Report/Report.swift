/// `report.json`: the machine-readable truth that `report.md` and `report.html` render.
///
/// Its shape is the contract in `shared/spec/report-contract.md`: fields may be added, none
/// renamed, retyped or dropped. Absent values encode as `null`. Encode it with
/// `Report.encoder()` so the bytes are deterministic.
public struct Report: Codable, Sendable, Equatable {
    public var version: Int
    public var documents: [ReportDocument]
    public var entities: [Entity]
    public var claims: [Claim]
    public var clusters: [Cluster]
    public var sources: [SourceProfile]
    public var timeline: [TimelineEntry]
    /// Inputs that could not be analysed, with why; nothing is dropped silently.
    public var failed: [FailedInput]
    /// Whether claims were matched with sentence vectors, and why not when they were not;
    /// absent when the job did not ask for them.
    public var embeddings: EmbeddingStatus?
    /// Pairs of documents that share text (reprints, syndicated copy), with the shared passages.
    public var reprints: [ReprintPair]

    public init(
        documents: [ReportDocument], entities: [Entity], claims: [Claim],
        clusters: [Cluster], sources: [SourceProfile], timeline: [TimelineEntry],
        failed: [FailedInput] = [], reprints: [ReprintPair] = []
    ) {
        self.version = 1
        self.documents = documents
        self.entities = entities
        self.claims = claims
        self.clusters = clusters
        self.sources = sources
        self.timeline = timeline
        self.failed = failed
        self.reprints = reprints
    }
}

/// One analysed document as `report.json` lists it.
public struct ReportDocument: Codable, Sendable, Equatable {
    public var id: String
    public var path: String
    public var title: String?
    public var outlet: String?
    public var author: String?
    public var published: String?
    public var words: Int
    public var truncated: Bool
    public var headings: [TextSpan]
    public var sentences: [TextSpan]
    public var quotes: [ReportQuote]
    public var removed: [RemovedSpan]
    public var warnings: [String]
    /// The canonical URL the record or page states, else nil.
    public var url: String?
    /// The language code the record or page states, else nil.
    public var language: String?
    /// `text` or `html`.
    public var format: InputFormat
    /// Where each set metadata value came from: `given`, `page` or `inferred`.
    public var origins: [String: MetadataOrigin]
    /// A record's fields beyond those Crosscheck reads, or nil.
    public var extra: [String: JSONValue]?
    /// For an HTML page, the extracted text every offset of this document points into; else nil.
    public var extractedText: String?

    public init(
        id: String, path: String, title: String?, outlet: String?, author: String?,
        published: String?, words: Int, truncated: Bool, headings: [TextSpan],
        sentences: [TextSpan], quotes: [ReportQuote], removed: [RemovedSpan], warnings: [String]
    ) {
        self.id = id
        self.path = path
        self.title = title
        self.outlet = outlet
        self.author = author
        self.published = published
        self.words = words
        self.truncated = truncated
        self.headings = headings
        self.sentences = sentences
        self.quotes = quotes
        self.removed = removed
        self.warnings = warnings
        self.format = .text
        self.origins = [:]
    }

    /// The report's view of a parsed document, with quote speakers as resolved.
    public init(_ d: ParsedDocument) {
        self.init(
            id: d.id, path: d.path, title: d.title, outlet: d.outlet, author: d.author,
            published: d.published, words: d.words, truncated: d.truncated, headings: d.headings,
            sentences: d.sentences.map(\.span),
            quotes: d.quotes.map { ReportQuote(start: $0.start, end: $0.end, kind: $0.kind, speaker: $0.speaker) },
            removed: d.removed, warnings: d.warnings)
        url = d.url
        language = d.language
        format = d.format ?? .text
        origins = d.origins ?? [:]
        extra = d.extra
        extractedText = format == .html ? d.text : nil
    }

    enum CodingKeys: String, CodingKey {
        case id, path, title, outlet, author, published, words, truncated, headings, sentences, quotes, removed, warnings
        case url, language, format, origins, extra, extractedText
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            id: c.decode(String.self, forKey: .id), path: c.decode(String.self, forKey: .path),
            title: c.decodeIfPresent(String.self, forKey: .title), outlet: c.decodeIfPresent(String.self, forKey: .outlet),
            author: c.decodeIfPresent(String.self, forKey: .author),
            published: c.decodeIfPresent(String.self, forKey: .published), words: c.decode(Int.self, forKey: .words),
            truncated: c.decode(Bool.self, forKey: .truncated), headings: c.decode([TextSpan].self, forKey: .headings),
            sentences: c.decode([TextSpan].self, forKey: .sentences), quotes: c.decode([ReportQuote].self, forKey: .quotes),
            removed: c.decode([RemovedSpan].self, forKey: .removed), warnings: c.decode([String].self, forKey: .warnings))
        url = try c.decodeIfPresent(String.self, forKey: .url)
        language = try c.decodeIfPresent(String.self, forKey: .language)
        format = try c.decodeIfPresent(InputFormat.self, forKey: .format) ?? .text
        origins = try c.decodeIfPresent([String: MetadataOrigin].self, forKey: .origins) ?? [:]
        extra = try c.decodeIfPresent([String: JSONValue].self, forKey: .extra)
        extractedText = try c.decodeIfPresent(String.self, forKey: .extractedText)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(path, forKey: .path)
        try c.encode(title, forKey: .title)
        try c.encode(outlet, forKey: .outlet)
        try c.encode(author, forKey: .author)
        try c.encode(published, forKey: .published)
        try c.encode(words, forKey: .words)
        try c.encode(truncated, forKey: .truncated)
        try c.encode(headings, forKey: .headings)
        try c.encode(sentences, forKey: .sentences)
        try c.encode(quotes, forKey: .quotes)
        try c.encode(removed, forKey: .removed)
        try c.encode(warnings, forKey: .warnings)
        try c.encode(url, forKey: .url)
        try c.encode(language, forKey: .language)
        try c.encode(format, forKey: .format)
        try c.encode(origins, forKey: .origins)
        try c.encode(extra, forKey: .extra)
        try c.encode(extractedText, forKey: .extractedText)
    }
}

/// A quote as `report.json` lists it.
public struct ReportQuote: Codable, Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var kind: Quote.Kind
    public var speaker: String?

    public init(start: Int, end: Int, kind: Quote.Kind, speaker: String?) {
        self.start = start
        self.end = end
        self.kind = kind
        self.speaker = speaker
    }

    enum CodingKeys: String, CodingKey { case start, end, kind, speaker }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(kind, forKey: .kind)
        try c.encode(speaker, forKey: .speaker)
    }
}

/// How one source frames the story.
public struct SourceProfile: Codable, Sendable, Equatable {
    public var doc: String
    public var loaded: LoadedLanguage
    public var scareQuotes: [ScareQuoteCount]
    public var hedges: Int
    public var quotes: Int
    /// Share of the source's claims that carry a speaker, 0…1.
    public var attributedShare: Double
    /// Claims of this source in single-source clusters.
    public var uniqueClaims: Int

    public init(
        doc: String, loaded: LoadedLanguage, scareQuotes: [ScareQuoteCount], hedges: Int,
        quotes: Int, attributedShare: Double, uniqueClaims: Int
    ) {
        self.doc = doc
        self.loaded = loaded
        self.scareQuotes = scareQuotes
        self.hedges = hedges
        self.quotes = quotes
        self.attributedShare = attributedShare
        self.uniqueClaims = uniqueClaims
    }
}

/// Loaded and emotive terms in one source.
public struct LoadedLanguage: Codable, Sendable, Equatable {
    public var count: Int
    public var per1000: Double
    public var terms: [String]

    public init(count: Int, per1000: Double, terms: [String]) {
        self.count = count
        self.per1000 = per1000
        self.terms = terms
    }
}

/// How often one source puts one entity in scare quotes.
public struct ScareQuoteCount: Codable, Sendable, Equatable {
    public var entity: String
    public var count: Int

    public init(entity: String, count: Int) {
        self.entity = entity
        self.count = count
    }
}

/// An input that could not be analysed.
public struct FailedInput: Codable, Sendable, Equatable {
    public var id: String
    public var path: String
    public var error: String

    public init(id: String, path: String, error: String) {
        self.id = id
        self.path = path
        self.error = error
    }
}

/// The writer's output: the three renderings of one report.
public struct RenderedReport: Codable, Sendable, Equatable {
    /// `report.json`, exactly as written to disk.
    public var json: String
    public var markdown: String
    public var html: String
    /// Summary figures for progress lines and exit codes.
    public var conflicts: Int
    /// `report.annotations.jsonld`: the findings as a W3C Web Annotation collection.
    public var annotations: String?

    public init(json: String, markdown: String, html: String, conflicts: Int, annotations: String? = nil) {
        self.json = json
        self.markdown = markdown
        self.html = html
        self.conflicts = conflicts
        self.annotations = annotations
    }
}
