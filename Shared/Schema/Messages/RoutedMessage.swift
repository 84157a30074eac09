import Foundation

/// An envelope whose payload stays canonical JSON bytes: what the coordinator reads and forwards.
///
/// The wire format is the envelope's one canonical frame (`MessageCodec.encode`, sorted keys),
/// in which `payload` sits between `job` and `replyTo`. `split(_:)` reads the header (every field
/// but the payload: a few hundred bytes, whatever the document's size) and keeps the payload as
/// the bytes it was sent as; `frame` splices a header and payload bytes back into exactly the
/// frame `MessageCodec` writes for the same envelope, so recordings and replies are unchanged.
/// Stages still decode every payload through `Payload` (the one schema); a router decodes
/// only the header, and reads what little it needs of a payload with `JSONObjectBytes`.
/// The schema version is checked on the header of every message split.
public struct RoutedMessage: Sendable, Equatable {
    /// Every envelope field but the payload.
    public struct Header: Codable, Sendable, Equatable {
        public var attempt: Int
        public var document: String?
        public var id: String
        public var job: String?
        public var replyTo: String?
        public var schema: Int
        public var sender: String
        public var type: MessageType

        public init(
            type: MessageType, job: String?, id: String, attempt: Int = 1, sender: String,
            replyTo: String? = nil, document: String? = nil
        ) {
            self.attempt = attempt
            self.document = document
            self.id = id
            self.job = job
            self.replyTo = replyTo
            self.schema = SchemaVersion.current
            self.sender = sender
            self.type = type
        }

        enum CodingKeys: String, CodingKey { case attempt, document, id, job, replyTo, schema, sender, type }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            attempt = try c.decodeIfPresent(Int.self, forKey: .attempt) ?? 1
            document = try c.decodeIfPresent(String.self, forKey: .document)
            id = try c.decode(String.self, forKey: .id)
            job = try c.decodeIfPresent(String.self, forKey: .job)
            replyTo = try c.decodeIfPresent(String.self, forKey: .replyTo)
            schema = try c.decode(Int.self, forKey: .schema)
            sender = try c.decode(String.self, forKey: .sender)
            type = try c.decode(MessageType.self, forKey: .type)
        }

        /// Writes absent fields as `null`, as `Envelope` does, so a spliced frame is canonical.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(attempt, forKey: .attempt)
            try c.encode(document, forKey: .document)
            try c.encode(id, forKey: .id)
            try c.encode(job, forKey: .job)
            try c.encode(replyTo, forKey: .replyTo)
            try c.encode(schema, forKey: .schema)
            try c.encode(sender, forKey: .sender)
            try c.encode(type, forKey: .type)
        }
    }

    /// The header of a canonical frame, read without parsing its payload: a few hundred bytes
    /// however large the document. Nil for frames in another shape; callers then decode the
    /// whole frame, which names any error. The schema version is the caller's to check.
    public static func header(of frame: Data) -> Header? {
        FrameParts(frame: frame).flatMap(Header.init)
    }

    public var header: Header
    /// The payload's canonical JSON, as received (not validated until a stage decodes it);
    /// after `split` a slice of the frame, so its indices need not start at zero.
    public var payload: Data

    public init(header: Header, payload: Data) {
        self.header = header
        self.payload = payload
    }

    /// A message from a typed envelope (its payload encoded once, canonically).
    public init(_ envelope: Envelope) throws {
        header = Header(
            type: envelope.type, job: envelope.job, id: envelope.id, attempt: envelope.attempt,
            sender: envelope.sender, replyTo: envelope.replyTo, document: envelope.document)
        payload = try Self.encode(envelope.payload)
    }

    /// A message carrying `payload`, encoded once, canonically.
    public init(
        job: String?, id: String, attempt: Int = 1, sender: String, replyTo: String? = nil,
        document: String? = nil, payload: Payload
    ) throws {
        header = Header(
            type: payload.messageType, job: job, id: id, attempt: attempt, sender: sender,
            replyTo: replyTo, document: document)
        self.payload = try Self.encode(payload)
    }

    /// A frame split into header and payload bytes; a frame in another shape is decoded whole
    /// (and its payload encoded canonically); a frame that is no envelope of this build fails
    /// exactly as `MessageCodec.decode` says.
    public static func split(_ frame: Data) -> Result<RoutedMessage, MessageCodec.DecodeFailure> {
        if let parts = FrameParts(frame: frame), let header = Header(parts), header.schema == SchemaVersion.current {
            // A slice: the payload shares the frame's storage instead of copying it.
            return .success(RoutedMessage(header: header, payload: frame[parts.payload]))
        }
        switch MessageCodec().decode(frame) {
        case .failure(let failure):
            return .failure(failure)
        case .success(let envelope):
            do {
                return .success(try RoutedMessage(envelope))
            } catch {
                return .failure(
                    MessageCodec.DecodeFailure(
                        reason: .invalidPayload, detail: "payload cannot be re-encoded: \(error)",
                        messageID: envelope.id, job: envelope.job, document: envelope.document))
            }
        }
    }

    /// The canonical frame: byte-identical to `MessageCodec().encode` of the same envelope.
    public var frame: Data {
        get throws { try Self.framePieces(header: header, payload: [payload]).joined }
    }

    /// The canonical frame of `header` and the payload given as consecutive pieces, as pieces:
    /// a big payload is not copied (`Socket.send(pieces:)` sends them as the joined frame).
    public static func framePieces(header: Header, payload: [Data]) throws -> BytePieces {
        let head = try MessageCodec.makeEncoder().encode(header)
        guard let cut = head.range(of: Data(",\"replyTo\":".utf8)) else {
            throw EncodingError.invalidValue(header, .init(codingPath: [], debugDescription: "header without replyTo"))
        }
        var frame = BytePieces()
        frame.append(head[head.startIndex..<cut.lowerBound] + Data(",\"payload\":".utf8))
        for piece in payload { frame.append(piece) }
        frame.append(head[cut.lowerBound..<head.endIndex] + Data([0x0A]))
        return frame
    }

    /// The payload decoded through the schema, as the header's type says it must be shaped.
    public func decodedPayload() throws -> Payload {
        let decoder = JSONDecoder()
        decoder.userInfo[PayloadBox.typeKey] = header.type
        return try decoder.decode(PayloadBox.self, from: payload).payload
    }

    /// The whole envelope, decoded.
    public func envelope() throws -> Envelope {
        Envelope(
            job: header.job, id: header.id, attempt: header.attempt, sender: header.sender,
            replyTo: header.replyTo, document: header.document, payload: try decodedPayload())
    }

    /// A reply to this message with payload bytes, carrying the same job, document and attempt.
    public func reply(id: String, sender: String, type: MessageType, payload: Data) -> RoutedMessage {
        RoutedMessage(
            header: Header(
                type: type, job: header.job, id: id, attempt: header.attempt, sender: sender,
                replyTo: header.id, document: header.document), payload: payload)
    }

    /// The canonical JSON of one payload, as it sits inside a frame.
    public static func encode(_ payload: Payload) throws -> Data {
        try MessageCodec.makeEncoder().encode(PayloadBox(payload: payload))
    }
}

extension RoutedMessage.Header {
    /// The header cut out of a canonical frame's parts.
    init?(_ parts: FrameParts) {
        // try?: a header that does not decode means "decode the whole frame", which names the error.
        guard let header = try? JSONDecoder().decode(Self.self, from: parts.header) else { return nil }
        self = header
    }
}

/// Where the payload sits in a canonical frame, found without parsing it.
///
/// Keys sort as `attempt`, `document`, `id`, `job`, `payload`, `replyTo`, `schema`, `sender`,
/// `type`. A JSON string never holds an unescaped quote, so the first `"payload":` and the last
/// `,"replyTo":` are the top-level ones; the header is the frame with the payload cut out.
struct FrameParts {
    var header: Data
    var payload: Range<Data.Index>

    init?(frame: Data) {
        guard frame.first == UInt8(ascii: "{"),
            let open = Self.firstRange(of: Array("\"payload\":".utf8), in: frame),
            let close = Self.lastRange(of: Array(",\"replyTo\":".utf8), in: frame),
            close.lowerBound > open.upperBound
        else { return nil }
        var header = Data(frame[frame.startIndex..<open.lowerBound])
        header.append(frame[(close.lowerBound + 1)..<frame.endIndex])
        self.header = header
        self.payload = open.upperBound..<close.lowerBound
    }

    /// Where `pattern` first occurs in `data`, found in place. (Foundation's `Data.range(of:)`
    /// copies the whole `Data` first, forwards or backwards: a copy and about a second per
    /// 300 MB of frame, for markers a few hundred bytes from its ends.)
    static func firstRange(of pattern: [UInt8], in data: Data) -> Range<Data.Index>? {
        let found: Int? = data.withUnsafeBytes { raw in
            raw.bindMemory(to: UInt8.self).firstRange(of: pattern)?.lowerBound
        }
        return found.map { (data.startIndex + $0)..<(data.startIndex + $0 + pattern.count) }
    }

    /// Where `pattern` last occurs in `data`, found from the end in place (see `firstRange`).
    static func lastRange(of pattern: [UInt8], in data: Data) -> Range<Data.Index>? {
        let found: Int? = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard !pattern.isEmpty, bytes.count >= pattern.count else { return nil }
            var start = bytes.count - pattern.count
            while start >= 0 {
                if bytes[start] == pattern[0], pattern.indices.allSatisfy({ bytes[start + $0] == pattern[$0] }) { return start }
                start -= 1
            }
            return nil
        }
        return found.map { (data.startIndex + $0)..<(data.startIndex + $0 + pattern.count) }
    }
}

/// Encodes or decodes a bare payload; decoding needs the message type in `userInfo`.
struct PayloadBox: Codable {
    static let typeKey: CodingUserInfoKey = {
        guard let key = CodingUserInfoKey(rawValue: "crosscheck.messageType") else {
            preconditionFailure("CodingUserInfoKey refused a plain raw value")
        }
        return key
    }()
    var payload: Payload

    init(payload: Payload) { self.payload = payload }

    init(from decoder: any Decoder) throws {
        guard let type = decoder.userInfo[Self.typeKey] as? MessageType else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "no message type given for the payload"))
        }
        payload = try Payload.decode(type, from: decoder)
    }

    func encode(to encoder: any Encoder) throws { try payload.encode(to: encoder) }
}
