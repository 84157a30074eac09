/// Joins groups of claims that name one event in different documents of one story.
///
/// A bundle may hold several stories (two earthquakes, two product launches). Documents are
/// first joined into stories by the rare entities they share (IDF-weighted overlap, compared
/// only through entity postings, `window` earlier documents per entity). Within a story, claims
/// of different documents with the same predicate lemma or event join, unless something tells
/// them apart: disjoint subjects, dates that cannot be the same day, different places or
/// figures, or opposite polarity. Those vetoes keep conflicts to the grouper's own matches.
/// Steps of one process ("under consideration", "in talks", "formalised") join when they name
/// the same participants and compatible objects, whatever their verbs, so their progression
/// over publication dates can be judged.
/// The cost is linear in the claims: each claim meets at most `window` earlier claims of its key.
struct StoryLinker: Sendable {
    /// Share of a document's entity weight another document must share to join its story.
    var storyOverlap = 0.5
    /// Earlier documents or claims compared per posting.
    var window = 24
    /// Predicate lemmas that name no event of their own (copulas, light and reporting verbs).
    var eventless: Set<String> = []

    /// Merges `components` (groups of claim indices) and returns the new groups, each sorted,
    /// ordered by their first index.
    func link(_ components: [[Int]], claims: [ClaimFeatures]) -> [[Int]] {
        let profiles = ClaimGrouper.profiles(claims)
        let story = stories(claims)
        var sets = UnionFind(count: claims.count)
        for group in components { for i in group.dropFirst() { sets.union(group[0], i) } }
        var latestStart: [Int: Int?] = [:]
        var earliestEnd: [Int: Int?] = [:]
        for i in claims.indices {
            let root = sets.find(i)
            latestStart[root] = [latestStart[root] ?? nil, profiles[i].firstDay].compactMap { $0 }.max()
            earliestEnd[root] = [earliestEnd[root] ?? nil, profiles[i].lastDay].compactMap { $0 }.min()
        }
        var postings: [String: [Int]] = [:]
        for i in claims.indices {
            let c = claims[i]
            let lemma = c.event ?? c.claim.predicate
            guard c.claim.modality != .speculative else { continue }
            var keys: [String] = []
            if !eventless.contains(lemma) {
                keys.append("\(story[c.docIndex])|\(lemma)")
                for s in Set(c.senses).sorted() { keys.append("\(story[c.docIndex])|s\(s)") }
            }
            if c.stage != nil { keys.append("\(story[c.docIndex])|stage") }
            for key in keys {
                join(
                    i, key: key, profiles: profiles, postings: &postings, sets: &sets,
                    latestStart: &latestStart, earliestEnd: &earliestEnd)
            }
        }
        var groups: [Int: [Int]] = [:]
        for i in claims.indices { groups[sets.find(i), default: []].append(i) }
        return groups.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// Joins claim `i` to the latest compatible claim of another document under `key`.
    private func join(
        _ i: Int, key: String, profiles: [ClaimGrouper.Profile],
        postings: inout [String: [Int]], sets: inout UnionFind,
        latestStart: inout [Int: Int?], earliestEnd: inout [Int: Int?]
    ) {
        // One hash of the key, not two (see `ClaimGrouper.group`).
        guard let slot = postings.index(forKey: key) else {
            postings[key] = [i]
            return
        }
        defer { postings.values[slot].append(i) }
        // The document and polarity are read from the profiles, not the claims: a claim's
        // `ClaimFeatures` is far larger, and `j` is a random earlier claim (a cache miss).
        for j in postings.values[slot].suffix(window).reversed() where profiles[j].doc != profiles[i].doc {
            guard compatible(i, j, profiles: profiles) else { continue }
            let ri = sets.find(i), rj = sets.find(j)
            guard ri != rj else { continue }
            let start = [latestStart[ri] ?? nil, latestStart[rj] ?? nil].compactMap { $0 }.max()
            let end = [earliestEnd[ri] ?? nil, earliestEnd[rj] ?? nil].compactMap { $0 }.min()
            if let start, let end, start > end { continue }
            sets.union(i, j)
            let root = sets.find(i)
            latestStart[root] = start
            earliestEnd[root] = end
            break
        }
    }

    /// Whether nothing tells claims `i` and `j`, with one predicate, apart. Reads both in place:
    /// copying two claims and two profiles per comparison was a retain and a release per field.
    private func compatible(_ i: Int, _ j: Int, profiles: [ClaimGrouper.Profile]) -> Bool {
        profiles.withUnsafeBufferPointer { profiles in
            guard let base = profiles.baseAddress else { return false }
            return base[i].negatesContent == base[j].negatesContent && compatible(base + i, base + j)
        }
    }

    private func compatible(_ a: UnsafePointer<ClaimGrouper.Profile>, _ b: UnsafePointer<ClaimGrouper.Profile>) -> Bool {
        let pa = a.pointee, pb = b.pointee
        if ClaimGrouper.intersection(pa.entities, pb.entities) == 0 { return false }
        if !sameParticipants(pa, pb) { return false }
        if !ClaimGrouper.datesOverlap(pa, pb) || ClaimGrouper.periodsDiffer(pa, pb) { return false }
        if pa.place >= 0, pb.place >= 0, pa.place != pb.place { return false }
        if !pa.quantities.isEmpty, !pb.quantities.isEmpty, pa.quantities != pb.quantities { return false }
        if pa.object >= 0, pb.object >= 0, pa.object != pb.object,
            ClaimGrouper.intersection([pa.object], pb.objectHeads) == 0, ClaimGrouper.intersection([pb.object], pa.objectHeads) == 0
        {
            return false
        }
        return true
    }

    /// Subjects that overlap, all of the smaller set when both name several ("A, B and C" is not
    /// "D and E"); a claim without subjects must name only the other's subjects.
    private func sameParticipants(_ a: ClaimGrouper.Profile, _ b: ClaimGrouper.Profile) -> Bool {
        switch (a.subjects.isEmpty, b.subjects.isEmpty) {
        case (false, false):
            let shared = ClaimGrouper.intersection(a.subjects, b.subjects)
            return shared > 0 && (min(a.subjects.count, b.subjects.count) < 2 || shared >= min(a.subjects.count, b.subjects.count))
        case (true, false): return ClaimGrouper.intersection(a.entities, b.subjects) == a.entities.count
        case (false, true): return ClaimGrouper.intersection(b.entities, a.subjects) == b.entities.count
        case (true, true): return true
        }
    }

    /// The story of each document: documents joined when they share enough rare entities.
    func stories(_ claims: [ClaimFeatures]) -> [Int] {
        let docCount = (claims.map(\.docIndex).max() ?? -1) + 1
        var entities = Array(repeating: Set<String>(), count: docCount)
        for c in claims { entities[c.docIndex].formUnion(c.entities) }
        // Entity ids in name order, so every sum below runs in name order: a Set's order changes
        // per process, and so would the rounding.
        let names = Array(Set(entities.flatMap { $0 })).sorted()
        let ids = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let sorted = entities.map { set in set.compactMap { ids[$0] }.sorted() }
        var df = Array(repeating: 0, count: names.count)
        for list in sorted { for e in list { df[e] += 1 } }
        let weight = df.map { 1.0 / Double(max($0, 1)).squareRoot() }
        let totals = sorted.map { $0.reduce(0) { $0 + weight[$1] } }
        var sets = UnionFind(count: docCount)
        var postings = Array(repeating: [Int](), count: names.count)
        var stamp = Array(repeating: -1, count: docCount)
        for d in 0..<docCount {
            for e in sorted[d] {
                for other in postings[e].suffix(window) where stamp[other] != d {
                    stamp[other] = d
                    let shared = Self.sharedWeight(sorted[d], sorted[other], weight: weight)
                    let smaller = min(totals[d], totals[other])
                    if smaller > 0, shared / smaller >= storyOverlap { sets.union(d, other) }
                }
                postings[e].append(d)
            }
        }
        return (0..<docCount).map { sets.find($0) }
    }

    /// The summed weight of the ids two sorted lists share, added in list order.
    private static func sharedWeight(_ a: [Int], _ b: [Int], weight: [Double]) -> Double {
        var sum = 0.0
        a.forEachSortedCommon(b) { sum += weight[$0] }
        return sum
    }
}
