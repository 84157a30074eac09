import CrosscheckSchema
import Foundation

@testable import ReportKit

/// Builds one article's text and records its spans in code points, so fixtures never hand-count offsets.
struct ArticleBuilder {
    let id: String
    var text = ""
    var headings: [TextSpan] = []
    var paragraphs: [TextSpan] = []
    var sentences: [Sentence] = []
    var quotes: [Quote] = []

    init(id: String) { self.id = id }

    private var length: Int { text.unicodeScalars.count }

    mutating func heading(_ line: String) {
        let start = length
        text += line
        headings.append(TextSpan(start: start, end: length))
        text += "\n\n"
    }

    mutating func paragraph(_ parts: [String]) {
        let start = length
        for (i, part) in parts.enumerated() {
            if i > 0 { text += " " }
            let s = length
            text += part
            sentences.append(Sentence(start: s, end: length, paragraph: paragraphs.count))
        }
        paragraphs.append(TextSpan(start: start, end: length))
        text += "\n\n"
    }

    /// The span of the first occurrence of `needle` inside body sentence `sentence`.
    func span(_ needle: String, in sentence: Int) -> TextSpan {
        let s = sentences[sentence]
        let scalars = Array(text.unicodeScalars)
        let hay = Array(scalars[s.start..<s.end]), pin = Array(needle.unicodeScalars)
        guard pin.count <= hay.count else { fatalError("fixture: \(needle) not in sentence") }
        for i in 0...(hay.count - pin.count) where Array(hay[i..<i + pin.count]) == pin {
            return TextSpan(start: s.start + i, end: s.start + i + pin.count)
        }
        fatalError("fixture: \(needle) not in sentence \(sentence) of \(id)")
    }

    func document(title: String?, outlet: String?, published: String?, authors: [String] = []) -> ParsedDocument {
        let words = TermMatcher.tokens(of: text).count
        return ParsedDocument(
            id: id, path: "fixtures/bridge/\(id).txt", text: text, title: title, outlet: outlet,
            authors: authors, published: published, words: words, headings: headings,
            paragraphs: paragraphs, sentences: sentences, quotes: quotes)
    }

    func claim(
        _ n: Int, sentence: Int, _ needle: String, speaker: String? = nil, modality: Modality = .asserted,
        subject: [String], predicate: String, object: String? = nil, slots: [String: SlotValue] = [:]
    ) -> Claim {
        let span = span(needle, in: sentence)
        return Claim(
            id: "\(id)#c\(n)", doc: id, sentence: sentence, start: span.start, end: span.end, text: needle,
            speaker: speaker, modality: modality, subject: subject, predicate: predicate, object: object, slots: slots)
    }

    func mention(_ needle: String, sentence: Int, via: MentionVia = .name, scareQuoted: Bool = false) -> Mention {
        let span = span(needle, in: sentence)
        return Mention(doc: id, start: span.start, end: span.end, text: needle, sentence: sentence, via: via, scareQuoted: scareQuoted)
    }
}

/// A small fictional bundle about a bridge collapse, with a conflict, an evolving claim, an
/// agreed claim, single-source claims, hedging, scare quotes and one hostile article.
enum FixtureBundle {
    static let hostileScript = "<script>alert(\"x\")</script>"
    static let hostileImage = "\"><img src=x onerror=alert(1)>"

    static let vocabulary = ProfileVocabulary(
        loadedTerms: [
            .init(term: "scandalous", category: "loaded-language"),
            .init(term: "cover-up", category: "name-calling"),
            .init(term: "so-called", category: "doubt"),
            .init(term: "catastrophic failure", category: "exaggeration"),
        ],
        hedges: ["reportedly", "may", "it appears"])

    static func analysis() -> Analysis {
        var a = ArticleBuilder(id: "harbour-times")
        a.heading("Old Mill bridge collapses in Varnholm")
        a.paragraph([
            "The Old Mill bridge in Varnholm collapsed on 1 May 2024, injuring 12 people.",
            "Mayor Ilse Brandt said the council had ignored repeated warnings.",
            "Critics call the repair programme a scandalous cover-up and a catastrophic failure.",
        ])
        a.paragraph([
            "The cause reportedly remains unclear.",
            "“We were told it was safe,” a resident said.",
            "The bridge has been closed to traffic.",
            "An inquiry is under consideration.",
        ])
        a.quotes = [
            Quote(
                start: a.span("“We were told it was safe,”", in: 4).start,
                end: a.span("“We were told it was safe,”", in: 4).end, kind: .speech, sentence: 4)
        ]

        var b = ArticleBuilder(id: "coast-daily")
        b.heading("Varnholm | bridge * collapse _ inquiry")
        b.paragraph([
            "The Old Mill bridge collapsed on 2 May 2024, injuring 15 people.",
            "Engineers may have missed corrosion in the main span.",
            "The so-called “Council” denied any wrongdoing.",
            "The crossing is now closed to all traffic.",
            "An inquiry was formally opened on 3 May.",
        ])
        b.quotes = [Quote(start: b.span("“Council”", in: 2).start, end: b.span("“Council”", in: 2).end, kind: .scare, sentence: 2)]

        var c = ArticleBuilder(id: "hostile")
        c.heading("Bridge \(hostileScript)")
        c.paragraph([
            "Officials said the bridge \(hostileImage) collapsed on 1 May 2024.",
            "A \(hostileScript) repair fund | was announced.",
        ])

        let docA = a.document(
            title: "Old Mill bridge collapses in Varnholm", outlet: "Harbour Times", published: "2024-05-02", authors: ["Tove Lind"])
        let docB = b.document(title: "Varnholm | bridge * collapse _ inquiry", outlet: nil, published: "2024-05-03")
        let docC = c.document(title: "Bridge \(hostileScript)", outlet: "\(hostileImage)", published: "2024-05-04")

        let claims = [
            a.claim(
                0, sentence: 0, "The Old Mill bridge in Varnholm collapsed on 1 May 2024, injuring 12 people.",
                subject: ["old-mill-bridge"], predicate: "collapse", slots: ["date": .text("2024-05-01"), "injured": .number(12)]),
            a.claim(
                1, sentence: 1, "the council had ignored repeated warnings", speaker: "ilse-brandt", modality: .reported,
                subject: ["varnholm-council"], predicate: "ignore", object: "repeated warnings"),
            a.claim(2, sentence: 5, "The bridge has been closed to traffic.", subject: ["old-mill-bridge"], predicate: "close"),
            a.claim(
                3, sentence: 6, "An inquiry is under consideration.", subject: ["inquiry"], predicate: "open",
                slots: ["stage": .text("under consideration")]),
            b.claim(
                0, sentence: 0, "The Old Mill bridge collapsed on 2 May 2024, injuring 15 people.",
                subject: ["old-mill-bridge"], predicate: "collapse", slots: ["date": .text("2024-05-02"), "injured": .number(15)]),
            b.claim(
                1, sentence: 1, "Engineers may have missed corrosion in the main span.", modality: .hedged,
                subject: ["engineers"], predicate: "miss", object: "corrosion"),
            b.claim(2, sentence: 3, "The crossing is now closed to all traffic.", subject: ["old-mill-bridge"], predicate: "close"),
            b.claim(
                3, sentence: 4, "An inquiry was formally opened on 3 May.", subject: ["inquiry"], predicate: "open",
                slots: ["stage": .text("opened")]),
            c.claim(
                0, sentence: 0, "the bridge \(hostileImage) collapsed on 1 May 2024", speaker: "varnholm-officials", modality: .reported,
                subject: ["old-mill-bridge"], predicate: "collapse", slots: ["date": .text("2024-05-01")]),
            c.claim(1, sentence: 1, "A \(hostileScript) repair fund | was announced.", subject: ["repair-fund"], predicate: "announce"),
        ]

        let clusters = [
            Cluster(
                id: "k1", label: "Collapse of the Old Mill bridge", claims: ["harbour-times#c0", "coast-daily#c0", "hostile#c0"],
                docs: ["harbour-times", "coast-daily", "hostile"], status: .conflicting,
                conflicts: [
                    SlotConflict(
                        slot: "date",
                        values: [
                            SlotConflictValue(value: .text("2024-05-02"), docs: ["coast-daily"], claims: ["coast-daily#c0"]),
                            SlotConflictValue(
                                value: .text("2024-05-01"), docs: ["hostile", "harbour-times"], claims: ["hostile#c0", "harbour-times#c0"]),
                        ]),
                    SlotConflict(
                        slot: "injured",
                        values: [
                            SlotConflictValue(value: .number(15), docs: ["coast-daily"], claims: ["coast-daily#c0"]),
                            SlotConflictValue(value: .number(12), docs: ["harbour-times"], claims: ["harbour-times#c0"]),
                        ]),
                ]),
            Cluster(id: "k10", label: "Repair fund \(hostileScript)", claims: ["hostile#c1"], docs: ["hostile"], status: .singleSource),
            Cluster(id: "k2", label: "Council ignored warnings", claims: ["harbour-times#c1"], docs: ["harbour-times"], status: .singleSource),
            Cluster(id: "k3", label: "Corrosion missed", claims: ["coast-daily#c1"], docs: ["coast-daily"], status: .singleSource),
            Cluster(
                id: "k4", label: "Bridge closed to traffic", claims: ["coast-daily#c2", "harbour-times#c2"],
                docs: ["harbour-times", "coast-daily"], status: .agreed),
            Cluster(
                id: "k5", label: "Inquiry into the collapse", claims: ["harbour-times#c3", "coast-daily#c3"],
                docs: ["harbour-times", "coast-daily"], status: .evolving,
                conflicts: [
                    SlotConflict(
                        slot: "stage",
                        values: [
                            SlotConflictValue(value: .text("under consideration"), docs: ["harbour-times"], claims: ["harbour-times#c3"]),
                            SlotConflictValue(value: .text("opened"), docs: ["coast-daily"], claims: ["coast-daily#c3"]),
                        ])
                ]),
        ]

        let entities = [
            Entity(
                id: "varnholm-council", name: "Varnholm Council", type: .organization, aliases: ["Council", "the council", "Council"],
                mentions: [b.mention("Council", sentence: 2, scareQuoted: true), a.mention("council", sentence: 1, via: .alias)]),
            Entity(
                id: "ilse-brandt", name: "Ilse Brandt", type: .person, aliases: ["Mayor Ilse Brandt", "Brandt"],
                mentions: [a.mention("Mayor Ilse Brandt", sentence: 1, via: .role)]),
            Entity(
                id: "old-mill-bridge", name: "Old Mill bridge", type: .other, aliases: ["the crossing", "<b>bridge</b>"],
                mentions: [
                    b.mention("Old Mill bridge", sentence: 0), a.mention("Old Mill bridge", sentence: 0),
                    b.mention("The crossing", sentence: 3, via: .alias),
                ]),
            Entity(
                id: "varnholm", name: "Varnholm", type: .place, wikidata: nil, aliases: [],
                mentions: [a.mention("Varnholm", sentence: 0)]),
            Entity(
                id: "varnholm-officials", name: "Officials \(hostileImage)", type: .other, aliases: [hostileScript],
                mentions: [c.mention("Officials", sentence: 0)]),
        ]

        let timeline = [
            TimelineEntry(date: "2024-05-03", label: "Inquiry opened", clusters: ["k5"], docs: ["coast-daily"]),
            TimelineEntry(
                date: "2024-05-01", label: "Old Mill bridge collapses \(hostileScript)", clusters: ["k1"], docs: ["hostile", "harbour-times"]),
        ]

        return Analysis(
            documents: [docB, docC, docA].map { ResolvedDocument(document: $0) },
            entities: entities, claims: claims, clusters: clusters, timeline: timeline,
            failed: [FailedInput(id: "broken", path: "fixtures/bridge/broken.txt", error: "not UTF-8 <b>text</b>")])
    }

    /// The same analysis with every list reversed: a writer that sorts gives the same bytes.
    static func shuffled(_ analysis: Analysis) -> Analysis {
        var copy = analysis
        copy.documents.reverse()
        copy.entities = copy.entities.reversed().map {
            var e = $0
            e.mentions.reverse()
            e.aliases.reverse()
            return e
        }
        copy.claims.reverse()
        copy.clusters = copy.clusters.reversed().map {
            var k = $0
            k.claims.reverse()
            k.docs.reverse()
            k.conflicts.reverse()
            return k
        }
        copy.timeline.reverse()
        return copy
    }

    /// The repository's `schema/report.schema.json`.
    static func schemaData() throws -> Data {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try Data(contentsOf: root.appendingPathComponent("schema/report.schema.json"))
    }
}
