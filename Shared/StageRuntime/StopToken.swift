import Synchronization
import ZeroMQ

/// A Sendable flag that tells a socket loop to finish; also honours SIGINT/SIGTERM.
public final class StopToken: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    public func stop() { flag.store(true, ordering: .releasing) }

    /// True once `stop()` was called or the process received a shutdown signal.
    public var isStopped: Bool { flag.load(ordering: .acquiring) || ShutdownSignal.isRequested }
}
