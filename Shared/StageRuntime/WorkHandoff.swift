import CrosscheckSchema
import Foundation
import Synchronization

/// Passes requests from a worker's socket thread to its work thread and replies back.
///
/// Only envelopes and encoded frames cross threads here; each thread keeps its own socket,
/// and an inproc PAIR carries nothing but wake-up signals.
final class WorkHandoff: Sendable {
    /// A request for the work thread: decoded already, or a big frame it decodes itself, so
    /// that the socket thread (which heartbeats) never spends seconds parsing a large document.
    enum Request: Sendable {
        case envelope(Envelope)
        case frame(Data, header: RoutedMessage.Header)
    }

    private struct State {
        var inbox: [Request] = []
        var outbox: [(frame: Data, cacheable: Bool)] = []
        var failure: ErrorReport?
    }
    private let state = Mutex(State())

    func submit(_ request: Request) { state.withLock { $0.inbox.append(request) } }

    func takeRequest() -> Request? {
        state.withLock { $0.inbox.isEmpty ? nil : $0.inbox.removeFirst() }
    }

    /// Hands back a reply; `cacheable` is false for errors a retry could cure.
    func deliver(_ frame: Data, cacheable: Bool) { state.withLock { $0.outbox.append((frame, cacheable)) } }

    /// Records why the work thread stopped; the socket thread then stops the worker with it.
    func fail(_ report: ErrorReport) { state.withLock { $0.failure = report } }

    /// Why the work thread stopped, if it did.
    var failure: ErrorReport? { state.withLock { $0.failure } }

    func takeReplies() -> [(frame: Data, cacheable: Bool)] {
        state.withLock { s in
            defer { s.outbox.removeAll() }
            return s.outbox
        }
    }
}
