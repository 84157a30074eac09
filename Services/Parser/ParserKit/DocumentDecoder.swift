import CrosscheckSchema
import Foundation

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
