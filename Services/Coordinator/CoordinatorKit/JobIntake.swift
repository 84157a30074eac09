import CrosscheckSchema
import Foundation
import Synchronization

/// Decodes submitted jobs off the coordinator's socket thread.
///
/// A `job.submit` frame carries every document of the job, so decoding it (and encoding each
/// document's `document.raw` payload) can take seconds for big documents. The socket thread
/// only reads the frame's header and hands the frame here; a background thread decodes it and
/// the socket thread collects the result on its next turn, so heartbeats never wait behind it.
final class JobIntake: Sendable {
    /// A submitted job, decoded, with each admissible document's request payload already encoded.
    struct Decoded: Sendable {
        let client: Data
        let requestID: String
        let frame: Data
        let result: Result<JobRequest, MessageCodec.DecodeFailure>
        /// Canonical `document.raw` payload bytes by document id (the first document of each id).
        let rawPayloads: [String: Data]
    }

    private let queue = DispatchQueue(label: "crosscheck.coordinator.intake")
    private let state = Mutex<(outstanding: Int, done: [Decoded])>((0, []))
    /// Documents over this size (as received) fail at once: their payloads are not encoded.
    private let maxDocumentBytes: Int

    init(maxDocumentBytes: Int) {
        self.maxDocumentBytes = maxDocumentBytes
    }

    /// Whether a job is being decoded (the socket thread then polls more often).
    var busy: Bool { state.withLock { $0.outstanding > 0 || !$0.done.isEmpty } }

    /// Decodes `frame` in the background.
    func submit(_ frame: Data, from client: Data, requestID: String) {
        state.withLock { $0.outstanding += 1 }
        queue.async { [self] in
            let decoded = Self.decode(frame, client: client, requestID: requestID, maxDocumentBytes: maxDocumentBytes)
            state.withLock {
                $0.outstanding -= 1
                $0.done.append(decoded)
            }
        }
    }

    /// The jobs decoded since the last call, in the order they were submitted.
    func take() -> [Decoded] {
        state.withLock { s in
            defer { s.done.removeAll() }
            return s.done
        }
    }

    /// Decodes one job synchronously (used when resuming from the journal).
    static func decode(_ frame: Data, client: Data, requestID: String, maxDocumentBytes: Int) -> Decoded {
        let result: Result<JobRequest, MessageCodec.DecodeFailure>
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
            for raw in request.documents where payloads[raw.id] == nil && JobState.receivedBytes(raw) <= maxDocumentBytes {
                payloads[raw.id] = try? RoutedMessage.encode(.rawDocument(raw))
            }
        }
        return Decoded(client: client, requestID: requestID, frame: frame, result: result, rawPayloads: payloads)
    }
}
