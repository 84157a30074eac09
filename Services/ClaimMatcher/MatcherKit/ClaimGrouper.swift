/// Groups claims about the same proposition, comparing only claims that share a blocking key.
///
/// Blocking keys pair the predicate with each subject entity and with the object, and name the
/// claim's rarest terms. Each claim is compared with at most `window` earlier claims per key,
/// so the cost grows linearly with the bundle; union-find joins matches transitively.
struct ClaimGrouper: Sendable {
    /// Minimum score to join claims of different documents.
    var crossDocumentThreshold = 0.55
    /// Minimum score to join two claims of the same document.
    var sameDocumentThreshold = 0.8
    /// Earlier claims compared per blocking key.
    var window = 24
    /// Rare terms used as keys per claim.
    var rareTermKeys = 3

    /// Component label (smallest member index) of each claim.
    func group(_ claims: [ClaimFeatures]) -> [[Int]] {
        let vectors = TermVectors(claims.map(\.terms))
        var sets = UnionFind(count: claims.count)
        var postings: [String: [Int]] = [:]
        var stamp = Array(repeating: -1, count: claims.count)
        let subjectSets = claims.map { Set($0.claim.subject) }
        let entitySets = claims.map { Set($0.entities) }

        for (i, claim) in claims.enumerated() {
            for key in keys(claim, vectors: vectors) {
                let recent: [Int] = postings[key].map { Array($0.suffix(window)) } ?? []
                for j in recent where stamp[j] != i {
                    stamp[j] = i
                    let s = score(i, j, claims, subjectSets, entitySets, vectors)
                    let threshold = claims[i].docIndex == claims[j].docIndex ? sameDocumentThreshold : crossDocumentThreshold
                    if s >= threshold { sets.union(i, j) }
                }
                postings[key, default: []].append(i)
            }
        }
        var components: [Int: [Int]] = [:]
        for i in claims.indices { components[sets.find(i), default: []].append(i) }
        return components.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    private func keys(_ c: ClaimFeatures, vectors: TermVectors) -> [String] {
        var keys: [String] = []
        let p = c.claim.predicate
        let anchors = c.claim.subject.isEmpty ? Array(c.entities.prefix(4)) : c.claim.subject
        for e in anchors { keys.append("P|\(p)|E|\(e)") }
        if let o = c.claim.object { keys.append("P|\(p)|O|\(o)") }
        if let o = c.claim.object { for e in anchors.prefix(3) { keys.append("O|\(o)|E|\(e)") } }
        let rare = Set(c.terms.filter { !$0.hasPrefix("e:") })
            .map { ($0, vectors.frequency(of: $0)) }
            .filter { $0.1 > 1 }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            .prefix(rareTermKeys)
        for (t, _) in rare { keys.append("T|" + t) }
        return keys
    }

    /// Similarity in 0…1 from predicate, object, shared entities and TF-IDF cosine.
    func score(_ a: Int, _ b: Int, _ claims: [ClaimFeatures], _ subjects: [Set<String>], _ entities: [Set<String>],
               _ vectors: TermVectors) -> Double {
        let ca = claims[a].claim, cb = claims[b].claim
        let lexical = vectors.cosine(a, b)
        // Steps of one process (consider, negotiate, sign) count as nearly the same predicate.
        let predicate = ca.predicate == cb.predicate ? 1.0 : (claims[a].predicateStage != nil && claims[b].predicateStage != nil ? 0.7 : 0.0)
        // Cheap bound before any set work: the best the remaining terms could add.
        if 0.3 * predicate + 0.15 + 0.25 + 0.3 * lexical + 0.05 < min(crossDocumentThreshold, sameDocumentThreshold) { return 0 }
        let sa = subjects[a], sb = subjects[b]
        if !sa.isEmpty, !sb.isEmpty, lexical < 0.6, sa.isDisjoint(with: sb) { return 0 }
        let object = ca.object != nil && ca.object == cb.object ? 1.0 : 0.0
        let subject = !sa.isEmpty && !sb.isEmpty ? jaccard(sa, sb) : 0.8 * jaccard(entities[a], entities[b])
        // A claim naming no entity is judged on its words alone.
        let shared = entities[a].isEmpty || entities[b].isEmpty ? lexical : max(subject, jaccard(entities[a], entities[b]))
        var score = 0.3 * predicate + 0.15 * object + 0.25 * shared + 0.3 * lexical
        // Dates: overlapping ones support a match; ones months apart mean different events.
        if let da = claims[a].date, let db = claims[b].date, let a0 = da.firstDay, let a1 = da.lastDay,
           let b0 = db.firstDay, let b1 = db.lastDay {
            if da.isCompatible(with: db) { score += 0.05 } else if max(a0, b0) - min(a1, b1) > 60 { score *= 0.5 }
        }
        return score
    }

    private func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var inter = 0
        for x in small where large.contains(x) { inter += 1 }
        return Double(inter) / Double(a.count + b.count - inter)
    }
}
