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
}
