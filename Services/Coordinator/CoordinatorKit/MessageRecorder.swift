import CrosscheckSchema
import Foundation

/// Appends every frame that crosses the coordinator to an NDJSON file, for replay.
///
/// Frames are already newline-terminated JSON, so the file is their concatenation; heartbeats
/// are left out (they carry nothing to replay and would drown the rest).
public final class MessageRecorder {
    private let handle: FileHandle
    public let path: String

    public init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw ErrorReport(code: "record-failed", message: "cannot create recording file \(path)", input: path)
        }
        handle = try FileHandle(forWritingTo: url)
    }

    public func record(_ type: MessageType, frame: Data) {
        record(type, pieces: [frame])
    }

    /// Records a frame given as consecutive pieces (written one after the other).
    public func record(_ type: MessageType, pieces: [Data]) {
        guard type != .heartbeat else { return }
        for piece in pieces { handle.write(piece) }
    }

    public func close() {
        // try?: closing at shutdown; every frame is already written.
        try? handle.close()
    }
}
