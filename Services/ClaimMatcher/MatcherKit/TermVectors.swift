import Foundation

/// TF-IDF vectors of the claims' terms, L2-normalised, as sorted sparse arrays.
struct TermVectors: Sendable {
    struct Vector: Sendable {
        var terms: [Int32]
        var weights: [Float]
    }

    private(set) var vectors: [Vector] = []
    /// Document frequency of each term id (in claims).
    private(set) var documentFrequency: [Int] = []
    private(set) var termIDs: [String: Int] = [:]

    /// Vectors of `termLists`; `prior` documents that hold none of the terms are added to the
    /// IDF counts, so terms shared by every list of a small set still weigh something.
    init(_ termLists: [[String]], prior: Double = 0) {
        var lists: [[Int]] = []
        lists.reserveCapacity(termLists.count)
        for terms in termLists {
            var ids: [Int] = []
            ids.reserveCapacity(terms.count)
            for t in terms {
                if let id = termIDs[t] {
                    ids.append(id)
                } else {
                    let id = termIDs.count
                    termIDs[t] = id
                    documentFrequency.append(0)
                    ids.append(id)
                }
            }
            for id in Set(ids) { documentFrequency[id] += 1 }
            lists.append(ids)
        }
        let n = Double(max(termLists.count, 1)) + prior
        vectors = lists.map { ids in
            var tf: [Int: Int] = [:]
            for id in ids { tf[id, default: 0] += 1 }
            var pairs = tf.map { (id, count) -> (Int32, Float) in
                let idf = log((n + 1) / (Double(self.documentFrequency[id]) + 0.5))
                return (Int32(id), Float((1 + log(Double(count))) * max(idf, 0.01)))
            }
            pairs.sort { $0.0 < $1.0 }
            let norm = sqrt(pairs.reduce(Float(0)) { $0 + $1.1 * $1.1 })
            return Vector(terms: pairs.map(\.0), weights: pairs.map { norm > 0 ? $0.1 / norm : 0 })
        }
    }

    /// Cosine similarity of two claims (vectors are normalised, so the dot product).
    func cosine(_ a: Int, _ b: Int) -> Double {
        let va = vectors[a], vb = vectors[b]
        var i = 0, j = 0
        var sum: Float = 0
        while i < va.terms.count && j < vb.terms.count {
            if va.terms[i] == vb.terms[j] {
                sum += va.weights[i] * vb.weights[j]
                i += 1
                j += 1
            } else if va.terms[i] < vb.terms[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return Double(sum)
    }

    func frequency(of term: String) -> Int { termIDs[term].map { documentFrequency[$0] } ?? 0 }
}
