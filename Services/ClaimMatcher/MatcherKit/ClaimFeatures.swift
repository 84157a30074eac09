import CrosscheckSchema

/// A claim plus what matching and judging need to know about it.
struct ClaimFeatures: Sendable {
    var claim: Claim
    /// Position among all claims of the bundle (documents in bundle order, then claim order).
    var order: Int
    var docIndex: Int
    /// Every entity id named in the claim's content, in order of first mention.
    var entities: [String]
    /// Lexical terms: folded content-word stems, `p:`/`o:` synonym keys and `e:` entity keys.
    var terms: [String]
    var date: DateValue?
    var countHead: String?
    var stage: Int?
    /// The stage of the claim's own predicate, when it is a step of a process.
    var predicateStage: Int?
    var published: CivilDate?
    /// Role key → the person the claim's document names as holding it.
    var holders: [String: String] = [:]
    /// The event the claim is about when its predicate or an object names one ("strike").
    var event: String?
    /// Whether the content is negated, whatever its modality ("NATO was likely not informed"
    /// is hedged and negated): polarity for disputes between voices.
    var negatesContent = false
    /// WordNet event classes of the predicate word (see `MatcherLexicon.eventClasses`).
    var senses: [Int] = []
    /// WordNet event classes of every event word of the claim's content, sorted.
    var contentSenses: [Int] = []
    /// Whether the clause marks its values preliminary, a lower bound or revised ("at least 12").
    var provisional = false
    /// The named period within a year the clause ties its values to ("the fourth quarter" →
    /// "quarter4"), or nil: values of different periods are different events, not rival values.
    var period: String?
    /// Code point offsets of the predicate token the claim was built around.
    var trigger: Range<Int>? = nil
    /// The counted noun's modifier words ("seasons as director" → director).
    var countModifiers: Set<String> = []
    /// The slots whose figure is marked approximate ("almost three hours") → the side the true
    /// value may lie on ("below", "around", "above").
    var approximate: [String: String] = [:]
    /// Whether the clause's subject is an indefinite pronoun ("anybody arrested for X"): a
    /// generic statement, about no participant in particular.
    var genericSubject = false
    /// Whether the object is a pronoun right after the predicate ("did not meet them"): a
    /// specific object the claim does not name, which matches no other claim's object.
    var pronounObject = false
    /// The participant candidates' feature rows, kept only for the training dump.
    var participantRows: [ParticipantRow] = []

    var isNegated: Bool { claim.modality == .negated }
    var isWeak: Bool { claim.modality.isWeak }
    /// Who vouches for the claim: the speaker's id, or the outlet itself.
    var voice: String { claim.speaker ?? "" }
}
