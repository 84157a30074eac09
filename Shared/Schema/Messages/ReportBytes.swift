import Foundation

/// A `RenderedReport` kept as the JSON bytes it arrived in, its renderings written to files
/// straight from those bytes.
///
/// A bundle's renderings run to gigabytes; decoding them into `String`s and encoding those
/// again as file bytes held the report two or three times over. Each rendering here is a
/// JSON string inside the received frame: `write(_:to:)` unescapes it in slices of about
/// 1 MiB into the file, so the bytes on disk are exactly the decoded `String`'s UTF-8.
public struct ReportBytes: Sendable, Equatable {
    /// The four renderings, by their member names in `RenderedReport`.
    public enum Rendering: String, Sendable, CaseIterable {
        case json, markdown, html, annotations
    }

    /// Why report bytes cannot be read or written.
    public enum Failure: Error, Equatable {
        /// The bytes are no JSON object, or `conflicts` or `json`/`markdown`/`html` is missing.
        case notAReport
        /// A rendering is not a JSON string, or holds an escape that does not decode.
        case badString(Rendering)
    }

    /// The report object's bytes (a slice of the received frame: not copied).
    public let object: JSONObjectBytes
    /// The report's conflict count.
    public let conflicts: Int

    public init(_ data: Data) throws {
        guard let object = JSONObjectBytes(data), let conflicts = try? object.decode(Int.self, "conflicts"),
            [Rendering.json, .markdown, .html].allSatisfy({ object.value($0.rawValue) != nil })
        else { throw Failure.notAReport }
        self.object = object
        self.conflicts = conflicts
    }

    public static func == (lhs: ReportBytes, rhs: ReportBytes) -> Bool {
        lhs.object.bytes == rhs.object.bytes
    }

    /// Whether the report has `rendering` (the annotations are optional; `null` means none).
    public func has(_ rendering: Rendering) -> Bool {
        guard let raw = object.value(rendering.rawValue) else { return false }
        return raw.first == UInt8(ascii: "\"")
    }

    /// Writes `rendering`'s text to `file` (created or truncated), unescaped from the bytes.
    public func write(_ rendering: Rendering, to file: URL) throws {
        guard let raw = object.value(rendering.rawValue) else { throw Failure.badString(rendering) }
        guard FileManager.default.createFile(atPath: file.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.path])
        }
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        var unescaper = JSONStringUnescaper()
        let done = try raw.withUnsafeBytes { buffer in
            try unescaper.unescape(buffer) { try handle.write(contentsOf: $0) }
        }
        guard done else { throw Failure.badString(rendering) }
    }

    /// `rendering` decoded into a `String` (what `RenderedReport` holds), nil when absent.
    public func text(_ rendering: Rendering) throws -> String? {
        guard has(rendering) else { return nil }
        var text = Data()
        var unescaper = JSONStringUnescaper()
        let done = try object.value(rendering.rawValue).map { raw in
            try raw.withUnsafeBytes { buffer in try unescaper.unescape(buffer) { text.append(contentsOf: $0) } }
        }
        guard done == true else { throw Failure.badString(rendering) }
        return String(decoding: text, as: UTF8.self)
    }
}
