import Foundation
import Logging
import ZeroMQ

/// The coordinator's ZAP handler (RFC 27): admits CURVE peers whose public key is known.
///
/// libzmq asks every connection to a CURVE server socket, over `inproc://zeromq.zap.01` in the
/// same context, whether to let it in. The handler answers on the coordinator's own thread
/// (its REP socket is polled with the ROUTERs), so nothing is shared between threads.
final class ZapHandler {
    static let endpoint = "inproc://zeromq.zap.01"

    let socket: Socket
    private let authorized: Set<Data>
    private let logger: Logger

    init(context: ZMQContext, authorized: Set<Data>, logger: Logger) throws {
        socket = try Socket(context, .rep)
        try socket.bind(Self.endpoint)
        self.authorized = authorized
        self.logger = logger
    }

    /// Answers every waiting request.
    func serve() throws {
        while let frames = try socket.receive(wait: false) {
            try socket.send(answer(frames))
        }
    }

    /// The reply to one request: version, request id, status code and text, user id, metadata.
    func answer(_ frames: [Data]) -> [Data] {
        guard frames.count >= 6 else { return reply(frames, "400", "malformed ZAP request") }
        let mechanism = String(decoding: frames[5], as: UTF8.self)
        let address = String(decoding: frames[3], as: UTF8.self)
        guard mechanism == "CURVE", frames.count >= 7, authorized.contains(frames[6]) else {
            logger.warning("refused a connection", metadata: ["address": "\(address)", "mechanism": "\(mechanism)"])
            return reply(frames, "400", "unknown key")
        }
        return reply(frames, "200", "OK")
    }

    private func reply(_ frames: [Data], _ code: String, _ text: String) -> [Data] {
        let requestID = frames.count > 1 ? frames[1] : Data()
        return [Data("1.0".utf8), requestID, Data(code.utf8), Data(text.utf8), Data(), Data()]
    }

    func close() { socket.close() }
}
