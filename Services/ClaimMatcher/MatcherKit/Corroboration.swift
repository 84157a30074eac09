/// Whether two documents of a cluster make the same claim: the evidence an `agreed` verdict needs.
///
/// The linkers join claims transitively: by average link, a cluster may hold claims of several
/// documents of one story that say different things ("the ministers could raise pressure" /
/// "the ministers committed to working together"), none of them contradicting another. Such a
/// cluster shows sources on one matter, not sources that agree (`related`). A claim is corroborated
/// by a claim of another document of its cluster when the two are linked directly by strong
/// evidence: the scorer put them at or above its threshold with one trigger, a learned trigger
/// pair or a paraphrase and nothing telling them apart (`add`, from `ScoredLinker.corroborates`),
/// or they share their trigger lemma (not an eventless one: "said" / "said") and a participant
/// (a subject entity or the object).
struct Corroboration: Sendable {
    /// Lemmas naming no event of their own (`ClaimMatcher.eventless`).
    var eventless: Set<String>
    /// Each claim's strongly linked partners, by claim index.
    private var partners: [Int: [Int]] = [:]

    init(eventless: Set<String>) {
        self.eventless = eventless
    }

    /// Records that claims `i` and `j` (of different documents) are linked by strong evidence.
    mutating func add(_ i: Int, _ j: Int) {
        partners[i, default: []].append(j)
        partners[j, default: []].append(i)
    }

    /// Whether claims of two documents among `members` (claim indices) are linked directly.
    func corroborates(_ members: [Int], claims: [ClaimFeatures]) -> Bool {
        let inCluster = Set(members)
        for i in members {
            for j in partners[i] ?? [] where inCluster.contains(j) && claims[j].docIndex != claims[i].docIndex {
                return true
            }
        }
        // The same trigger and a shared participant, in two documents.
        var firstDocument: [String: Int] = [:]
        for i in members {
            let c = claims[i]
            let trigger = c.event ?? c.claim.predicate
            guard !eventless.contains(trigger) else { continue }
            var participants = c.claim.subject.map { "s|" + $0 }
            if let object = c.claim.object, !c.pronounObject { participants.append("o|" + object) }
            for participant in participants {
                let key = trigger + "|" + participant
                if let doc = firstDocument[key] {
                    if doc != c.docIndex { return true }
                } else {
                    firstDocument[key] = c.docIndex
                }
            }
        }
        return false
    }
}
