internal import CZeroMQ

/// A libzmq call that failed, with the `errno` it set and `zmq_strerror`'s text for it.
public struct ZMQError: Error, Sendable, CustomStringConvertible, Equatable {
    public let code: Int32
    public let operation: String
    public let message: String

    /// Captures the current `zmq_errno()` for a failed call.
    public init(_ operation: String) {
        let code = zmq_errno()
        self.init(code: code, operation: operation)
    }

    public init(code: Int32, operation: String) {
        self.code = code
        self.operation = operation
        self.message = String(cString: zmq_strerror(code))
    }

    /// The call was interrupted by a signal; the caller should check for shutdown and retry.
    public var isInterrupted: Bool { code == EINTR }
    /// Nothing to receive or no room to send right now.
    public var isWouldBlock: Bool { code == EAGAIN }
    /// The context is shutting down; the socket must be closed.
    public var isTerminated: Bool { code == ETERM }
    /// ROUTER_MANDATORY: the peer is gone.
    public var isHostUnreachable: Bool { code == EHOSTUNREACH }

    public var description: String { "\(operation): \(message) (errno \(code))" }
}
