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

    /// The default part size for frames sent in parts: well under `maxMessageBytes`, and small
    /// beside a big frame, since a receiver holds the frame's parts (libzmq delivers a message
    /// whole) and joins them, freeing each once copied: it peaks at the frame plus one part. The
    /// environment's `CROSSCHECK_PART_BYTES` (bytes) sets another for every socket of the
    /// process and the stages it starts (tests send many small parts through real processes).
    public static let partBytes: Int = {
        guard let text = ProcessInfo.processInfo.environment["CROSSCHECK_PART_BYTES"], let bytes = Int(text), bytes > 0 else {
            return 32 << 20
        }
        return min(bytes, maxMessageBytes)
    }()

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
        try sendFrames(LargeFrames.split(frames, partBytes: partBytes), wait: wait)
    }

    /// Sends one multipart message whose frames are each given as consecutive pieces, sent as
    /// the joined frames would be (`LargeFrames.split(pieces:partBytes:)`) without joining them:
    /// a frame spliced from a big received payload goes out without a copy of that payload.
    @discardableResult
    public func send(pieces frames: [[Data]], wait: Bool = true) throws -> Bool {
        try sendFrames(LargeFrames.split(pieces: frames, partBytes: partBytes), wait: wait)
    }

    private func sendFrames(_ frames: [Data], wait: Bool) throws -> Bool {
        for (index, frame) in frames.enumerated() {
            var flags: Int32 = index < frames.count - 1 ? ZMQ_SNDMORE : 0
            if !wait { flags |= ZMQ_DONTWAIT }
            do {
                if frame.count >= Self.zeroCopyBytes {
                    try sendWithoutCopy(frame, flags: flags)
                } else {
                    try zmqCall("zmq_send", retryingEINTR: true) {
                        frame.withUnsafeBytes { raw in zmq_send(handle, raw.baseAddress, raw.count, flags) }
                    }
                }
            } catch let error as ZMQError where error.isWouldBlock && index == 0 {
                return false
            }
        }
        return true
    }

    /// Frames at least this large are handed to libzmq without a copy (`sendWithoutCopy`).
    static let zeroCopyBytes = 64 << 10

    /// Sends `frame` as a message over its own bytes: libzmq keeps a reference to the `Data`
    /// (released by `releaseFrame` once the bytes are written out) instead of copying them, so a
    /// frame of a gigabyte is not held twice while it goes out. A `Data` this large keeps its
    /// bytes in heap storage that does not move while it is referenced and not mutated.
    private func sendWithoutCopy(_ frame: Data, flags: Int32) throws {
        let owner = Unmanaged.passRetained(FrameOwner(frame))
        var message = zmq_msg_t()
        let initialised = frame.withUnsafeBytes { raw in
            zmq_msg_init_data(&message, UnsafeMutableRawPointer(mutating: raw.baseAddress), raw.count, releaseFrame, owner.toOpaque())
        }
        guard initialised == 0 else {
            owner.release()
            throw ZMQError(code: zmq_errno(), operation: "zmq_msg_init_data")
        }
        do {
            try zmqCall("zmq_msg_send", retryingEINTR: true) { zmq_msg_send(&message, handle, flags) }
        } catch {
            // Not sent: the message is still ours; closing it releases the frame.
            zmq_msg_close(&message)
            throw error
        }
    }

    /// Sends a single-frame message.
    @discardableResult
    public func send(_ frame: Data, wait: Bool = true) throws -> Bool { try send([frame], wait: wait) }

    /// Receives one whole multipart message, or nil when none is waiting and `wait` is false.
    /// A frame sent in parts comes back joined. A frame of `zeroCopyBytes` or more that is no
    /// part is the `Data` over libzmq's own buffer (closed when the `Data` goes), not a copy.
    public func receive(wait: Bool = true) throws -> [Data]? {
        var frames = LargeFrames.Assembler(maxJoinedBytes: maxJoinedBytes)
        var first = true
        while true {
            let message = UnsafeMutablePointer<zmq_msg_t>.allocate(capacity: 1)
            zmq_msg_init(message)
            var owned = true
            defer {
                if owned {
                    zmq_msg_close(message)
                    message.deallocate()
                }
            }
            let flags: Int32 = (wait || !first) ? 0 : ZMQ_DONTWAIT
            do {
                // A later frame of a message already begun is always retried; the first is not,
                // so a blocking receive interrupted by a signal lets the caller check for shutdown.
                try zmqCall("zmq_msg_recv", retryingEINTR: !first) { zmq_msg_recv(message, handle, flags) }
            } catch let error as ZMQError where error.isWouldBlock && first {
                return nil
            }
            first = false
            let more = zmq_msg_more(message) != 0
            let size = zmq_msg_size(message)
            if size >= Self.zeroCopyBytes, !frames.isJoining, let bytes = zmq_msg_data(message) {
                owned = false
                let address = Int(bitPattern: message)
                frames.add(
                    Data(
                        bytesNoCopy: bytes, count: size,
                        deallocator: .custom { _, _ in
                            guard let message = UnsafeMutablePointer<zmq_msg_t>(bitPattern: address) else { return }
                            zmq_msg_close(message)
                            message.deallocate()
                        }))
            } else {
                frames.add(UnsafeRawBufferPointer(start: zmq_msg_data(message), count: size))
            }
            if !more { return frames.finish() }
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

/// Keeps a frame's bytes alive while libzmq sends them without a copy.
private final class FrameOwner {
    let frame: Data

    init(_ frame: Data) {
        self.frame = frame
    }
}

/// libzmq's free function for a frame sent without a copy: lets go of its `FrameOwner` (called
/// on libzmq's I/O thread once the bytes are written out, or when the message is closed unsent).
private func releaseFrame(_ data: UnsafeMutableRawPointer?, _ hint: UnsafeMutableRawPointer?) {
    guard let hint else { return }
    Unmanaged<FrameOwner>.fromOpaque(hint).release()
}
