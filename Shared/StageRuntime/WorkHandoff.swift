import CrosscheckSchema
import Foundation
import Synchronization

/// Passes requests from a worker's socket thread to its work thread and replies back.
///
/// Only envelopes and encoded frames cross threads here; each thread keeps its own socket,
/// and an inproc PAIR carries nothing but wake-up signals.
final class WorkHandoff: Sendable {
    private struct State {
        var inbox: [Envelope] = []
        var outbox: [(frame: Data, cacheable: Bool)] = []
    }
    private let state = Mutex(State())

    func submit(_ request: Envelope) { state.withLock { $0.inbox.append(request) } }

    func takeRequest() -> Envelope? {
        state.withLock { $0.inbox.isEmpty ? nil : $0.inbox.removeFirst() }
    }

    /// Hands back a reply; `cacheable` is false for errors a retry could cure.
    func deliver(_ frame: Data, cacheable: Bool) { state.withLock { $0.outbox.append((frame, cacheable)) } }

    func takeReplies() -> [(frame: Data, cacheable: Bool)] {
        state.withLock { s in
            defer { s.outbox.removeAll() }
            return s.outbox
        }
    }
}
