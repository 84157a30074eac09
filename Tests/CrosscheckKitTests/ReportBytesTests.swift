import CrosscheckSchema
import CrosscheckTestKit
import Foundation
import Testing

@testable import CrosscheckKit

@Suite("The client writes report files straight from the job.result bytes")
struct ReportBytesTests {
    private func awkward(_ seed: String, bytes: Int) -> String {
        AwkwardText.make(seed, bytes: bytes)
    }

    private func result(_ report: RenderedReport) -> JobResult {
        let run = RunSummary(job: "j1", seconds: 1.5, instances: [], documents: [], embeddings: nil)
        return JobResult(report: report, run: run)
    }

    private func files(in directory: URL) throws -> [String: Data] {
        var found: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            found[name] = try Data(contentsOf: directory.appendingPathComponent(name))
        }
        return found
    }

    @Test("files from the bytes equal files from the decoded report, with and without annotations")
    func sameFiles() throws {
        for annotations in [awkward("ann", bytes: 3 << 20), nil] {
            let report = RenderedReport(
                json: awkward("{\"json\":\"\"}", bytes: 2 << 20), markdown: awkward("md", bytes: 1 << 19),
                html: awkward("<p>", bytes: 300), conflicts: 4, annotations: annotations)
            let frame = try MessageCodec().encode(Envelope(job: "j1", id: "j1/result", sender: "coordinator", payload: .jobResult(result(report))))
            let kept = try #require(try JobClient.resultKeepingReport(frame))
            #expect(kept.report == nil)
            #expect(kept.hasReport && kept.conflicts == 4)
            #expect(kept.run == result(report).run)
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("report-bytes-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: root) }
            try ReportFiles.write(kept, to: root.appendingPathComponent("bytes"))
            try ReportFiles.write(result(report), to: root.appendingPathComponent("strings"))
            let fromBytes = try files(in: root.appendingPathComponent("bytes"))
            #expect(fromBytes == (try files(in: root.appendingPathComponent("strings"))))
            #expect(fromBytes["report.json"] == Data(report.json.utf8))
            #expect(fromBytes["report.annotations.jsonld"] == annotations.map { Data($0.utf8) })
            #expect(fromBytes.count == (annotations == nil ? 4 : 5))
        }
    }

    @Test("every JSON escape decodes as JSONDecoder decodes it; malformed strings are refused")
    func escapes() throws {
        let text = #""a\/b\\c\"d\b\f\n\r\t\u0000\u00e9\u20AC\ud83c\uddeb\ud83c\uddf7 é 🇫🇷""#
        let object = Data(#"{"conflicts":2,"html":"","json":\#(text),"markdown":"m","annotations":null}"#.utf8)
        let bytes = try ReportBytes(object)
        let decoded = try JSONDecoder().decode(RenderedReport.self, from: object)
        #expect(try bytes.text(.json) == decoded.json)
        #expect(try bytes.text(.json) == "a/b\\c\"d\u{8}\u{C}\n\r\t\u{0}é€🇫🇷 é 🇫🇷")
        #expect(!bytes.has(.annotations))
        for bad in [#""\ud83c""#, #""\uddeb""#, #""\u12g4""#, #""\x""#, #""abc\""#, #""\u12""#] {
            let malformed = Data(#"{"conflicts":0,"html":"","json":\#(bad),"markdown":""}"#.utf8)
            #expect(throws: ReportBytes.Failure.self) { try ReportBytes(malformed).text(.json) }
        }
        #expect(throws: ReportBytes.Failure.notAReport) { try ReportBytes(Data(#"{"json":"x"}"#.utf8)) }
    }

    @Test("other frames, and a result without a report, are left to the usual decoding")
    func otherFrames() throws {
        let none = JobResult(report: nil, run: RunSummary(job: "j", seconds: 0, instances: [], documents: []), error: "no")
        let frame = try MessageCodec().encode(Envelope(id: "r", sender: "coordinator", payload: .jobResult(none)))
        #expect(try JobClient.resultKeepingReport(frame) == nil)
        let progress = try MessageCodec().encode(Envelope(id: "p", sender: "coordinator", payload: .error(ErrorReport(code: "x", message: "y"))))
        #expect(try JobClient.resultKeepingReport(progress) == nil)
    }
}
