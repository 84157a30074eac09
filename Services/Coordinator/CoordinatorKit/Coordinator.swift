import CrosscheckSchema
import DequeModule
import Foundation
import Logging
import StageRuntime
import ZeroMQ

/// The broker between clients and stage workers: accepts jobs, routes each request to a live
/// instance of the right stage, and finishes a job only when every document is accounted for.
///
/// Both ROUTER sockets live on the thread that calls `run()`. Workers connect to the backend
/// and say `worker.ready`; a worker holds at most `workerCredit` requests (the guide's
/// load-balancing broker with a little credit-based pipelining), and the coordinator tracks
/// each of them, so nothing queued to a worker that dies is lost. Heartbeats flow both ways
/// (Paranoid Pirate): a worker silent for `liveness` intervals is dropped and its request goes
/// to another instance with `attempt` + 1; after `maxAttempts` the document fails with a reason
/// and the job goes on. Malformed frames are answered with an `error` message.
public final class Coordinator {
    public let configuration: CoordinatorConfiguration
    private let context: ZMQContext
    private let stopToken: StopToken
    private let codec = MessageCodec()
    private let logger = Logger(label: "crosscheck.coordinator")
    private let identity: WorkerAnnouncement
    private let recorder: MessageRecorder?

    private var frontend: Socket!
    private var backend: Socket!
    private var workers: [Data: WorkerRecord] = [:]
    private var pending: [Stage: Deque<String>] = [:]
    private var items: [String: WorkItem] = [:]
    private var jobs: [String: JobState] = [:]
    private var jobMessages: [String: Int] = [:]
    private var lastProgress: [String: Date] = [:]
    private var jobCounter = 0
    /// Jobs waiting for the workers their client asked for, with when they arrived.
    private var waiting: [(client: Data, request: JobRequest, requestID: String, since: Date)] = []
    private var errorCounter = 0

    /// Endpoints actually bound (ports resolved), available once `bind()` returned.
    public private(set) var boundFrontend = ""
    public private(set) var boundBackend = ""

    public init(configuration: CoordinatorConfiguration, context: ZMQContext? = nil,
                stopToken: StopToken = StopToken()) throws {
        self.configuration = configuration
        self.context = try context ?? ZMQContext()
        self.stopToken = stopToken
        self.identity = WorkerAnnouncement(stage: .coordinator, instance: "coordinator",
                                           pid: Int(ProcessInfo.processInfo.processIdentifier),
                                           host: ProcessInfo.processInfo.hostName)
        self.recorder = try configuration.recordPath.map { try MessageRecorder(path: $0) }
    }

    /// Binds both sockets; call on the thread that will call `run()`.
    public func bind() throws {
        frontend = try Socket(context, .router)
        backend = try Socket(context, .router)
        try backend.setRouterMandatory(true)
        boundFrontend = try frontend.bind(configuration.frontend)
        boundBackend = try backend.bind(configuration.backend)
        logger.info("listening", metadata: ["frontend": "\(boundFrontend)", "backend": "\(boundBackend)"])
    }

    /// Routes messages until stopped.
    public func run() throws {
        if frontend == nil { try bind() }
        defer {
            for id in workers.keys { send(control: .disconnect, to: id) }
            frontend.close()
            backend.close()
            recorder?.close()
        }
        let interval = Double(configuration.heartbeatMilliseconds) / 1000
        var nextHeartbeat = Date()
        var nextProgress = Date()
        while !stopToken.isStopped {
            let readable = try Poller.poll([frontend, backend], timeout: configuration.heartbeatMilliseconds / 2)
            if readable[1] {
                while let frames = try backend.receive(wait: false) { fromWorker(frames) }
            }
            if readable[0] {
                while let frames = try frontend.receive(wait: false) { fromClient(frames) }
            }
            let now = Date()
            expireWorkers(now: now)
            startWaitingJobs(now: now)
            dispatch(now: now)
            if now >= nextHeartbeat {
                for id in workers.keys { send(control: .heartbeat, to: id) }
                nextHeartbeat = now.addingTimeInterval(interval)
            }
            if now >= nextProgress {
                for job in jobs.values { sendProgress(job, force: true) }
                nextProgress = now.addingTimeInterval(2)
            }
        }
    }

    // MARK: Clients

    private func fromClient(_ frames: [Data]) {
        guard frames.count >= 2, let frame = frames.last else { return }
        let client = frames[0]
        switch codec.decode(frame) {
        case .failure(let failure):
            logger.warning("rejected client frame: \(failure)")
            reply(toClient: client, error: ErrorReport(code: failure.reason.rawValue, message: "coordinator rejected a frame: \(failure.detail)", input: "frame"), replyTo: failure.messageID)
        case .success(let envelope):
            recorder?.record(envelope, frame: frame)
            guard case .jobSubmit(let request) = envelope.payload else {
                if envelope.type != .heartbeat && envelope.type != .error {
                    reply(toClient: client, error: ErrorReport(code: "unexpected-type", message: "the coordinator's frontend accepts job.submit, not \(envelope.type.rawValue)"), replyTo: envelope.id)
                }
                return
            }
            waiting.append((client, request, envelope.id, Date()))
            startWaitingJobs(now: Date())
        }
    }

    /// Starts every waiting job whose requested workers are present (or that waited 15 s).
    private func startWaitingJobs(now: Date) {
        guard !waiting.isEmpty else { return }
        var counts: [String: Int] = [:]
        for worker in workers.values { counts[worker.stage.rawValue, default: 0] += 1 }
        var still: [(client: Data, request: JobRequest, requestID: String, since: Date)] = []
        for entry in waiting {
            let wanted = entry.request.awaitWorkers ?? [:]
            let satisfied = wanted.allSatisfy { counts[$0.key, default: 0] >= $0.value }
            if satisfied || now.timeIntervalSince(entry.since) > 15 {
                submit(entry.request, from: entry.client, requestID: entry.requestID)
            } else {
                still.append(entry)
            }
        }
        waiting = still
    }

    private func submit(_ request: JobRequest, from client: Data, requestID: String) {
        jobCounter += 1
        let id = Self.jobID(counter: jobCounter)
        let job = JobState(id: id, client: client, request: request, maxDocumentBytes: configuration.maxDocumentBytes)
        let first = job.start()
        jobs[id] = job
        jobMessages[id] = 1
        logger.info("job accepted", metadata: ["job": "\(id)", "documents": "\(request.documents.count)"])
        send(toClient: client, Envelope(job: id, id: "\(id)/accepted", sender: "coordinator", replyTo: requestID,
                                        payload: .jobAccepted(JobAccepted(job: id, documents: request.documents.count + request.unreadable.count))))
        enqueue(first)
        finishIfDone(id)
    }

    static func jobID(counter: Int, now: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyyMMdd"
        formatter.timeZone = TimeZone(identifier: "UTC")
        return String(format: "j-%@-%04d", formatter.string(from: now), counter)
    }

    private func sendProgress(_ job: JobState, force: Bool = false) {
        let now = Date()
        if !force, let last = lastProgress[job.id], now.timeIntervalSince(last) < 0.1 { return }
        lastProgress[job.id] = now
        send(toClient: job.client, Envelope(job: job.id, id: "\(job.id)/progress", sender: "coordinator",
                                            payload: .jobProgress(job.progress)))
    }

    private func finishIfDone(_ jobID: String) {
        guard let job = jobs[jobID], job.isFinished else { return }
        let result = job.summary(coordinator: identity, coordinatorMessages: jobMessages[jobID] ?? 0)
        send(toClient: job.client, Envelope(job: jobID, id: "\(jobID)/result", sender: "coordinator", payload: .jobResult(result)))
        logger.info("job finished", metadata: ["job": "\(jobID)", "ok": "\(result.report != nil)"])
        jobs[jobID] = nil
        jobMessages[jobID] = nil
        lastProgress[jobID] = nil
        // Drop anything still queued for the job (a duplicate after a failure, say).
        for (id, item) in items where item.job == jobID && item.worker == nil { items[id] = nil }
    }

    // MARK: Workers

    private func fromWorker(_ frames: [Data]) {
        guard frames.count >= 2, let frame = frames.last else { return }
        let peer = frames[0]
        let now = Date()
        workers[peer]?.lastSeen = now
        switch codec.decode(frame) {
        case .failure(let failure):
            logger.warning("rejected worker frame: \(failure)")
            errorCounter += 1
            let error = Envelope(id: "coordinator:e\(errorCounter)", sender: "coordinator", replyTo: failure.messageID,
                                 payload: .error(ErrorReport(code: failure.reason.rawValue, message: "coordinator rejected a frame: \(failure.detail)", input: "frame")))
            send(error, to: peer)
        case .success(let envelope):
            recorder?.record(envelope, frame: frame)
            switch envelope.payload {
            case .workerReady(let announcement):
                register(peer, announcement, now: now)
            case .heartbeat:
                if workers[peer] == nil { send(control: .disconnect, to: peer) }
            case .disconnect:
                drop(peer, reason: "\(workers[peer]?.name ?? "a worker") disconnected")
            default:
                guard workers[peer] != nil else {
                    send(control: .disconnect, to: peer)
                    return
                }
                complete(envelope, from: peer, now: now)
            }
        }
    }

    private func register(_ peer: Data, _ announcement: WorkerAnnouncement, now: Date) {
        guard announcement.stage != .coordinator else { return }
        if workers[peer] != nil { drop(peer, reason: "\(announcement.instance) re-announced itself") }
        workers[peer] = WorkerRecord(routingID: peer, announcement: announcement, lastSeen: now)
        logger.info("worker ready", metadata: ["instance": "\(announcement.instance)", "stage": "\(announcement.stage.rawValue)", "pid": "\(announcement.pid)"])
    }

    /// Forgets a worker; whatever it held goes back to the front of its stage's queue.
    private func drop(_ peer: Data, reason: String) {
        guard let worker = workers.removeValue(forKey: peer) else { return }
        logger.warning("worker gone", metadata: ["instance": "\(worker.name)", "reason": "\(reason)"])
        for taskID in worker.tasks.reversed() {
            retry(taskID, reason: "\(worker.name) was lost while holding it (\(reason))")
        }
    }

    private func expireWorkers(now: Date) {
        let limit = Double(configuration.heartbeatMilliseconds * configuration.liveness) / 1000
        for (peer, worker) in workers where now.timeIntervalSince(worker.lastSeen) > limit {
            drop(peer, reason: "no heartbeat for \(String(format: "%.1f", limit)) s")
        }
        for (peer, worker) in workers {
            guard let oldest = worker.tasks.first, let at = items[oldest]?.dispatchedAt,
                  now.timeIntervalSince(at) > configuration.taskTimeoutSeconds else { continue }
            drop(peer, reason: "no answer to \(oldest) within \(Int(configuration.taskTimeoutSeconds)) s")
        }
    }

    private func complete(_ envelope: Envelope, from peer: Data, now: Date) {
        guard let taskID = envelope.replyTo, var item = items[taskID], item.worker == peer else {
            // A late or duplicate answer: the work was reassigned or already done.
            if let taskID = envelope.replyTo { release(taskID, from: peer) }
            logger.debug("ignoring unmatched reply", metadata: ["replyTo": "\(envelope.replyTo ?? "-")"])
            return
        }
        let seconds = item.dispatchedAt.map { now.timeIntervalSince($0) } ?? 0
        items[taskID] = nil
        release(taskID, from: peer)
        guard let job = jobs[item.job], let worker = workers[peer] else { return }
        jobMessages[item.job, default: 0] += 1
        var stats = job.stats[worker.name] ?? JobState.InstanceStats(announcement: worker.announcement)
        stats.messages += 1
        stats.seconds += seconds
        let next: [Envelope]
        if case .error(let report) = envelope.payload {
            stats.errors += 1
            job.stats[worker.name] = stats
            item.worker = nil
            if report.retryable && item.attempt < configuration.maxAttempts {
                requeue(item)
                return
            }
            next = job.fail(item, reason: report.message)
        } else if envelope.type == item.envelope.type.replyType {
            job.stats[worker.name] = stats
            next = job.accept(envelope.payload, for: item)
        } else {
            stats.errors += 1
            job.stats[worker.name] = stats
            next = job.fail(item, reason: "\(worker.name) answered \(item.envelope.type.rawValue) with \(envelope.type.rawValue)")
        }
        enqueue(next)
        sendProgress(job)
        finishIfDone(item.job)
    }

    private func release(_ taskID: String, from peer: Data) {
        workers[peer]?.tasks.removeAll { $0 == taskID }
    }

    private func retry(_ taskID: String, reason: String) {
        guard var item = items[taskID] else { return }
        item.worker = nil
        item.dispatchedAt = nil
        if item.attempt >= configuration.maxAttempts {
            items[taskID] = nil
            guard let job = jobs[item.job] else { return }
            let next = job.fail(item, reason: "gave up after \(item.attempt) attempts: \(reason)")
            enqueue(next)
            finishIfDone(item.job)
        } else {
            requeue(item)
        }
    }

    private func requeue(_ item: WorkItem) {
        var item = item
        item.envelope.attempt += 1
        item.worker = nil
        item.dispatchedAt = nil
        items[item.id] = item
        pending[item.stage, default: []].prepend(item.id)
    }

    private func enqueue(_ envelopes: [Envelope]) {
        for envelope in envelopes {
            guard let stage = envelope.type.handlingStage else { continue }
            items[envelope.id] = WorkItem(envelope: envelope, stage: stage)
            pending[stage, default: []].append(envelope.id)
        }
    }

    /// Hands queued requests to the least loaded workers of their stage, within their credit.
    private func dispatch(now: Date) {
        for stage in Stage.allCases {
            while let taskID = pending[stage]?.first, let peer = availableWorker(for: stage) {
                pending[stage]?.removeFirst()
                guard var item = items[taskID], item.worker == nil else { continue }
                item.worker = peer
                item.dispatchedAt = now
                items[taskID] = item
                workers[peer]?.tasks.append(taskID)
                workers[peer]?.lastDispatch = now
                if !send(item.envelope, to: peer) {
                    drop(peer, reason: "unreachable")
                }
            }
        }
    }

    private func availableWorker(for stage: Stage) -> Data? {
        workers.values
            .filter { $0.stage == stage && $0.tasks.count < configuration.workerCredit }
            .min { ($0.tasks.count, $0.lastDispatch) < ($1.tasks.count, $1.lastDispatch) }?
            .routingID
    }

    // MARK: Sending

    @discardableResult
    private func send(_ envelope: Envelope, to peer: Data) -> Bool {
        do {
            let frame = try codec.encode(envelope)
            recorder?.record(envelope, frame: frame)
            return try backend.send([peer, frame], wait: false)
        } catch {
            logger.debug("send to worker failed: \(error)")
            return false
        }
    }

    private func send(control payload: Payload, to peer: Data) {
        send(Envelope(id: "coordinator:\(payload.messageType.rawValue)", sender: "coordinator", payload: payload), to: peer)
    }

    private func send(toClient client: Data, _ envelope: Envelope) {
        do {
            let frame = try codec.encode(envelope)
            recorder?.record(envelope, frame: frame)
            try frontend.send([client, frame], wait: false)
        } catch {
            logger.warning("send to client failed: \(error)")
        }
    }

    private func reply(toClient client: Data, error: ErrorReport, replyTo: String?) {
        errorCounter += 1
        send(toClient: client, Envelope(id: "coordinator:e\(errorCounter)", sender: "coordinator", replyTo: replyTo, payload: .error(error)))
    }
}
