import CrosscheckSchema
import Foundation
import Testing

@testable import CoordinatorKit
@testable import CrosscheckTestKit

/// The coordinator's side of story mode: documents sent with their outputs skip the per-document stages.
@Suite("settled documents in a job")
struct SettledJobTests {
    @Test("a settled document is not parsed again, and only computed documents' outputs come back")
    func settledSkipsStages() {
        var request = SampleMessages.jobRequest()
        request.unreadable = []
        let settled = SettledDocument(parsed: SampleMessages.dailyParsed(), resolved: SampleMessages.dailyResolved())
        request.settled = [settled]
        request.returnSettled = true
        let job = JobState(id: "j", client: Data(), request: request, maxDocumentBytes: 1 << 20)
        let first = job.start()
        #expect(first.compactMap(\.header.document) == [SampleMessages.wireID, SampleMessages.blogID])
        #expect(job.progress.done["parser"] == 1 && job.progress.done["resolver"] == 1)
        #expect(job.computedOutputs?.isEmpty == true, "the given document's outputs are not sent back")

        var plain = request
        plain.settled = nil
        plain.returnSettled = nil
        let all = JobState(id: "j2", client: Data(), request: plain, maxDocumentBytes: 1 << 20)
        #expect(all.start().count == 3)
        #expect(all.computedOutputs == nil)
    }

    @Test("a job.submit frame's settled outputs are read from their bytes, not decoded; their documents get no raw payload")
    func settledReadFromBytes() throws {
        var request = SampleMessages.jobRequest()
        request.unreadable = []
        let settled = SettledDocument(parsed: SampleMessages.dailyParsed(), resolved: SampleMessages.dailyResolved())
        request.settled = [settled]
        request.returnSettled = true
        let frame = try MessageCodec().encode(Envelope(id: "s1", sender: "client", payload: .jobSubmit(request)))
        let intake = JobIntake(frame, client: Data(), requestID: "s1", maxDocumentBytes: 1 << 20)
        let decoded = try intake.result.get()
        #expect(decoded.settled == nil && intake.settled.map(\.id) == [settled.id])
        #expect(intake.settled.first?.warnings == settled.parsed.warnings && intake.settled.first?.vectors == nil)
        #expect(intake.rawPayloads[settled.id] == nil && intake.rawPayloads.count == request.documents.count - 1)
        let resolved = try JSONDecoder().decode(ResolvedDocument.self, from: try #require(intake.settled.first?.resolved))
        #expect(resolved == settled.resolved)
        let job = JobState(
            id: "j", client: Data(), request: decoded, maxDocumentBytes: 1 << 20, rawPayloads: intake.rawPayloads,
            settled: intake.settled)
        #expect(job.start().compactMap(\.header.document) == [SampleMessages.wireID, SampleMessages.blogID])
        #expect(
            JSONObjectBytes.elements(Data("[1, {\"a\":[2]} ,\"x\"]".utf8))?.map { String(decoding: $0, as: UTF8.self) } == [
                "1", "{\"a\":[2]}", "\"x\"",
            ])
        #expect(JSONObjectBytes.elements(Data("{}".utf8)) == nil && JSONObjectBytes.elements(Data("[]".utf8)) == [])
    }

    @Test("a per-document job ends once its documents are settled: no link request, no report, no error, the outputs back")
    func perDocumentJob() throws {
        var request = SampleMessages.jobRequest()
        request.unreadable = []
        request.documents = Array(request.documents.prefix(2))
        request.settled = [SettledDocument(parsed: SampleMessages.wireParsed(), resolved: SampleMessages.wireResolved())]
        request.returnSettled = true
        request.kind = .perDocument
        let decoded = try JSONDecoder().decode(JobRequest.self, from: try JSONEncoder().encode(request))
        #expect(decoded.kind == .perDocument, "the kind survives the wire")
        let job = JobState(id: "j", client: Data(), request: request, maxDocumentBytes: 1 << 20)
        let parse = try #require(job.start().first)
        #expect(parse.header.document == SampleMessages.dailyID)
        let parsed = try RoutedMessage(
            job: "j", id: "p", sender: "parser", document: SampleMessages.dailyID, payload: .parsedDocument(SampleMessages.dailyParsed()))
        let resolve = job.accept(parsed, facts: nil, for: WorkItem(message: parse, stage: .parser))
        #expect(resolve.map(\.header.type) == [.parsedDocument] && !job.isFinished)
        let resolved = try RoutedMessage(
            job: "j", id: "r", sender: "resolver", document: SampleMessages.dailyID,
            payload: .resolvedDocument(SampleMessages.dailyResolved()))
        let next = job.accept(resolved, facts: nil, for: WorkItem(message: resolve[0], stage: .resolver))
        #expect(next.isEmpty && job.isFinished && job.succeeded, "no link request follows")
        #expect(job.progress.done["matcher"] == 0 && job.progress.done["writer"] == 0 && job.progress.done["resolver"] == 2)
        let coordinator = WorkerAnnouncement(stage: .coordinator, instance: "c", pid: 1, host: "h")
        let result = try JSONDecoder().decode(JobResult.self, from: job.summary(coordinator: coordinator, coordinatorMessages: 3))
        #expect(result.report == nil && result.error == nil && result.run.documents.allSatisfy { $0.status == .ok })
        let settled = try #require(result.settled)
        #expect(settled.map(\.id) == [SampleMessages.dailyID], "the computed document's outputs, not the given one's")
        #expect(settled.first?.resolved == SampleMessages.dailyResolved())
    }
}
