import Foundation

/// TF-IDF vectors of the claims' terms, L2-normalised, as sorted sparse arrays.
///
/// Every vector lives in two flat arrays (`terms`, `weights`) at `offsets[v]..<offsets[v + 1]`,
/// not in two arrays of its own: a cosine then reads two short contiguous runs instead of four
/// heap blocks scattered over a large bundle's memory, which fell out of the cache at 10,000
/// documents.
struct TermVectors: Sendable {
    /// Term ids of all vectors, each vector's sorted ascending.
    private(set) var terms: [Int32] = []
    /// Weights of all vectors, beside `terms`.
    private(set) var weights: [Float] = []
    /// Where each vector starts in `terms` and `weights`; one more entry than vectors.
    private(set) var offsets: [Int] = [0]
    /// Document frequency of each term id (in claims).
    private(set) var documentFrequency: [Int] = []
    private(set) var termIDs: [String: Int] = [:]

    /// Number of vectors.
    var count: Int { offsets.count - 1 }

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
        offsets.reserveCapacity(lists.count + 1)
        for ids in lists {
            var tf: [Int: Int] = [:]
            for id in ids { tf[id, default: 0] += 1 }
            var pairs = tf.map { (id, count) -> (Int32, Float) in
                let idf = log((n + 1) / (Double(self.documentFrequency[id]) + 0.5))
                return (Int32(id), Float((1 + log(Double(count))) * max(idf, 0.01)))
            }
            pairs.sort { $0.0 < $1.0 }
            let norm = sqrt(pairs.reduce(Float(0)) { $0 + $1.1 * $1.1 })
            for (term, weight) in pairs {
                terms.append(term)
                weights.append(norm > 0 ? weight / norm : 0)
            }
            offsets.append(terms.count)
        }
    }

    /// The term ids and weights of vector `v`.
    func vector(_ v: Int) -> (terms: ArraySlice<Int32>, weights: ArraySlice<Float>) {
        let range = offsets[v]..<offsets[v + 1]
        return (terms[range], weights[range])
    }

    /// Cosine similarity of two claims (vectors are normalised, so the dot product).
    func cosine(_ a: Int, _ b: Int) -> Double {
        var i = offsets[a], j = offsets[b]
        let endA = offsets[a + 1], endB = offsets[b + 1]
        var sum: Float = 0
        terms.withUnsafeBufferPointer { terms in
            weights.withUnsafeBufferPointer { weights in
                while i < endA && j < endB {
                    if terms[i] == terms[j] {
                        sum += weights[i] * weights[j]
                        i += 1
                        j += 1
                    } else if terms[i] < terms[j] {
                        i += 1
                    } else {
                        j += 1
                    }
                }
            }
        }
        return Double(sum)
    }

    /// Prefetches the start of vector `v`, up to `lines` cache lines of its terms and of its
    /// weights (`Prefetch`): a cosine with a random earlier vector begins with two cache misses.
    func prefetch(_ v: Int, lines: Int = 1) {
        let start = offsets[v]
        let bytes = min(offsets[v + 1] - start, lines * Prefetch.lineSize / 4) * 4
        guard bytes > 0 else { return }
        terms.withUnsafeBufferPointer { terms in
            guard let base = terms.baseAddress else { return }
            Prefetch.bytes(at: UnsafeRawPointer(base + start), count: bytes)
        }
        weights.withUnsafeBufferPointer { weights in
            guard let base = weights.baseAddress else { return }
            Prefetch.bytes(at: UnsafeRawPointer(base + start), count: bytes)
        }
    }

    func frequency(of term: String) -> Int { termIDs[term].map { documentFrequency[$0] } ?? 0 }
}
