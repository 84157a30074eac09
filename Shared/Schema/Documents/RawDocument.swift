import Foundation

/// One input as the client read it: its id, the path as given, its bytes, and what the input states about it.
///
/// Valid UTF-8 travels as text (`encoding: "utf8"`) so recordings stay readable; anything
/// else travels as base64 and the parser decides what to make of it.
public struct RawDocument: Codable, Sendable, Equatable {
    public enum Encoding: String, Codable, Sendable { case utf8, base64 }

    public var id: String
    public var path: String
    public var encoding: Encoding
    public var content: String
    /// Size of the original file in bytes.
    public var bytes: Int
    /// What the content is, when the client knows (`.html` files, a record's `html` field); nil: sniff.
    public var format: InputFormat?
    /// Metadata the input states (a JSON Lines record's fields); nil for a plain file.
    public var given: DocumentMetadata?
    /// A record's fields beyond those Crosscheck reads, kept as they came.
    public var extra: [String: JSONValue]?

    public init(
        id: String, path: String, encoding: Encoding, content: String, bytes: Int,
        format: InputFormat? = nil, given: DocumentMetadata? = nil, extra: [String: JSONValue]? = nil
    ) {
        self.id = id
        self.path = path
        self.encoding = encoding
        self.content = content
        self.bytes = bytes
        self.format = format
        self.given = given
        self.extra = extra
    }

    /// Wraps file bytes, choosing the text form when they are valid UTF-8.
    public init(id: String, path: String, data: Data, format: InputFormat? = nil) {
        self.id = id
        self.path = path
        self.format = format
        self.bytes = data.count
        if let text = String(validating: data, as: UTF8.self) {
            self.encoding = .utf8
            self.content = text
        } else {
            self.encoding = .base64
            self.content = data.base64EncodedString()
        }
    }

    /// The original bytes.
    public var data: Data {
        switch encoding {
        case .utf8: Data(content.utf8)
        case .base64: Data(base64Encoded: content) ?? Data()
        }
    }
}
