/// Two documents that share text: a reprint, a lightly edited repost, or syndicated wire copy.
///
/// `docs` holds the two ids in natural order; `shared` gives, for each, how much of its body
/// the shared passages cover. `original` is the likely source of the text: the one published
/// earlier, else the one whose passages are complete where the other's are cut; nil when
/// neither tells them apart.
public struct ReprintPair: Codable, Sendable, Equatable {
    public var docs: [String]
    public var shared: [ReprintShare]
    public var original: String?
    /// `earliest-published` or `complete-passage`, or nil with `original`.
    public var originalBy: String?
    public var passages: [SharedPassage]

    public init(
        docs: [String], shared: [ReprintShare], original: String?, originalBy: String?,
        passages: [SharedPassage]
    ) {
        self.docs = docs
        self.shared = shared
        self.original = original
        self.originalBy = originalBy
        self.passages = passages
    }

    enum CodingKeys: String, CodingKey { case docs, shared, original, originalBy, passages }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(docs, forKey: .docs)
        try c.encode(shared, forKey: .shared)
        try c.encode(original, forKey: .original)
        try c.encode(originalBy, forKey: .originalBy)
        try c.encode(passages, forKey: .passages)
    }
}

/// How much of one document's body text a reprint pair's passages cover.
public struct ReprintShare: Codable, Sendable, Equatable {
    public var doc: String
    /// Covered body characters over all body characters, 0…1, rounded to three places.
    public var share: Double
    /// Body characters covered by shared passages.
    public var chars: Int

    public init(doc: String, share: Double, chars: Int) {
        self.doc = doc
        self.share = share
        self.chars = chars
    }
}

/// One passage two documents share: where it is in each, and how alike the two copies are.
public struct SharedPassage: Codable, Sendable, Equatable {
    /// `paragraph` when whole paragraphs match, `sentence` for a run of matching sentences,
    /// `fragment` for ten or more identical words in a row inside otherwise different sentences.
    public var level: String
    /// Jaccard similarity of the two copies' word 3-grams, 0…1, rounded to three places.
    public var similarity: Double
    /// The passage in each document, in the order of the pair's `docs`.
    public var spans: [DocumentSpan]

    public init(level: String, similarity: Double, spans: [DocumentSpan]) {
        self.level = level
        self.similarity = similarity
        self.spans = spans
    }
}

/// A span of one document's text.
public struct DocumentSpan: Codable, Sendable, Equatable, Hashable {
    public var doc: String
    public var start: Int
    public var end: Int

    public init(doc: String, start: Int, end: Int) {
        self.doc = doc
        self.start = start
        self.end = end
    }
}

/// A document in a cluster whose claims there come only from text it shares with another member.
public struct ClusterCopy: Codable, Sendable, Equatable {
    public var doc: String
    /// The member the text is counted for (the pair's likely original, or the first by id).
    public var of: String
    public var claims: [String]

    public init(doc: String, of: String, claims: [String]) {
        self.doc = doc
        self.of = of
        self.claims = claims
    }
}
