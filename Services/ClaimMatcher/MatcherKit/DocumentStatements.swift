/// What a group of claims says in each document: a cannot-link between two groups.
///
/// One article states each event it reports in its own sentences. When two groups share at
/// least `minimumDocuments` articles and, in every one of them, their claims name other events
/// (no trigger lemma in common) of other actors (named subjects on both sides, none in common:
/// "the agreement violates the 1996 accords" / "Kosovo pointed to Serbia's role in the 1990s"),
/// the groups are different statements of those articles, and joining them (through claims of
/// other documents that score high with both) mixes two events. The same event told twice in one
/// article keeps its actors ("Serbia and Hungary are entering discussions" / "Serbia and Hungary
/// appear to be advancing") or its word. One shared article is not enough: on ECB+ dev per topic,
/// vetoing as soon as one article differs cut claim-pair recall from 52.3 to 43.1, and vetoing
/// when every shared article differs, one being enough, to 49.8; with two, F1 rose (66.0 → 66.2).
/// A claim with an eventless trigger ("said", "highlighted") names no event but its subjects count.
struct DocumentStatements: Sendable {
    /// Trigger lemmas and named subjects of a group's claims in one document.
    private struct Statement: Sendable {
        var lemmas: Set<String>
        var subjects: Set<Int>
    }

    /// Document index → what the group's claims there say.
    private var documents: [Int: Statement] = [:]

    /// Shared documents that must each say something else for a veto.
    static let minimumDocuments = 2

    /// No statement.
    init() {}

    /// The statement of one claim: its document, trigger lemma (event, else predicate) and subjects.
    init(document: Int, trigger: String?, subjects: some Sequence<Int>) {
        documents = [document: Statement(lemmas: Set([trigger].compactMap { $0 }), subjects: Set(subjects))]
    }

    /// Whether the groups share at least `minimumDocuments` documents and in each of them their
    /// claims share no trigger lemma and name only different subjects.
    func differ(from other: DocumentStatements) -> Bool {
        let (small, large) = documents.count <= other.documents.count ? (documents, other.documents) : (other.documents, documents)
        var shared = 0
        for (document, mine) in small {
            guard let theirs = large[document] else { continue }
            shared += 1
            let otherEvent = mine.lemmas.isDisjoint(with: theirs.lemmas)
            let otherActors = !mine.subjects.isEmpty && !theirs.subjects.isEmpty && mine.subjects.isDisjoint(with: theirs.subjects)
            if !otherEvent || !otherActors { return false }
        }
        return shared >= Self.minimumDocuments
    }

    /// Both groups' statements.
    func merged(with other: DocumentStatements) -> DocumentStatements {
        var joined = self
        joined.merge(other)
        return joined
    }

    /// Adds the other group's statements, in place: the smaller table is added to the larger, so
    /// a group growing one claim at a time is neither copied nor rebuilt per join.
    mutating func merge(_ other: consuming DocumentStatements) {
        var small = other
        if small.documents.count > documents.count { swap(&self, &small) }
        for (document, statement) in small.documents {
            guard let index = documents.index(forKey: document) else {
                documents[document] = statement
                continue
            }
            documents.values[index].lemmas.formUnion(statement.lemmas)
            documents.values[index].subjects.formUnion(statement.subjects)
        }
    }
}
