import CrosscheckSchema
import CrosscheckTestKit
import Foundation
import Knowledge
import Testing

@testable import ReportKit

@Suite("report on the seeds")
struct SeedReportTests {
    @Test("the seeds' report validates, is deterministic, and every quoted span is exact")
    func seeds() throws {
        let analysis = try SeedBundle.analysis()
        #expect(analysis.documents.count == 5)
        #expect(analysis.claims.count == 4)
        let writer = ReportWriter(knowledge: try KnowledgeBase.bundled())
        let clock = ContinuousClock()
        var rendered: RenderedReport?
        let elapsed = try clock.measure { rendered = try writer.render(analysis) }
        let report = try #require(rendered)
        #expect(try writer.render(analysis) == report)
        let validator = try JSONSchemaValidator(schemaData: try FixtureBundle.schemaData())
        #expect(validator.validate(Data(report.json.utf8)) == [])
        for claim in analysis.claims {
            let doc = try #require(analysis.documents.first { $0.document.id == claim.doc }?.document)
            let sentence = doc.sentences[claim.sentence]
            #expect(report.markdown.contains("  > " + SourceText(doc.text)[sentence.start, sentence.end]))
            #expect(report.markdown.contains("chars \(sentence.start)–\(sentence.end)"))
        }
        #expect(report.conflicts == 1)
        let model = writer.report(for: analysis)
        #expect(model.sources.reduce(0) { $0 + $1.loaded.count } > 0, "the bundled lexicon finds loaded language in the seeds")
        #expect(model.sources.reduce(0) { $0 + $1.hedges } > 0, "and hedges")
        for p in model.sources {
            print("profile \(p.doc): loaded \(p.loaded.count) (\(p.loaded.per1000)/1000) \(p.loaded.terms), hedges \(p.hedges)")
        }
        print(
            "seeds: report.json \(report.json.utf8.count) B, report.md \(report.markdown.utf8.count) B, report.html"
                + " \(report.html.utf8.count) B, render \(elapsed)")
    }
}
