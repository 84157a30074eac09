import CrosscheckSchema
import Foundation

/// An entity the test builder looks for by exact name.
struct TestEntity: Codable, Sendable {
    var id: String
    var type: EntityType
    var names: [String]
    /// Roles the documents give this person ("fisheries-minister@norway").
    var roles: [String]? = nil
}

/// Builds `LinkedBundle`s from plain text without the parser and resolver stages.
///
/// Lines are paragraphs; a short line without final punctuation is a heading. Paragraphs split
/// into sentences after ". ", "! ", "? " when the next character is uppercase, a digit or a quote.
/// Entities are found by exact (case-sensitive) name from a small list.
enum TestBundleBuilder {
    static func document(id: String, text: String, published: String?, entities: [TestEntity]) -> ResolvedDocument {
        let scalars = Array(text.unicodeScalars)
        var sentences: [Sentence] = []
        var headings: [TextSpan] = []
        var paragraph = 0
        var lineStart = 0
        var i = 0
        while i <= scalars.count {
            if i == scalars.count || scalars[i] == "\n" {
                let (s, e) = trim(scalars, lineStart, i)
                if e > s {
                    let line = String(String.UnicodeScalarView(scalars[s..<e]))
                    let words = line.split(separator: " ").count
                    let last = scalars[e - 1]
                    if words < 16 && !".!?\u{201D}\"".unicodeScalars.contains(last) {
                        headings.append(TextSpan(start: s, end: e))
                    } else {
                        for (a, b) in split(scalars, s, e) { sentences.append(Sentence(start: a, end: b, paragraph: paragraph)) }
                        paragraph += 1
                    }
                }
                lineStart = i + 1
            }
            i += 1
        }
        var mentions: [EntityMention] = []
        var taken = Array(repeating: false, count: scalars.count)
        let names = entities.flatMap { e in e.names.map { (Array($0.unicodeScalars), e.id) } }
            .sorted { $0.0.count > $1.0.count }
        for (name, entity) in names where !name.isEmpty {
            var p = 0
            while p + name.count <= scalars.count {
                if !taken[p], Array(scalars[p..<(p + name.count)]) == name, boundary(scalars, p - 1),
                    boundary(scalars, p + name.count, after: true), !taken[p + name.count - 1]
                {
                    let sentence = sentences.firstIndex { $0.start <= p && p + name.count <= $0.end }
                    mentions.append(
                        EntityMention(
                            start: p, end: p + name.count,
                            text: String(String.UnicodeScalarView(name)), sentence: sentence,
                            via: .name, entity: entity))
                    for k in p..<(p + name.count) { taken[k] = true }
                    p += name.count
                } else {
                    p += 1
                }
            }
        }
        mentions.sort { $0.start < $1.start }
        let parsed = ParsedDocument(
            id: id, path: id + ".txt", text: text, published: published,
            words: text.split(separator: " ").count, headings: headings,
            sentences: sentences)
        let present = Set(mentions.map(\.entity))
        let candidates = entities.filter { present.contains($0.id) }.map {
            EntityCandidate(key: $0.id, name: $0.names.first ?? $0.id, type: $0.type, roles: $0.roles ?? [])
        }
        return ResolvedDocument(document: parsed, mentions: mentions, candidates: candidates)
    }

    static func bundle(_ documents: [ResolvedDocument], entities: [TestEntity]) -> LinkedBundle {
        let linked = entities.map { e in
            Entity(
                id: e.id, name: e.names.first ?? e.id, type: e.type, aliases: Array(e.names.dropFirst()),
                mentions: documents.flatMap { d in
                    d.mentions.filter { $0.entity == e.id }.map {
                        Mention(
                            doc: d.document.id, start: $0.start, end: $0.end, text: $0.text,
                            sentence: $0.sentence, via: $0.via, scareQuoted: $0.scareQuoted)
                    }
                })
        }
        return LinkedBundle(documents: documents, entities: linked)
    }

    /// A bundle of inline articles: (id, published, text).
    static func bundle(_ articles: [(String, String?, String)], entities: [TestEntity]) -> LinkedBundle {
        bundle(articles.map { document(id: $0.0, text: $0.2, published: $0.1, entities: entities) }, entities: entities)
    }

    private static func boundary(_ s: [Unicode.Scalar], _ i: Int, after: Bool = false) -> Bool {
        guard i >= 0, i < s.count else { return true }
        let c = s[i]
        if after, c == "'" || c == "\u{2019}" { return true }
        return !(c.properties.isAlphabetic || ("0"..."9").contains(c))
    }

    private static func trim(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> (Int, Int) {
        var a = a, b = b
        while a < b, s[a].properties.isWhitespace { a += 1 }
        while b > a, s[b - 1].properties.isWhitespace { b -= 1 }
        return (a, b)
    }

    private static func split(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var start = a
        var i = a
        while i < b - 1 {
            let c = s[i]
            if ".!?".unicodeScalars.contains(c) {
                var j = i + 1
                while j < b, "\u{201D}\"')".unicodeScalars.contains(s[j]) { j += 1 }
                if j < b - 1, s[j] == " " {
                    let next = s[j + 1]
                    if next.properties.isUppercase || ("0"..."9").contains(next) || "\u{201C}\"".unicodeScalars.contains(next) {
                        out.append((start, j))
                        start = j + 1
                        i = j + 1
                        continue
                    }
                }
            }
            i += 1
        }
        if start < b { out.append((start, b)) }
        return out
    }
}
