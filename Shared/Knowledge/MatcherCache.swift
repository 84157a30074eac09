import Foundation

/// Lazily built matchers shared by copies of one knowledge base value.
final class MatcherCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entity: PhraseMatcher?
    private var lexicon: PhraseMatcher?

    func entityMatcher(_ build: () -> PhraseMatcher) -> PhraseMatcher {
        lock.lock()
        defer { lock.unlock() }
        if let entity { return entity }
        let built = build()
        entity = built
        return built
    }

    func lexiconMatcher(_ build: () -> PhraseMatcher) -> PhraseMatcher {
        lock.lock()
        defer { lock.unlock() }
        if let lexicon { return lexicon }
        let built = build()
        lexicon = built
        return built
    }
}
