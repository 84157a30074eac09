import CrosscheckSchema
import CrosscheckTestKit
import Foundation
import Testing

@testable import ReportKit

@Suite("bad input and big bundles")
struct RobustnessTests {
    @Test("offsets outside the text, unknown ids and empty documents do not crash or dangle")
    func badOffsets() throws {
        let doc = ParsedDocument(
            id: "d", path: "d.txt", text: "Short text é.", headings: [TextSpan(start: 5, end: 2)],
            sentences: [Sentence(start: 0, end: 13, paragraph: 0), Sentence(start: 40, end: 90, paragraph: 0)],
            quotes: [Quote(start: 99, end: 120, kind: .speech)], removed: [RemovedSpan(start: 3, end: 400, reason: "x")])
        let empty = ParsedDocument(id: "e", path: "e.txt", text: "")
        let claims = [
            Claim(id: "d#c0", doc: "d", sentence: 7, start: 8, end: 500, text: "?", predicate: "p"),
            Claim(id: "d#c1", doc: "d", sentence: 0, start: 6, end: 12, text: "text é", predicate: "p"),
            Claim(id: "zz#c0", doc: "zz", sentence: 0, start: 0, end: 1, text: "?", predicate: "p"),
        ]
        let clusters = [
            Cluster(
                id: "k1", label: "x", claims: ["d#c0", "d#c1", "zz#c0", "missing"], docs: ["d", "zz"], status: .conflicting,
                conflicts: [SlotConflict(slot: "date", values: [SlotConflictValue(value: .text("a"), docs: ["zz"], claims: ["missing"])])])
        ]
        let analysis = Analysis(
            documents: [ResolvedDocument(document: doc), ResolvedDocument(document: empty)],
            entities: [
                Entity(
                    id: "x", name: "X", type: .other,
                    mentions: [Mention(doc: "zz", start: 0, end: 1, text: "?", sentence: 99, via: .name, scareQuoted: true)])
            ],
            claims: claims, clusters: clusters, timeline: [TimelineEntry(date: "2024-01-01", label: "", clusters: ["nope"], docs: [])])
        let rendered = try ReportWriter(vocabulary: FixtureBundle.vocabulary).render(analysis)
        let ids = Set(HTMLTests.values(of: "id", in: rendered.html))
        for link in HTMLTests.values(of: "href", in: rendered.html) where link.hasPrefix("#") {
            #expect(ids.contains(String(link.dropFirst())), "dangling \(link)")
        }
        #expect(ids.contains(AnchorID.claim("d#c1")))
        #expect(!ids.contains(AnchorID.claim("d#c0")), "a claim past the end of its text gets no anchor")
        #expect(rendered.markdown.contains("  > Short text é."))
    }

    @Test("a large bundle renders in linear time with a bounded matrix")
    func largeBundle() throws {
        var documents: [ResolvedDocument] = []
        var claims: [Claim] = []
        var clusters: [Cluster] = []
        let sentence = "The committee reportedly approved a scandalous budget of 12 million on 3 June. "
        let length = sentence.unicodeScalars.count
        for d in 0..<400 {
            let id = String(format: "doc-%04d", d)
            let text = String(repeating: sentence, count: 30)
            let sentences = (0..<30).map { Sentence(start: $0 * length, end: ($0 + 1) * length - 1, paragraph: 0) }
            documents.append(ResolvedDocument(document: ParsedDocument(id: id, path: "\(id).txt", text: text, words: 30 * 13, sentences: sentences)))
            for s in 0..<10 {
                claims.append(
                    Claim(
                        id: "\(id)#c\(s)", doc: id, sentence: s, start: s * length, end: (s + 1) * length - 1,
                        text: String(sentence.dropLast()), predicate: "approve"))
            }
        }
        for k in 0..<2000 {
            let members = (0..<2).map { claims[(k * 2 + $0) % claims.count] }
            clusters.append(
                Cluster(
                    id: "k\(k)", label: "Cluster \(k)", claims: members.map(\.id), docs: members.map(\.doc),
                    status: k % 7 == 0 ? .conflicting : .agreed))
        }
        let analysis = Analysis(documents: documents, entities: [], claims: claims, clusters: clusters)
        let clock = ContinuousClock()
        var rendered: RenderedReport?
        let elapsed = try clock.measure { rendered = try ReportWriter(vocabulary: FixtureBundle.vocabulary).render(analysis) }
        let report = try #require(rendered)
        let cells = report.html.components(separatedBy: "<td class=\"cell ").count - 1
        #expect(cells <= 40_000)
        #expect(report.html.contains("Showing 100 of 2000 clusters"))
        print("2000-cluster bundle rendered in \(elapsed)")
        let writer = ReportWriter(vocabulary: FixtureBundle.vocabulary)
        var model: Report?
        let modelTime = clock.measure { model = writer.report(for: analysis) }
        let built = try #require(model)
        let jsonTime = try clock.measure { _ = try ReportWriter.json(built) }
        let index = ReportIndex(report: built, analysis: analysis)
        let markdownTime = clock.measure { _ = MarkdownRenderer(index: index).render() }
        let htmlTime = clock.measure { _ = HTMLRenderer(index: index).render() }
        print("large bundle parts: model \(modelTime), json \(jsonTime), markdown \(markdownTime), html \(htmlTime)")
        let validator = try JSONSchemaValidator(schemaData: try FixtureBundle.schemaData())
        #expect(validator.validate(Data(report.json.utf8)) == [])
        print(
            "large bundle (400 docs, 4000 claims, 2000 clusters): json \(report.json.utf8.count) B, md \(report.markdown.utf8.count) B,"
                + " html \(report.html.utf8.count) B, render \(elapsed)")
    }
}
