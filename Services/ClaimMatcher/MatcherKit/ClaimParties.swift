/// Who a claim is about, as `ClusterJudge` compares two claims: made once per claim.
///
/// The judge asks of many pairs of a cluster whether they name the same participants; building
/// these sets per pair made judging a large cluster quadratic in set constructions. The document
/// is not part of it: claims naming the same parties are compared once, whatever their documents.
struct ClaimParties: Hashable, Sendable {
    /// A generic subject ("anybody arrested for X") is about no participant in particular.
    var generic: Bool
    /// People named as subject, as object, and anywhere in the content, the speaker aside.
    var subjectPeople: Set<String>
    var objectPeople: Set<String>
    var contentPeople: Set<String>
    /// Entities named as subject or in the content, the speaker aside.
    var participants: Set<String>
    /// Words after the counted noun ("seasons as director").
    var countModifiers: Set<String>

    init(_ c: ClaimFeatures, persons: Set<String>) {
        let speaker = c.claim.speaker
        func people(_ ids: [String]) -> Set<String> { Set(ids.filter { persons.contains($0) && $0 != speaker }) }
        generic = c.genericSubject
        subjectPeople = people(c.claim.subject)
        objectPeople = people(c.claim.object.map { [$0] } ?? [])
        contentPeople = people(c.entities)
        participants = Set((c.claim.subject + c.entities).filter { $0 != speaker })
        countModifiers = c.countModifiers
    }

    /// Whether two claims may be about the same participants: the people they name as subject,
    /// as object, or anywhere in their content overlap wherever both name some.
    func compatible(with other: ClaimParties) -> Bool {
        guard !generic, !other.generic else { return false }
        func overlapOrMissing(_ x: Set<String>, _ y: Set<String>) -> Bool { x.isEmpty || y.isEmpty || !x.isDisjoint(with: y) }
        return overlapOrMissing(subjectPeople, other.subjectPeople) && overlapOrMissing(objectPeople, other.objectPeople)
            && overlapOrMissing(contentPeople, other.contentPeople)
    }

    /// Whether two claims holding different values of `slot` are rival statements of one fact:
    /// compatible participants; the same participants positively when one side names some and
    /// the other none ("one of the party fell some 700 metres" says nothing of who), or whenever
    /// `shared` is asked; and for counts the same thing counted ("four seasons as director" /
    /// "19 seasons with the club").
    func rivals(_ other: ClaimParties, slot: String, shared: Bool) -> Bool {
        guard compatible(with: other) else { return false }
        if slot == "count", !countModifiers.isEmpty, !other.countModifiers.isEmpty, countModifiers.isDisjoint(with: other.countModifiers) {
            return false
        }
        if shared || participants.isEmpty != other.participants.isEmpty { return !participants.isDisjoint(with: other.participants) }
        return true
    }
}
