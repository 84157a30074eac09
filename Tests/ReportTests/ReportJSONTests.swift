import CrosscheckSchema
import CrosscheckTestKit
import Foundation
import Testing

@testable import ReportKit

@Suite("report.json bytes and schema")
struct ReportJSONTests {
    let writer = ReportWriter(vocabulary: FixtureBundle.vocabulary)

    @Test("rendering twice, or from a reordered analysis, gives identical bytes")
    func deterministic() throws {
        let clock = ContinuousClock()
        var rendered: RenderedReport?
        let elapsed = try clock.measure { rendered = try writer.render(FixtureBundle.analysis()) }
        let first = try #require(rendered)
        print(
            "fixture: report.json \(first.json.utf8.count) B, report.md \(first.markdown.utf8.count) B, report.html"
                + " \(first.html.utf8.count) B, render \(elapsed)")
        let second = try writer.render(FixtureBundle.analysis())
        let reordered = try writer.render(FixtureBundle.shuffled(FixtureBundle.analysis()))
        #expect(first.json == second.json)
        #expect(first.json == reordered.json)
        #expect(first.markdown == reordered.markdown)
        #expect(first.html == reordered.html)
        #expect(first.json.hasSuffix("}\n"))
        #expect(first.conflicts == 1)
    }

    @Test("nulls are explicit, slashes unescaped, doubles short")
    func encoding() throws {
        let json = try writer.render(FixtureBundle.analysis()).json
        #expect(json.contains("\"outlet\" : null"))
        #expect(json.contains("\"speaker\" : null"))
        #expect(json.contains("fixtures/bridge/coast-daily.txt"))
        #expect(!json.contains("\\/"))
        #expect(json.contains("\"attributedShare\" : 0.25"))
        #expect(json.contains("\"injured\" : 12"))
        // keys sorted: "claims" before "clusters" before "documents" at the top level
        let claims = try #require(json.range(of: "\n  \"claims\""))
        let clusters = try #require(json.range(of: "\n  \"clusters\""))
        let documents = try #require(json.range(of: "\n  \"documents\""))
        #expect(claims.lowerBound < clusters.lowerBound && clusters.lowerBound < documents.lowerBound)
    }

    @Test("offsets in report.json slice the original text to the quoted span")
    func offsetsSliceText() throws {
        let analysis = FixtureBundle.analysis()
        let report = writer.report(for: analysis)
        let texts = Dictionary(uniqueKeysWithValues: analysis.documents.map { ($0.document.id, SourceText($0.document.text)) })
        for claim in report.claims {
            #expect(texts[claim.doc]?[claim.start, claim.end] == claim.text, "claim \(claim.id)")
        }
        for entity in report.entities {
            for mention in entity.mentions {
                #expect(texts[mention.doc]?[mention.start, mention.end] == mention.text)
            }
        }
    }

    @Test("every report built validates against schema/report.schema.json")
    func validates() throws {
        let validator = try JSONSchemaValidator(schemaData: try FixtureBundle.schemaData())
        for analysis in [FixtureBundle.analysis(), FixtureBundle.shuffled(FixtureBundle.analysis()), Analysis(documents: [], entities: [])] {
            let json = try writer.render(analysis).json
            #expect(validator.validate(Data(json.utf8)) == [])
        }
    }

    @Test("a broken report fails with the path of what is wrong")
    func brokenReportFails() throws {
        let validator = try JSONSchemaValidator(schemaData: try FixtureBundle.schemaData())
        let json = try writer.render(FixtureBundle.analysis()).json
        var object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        var documents = try #require(object["documents"] as? [[String: Any]])
        documents[1].removeValue(forKey: "title")
        documents[0]["words"] = "many"
        object["documents"] = documents
        var clusters = try #require(object["clusters"] as? [[String: Any]])
        clusters[2]["status"] = "contested"
        object["clusters"] = clusters
        let broken = try JSONSerialization.data(withJSONObject: object)
        let errors = validator.validate(broken)
        #expect(errors.contains { $0.hasPrefix("$.documents[1]: missing required property \"title\"") }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("$.documents[0].words: expected integer") }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("$.clusters[2].status:") }, "\(errors)")
    }
}
