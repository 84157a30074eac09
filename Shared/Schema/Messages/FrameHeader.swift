import Foundation

/// The routing fields of a canonical frame, read without parsing its payload.
///
/// Canonical frames (`MessageCodec.encode`: sorted keys) put `attempt`, `document`, `id` and
/// `job` before `payload`, and `replyTo`, `schema`, `sender` and `type` after it. Inside the
/// payload a key is never followed by an unescaped `"payload":` before the first one, and the
/// last `,"replyTo":` is the top-level one, so the header is the frame with the payload cut
/// out: a few hundred bytes to parse however large the document. Used where a process only
/// routes or hands on a frame (a worker's socket thread passing a big request to its work
/// thread). Nil for frames in another shape; callers then decode the whole frame.
public struct FrameHeader: Decodable, Sendable, Equatable {
    public var schema: Int
    public var type: MessageType
    public var id: String
    public var job: String?
    public var document: String?
    public var attempt: Int?
    public var replyTo: String?

    public init?(frame: Data) {
        // try?: a header that does not decode means "decode the whole frame", which names the error.
        guard let parts = FrameParts(frame: frame),
            let decoded = try? JSONDecoder().decode(FrameHeader.self, from: parts.header)
        else { return nil }
        self = decoded
    }
}
