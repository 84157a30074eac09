import TextCore

/// Tells an HTML page from a text that merely mentions a tag, for inputs whose format is not stated.
///
/// A doctype, `<html>` or `<body>` near the start decides; otherwise it takes at least eight
/// well-formed tags, one per 400 characters or more.
struct MarkupDetector {
    /// Whether the text looks like an HTML page rather than an article that mentions a tag.
    func looksLikeMarkup(_ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.contains("<") else { return false }
        let probe = min(scalars.count, 4096)
        var head = String.UnicodeScalarView()
        head.append(contentsOf: scalars[0..<probe])
        let lowered = String(head).lowercased()
        if lowered.contains("<!doctype html") || lowered.contains("<html") || lowered.contains("<body") {
            return true
        }
        var tags = 0
        var i = 0
        while i < scalars.count {
            if scalars[i] == "<", let end = tagEnd(scalars, from: i), tagName(scalars, i, end) != nil {
                tags += 1
                i = end
                if tags >= 8 && tags * 400 >= i { return true }
            } else {
                i += 1
            }
        }
        return tags >= 8 && tags * 400 >= scalars.count
    }

    /// The index after the `>` closing a tag that opens at `start`, if the tag is well formed.
    private func tagEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        var i = start + 1
        let limit = min(s.count, start + 2000)
        var quote: Unicode.Scalar?
        while i < limit {
            let c = s[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                if i > start + 1, s[i - 1] == "=" { quote = c }
            } else if c == ">" {
                return i + 1
            } else if c == "<" {
                return nil
            }
            i += 1
        }
        return nil
    }

    /// The lowercased tag name of `<name …>` or `</name>`, or `!doctype`; nil when it is no tag.
    private func tagName(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> String? {
        var i = start + 1
        if i < end, s[i] == "/" { i += 1 }
        if i < end, s[i] == "!" { return "!" }
        var name = String.UnicodeScalarView()
        while i < end, s[i].value < 0x80, ScalarClass.isAlphanumeric(s[i]) {
            name.append(s[i])
            i += 1
        }
        guard let first = name.first, ScalarClass.isLetter(first) else { return nil }
        guard i < end, s[i] == ">" || s[i] == "/" || ScalarClass.isSpace(s[i]) else { return nil }
        return String(name).lowercased()
    }
}
