internal import CZeroMQ
import Foundation

/// One ZeroMQ socket, owned by exactly one thread.
///
/// A libzmq socket is not thread-safe, so this type is deliberately not `Sendable`: create it
/// on the thread (or inside the actor) that uses it and pass messages, not sockets, elsewhere.
/// Every socket is created with a short LINGER so closing never hangs on unsent messages, and
/// with a maximum message size so one bad peer cannot make us allocate without bound.
public final class Socket {
    /// Defaults applied to every new socket.
    public struct Options: Sendable {
        /// Milliseconds unsent messages may delay `close` (libzmq's default, −1, waits forever).
        public var lingerMilliseconds: Int32 = 500
        /// Largest inbound message accepted; a larger one drops the connection (silently, for
        /// the sender), so senders check `Socket.maxMessageBytes` first and fail with a reason.
        public var maxMessageBytes: Int64 = Int64(Socket.maxMessageBytes)
        /// Frames over this many bytes are sent in parts of at most this size (`LargeFrames`).
        public var partBytes = Socket.partBytes
        /// The largest frame joined from parts on receipt; bigger announced frames are not joined.
        public var maxJoinedBytes = Socket.maxJoinedBytes
        public var sendHighWaterMark: Int32 = 1000
        public var receiveHighWaterMark: Int32 = 1000

        public init() {}
    }

    /// The default largest message: 1 GiB, room for the report of a bundle of thousands of
    /// documents (the bound against a peer making us allocate without limit).
    public static let maxMessageBytes = 1 << 30

    /// The default part size for frames sent in parts: well under `maxMessageBytes`.
    public static let partBytes = 256 << 20

    /// The default largest frame a message may carry once joined from its parts (8 GiB): what a
    /// sender checks before sending (the report of a bundle of many thousands of documents fits).
    public static let maxJoinedBytes = 8 << 30

    let handle: UnsafeMutableRawPointer
    public let kind: SocketKind
    private let partBytes: Int
    private let maxJoinedBytes: Int
    private var closed = false

    public init(_ context: ZMQContext, _ kind: SocketKind, options: Options = Options()) throws {
        let handle = try zmqCall("zmq_socket") { zmq_socket(context.handle, kind.rawValue) }
        self.handle = handle
        self.kind = kind
        partBytes = options.partBytes
        maxJoinedBytes = options.maxJoinedBytes
        try setInt32(ZMQ_LINGER, options.lingerMilliseconds, "ZMQ_LINGER")
        var maxBytes = options.maxMessageBytes
        try setRaw(ZMQ_MAXMSGSIZE, &maxBytes, MemoryLayout<Int64>.size, "ZMQ_MAXMSGSIZE")
        try setInt32(ZMQ_SNDHWM, options.sendHighWaterMark, "ZMQ_SNDHWM")
        try setInt32(ZMQ_RCVHWM, options.receiveHighWaterMark, "ZMQ_RCVHWM")
    }

    deinit { close() }

    // MARK: Endpoints

    /// Binds and returns the endpoint actually bound (a `:*` or `:0` port resolved to a number).
    @discardableResult
    public func bind(_ endpoint: String) throws -> String {
        try zmqCall("zmq_bind \(endpoint)") { zmq_bind(handle, endpoint) }
        return try lastEndpoint()
    }

    public func connect(_ endpoint: String) throws {
        try zmqCall("zmq_connect \(endpoint)") { zmq_connect(handle, endpoint) }
    }

    public func disconnect(_ endpoint: String) throws {
        try zmqCall("zmq_disconnect \(endpoint)") { zmq_disconnect(handle, endpoint) }
    }

    /// The last endpoint bound, as libzmq resolved it.
    public func lastEndpoint() throws -> String {
        var buffer = [CChar](repeating: 0, count: 512)
        var size = buffer.count
        try zmqCall("zmq_getsockopt ZMQ_LAST_ENDPOINT") { zmq_getsockopt(handle, ZMQ_LAST_ENDPOINT, &buffer, &size) }
        return String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    // MARK: Options

    /// The identity a ROUTER peer will see for this socket; set before connecting.
    public func setRoutingID(_ id: Data) throws {
        try id.withUnsafeBytes { raw in
            try zmqCall("zmq_setsockopt ZMQ_ROUTING_ID") { zmq_setsockopt(handle, ZMQ_ROUTING_ID, raw.baseAddress, raw.count) }
        }
    }

    /// Queue only to completed connections (`ZMQ_IMMEDIATE`).
    public func setImmediate(_ on: Bool) throws { try setInt32(ZMQ_IMMEDIATE, on ? 1 : 0, "ZMQ_IMMEDIATE") }

    /// Make a ROUTER fail with EHOSTUNREACH instead of dropping a message to an unknown peer.
    public func setRouterMandatory(_ on: Bool) throws {
        try setInt32(ZMQ_ROUTER_MANDATORY, on ? 1 : 0, "ZMQ_ROUTER_MANDATORY")
    }

    /// Transport-level heartbeats (ZMTP PING/PONG), in milliseconds.
    public func setHeartbeat(interval: Int32, timeout: Int32) throws {
        try setInt32(ZMQ_HEARTBEAT_IVL, interval, "ZMQ_HEARTBEAT_IVL")
        try setInt32(ZMQ_HEARTBEAT_TIMEOUT, timeout, "ZMQ_HEARTBEAT_TIMEOUT")
    }

    /// Makes this socket a CURVE server with `keys` (it then accepts only CURVE clients, and
    /// asks the context's ZAP handler, if one is bound, whether to admit each).
    public func makeCurveServer(_ keys: CurveKeyPair) throws {
        try setInt32(ZMQ_CURVE_SERVER, 1, "ZMQ_CURVE_SERVER")
        try setString(ZMQ_CURVE_SECRETKEY, keys.secretKey, "ZMQ_CURVE_SECRETKEY")
        try setString(ZMQ_ZAP_DOMAIN, "crosscheck", "ZMQ_ZAP_DOMAIN")
    }

    /// Makes this socket a CURVE client of the server whose public key is `serverKey`.
    public func makeCurveClient(_ keys: CurveKeyPair, serverKey: String) throws {
        try setString(ZMQ_CURVE_SERVERKEY, serverKey, "ZMQ_CURVE_SERVERKEY")
        try setString(ZMQ_CURVE_PUBLICKEY, keys.publicKey, "ZMQ_CURVE_PUBLICKEY")
        try setString(ZMQ_CURVE_SECRETKEY, keys.secretKey, "ZMQ_CURVE_SECRETKEY")
    }

    private func setString(_ option: Int32, _ value: String, _ name: String) throws {
        let bytes = Array(value.utf8)
        try zmqCall("zmq_setsockopt \(name)") { zmq_setsockopt(handle, option, bytes, bytes.count) }
    }

    /// Subscribe a SUB socket to a topic prefix ("" for everything).
    public func subscribe(_ prefix: String) throws {
        let bytes = Array(prefix.utf8)
        try zmqCall("zmq_setsockopt ZMQ_SUBSCRIBE") { zmq_setsockopt(handle, ZMQ_SUBSCRIBE, bytes, bytes.count) }
    }

    private func setInt32(_ option: Int32, _ value: Int32, _ name: String) throws {
        var v = value
        try setRaw(option, &v, MemoryLayout<Int32>.size, name)
    }

    private func setRaw(_ option: Int32, _ value: UnsafeRawPointer, _ size: Int, _ name: String) throws {
        try zmqCall("zmq_setsockopt \(name)") { zmq_setsockopt(handle, option, value, size) }
    }

    // MARK: Messages

    /// Sends one multipart message. Returns false when it would block and `wait` is false.
    ///
    /// Interrupted sends (EINTR) are retried, as the guide recommends. A frame over the part
    /// size goes in parts (`LargeFrames`), which `receive` joins.
    @discardableResult
    public func send(_ frames: [Data], wait: Bool = true) throws -> Bool {
        let frames = LargeFrames.split(frames, partBytes: partBytes)
        for (index, frame) in frames.enumerated() {
            var flags: Int32 = index < frames.count - 1 ? ZMQ_SNDMORE : 0
            if !wait { flags |= ZMQ_DONTWAIT }
            do {
                try zmqCall("zmq_send", retryingEINTR: true) {
                    frame.withUnsafeBytes { raw in zmq_send(handle, raw.baseAddress, raw.count, flags) }
                }
            } catch let error as ZMQError where error.isWouldBlock && index == 0 {
                return false
            }
        }
        return true
    }

    /// Sends a single-frame message.
    @discardableResult
    public func send(_ frame: Data, wait: Bool = true) throws -> Bool { try send([frame], wait: wait) }

    /// Receives one whole multipart message, or nil when none is waiting and `wait` is false.
    /// A frame sent in parts comes back joined.
    public func receive(wait: Bool = true) throws -> [Data]? {
        var frames = LargeFrames.Assembler(maxJoinedBytes: maxJoinedBytes)
        var first = true
        while true {
            var message = zmq_msg_t()
            zmq_msg_init(&message)
            defer { zmq_msg_close(&message) }
            let flags: Int32 = (wait || !first) ? 0 : ZMQ_DONTWAIT
            do {
                // A later frame of a message already begun is always retried; the first is not,
                // so a blocking receive interrupted by a signal lets the caller check for shutdown.
                try zmqCall("zmq_msg_recv", retryingEINTR: !first) { zmq_msg_recv(&message, handle, flags) }
            } catch let error as ZMQError where error.isWouldBlock && first {
                return nil
            }
            first = false
            frames.add(UnsafeRawBufferPointer(start: zmq_msg_data(&message), count: zmq_msg_size(&message)))
            if zmq_msg_more(&message) == 0 { return frames.finish() }
        }
    }

    /// Waits up to `milliseconds` for a message (−1 waits forever) and receives it.
    public func receive(timeout milliseconds: Int) throws -> [Data]? {
        guard try Poller.poll([self], timeout: milliseconds).first == true else { return nil }
        return try receive(wait: false)
    }

    /// Closes the socket; safe to call twice.
    public func close() {
        guard !closed else { return }
        closed = true
        zmq_close(handle)
    }
}
