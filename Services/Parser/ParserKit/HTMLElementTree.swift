/// The element structure of a tokenized page: parents, text sizes, and which elements are page
/// furniture rather than article.
///
/// Unclosed elements are closed by their parent's end tag; a stray end tag is ignored.
struct HTMLElementTree {
    /// One element: its name, attributes, parent, text size and furniture reason.
    struct Element {
        var name: String
        var attributes: [String: String]
        var parent: Int?
        /// Non-space characters of visible text inside.
        var textSize = 0
        /// Why this element is furniture (`navigation`, `comments`…), or nil.
        var furniture: String?
    }

    private(set) var elements: [Element] = []
    private(set) var elementOpenedAt: [Int: Int] = [:]
    private(set) var elementClosedAt: [Int: Int] = [:]
    private var totalText = 0

    /// Class and id words that mark furniture, by the reason they give.
    static let furnitureWords: [String: String] = [
        "comment": "comments", "comments": "comments", "disqus": "comments", "respond": "comments", "replies": "comments",
        "cookie": "cookie-banner", "cookies": "cookie-banner", "consent": "cookie-banner", "gdpr": "cookie-banner",
        "related": "related-links", "recommended": "related-links", "trending": "related-links", "popular": "related-links",
        "nav": "navigation", "navbar": "navigation", "menu": "navigation", "breadcrumb": "navigation",
        "breadcrumbs": "navigation", "pagination": "navigation", "footer": "footer", "share": "share-links",
        "sharing": "share-links", "social": "share-links", "newsletter": "promotion", "subscribe": "promotion",
        "promo": "promotion", "advert": "promotion", "advertisement": "promotion", "ad": "promotion", "ads": "promotion",
        "sponsored": "promotion", "sidebar": "aside", "widget": "aside",
    ]
    static let furnitureTags: [String: String] = ["nav": "navigation", "aside": "aside", "footer": "footer", "form": "form"]
    static let furnitureRoles: [String: String] = [
        "navigation": "navigation", "contentinfo": "footer", "complementary": "aside", "search": "navigation",
        "dialog": "cookie-banner", "alertdialog": "cookie-banner", "banner": "header",
    ]
    /// Elements whose class words say nothing about furniture (`<body class="comments-open">`).
    static let neverFurniture: Set<String> = ["html", "body", "main"]

    init(_ tokens: [HTMLLexer.Item]) {
        var stack: [Int] = []
        for (index, token) in tokens.enumerated() {
            switch token {
            case .open(let name, let attributes, let selfClosing):
                let element = elements.count
                elements.append(
                    Element(
                        name: name, attributes: attributes, parent: stack.last,
                        furniture: Self.furniture(name, attributes)))
                elementOpenedAt[index] = element
                if !selfClosing, !HTMLExtractor.voidElements.contains(name) { stack.append(element) }
            case .close(let name):
                guard let at = stack.lastIndex(where: { elements[$0].name == name }) else { continue }
                elementClosedAt[index] = stack[at]
                stack.removeSubrange(at...)
            case .text(let text):
                guard !stack.contains(where: { HTMLExtractor.hiddenElements.contains(elements[$0].name) }) else { continue }
                let size = text.unicodeScalars.filter { !$0.properties.isWhitespace }.count
                totalText += size
                for open in stack { elements[open].textSize += size }
            }
        }
        for i in elements.indices where elements[i].furniture != nil && elements[i].textSize * 2 > totalText {
            elements[i].furniture = nil
        }
    }

    static func furniture(_ name: String, _ attributes: [String: String]) -> String? {
        if neverFurniture.contains(name) { return nil }
        let words = ((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased()
            .split { !($0.isLetter || $0.isNumber) }
        for word in words {
            // An article's classes name its categories and tags (`category-social`); only a comment counts.
            if let reason = furnitureWords[String(word)], name != "article" || reason == "comments" { return reason }
        }
        if let role = attributes["role"]?.lowercased(), let reason = furnitureRoles[role] { return reason }
        return furnitureTags[name]
    }

    func isMain(_ e: Element) -> Bool { e.name == "main" || e.attributes["role"]?.lowercased() == "main" }

    /// The element holding the article: see `HTMLExtractor`. Nil means the whole page.
    func mainElement() -> Int? {
        if let main = elements.indices.first(where: { isMain(elements[$0]) && !insideFurniture($0) }) { return main }
        let articles = elements.indices.filter { elements[$0].name == "article" && elements[$0].furniture == nil && !insideFurniture($0) }
        let outermost = articles.filter { a in !ancestors(a).contains { articles.contains($0) } }
        guard let first = outermost.first else { return nil }
        return outermost.dropFirst().reduce(first) { commonAncestor($0, $1) ?? $0 }
    }

    func ancestors(_ element: Int) -> [Int] {
        var result: [Int] = []
        var current = elements[element].parent
        while let p = current {
            result.append(p)
            current = elements[p].parent
        }
        return result
    }

    private func insideFurniture(_ element: Int) -> Bool {
        ancestors(element).contains { elements[$0].furniture != nil }
    }

    private func commonAncestor(_ a: Int, _ b: Int) -> Int? {
        let chain = [a] + ancestors(a)
        return ([b] + ancestors(b)).first { chain.contains($0) }
    }

    /// Why text under the open elements `stack` is left out, or nil when it is article text.
    func removalReason(stack: [Int], main: Int?, mainAncestors: Set<Int>) -> String? {
        var inMain = main == nil
        var reason: String?
        for element in stack {
            if element == main { inMain = true }
            if let r = elements[element].furniture, !mainAncestors.contains(element) { reason = r }
        }
        if let reason { return reason }
        return inMain ? nil : "outside-article"
    }
}
