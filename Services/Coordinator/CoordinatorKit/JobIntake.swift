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
    /// The request's `settled` outputs, read from their bytes (the decoded request has none).
    let settled: [SettledPayload]

    /// Decodes one job; documents over `maxDocumentBytes` (as received) get no payload, they fail at once.
    init(_ frame: Data, client: Data, requestID: String, maxDocumentBytes: Int) {
        self.client = client
        self.requestID = requestID
        self.frame = frame
        let (lean, settled) = Self.takeSettled(frame)
        self.settled = settled
        switch MessageCodec().decode(lean) {
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
            let settled = Set(settled.map(\.id))
            for raw in request.documents
            where payloads[raw.id] == nil && !settled.contains(raw.id) && JobState.receivedBytes(raw) <= maxDocumentBytes {
                // try?: a decoded document encodes again; without it `JobState.start` builds the request itself.
                payloads[raw.id] = try? RoutedMessage.encode(.rawDocument(raw))
            }
        }
        rawPayloads = payloads
    }

    /// The frame without its request's `settled` member, and that member's outputs read from
    /// their bytes: a story sends thousands, and decoding them only to encode them again for
    /// the linker would cost more than the rest of the request.
    static func takeSettled(_ frame: Data) -> (frame: Data, settled: [SettledPayload]) {
        guard case .success(let message) = RoutedMessage.split(frame), message.header.type == .jobSubmit,
            let request = JSONObjectBytes(message.payload), let member = request.value("settled"),
            let elements = JSONObjectBytes.elements(member),
            // try?: a header that was just read encodes again; if not, the frame is decoded whole.
            let lean = try? RoutedMessage(header: message.header, payload: request.setting("settled", to: nil)).frame
        else { return (frame, []) }
        return (lean, elements.compactMap(SettledPayload.init))
    }
}
