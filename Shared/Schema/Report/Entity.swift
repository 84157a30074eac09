/// One entity across the whole bundle, with every mention of it.
public struct Entity: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var type: EntityType
    public var wikidata: String?
    public var aliases: [String]
    public var mentions: [Mention]

    public init(
        id: String, name: String, type: EntityType, wikidata: String? = nil,
        aliases: [String] = [], mentions: [Mention] = []
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.wikidata = wikidata
        self.aliases = aliases
        self.mentions = mentions
    }

    enum CodingKeys: String, CodingKey { case id, name, type, wikidata, aliases, mentions }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(type, forKey: .type)
        try c.encode(wikidata, forKey: .wikidata)
        try c.encode(aliases, forKey: .aliases)
        try c.encode(mentions, forKey: .mentions)
    }
}

/// One mention of an entity, as the report lists it.
public struct Mention: Codable, Sendable, Equatable {
    public var doc: String
    public var start: Int
    public var end: Int
    public var text: String
    public var sentence: Int?
    public var via: MentionVia
    public var scareQuoted: Bool

    public init(
        doc: String, start: Int, end: Int, text: String, sentence: Int?, via: MentionVia,
        scareQuoted: Bool
    ) {
        self.doc = doc
        self.start = start
        self.end = end
        self.text = text
        self.sentence = sentence
        self.via = via
        self.scareQuoted = scareQuoted
    }

    enum CodingKeys: String, CodingKey { case doc, start, end, text, sentence, via, scareQuoted }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(doc, forKey: .doc)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(text, forKey: .text)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(via, forKey: .via)
        try c.encode(scareQuoted, forKey: .scareQuoted)
    }
}
