import Foundation

/// The frame of a `report.finished` envelope, its renderings escaped straight into one buffer.
///
/// The bytes are those `JSONEncoder` gives for the whole envelope. `JSONEncoder` writes the
/// renderings (hundreds of MB each for a large bundle) into a buffer that grows by doubling and
/// is then copied into `Data`, and the line feed after it may copy the frame once more. Here
/// the envelope is encoded with empty renderings, and each rendering is escaped in slices of
/// about 1 MiB (escaping is per character, so slices cut between scalars change nothing) into
/// one buffer made the right size up front.
enum ReportFrame {
    /// Renderings at least this large (in UTF-8 bytes, all together) are spliced in.
    static let spliceBytes = 1 << 20

    private static let sliceBytes = 1 << 20

    /// The frame, or nil when the envelope is no `report.finished` or its renderings are small.
    static func encode(_ envelope: Envelope, encoder: JSONEncoder, spliceBytes: Int = spliceBytes) throws -> Data? {
        var copy = envelope
        return try encode(releasing: &copy, encoder: encoder, spliceBytes: spliceBytes)
    }

    /// The frame, as `encode(_:encoder:spliceBytes:)`, taking the renderings out of `envelope`
    /// one at a time: each is let go once escaped into the frame (when `envelope` held the only
    /// reference), so the renderings and the frame are not all held at once. When it returns a
    /// frame (or throws), `envelope`'s renderings are empty; when it returns nil, it is as it was.
    static func encode(releasing envelope: inout Envelope, encoder: JSONEncoder, spliceBytes: Int = spliceBytes) throws -> Data? {
        guard case .finishedReport(var report) = envelope.payload else { return nil }
        let keys = ["annotations", "html", "json", "markdown"].filter { $0 != "annotations" || report.annotations != nil }
        let size = [report.annotations ?? "", report.html, report.json, report.markdown].reduce(0) { $0 + $1.utf8.count }
        guard size >= spliceBytes else { return nil }
        let whole = envelope
        var hollow = report
        hollow.json = ""
        hollow.markdown = ""
        hollow.html = ""
        hollow.annotations = report.annotations.map { _ in "" }
        envelope.payload = .finishedReport(hollow)
        let base = [UInt8](try encoder.encode(envelope))
        var places: [(at: Int, key: String)] = []
        for key in keys {
            guard let found = base.firstRange(of: Array("\"\(key)\":\"\"".utf8)) else {
                envelope = whole
                return nil
            }
            places.append((found.upperBound - 1, key))
        }
        _ = consume whole
        places.sort { $0.at < $1.at }
        var frame = Data(capacity: base.count + size + size / 8 + 1)
        var cursor = 0
        for place in places {
            frame.append(contentsOf: base[cursor..<place.at])
            try appendEscaped(take(place.key, from: &report), encoder: encoder, to: &frame)
            cursor = place.at
        }
        frame.append(contentsOf: base[cursor...])
        frame.append(0x0A)
        return frame
    }

    /// The rendering `key` of `report`, left empty there (so the caller holds its only reference).
    private static func take(_ key: String, from report: inout RenderedReport) -> String {
        let text: String
        switch key {
        case "annotations":
            text = report.annotations ?? ""
            report.annotations = ""
        case "html":
            text = report.html
            report.html = ""
        case "json":
            text = report.json
            report.json = ""
        default:
            text = report.markdown
            report.markdown = ""
        }
        return text
    }

    /// Appends `text` as `JSONEncoder` escapes it inside a string, without the quotes.
    private static func appendEscaped(_ text: String, encoder: JSONEncoder, to frame: inout Data) throws {
        let utf8 = text.utf8
        var start = utf8.startIndex
        while start != utf8.endIndex {
            var stop = utf8.index(start, offsetBy: sliceBytes, limitedBy: utf8.endIndex) ?? utf8.endIndex
            // Continuation bytes (10xxxxxx) never start a scalar.
            while stop != utf8.endIndex, utf8[stop] & 0xC0 == 0x80 { stop = utf8.index(after: stop) }
            let quoted = try encoder.encode(String(text.unicodeScalars[start..<stop]))
            frame.append(quoted.dropFirst().dropLast())
            start = stop
        }
    }
}
