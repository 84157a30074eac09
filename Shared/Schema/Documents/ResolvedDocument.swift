/// A parsed document plus every entity mention found in it.
///
/// Mentions point at `entity` keys. Before bundle linking a key is local to the document
/// (a knowledge-base id, or a key made from the folded name); after linking it is the
/// bundle-wide entity id of the report.
public struct ResolvedDocument: Codable, Sendable, Equatable {
    public var document: ParsedDocument
    public var mentions: [EntityMention]
    /// What the resolver knows of each key its mentions use.
    public var candidates: [EntityCandidate]

    public init(document: ParsedDocument, mentions: [EntityMention] = [], candidates: [EntityCandidate] = []) {
        self.document = document
        self.mentions = mentions
        self.candidates = candidates
    }
}

/// One place in one document that names, or stands for, an entity.
public struct EntityMention: Codable, Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var text: String
    /// Index into the document's body sentences, or nil for a mention outside them (a title).
    public var sentence: Int?
    public var via: MentionVia
    public var scareQuoted: Bool
    public var entity: String
    /// For `via: role`: the role key ("president", "defence-minister").
    public var role: String?

    public init(
        start: Int, end: Int, text: String, sentence: Int?, via: MentionVia,
        scareQuoted: Bool = false, entity: String, role: String? = nil
    ) {
        self.start = start
        self.end = end
        self.text = text
        self.sentence = sentence
        self.via = via
        self.scareQuoted = scareQuoted
        self.entity = entity
        self.role = role
    }

    public var span: TextSpan { TextSpan(start: start, end: end) }
}

/// What the resolver believes about one entity key in one document.
public struct EntityCandidate: Codable, Sendable, Equatable {
    public var key: String
    public var name: String
    public var type: EntityType
    public var wikidata: String?
    /// The knowledge-base id when the entity comes from the base.
    public var knowledgeID: String?
    /// Roles the document gives this entity, as `role@country` keys ("president@serbia").
    public var roles: [String]

    public init(
        key: String, name: String, type: EntityType, wikidata: String? = nil,
        knowledgeID: String? = nil, roles: [String] = []
    ) {
        self.key = key
        self.name = name
        self.type = type
        self.wikidata = wikidata
        self.knowledgeID = knowledgeID
        self.roles = roles
    }
}

/// The request to link a whole bundle's entities into bundle-wide ids.
public struct LinkRequest: Codable, Sendable, Equatable {
    public var documents: [ResolvedDocument]
    public init(documents: [ResolvedDocument]) { self.documents = documents }
}

/// A bundle whose mentions all point at bundle-wide entity ids.
public struct LinkedBundle: Codable, Sendable, Equatable {
    public var documents: [ResolvedDocument]
    public var entities: [Entity]
    /// Sentence vectors of the documents that have them (one per body sentence), filled in
    /// by the coordinator for the matcher; nil when the job ran without vectors.
    public var sentenceVectors: [SentenceVectors]?

    public init(documents: [ResolvedDocument], entities: [Entity], sentenceVectors: [SentenceVectors]? = nil) {
        self.documents = documents
        self.entities = entities
        self.sentenceVectors = sentenceVectors
    }

    /// The vectors of document `id`, if it has them.
    public func vectors(of id: String) -> SentenceVectors? {
        sentenceVectors?.first { $0.document == id && $0.unavailable == nil }
    }
}
