/// Joins claims of different documents that the learned `ClaimScorer` says name one event.
///
/// Candidates come from blocks: claims sharing the trigger lemma (event or predicate), a
/// WordNet event class of the predicate or of any event word, the object or an entity, each
/// claim meeting at most `window` earlier claims per block, so the cost stays linear in the
/// claims. Pairs scoring at least the scorer's threshold are joined best first, within one
/// story of documents (`DocumentStories`), when the average probability of all scored pairs
/// between the two groups reaches `averageThreshold`, and under a transitive veto: a join never
/// puts into one group dates that cannot be one day, both polarities, only different figures
/// of one measure or only different places, where neither group had that contradiction before,
/// nor joins two groups that each name one subject, a different one, nor two groups that are
/// other statements of each article they share (`DocumentStatements`); claims naming only
/// different subjects are never joined. A join also needs an event relation,
/// shared subjects or (with encoder vectors) a sentence cosine of at least `relationCosine`,
/// or else a probability of at least `unrelatedThreshold`.
/// A group mixing two events would print false conflicts, worse than a missed match (without
/// the figure veto, "12 injured in A" joins "30 injured in B").
struct ScoredLinker: Sendable {
    var scorer: ClaimScorer
    /// Earlier claims compared per block, unless the scorer's table says otherwise.
    static let defaultWindow = 24
    /// Groups naming at most this many subjects are kept apart when they share none. On ECB+ dev,
    /// 1 and 2 raise precision and 3 lowers it; 2 also lowers membership precision on the gold bundles.
    static let subjectVetoLimit = 1
    /// Members of the smaller group read by the average-link check.
    static let averageSample = 32
    /// Content event classes used as blocks per claim.
    static let maxContentKeys = 12
    /// Entities named used as blocks per claim.
    static let maxEntityKeys = 4

    /// One candidate pair (`i` > `j`, different documents) and its probability.
    struct Candidate {
        var i: Int
        var j: Int
        var probability: Double
    }

    /// Where the flags a join needs sit in a pair's feature vector.
    private static let noTriggerMatch = ClaimPairFeatures.names.firstIndex(of: "noTriggerMatch") ?? 4
    private static let subjectJaccard = ClaimPairFeatures.names.firstIndex(of: "subjectJaccard") ?? 5
    private static let eventlessPredicate = ClaimPairFeatures.names.firstIndex(of: "eventlessPredicate") ?? 23
    private static let sameFigure = ClaimPairFeatures.names.firstIndex(of: "sameFigure") ?? 15
    private static let sentenceCosine = ClaimPairFeatures.names.firstIndex(of: "sentenceCosine") ?? 28
    private static let triggerPair = ClaimPairFeatures.names.firstIndex(of: "triggerPair") ?? 29
    /// Where the flags corroboration reads sit (`corroborates`).
    private static let samePredicate = ClaimPairFeatures.names.firstIndex(of: "samePredicate") ?? 0
    private static let sameEvent = ClaimPairFeatures.names.firstIndex(of: "sameEvent") ?? 1
    /// Flags of two claims naming different participants, dates, places or figures.
    private static let corroborationClashes = [
        "subjectsDisjoint", "objectsDiffer", "sameEventOtherObject", "datesApart", "placesDiffer", "figuresDiffer",
    ]
    .compactMap { ClaimPairFeatures.names.firstIndex(of: $0) }

    /// What the veto keeps per group.
    struct GroupState {
        var latestStart: Int?
        var earliestEnd: Int?
        /// Bit 1: an affirmed claim, bit 2: a negated one.
        var polarity: Int
        /// Figures by measure: `amount`, `percent`, or `count/` and what is counted.
        var figures: [String: Set<String>]
        var places: Set<String>
        /// Named subjects of the group's claims.
        var subjects: Set<Int>
        /// Named periods within a year ("quarter4") the group's claims refer to.
        var periods: Set<String> = []
        /// Trigger lemmas and subjects of the group's claims by document (`DocumentStatements`).
        var statements = DocumentStatements()

        /// Adds another group's state, in place: each set takes the smaller into the larger, so a
        /// group growing one claim at a time is not copied whole per join.
        mutating func merge(_ other: consuming GroupState) {
            latestStart = [latestStart, other.latestStart].compactMap { $0 }.max()
            earliestEnd = [earliestEnd, other.earliestEnd].compactMap { $0 }.min()
            polarity |= other.polarity
            for (measure, values) in other.figures { Self.absorb(&figures[measure, default: []], values) }
            Self.absorb(&places, other.places)
            Self.absorb(&subjects, other.subjects)
            Self.absorb(&periods, other.periods)
            statements.merge(other.statements)
        }

        /// `set` ∪ `other`, built on the larger of the two.
        private static func absorb<Element>(_ set: inout Set<Element>, _ other: consuming Set<Element>) {
            var small = other
            if small.count > set.count { swap(&set, &small) }
            set.formUnion(small)
        }
    }

    /// The posting keys that make claim `c` a candidate of the claims sharing one: its trigger
    /// lemmas (not eventless ones), senses, object, content senses, first entities and amount,
    /// and its trigger's strongest learned partners (`TriggerPairs`: "attacked" / "killed").
    static func candidateKeys(_ c: ClaimFeatures, eventless: Set<String>, triggerPairs: TriggerPairs = TriggerPairs()) -> [String] {
        let lemma = c.event ?? c.claim.predicate
        var keys: [String] = []
        if !eventless.contains(lemma) {
            keys.append("L|" + lemma)
            keys += triggerPairs.candidateKeys(lemma)
        }
        if c.event != nil, c.claim.predicate != lemma, !eventless.contains(c.claim.predicate) {
            keys.append("L|" + c.claim.predicate)
        }
        for s in Set(c.senses).sorted() { keys.append("S|\(s)") }
        if let o = c.claim.object { keys.append("O|" + o) }
        for s in c.contentSenses.prefix(maxContentKeys) { keys.append("C|\(s)") }
        for e in c.entities.prefix(maxEntityKeys) { keys.append("E|" + e) }
        // The same exact amount ("EUR 30 million") pairs two claims as a shared name does.
        if let amount = c.claim.slots["amount"] { keys.append("A|" + amount.description) }
        return keys
    }

    /// Candidate pairs of different documents, each once, in a fixed order.
    static func candidates(_ claims: [ClaimFeatures], context: ClaimPairFeatures.Context, window: Int) -> [(Int, Int)] {
        var postings: [String: [Int]] = [:]
        // 32-bit stamps and documents in a flat array: every earlier claim met reads both, and
        // a claim's `ClaimFeatures` is far larger than the two entries.
        var stamp = Array(repeating: Int32(-1), count: claims.count)
        let documents = claims.map { Int32(truncatingIfNeeded: $0.docIndex) }
        var pairs: [(Int, Int)] = []
        for i in claims.indices {
            let keys = candidateKeys(claims[i], eventless: context.eventless, triggerPairs: context.triggerPairs)
            let mark = Int32(truncatingIfNeeded: i)
            let document = documents[i]
            for key in keys {
                // One hash of the key, not two (as in `ClaimGrouper.group`).
                guard let slot = postings.index(forKey: key) else {
                    postings[key] = [i]
                    continue
                }
                for j in postings.values[slot].suffix(window) where stamp[j] != mark && documents[j] != document {
                    stamp[j] = mark
                    pairs.append((i, j))
                }
                postings.values[slot].append(i)
            }
        }
        return pairs
    }

    /// Merges `components` (groups of claim indices) by scored links; returns the new groups,
    /// each sorted, ordered by their first index. Pairs scoring at least the threshold that make
    /// the same claim (`corroborates`) are added to `corroboration`, whether or not they join:
    /// they are what an `agreed` verdict needs.
    func link(
        _ components: [[Int]], claims: [ClaimFeatures], context: ClaimPairFeatures.Context,
        corroboration: inout Corroboration
    ) -> [[Int]] {
        let story = DocumentStories(threshold: scorer.storyThreshold).stories(context.documentTerms)
        var sets = UnionFind(count: claims.count)
        // The rules' groups are kept within one story each: a group spanning two stories
        // mixes two events.
        for group in components {
            var first: [Int: Int] = [:]
            for i in group {
                let s = story[claims[i].docIndex]
                if let f = first[s] { sets.union(f, i) } else { first[s] = i }
            }
        }
        // Each group's state, size and first `averageSample` members (in join order), at its root.
        var state: [GroupState?] = Array(repeating: nil, count: claims.count)
        var sizes = Array(repeating: 0, count: claims.count)
        var heads: [[Int]] = Array(repeating: [], count: claims.count)
        for i in claims.indices {
            let root = sets.find(i)
            var own = Self.state(of: claims[i], context.profiles[i])
            if scorer.documentVeto {
                let trigger = context.eventlessTrigger[i] ? nil : claims[i].event ?? claims[i].claim.predicate
                own.statements = DocumentStatements(document: claims[i].docIndex, trigger: trigger, subjects: context.profiles[i].subjects)
            }
            if state[root] == nil { state[root] = own } else { state[root]?.merge(own) }
            sizes[root] += 1
            if heads[root].count < Self.averageSample { heads[root].append(i) }
        }
        var scored: [Candidate] = []
        let candidates = Self.candidates(claims, context: context, window: scorer.window)
        // Every scored pair's probability: the average link between two groups reads them.
        var probabilities: [Double] = []
        probabilities.reserveCapacity(candidates.count)
        // Candidates come by claim `i`, so one document's cosines with the others are kept
        // while its claims come: a pair of documents is met by many pairs of their claims.
        var documentCosines = DocumentCosines(context.documents)
        let ahead = ClaimGrouper.prefetchDistance
        for (n, (i, j)) in candidates.enumerated() {
            // Later pairs' earlier claims are prefetched, and their documents' vectors once
            // their profiles are near (`Prefetch`): `j` is a random earlier claim.
            if n + 2 * ahead < candidates.count { ClaimPairFeatures.prefetch(candidates[n + 2 * ahead].1, context: context) }
            if n + ahead < candidates.count { ClaimPairFeatures.prefetchDocument(of: candidates[n + ahead].1, context: context) }
            let cosine = documentCosines.cosine(context.profiles[i].doc, context.profiles[j].doc)
            let vector = ClaimPairFeatures.vector(i, j, claims: claims, context: context, documentCosine: cosine)
            let p = scorer.probability(vector)
            probabilities.append(p)
            // A join needs an event relation (same predicate or event noun, a shared sense, two
            // steps of one process) or shared participants: the score alone links different
            // statements of one story (ECB+, where it was trained, has one event per sub-topic).
            // A shared eventless lemma ("said" / "said") is no event relation. Without a relation
            // the score must be much surer (`unrelatedThreshold`).
            // So is a pair of triggers that name one event in ECB+ train ("attacked" / "killed", `TriggerPairs`).
            let trigger =
                (vector[Self.noTriggerMatch] == 0 && vector[Self.eventlessPredicate] == 0)
                || vector[Self.triggerPair] >= TriggerPairs.related
            // So is a paraphrase the encoder sees ("convicted" / "found guilty").
            let paraphrase = vector[Self.sentenceCosine] >= scorer.relationCosine
            // And so is the same exact amount of money ("costs EUR 30 million" / "put the losses at
            // EUR 30 million"); a shared count or percentage is not (ECB+ dev per topic is the same 66.8 with them).
            let sameAmount = vector[Self.sameFigure] > 0 && claims[i].claim.slots["amount"].map { $0 == claims[j].claim.slots["amount"] } == true
            let related = !scorer.requireRelation || trigger || paraphrase || vector[Self.subjectJaccard] > 0 || sameAmount
            if p >= scorer.threshold(related: related) {
                scored.append(Candidate(i: i, j: j, probability: p))
            }
            if p >= scorer.threshold, Self.corroborates(vector, paraphrase: paraphrase) { corroboration.add(i, j) }
        }
        let links = PairLinks(count: claims.count, pairs: candidates, probabilities: probabilities)
        scored.sort { ($0.probability, $1.i, $1.j) > ($1.probability, $0.i, $0.j) }
        for candidate in scored where story[claims[candidate.i].docIndex] == story[claims[candidate.j].docIndex] {
            // Other participants are another event ("Denmark and Finland signed" / "Norway and Sweden signed").
            let si = context.profiles[candidate.i].subjects, sj = context.profiles[candidate.j].subjects
            if scorer.subjectVeto, !si.isEmpty, !sj.isEmpty, ClaimGrouper.intersection(si, sj) == 0 { continue }
            let ri = sets.find(candidate.i), rj = sets.find(candidate.j)
            guard ri != rj, Self.compatible(state[ri], state[rj]) else { continue }
            let (small, large) = sizes[ri] <= sizes[rj] ? (ri, rj) : (rj, ri)
            guard averageLink(heads[small], to: large, links: links, sets: &sets) >= scorer.averageThreshold else { continue }
            sets.union(ri, rj)
            let root = sets.find(ri)
            // The joined group's members are those of `ri`, then those of `rj`.
            var head = heads[ri]
            head.append(contentsOf: heads[rj].prefix(Self.averageSample - head.count))
            let size = sizes[ri] + sizes[rj]
            guard var joined = state[ri].take(), let other = state[rj].take() else { continue }
            joined.merge(other)
            (heads[ri], heads[rj]) = ([], [])
            (heads[root], sizes[root], state[root]) = (head, size, joined)
        }
        var groups: [Int: [Int]] = [:]
        for i in claims.indices { groups[sets.find(i), default: []].append(i) }
        return groups.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// Whether a scored pair makes the same claim, as `Corroboration` needs it: one trigger word
    /// (not an eventless one), a learned trigger pair or a paraphrase, and no participant, date,
    /// place or figure telling the two apart ("Serbia could enhance pressure" / "the ministers
    /// committed to stronger integration" share a trigger, not a claim). A shared WordNet class
    /// or two stages of one process, enough to join, are not enough here.
    static func corroborates(_ vector: [Double], paraphrase: Bool) -> Bool {
        let sameTrigger = (vector[samePredicate] > 0 || vector[sameEvent] > 0) && vector[eventlessPredicate] == 0
        guard sameTrigger || vector[triggerPair] >= TriggerPairs.related || paraphrase else { return false }
        return corroborationClashes.allSatisfy { vector[$0] == 0 }
    }

    /// Mean probability of the scored pairs joining `group` to the group rooted at `root`, read
    /// from at most `averageSample` members of `group` (its first ones), so a check costs O(1).
    private func averageLink(
        _ group: [Int], to root: Int, links: PairLinks,
        sets: inout UnionFind
    ) -> Double {
        var sum = 0.0
        var count = 0
        for i in group.prefix(Self.averageSample) {
            for position in links.row(i) where sets.find(links.other(at: position)) == root {
                sum += links.probability(at: position)
                count += 1
            }
        }
        return count > 0 ? sum / Double(count) : 0
    }

    private static func state(of c: ClaimFeatures, _ p: ClaimGrouper.Profile) -> GroupState {
        var figures: [String: Set<String>] = [:]
        for slot in ["amount", "percent", "count"] {
            guard let value = c.claim.slots[slot] else { continue }
            figures[slot == "count" ? "count/" + (c.countHead ?? "") : slot, default: []].insert(value.description)
        }
        return GroupState(
            latestStart: p.firstDay, earliestEnd: p.lastDay, polarity: c.negatesContent ? 2 : 1,
            figures: figures, places: Set([c.claim.slots["place"]?.description].compactMap { $0 }),
            subjects: Set(p.subjects), periods: Set([c.period].compactMap { $0 }))
    }

    /// Whether both groups have a state and joining them adds no contradiction neither had.
    private static func compatible(_ a: GroupState?, _ b: GroupState?) -> Bool {
        guard let a, let b else { return false }
        return compatible(a, b)
    }

    /// Whether joining two groups adds no contradiction neither had.
    static func compatible(_ a: GroupState, _ b: GroupState) -> Bool {
        let start = [a.latestStart, b.latestStart].compactMap { $0 }.max()
        let end = [a.earliestEnd, b.earliestEnd].compactMap { $0 }.min()
        if let start, let end, start > end { return false }
        if a.polarity | b.polarity == 3, a.polarity != 3, b.polarity != 3 { return false }
        // Different figures of one measure ("12 injured" / "30 injured"); figures of different
        // measures (a magnitude and a toll) say nothing.
        for (measure, values) in a.figures {
            if let other = b.figures[measure], values.isDisjoint(with: other) { return false }
        }
        if !a.places.isEmpty, !b.places.isEmpty, a.places.isDisjoint(with: b.places) { return false }
        // So are only different periods within a year ("the fourth quarter" / "the first quarter").
        if !a.periods.isEmpty, !b.periods.isEmpty, a.periods.isDisjoint(with: b.periods) { return false }
        // Two groups each about one actor, another one, are two events, even when a claim
        // with no named subject ("It also plans to cut…") scores high with both (one carmaker's job
        // cuts, another's loss). Groups naming more subjects are broad enough to be one story's.
        let narrow = (1...Self.subjectVetoLimit).contains(a.subjects.count) && (1...Self.subjectVetoLimit).contains(b.subjects.count)
        if narrow, a.subjects.isDisjoint(with: b.subjects) { return false }
        // Groups that are other statements of the articles they share are other events.
        return !a.statements.differ(from: b.statements)
    }
}
