import CrosscheckSchema
import Foundation

/// What one `story add` will do: which collected documents are new, which the story already
/// holds (same content, found by digest and confirmed byte for byte), and the whole bundle the
/// pipeline then runs over.
///
/// A new document whose id a stored one already uses (another file with the same base name) gets
/// the next free `~N` suffix, as `crosscheck run` numbers repeated ids.
public struct AdditionPlan: Sendable {
    public var added: [StoredDocument]
    /// One line per input already in the story, naming it and the stored document it repeats.
    public var duplicates: [String]
    /// Stored and new documents, ordered by id: the bundle the job runs over.
    public var bundle: [RawDocument]

    public init(collected: [RawDocument], stored: [StoredDocument], at date: Date = Date()) {
        var byDigest = Dictionary(grouping: stored, by: \.digest)
        var ids = Set(stored.map(\.document.id))
        added = []
        duplicates = []
        for document in collected {
            let digest = StoredDocument.digest(of: document)
            if let same = byDigest[digest]?.first(where: { $0.document.data == document.data && $0.document.format == document.format }) {
                duplicates.append("\(document.path): already in the story as \(same.document.id)")
                continue
            }
            var candidate = document
            var n = 2
            while ids.contains(candidate.id) {
                candidate.id = "\(document.id)~\(n)"
                n += 1
            }
            ids.insert(candidate.id)
            let entry = StoredDocument(document: candidate, digest: digest, addedAt: date)
            byDigest[digest, default: []].append(entry)
            added.append(entry)
        }
        bundle = (stored + added).map(\.document).sorted { $0.id < $1.id }
    }
}
