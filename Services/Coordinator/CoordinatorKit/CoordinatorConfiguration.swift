import Foundation
import ZeroMQ

/// Where the coordinator listens and how patient it is with workers, requests and jobs.
///
/// Deadlines come in three sizes: a request's (a floor plus time per megabyte of the request,
/// capped by `taskTimeoutSeconds`), a job's (`jobTimeoutSeconds`, or less when the client asks),
/// and a stage's (`missingStageGraceSeconds` with work queued and no worker of that stage).
public struct CoordinatorConfiguration: Sendable {
    /// ROUTER for clients submitting jobs (`crosscheck submit`, `crosscheck run`).
    public var frontend: String
    /// ROUTER for stage workers, which connect and announce themselves.
    public var backend: String
    public var heartbeatMilliseconds: Int
    /// Heartbeat intervals of silence after which a worker is presumed dead.
    public var liveness: Int
    /// How often one piece of work may be tried before its document (or job) fails.
    public var maxAttempts: Int
    /// Longest time one request may stay with a worker, whatever its size.
    public var taskTimeoutSeconds: Double
    /// Shortest deadline of one request, however small.
    public var requestTimeoutFloorSeconds: Double
    /// Deadline added per MiB of a request's frame.
    public var requestSecondsPerMegabyte: Double
    /// Longest a job may run, from acceptance to result.
    public var jobTimeoutSeconds: Double
    /// How long work may wait for a stage that has no live worker before its job fails.
    public var missingStageGraceSeconds: Double
    /// Missed deadlines or wrong answers after which a worker is evicted for good.
    public var maxStrikes: Int
    /// Most workers one stage may have registered at once.
    public var maxWorkersPerStage: Int
    /// Registrations accepted per second (a burst of the same size is allowed).
    public var registrationsPerSecond: Double
    /// NDJSON file receiving every message that crosses the coordinator, if set.
    public var recordPath: String?
    /// Largest single document accepted, in bytes (as received, not as declared).
    public var maxDocumentBytes: Int
    /// Requests one worker may hold at once (1 is the guide's strict READY gating).
    public var workerCredit: Int
    /// A request frame at least this big is heavy: its worker gets no other request until it answers.
    public var heavyRequestBytes = 1 << 20
    /// The coordinator's CURVE key pair: with it both sockets are CURVE servers.
    public var curveKeys: CurveKeyPair?
    /// Raw public keys of the clients and workers the ZAP handler admits (with `curveKeys`).
    public var authorizedKeys: Set<Data> = []
    /// Allow binding a non-loopback endpoint without CURVE keys.
    public var insecure = false
    /// Append-only journal of accepted jobs and completed replies, for resuming after a crash.
    public var journalPath: String?
    /// Size past which new jobs are not journaled.
    public var journalMaxBytes = 1 << 30

    public init(
        frontend: String = "tcp://127.0.0.1:5570", backend: String = "tcp://127.0.0.1:5571",
        heartbeatMilliseconds: Int = 1000, liveness: Int = 5, maxAttempts: Int = 3,
        taskTimeoutSeconds: Double = 600, recordPath: String? = nil,
        maxDocumentBytes: Int = 16 << 20, workerCredit: Int = 2
    ) {
        self.frontend = frontend
        self.backend = backend
        self.heartbeatMilliseconds = heartbeatMilliseconds
        self.liveness = liveness
        self.maxAttempts = maxAttempts
        self.taskTimeoutSeconds = taskTimeoutSeconds
        self.recordPath = recordPath
        self.maxDocumentBytes = maxDocumentBytes
        self.workerCredit = max(1, workerCredit)
        self.requestTimeoutFloorSeconds = 60
        self.requestSecondsPerMegabyte = 20
        self.jobTimeoutSeconds = 3600
        self.missingStageGraceSeconds = 30
        self.maxStrikes = 3
        self.maxWorkersPerStage = 64
        self.registrationsPerSecond = 50
    }

    /// The deadline of a request whose frame has `bytes` bytes.
    public func requestTimeout(bytes: Int) -> Double {
        let scaled = requestTimeoutFloorSeconds + requestSecondsPerMegabyte * Double(bytes) / 1_048_576
        return min(taskTimeoutSeconds, scaled)
    }
}
