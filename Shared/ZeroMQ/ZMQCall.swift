internal import CZeroMQ

/// Runs one libzmq call that signals failure with a negative result, and turns the failure into
/// a `ZMQError` carrying `zmq_errno()` and `operation`.
///
/// Modelled on swift-nio's `syscall(where:_:)`: with `retryingEINTR` a call interrupted by a
/// signal is simply made again; without it the interruption is thrown like any other error, for
/// callers that must look at shutdown first. `errno` is read before `operation` is built.
@discardableResult
func zmqCall<Result: BinaryInteger>(
    _ operation: @autoclosure () -> String,
    retryingEINTR: Bool = false,
    _ body: () -> Result
) throws -> Result {
    while true {
        let result = body()
        if result >= 0 { return result }
        let code = zmq_errno()
        if retryingEINTR && code == EINTR { continue }
        throw ZMQError(code: code, operation: operation())
    }
}

/// Runs one libzmq call that signals failure with a null pointer (`zmq_socket`, `zmq_ctx_new`).
func zmqCall(
    _ operation: @autoclosure () -> String,
    _ body: () -> UnsafeMutableRawPointer?
) throws -> UnsafeMutableRawPointer {
    guard let pointer = body() else { throw ZMQError(code: zmq_errno(), operation: operation()) }
    return pointer
}
