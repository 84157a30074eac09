/// Splits an HTML page into tags and text, the way a browser's tokenizer would in the common cases.
///
/// Raw-text elements (`script`, `style`, `textarea`, `title`) keep their content as one text
/// token; comments and doctypes are dropped. Attribute names are lowercased; values keep their
/// case with character references decoded. It never fails: a stray `<` is text.
struct HTMLLexer {
    /// A start tag, an end tag or a run of text.
    enum Item: Equatable {
        case open(name: String, attributes: [String: String], selfClosing: Bool)
        case close(name: String)
        case text(String)
    }

    static let rawTextElements: Set<String> = ["script", "style", "textarea", "title"]

    func tokenize(_ html: String) -> [Item] {
        let s = Array(html.unicodeScalars)
        var tokens: [Item] = []
        var i = 0
        var textStart = 0
        func flushText(_ end: Int) {
            if end > textStart { tokens.append(.text(Self.string(s[textStart..<end]))) }
        }
        while i < s.count {
            guard s[i] == "<", i + 1 < s.count else {
                i += 1
                continue
            }
            if Self.matches(s, i, "<!--") {
                flushText(i)
                i = (Self.find(s, "-->", from: i + 4) ?? s.count - 3) + 3
                textStart = i
                continue
            }
            if s[i + 1] == "!" || s[i + 1] == "?" {
                flushText(i)
                i = (Self.find(s, ">", from: i) ?? s.count - 1) + 1
                textStart = i
                continue
            }
            guard let tag = parseTag(s, at: i) else {
                i += 1
                continue
            }
            flushText(i)
            tokens.append(tag.token)
            i = tag.end
            if case .open(let name, _, false) = tag.token, Self.rawTextElements.contains(name) {
                let close = Self.find(s, "</" + name, from: i, caseInsensitive: true) ?? s.count
                if close > i { tokens.append(.text(Self.string(s[i..<close]))) }
                i = close
            }
            textStart = i
        }
        flushText(s.count)
        return tokens
    }

    private func parseTag(_ s: [Unicode.Scalar], at start: Int) -> (token: Item, end: Int)? {
        var i = start + 1
        let closing = s[i] == "/"
        if closing { i += 1 }
        let nameStart = i
        while i < s.count, s[i].properties.isAlphabetic || (i > nameStart && (s[i] == "-" || ("0"..."9").contains(s[i]))) {
            i += 1
        }
        guard i > nameStart, i < s.count else { return nil }
        let name = Self.string(s[nameStart..<i]).lowercased()
        var attributes: [String: String] = [:]
        var selfClosing = false
        while i < s.count {
            while i < s.count, s[i].properties.isWhitespace { i += 1 }
            guard i < s.count else { return nil }
            if s[i] == ">" {
                let token: Item = closing ? .close(name: name) : .open(name: name, attributes: attributes, selfClosing: selfClosing)
                return (token, i + 1)
            }
            if s[i] == "/" {
                selfClosing = true
                i += 1
                continue
            }
            if s[i] == "<" { return nil }
            let attrStart = i
            while i < s.count, !s[i].properties.isWhitespace, s[i] != "=", s[i] != ">", s[i] != "/" { i += 1 }
            let attrName = Self.string(s[attrStart..<i]).lowercased()
            while i < s.count, s[i].properties.isWhitespace { i += 1 }
            var value = ""
            if i < s.count, s[i] == "=" {
                i += 1
                while i < s.count, s[i].properties.isWhitespace { i += 1 }
                guard i < s.count else { return nil }
                if s[i] == "\"" || s[i] == "'" {
                    let quote = s[i]
                    let close = Self.find(s, String(quote), from: i + 1) ?? s.count
                    value = Self.string(s[(i + 1)..<close])
                    i = min(s.count, close + 1)
                } else {
                    let valueStart = i
                    while i < s.count, !s[i].properties.isWhitespace, s[i] != ">" { i += 1 }
                    value = Self.string(s[valueStart..<i])
                }
            }
            if !attrName.isEmpty, attributes[attrName] == nil { attributes[attrName] = CharacterReferences.decode(value) }
            if i - start > 4000 { return nil }
        }
        return nil
    }

    static func string(_ slice: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: slice)
        return String(view)
    }

    static func matches(_ s: [Unicode.Scalar], _ at: Int, _ literal: String) -> Bool {
        var i = at
        for c in literal.unicodeScalars {
            guard i < s.count, s[i] == c else { return false }
            i += 1
        }
        return true
    }

    static func find(_ s: [Unicode.Scalar], _ literal: String, from: Int, caseInsensitive: Bool = false) -> Int? {
        let needle = Array((caseInsensitive ? literal.lowercased() : literal).unicodeScalars)
        guard !needle.isEmpty, from >= 0 else { return nil }
        var i = from
        while i + needle.count <= s.count {
            var k = 0
            while k < needle.count, (caseInsensitive ? lower(s[i + k]) : s[i + k]) == needle[k] { k += 1 }
            if k == needle.count { return i }
            i += 1
        }
        return nil
    }

    private static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        if c.value >= 0x41 && c.value <= 0x5A, let l = Unicode.Scalar(c.value + 32) { return l }
        return c
    }
}
