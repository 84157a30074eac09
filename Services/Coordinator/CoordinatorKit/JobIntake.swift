import CrosscheckSchema
import Foundation
import Synchronization

/// A submitted job decoded off the coordinator's socket thread (see `OffThread`).
///
/// A `job.submit` frame carries every document of the job, so decoding it (and encoding each
/// document's `document.raw` payload) can take seconds for big documents. The socket thread
/// only reads the frame's header and hands the frame on; it picks the decoded job up later.
struct JobIntake: Sendable {
    let client: Data
    let requestID: String
    let frame: Data
    let result: Result<JobRequest, MessageCodec.DecodeFailure>
    /// Canonical `document.raw` payload bytes by document id (the first document of each id).
    let rawPayloads: [String: Data]

    /// Decodes one job; documents over `maxDocumentBytes` (as received) get no payload, they fail at once.
    init(_ frame: Data, client: Data, requestID: String, maxDocumentBytes: Int) {
        self.client = client
        self.requestID = requestID
        self.frame = frame
        switch MessageCodec().decode(frame) {
        case .failure(let failure):
            result = .failure(failure)
        case .success(let envelope):
            if case .jobSubmit(let request) = envelope.payload {
                result = .success(request)
            } else {
                result = .failure(MessageCodec.DecodeFailure(reason: .invalidPayload, detail: "not a job.submit", messageID: envelope.id))
            }
        }
        var payloads: [String: Data] = [:]
        if case .success(let request) = result {
            // Documents sent with their outputs are not parsed again: no payload for them.
            let settled = Set((request.settled ?? []).map(\.id))
            for raw in request.documents
            where payloads[raw.id] == nil && !settled.contains(raw.id) && JobState.receivedBytes(raw) <= maxDocumentBytes {
                // try?: a decoded document encodes again; without it `JobState.start` builds the request itself.
                payloads[raw.id] = try? RoutedMessage.encode(.rawDocument(raw))
            }
        }
        rawPayloads = payloads
    }
}
