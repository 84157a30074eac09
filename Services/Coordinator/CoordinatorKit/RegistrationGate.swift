import Foundation

/// Decides whether a `worker.ready` may register: a per-stage cap, a rate limit, evictions.
///
/// Defends the coordinator against a flood of registrations (a broken supervisor, or a
/// hostile peer where CURVE is off): beyond `registrationsPerSecond` (token bucket with a
/// burst of the same size) announcements are ignored, and a refused worker that keeps
/// heartbeating is told to disconnect and reconnect later. An evicted instance stays out.
struct RegistrationGate {
    enum Refusal: Equatable {
        case rateLimited
        case stageFull(limit: Int)
        case evicted
    }

    let maxPerStage: Int
    let perSecond: Double
    private var tokens: Double
    private var refilled: Date
    private var evicted: Set<String> = []

    init(maxPerStage: Int, perSecond: Double, now: Date = Date()) {
        self.maxPerStage = max(1, maxPerStage)
        self.perSecond = max(1, perSecond)
        self.tokens = max(1, perSecond)
        self.refilled = now
    }

    /// Whether an announcement may register now, given how many workers its stage has.
    mutating func admit(_ key: String, stageCount: Int, now: Date = Date()) -> Refusal? {
        if evicted.contains(key) { return .evicted }
        tokens = min(perSecond, tokens + now.timeIntervalSince(refilled) * perSecond)
        refilled = now
        guard tokens >= 1 else { return .rateLimited }
        tokens -= 1
        return stageCount >= maxPerStage ? .stageFull(limit: maxPerStage) : nil
    }

    /// Keeps an instance out from now on.
    mutating func evict(_ key: String) { evicted.insert(key) }
}
