/// The TF-IDF cosines of one document with others, kept while pairs of that document's claims
/// come one after another (`ScoredLinker` scores candidates in claim order).
///
/// Two documents are met by many pairs of their claims; their cosine, over all their claims'
/// terms, is computed once per run of the same first document instead of once per claim pair.
struct DocumentCosines {
    let documents: TermVectors
    private var current = -1
    private var known: [Int: Double] = [:]

    init(_ documents: TermVectors) {
        self.documents = documents
    }

    /// The cosine of documents `a` and `b`, from the kept ones while `a` stays the same.
    mutating func cosine(_ a: Int, _ b: Int) -> Double {
        if a != current {
            current = a
            known.removeAll(keepingCapacity: true)
        }
        if let value = known[b] { return value }
        let value = documents.cosine(a, b)
        known[b] = value
        return value
    }
}
