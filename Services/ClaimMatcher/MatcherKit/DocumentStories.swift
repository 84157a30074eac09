import Collections

/// Groups the documents of a bundle into stories, one real-world event each, by average-link
/// clustering of their TF-IDF vectors.
///
/// A bundle may report two events of one kind (two earthquakes, two launches) in different
/// documents; the learned linker joins claims only within one story. Only document pairs
/// sharing one of their rarer terms are compared (`window` earlier documents per term, at most
/// `neighboursPerDocument` per document, the rarest terms' first), and pairs never compared count
/// as similarity 0 in the averages, so the cost stays near-linear. The per-document cap binds
/// only in bundles of more than `neighboursPerDocument` + 1 documents.
/// Stories of at most `smallStory` documents then join their nearest story at the lower
/// `smallThreshold` (same merge order, only pairs with a small story queued). Last, stories whose
/// documents name the same entities join (`joinedByEntities`, at `entityThreshold`).
/// Ties break on the lower document index, so the result is deterministic.
struct DocumentStories: Sendable {
    /// Minimum average cosine between two stories to join them.
    var threshold = 0.06
    /// Earlier documents compared per term.
    var window = 24
    /// Minimum average cosine for a small story (at most `smallStory` documents) to join another,
    /// once the stories at `threshold` are made: one event's documents that share fewer terms
    /// than `threshold` asks (a follow-up, a short brief) would otherwise stand alone. On ECB+ dev
    /// (per topic) a sub-topic split into several stories rejoins, the two sub-topics stay apart.
    var smallThreshold = 0.02
    /// Largest story that `smallThreshold` may join to another.
    var smallStory = 3
    /// Minimum average cosine of the documents' named entities (their `e:` terms alone) for two
    /// stories to join once the other passes are done (see `joinedByEntities`); above 1, never.
    var entityThreshold = 0.1
    /// Rarest terms of a document used to find its neighbours.
    var keysPerDocument = 24
    /// Earlier documents compared per document over all its terms, the rarest terms' first: a
    /// document's common terms would otherwise fill every window once the bundle is large.
    var neighboursPerDocument = 32

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
        var neighbours = similarities(documents, terms: terms)
        var size = Array(repeating: 1, count: count)
        var version = Array(repeating: 0, count: count)
        var alive = Array(repeating: true, count: count)
        var owner = Array(0..<count)
        // Sums live in per-story tables keyed by table index; a story's table is `slot[story]`.
        // A merge moves the smaller table into the larger one, so each sum moves O(log n) times.
        var slot = Array(0..<count)
        var story = Array(0..<count)
        var initial: [Merge] = []
        for a in 0..<count {
            for (b, s) in neighbours[a] where a < b && s >= threshold {
                initial.append(Merge(average: s, a: a, b: b, versionA: 0, versionB: 0))
            }
        }
        var heap = Heap(initial)
        func root(_ x: Int) -> Int {
            var r = x
            while owner[r] != r { r = owner[r] }
            return r
        }
        // Queues stories x < y at their current average. A merge changes the sums only with the
        // neighbours both stories had and those of the smaller table: those are queued at once.
        // Every other pair's average only fell (the story grew), so its older, higher entry
        // stands in for it and is brought up to date when it leaves the heap: the merges come
        // in the same order as when every neighbour is queued at each merge.
        var (floor, limit, smallPass) = (threshold, count, false)
        func queue(_ x: Int, _ y: Int) {
            guard x != y, min(size[x], size[y]) <= limit, let s = neighbours[slot[x]][slot[y]] else { return }
            let average = s / Double(size[x] * size[y])
            guard average >= floor else { return }
            heap.insert(Merge(average: average, a: x, b: y, versionA: version[x], versionB: version[y]))
        }
        // When no merge is left at `threshold`, small stories join their nearest story at `smallThreshold`.
        func smallStories() -> Merge? {
            guard !smallPass else { return nil }
            (floor, limit, smallPass) = (smallThreshold, smallStory, true)
            for x in 0..<count where alive[x] {
                for (c, _) in neighbours[slot[x]] where x < story[c] { queue(x, story[c]) }
            }
            return heap.popMax()
        }
        while let m = heap.popMax() ?? smallStories() {
            guard alive[m.a], alive[m.b], version[m.a] == m.versionA, version[m.b] == m.versionB else {
                let (x, y) = (root(m.a), root(m.b))
                if x < y { queue(x, y) } else { queue(y, x) }
                continue
            }
            // Join b into a: sums of similarities add up, sizes too.
            alive[m.b] = false
            let (sa, sb) = (slot[m.a], slot[m.b])
            neighbours[sa][sb] = nil
            neighbours[sb][sa] = nil
            let (large, small) = neighbours[sa].count >= neighbours[sb].count ? (sa, sb) : (sb, sa)
            let moved = neighbours[small]
            neighbours[small] = NeighbourSums()
            for (c, s) in moved {
                let sum = (neighbours[large][c] ?? 0) + s
                neighbours[large][c] = sum
                neighbours[c][small] = nil
                neighbours[c][large] = sum
            }
            slot[m.a] = large
            story[large] = m.a
            size[m.a] += size[m.b]
            version[m.a] += 1
            owner[m.b] = m.a
            for (c, _) in moved {
                let other = story[c]
                if m.a < other { queue(m.a, other) } else { queue(other, m.a) }
            }
        }
        return joinedByEntities((0..<count).map(root), terms: terms)
    }

    /// The cosine of each compared document pair above 0, both ways: `result[a][b]`.
    func similarities(_ documents: TermVectors, terms: [[String]]) -> [NeighbourSums] {
        let candidates = pairs(documents, terms: terms)
        var degree = Array(repeating: 0, count: terms.count)
        for (a, b) in candidates {
            degree[a] += 1
            degree[b] += 1
        }
        var neighbours = degree.map { NeighbourSums(minimumCapacity: $0) }
        for (n, (a, b)) in candidates.enumerated() {
            // `b` is a random earlier document: its vector is prefetched a few pairs ahead.
            if n + ClaimGrouper.prefetchDistance < candidates.count {
                documents.prefetch(candidates[n + ClaimGrouper.prefetchDistance].1, lines: 2)
            }
            let similarity = documents.cosine(a, b)
            guard similarity > 0 else { continue }
            neighbours[a][b] = similarity
            neighbours[b][a] = similarity
        }
        return neighbours
    }

    /// Document pairs sharing one of their rarer terms, each once.
    ///
    /// Terms are read as the vectors' term ids, and their postings are a table by id: no term
    /// string is hashed (a document holds hundreds, and a large bundle's term table is far from
    /// the cache). Terms of one frequency are taken in the order of their strings, as before.
    private func pairs(_ documents: TermVectors, terms: [[String]]) -> [(Int, Int)] {
        var names = Array(repeating: "", count: documents.documentFrequency.count)
        for (name, id) in documents.termIDs { names[id] = name }
        var postings = Array(repeating: [Int](), count: names.count)
        var out: [(Int, Int)] = []
        var stamp = Array(repeating: -1, count: terms.count)
        for d in terms.indices {
            // A vector holds each of its document's terms once.
            let keys = documents.vector(d).terms.map { (Int($0), documents.documentFrequency[Int($0)]) }
                .filter { $0.1 > 1 }
                .sorted { ($0.1, names[$0.0]) < ($1.1, names[$1.0]) }
                .prefix(keysPerDocument)
            var found = 0
            search: for (term, _) in keys {
                for other in postings[term].suffix(window) where stamp[other] != d {
                    guard found < neighboursPerDocument else { break search }
                    stamp[other] = d
                    found += 1
                    out.append((d, other))
                }
            }
            for (term, _) in keys { postings[term].append(d) }
        }
        return out
    }
}
