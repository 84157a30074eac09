/// Escapes text for HTML element content and quoted attribute values alike.
enum HTMLEscaping {
    /// `text` with `& < > " '` replaced by character references, so it can only ever be text.
    static func escape(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 == 0 }) {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        append(Array(text.unicodeScalars)[...], to: &out)
        return out
    }

    /// Appends escaped scalars to `out`, copying runs of plain text in one go.
    static func append(_ scalars: ArraySlice<Unicode.Scalar>, to out: inout String) {
        var runStart = scalars.startIndex
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let replacement: String? =
                switch scalars[i] {
                case "&": "&amp;"
                case "<": "&lt;"
                case ">": "&gt;"
                case "\"": "&quot;"
                case "'": "&#39;"
                case "\u{0}": "\u{FFFD}"
                default: nil
                }
            if let replacement {
                if runStart < i { out.unicodeScalars.append(contentsOf: scalars[runStart..<i]) }
                out += replacement
                runStart = i + 1
            }
            i += 1
        }
        if runStart < scalars.endIndex { out.unicodeScalars.append(contentsOf: scalars[runStart..<scalars.endIndex]) }
    }
}
