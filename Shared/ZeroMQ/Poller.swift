internal import CZeroMQ

/// Waits on several sockets at once (`zmq_poll`), the one blocking call of an owner thread's loop.
public enum Poller {
    /// Which of `sockets` are readable after at most `timeout` milliseconds (−1 = forever).
    ///
    /// A poll interrupted by a signal returns all false, so the loop can check for shutdown.
    public static func poll(_ sockets: [Socket], timeout: Int) throws -> [Bool] {
        var items = sockets.map { zmq_pollitem_t(socket: $0.handle, fd: 0, events: Int16(ZMQ_POLLIN), revents: 0) }
        do {
            try zmqCall("zmq_poll") { zmq_poll(&items, Int32(items.count), timeout) }
        } catch let error as ZMQError where error.isInterrupted {
            return Array(repeating: false, count: sockets.count)
        }
        return items.map { $0.revents & Int16(ZMQ_POLLIN) != 0 }
    }
}
