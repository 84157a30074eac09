import Foundation

/// Sends a frame too big for one ZeroMQ frame as several, and joins them again on receipt.
///
/// `ZMQ_MAXMSGSIZE` bounds each frame a peer may send us (`Socket.maxMessageBytes`), and the
/// report of a bundle of thousands of documents is bigger than that. `split` replaces every
/// frame over `partBytes` by a header frame and the frame's consecutive parts, each at most
/// `partBytes`, in the same multipart message; `join` puts them back, so every caller of
/// `Socket.send` and `Socket.receive` sees the one frame it sent, whatever the message type.
///
/// The header frame is exactly `headerBytes` long: the tag `\0crosscheck-parts/1\0`, then the
/// number of parts and the joined size, each a big-endian `UInt64`. A header that does not
/// match its parts (count, sizes) or announces more than `maxJoinedBytes` is left alone: the
/// receiver then meets frames that do not decode and rejects them as it rejects any bad frame.
public enum LargeFrames {
    /// The tag a header frame starts with (the `/1` is the framing's version).
    static let tag = Data("\u{0}crosscheck-parts/1\u{0}".utf8)
    static let headerBytes = tag.count + 16

    /// `frames` with each frame over `partBytes` replaced by a header and its parts (slices, not copies).
    public static func split(_ frames: [Data], partBytes: Int) -> [Data] {
        guard partBytes > 0, frames.contains(where: { $0.count > partBytes }) else { return frames }
        return split(pieces: frames.map { [$0] }, partBytes: partBytes)
    }

    /// Frames each given as consecutive pieces (a frame spliced from several buffers, not joined
    /// into one), as `split(_:partBytes:)` would send the joined frames: a frame over `partBytes`
    /// as a header and parts, each piece cut into slices of at most `partBytes` (parts need not
    /// be of one size: the receiver checks only their number and total). A frame under the part
    /// size goes as one frame, its pieces joined (a copy of under `partBytes`).
    public static func split(pieces frames: [[Data]], partBytes: Int) -> [Data] {
        var out: [Data] = []
        for pieces in frames {
            let bytes = pieces.reduce(0) { $0 + $1.count }
            guard partBytes > 0, bytes > partBytes else {
                out.append(pieces.count == 1 ? pieces[0] : pieces.reduce(into: Data(capacity: bytes)) { $0.append($1) })
                continue
            }
            var parts: [Data] = []
            for piece in pieces {
                var start = piece.startIndex
                while start < piece.endIndex {
                    let end = min(start + partBytes, piece.endIndex)
                    parts.append(piece[start..<end])
                    start = end
                }
            }
            out.append(header(parts: parts.count, bytes: bytes))
            out += parts
        }
        return out
    }

    /// `frames` with each header and its parts joined back into one frame; frames without a
    /// header (every message under the part size) come back as they are.
    public static func join(_ frames: [Data], maxJoinedBytes: Int) -> [Data] {
        guard frames.contains(where: isHeader) else { return frames }
        var assembler = Assembler(maxJoinedBytes: maxJoinedBytes)
        for frame in frames { frame.withUnsafeBytes { assembler.add($0) } }
        return assembler.finish()
    }

    /// Joins parts as the frames of one message come in, copying each part's bytes once,
    /// straight into the joined frame (a frame of a gigabyte is not held twice on the way).
    public struct Assembler {
        let maxJoinedBytes: Int
        private var frames: [Data] = []
        /// The header being filled: how many parts are still due, the size it announced, and
        /// the parts so far (joined) with each one's size, to restore them if they do not fit.
        private var open: (header: Data, due: Int, bytes: Int, joined: Data, sizes: [Int])?

        public init(maxJoinedBytes: Int) {
            self.maxJoinedBytes = maxJoinedBytes
        }

        /// Whether the frames being added are parts of a frame being joined.
        public var isJoining: Bool { open != nil }

        /// Takes the next frame of the message as the `Data` it is (no copy) when it is no part
        /// of a frame being joined; a part is copied into its joined frame.
        public mutating func add(_ frame: Data) {
            guard open == nil, !LargeFrames.isHeader(frame) else {
                frame.withUnsafeBytes { add($0) }
                return
            }
            frames.append(frame)
        }

        /// Takes the next frame of the message.
        public mutating func add(_ frame: UnsafeRawBufferPointer) {
            if var part = open {
                // Taken out of `open` first: a copy left there would share `joined`'s storage, and
                // the append would then copy everything joined so far (quadratic in the parts).
                open = nil
                part.joined.append(contentsOf: frame)
                part.sizes.append(frame.count)
                part.due -= 1
                open = part
                if part.due == 0 { close() }
                return
            }
            let data = Data(frame)
            if LargeFrames.isHeader(data), let (count, bytes) = LargeFrames.read(data), count > 0, bytes <= maxJoinedBytes {
                open = (data, count, bytes, Data(capacity: bytes), [])
            } else {
                frames.append(data)
            }
        }

        /// The message's frames, parts joined; a header whose parts are missing or do not add
        /// up to its size is left in place with its parts.
        public mutating func finish() -> [Data] {
            if open != nil { close() }
            defer { frames = [] }
            return frames
        }

        private mutating func close() {
            guard let part = open else { return }
            open = nil
            if part.due == 0, part.joined.count == part.bytes {
                frames.append(part.joined)
                return
            }
            frames.append(part.header)
            var start = part.joined.startIndex
            for size in part.sizes {
                frames.append(part.joined[start..<(start + size)])
                start += size
            }
        }
    }

    static func header(parts: Int, bytes: Int) -> Data {
        var header = tag
        for value in [UInt64(parts), UInt64(bytes)] {
            withUnsafeBytes(of: value.bigEndian) { header.append(contentsOf: $0) }
        }
        return header
    }

    static func isHeader(_ frame: Data) -> Bool {
        frame.count == headerBytes && frame.prefix(tag.count) == tag
    }

    /// The part count and joined size a header announces (nil when they do not fit an `Int`).
    static func read(_ header: Data) -> (parts: Int, bytes: Int)? {
        let numbers = header.dropFirst(tag.count)
        var values: [UInt64] = []
        for offset in [0, 8] {
            let slice = numbers.dropFirst(offset).prefix(8)
            values.append(slice.reduce(UInt64(0)) { $0 << 8 | UInt64($1) })
        }
        guard values[0] <= UInt64(Int.max), values[1] <= UInt64(Int.max) else { return nil }
        return (Int(values[0]), Int(values[1]))
    }
}
