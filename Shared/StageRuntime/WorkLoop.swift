import CrosscheckSchema
import Foundation
import ZeroMQ

/// The work thread of a stage worker: runs the handler on each request handed over.
struct WorkLoop<Handler: StageHandler>: Sendable {
    let handler: Handler
    let context: ZMQContext
    let endpoint: String
    let handoff: WorkHandoff
    let instance: String

    /// Serves the requests handed over until told to stop.
    ///
    /// Throws when its wake socket cannot be opened, connected or used: without it the stage
    /// could answer nothing, so the worker stops with that error rather than hang.
    func run() throws {
        let wake = try openWake()
        defer { wake.close() }
        let codec = MessageCodec()
        let crash = CrashInjection()
        while let frames = try wake.receive(wait: true) {
            if frames.first == Data("stop".utf8) { return }
            while let (request, big) = nextRequest(codec: codec) {
                crash?.crashIfMatching(stage: Handler.stage, requestID: request.id)
                answer(consume request, big: big, codec: codec)
                // A big request leaves its decoded form and working memory freed but kept by malloc.
                if big { FreedMemory.release() }
            }
            do {
                try wake.send(Data("done".utf8))
            } catch {
                throw stopped("cannot signal a finished request on \(endpoint): \(error)")
            }
        }
    }

    /// Computes the reply to `request` and hands its frame to the socket thread. The request (a
    /// whole analysis, for the writer) is let go before the reply is encoded, and a big report's
    /// renderings as they are written into the frame, so they are not all held beside the frame.
    private func answer(_ request: consuming Envelope, big: Bool, codec: MessageCodec) {
        var reply = StageWorkerReply.make(for: request, handler: handler, instance: instance)
        request.payload = .heartbeat
        // Replies to big frames are not cached: their digest would cost the socket thread.
        var cacheable = !big
        if case .error(let report) = reply.payload { cacheable = cacheable && !report.retryable }
        // try?: a reply that cannot be encoded is answered below with an `internal` error.
        let encoded = try? codec.encode(releasing: &reply)
        if let frame = encoded, frame.count > Socket.maxJoinedBytes {
            // The coordinator would drop the connection on it: say why instead.
            let failure = request.reply(
                id: "\(request.id)/r", sender: instance,
                payload: .error(
                    ErrorReport(
                        code: "too-large",
                        message: "\(instance)'s answer is \(Self.megabytes(frame.count)), over the "
                            + "\(Self.megabytes(Socket.maxJoinedBytes)) a message may carry", input: request.document)))
            // try?: an error envelope of plain strings encodes; were it not to, the coordinator's request deadline catches it.
            if let frame = try? codec.encode(failure) { handoff.deliver(frame, cacheable: false) }
        } else if let frame = encoded {
            handoff.deliver(frame, cacheable: cacheable)
        } else {
            let failure = request.reply(
                id: "\(request.id)/r", sender: instance,
                payload: .error(ErrorReport(code: "internal", message: "\(instance) could not encode its reply", input: request.document)))
            // try?: as above, an error envelope of plain strings encodes.
            if let frame = try? codec.encode(failure) { handoff.deliver(frame, cacheable: false) }
        }
    }

    /// The next request handed over, decoded, and whether it came as a big frame (the frame is
    /// let go on return); requests that do not decode are answered with an error and skipped.
    private func nextRequest(codec: MessageCodec) -> (request: Envelope, big: Bool)? {
        while let next = handoff.takeRequest() {
            var big = false
            if case .frame = next { big = true }
            if let request = decoded(next, codec: codec) { return (request, big) }
        }
        return nil
    }

    private func openWake() throws -> Socket {
        let wake: Socket
        do {
            wake = try Socket(context, .pair)
        } catch {
            throw stopped("cannot open its wake socket: \(error)")
        }
        do {
            try wake.connect(endpoint)
        } catch {
            wake.close()
            throw stopped("cannot connect its wake socket to \(endpoint): \(error)")
        }
        return wake
    }

    /// The error that stops the worker, naming the instance.
    private func stopped(_ why: String) -> ErrorReport {
        ErrorReport(code: "work-thread", message: "\(instance)'s work thread stopped: \(why)", input: instance)
    }

    static func megabytes(_ bytes: Int) -> String { String(format: "%.0f MB", Double(bytes) / 1_048_576) }

    /// The request as an envelope; a big frame that does not decode is answered with an error.
    private func decoded(_ request: WorkHandoff.Request, codec: MessageCodec) -> Envelope? {
        switch request {
        case .envelope(let envelope):
            return envelope
        case .frame(let frame, let header):
            switch codec.decode(frame) {
            case .success(let envelope):
                return envelope
            case .failure(let failure):
                let error = Envelope(
                    job: header.job, id: "\(header.id)/r", sender: instance, replyTo: header.id,
                    document: header.document,
                    payload: .error(
                        ErrorReport(
                            code: failure.reason.rawValue, message: "\(instance) rejected a frame: \(failure.detail)",
                            input: header.document ?? "frame")))
                // try?: an error envelope of plain strings encodes; were it not to, the coordinator's request deadline catches it.
                if let frame = try? codec.encode(error) { handoff.deliver(frame, cacheable: false) }
                return nil
            }
        }
    }
}

/// Turns a handler's result or error into the reply envelope for a request.
public enum StageWorkerReply {
    /// The reply to `request`: the handler's payload, or an `error` naming the input.
    ///
    /// The reply id is derived from the request id, so a redelivered request gets the same id.
    public static func make<Handler: StageHandler>(for request: Envelope, handler: Handler, instance: String) -> Envelope {
        let payload: Payload
        do {
            payload = try handler.handle(request)
        } catch let report as ErrorReport {
            payload = .error(report)
        } catch {
            payload = .error(ErrorReport(code: "internal", message: "\(instance): \(error)", input: request.document))
        }
        return request.reply(id: "\(request.id)/r", sender: instance, payload: payload)
    }
}
