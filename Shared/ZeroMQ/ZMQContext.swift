internal import CZeroMQ

/// A libzmq context: the I/O threads behind every socket of a process.
///
/// A context is thread-safe and may be shared; its sockets may not (see `Socket`). Close every
/// socket before the context goes away: termination waits for them, bounded by their LINGER.
public final class ZMQContext: @unchecked Sendable {
    let handle: UnsafeMutableRawPointer

    public init() throws {
        let handle = try zmqCall("zmq_ctx_new") { zmq_ctx_new() }
        self.handle = handle
    }

    /// The libzmq version this process is linked against, as "major.minor.patch".
    public static var libraryVersion: String {
        var major: Int32 = 0, minor: Int32 = 0, patch: Int32 = 0
        zmq_version(&major, &minor, &patch)
        return "\(major).\(minor).\(patch)"
    }

    /// Whether the library was built with a capability ("curve", "ipc", …).
    public static func has(_ capability: String) -> Bool { zmq_has(capability) != 0 }

    /// Makes blocking calls on this context's sockets return ETERM, so owner threads can exit.
    public func shutdown() { zmq_ctx_shutdown(handle) }

    deinit {
        // A deinit cannot throw; termination failing for another reason than EINTR leaves
        // nothing to do but let the process go on.
        _ = try? zmqCall("zmq_ctx_term", retryingEINTR: true) { zmq_ctx_term(handle) }
    }
}
