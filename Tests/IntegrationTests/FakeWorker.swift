import CrosscheckSchema
import Foundation
import ZeroMQ

/// A misbehaving stage worker in the test process, on a real TCP socket to a real coordinator.
///
/// It announces itself and heartbeats like a live worker, then answers requests according to
/// `behaviour`: never (a silent heartbeater), or with a reply about another document.
final class FakeWorker: @unchecked Sendable {
    enum Behaviour: Sendable {
        /// Heartbeats, takes work, never answers.
        case silent
        /// Answers every parse request with a parsed document of another id.
        case wrongDocument
    }

    let instance: String
    private let endpoint: String
    private let behaviour: Behaviour
    private let context: ZMQContext
    private let stopped = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var running = true
    private var received = 0

    init(instance: String, endpoint: String, behaviour: Behaviour) throws {
        self.instance = instance
        self.endpoint = endpoint
        self.behaviour = behaviour
        context = try ZMQContext()
        Thread.detachNewThread { [self] in
            try? self.loop()
            self.stopped.signal()
        }
    }

    /// Requests it has received so far.
    var requests: Int { lock.withLock { received } }

    func stop() {
        lock.withLock { running = false }
        _ = stopped.wait(timeout: .now() + 5)
    }

    private func loop() throws {
        let codec = MessageCodec()
        let socket = try Socket(context, .dealer)
        defer { socket.close() }
        try socket.connect(endpoint)
        let announcement = WorkerAnnouncement(stage: .parser, instance: instance, pid: 99_999, host: "fake")
        try socket.send(codec.encode(Envelope(id: "\(instance):ready", sender: instance, payload: .workerReady(announcement))))
        var nextBeat = Date()
        while lock.withLock({ running }) {
            if Date() >= nextBeat {
                try socket.send(codec.encode(Envelope(id: "\(instance):heartbeat", sender: instance, payload: .heartbeat)))
                nextBeat = Date().addingTimeInterval(0.2)
            }
            guard let frames = try socket.receive(timeout: 50), let frame = frames.last,
                case .success(let request) = codec.decode(frame), request.type == .rawDocument
            else { continue }
            lock.withLock { received += 1 }
            guard behaviour == .wrongDocument, let document = request.document else { continue }
            let forged = ParsedDocument(id: "\(document)-forged", path: "forged.txt", text: "forged text")
            try socket.send(codec.encode(request.reply(id: "\(request.id)/r", sender: instance, payload: .parsedDocument(forged))))
        }
    }
}
