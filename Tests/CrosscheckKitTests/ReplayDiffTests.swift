import CrosscheckKit
import CrosscheckSchema
import Foundation
import Testing

@Suite("Replay diffs and replica specs")
struct ReplayDiffTests {
    @Test("JSON differences are listed with their paths")
    func differences() {
        let a = Data(#"{"sentences":[{"start":0,"end":10}],"title":"A","extra":1}"#.utf8)
        let b = Data(#"{"sentences":[{"start":0,"end":11},{"start":12,"end":20}],"title":"B"}"#.utf8)
        let diff = JSONDiff.differences(expected: a, actual: b)
        #expect(diff.contains("payload.sentences[0].end: recorded 10, replayed 11"))
        #expect(diff.contains("payload.sentences: recorded 1 items, replayed 2"))
        #expect(diff.contains(#"payload.title: recorded "A", replayed "B""#))
        #expect(diff.contains("payload.extra: recorded 1, replayed (missing)"))
        #expect(JSONDiff.differences(expected: a, actual: a).isEmpty)
    }

    @Test("replica counts parse per stage and bad specs are refused with a reason")
    func replicas() throws {
        #expect(try ReplicaSpec.parse("parser=2,resolver=3") == [.parser: 2, .resolver: 3])
        #expect(try ReplicaSpec.parse("") == [:])
        for bad in ["parser", "coordinator=2", "resolver=0", "nobody=1", "parser=x"] {
            let error = #expect(throws: CrosscheckError.self) { try ReplicaSpec.parse(bad) }
            #expect(error?.code == .badArgument)
        }
    }

    @Test("a missing executable and an unreadable recording fail with their own codes")
    func errorCodes() throws {
        let missing = URL(fileURLWithPath: "/nonexistent/crosscheck-parser")
        let notExecutable = #expect(throws: CrosscheckError.self) {
            _ = try ChildProcess(name: "parser", executable: missing, arguments: [], logFile: nil)
        }
        #expect(notExecutable?.code == .executableMissing)
        #expect(notExecutable?.message.contains(missing.path) == true)

        let recording = URL(fileURLWithPath: "/nonexistent/recording.jsonl")
        let session = ReplaySession(recording: recording, stage: .parser, executables: ServiceExecutables(directory: missing))
        let unreadable = #expect(throws: CrosscheckError.self) { _ = try session.recordedExchanges() }
        #expect(unreadable?.code == .badRecording)
        #expect(unreadable?.code != .badArgument)
    }

    @Test("the outcome summary exits 0, 1 or 2 and names every failed input")
    func outcome() {
        let run = RunSummary(
            job: "j", seconds: 1, instances: [],
            documents: [
                DocumentFate(id: "a", path: "in/a.txt", status: .ok, attempts: 1),
                DocumentFate(id: "b", path: "in/b.txt", status: .failed, attempts: 1, error: "in/b.txt: empty file"),
            ])
        let report = RenderedReport(json: "{}", markdown: "", html: "", conflicts: 3)
        let partial = OutcomeSummary(JobResult(report: report, run: run), outputDirectory: "out")
        #expect(partial.exitCode == 1)
        #expect(partial.message.contains("1 of 2 documents") && partial.message.contains("in/b.txt: empty file"))
        #expect(OutcomeSummary(JobResult(report: nil, run: run, error: "matcher failed"), outputDirectory: "out").exitCode == 2)
    }
}
