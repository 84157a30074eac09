import CrosscheckSchema
import Foundation

/// A document as a story keeps it: the raw input, its content digest, and when it was added.
public struct StoredDocument: Sendable, Equatable {
    public var document: RawDocument
    public var digest: String
    public var addedAt: Date

    public init(document: RawDocument, digest: String, addedAt: Date = Date()) {
        self.document = document
        self.digest = digest
        self.addedAt = addedAt
    }

    /// The digest of a document's content: 64-bit FNV-1a over its bytes and declared format, in hex.
    ///
    /// Not cryptographic: a digest match is confirmed by comparing the bytes (see `AdditionPlan`),
    /// so a collision can never make two different articles one.
    public static func digest(of document: RawDocument) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var bytes = document.data
        bytes.append(contentsOf: Array((document.format?.rawValue ?? "").utf8))
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(format: "%016llx", hash)
    }
}

/// One report a story has had: when, over how many documents, and the job's result.
public struct StorySnapshot: Sendable {
    public var id: Int64
    public var createdAt: Date
    public var documents: Int
    public var result: JobResult
}
