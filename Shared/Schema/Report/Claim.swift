/// How a source commits to a claim.
public enum Modality: String, Codable, Sendable, CaseIterable {
    /// The text states it as fact in its own voice.
    case asserted
    /// The text attributes it to someone ("X said that …").
    case reported
    /// The text softens it ("reportedly", "likely", "appears").
    case hedged
    /// The text denies it ("not", "stops short of", "denied").
    case negated
    /// The text entertains it ("could", "may", "analysts speculate").
    case speculative

    /// Weak claims support a group but never make a conflict with an asserted claim on their own.
    public var isWeak: Bool { self == .hedged || self == .speculative }
}

/// What one sentence (or clause) of one source claims, on whose word.
public struct Claim: Codable, Sendable, Equatable {
    public var id: String
    public var doc: String
    public var sentence: Int
    public var start: Int
    public var end: Int
    public var text: String
    /// Entity id of whoever the text says asserts it; nil when the outlet asserts it itself.
    public var speaker: String?
    public var modality: Modality
    public var subject: [String]
    public var predicate: String
    public var object: String?
    public var slots: [String: SlotValue]

    public init(
        id: String, doc: String, sentence: Int, start: Int, end: Int, text: String,
        speaker: String? = nil, modality: Modality = .asserted, subject: [String] = [],
        predicate: String, object: String? = nil, slots: [String: SlotValue] = [:]
    ) {
        self.id = id
        self.doc = doc
        self.sentence = sentence
        self.start = start
        self.end = end
        self.text = text
        self.speaker = speaker
        self.modality = modality
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.slots = slots
    }

    enum CodingKeys: String, CodingKey {
        case id, doc, sentence, start, end, text, speaker, modality, subject, predicate, object, slots
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(doc, forKey: .doc)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(text, forKey: .text)
        try c.encode(speaker, forKey: .speaker)
        try c.encode(modality, forKey: .modality)
        try c.encode(subject, forKey: .subject)
        try c.encode(predicate, forKey: .predicate)
        try c.encode(object, forKey: .object)
        try c.encode(slots, forKey: .slots)
    }
}
