/// One message on a Crosscheck socket: routing facts plus a typed payload.
///
/// On the wire an envelope is one JSON object followed by a newline, so a stream of frames
/// written one after another is valid NDJSON (that is how recordings are made). `id` is unique
/// per message; a reply names its request in `replyTo`; `attempt` counts redeliveries of the
/// same request id, which lets a worker answer a retried request from its cache.
public struct Envelope: Codable, Sendable, Equatable {
    public var schema: Int
    public var type: MessageType
    public var job: String?
    public var id: String
    public var attempt: Int
    public var sender: String
    public var replyTo: String?
    /// The document this message concerns, when it concerns one.
    public var document: String?
    public var payload: Payload

    /// An envelope for `payload`; its type always follows from the payload.
    public init(
        job: String? = nil, id: String, attempt: Int = 1,
        sender: String, replyTo: String? = nil, document: String? = nil, payload: Payload
    ) {
        self.schema = SchemaVersion.current
        self.type = payload.messageType
        self.job = job
        self.id = id
        self.attempt = attempt
        self.sender = sender
        self.replyTo = replyTo
        self.document = document
        self.payload = payload
    }

    enum CodingKeys: String, CodingKey {
        case schema, type, job, id, attempt, sender, replyTo, document, payload
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schema = try c.decode(Int.self, forKey: .schema)
        type = try c.decode(MessageType.self, forKey: .type)
        job = try c.decodeIfPresent(String.self, forKey: .job)
        id = try c.decode(String.self, forKey: .id)
        attempt = try c.decodeIfPresent(Int.self, forKey: .attempt) ?? 1
        sender = try c.decode(String.self, forKey: .sender)
        replyTo = try c.decodeIfPresent(String.self, forKey: .replyTo)
        document = try c.decodeIfPresent(String.self, forKey: .document)
        payload = try Payload.decode(type, from: c.superDecoder(forKey: .payload))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schema, forKey: .schema)
        try c.encode(type, forKey: .type)
        try c.encode(job, forKey: .job)
        try c.encode(id, forKey: .id)
        try c.encode(attempt, forKey: .attempt)
        try c.encode(sender, forKey: .sender)
        try c.encode(replyTo, forKey: .replyTo)
        try c.encode(document, forKey: .document)
        try payload.encode(to: c.superEncoder(forKey: .payload))
    }

    /// A reply to this envelope, carrying the same job and document.
    public func reply(id: String, sender: String, payload: Payload) -> Envelope {
        Envelope(
            job: job, id: id, attempt: attempt, sender: sender, replyTo: self.id,
            document: document, payload: payload)
    }
}
