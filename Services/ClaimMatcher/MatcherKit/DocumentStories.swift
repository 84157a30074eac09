import Collections

/// Groups the documents of a bundle into stories, one real-world event each, by average-link
/// clustering of their TF-IDF vectors.
///
/// A bundle may report two events of one kind (two earthquakes, two launches) in different
/// documents; the learned linker joins claims only within one story. Only document pairs
/// sharing one of their rarer terms are compared (`window` earlier documents per term), and
/// pairs never compared count as similarity 0 in the averages, so the cost stays near-linear.
/// Ties break on the lower document index, so the result is deterministic.
struct DocumentStories: Sendable {
    /// Minimum average cosine between two stories to join them.
    var threshold = 0.06
    /// Earlier documents compared per term.
    var window = 24
    /// Rarest terms of a document used to find its neighbours.
    var keysPerDocument = 24

    /// One merge candidate: the average similarity of two stories at their current versions.
    private struct Merge: Comparable {
        var average: Double
        var a: Int
        var b: Int
        var versionA: Int
        var versionB: Int

        static func < (l: Merge, r: Merge) -> Bool { (l.average, r.a, r.b) < (r.average, l.a, l.b) }
    }

    /// Documents added to the IDF counts (see `TermVectors.init`): in a bundle of three
    /// documents about one story every shared term is in all of them, yet they share a story.
    var priorDocuments = 50.0

    /// The story of each document (a representative document index), from each document's terms.
    func stories(_ terms: [[String]]) -> [Int] {
        let documents = TermVectors(terms, prior: priorDocuments)
        let count = terms.count
        var neighbours = Array(repeating: [Int: Double](), count: count)
        for (a, b) in pairs(documents, terms: terms) {
            let similarity = documents.cosine(a, b)
            guard similarity > 0 else { continue }
            neighbours[a][b] = similarity
            neighbours[b][a] = similarity
        }
        var size = Array(repeating: 1, count: count)
        var version = Array(repeating: 0, count: count)
        var alive = Array(repeating: true, count: count)
        var owner = Array(0..<count)
        var heap = Heap<Merge>()
        for a in 0..<count {
            for (b, s) in neighbours[a] where a < b && s >= threshold {
                heap.insert(Merge(average: s, a: a, b: b, versionA: 0, versionB: 0))
            }
        }
        while let m = heap.popMax() {
            guard alive[m.a], alive[m.b], version[m.a] == m.versionA, version[m.b] == m.versionB else { continue }
            // Join b into a: sums of similarities add up, sizes too. Only b's neighbours see
            // their sum with a change; a's other neighbours keep theirs (and their copy of it).
            alive[m.b] = false
            let absorbed = neighbours[m.b]
            neighbours[m.b] = [:]
            neighbours[m.a][m.b] = nil
            for (c, s) in absorbed where c != m.a {
                let sum = (neighbours[m.a][c] ?? 0) + s
                neighbours[m.a][c] = sum
                neighbours[c][m.b] = nil
                neighbours[c][m.a] = sum
            }
            size[m.a] += size[m.b]
            version[m.a] += 1
            owner[m.b] = m.a
            for (c, s) in neighbours[m.a] {
                let average = s / Double(size[m.a] * size[c])
                guard average >= threshold else { continue }
                let (x, y) = m.a < c ? (m.a, c) : (c, m.a)
                heap.insert(Merge(average: average, a: x, b: y, versionA: version[x], versionB: version[y]))
            }
        }
        return (0..<count).map { d in
            var r = d
            while owner[r] != r { r = owner[r] }
            return r
        }
    }

    /// Document pairs sharing one of their rarer terms, each once.
    private func pairs(_ documents: TermVectors, terms: [[String]]) -> [(Int, Int)] {
        var postings: [String: [Int]] = [:]
        var out: [(Int, Int)] = []
        var stamp = Array(repeating: -1, count: terms.count)
        for d in terms.indices {
            let keys = Set(terms[d]).map { ($0, documents.frequency(of: $0)) }
                .filter { $0.1 > 1 }
                .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
                .prefix(keysPerDocument)
            for (term, _) in keys {
                for other in (postings[term] ?? []).suffix(window) where stamp[other] != d {
                    stamp[other] = d
                    out.append((d, other))
                }
                postings[term, default: []].append(d)
            }
        }
        return out
    }
}
