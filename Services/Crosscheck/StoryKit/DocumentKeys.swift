import CrosscheckSchema

/// The linking keys of one stored document: what a preview add (`ReportTiming.preview`) looks up
/// to find the stored documents a new one may change.
///
/// A document's keys are the resolver's entity keys of the entities its mentions name (a
/// knowledge-base id, or a key made from the entity's folded name), so two documents share a
/// key when the resolver would offer the bundle linker the same entity from both. Claims are
/// blocked and clustered around the entities they name, so the stored documents sharing the
/// rarest keys with a new one are those whose blocks it enters.
public enum DocumentKeys {
    /// At most this many stored documents are compared for each new one.
    public static let perNewDocument = 8
    /// A key held by more stored documents than this is not followed: it names no block (a
    /// country every article of the story mentions), and following it would read a share of the story.
    public static let commonFrom = 200

    /// The distinct keys of the entities `document`'s mentions name, sorted.
    public static func keys(of document: SettledDocument) -> [String] {
        keys(of: document.resolved)
    }

    /// The distinct keys of the entities `document`'s mentions name, sorted.
    public static func keys(of document: ResolvedDocument) -> [String] {
        keys(ofEntities: document.mentions.map(\.entity))
    }

    /// The distinct keys of mentions naming these entities (by key), sorted.
    public static func keys(ofEntities entities: [String]) -> [String] {
        Set(entities).sorted()
    }

    /// The stored documents to compare with the new ones: for each new document (by id), the
    /// stored documents sharing keys with it, ranked by the sum over shared keys of one over the
    /// number of stored documents holding the key (the rarer the shared keys, the higher), ties
    /// by id, at most `limit` each; their union, sorted by id.
    ///
    /// `holders(key)` gives the stored documents holding a key, or nil for a key held by more than
    /// `commonFrom` (not followed).
    public static func touched(
        keys: [String: [String]], limit: Int = perNewDocument, holders: (String) throws -> [String]?
    ) rethrows -> [String] {
        var cache: [String: [String]?] = [:]
        var chosen = Set<String>()
        for id in keys.keys.sorted() {
            var score: [String: Double] = [:]
            for key in Set(keys[id] ?? []).sorted() {
                let documents: [String]?
                if let known = cache[key] {
                    documents = known
                } else {
                    documents = try holders(key)
                    cache[key] = documents
                }
                guard let documents, !documents.isEmpty else { continue }
                for document in documents { score[document, default: 0] += 1 / Double(documents.count) }
            }
            let ranked = score.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            chosen.formUnion(ranked.prefix(limit).map(\.key))
        }
        return chosen.sorted()
    }
}
