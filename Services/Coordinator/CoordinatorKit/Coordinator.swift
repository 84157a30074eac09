import CrosscheckSchema
import DequeModule
import Foundation
import Logging
import StageRuntime
import ZeroMQ

/// The broker between clients and stage workers: accepts jobs, routes each request to a live
/// instance of the right stage, and finishes a job only when every document is accounted for.
///
/// Both ROUTER sockets live on the thread that calls `run()`, which only routes: payloads are
/// forwarded as bytes (`RoutedMessage`, `JobState`), and what is slow to read (a submitted job,
/// a worker frame over 256 KiB) is read on background threads (`OffThread`) while the socket
/// thread goes on heartbeating. Workers connect to the backend
/// and say `worker.ready`; a worker holds at most `workerCredit` requests (the guide's
/// load-balancing broker with a little credit-based pipelining), and the coordinator tracks
/// each of them, so nothing queued to a worker that dies is lost. Heartbeats flow both ways
/// (Paranoid Pirate): a worker silent for `liveness` intervals is dropped and its request goes
/// to another instance with `attempt` + 1; after `maxAttempts` the document fails with a reason
/// and the job goes on. Malformed frames are answered with an `error` message.
///
/// Nothing waits forever: each request has a deadline scaled by its size, each job a total
/// deadline, and a stage with work queued but no worker fails its jobs after a grace period.
/// A worker that misses a deadline or answers something other than what it was asked (another
/// job, another document, another type) gets a strike, its work goes to another instance, and
/// after `maxStrikes` it is evicted. Only workers that heartbeat after `worker.ready` get work,
/// and registrations are capped per stage and rate-limited (`RegistrationGate`).
public final class Coordinator {
    public let configuration: CoordinatorConfiguration
    private let context: ZMQContext
    private let stopToken: StopToken
    private let logger: Logger
    private let identity: WorkerAnnouncement
    private let recorder: MessageRecorder?

    private var frontend: Socket!
    private var backend: Socket!
    private var zap: ZapHandler?
    private let journal: Journal?
    /// Finished jobs recovered from the journal whose client has not come back yet.
    private var undelivered: [String: Data] = [:]
    /// Jobs a worker answered in this turn of the loop: finished once the turn's worker frames
    /// are let go, so a writer's frame is not held beside the `job.result` made from it.
    private var finishing: Set<String> = []
    private var workers: [Data: WorkerRecord] = [:]
    private var pending: [Stage: Deque<String>] = [:]
    private var items: [String: WorkItem] = [:]
    private var jobs: [String: JobState] = [:]
    private var jobMessages: [String: Int] = [:]
    private var lastProgress: [String: Date] = [:]
    private var jobIDs = JobIdentifier()
    private var gate: RegistrationGate
    /// Since when each stage has had work queued and no worker at all.
    private var missingSince: [Stage: Date] = [:]
    /// Jobs waiting for the workers their client asked for, with when they arrived.
    private var waiting: [(job: JobIntake, request: JobRequest, since: Date)] = []
    /// Decodes submitted jobs on another thread.
    private let intake = OffThread<JobIntake>(label: "crosscheck.coordinator.intake")
    /// Splits and scans big worker frames on another thread.
    private let replies = OffThread<WorkerFrame>(label: "crosscheck.coordinator.replies")
    /// Worker frames at least this big are read off the socket thread.
    static let offThreadBytes = 256 << 10
    private var errorCounter = 0

    /// Endpoints actually bound (ports resolved), available once `bind()` returned.
    public private(set) var boundFrontend = ""
    public private(set) var boundBackend = ""

    /// `logger` receives the coordinator's log lines; by default one labelled `crosscheck.coordinator`.
    public init(
        configuration: CoordinatorConfiguration, context: ZMQContext? = nil,
        stopToken: StopToken = StopToken(),
        logger: Logger = Logger(label: "crosscheck.coordinator")
    ) throws {
        self.configuration = configuration
        self.logger = logger
        self.context = try context ?? ZMQContext()
        self.stopToken = stopToken
        self.identity = WorkerAnnouncement(
            stage: .coordinator, instance: "coordinator",
            pid: Int(ProcessInfo.processInfo.processIdentifier),
            host: ProcessInfo.processInfo.hostName)
        self.recorder = try configuration.recordPath.map { try MessageRecorder(path: $0) }
        self.journal = try configuration.journalPath.map { try Journal(path: $0, maxBytes: configuration.journalMaxBytes) }
        self.gate = RegistrationGate(
            maxPerStage: configuration.maxWorkersPerStage,
            perSecond: configuration.registrationsPerSecond)
    }

    /// Binds both sockets; call on the thread that will call `run()`.
    ///
    /// With CURVE keys both sockets are CURVE servers and a ZAP handler admits known keys;
    /// without, an endpoint other than loopback is refused unless `insecure` is set.
    public func bind() throws {
        try checkExposure()
        frontend = try Socket(context, .router)
        backend = try Socket(context, .router)
        try backend.setRouterMandatory(true)
        if let keys = configuration.curveKeys {
            zap = try ZapHandler(context: context, authorized: configuration.authorizedKeys, logger: logger)
            try frontend.makeCurveServer(keys)
            try backend.makeCurveServer(keys)
        }
        boundFrontend = try frontend.bind(configuration.frontend)
        boundBackend = try backend.bind(configuration.backend)
        logger.info("listening", metadata: ["frontend": "\(boundFrontend)", "backend": "\(boundBackend)"])
    }

    private func checkExposure() throws {
        guard configuration.curveKeys == nil, !configuration.insecure else { return }
        for endpoint in [configuration.frontend, configuration.backend] where !EndpointExposure.isLocal(endpoint) {
            throw ErrorReport(
                code: "insecure-bind",
                message: "refusing to bind \(endpoint) without CURVE keys (give --keys DIR, or --insecure on a trusted network)",
                input: endpoint)
        }
    }

    /// Routes messages until stopped.
    public func run() throws {
        if frontend == nil { try bind() }
        recover()
        defer {
            journal?.close()
            for id in workers.keys { send(control: .disconnect, to: id) }
            frontend.close()
            backend.close()
            zap?.close()
            recorder?.close()
        }
        let interval = Double(configuration.heartbeatMilliseconds) / 1000
        var nextHeartbeat = Date()
        var nextProgress = Date()
        while !stopToken.isStopped {
            var sockets: [Socket] = [frontend, backend]
            if let zap { sockets.append(zap.socket) }
            let timeout = intake.busy || replies.busy ? 10 : configuration.heartbeatMilliseconds / 2
            let readable = try Poller.poll(sockets, timeout: timeout)
            if readable.count > 2, readable[2] { try zap?.serve() }
            if readable[0] {
                while let frames = try frontend.receive(wait: false) { fromClient(frames) }
            }
            for job in intake.take() { accept(job) }
            for frame in replies.take() { handle(frame) }
            // After the frontend, so that heartbeats which arrived while a big job was decoded count.
            while let frames = try backend.receive(wait: false) { fromWorker(frames) }
            for jobID in finishing.sorted() { finishIfDone(jobID) }
            finishing.removeAll()
            let now = Date()
            expireWorkers(now: now)
            enforceDeadlines(now: now)
            startWaitingJobs(now: now)
            dispatch(now: now)
            if now >= nextHeartbeat {
                // A worker whose connection closed (a crash, kill -9) is unreachable: its work is
                // requeued now rather than after its heartbeats lapse.
                for id in Array(workers.keys) where send(control: .heartbeat, to: id) == nil {
                    drop(id, reason: "unreachable (its connection closed)")
                }
                nextHeartbeat = now.addingTimeInterval(interval)
            }
            if now >= nextProgress {
                for job in jobs.values { sendProgress(job, force: true) }
                nextProgress = now.addingTimeInterval(2)
            }
        }
    }

    // MARK: Clients

    /// Reads a client frame's header; a job goes to the intake thread to be decoded.
    private func fromClient(_ frames: [Data]) {
        guard frames.count >= 2, let frame = frames.last else { return }
        let client = frames[0]
        switch RoutedMessage.split(frame) {
        case .failure(let failure):
            reject(failure, from: client)
        case .success(let message):
            recorder?.record(message.header.type, frame: frame)
            guard message.header.type == .jobSubmit else {
                if message.header.type != .heartbeat && message.header.type != .error {
                    let why = "the coordinator's frontend accepts job.submit, not \(message.header.type.rawValue)"
                    reply(toClient: client, error: ErrorReport(code: "unexpected-type", message: why), replyTo: message.header.id)
                }
                return
            }
            let limit = configuration.maxDocumentBytes
            intake.submit { JobIntake(frame, client: client, requestID: message.header.id, maxDocumentBytes: limit) }
        }
    }

    /// A job the intake thread decoded: resumed, refused, or queued until its workers are there.
    private func accept(_ job: JobIntake) {
        switch job.result {
        case .failure(let failure):
            reject(failure, from: job.client)
        case .success(let request):
            if let jobID = request.resume {
                resume(jobID, client: job.client, requestID: job.requestID)
                return
            }
            waiting.append((job, request, Date()))
            startWaitingJobs(now: Date())
        }
    }

    private func reject(_ failure: MessageCodec.DecodeFailure, from client: Data) {
        logger.warning("rejected client frame: \(failure)")
        let error = ErrorReport(code: failure.reason.rawValue, message: "coordinator rejected a frame: \(failure.detail)", input: "frame")
        reply(toClient: client, error: error, replyTo: failure.messageID)
    }

    /// Starts every waiting job whose requested workers are present (or that waited 15 s).
    private func startWaitingJobs(now: Date) {
        guard !waiting.isEmpty else { return }
        var counts: [String: Int] = [:]
        // Only workers that can be given work count (a worker is proven by its first heartbeat).
        for worker in workers.values where worker.proven { counts[worker.stage.rawValue, default: 0] += 1 }
        var still: [(job: JobIntake, request: JobRequest, since: Date)] = []
        for entry in waiting {
            let wanted = entry.request.awaitWorkers ?? [:]
            let satisfied = wanted.allSatisfy { counts[$0.key, default: 0] >= $0.value }
            if satisfied || now.timeIntervalSince(entry.since) > 15 {
                submit(entry.request, job: entry.job)
            } else {
                still.append(entry)
            }
        }
        waiting = still
    }

    private func submit(_ request: JobRequest, job submitted: JobIntake) {
        let (client, requestID, frame) = (submitted.client, submitted.requestID, submitted.frame)
        let id = jobIDs.next()
        let job = JobState(
            id: id, client: client, request: request, maxDocumentBytes: configuration.maxDocumentBytes,
            timeout: configuration.jobTimeoutSeconds, rawPayloads: submitted.rawPayloads, settled: submitted.settled)
        let first = job.start()
        jobs[id] = job
        jobMessages[id] = 1
        if journal?.accepted(job: id, frame: frame) == false {
            logger.warning("journal full: job not journaled", metadata: ["job": "\(id)", "journal": "\(journal?.path ?? "")"])
        }
        logger.info("job accepted", metadata: ["job": "\(id)", "documents": "\(request.documents.count)"])
        send(
            toClient: client,
            Envelope(
                job: id, id: "\(id)/accepted", sender: "coordinator", replyTo: requestID,
                payload: .jobAccepted(JobAccepted(job: id, documents: request.documents.count + request.unreadable.count))))
        enqueue(first)
        finishIfDone(id)
    }

    /// A client that lost its coordinator (a crash and restart) asks for its job again by id.
    private func resume(_ jobID: String, client: Data, requestID: String) {
        if let result = undelivered.removeValue(forKey: jobID) {
            logger.info("client resumed its job", metadata: ["job": "\(jobID)", "finished": "true"])
            send(
                toClient: client,
                RoutedMessage(
                    header: .init(
                        type: .jobResult, job: jobID, id: "\(jobID)/result",
                        sender: "coordinator", replyTo: requestID), payload: result))
            journal?.delivered(job: jobID)
            return
        }
        guard let job = jobs[jobID] else {
            reply(
                toClient: client,
                error: ErrorReport(
                    code: "unknown-job", message: "the coordinator has no unfinished job \(jobID)",
                    input: jobID), replyTo: requestID)
            return
        }
        job.client = client
        logger.info("client resumed its job", metadata: ["job": "\(jobID)"])
        sendProgress(job, force: true)
    }

    /// Rebuilds the unfinished jobs of the journal: each job's requests are derived again and
    /// the journaled replies applied in order, so only the work still missing is sent out.
    private func recover() {
        guard let journal else { return }
        let unfinished: [(job: String, entries: [Journal.Entry])]
        do {
            unfinished = try journal.unfinished()
        } catch {
            logger.error("\(error): its jobs are not resumed", metadata: ["journal": "\(journal.path)"])
            do {
                let aside = try journal.setAside()
                logger.error("unreadable journal kept aside; a new one is started", metadata: ["journal": "\(journal.path)", "kept": "\(aside)"])
            } catch {
                logger.error("cannot put the unreadable journal aside: \(error)", metadata: ["journal": "\(journal.path)"])
            }
            return
        }
        for (jobID, entries) in unfinished { replay(jobID, entries) }
    }

    private func replay(_ jobID: String, _ entries: [Journal.Entry]) {
        guard let first = entries.first, first.record.kind == .job, let frame = first.frame else { return }
        let decoded = JobIntake(frame, client: Data(), requestID: jobID, maxDocumentBytes: configuration.maxDocumentBytes)
        guard case .success(let request) = decoded.result else { return }
        let job = JobState(
            id: jobID, client: Data(), request: request, maxDocumentBytes: configuration.maxDocumentBytes,
            timeout: configuration.jobTimeoutSeconds, rawPayloads: decoded.rawPayloads, settled: decoded.settled)
        jobs[jobID] = job
        jobMessages[jobID] = 1
        enqueue(job.start())
        var applied = 0
        for entry in entries.dropFirst() {
            guard let taskID = entry.record.item, let item = items[taskID] else { continue }
            switch entry.record.kind {
            case .reply:
                guard let frame = entry.frame else { continue }
                let read = WorkerFrame(peer: Data(), frame: frame)
                guard case .success(let reply) = read.message else { continue }
                items[taskID] = nil
                enqueue(job.accept(reply, facts: read.facts, for: item))
            case .fail:
                items[taskID] = nil
                enqueue(job.fail(item, reason: entry.record.reason ?? "failed before the coordinator restarted"))
            default:
                continue
            }
            applied += 1
        }
        logger.info("job resumed from the journal", metadata: ["job": "\(jobID)", "replies": "\(applied)"])
        finishIfDone(jobID)
    }

    private func sendProgress(_ job: JobState, force: Bool = false) {
        guard !job.client.isEmpty else { return }
        let now = Date()
        if !force, let last = lastProgress[job.id], now.timeIntervalSince(last) < 0.1 { return }
        lastProgress[job.id] = now
        send(
            toClient: job.client,
            Envelope(
                job: job.id, id: "\(job.id)/progress", sender: "coordinator",
                payload: .jobProgress(job.progress)))
    }

    private func finishIfDone(_ jobID: String) {
        guard let job = jobs[jobID], job.isFinished else { return }
        do {
            if job.client.isEmpty {
                undelivered[jobID] = try job.summary(coordinator: identity, coordinatorMessages: jobMessages[jobID] ?? 0)
                job.releaseReport()
            } else {
                send(toClient: job.client, pieces: try resultFrame(job), type: .jobResult)
                journal?.delivered(job: jobID)
            }
        } catch {
            logger.error("job result could not be encoded: \(error)", metadata: ["job": "\(jobID)"])
        }
        logger.info("job finished", metadata: ["job": "\(jobID)", "ok": "\(job.succeeded)"])
        jobs[jobID] = nil
        jobMessages[jobID] = nil
        lastProgress[jobID] = nil
        // Forget anything still queued or in flight for the job (a duplicate after a failure, an aborted job).
        for (id, item) in items where item.job == jobID {
            items[id] = nil
            if let peer = item.worker { release(id, from: peer) }
        }
    }

    /// The `job.result` frame of a finished job, as pieces: the writer's report inside it stays
    /// the slice of the writer's frame it came in, and goes out without a copy
    /// (`Socket.send(pieces:)`), so a big report is held once while it passes through.
    private func resultFrame(_ job: JobState) throws -> [Data] {
        let payload = try job.summaryPieces(coordinator: identity, coordinatorMessages: jobMessages[job.id] ?? 0)
        job.releaseReport()
        let header = RoutedMessage.Header(type: .jobResult, job: job.id, id: "\(job.id)/result", sender: "coordinator")
        return try RoutedMessage.framePieces(header: header, payload: payload.pieces).pieces
    }

    // MARK: Workers

    /// Notes that a worker is alive and reads its frame: a big one off the socket thread.
    private func fromWorker(_ frames: [Data]) {
        guard frames.count >= 2, let frame = frames.last else { return }
        let peer = frames[0]
        workers[peer]?.lastSeen = Date()
        if frame.count >= Self.offThreadBytes {
            replies.submit { WorkerFrame(peer: peer, frame: frame) }
        } else {
            handle(WorkerFrame(peer: peer, frame: frame))
        }
    }

    /// Acts on a worker's frame. Only the header is decoded: the payload stays bytes unless it
    /// is the coordinator's own business (an announcement, an error).
    private func handle(_ read: WorkerFrame) {
        let (peer, frame, now) = (read.peer, read.frame, Date())
        switch read.message {
        case .failure(let failure):
            logger.warning("rejected worker frame: \(failure)")
            send(
                error: ErrorReport(code: failure.reason.rawValue, message: "coordinator rejected a frame: \(failure.detail)", input: "frame"),
                replyTo: failure.messageID, to: peer)
        case .success(let message):
            recorder?.record(message.header.type, frame: frame)
            switch message.header.type {
            case .workerReady:
                // try?: a ready message without an announcement is answered with the error below.
                guard case .workerReady(let announcement)? = try? message.decodedPayload() else {
                    send(
                        error: ErrorReport(
                            code: "invalid-payload", message: "coordinator rejected a worker.ready without an announcement",
                            input: "frame"), replyTo: message.header.id, to: peer)
                    return
                }
                register(peer, announcement, now: now)
            case .heartbeat:
                if workers[peer] == nil { send(control: .disconnect, to: peer) } else { workers[peer]?.proven = true }
            case .disconnect:
                drop(peer, reason: "\(workers[peer]?.name ?? "a worker") disconnected")
            default:
                guard workers[peer] != nil else {
                    send(control: .disconnect, to: peer)
                    return
                }
                complete(message, facts: read.facts, frame: frame, from: peer, now: now)
            }
        }
    }

    private func register(_ peer: Data, _ announcement: WorkerAnnouncement, now: Date) {
        guard announcement.stage != .coordinator else { return }
        if workers[peer] != nil { drop(peer, reason: "\(announcement.instance) re-announced itself") }
        let record = WorkerRecord(routingID: peer, announcement: announcement, lastSeen: now)
        let count = workers.values.filter { $0.stage == announcement.stage }.count
        if let refusal = gate.admit(record.key, stageCount: count, now: now) {
            refuse(peer, announcement, refusal)
            return
        }
        workers[peer] = record
        logger.info(
            "worker ready",
            metadata: ["instance": "\(announcement.instance)", "stage": "\(announcement.stage.rawValue)", "pid": "\(announcement.pid)"])
    }

    private func refuse(_ peer: Data, _ announcement: WorkerAnnouncement, _ refusal: RegistrationGate.Refusal) {
        let why =
            switch refusal {
            case .rateLimited: "too many registrations per second"
            case .stageFull(let limit): "the \(announcement.stage.rawValue) stage already has \(limit) workers"
            case .evicted: "\(announcement.instance) was evicted"
            }
        logger.debug("registration refused", metadata: ["instance": "\(announcement.instance)", "reason": "\(why)"])
        guard refusal != .rateLimited else { return }
        send(error: ErrorReport(code: "registration-refused", message: "registration refused: \(why)"), replyTo: nil, to: peer)
    }

    /// Forgets a worker; whatever it held goes back to the front of its stage's queue.
    ///
    /// Only the oldest request it held counts as an attempt (a worker runs its requests in
    /// order, so that is the one it died on); the ones queued behind it are not charged, so a
    /// document that crashes its worker cannot use up the attempts of the documents beside it.
    private func drop(_ peer: Data, reason: String) {
        guard let worker = workers.removeValue(forKey: peer) else { return }
        logger.warning("worker gone", metadata: ["instance": "\(worker.name)", "reason": "\(reason)"])
        for taskID in worker.tasks {
            guard let job = items[taskID].flatMap({ jobs[$0.job] }) else { continue }
            var stats = job.stats[worker.name] ?? JobState.InstanceStats(announcement: worker.announcement)
            stats.lost += 1
            job.stats[worker.name] = stats
        }
        for (index, taskID) in worker.tasks.enumerated().reversed() {
            if index > 0 { items[taskID]?.forgiven += 1 }
            retry(taskID, reason: "\(worker.name) was lost while holding it (\(reason))")
        }
    }

    /// Drops the workers silent for longer than `liveness` heartbeats, plus a second for every
    /// 100 MB of requests they hold: a worker's heartbeats wait while its one socket thread
    /// takes in a request of hundreds of megabytes (the analysis of a bundle of thousands of
    /// documents), and one dropped then would only get the same request again.
    private func expireWorkers(now: Date) {
        let base = Double(configuration.heartbeatMilliseconds * configuration.liveness) / 1000
        for (peer, worker) in workers {
            let held = worker.tasks.reduce(0) { $0 + (items[$1]?.sentBytes ?? 0) }
            let limit = base + Double(held) / 100_000_000
            if now.timeIntervalSince(worker.lastSeen) > limit {
                drop(peer, reason: "no heartbeat for \(String(format: "%.1f", limit)) s")
            }
        }
    }

    /// Strikes workers past their requests' deadlines, fails jobs past theirs, and fails jobs
    /// whose work waits for a stage that has had no worker for the grace period.
    private func enforceDeadlines(now: Date) {
        for (taskID, item) in items {
            guard let peer = item.worker, items[taskID]?.worker == peer, let deadline = item.deadline, now > deadline else { continue }
            let seconds = item.dispatchedAt.map { Int(now.timeIntervalSince($0).rounded()) } ?? 0
            let name = workers[peer]?.name ?? "a worker"
            let held = workers[peer]?.tasks ?? []
            guard held.first == taskID else {
                // Queued behind another request on a busy worker: not its fault, not the worker's.
                reassign(taskID, from: peer, reason: "\(name) was still busy with an earlier request after \(seconds) s")
                continue
            }
            // The requests queued behind the late one go elsewhere at once, uncharged.
            for behind in held.dropFirst().reversed() {
                reassign(behind, from: peer, reason: "\(name) missed the deadline of the request ahead of it")
            }
            if item.heavy {
                giveUp(
                    item, from: peer,
                    reason: "\(name) did not answer within \(seconds) s, the deadline for a request of "
                        + String(format: "%.1f MB", Double(item.sentBytes) / 1_048_576) + "; not retried, the document is too slow")
                continue
            }
            release(taskID, from: peer)
            items[taskID]?.avoid.insert(peer)
            retry(taskID, reason: "\(name) did not answer within \(seconds) s")
            strike(peer, for: taskID, reason: "missed the deadline of \(taskID)")
        }
        for job in jobs.values where now > job.deadline {
            let seconds = Int(now.timeIntervalSince(job.started).rounded())
            job.abort(reason: "the job timed out after \(seconds) s", timedOut: true)
            finishIfDone(job.id)
        }
        checkMissingStages(now: now)
    }

    private func checkMissingStages(now: Date) {
        for stage in Stage.allCases where stage != .coordinator {
            let waiting = (pending[stage] ?? []).compactMap { items[$0] }.filter { $0.worker == nil }
            if waiting.isEmpty || workers.values.contains(where: { $0.stage == stage }) {
                missingSince[stage] = nil
                continue
            }
            let since = missingSince[stage] ?? now
            missingSince[stage] = since
            guard now.timeIntervalSince(since) >= configuration.missingStageGraceSeconds else { continue }
            let grace = String(format: "%g", configuration.missingStageGraceSeconds)
            for jobID in Set(waiting.map(\.job)) {
                let mine = waiting.filter { $0.job == jobID }
                let inputs = mine.map { $0.document ?? "the bundle" }.sorted().joined(separator: ", ")
                let last = mine.compactMap(\.lastFailure).first.map { "; last: \($0)" } ?? ""
                jobs[jobID]?.abort(reason: "no \(stage.rawValue) worker was connected for \(grace) s (waiting: \(inputs)\(last))")
                finishIfDone(jobID)
            }
            missingSince[stage] = nil
        }
    }

    /// Counts a missed deadline or a wrong answer against a worker; evicts it at `maxStrikes`.
    ///
    /// A missed deadline counts once per request and worker, so a worker still busy with one
    /// slow document is not evicted for that document alone (it fails after `maxAttempts`).
    private func strike(_ peer: Data, for taskID: String, reason: String) {
        guard var worker = workers[peer], worker.struckFor.insert(taskID).inserted else { return }
        worker.strikes += 1
        workers[peer] = worker
        logger.warning("worker struck", metadata: ["instance": "\(worker.name)", "strikes": "\(worker.strikes)", "reason": "\(reason)"])
        guard worker.strikes >= configuration.maxStrikes else { return }
        gate.evict(worker.key)
        drop(peer, reason: "evicted after \(worker.strikes) strikes (last: \(reason))")
        send(control: .disconnect, to: peer)
    }

    private func complete(_ reply: RoutedMessage, facts: ReplyFacts?, frame: Data, from peer: Data, now: Date) {
        guard let taskID = reply.header.replyTo, var item = items[taskID], item.worker == peer else {
            // A late or duplicate answer: the work was reassigned, given up or already done.
            if let taskID = reply.header.replyTo {
                release(taskID, from: peer)
                workers[peer]?.abandoned.remove(taskID)
            }
            logger.debug("ignoring unmatched reply", metadata: ["replyTo": "\(reply.header.replyTo ?? "-")"])
            return
        }
        if let mismatch = ReplyCheck.mismatch(reply, facts: facts, answering: item.message) {
            // The worker's fault, not the document's: the retry does not count against the document.
            let name = workers[peer]?.name ?? "a worker"
            release(taskID, from: peer)
            items[taskID]?.avoid.insert(peer)
            items[taskID]?.forgiven += 1
            retry(taskID, reason: "\(name) \(mismatch)")
            strike(peer, for: "\(taskID)#\(item.attempt)", reason: mismatch)
            return
        }
        workers[peer]?.proven = true
        let seconds = item.dispatchedAt.map { now.timeIntervalSince($0) } ?? 0
        items[taskID] = nil
        release(taskID, from: peer)
        guard let job = jobs[item.job], let worker = workers[peer] else { return }
        jobMessages[item.job, default: 0] += 1
        var stats = job.stats[worker.name] ?? JobState.InstanceStats(announcement: worker.announcement)
        stats.messages += 1
        stats.seconds += seconds
        let next: [RoutedMessage]
        if reply.header.type == .error {
            // try?: an unreadable error is still an error, reported as such below.
            let report =
                (try? JSONDecoder().decode(ErrorReport.self, from: reply.payload))
                ?? ErrorReport(code: "invalid-payload", message: "\(worker.name) answered with an unreadable error")
            stats.errors += 1
            job.stats[worker.name] = stats
            item.worker = nil
            if report.retryable && item.attempt < configuration.maxAttempts {
                requeue(item)
                return
            }
            journal?.failed(job: item.job, item: taskID, reason: report.message)
            next = job.fail(item, reason: report.message)
        } else {
            // ReplyCheck has made sure this is the reply type the request asked for.
            job.stats[worker.name] = stats
            journal?.replied(job: item.job, item: taskID, frame: frame)
            next = job.accept(reply, facts: facts, for: item)
        }
        enqueue(next)
        sendProgress(job)
        finishing.insert(item.job)
    }

    /// Fails a heavy request that missed its deadline, without retrying it: its document fails
    /// alone (or, for the encoder, goes on without vectors). The worker is not struck, but gets
    /// nothing else until it has answered the request it is still working on.
    private func giveUp(_ item: WorkItem, from peer: Data?, reason: String) {
        if let peer {
            release(item.id, from: peer)
            workers[peer]?.abandoned.insert(item.id)
        }
        items[item.id] = nil
        guard let job = jobs[item.job] else { return }
        journal?.failed(job: item.job, item: item.id, reason: reason)
        enqueue(job.fail(item, reason: reason))
        sendProgress(job)
        finishIfDone(item.job)
    }

    /// Takes a request from a worker that is not at fault for it and queues it for another, uncharged.
    private func reassign(_ taskID: String, from peer: Data, reason: String) {
        release(taskID, from: peer)
        items[taskID]?.avoid.insert(peer)
        items[taskID]?.forgiven += 1
        retry(taskID, reason: reason)
    }

    private func release(_ taskID: String, from peer: Data) {
        workers[peer]?.tasks.removeAll { $0 == taskID }
    }

    private func retry(_ taskID: String, reason: String) {
        guard var item = items[taskID] else { return }
        item.worker = nil
        item.dispatchedAt = nil
        item.deadline = nil
        item.heavy = false
        item.lastFailure = reason
        if item.attempt - item.forgiven >= configuration.maxAttempts {
            items[taskID] = nil
            guard let job = jobs[item.job] else { return }
            let why = "gave up after \(item.attempt) attempts: \(reason)"
            journal?.failed(job: item.job, item: taskID, reason: why)
            let next = job.fail(item, reason: why)
            enqueue(next)
            finishIfDone(item.job)
        } else {
            requeue(item)
        }
    }

    private func requeue(_ item: WorkItem) {
        var item = item
        item.message.header.attempt += 1
        item.worker = nil
        item.dispatchedAt = nil
        item.deadline = nil
        item.heavy = false
        items[item.id] = item
        pending[item.stage, default: []].prepend(item.id)
    }

    private func enqueue(_ messages: [RoutedMessage]) {
        for message in messages {
            guard let stage = message.header.type.handlingStage else { continue }
            items[message.header.id] = WorkItem(message: message, stage: stage)
            pending[stage, default: []].append(message.header.id)
        }
    }

    /// Hands queued requests to the least loaded workers of their stage, within their credit.
    ///
    /// A request avoids the workers that already failed it (missed its deadline, answered
    /// something else) while another worker of its stage is connected; it waits for that one.
    private func dispatch(now: Date) {
        for stage in Stage.allCases {
            guard var queue = pending[stage], !queue.isEmpty else { continue }
            // Requests requeued while this runs (a worker found unreachable) land in the emptied
            // queue and stay ahead of the ones kept here.
            pending[stage] = []
            var kept = Deque<String>()
            while let taskID = queue.popFirst() {
                guard var item = items[taskID], item.worker == nil else { continue }
                if item.message.payload.count >= Socket.maxJoinedBytes - (64 << 10) {
                    // A receiver drops the connection on a message over the limit: fail it here, with the reason.
                    let size = String(format: "%.0f MB", Double(item.message.payload.count) / 1_048_576)
                    giveUp(
                        item, from: nil,
                        reason: "the \(stage.rawValue) request is \(size), over the "
                            + "\(Socket.maxJoinedBytes >> 20) MB a message may carry")
                    continue
                }
                guard let peer = availableWorker(for: stage, avoiding: item.avoid) else {
                    kept.append(taskID)
                    if availableWorker(for: stage, avoiding: []) == nil { break }
                    continue
                }
                item.worker = peer
                item.dispatchedAt = now
                items[taskID] = item
                workers[peer]?.tasks.append(taskID)
                workers[peer]?.lastDispatch = now
                guard let bytes = send(item.message, to: peer) else {
                    drop(peer, reason: "unreachable")
                    continue
                }
                items[taskID]?.deadline = now.addingTimeInterval(configuration.requestTimeout(bytes: bytes))
                items[taskID]?.heavy = bytes >= configuration.heavyRequestBytes
                items[taskID]?.sentBytes = bytes
            }
            kept.append(contentsOf: queue)
            pending[stage, default: []].append(contentsOf: kept)
        }
    }

    /// The least loaded proven worker of `stage` with credit left, not one of `avoid` unless
    /// every connected worker of the stage is one of them.
    ///
    /// A worker holding a heavy request (a big document, with a long deadline) gets nothing
    /// more until it answers: a small document queued behind it would wait as long, and fail
    /// with it if it is too slow.
    private func availableWorker(for stage: Stage, avoiding avoid: Set<Data>) -> Data? {
        let ofStage = workers.values.filter { $0.stage == stage && $0.proven }
        let others = ofStage.filter { !avoid.contains($0.routingID) }
        return (others.isEmpty ? ofStage : others)
            .filter { $0.tasks.count < configuration.workerCredit && $0.abandoned.isEmpty && !$0.tasks.contains { items[$0]?.heavy == true } }
            .min { ($0.tasks.count, $0.lastDispatch) < ($1.tasks.count, $1.lastDispatch) }?
            .routingID
    }

    // MARK: Sending

    /// Sends to a worker; returns the frame's size, or nil when it could not be sent.
    @discardableResult
    private func send(_ message: RoutedMessage, to peer: Data) -> Int? {
        do {
            // As pieces: a big payload (an analysis, a link request) goes out without a copy.
            let frame = try RoutedMessage.framePieces(header: message.header, payload: [message.payload])
            recorder?.record(message.header.type, pieces: frame.pieces)
            return try backend.send(pieces: [[peer], frame.pieces], wait: false) ? frame.count : nil
        } catch {
            logger.debug("send to worker failed: \(error)")
            return nil
        }
    }

    /// Sends a message the coordinator made itself (control, errors) to a worker.
    @discardableResult
    private func send(_ envelope: Envelope, to peer: Data) -> Int? {
        do {
            return send(try RoutedMessage(envelope), to: peer)
        } catch {
            logger.error("cannot encode \(envelope.id) for a worker: \(error)")
            return nil
        }
    }

    @discardableResult
    private func send(control payload: Payload, to peer: Data) -> Int? {
        send(Envelope(id: "coordinator:\(payload.messageType.rawValue)", sender: "coordinator", payload: payload), to: peer)
    }

    private func send(error: ErrorReport, replyTo: String?, to peer: Data) {
        errorCounter += 1
        send(Envelope(id: "coordinator:e\(errorCounter)", sender: "coordinator", replyTo: replyTo, payload: .error(error)), to: peer)
    }

    private func send(toClient client: Data, _ envelope: Envelope) {
        do {
            send(toClient: client, try RoutedMessage(envelope))
        } catch {
            logger.error("cannot encode \(envelope.id) for a client: \(error)")
        }
    }

    private func send(toClient client: Data, _ message: RoutedMessage) {
        do {
            send(toClient: client, frame: try message.frame, type: message.header.type)
        } catch {
            logger.warning("send to client failed: \(error)")
        }
    }

    private func send(toClient client: Data, frame: Data, type: MessageType) {
        send(toClient: client, pieces: [frame], type: type)
    }

    /// Sends a frame given as consecutive pieces (see `Socket.send(pieces:)`).
    private func send(toClient client: Data, pieces: [Data], type: MessageType) {
        do {
            recorder?.record(type, pieces: pieces)
            try frontend.send(pieces: [[client], pieces], wait: false)
        } catch {
            logger.warning("send to client failed: \(error)")
        }
    }

    private func reply(toClient client: Data, error: ErrorReport, replyTo: String?) {
        errorCounter += 1
        send(toClient: client, Envelope(id: "coordinator:e\(errorCounter)", sender: "coordinator", replyTo: replyTo, payload: .error(error)))
    }
}
