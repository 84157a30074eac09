import CZeroMQ

/// Waits on several sockets at once (`zmq_poll`), the one blocking call of an owner thread's loop.
public enum Poller {
    /// Which of `sockets` are readable after at most `timeout` milliseconds (−1 = forever).
    ///
    /// A poll interrupted by a signal returns all false, so the loop can check for shutdown.
    public static func poll(_ sockets: [Socket], timeout: Int) throws -> [Bool] {
        var items = sockets.map { zmq_pollitem_t(socket: $0.handle, fd: 0, events: Int16(ZMQ_POLLIN), revents: 0) }
        let rc = zmq_poll(&items, Int32(items.count), timeout)
        if rc < 0 {
            let error = ZMQError("zmq_poll")
            if error.isInterrupted { return Array(repeating: false, count: sockets.count) }
            throw error
        }
        return items.map { $0.revents & Int16(ZMQ_POLLIN) != 0 }
    }
}
