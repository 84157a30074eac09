import CrosscheckSchema
import Foundation

/// A fault-injection switch for tests: a worker that dies on a chosen request, as a crash would.
///
/// Set `CROSSCHECK_TEST_CRASH=<stage>:<text>` in a worker's environment and that worker kills
/// itself (SIGKILL, no clean-up, no reply) when it starts a request of `<stage>` whose id
/// contains `<text>`. Unset, it costs one dictionary lookup at start-up and nothing per request.
/// It exists so integration tests can show that a crashing stage leads to a requeue and then
/// a failure naming the input, never a hang.
public struct CrashInjection: Sendable {
    public let stage: Stage
    public let text: String

    /// The switch from the environment, or nil when it is unset or malformed.
    public init?(environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard let value = environment["CROSSCHECK_TEST_CRASH"] else { return nil }
        let parts = value.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let stage = Stage(rawValue: parts[0]), !parts[1].isEmpty else { return nil }
        self.stage = stage
        self.text = parts[1]
    }

    /// Whether a worker of `stage` must die on the request with id `requestID`.
    public func matches(stage: Stage, requestID: String) -> Bool {
        stage == self.stage && requestID.contains(text)
    }

    /// Dies on the spot, as `kill -9` would, when `requestID` matches.
    public func crashIfMatching(stage: Stage, requestID: String) {
        guard matches(stage: stage, requestID: requestID) else { return }
        kill(getpid(), SIGKILL)
    }
}
