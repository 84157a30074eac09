import Foundation

/// Encodes envelopes to newline-terminated JSON frames and decodes them back, checking the version.
///
/// A frame that fails to decode is read again as a bare header, so that a wrong version or
/// an unknown type is reported as exactly that (with the id it carried, when it had one)
/// instead of as a generic JSON error. Good frames are parsed once.
public struct MessageCodec: Sendable {
    public init() {}

    /// A frame that could not be turned into an envelope, with what is known about it.
    public struct DecodeFailure: Error, Sendable, CustomStringConvertible {
        public enum Reason: String, Sendable, Codable {
            case invalidJSON = "invalid-json"
            case unsupportedVersion = "unsupported-version"
            case unknownType = "unknown-type"
            case invalidPayload = "invalid-payload"
        }
        public var reason: Reason
        public var detail: String
        /// The message id the frame carried, when it could be read.
        public var messageID: String?
        public var job: String?
        public var document: String?

        public init(reason: Reason, detail: String, messageID: String? = nil, job: String? = nil, document: String? = nil) {
            self.reason = reason
            self.detail = detail
            self.messageID = messageID
            self.job = job
            self.document = document
        }

        public var description: String { "\(reason.rawValue): \(detail)" }
    }

    /// The routing fields of a frame, each read leniently so one bad field does not hide the rest.
    private struct Header: Decodable {
        var schema: Int?
        var type: String?
        var id: String?
        var job: String?
        var document: String?

        enum CodingKeys: String, CodingKey { case schema, type, id, job, document }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            // try?: a field of the wrong type is left nil here, and the failure below names what is missing.
            schema = try? c.decodeIfPresent(Int.self, forKey: .schema)
            type = try? c.decodeIfPresent(String.self, forKey: .type)
            id = try? c.decodeIfPresent(String.self, forKey: .id)
            job = try? c.decodeIfPresent(String.self, forKey: .job)
            document = try? c.decodeIfPresent(String.self, forKey: .document)
        }
    }

    /// The canonical JSON form: sorted keys, unescaped slashes, so recordings diff cleanly.
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// One frame: the envelope's JSON followed by a newline.
    ///
    /// A large `report.finished` is built by `ReportFrame` (the same bytes, in about one copy).
    public func encode(_ envelope: Envelope) throws -> Data {
        var copy = envelope
        return try encode(releasing: &copy)
    }

    /// One frame, as `encode(_:)`, letting go of a big report's renderings as they are written
    /// into the frame (`ReportFrame`): `envelope` is then left with empty renderings.
    public func encode(releasing envelope: inout Envelope) throws -> Data {
        let encoder = Self.makeEncoder()
        if let frame = try ReportFrame.encode(releasing: &envelope, encoder: encoder) { return frame }
        var data = try encoder.encode(envelope)
        data.append(0x0A)
        return data
    }

    /// Decodes one frame, or says precisely why it is not an envelope this build accepts.
    public func decode(_ frame: Data) -> Result<Envelope, DecodeFailure> {
        let decoder = JSONDecoder()
        // try?: an envelope that does not decode is decoded again below, field by field, to say why.
        if let envelope = try? decoder.decode(Envelope.self, from: frame), envelope.schema == SchemaVersion.current {
            return .success(envelope)
        }
        let header: Header
        do {
            header = try decoder.decode(Header.self, from: frame)
        } catch {
            return .failure(
                DecodeFailure(
                    reason: .invalidJSON,
                    detail: "frame of \(frame.count) bytes is not a JSON object: \(Self.describe(error))"))
        }
        func fail(_ reason: DecodeFailure.Reason, _ detail: String) -> Result<Envelope, DecodeFailure> {
            .failure(
                DecodeFailure(
                    reason: reason, detail: detail, messageID: header.id,
                    job: header.job, document: header.document))
        }
        guard let version = header.schema else {
            return fail(.invalidPayload, "envelope has no integer \"schema\" version")
        }
        guard version == SchemaVersion.current else {
            return fail(.unsupportedVersion, "schema version \(version) is not supported (this build speaks \(SchemaVersion.current))")
        }
        guard let typeName = header.type else {
            return fail(.invalidPayload, "envelope has no \"type\"")
        }
        guard MessageType(rawValue: typeName) != nil else {
            return fail(.unknownType, "unknown message type \"\(typeName)\"")
        }
        do {
            return .success(try decoder.decode(Envelope.self, from: frame))
        } catch {
            return fail(.invalidPayload, "\(typeName) payload does not match the schema: \(Self.describe(error))")
        }
    }

    /// A one-line account of a decoding error, naming the path to the offending field.
    public static func describe(_ error: any Error) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case DecodingError.keyNotFound(let key, let ctx):
            return "missing field \(path(ctx.codingPath + [key]))"
        case DecodingError.typeMismatch(_, let ctx), DecodingError.valueNotFound(_, let ctx):
            return "wrong type at \(path(ctx.codingPath)): \(ctx.debugDescription)"
        case DecodingError.dataCorrupted(let ctx):
            return ctx.codingPath.isEmpty ? ctx.debugDescription : "bad value at \(path(ctx.codingPath)): \(ctx.debugDescription)"
        default:
            return String(describing: error)
        }
    }
}
