/// Recognises an HTML page and blanks its markup out of the analysis view, keeping offsets.
///
/// The view keeps the original length: tags become spaces (block tags a line break), and the
/// content of `script`, `style` and comments is blanked too. Every blanked stretch is reported so
/// the parser can list it in `removed` with reason `markup`.
struct MarkupMasker {
    struct Result {
        var view: [Unicode.Scalar]
        var markup: [TextSpanRange]
        var tagCount: Int
    }

    /// A half-open code point range.
    struct TextSpanRange: Equatable {
        var start: Int
        var end: Int
    }

    private static let blockTags: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td", "th",
        "table", "title", "section", "article", "header", "footer", "blockquote", "figure",
        "figcaption", "main", "aside", "nav", "hr", "html", "body", "head", "dd", "dt", "dl", "pre",
        "form", "address", "caption", "tbody", "thead", "meta", "link",
    ]
    private static let hiddenTags: Set<String> = ["script", "style", "noscript", "template", "svg", "iframe"]

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

    func mask(_ scalars: [Unicode.Scalar]) -> Result {
        var view = scalars
        var spans: [TextSpanRange] = []
        var tags = 0
        var i = 0
        func blank(_ lo: Int, _ hi: Int, block: Bool) {
            for k in lo..<hi where !ScalarClass.isLineBreak(view[k]) { view[k] = " " }
            if block, hi - lo >= 2 { view[lo] = "\n"; view[lo + 1] = "\n" }
            if let last = spans.last, last.end == lo {
                spans[spans.count - 1].end = hi
            } else {
                spans.append(TextSpanRange(start: lo, end: hi))
            }
        }
        while i < scalars.count {
            guard scalars[i] == "<" else {
                i += 1
                continue
            }
            if matches(scalars, i, "<!--") {
                let close = find(scalars, "-->", from: i + 4) ?? scalars.count
                let end = min(scalars.count, close + 3)
                blank(i, end, block: false)
                i = end
                continue
            }
            guard let end = tagEnd(scalars, from: i), let name = tagName(scalars, i, end) else {
                i += 1
                continue
            }
            tags += 1
            let isClosing = scalars[i + 1] == "/"
            if !isClosing, Self.hiddenTags.contains(name) {
                let closing = find(scalars, "</" + name, from: end, caseInsensitive: true)
                var stop = closing.flatMap { tagEnd(scalars, from: $0) } ?? scalars.count
                if stop > scalars.count { stop = scalars.count }
                blank(i, stop, block: true)
                i = stop
                continue
            }
            blank(i, end, block: Self.blockTags.contains(name))
            i = end
        }
        for k in 0..<view.count where view[k] == "&" {
            if let stop = entityEnd(view, k), entityIsSpace(view, k, stop) {
                for j in k..<stop { view[j] = " " }
            }
        }
        return Result(view: view, markup: spans, tagCount: tags)
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

    private func matches(_ s: [Unicode.Scalar], _ at: Int, _ literal: String) -> Bool {
        var i = at
        for c in literal.unicodeScalars {
            guard i < s.count, s[i] == c else { return false }
            i += 1
        }
        return true
    }

    private func find(_ s: [Unicode.Scalar], _ literal: String, from: Int, caseInsensitive: Bool = false) -> Int? {
        let needle = Array(literal.lowercased().unicodeScalars)
        guard let first = needle.first else { return nil }
        var i = from
        while i + needle.count <= s.count {
            let c = caseInsensitive ? lower(s[i]) : s[i]
            if c == first {
                var ok = true
                for k in 1..<needle.count {
                    let d = caseInsensitive ? lower(s[i + k]) : s[i + k]
                    if d != needle[k] { ok = false; break }
                }
                if ok { return i }
            }
            i += 1
        }
        return nil
    }

    private func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        if c.value >= 0x41 && c.value <= 0x5A, let l = Unicode.Scalar(c.value + 32) { return l }
        return c
    }

    private func entityEnd(_ s: [Unicode.Scalar], _ start: Int) -> Int? {
        var i = start + 1
        while i < s.count, i - start <= 10 {
            if s[i] == ";" { return i + 1 }
            if !(ScalarClass.isAlphanumeric(s[i]) || s[i] == "#") { return nil }
            i += 1
        }
        return nil
    }

    private func entityIsSpace(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        var name = String.UnicodeScalarView()
        name.append(contentsOf: s[start..<end])
        let text = String(name).lowercased()
        return text == "&nbsp;" || text == "&#160;" || text == "&#xa0;" || text == "&ensp;" || text == "&emsp;"
            || text == "&thinsp;" || text == "&zwnj;" || text == "&shy;"
    }
}
