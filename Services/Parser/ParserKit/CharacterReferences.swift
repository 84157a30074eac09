/// Decodes HTML character references (`&amp;`, `&#8217;`, `&#x2014;`) in text and attribute values.
///
/// Knows the named references news pages use; an unknown name stays as written.
enum CharacterReferences {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "ndash": "–", "mdash": "—",
        "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "laquo": "«", "raquo": "»",
        "sbquo": "‚", "bdquo": "„", "copy": "©", "reg": "®", "trade": "™", "middot": "·", "bull": "•",
        "euro": "€", "pound": "£", "deg": "°", "shy": "\u{AD}", "ensp": "\u{2002}", "emsp": "\u{2003}",
        "thinsp": "\u{2009}", "zwnj": "\u{200C}", "zwj": "\u{200D}", "eacute": "é", "egrave": "è", "aacute": "á",
        "agrave": "à", "iacute": "í", "oacute": "ó", "uacute": "ú", "ccedil": "ç", "ntilde": "ñ", "uuml": "ü",
        "ouml": "ö", "auml": "ä", "szlig": "ß", "scaron": "š", "Scaron": "Š", "ccaron": "č", "Ccaron": "Č",
        "zcaron": "ž", "Zcaron": "Ž", "cacute": "ć", "Cacute": "Ć", "dstrok": "đ", "Dstrok": "Đ", "times": "×",
    ]

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            if s[i] == "&", let (replacement, end) = reference(s, at: i) {
                out.append(contentsOf: replacement.unicodeScalars)
                i = end
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return String(out)
    }

    private static func reference(_ s: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var i = start + 1
        while i < s.count, i - start <= 10, s[i] != ";" {
            guard s[i].properties.isAlphabetic || ("0"..."9").contains(s[i]) || s[i] == "#" else { return nil }
            i += 1
        }
        guard i < s.count, s[i] == ";", i > start + 1 else { return nil }
        let body = HTMLLexer.string(s[(start + 1)..<i])
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let v = value, let scalar = Unicode.Scalar(v), v != 0 else { return nil }
            return (String(Character(scalar)), i + 1)
        }
        guard let text = named[body] ?? named[body.lowercased()] else { return nil }
        return (text, i + 1)
    }
}
