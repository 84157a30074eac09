import CrosscheckSchema
import Foundation
import TextCore

/// Turns a raw document's bytes into text, refusing what is not text.
///
/// Empty, whitespace-only and binary input throw a `bad-input` ErrorReport naming the file.
/// Invalid UTF-8 is decoded with U+FFFD replacement and a warning.
struct DocumentDecoder {
    /// Share of control bytes above which the input counts as binary.
    var maxControlShare = 0.05
    /// Share of replacement characters above which invalid UTF-8 counts as binary.
    var maxReplacementShare = 0.25

    struct Decoded {
        var text: String
        var warnings: [String]
    }

    func decode(_ raw: RawDocument) throws -> Decoded {
        var warnings: [String] = []
        let text: String
        switch raw.encoding {
        case .utf8:
            if raw.content.utf8.contains(0) {
                throw bad(raw, "binary content (NUL bytes); not a text article")
            }
            try checkControlShare(raw.content.utf8, raw)
            text = raw.content
        case .base64:
            guard let data = Data(base64Encoded: raw.content) else {
                throw bad(raw, "content is not valid base64")
            }
            if let utf16 = decodeUTF16(data) {
                warnings.append("\(raw.path): UTF-16 text (byte-order mark) decoded; offsets refer to the decoded text")
                text = utf16
                break
            }
            if data.contains(0) {
                throw bad(raw, "binary content (NUL bytes); not a text article")
            }
            try checkControlShare(data, raw)
            let decoded = String(decoding: data, as: UTF8.self)
            var replacements = 0
            var total = 0
            for scalar in decoded.unicodeScalars {
                total += 1
                if scalar.value == 0xFFFD { replacements += 1 }
            }
            if total > 0, Double(replacements) / Double(total) > maxReplacementShare {
                throw bad(raw, "binary content (\(replacements) of \(total) characters are not UTF-8); not a text article")
            }
            if replacements > 0 {
                warnings.append("\(raw.path): invalid UTF-8; \(replacements) byte sequence(s) replaced with U+FFFD")
            }
            text = decoded
        }
        if text.unicodeScalars.allSatisfy(ScalarClass.isSpace) {
            throw bad(raw, text.isEmpty ? "empty file" : "empty file (whitespace only)")
        }
        return Decoded(text: text, warnings: warnings)
    }

    /// Text with a UTF-16 byte-order mark, decoded; nil for anything else.
    private func decodeUTF16(_ data: Data) -> String? {
        guard data.count >= 2, data.count % 2 == 0 else { return nil }
        let bytes = [UInt8](data)
        let littleEndian: Bool
        switch (bytes[0], bytes[1]) {
        case (0xFF, 0xFE): littleEndian = true
        case (0xFE, 0xFF): littleEndian = false
        default: return nil
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var i = 2
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i])
            let b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | (b << 8) : (a << 8) | b)
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    private func checkControlShare<Bytes: Sequence>(_ bytes: Bytes, _ raw: RawDocument) throws where Bytes.Element == UInt8 {
        var controls = 0
        var total = 0
        for byte in bytes {
            total += 1
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { controls += 1 }
            if byte == 0x7F { controls += 1 }
        }
        if total > 0, Double(controls) / Double(total) > maxControlShare {
            throw bad(raw, "binary content (\(controls) control bytes in \(total)); not a text article")
        }
    }

    private func bad(_ raw: RawDocument, _ problem: String) -> ErrorReport {
        ErrorReport(code: "bad-input", message: "\(raw.path): \(problem)", input: raw.path)
    }
}
