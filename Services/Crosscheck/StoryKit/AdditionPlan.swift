import CrosscheckSchema
import Foundation

/// What one `story add` will do: which collected documents are new and which the story already
/// holds (same content, found by digest and confirmed byte for byte).
///
/// A new document whose id a stored one already uses (another file with the same base name) gets
/// the next free `~N` suffix, as `crosscheck run` numbers repeated ids. Planning reads only the
/// stored documents' ids and digests, and the bytes of a stored document only when its digest
/// matches a collected one, so it does not grow with the story's text.
public struct AdditionPlan: Sendable {
    public var added: [StoredDocument]
    /// One line per input already in the story, naming it and the stored document it repeats.
    public var duplicates: [String]

    /// `digests` maps each content digest to the ids of the stored documents having it; `load`
    /// reads one stored document by id (called only for a digest match).
    public init(
        collected: [RawDocument], digests: [String: [String]], load: (String) throws -> RawDocument?,
        at date: Date = Date()
    ) rethrows {
        var ids = Set(digests.values.joined())
        var addedByDigest: [String: [RawDocument]] = [:]
        added = []
        duplicates = []
        for document in collected {
            let digest = StoredDocument.digest(of: document)
            let candidates = try (digests[digest] ?? []).compactMap(load) + (addedByDigest[digest] ?? [])
            if let same = candidates.first(where: { $0.data == document.data && $0.format == document.format }) {
                duplicates.append("\(document.path): already in the story as \(same.id)")
                continue
            }
            var candidate = document
            var n = 2
            while ids.contains(candidate.id) {
                candidate.id = "\(document.id)~\(n)"
                n += 1
            }
            ids.insert(candidate.id)
            addedByDigest[digest, default: []].append(candidate)
            added.append(StoredDocument(document: candidate, digest: digest, addedAt: date))
        }
    }

    /// A plan against stored documents held in memory.
    public init(collected: [RawDocument], stored: [StoredDocument], at date: Date = Date()) {
        let byID = Dictionary(stored.map { ($0.document.id, $0.document) }, uniquingKeysWith: { first, _ in first })
        let digests = Dictionary(grouping: stored, by: \.digest).mapValues { $0.map(\.document.id) }
        self.init(collected: collected, digests: digests, load: { byID[$0] }, at: date)
    }

    /// The stored and new documents ordered by id: the bundle a report over the whole story runs over.
    public func bundle(stored: [RawDocument]) -> [RawDocument] {
        (stored + added.map(\.document)).sorted { $0.id < $1.id }
    }
}
