import CrosscheckSchema
import CrosscheckTestKit
import Foundation
import Knowledge
import MatcherKit
import ParserKit
import ResolverKit
import Testing

@testable import ReportKit

/// `report.annotations.jsonld` against the W3C Web Annotation data model: the required fields,
/// and every TextQuoteSelector resolving to exactly one place, the one its TextPositionSelector names.
@Suite("W3C Web Annotations")
struct AnnotationTests {
    /// Checks the collection and returns its items; `texts` maps a target source to the document text.
    static func validate(_ json: String, texts: [String: String]) throws -> [[String: Any]] {
        let root = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(root["@context"] as? String == "http://www.w3.org/ns/anno.jsonld")
        #expect(root["type"] as? String == "AnnotationCollection")
        #expect((root["id"] as? String)?.contains(":") == true)
        let page = try #require(root["first"] as? [String: Any])
        #expect(page["type"] as? String == "AnnotationPage")
        #expect(page["partOf"] as? String == root["id"] as? String)
        let items = try #require(page["items"] as? [[String: Any]])
        #expect(root["total"] as? Int == items.count)
        let motivations: Set<String> = [
            "assessing", "bookmarking", "classifying", "commenting", "describing", "editing",
            "highlighting", "identifying", "linking", "moderating", "questioning", "replying", "tagging",
        ]
        var ids = Set<String>()
        for item in items {
            let id = try #require(item["id"] as? String)
            #expect(id.contains(":") && !id.contains(" ") && ids.insert(id).inserted, "annotation ids are unique IRIs: \(id)")
            #expect(item["type"] as? String == "Annotation")
            #expect(motivations.contains(item["motivation"] as? String ?? ""))
            let bodies = try #require(item["body"] as? [[String: Any]])
            #expect(!bodies.isEmpty)
            for body in bodies {
                #expect(body["type"] as? String == "TextualBody" && !(body["value"] as? String ?? "").isEmpty)
                #expect(motivations.contains(body["purpose"] as? String ?? ""))
            }
            let target = try #require(item["target"] as? [String: Any])
            let source = try #require(target["source"] as? String)
            let text = try #require(texts[source], "target \(source) names no document")
            let selectors = try #require(target["selector"] as? [[String: Any]])
            let quote = try #require(selectors.first { $0["type"] as? String == "TextQuoteSelector" })
            let position = try #require(selectors.first { $0["type"] as? String == "TextPositionSelector" })
            let exact = try #require(quote["exact"] as? String), prefix = try #require(quote["prefix"] as? String)
            let suffix = try #require(quote["suffix"] as? String)
            let start = try #require(position["start"] as? Int), end = try #require(position["end"] as? Int)
            #expect(!exact.isEmpty && start < end)
            let places = resolve(exact: exact, prefix: prefix, suffix: suffix, in: text)
            #expect(places == [start], "\(id): quote resolves to \(places), position says \(start)")
            #expect(SourceText(text)[start, end] == exact)
        }
        return items
    }

    /// Every code point offset where `prefix + exact + suffix` matches with `exact` starting there.
    static func resolve(exact: String, prefix: String, suffix: String, in text: String) -> [Int] {
        let s = Array(text.unicodeScalars), e = Array(exact.unicodeScalars)
        let p = Array(prefix.unicodeScalars), x = Array(suffix.unicodeScalars)
        var found: [Int] = []
        var i = p.count
        while i + e.count + x.count <= s.count {
            if Array(s[i..<(i + e.count)]) == e, Array(s[(i - p.count)..<i]) == p,
                Array(s[(i + e.count)..<(i + e.count + x.count)]) == x
            {
                found.append(i)
            }
            i += 1
        }
        return found
    }

    static func texts(_ analysis: Analysis, report: Report) -> [String: String] {
        var texts: [String: String] = [:]
        for doc in analysis.documents {
            let url = report.documents.first { $0.id == doc.document.id }?.url
            texts[url ?? "urn:crosscheck:document:\(AnnotationWriter.iri(doc.document.id))"] = doc.document.text
        }
        return texts
    }

    @Test("the seeds plus an edited repost of one of them: conflicts and shared passages annotated, every quote unique")
    func seedsWithARepost() throws {
        let knowledge = try KnowledgeBase.bundled()
        let parser = ArticleParser(knowledge: knowledge)
        let files = try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        var raws = try files.map { name in
            RawDocument(
                id: String(name.dropLast(4)), path: "seeds/\(name)", data: try Data(contentsOf: RepositoryPaths.seeds.appendingPathComponent(name)))
        }
        let source = try #require(raws.last)
        let edited = source.content.replacingOccurrences(of: " the ", with: " this ", options: [], range: nil)
        raws.append(RawDocument(id: "repost", path: "repost.txt", encoding: .utf8, content: edited, bytes: edited.utf8.count))
        let resolver = try EntityResolver(knowledge: knowledge)
        let resolved = try raws.map { resolver.resolve(try parser.parse($0)) }
        let analysis = try ClaimMatcher(knowledge: knowledge).analyse(try EntityLinker(knowledge: knowledge).link(resolved))
        let writer = ReportWriter(knowledge: knowledge)
        let rendered = try writer.render(analysis)
        let report = writer.report(for: analysis)
        #expect(report.reprints.contains { Set($0.docs) == [source.id, "repost"] && !$0.passages.isEmpty })
        #expect(rendered.markdown.contains("## Shared text") && rendered.html.contains("<section id=\"shared\"><h2>Shared text</h2>"))
        #expect(
            rendered.markdown.split(separator: "\n").contains { $0.hasPrefix("### ") && $0.contains("`\(source.id)`") && $0.contains("↔ `repost`") }
                || rendered.markdown.contains("`repost` ↔ `\(source.id)`"))
        let annotations = try #require(rendered.annotations)
        let items = try Self.validate(annotations, texts: Self.texts(analysis, report: report))
        #expect(items.contains { $0["motivation"] as? String == "linking" })
        let annotated = report.clusters.filter { ["conflicting", "disputed", "evolving"].contains($0.status.rawValue) }
        #expect(items.filter { $0["motivation"] as? String == "assessing" }.count == annotated.reduce(0) { $0 + $1.claims.count })
        #expect(!annotated.isEmpty)
        #expect(try writer.render(analysis).annotations == annotations, "deterministic")
    }

    @Test("a quote that occurs many times gets a prefix and suffix long enough to tell it apart; targets use the URL when known")
    func repeatedQuotes() throws {
        let line = "The river rose again. "
        let text = String(repeating: line, count: 40) + "The river rose again."
        var doc = ParsedDocument(id: "gauge", path: "gauge.txt", text: text, sentences: [])
        doc.url = "https://example.org/gauge"
        let starts = [0, 22 * 17, 22 * 40]
        let claims = starts.enumerated().map { n, start in
            Claim(
                id: "gauge#c\(n)", doc: "gauge", sentence: n, start: start, end: start + 20, text: "The river rose again",
                speaker: nil, modality: .asserted, subject: [], predicate: "rise", object: nil, slots: [:])
        }
        let analysis = Analysis(
            documents: [ResolvedDocument(document: doc)], entities: [], claims: claims,
            clusters: [Cluster(id: "k1", label: "River rises", claims: claims.map(\.id), docs: ["gauge"], status: .evolving)])
        let report = ReportWriter(vocabulary: FixtureBundle.vocabulary).report(for: analysis)
        let json = try AnnotationWriter(report: report, analysis: analysis).json()
        let items = try Self.validate(json, texts: ["https://example.org/gauge": text])
        #expect(items.count == 3)
    }

    @Test("the fixture's conflicting and evolving clusters give one annotation per claim, naming the other side")
    func fixture() throws {
        let analysis = FixtureBundle.analysis()
        let report = ReportWriter(vocabulary: FixtureBundle.vocabulary).report(for: analysis)
        let json = try AnnotationWriter(report: report, analysis: analysis).json()
        let items = try Self.validate(json, texts: Self.texts(analysis, report: report))
        #expect(items.count == 5)
        let values = items.compactMap { ($0["body"] as? [[String: Any]])?.first?["value"] as? String }
        #expect(values.contains { $0.hasPrefix("Cluster k1 (conflicting)") && $0.contains("Other side: date 2024-05-02 in coast-daily") })
        #expect(values.contains { $0.hasPrefix("Cluster k5 (evolving)") && $0.contains("stage opened in coast-daily") })
    }
}
