import Foundation

/// Lazily built matchers shared by copies of one knowledge base value.
final class MatcherCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entity: PhraseMatcher?
    private var lexicon: PhraseMatcher?

    func entityMatcher(_ build: () -> PhraseMatcher) -> PhraseMatcher { cached(\.entity, build) }

    func lexiconMatcher(_ build: () -> PhraseMatcher) -> PhraseMatcher { cached(\.lexicon, build) }

    /// The matcher in `slot`, built on first use under the lock.
    private func cached(
        _ slot: ReferenceWritableKeyPath<MatcherCache, PhraseMatcher?>,
        _ build: () -> PhraseMatcher
    ) -> PhraseMatcher {
        lock.lock()
        defer { lock.unlock() }
        if let matcher = self[keyPath: slot] { return matcher }
        let built = build()
        self[keyPath: slot] = built
        return built
    }
}
