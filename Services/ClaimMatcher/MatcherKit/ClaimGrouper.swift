import CrosscheckSchema

/// Groups claims about the same proposition, comparing only claims that share a blocking key.
///
/// Blocking keys pair the predicate with each subject entity and with the object, and name the
/// claim's rare terms (shared by few claims). Each claim is compared with at most `window` earlier claims per key,
/// and `comparisonsPerClaim` in all (keys in order), so the cost grows linearly with the bundle; union-find joins
/// matches transitively.
struct ClaimGrouper: Sendable {
    /// Minimum score to join claims of different documents.
    var crossDocumentThreshold = 0.55
    /// Minimum score to join two claims of the same document.
    var sameDocumentThreshold = 0.8
    /// Earlier claims compared per blocking key.
    var window = 24
    /// Earlier claims compared per claim over all its keys, in key order: once a bundle is large
    /// every key's window is full, and a claim's comparisons would grow with its number of keys.
    var comparisonsPerClaim = 96
    /// Rare terms used as keys per claim (the rarest first).
    var rareTermKeys = 8
    /// A term is rare enough to be a key when at most this share of the claims use it (or 20).
    var rareTermShare = 0.01
    /// Days by which the dates of one group may lie apart (a disputed date, not another event).
    var maxDateSpread = 60

    /// What scoring reads of a claim, as small integers (no string hashing in the inner loop).
    ///
    /// Its id lists are `IDList`s, held inside the profile: the profiles of a bundle are one
    /// contiguous array, and comparing two claims reads two runs of it, not a dozen heap blocks.
    /// Its scalars are 32-bit, read as `Int` through computed properties, and the lists a
    /// comparison reads first come first: a profile is 264 bytes (it was 368), so fewer of
    /// another claim's cache lines are fetched per comparison on a bundle too large for the cache.
    struct Profile: Sendable {
        private var doc32: Int32
        private var predicate32: Int32
        private var event32: Int32
        private var object32: Int32
        private var speaker32: Int32
        private var period32: Int32
        private var place32: Int32
        /// `Int32.min` for no day.
        private var firstDay32: Int32
        private var lastDay32: Int32
        var hasStage: Bool
        /// `ClaimFeatures.negatesContent`.
        var negatesContent: Bool
        /// Sorted ids of the claim's amount, percent and count values.
        var quantities: IDList
        /// Sorted WordNet event classes of the predicate word.
        var senses: IDList
        /// Sorted ids of every object head the claim names (its object among them).
        var objectHeads: IDList
        /// Sorted entity ids.
        var subjects: IDList
        /// Sorted ids of the subjects and the speaker.
        var actors: IDList
        var entities: IDList
        /// `ClaimFeatures.contentSenses`, as it is.
        var contentSenses: IDList

        /// The claim's document index.
        var doc: Int { Int(doc32) }
        var predicate: Int { Int(predicate32) }
        /// The event the claim is about ("strike"), or -1.
        var event: Int { Int(event32) }
        var object: Int { Int(object32) }
        /// The speaker's id, or -1 for the outlet.
        var speaker: Int { Int(speaker32) }
        /// The named period within a year the claim's values refer to ("quarter4"), or -1.
        var period: Int { Int(period32) }
        /// The claim's `place` slot value, interned (equal values, equal ids), or -1.
        var place: Int { Int(place32) }
        var firstDay: Int? { firstDay32 == .min ? nil : Int(firstDay32) }
        var lastDay: Int? { lastDay32 == .min ? nil : Int(lastDay32) }

        /// A profile of these values. Ids and document indices are below 2^31 (they count a
        /// bundle's strings and documents); days are those of years 1800–2200 and of publication
        /// dates, far inside 32 bits (days beyond ±5 million years are clamped).
        init(
            doc: Int, predicate: Int, event: Int, object: Int, objectHeads: IDList, hasStage: Bool, firstDay: Int?,
            lastDay: Int?, subjects: IDList, entities: IDList, actors: IDList, speaker: Int, quantities: IDList,
            senses: IDList, period: Int = -1, place: Int = -1, contentSenses: IDList = [], negatesContent: Bool = false
        ) {
            doc32 = Int32(truncatingIfNeeded: doc)
            predicate32 = Int32(truncatingIfNeeded: predicate)
            event32 = Int32(truncatingIfNeeded: event)
            object32 = Int32(truncatingIfNeeded: object)
            speaker32 = Int32(truncatingIfNeeded: speaker)
            period32 = Int32(truncatingIfNeeded: period)
            place32 = Int32(truncatingIfNeeded: place)
            firstDay32 = firstDay.map { Int32(clamping: max($0, Int(Int32.min) + 1)) } ?? .min
            lastDay32 = lastDay.map { Int32(clamping: max($0, Int(Int32.min) + 1)) } ?? .min
            self.hasStage = hasStage
            self.negatesContent = negatesContent
            self.quantities = quantities
            self.senses = senses
            self.objectHeads = objectHeads
            self.subjects = subjects
            self.actors = actors
            self.entities = entities
            self.contentSenses = contentSenses
        }
    }

    /// Groups of claim indices, each sorted, ordered by their first index.
    func group(_ claims: [ClaimFeatures]) -> [[Int]] {
        let vectors = TermVectors(claims.map(\.terms))
        let profiles = Self.profiles(claims)
        var sets = UnionFind(count: claims.count)
        var postings: [String: [Int]] = [:]
        // 32-bit, as half the size keeps more of it in the cache (every comparison reads it).
        var stamp = Array(repeating: Int32(-1), count: claims.count)
        // Per set root: the latest first day and the earliest last day of its dated claims, so
        // no chain of matches joins events months apart.
        var latestStart: [Int?] = profiles.map(\.firstDay)
        var earliestEnd: [Int?] = profiles.map(\.lastDay)

        // Profiles are read in place (borrowed, not copied): a copy would load every cache line
        // of the other claim's profile, where a comparison that ends early reads a few.
        profiles.withUnsafeBufferPointer { profiles in
            guard let base = profiles.baseAddress else { return }
            // The earlier claims one key meets, in the order they are compared.
            var met: [Int] = []
            met.reserveCapacity(window)
            for i in claims.indices {
                var compared = 0
                let mark = Int32(truncatingIfNeeded: i)
                for key in keys(claims[i], vectors: vectors) {
                    // One hash of the key, not two: the postings table of a large bundle is far from
                    // the cache, and a lookup there costs as much as a comparison.
                    guard let slot = postings.index(forKey: key) else {
                        postings[key] = [i]
                        continue
                    }
                    // Gathered before any is compared (which claims are met depends on the stamps
                    // alone), so each comparison can prefetch the data of one further on.
                    met.removeAll(keepingCapacity: true)
                    for j in postings.values[slot].suffix(window) where stamp[j] != mark {
                        guard compared < comparisonsPerClaim else { break }
                        compared += 1
                        stamp[j] = mark
                        met.append(j)
                    }
                    for j in met.prefix(Self.prefetchDistance) { Self.prefetch(j, base, vectors, sets) }
                    for (n, j) in met.enumerated() {
                        if n + Self.prefetchDistance < met.count { Self.prefetch(met[n + Self.prefetchDistance], base, vectors, sets) }
                        // A claim already in this claim's group is not scored: a match would join
                        // nothing (finding roots moves no root, so the groups come out the same).
                        let ri = sets.find(i), rj = sets.find(j)
                        guard ri != rj else { continue }
                        let threshold = profiles[i].doc == profiles[j].doc ? sameDocumentThreshold : crossDocumentThreshold
                        guard score(base + i, base + j, lexical: vectors.cosine(i, j)) >= threshold else { continue }
                        let start = [latestStart[ri], latestStart[rj]].compactMap { $0 }.max()
                        let end = [earliestEnd[ri], earliestEnd[rj]].compactMap { $0 }.min()
                        if let start, let end, start - end > maxDateSpread { continue }
                        sets.union(i, j)
                        let root = sets.find(i)
                        latestStart[root] = start
                        earliestEnd[root] = end
                    }
                    postings.values[slot].append(i)
                }
            }
        }
        var components: [Int: [Int]] = [:]
        for i in claims.indices { components[sets.find(i), default: []].append(i) }
        return components.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// Comparisons ahead of the current one whose claim's data is prefetched: far enough for a
    /// load from memory to arrive while the comparisons in between run, near enough that the
    /// prefetched lines are still in the cache when read.
    static let prefetchDistance = 4

    /// Prefetches what comparing a claim with claim `j` reads first: its entry in the groups,
    /// its profile (every line of it) and the start of its TF-IDF vector.
    static func prefetch(_ j: Int, _ profiles: UnsafePointer<Profile>, _ vectors: TermVectors, _ sets: UnionFind) {
        sets.prefetch(j)
        Prefetch.values(at: profiles + j)
        vectors.prefetch(j)
    }

    static func profiles(_ claims: [ClaimFeatures]) -> [Profile] {
        var ids: [String: Int] = [:]
        func id(_ s: String) -> Int {
            if let v = ids[s] { return v }
            ids[s] = ids.count
            return ids.count - 1
        }
        var places: [SlotValue: Int] = [:]
        func place(_ value: SlotValue?) -> Int {
            guard let value else { return -1 }
            if let v = places[value] { return v }
            places[value] = places.count
            return places.count - 1
        }
        return claims.map { c in
            Profile(
                doc: c.docIndex, predicate: id("p:" + c.claim.predicate), event: c.event.map { id("v:" + $0) } ?? -1,
                object: c.claim.object.map { id("o:" + $0) } ?? -1,
                objectHeads: IDList(
                    Array(
                        Set(
                            c.terms.filter { $0.hasPrefix("o:") }.map(id)
                                + (c.claim.object.map { [id("o:" + $0)] } ?? []))
                    ).sorted()),
                hasStage: c.predicateStage != nil || c.stage != nil, firstDay: c.date?.firstDay,
                lastDay: c.date?.lastDay,
                subjects: IDList(Array(Set(c.claim.subject.map { id("e:" + $0) })).sorted()),
                entities: IDList(Array(Set(c.entities.map { id("e:" + $0) })).sorted()),
                actors: IDList(Array(Set((c.claim.subject + [c.claim.speaker].compactMap { $0 }).map { id("e:" + $0) })).sorted()),
                speaker: c.claim.speaker.map { id("e:" + $0) } ?? -1,
                quantities: IDList(
                    ["amount", "percent", "count"].compactMap { slot in
                        c.claim.slots[slot].map { id(slot + "=" + $0.description) }
                    }.sorted()),
                senses: IDList(Array(Set(c.senses)).sorted()), period: c.period.map { id("t:" + $0) } ?? -1,
                place: place(c.claim.slots["place"]), contentSenses: IDList(c.contentSenses), negatesContent: c.negatesContent)
        }
    }

    func keys(_ c: ClaimFeatures, vectors: TermVectors) -> [String] {
        var keys: [String] = []
        let p = c.claim.predicate
        let anchors = c.claim.subject.isEmpty ? Array(c.entities.prefix(4)) : c.claim.subject
        // Subjects first, then the other entities named (a subject in one wording is often an
        // object in another: "the pact violates X" / "accused the pact of violating X").
        var named = anchors
        for e in c.entities.prefix(6) where !named.contains(e) { named.append(e) }
        for e in named { keys.append("P|\(p)|E|\(e)") }
        if let o = c.claim.object { keys.append("P|\(p)|O|\(o)") }
        // A claim naming nothing ("Nobody was killed") meets others like it by its predicate.
        if named.isEmpty { keys.append("P|\(p)|-") }
        // Claims about one event meet whatever verb or noun names it ("walked out" / "the strike").
        if let v = c.event {
            for e in named.prefix(3) { keys.append("V|\(v)|E|\(e)") }
            if named.isEmpty { keys.append("V|\(v)|-") }
        }
        if let o = c.claim.object { for e in anchors.prefix(3) { keys.append("O|\(o)|E|\(e)") } }
        // Synonymous predicates ("hit" / "struck") meet through their WordNet classes.
        for s in Set(c.senses).sorted() { for e in named.prefix(3) { keys.append("S|\(s)|E|\(e)") } }
        let cap = max(20, Int(rareTermShare * Double(vectors.count)))
        let rare = Set(c.terms.filter { !$0.hasPrefix("e:") })
            .map { ($0, vectors.frequency(of: $0)) }
            .filter { $0.1 > 1 && $0.1 <= cap }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            .prefix(rareTermKeys)
        for (t, _) in rare { keys.append("T|" + t) }
        return keys
    }

    /// Similarity in 0…1 from predicate, object, shared entities, TF-IDF cosine and dates.
    func score(_ a: Profile, _ b: Profile, lexical: Double) -> Double {
        withUnsafePointer(to: a) { a in withUnsafePointer(to: b) { b in score(a, b, lexical: lexical) } }
    }

    /// `score` of two profiles read in place: passed by value (or borrowed), both were copied
    /// whole for every comparison, loading every cache line of the other claim's profile.
    func score(_ a: UnsafePointer<Profile>, _ b: UnsafePointer<Profile>, lexical: Double) -> Double {
        let sameObject = a.pointee.object >= 0 && a.pointee.object == b.pointee.object
        // The other claim naming this claim's object elsewhere ("talks to form an alliance") is
        // weaker evidence than the same object.
        let objectNamed =
            (a.pointee.object >= 0 && Self.intersection([a.pointee.object], b.pointee.objectHeads) > 0)
            || (b.pointee.object >= 0 && Self.intersection([b.pointee.object], a.pointee.objectHeads) > 0)
        let sameFigure = Self.intersection(a.pointee.quantities, b.pointee.quantities) > 0
        // Steps of one process (consider, negotiate, sign) count as nearly the same predicate;
        // different verbs about one object and one figure ("4,000 workers joined the strike" /
        // "the walkout involved 4,000 workers") are often one statement reworded.
        let predicate =
            a.pointee.predicate == b.pointee.predicate
            ? 1.0
            : (a.pointee.hasStage && b.pointee.hasStage
                ? 0.7
                : (a.pointee.event >= 0 && a.pointee.event == b.pointee.event
                    ? 0.7
                    : (Self.intersection(a.pointee.senses, b.pointee.senses) > 0 ? 0.7 : ((sameObject || objectNamed) && sameFigure ? 0.5 : 0.0))))
        // Cheap bound first: the best the remaining parts could add.
        if 0.3 * predicate + 0.15 + 0.25 + 0.3 * lexical + 0.25 < min(crossDocumentThreshold, sameDocumentThreshold) {
            return 0
        }
        // Different actors, or claims naming only different entities, are different propositions
        // however alike the wording ("12 injured in A" / "30 injured in B").
        // Parsers often take an actor as subject in one wording and as speaker or object in
        // another, so subjects that are all the other claim's speaker or subjects also match.
        if !a.pointee.subjects.isEmpty, !b.pointee.subjects.isEmpty, lexical < 0.6, Self.intersection(a.pointee.subjects, b.pointee.subjects) == 0,
            Self.intersection(a.pointee.subjects, b.pointee.actors) < a.pointee.subjects.count,
            Self.intersection(b.pointee.subjects, a.pointee.actors) < b.pointee.subjects.count
        {
            return 0
        }
        if !a.pointee.entities.isEmpty, !b.pointee.entities.isEmpty, lexical < 0.9, Self.intersection(a.pointee.entities, b.pointee.entities) == 0 {
            return 0
        }
        // Another set of participants at another time is another event ("A, B and C signed a
        // pact in 2024" / "A, B and D signed a pact on 18 March 2025").
        if a.pointee.subjects.count >= 2, b.pointee.subjects.count >= 2, !Self.datesOverlap(a.pointee, b.pointee),
            Self.intersection(a.pointee.subjects, b.pointee.subjects) < min(a.pointee.subjects.count, b.pointee.subjects.count)
        {
            return 0
        }
        // Figures of different named periods are different events ("a loss in the fourth quarter"
        // / "a loss in the first quarter").
        if Self.periodsDiffer(a.pointee, b.pointee) { return 0 }
        // Claims about one event with different objects are different facets of it: when it
        // began and where ("the strike") against how many took part ("4,000 workers").
        if a.pointee.event >= 0, a.pointee.event == b.pointee.event, a.pointee.object >= 0, b.pointee.object >= 0, !sameObject { return 0 }
        let object = sameObject ? 1.0 : (objectNamed ? 0.6 : 0.0)
        let entityOverlap = a.pointee.entities.sortedJaccard(b.pointee.entities)
        let subject =
            !a.pointee.subjects.isEmpty && !b.pointee.subjects.isEmpty ? a.pointee.subjects.sortedJaccard(b.pointee.subjects) : 0.8 * entityOverlap
        // A claim naming no entity is judged on its words alone.
        let shared = a.pointee.entities.isEmpty || b.pointee.entities.isEmpty ? lexical : max(subject, entityOverlap)
        var score = 0.3 * predicate + 0.15 * object + 0.25 * shared + 0.3 * lexical
        // The same figure ("EUR 40 million") is evidence of the same statement.
        if Self.intersection(a.pointee.quantities, b.pointee.quantities) > 0 {
            score += 0.1
        }
        // So is counting the same participants of one event, whatever the figure ("900 crews
        // joined the strike" / "600 crews stopped work").
        else if a.pointee.event >= 0, a.pointee.event == b.pointee.event, sameObject, !a.pointee.quantities.isEmpty, !b.pointee.quantities.isEmpty {
            score += 0.1
        }
        // So is the same named speaker.
        if a.pointee.speaker >= 0, a.pointee.speaker == b.pointee.speaker { score += 0.1 }
        // Dates: overlapping ones support a match; ones months apart mean different events.
        if let a0 = a.pointee.firstDay, let a1 = a.pointee.lastDay, let b0 = b.pointee.firstDay, let b1 = b.pointee.lastDay {
            if a0 <= b1 && b0 <= a1 { score += 0.05 } else if max(a0, b0) - min(a1, b1) > 60 { score *= 0.5 }
        }
        return score
    }

    /// Whether both claims name a period within a year, a different one.
    static func periodsDiffer(_ a: borrowing Profile, _ b: borrowing Profile) -> Bool {
        a.period >= 0 && b.period >= 0 && a.period != b.period
    }

    /// Whether both claims are dated and their dates cannot describe the same day.
    static func datesOverlap(_ a: borrowing Profile, _ b: borrowing Profile) -> Bool {
        guard let a0 = a.firstDay, let a1 = a.lastDay, let b0 = b.firstDay, let b1 = b.lastDay else { return true }
        return a0 <= b1 && b0 <= a1
    }

    /// Size of the intersection of two sorted arrays.
    static func intersection<A: RandomAccessCollection, B: RandomAccessCollection>(_ a: A, _ b: B) -> Int
    where A.Element == Int, A.Index == Int, B.Element == Int, B.Index == Int {
        a.sortedIntersectionCount(b)
    }
}
