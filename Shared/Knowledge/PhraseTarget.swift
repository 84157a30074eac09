/// What a phrase in a ``PhraseMatcher`` stands for: an entry, a role or a lexicon cue.
public struct PhraseTarget: Sendable, Hashable, Codable {
    /// The kind of thing matched.
    public enum Kind: String, Sendable, Hashable, Codable {
        case entry, role
        case reportingVerb, reportingPhrase, hedge, speculative, negation, loadedTerm, boilerplate
        case other
    }

    /// Which surface form of the thing was matched.
    public enum Form: String, Sendable, Hashable, Codable {
        case name, alias, adjective, demonym, code, roleForm, term
    }

    public var kind: Kind
    /// Entry id, role id, verb lemma, loaded-term category, or the cue itself for other lists.
    public var id: String
    public var form: Form

    public init(kind: Kind, id: String, form: Form) {
        self.kind = kind
        self.id = id
        self.form = form
    }
}
