import Foundation
import ZeroMQ

/// How a stage worker reaches its coordinator and judges whether the coordinator is alive.
public struct WorkerConfiguration: Sendable {
    /// The coordinator's backend endpoint, e.g. `tcp://127.0.0.1:5571`.
    public var endpoint: String
    /// Name reported in `run.json` (`parser-2`); defaults to stage and process id.
    public var instance: String
    public var heartbeatMilliseconds: Int
    /// Heartbeat intervals without hearing from the coordinator before reconnecting.
    public var liveness: Int
    /// Longest pause between reconnection attempts.
    public var maxBackoffMilliseconds: Int
    /// How many answered requests to keep, by message id, for retried requests.
    public var replyCacheSize: Int
    /// This worker's CURVE key pair, when the coordinator requires CURVE.
    public var curveKeys: CurveKeyPair?
    /// The coordinator's CURVE public key (with `curveKeys`).
    public var curveServerKey: String?

    public init(
        endpoint: String, instance: String, heartbeatMilliseconds: Int = 1000,
        liveness: Int = 5, maxBackoffMilliseconds: Int = 8000, replyCacheSize: Int = 32
    ) {
        self.endpoint = endpoint
        self.instance = instance
        self.heartbeatMilliseconds = heartbeatMilliseconds
        self.liveness = liveness
        self.maxBackoffMilliseconds = maxBackoffMilliseconds
        self.replyCacheSize = replyCacheSize
    }
}
