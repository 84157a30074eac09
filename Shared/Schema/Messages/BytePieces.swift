import Foundation

/// Bytes built as a list of pieces: big values kept as the slices they are, small runs copied together.
///
/// A frame spliced from a big received payload (the writer's report inside `job.result`) is
/// sent as its pieces (`Socket.send(pieces:)`), so the payload is not copied into a new frame;
/// `joined` gives the same bytes as one `Data` where a caller needs them in one piece.
public struct BytePieces: Sendable {
    /// Values at least this large are kept as they are; smaller ones are copied into a run.
    public static let keepBytes = 64 << 10

    private var done: [Data] = []
    private var run = Data()
    /// The number of bytes so far.
    public private(set) var count = 0

    public init() {}

    /// Appends `bytes`: kept as a piece of its own when large, copied into the current run otherwise.
    public mutating func append(_ bytes: Data) {
        count += bytes.count
        guard bytes.count >= Self.keepBytes else {
            run.append(bytes)
            return
        }
        if !run.isEmpty {
            done.append(run)
            run = Data()
        }
        done.append(bytes)
    }

    /// Appends the UTF-8 bytes of `text`.
    public mutating func append(_ text: String) {
        append(Data(text.utf8))
    }

    /// The pieces, in order (none empty).
    public var pieces: [Data] {
        run.isEmpty ? done : done + [run]
    }

    /// All the bytes in one `Data`.
    public var joined: Data {
        pieces.reduce(into: Data(capacity: count)) { $0.append($1) }
    }
}
