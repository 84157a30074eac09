/// Escapes text for HTML element content and quoted attribute values alike.
enum HTMLEscaping {
    /// `text` with `& < > " '` replaced by character references, so it can only ever be text.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        append(text.unicodeScalars, to: &out)
        return out
    }

    /// Appends escaped scalars to `out` without building an intermediate string.
    static func append<S: Sequence>(_ scalars: S, to out: inout String) where S.Element == Unicode.Scalar {
        for scalar in scalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\u{0}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
    }
}
