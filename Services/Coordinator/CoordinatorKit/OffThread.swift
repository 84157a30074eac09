import Dispatch
import Synchronization

/// Runs slow decoding work off the coordinator's socket thread and hands the results back.
///
/// The socket thread submits work and collects what is done on each turn of its loop; it
/// polls more often while anything is outstanding. Work runs in submission order on one
/// background thread, so results come back in that order too.
final class OffThread<Output: Sendable>: Sendable {
    private let queue: DispatchQueue
    private let state = Mutex<(outstanding: Int, done: [Output])>((0, []))

    init(label: String) {
        queue = DispatchQueue(label: label)
    }

    /// Whether anything is being worked on or waits to be collected.
    var busy: Bool { state.withLock { $0.outstanding > 0 || !$0.done.isEmpty } }

    func submit(_ work: @escaping @Sendable () -> Output) {
        state.withLock { $0.outstanding += 1 }
        queue.async { [self] in
            let output = work()
            state.withLock {
                $0.outstanding -= 1
                $0.done.append(output)
            }
        }
    }

    /// The results finished since the last call, in submission order.
    func take() -> [Output] {
        state.withLock { s in
            defer { s.done.removeAll() }
            return s.done
        }
    }
}
