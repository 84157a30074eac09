import CrosscheckSchema

/// The sentence-vector side of a job: which vectors the matcher gets and what the run says
/// about them. Vectors never decide a document's fate; a missing model or a failed encode
/// only shows up here, once, in `run.json` and the report.
extension JobState {
    /// The vectors of the bundle's documents (given by id), in the bundle's order.
    func bundleVectors(for documents: [String]) -> [SentenceVectors] {
        let byDocument = Dictionary(slots.compactMap { $0.vectors.map { ($0.document, $0) } }, uniquingKeysWith: { a, _ in a })
        return documents.compactMap { byDocument[$0] }
    }

    /// Whether the analysed documents had vectors; nil when the job did not ask for them.
    var embeddingStatus: EmbeddingStatus? {
        guard let embeddings else { return nil }
        guard embeddings else {
            return EmbeddingStatus(available: false, note: "sentence vectors turned off (--no-embeddings); claims matched without them")
        }
        let analysed = slots.filter { $0.resolved != nil && $0.failure == nil }
        let with = analysed.compactMap { $0.vectors }.filter { $0.unavailable == nil }
        var reasons: [String] = []
        for slot in analysed where !with.contains(where: { $0.document == slot.id }) {
            let reason = slot.vectors?.unavailable ?? encodeFailures[slot.id] ?? "no answer from the encoder"
            if !reasons.contains(reason) { reasons.append(reason) }
        }
        let model = with.first?.model
        guard !reasons.isEmpty else { return EmbeddingStatus(available: !with.isEmpty, model: model) }
        let missing = analysed.count - with.count
        let note = "\(missing) of \(analysed.count) documents without sentence vectors: " + reasons.sorted().joined(separator: "; ")
        return EmbeddingStatus(available: !with.isEmpty, model: model, note: note)
    }
}
