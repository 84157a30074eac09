import CrosscheckSchema

/// Extracts a page's readable text and marks what is not the article: the text an analyst would
/// see, with navigation, related links, comments, cookie banners, footers and the like listed as
/// removed spans, each with its reason.
///
/// The main body is the page's `<main>` (or `role="main"`), else its one outermost `<article>`
/// (the nearest common container when there are several, as on a live blog), else the `<body>`.
/// Text outside it is removed as `outside-article`; inside it, elements recognised as furniture
/// by tag (`nav`, `aside`, `footer`, `form`), ARIA role or class and id words are removed with
/// their own reason. A furniture-looking element that holds the main body, or most of the page's
/// text, is a wrapper and is kept. Block elements become paragraph breaks, whitespace runs one
/// space, and character references are decoded; offsets index the extracted text.
struct HTMLExtractor {
    /// The extracted text, its removed spans, the page's metadata and how many elements it had.
    struct Result {
        var text: String
        var removed: [RemovedSpan]
        var metadata: PageMetadata
        var tagCount: Int
    }

    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]
    static let hiddenElements: Set<String> = [
        "head", "script", "style", "noscript", "template", "svg", "iframe", "button", "select", "textarea", "title", "object",
    ]
    static let blockElements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "section", "article", "header",
        "footer", "blockquote", "figure", "figcaption", "main", "aside", "nav", "hr", "dd", "dt", "dl", "pre", "form",
        "address", "caption", "time", "details", "summary",
    ]

    func extract(_ html: String) -> Result {
        let tokens = HTMLLexer().tokenize(html)
        let tree = HTMLElementTree(tokens)
        let main = tree.mainElement()
        let mainAncestors = Set(main.map(tree.ancestors) ?? [])
        var writer = TextWriter()
        var stack: [Int] = []
        var hidden = 0
        for (index, token) in tokens.enumerated() {
            switch token {
            case .open(let name, _, let selfClosing):
                guard let element = tree.elementOpenedAt[index] else { continue }
                if Self.voidElements.contains(name) || selfClosing {
                    if name == "br" { writer.lineBreak() } else if name == "hr" { writer.paragraphBreak() }
                    continue
                }
                stack.append(element)
                if Self.hiddenElements.contains(name) { hidden += 1 }
                if Self.blockElements.contains(name) { writer.paragraphBreak() }
            case .close(let name):
                guard let element = tree.elementClosedAt[index], let at = stack.lastIndex(of: element) else { continue }
                for popped in stack[at...] where Self.hiddenElements.contains(tree.elements[popped].name) { hidden -= 1 }
                stack.removeSubrange(at...)
                if Self.blockElements.contains(name) { writer.paragraphBreak() }
            case .text(let raw):
                guard hidden == 0 else { continue }
                let reason = tree.removalReason(stack: stack, main: main, mainAncestors: mainAncestors)
                writer.write(CharacterReferences.decode(raw), reason: reason, preformatted: stack.contains { tree.elements[$0].name == "pre" })
            }
        }
        let metadata = PageMetadata(tokens: tokens)
        return Result(text: writer.text, removed: writer.removed, metadata: metadata, tagCount: tree.elements.count)
    }
}

/// Builds the extracted text piece by piece, collapsing whitespace and recording removed runs.
private struct TextWriter {
    var scalars: [Unicode.Scalar] = []
    var removed: [RemovedSpan] = []
    private var pendingBreak = 0
    private var pendingSpace = false

    var text: String { HTMLLexer.string(scalars[...]) }

    mutating func lineBreak() { pendingBreak = max(pendingBreak, 1) }
    mutating func paragraphBreak() { pendingBreak = 2 }

    mutating func write(_ text: String, reason: String?, preformatted: Bool) {
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace && scalar != "\u{A0}" && !(preformatted && scalar == "\n") {
                pendingSpace = true
                continue
            }
            if preformatted && scalar == "\n" {
                lineBreak()
                continue
            }
            flush(reason: reason)
            append(scalar, reason: reason)
        }
    }

    private mutating func flush(reason: String?) {
        guard !scalars.isEmpty else {
            pendingBreak = 0
            pendingSpace = false
            return
        }
        if pendingBreak > 0 {
            for _ in 0..<pendingBreak { scalars.append("\n") }
        } else if pendingSpace {
            append(" ", reason: reason)
        }
        pendingBreak = 0
        pendingSpace = false
    }

    private mutating func append(_ scalar: Unicode.Scalar, reason: String?) {
        let at = scalars.count
        scalars.append(scalar)
        guard let reason else { return }
        if let last = removed.last, last.reason == reason, Self.onlySpace(scalars, from: last.end, to: at) {
            removed[removed.count - 1].end = at + 1
        } else {
            removed.append(RemovedSpan(start: at, end: at + 1, reason: reason))
        }
    }

    private static func onlySpace(_ s: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        guard from <= to else { return false }
        return s[from..<to].allSatisfy { $0 == " " || $0 == "\n" }
    }
}
