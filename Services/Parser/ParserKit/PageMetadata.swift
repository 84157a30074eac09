import Foundation

/// What a page says about itself: title, author, date, outlet, canonical URL and language.
///
/// Read from `application/ld+json` (`NewsArticle` and its kin, also inside `@graph` arrays),
/// then `og:*`, `article:*` and `author` meta tags, `<link rel="canonical">`, `<html lang>`,
/// then `<title>`: the first source that states a field wins. `published` is the ISO date
/// part of whatever timestamp the page gives; a `<title>` loses the site name before or after it.
struct PageMetadata: Equatable {
    var title: String?
    var author: String?
    var published: String?
    var outlet: String?
    var url: String?
    var language: String?

    static let articleTypes: Set<String> = [
        "NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "LiveBlogPosting", "AnalysisNewsArticle",
        "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "Report", "SocialMediaPosting",
    ]

    init(
        title: String? = nil, author: String? = nil, published: String? = nil, outlet: String? = nil,
        url: String? = nil, language: String? = nil
    ) {
        self.title = title
        self.author = author
        self.published = published
        self.outlet = outlet
        self.url = url
        self.language = language
    }

    init(tokens: [HTMLLexer.Item]) {
        var meta: [String: String] = [:]
        var titleText: String?
        var canonical: String?
        var lang: String?
        var linked: [PageMetadata] = []
        var openRaw: (name: String, type: String)?
        for token in tokens {
            switch token {
            case .open(let name, let attributes, _):
                openRaw = (name, attributes["type"]?.lowercased() ?? "")
                if name == "meta", let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"])?.lowercased(),
                    let content = attributes["content"], meta[key] == nil
                {
                    meta[key] = content
                }
                if name == "link", attributes["rel"]?.lowercased().split(separator: " ").contains("canonical") == true {
                    canonical = canonical ?? attributes["href"]
                }
                if name == "html" { lang = attributes["lang"] }
            case .text(let text):
                if openRaw?.name == "title" { titleText = titleText ?? CharacterReferences.decode(text) }
                if openRaw?.name == "script", openRaw?.type == "application/ld+json" { linked += Self.linkedData(text) }
                openRaw = nil
            case .close:
                openRaw = nil
            }
        }
        let tags = PageMetadata(
            title: meta["og:title"] ?? meta["twitter:title"] ?? titleText,
            author: meta["author"] ?? meta["article:author"].flatMap { $0.hasPrefix("http") ? nil : $0 } ?? meta["byl"],
            published: meta["article:published_time"] ?? meta["date"] ?? meta["pubdate"] ?? meta["datepublished"],
            outlet: meta["og:site_name"] ?? meta["application-name"], url: canonical ?? meta["og:url"],
            language: lang ?? meta["og:locale"])
        var merged = linked.reduce(PageMetadata()) { $0.filling(from: $1) }.filling(from: tags)
        merged.published = merged.published.flatMap(Self.isoDate)
        merged = merged.cleaned()
        self = merged
    }

    /// This metadata with its missing fields taken from `other`.
    func filling(from other: PageMetadata) -> PageMetadata {
        PageMetadata(
            title: title ?? other.title, author: author ?? other.author, published: published ?? other.published,
            outlet: outlet ?? other.outlet, url: url ?? other.url, language: language ?? other.language)
    }

    private func cleaned() -> PageMetadata {
        func clean(_ s: String?) -> String? {
            guard let s else { return nil }
            let t = s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return t.isEmpty ? nil : t
        }
        var result = PageMetadata(
            title: clean(title), author: clean(author), published: published, outlet: clean(outlet),
            url: clean(url), language: clean(language))
        if let t = result.title, let o = result.outlet {
            for separator in [" | ", " - ", " – ", " — ", " :: "] {
                if t.hasSuffix(separator + o) { result.title = String(t.dropLast(separator.count + o.count)) }
                if t.hasPrefix(o + separator) { result.title = String(t.dropFirst(separator.count + o.count)) }
            }
        }
        return result
    }

    /// The `YYYY-MM-DD` a timestamp starts with, or nil.
    static func isoDate(_ value: String) -> String? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        let scalars = Array(trimmed.unicodeScalars.prefix(10))
        guard scalars.count == 10, scalars[4] == "-", scalars[7] == "-",
            scalars.enumerated().allSatisfy({ $0.offset == 4 || $0.offset == 7 || ("0"..."9").contains($0.element) })
        else { return nil }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Article metadata from one JSON-LD script: every article-typed node, at the top, in arrays or `@graph`.
    static func linkedData(_ json: String) -> [PageMetadata] {
        // try?: broken JSON-LD is common in saved pages; the page's other metadata still counts.
        guard let value = try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed]) else {
            return []
        }
        var found: [PageMetadata] = []
        func visit(_ node: Any, depth: Int) {
            guard depth < 6 else { return }
            if let list = node as? [Any] {
                for item in list { visit(item, depth: depth + 1) }
                return
            }
            guard let object = node as? [String: Any] else { return }
            if let graph = object["@graph"] { visit(graph, depth: depth + 1) }
            let types = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
            if types.contains(where: articleTypes.contains) { found.append(article(object)) }
        }
        visit(value, depth: 0)
        return found
    }

    private static func article(_ o: [String: Any]) -> PageMetadata {
        func name(_ value: Any?) -> String? {
            if let s = value as? String { return s }
            if let d = value as? [String: Any] { return d["name"] as? String }
            if let list = value as? [Any] {
                let names = list.compactMap { name($0) }
                return names.isEmpty ? nil : names.joined(separator: ", ")
            }
            return nil
        }
        func link(_ value: Any?) -> String? {
            if let s = value as? String { return s }
            if let d = value as? [String: Any] { return (d["@id"] as? String) ?? (d["url"] as? String) }
            return nil
        }
        return PageMetadata(
            title: (o["headline"] as? String) ?? (o["name"] as? String), author: name(o["author"]),
            published: (o["datePublished"] as? String) ?? (o["dateCreated"] as? String), outlet: name(o["publisher"]),
            url: link(o["url"]) ?? link(o["mainEntityOfPage"]), language: o["inLanguage"] as? String)
    }
}
