extension DocumentStories {
    /// Joins stories whose documents name the same people, places and organisations.
    ///
    /// The stories' term cosine compares only documents sharing one of their rarer terms, so one
    /// event's reports told in different words (the shooting, then the charge) can stay two stories;
    /// two events of one kind share their words but seldom their names. Each pair of stories is read
    /// once, at the average entity cosine of its documents (pairs never compared count as 0), best
    /// first; a pair of stories of more than `smallStory` documents each joins when that average
    /// reaches `entityThreshold`: over fewer documents, sharing names is weak evidence (one
    /// minister's statements on two matters), and small stories have a pass of their own. Documents are compared
    /// through their entity terms as in `stories` (window and caps), so the cost stays near-linear.
    func joinedByEntities(_ story: [Int], terms: [[String]]) -> [Int] {
        guard entityThreshold <= 1, story.count > 1 else { return story }
        let entities = terms.map { $0.filter { $0.hasPrefix("e:") } }
        let neighbours = similarities(TermVectors(entities), terms: entities)
        var size: [Int: Int] = [:]
        for s in story { size[s, default: 0] += 1 }
        // Sums of entity cosines between two stories, keyed by their representatives (smaller first).
        var sums: [DocumentPairKey: Double] = [:]
        for a in neighbours.indices {
            for (b, cosine) in neighbours[a] where a < b && story[a] != story[b] {
                sums[DocumentPairKey(story[a], story[b]), default: 0] += cosine
            }
        }
        let ranked = sums.compactMap { pair, sum -> (Double, DocumentPairKey)? in
            let (x, y) = (size[pair.a] ?? 1, size[pair.b] ?? 1)
            // An average over a few documents is weak evidence; small stories have their own pass.
            guard min(x, y) > smallStory else { return nil }
            let average = sum / Double(x * y)
            return average >= entityThreshold ? (average, pair) : nil
        }
        .sorted { ($0.0, $1.1.a, $1.1.b) > ($1.0, $0.1.a, $0.1.b) }
        var sets = UnionFind(count: story.count)
        for (_, pair) in ranked { sets.union(pair.a, pair.b) }
        // The representative of each joined story: its lowest story representative.
        var lowest: [Int: Int] = [:]
        for s in Set(story).sorted() where lowest[sets.find(s)] == nil { lowest[sets.find(s)] = s }
        return story.map { lowest[sets.find($0)] ?? $0 }
    }
}
