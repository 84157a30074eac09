import CrosscheckSchema
import Foundation
import StageRuntime
import ZeroMQ

/// Submits one job to a coordinator's frontend and waits for its result.
///
/// Owns its DEALER socket on the calling thread. Progress messages are passed to the
/// `progress` closure as they arrive; a coordinator silent for `idleTimeout` seconds (it sends
/// progress every two seconds while a job runs) is an error, not a hang. `totalTimeout` bounds
/// the whole job, progress or not: the coordinator is asked to give up a little earlier, so
/// that its account of the job (which documents were done) usually arrives first. Once the job
/// is accepted, a coordinator silent for `resumeAfter` seconds is asked for the job again by
/// id, so a coordinator that crashed and restarted with its journal picks the client back up.
/// `watch` is called at least every quarter second while waiting; an error it throws ends the
/// wait (the supervisor of local child processes uses it to fail at once when a stage cannot start).
public final class JobClient {
    public let endpoint: String
    public var idleTimeout: Double
    public var totalTimeout: Double?
    /// Seconds of silence after which the client asks for its job again by id.
    public var resumeAfter = 5.0
    /// This client's CURVE key pair and the coordinator's public key, when CURVE is on.
    public var curve: (keys: CurveKeyPair, serverKey: String)?
    /// Keep the result's report as the bytes it arrived in (`JobResult.reportBytes`, for
    /// `ReportFiles` to write from) instead of decoding its renderings into `report`.
    public var keepsReportBytes = false
    private let context: ZMQContext
    private let codec = MessageCodec()

    public init(endpoint: String, context: ZMQContext? = nil, idleTimeout: Double = 60, totalTimeout: Double? = nil) throws {
        self.endpoint = endpoint
        self.context = try context ?? ZMQContext()
        self.idleTimeout = idleTimeout
        self.totalTimeout = totalTimeout
    }

    /// Sends the job without ever blocking: while no connection to the coordinator is up (it is
    /// not there yet, or refuses this client's keys) a DEALER send would wait forever, so it is
    /// retried until the idle or total timeout, or a stop, instead.
    private func handOver(_ frame: Data, on socket: Socket, started: Date, stopToken: StopToken) throws {
        let limit = min(idleTimeout, totalTimeout ?? .infinity)
        while try !socket.send(frame, wait: false) {
            if stopToken.isStopped { throw ErrorReport(code: "interrupted", message: "interrupted before the job was handed over") }
            if Date().timeIntervalSince(started) > limit {
                throw ErrorReport(
                    code: "timeout",
                    message: "could not hand the job to the coordinator at \(endpoint) within \(Int(limit)) s "
                        + "(is it running, and are the keys right?)")
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
    }

    /// Runs `request` to its result. `settledPayloads` are `SettledDocument` objects as JSON
    /// (as a story keeps them), spliced into the request's `settled` as they are, not decoded
    /// and encoded again (they replace `request.settled`).
    public func run(
        _ request: JobRequest, settledPayloads: [Data] = [], stopToken: StopToken = StopToken(),
        progress: (JobProgress) -> Void = { _ in }, watch: () throws -> Void = {}
    ) throws -> JobResult {
        let socket = try Socket(context, .dealer)
        defer { socket.close() }
        if let curve { try socket.makeCurveClient(curve.keys, serverKey: curve.serverKey) }
        try socket.connect(endpoint)
        var request = request
        let started = Date()
        if let totalTimeout {
            request.timeoutSeconds = min(request.timeoutSeconds ?? .infinity, max(1, totalTimeout * 0.9 - 1))
        }
        let submit = Envelope(
            id: "client-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))",
            sender: "client", payload: .jobSubmit(request))
        try handOver(try Self.frame(submit, settledPayloads: settledPayloads), on: socket, started: started, stopToken: stopToken)
        var lastHeard = Date()
        var lastAsked = Date()
        var jobID: String?
        while !stopToken.isStopped {
            try watch()
            if let totalTimeout, Date().timeIntervalSince(started) > totalTimeout {
                throw ErrorReport(code: "timeout", message: "the job did not finish within \(Int(totalTimeout)) s")
            }
            guard let frames = try socket.receive(timeout: 250), let frame = frames.last else {
                if Date().timeIntervalSince(lastHeard) > idleTimeout {
                    throw ErrorReport(code: "timeout", message: "no word from the coordinator at \(endpoint) for \(Int(idleTimeout)) s")
                }
                if let jobID, Date().timeIntervalSince(max(lastHeard, lastAsked)) > resumeAfter {
                    try askAgain(for: jobID, on: socket)
                    lastAsked = Date()
                }
                continue
            }
            lastHeard = Date()
            if keepsReportBytes, let result = try Self.resultKeepingReport(frame) { return result }
            switch codec.decode(frame) {
            case .failure(let failure):
                throw ErrorReport(code: failure.reason.rawValue, message: "unreadable answer from the coordinator: \(failure.detail)")
            case .success(let envelope):
                switch envelope.payload {
                case .jobAccepted(let accepted): jobID = accepted.job
                case .jobProgress(let p):
                    jobID = p.job
                    progress(p)
                case .jobResult(let result): return result
                case .error(let report): throw report
                default: continue
                }
            }
        }
        throw ErrorReport(code: "interrupted", message: "interrupted before the job finished")
    }

    /// A `job.result` frame with a report, read with the report kept as bytes (slices of the
    /// frame, not copied); nil for any other frame, which is then decoded as usual.
    static func resultKeepingReport(_ frame: Data) throws -> JobResult? {
        guard RoutedMessage.header(of: frame)?.type == .jobResult, case .success(let message) = RoutedMessage.split(frame),
            let payload = JSONObjectBytes(message.payload), let raw = payload.value("report"), raw.first == UInt8(ascii: "{")
        else { return nil }
        do {
            var result = try JSONDecoder().decode(JobResult.self, from: payload.setting("report", to: nil))
            result.reportBytes = try ReportBytes(raw)
            return result
        } catch {
            throw ErrorReport(code: "invalid-payload", message: "unreadable answer from the coordinator: \(error)")
        }
    }

    /// The submit frame, with `settledPayloads` spliced in as the request's `settled` when there are any.
    static func frame(_ submit: Envelope, settledPayloads: [Data]) throws -> Data {
        let plain = try MessageCodec().encode(submit)
        guard !settledPayloads.isEmpty else { return plain }
        guard case .success(let message) = RoutedMessage.split(plain), let request = JSONObjectBytes(message.payload) else {
            return plain
        }
        let payload = request.setting("settled", to: JSONObjectBytes.array(settledPayloads))
        return try RoutedMessage(header: message.header, payload: payload).frame
    }

    private func askAgain(for jobID: String, on socket: Socket) throws {
        let resume = Envelope(
            id: "client-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))",
            sender: "client", payload: .jobSubmit(JobRequest(documents: [], resume: jobID)))
        try socket.send(try codec.encode(resume), wait: false)
    }
}
