import Foundation
import Synchronization

/// Turns SIGINT and SIGTERM into a flag that socket loops check between polls.
///
/// Loops poll with short timeouts and exit cleanly (closing sockets, which honours LINGER)
/// once `isRequested` is true; blocking libzmq calls interrupted by the signal return EINTR,
/// which `Socket` and `Poller` treat as "look at the flag".
public enum ShutdownSignal {
    private static let requested = Atomic<Bool>(false)
    private static let installed = Mutex<[any DispatchSourceSignal]>([])

    /// Whether a shutdown signal has arrived (or `request()` was called).
    public static var isRequested: Bool { requested.load(ordering: .acquiring) }

    /// Asks every loop in this process to finish.
    public static func request() { requested.store(true, ordering: .releasing) }

    /// Installs the SIGINT/SIGTERM handlers once per process.
    public static func install() {
        installed.withLock { sources in
            guard sources.isEmpty else { return }
            for sig in [SIGINT, SIGTERM] {
                signal(sig, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
                source.setEventHandler { ShutdownSignal.request() }
                source.resume()
                sources.append(source)
            }
        }
    }
}
