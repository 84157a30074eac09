import Foundation

/// One report of a story without its contents: number, time and document count, what `list`,
/// `show` and the choice of a `changes` baseline need (a report of thousands of articles is
/// hundreds of megabytes, read only when it is compared or written).
public struct SnapshotSummary: Sendable, Equatable {
    public var id: Int64
    public var createdAt: Date
    public var documents: Int
}
