import CrosscheckSchema
import Dispatch
import Foundation
import Logging
import ZeroMQ

/// A stage process's connection to the coordinator, in the Paranoid Pirate style.
///
/// The worker's DEALER connects to the coordinator's backend ROUTER and announces itself with
/// `worker.ready`; the coordinator then gives it one request at a time. The socket thread
/// heartbeats both ways while a separate work thread runs the handler, so a long request does
/// not look like a dead worker. When the coordinator falls silent for `liveness` heartbeats the
/// worker reconnects with growing back-off. Replies are kept by request id and a digest of the
/// request, so a redelivered request is answered from the cache instead of being computed
/// twice, and a different request that happens to reuse an id is computed afresh. A frame that is not a
/// valid envelope is answered with an `error` message and the worker carries on.
public final class StageWorker<Handler: StageHandler> {
    public let configuration: WorkerConfiguration
    private let handler: Handler
    private let context: ZMQContext
    private let stopToken: StopToken
    private let codec = MessageCodec()
    private var logger: Logger
    private var replyCache = ReplyCache(capacity: 32)
    private var errorCounter = 0

    /// `logger` receives the worker's log lines (with the `instance` added as metadata); by
    /// default one labelled `crosscheck.<stage>`.
    public init(
        handler: Handler, configuration: WorkerConfiguration,
        context: ZMQContext? = nil, stopToken: StopToken = StopToken(),
        logger: Logger = Logger(label: "crosscheck.\(Handler.stage.rawValue)")
    ) throws {
        self.handler = handler
        self.configuration = configuration
        self.context = try context ?? ZMQContext()
        self.stopToken = stopToken
        self.replyCache = ReplyCache(capacity: configuration.replyCacheSize)
        self.logger = logger
        self.logger[metadataKey: "instance"] = .string(configuration.instance)
    }

    /// Serves requests until stopped; returns after a clean disconnect.
    public func run() throws {
        let handoff = WorkHandoff()
        let wakeEndpoint = "inproc://work-\(configuration.instance)-\(UUID().uuidString)"
        let wake = try Socket(context, .pair)
        defer { wake.close() }
        try wake.bind(wakeEndpoint)
        let workDone = DispatchSemaphore(value: 0)
        let workLoop = WorkLoop(
            handler: handler, context: context, endpoint: wakeEndpoint,
            handoff: handoff, instance: configuration.instance)
        let thread = Thread {
            do {
                try workLoop.run()
            } catch {
                let report = error as? ErrorReport
                handoff.fail(report ?? ErrorReport(code: "work-thread", message: "\(error)", input: workLoop.instance))
            }
            workDone.signal()
        }
        thread.name = "\(configuration.instance)-work"
        thread.start()

        var dealer = try connect()
        var lastHeard = Date()
        var nextHeartbeat = Date()
        var backoff = configuration.heartbeatMilliseconds
        // What the socket thread keeps of the request in work: not its frame (a big request is
        // then held only by the work thread, which lets it go before encoding its reply).
        var busyWith: Work.Ticket?
        var pending: [Work] = []
        let interval = Double(configuration.heartbeatMilliseconds) / 1000

        func dispatch(_ work: Work) throws {
            busyWith = work.ticket
            handoff.submit(work.request)
            try wake.send(Data("work".utf8))
        }

        defer {
            // try?: best effort on the way out; the coordinator notices a silent worker by its heartbeats.
            try? dealer.send(try codec.encode(controlEnvelope(.disconnect)), wait: false)
            try? wake.send(Data("stop".utf8), wait: false)
            _ = workDone.wait(timeout: .now() + 2)
            dealer.close()
        }

        while !stopToken.isStopped {
            // The work thread stopped (its wake socket failed): stop the worker with its error.
            if let failure = handoff.failure { throw failure }
            let readable = try Poller.poll([dealer, wake], timeout: configuration.heartbeatMilliseconds / 2)
            if readable[0] {
                while let frames = try dealer.receive(wait: false) {
                    lastHeard = Date()
                    backoff = configuration.heartbeatMilliseconds
                    guard let frame = frames.last else { continue }
                    switch inbound(frame) {
                    case .ignore:
                        break
                    case .answer(let reply):
                        try dealer.send(reply)
                    case .work(let work):
                        if busyWith?.key == work.key || pending.contains(where: { $0.key == work.key }) { break }
                        if busyWith == nil { try dispatch(work) } else { pending.append(work) }
                    case .reconnect:
                        lastHeard = .distantPast
                    }
                }
            }
            if readable[1] {
                _ = try wake.receive(wait: false)
                for reply in handoff.takeReplies() {
                    if let work = busyWith, reply.cacheable, let digest = work.digest {
                        replyCache.store(reply.frame, for: work.id, digest: digest)
                    }
                    try dealer.send(reply.frame)
                }
                busyWith = nil
                if !pending.isEmpty { try dispatch(pending.removeFirst()) }
            }
            let now = Date()
            if now >= nextHeartbeat {
                try dealer.send(try codec.encode(controlEnvelope(.heartbeat)), wait: false)
                nextHeartbeat = now.addingTimeInterval(interval)
            }
            if now.timeIntervalSince(lastHeard) > interval * Double(configuration.liveness) {
                logger.warning("coordinator silent; reconnecting in \(backoff) ms", metadata: ["endpoint": "\(configuration.endpoint)"])
                dealer.close()
                Thread.sleep(forTimeInterval: Double(backoff) / 1000)
                backoff = min(backoff * 2, configuration.maxBackoffMilliseconds)
                dealer = try connect()
                lastHeard = Date()
            }
        }
        logger.info("stopping")
    }

    private enum Inbound {
        case ignore
        case answer(Data)
        case work(Work)
        case reconnect
    }

    /// A request to compute, with the digest that keys its cached reply (none for big frames).
    private struct Work {
        let request: WorkHandoff.Request
        let id: String
        let digest: RequestDigest?
        var key: String { ticket.key }
        var ticket: Ticket { Ticket(id: id, digest: digest) }

        /// A request in work, without the request itself.
        struct Ticket {
            let id: String
            let digest: RequestDigest?
            var key: String { "\(id)#\(digest?.value ?? 0)" }
        }
    }

    /// Frames larger than this are handed to the work thread undecoded (see `RoutedMessage.header(of:)`).
    static var headerOnlyBytes: Int { 256 << 10 }

    /// Decides what an inbound frame asks of us; malformed frames get an error answer.
    private func inbound(_ frame: Data) -> Inbound {
        if frame.count > Self.headerOnlyBytes, let header = RoutedMessage.header(of: frame), header.schema == SchemaVersion.current,
            header.type.handlingStage == Handler.stage
        {
            return .work(Work(request: .frame(frame, header: header), id: header.id, digest: nil))
        }
        switch codec.decode(frame) {
        case .failure(let failure):
            logger.warning("rejected frame: \(failure)")
            return answer(
                error: ErrorReport(
                    code: failure.reason.rawValue,
                    message: "\(configuration.instance) rejected a frame: \(failure.detail)",
                    input: failure.document ?? "frame"), replyTo: failure.messageID, job: failure.job, document: failure.document)
        case .success(let envelope):
            switch envelope.type {
            case .heartbeat:
                return .ignore
            case .error:
                // Never answer an error with an error: two peers would ping-pong forever.
                if case .error(let report) = envelope.payload {
                    logger.warning("coordinator reported: \(report.message)")
                }
                return .ignore
            case .disconnect:
                return .reconnect
            default:
                guard let stage = envelope.type.handlingStage else {
                    return answer(
                        error: ErrorReport(
                            code: "unexpected-type",
                            message: "\(configuration.instance) does not accept \(envelope.type.rawValue) messages"),
                        replyTo: envelope.id, job: envelope.job, document: envelope.document)
                }
                guard stage == Handler.stage else {
                    return answer(
                        error: ErrorReport(
                            code: "wrong-stage",
                            message: "\(envelope.type.rawValue) is for the \(stage.rawValue) stage, not \(Handler.stage.rawValue)",
                            input: envelope.document), replyTo: envelope.id, job: envelope.job, document: envelope.document)
                }
                let digest = RequestDigest(frame: frame)
                if let cached = replyCache.reply(for: envelope.id, digest: digest) {
                    logger.debug("answering redelivered \(envelope.id) from cache")
                    return .answer(cached)
                }
                return .work(Work(request: .envelope(envelope), id: envelope.id, digest: digest))
            }
        }
    }

    private func answer(error: ErrorReport, replyTo: String?, job: String?, document: String?) -> Inbound {
        errorCounter += 1
        let envelope = Envelope(
            job: job, id: "\(configuration.instance):e\(errorCounter)",
            sender: configuration.instance, replyTo: replyTo, document: document,
            payload: .error(error))
        // try?: an error envelope of plain strings encodes; were it not to, the coordinator's request deadline catches it.
        guard let frame = try? codec.encode(envelope) else { return .ignore }
        return .answer(frame)
    }

    private func controlEnvelope(_ payload: Payload) -> Envelope {
        Envelope(id: "\(configuration.instance):\(payload.messageType.rawValue)", sender: configuration.instance, payload: payload)
    }

    /// A fresh DEALER connected to the coordinator, already announced with `worker.ready`.
    private func connect() throws -> Socket {
        let dealer = try Socket(context, .dealer)
        if let keys = configuration.curveKeys, let server = configuration.curveServerKey {
            try dealer.makeCurveClient(keys, serverKey: server)
        }
        try dealer.connect(configuration.endpoint)
        let announcement = WorkerAnnouncement(
            stage: Handler.stage, instance: configuration.instance,
            pid: Int(ProcessInfo.processInfo.processIdentifier),
            host: ProcessInfo.processInfo.hostName)
        try dealer.send(try codec.encode(controlEnvelope(.workerReady(announcement))))
        logger.info("ready", metadata: ["endpoint": "\(configuration.endpoint)"])
        return dealer
    }
}
