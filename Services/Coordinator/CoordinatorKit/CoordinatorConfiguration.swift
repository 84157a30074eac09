import Foundation

/// Where the coordinator listens and how patient it is with workers.
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
    /// Seconds one piece of work may stay with a live worker before it is given to another.
    public var taskTimeoutSeconds: Double
    /// NDJSON file receiving every message that crosses the coordinator, if set.
    public var recordPath: String?
    /// Largest single document accepted, in bytes.
    public var maxDocumentBytes: Int
    /// Requests one worker may hold at once (1 is the guide's strict READY gating).
    public var workerCredit: Int

    public init(frontend: String = "tcp://127.0.0.1:5570", backend: String = "tcp://127.0.0.1:5571",
                heartbeatMilliseconds: Int = 1000, liveness: Int = 5, maxAttempts: Int = 3,
                taskTimeoutSeconds: Double = 600, recordPath: String? = nil,
                maxDocumentBytes: Int = 16 << 20, workerCredit: Int = 2) {
        self.frontend = frontend; self.backend = backend
        self.heartbeatMilliseconds = heartbeatMilliseconds; self.liveness = liveness
        self.maxAttempts = maxAttempts; self.taskTimeoutSeconds = taskTimeoutSeconds
        self.recordPath = recordPath; self.maxDocumentBytes = maxDocumentBytes
        self.workerCredit = max(1, workerCredit)
    }
}
