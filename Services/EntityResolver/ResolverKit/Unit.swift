import TextCore

/// A piece of a capitalised run: a knowledge-base phrase, a role title, or one plain word.
struct Unit: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case known(ResolverLexicon.PhraseTarget)
        case role(String)
        case word
    }

    var kind: Kind
    /// Token indices `first...last` in the zone.
    var first: Int
    var last: Int

    var isWord: Bool { if case .word = kind { return true } else { return false } }
    var knownTarget: ResolverLexicon.PhraseTarget? { if case .known(let t) = kind { return t } else { return nil } }
    var roleKey: String? { if case .role(let r) = kind { return r } else { return nil } }
}
