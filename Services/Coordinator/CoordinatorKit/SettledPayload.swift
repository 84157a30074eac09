import CrosscheckSchema
import Foundation

/// A `SettledDocument` a job came with, kept as the JSON it arrived as: the coordinator reads
/// the few facts it needs (the id, the parser's warnings, the vectors) from the bytes and
/// forwards the resolved document's bytes to the linker, without decoding the documents.
struct SettledPayload: Sendable {
    /// The document id (the parsed document's, which the resolved one must repeat).
    let id: String
    /// The resolved document's JSON, as the linker receives it.
    let resolved: Data
    let warnings: [String]
    let vectors: SentenceVectors?

    /// Reads one `SettledDocument` object; nil when it is not one (the document is then computed again).
    init?(_ bytes: Data) {
        guard let object = JSONObjectBytes(bytes), let parsed = object.value("parsed").flatMap(JSONObjectBytes.init),
            let resolved = object.value("resolved"),
            let document = JSONObjectBytes(resolved)?.value("document").flatMap(JSONObjectBytes.init)
        else { return nil }
        do {
            guard let id = try parsed.decode(String.self, "id"), try document.decode(String.self, "id") == id else { return nil }
            self.id = id
            warnings = try parsed.decode([String].self, "warnings") ?? []
            vectors = try object.decode(SentenceVectors.self, "vectors")
        } catch {
            return nil
        }
        // A copy: a slice would keep the whole job.submit frame alive as long as the job.
        self.resolved = resolved.withUnsafeBytes { Data($0) }
    }

    /// The payloads of typed outputs (a client that sent `JobRequest.settled` decoded).
    static func encoding(_ settled: [SettledDocument]) -> [SettledPayload] {
        let encoder = MessageCodec.makeEncoder()
        // try?: documents that were decoded encode again; one that would not is computed again.
        return settled.compactMap { document in (try? encoder.encode(document)).flatMap(SettledPayload.init) }
    }
}
