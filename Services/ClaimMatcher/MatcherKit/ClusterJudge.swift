import CrosscheckSchema

/// Decides a cluster's status and lists the slots its sources disagree on.
///
/// Only strong claims (not hedged or speculative) create conflicts, and only between claims
/// in the same voice: the outlet's own, or the same named speaker. Two actors who disagree,
/// both reported by the sources, are not sources that disagree: that cluster is `disputed`, and
/// so is one where a hedged claim contradicts an asserted one. `agreed` is left only when no
/// member contradicts another in polarity or value.
struct ClusterJudge: Sendable {
    let documentIDs: [String]
    /// Lemmas of copulas ("be", "remain"): with them the proposition lies in the complement the
    /// claim does not capture ("X is not hostile" / "X is legally binding"), so they make no
    /// polarity conflict.
    var copulaLemmas: Set<String> = []
    /// Objects that match any object of the same predicate in a polarity conflict ("Police
    /// have not arrested anyone" / "Police arrested a man").
    var indefiniteObjects: Set<String> = []
    /// Entity ids of people: claims naming different people as the same participant are about
    /// two events ("Jackson was arrested on 6 January" / "Williams was arrested on 1 February"),
    /// so they make no polarity or value conflict.
    var persons: Set<String> = []
    /// Entity ids of countries. Places conflict only when both are countries: a city and its
    /// country or region ("Vancouver" / "Canada"), two names of one place, or the place of
    /// another event in the sentence are not rival values, and nothing tells them apart yet.
    var countries: Set<String> = []

    /// Slots compared for conflicts (role holders are compared separately, across voices).
    static let comparedSlots = ["date", "place", "amount", "percent", "count"]
    /// How far from an approximate figure another may lie and still agree, as a share of the
    /// approximate figure: "almost three hours" (below) and "two hours" agree, "about 900" (either
    /// side) and 600 do not, nor "some 700 metres" and "200 metres".
    static let approximateTolerance = ["below": 1.0 / 3.0, "around": 0.2, "above": 0.2]

    /// A cluster's claims with their parties, made once per cluster: the judge's functions take
    /// positions in `claims` rather than copies of the claims, and compare each distinct set of
    /// parties once rather than each pair of claims, so judging a cluster stays near linear in
    /// its members (a large cluster holds many claims naming the same parties).
    private struct Members {
        let claims: [ClaimFeatures]
        /// Each claim's parties, as a position in `distinct`.
        let party: [Int]
        /// The distinct parties of the claims.
        let distinct: [ClaimParties]

        init(_ claims: [ClaimFeatures], persons: Set<String>) {
            var ids: [ClaimParties: Int] = [:]
            var distinct: [ClaimParties] = []
            party = claims.map { c in
                let parties = ClaimParties(c, persons: persons)
                if let id = ids[parties] { return id }
                ids[parties] = distinct.count
                distinct.append(parties)
                return distinct.count - 1
            }
            self.claims = claims
            self.distinct = distinct
        }
    }

    func judge(_ members: [ClaimFeatures]) -> (ClusterStatus, [SlotConflict]) {
        let docs = Set(members.map(\.docIndex))
        guard docs.count >= 2 else { return (.singleSource, []) }
        let m = Members(members, persons: persons)
        let strong = members.indices.filter { !members[$0].isWeak }
        // Claims are compared within one voice and one predicate: a conflict is about the same
        // proposition, not about two things the same cluster happens to hold.
        var voices: [String: [Int]] = [:]
        for i in strong { voices[members[i].voice + "|" + members[i].claim.predicate, default: []].append(i) }

        var conflicting: [SlotConflict] = []
        var evolving: [SlotConflict] = []
        for voice in voices.keys.sorted() {
            let group = voices[voice] ?? []
            if let polarity = polarityConflict(group.filter { !copulaLemmas.contains(members[$0].claim.predicate) }, m) {
                conflicting.append(polarity)
            }
            let positive = group.filter { !members[$0].isNegated }
            for slot in Self.comparedSlots {
                for subgroup in Self.slotGroups(positive, of: members, slot: slot) {
                    guard let conflict = slotConflict(subgroup, m, slot: slot) else { continue }
                    if evolves(subgroup, m, slot: slot) { evolving.append(conflict) } else { conflicting.append(conflict) }
                }
            }
        }
        // One event named by different verbs or nouns ("walked out on …" / "began their strike on
        // …"): its date is compared across those predicates, within one voice.
        var events: [String: [Int]] = [:]
        for i in strong where !members[i].isNegated {
            if let v = members[i].event { events[members[i].voice + "|" + v, default: []].append(i) }
        }
        for key in events.keys.sorted() {
            let group = events[key] ?? []
            guard Set(group.map { members[$0].claim.predicate }).count >= 2, let conflict = slotConflict(group, m, slot: "date") else { continue }
            if evolves(group, m, slot: "date") { evolving.append(conflict) } else { conflicting.append(conflict) }
        }
        if let holder = holderConflict(strong, m) { conflicting.append(holder) }
        // Stages of one process use different predicates: they are compared per voice only. A
        // hedged step ("reportedly in talks") is still a step; speculation is not.
        var byVoice: [String: [Int]] = [:]
        for i in members.indices where members[i].claim.modality != .speculative && !members[i].negatesContent {
            byVoice[members[i].voice, default: []].append(i)
        }
        for voice in byVoice.keys.sorted() {
            if let stage = stageProgression(byVoice[voice] ?? [], m) { evolving.append(stage) }
        }
        let order = Dictionary(members.map { ($0.claim.id, $0.order) }, uniquingKeysWith: { a, _ in a })
        if !conflicting.isEmpty { return (.conflicting, merged(conflicting, order: order)) }
        let disputes = disputed(m)
        if !disputes.isEmpty { return (.disputed, merged(disputes, order: order)) }
        if !evolving.isEmpty { return (.evolving, merged(evolving, order: order)) }
        return (.agreed, [])
    }

    /// Contradictions across voices or strengths: one actor asserts what another negates, or
    /// claims of different documents hold incompatible values, whoever vouches for them and
    /// however hedged (speculation aside). Values that line up with publication dates evolve.
    private func disputed(_ m: Members) -> [SlotConflict] {
        var byPredicate: [String: [Int]] = [:]
        for i in m.claims.indices where m.claims[i].claim.modality != .speculative {
            byPredicate[m.claims[i].claim.predicate, default: []].append(i)
        }
        var out: [SlotConflict] = []
        for predicate in byPredicate.keys.sorted() {
            let group = byPredicate[predicate] ?? []
            if !copulaLemmas.contains(predicate), let polarity = polarityConflict(group, m, negated: \.negatesContent, acrossVoices: true) {
                out.append(polarity)
            }
            let positive = group.filter { !m.claims[$0].negatesContent }
            for slot in Self.comparedSlots {
                for subgroup in Self.slotGroups(positive, of: m.claims, slot: slot) {
                    // A hedged claim against an asserted one, or one speaker against another: two
                    // hedged claims alone dispute nothing.
                    guard subgroup.contains(where: { !m.claims[$0].isWeak }), let conflict = slotConflict(subgroup, m, slot: slot, shared: true),
                        !evolves(subgroup, m, slot: slot)
                    else { continue }
                    out.append(conflict)
                }
            }
        }
        return out
    }

    /// Sources naming different people as holder of one role ("foreign-minister@norway").
    private func holderConflict(_ claims: [Int], _ m: Members) -> SlotConflict? {
        var byRole: [String: [String: [Int]]] = [:]
        for i in claims { for (role, person) in m.claims[i].holders { byRole[role, default: [:]][person, default: []].append(i) } }
        for role in byRole.keys.sorted() {
            guard let people = byRole[role], people.count >= 2 else { continue }
            let docSets = people.values.map { Set($0.map { m.claims[$0].docIndex }) }
            let disagree = docSets.contains { a in docSets.contains { b in !a.subtracting(b).isEmpty && !b.subtracting(a).isEmpty } }
            guard disagree else { continue }
            return SlotConflict(slot: "holder", values: people.keys.sorted().map { value(.text($0), people[$0] ?? [], m) })
        }
        return nil
    }

    /// The named period and counted noun `slotGroups` groups a claim's values by.
    private struct PeriodKey: Hashable {
        var period: String
        var countHead: String
    }

    /// Values are compared only between claims tied to the same named period within a year (or
    /// to none): a loss "in the fourth quarter" and one "in the first quarter" are two events, not
    /// rival figures. Counts are compared only between claims counting the same noun. `claims`
    /// and the groups are positions in `members`.
    static func slotGroups(_ claims: [Int], of members: [ClaimFeatures], slot: String) -> [[Int]] {
        var byKey: [PeriodKey: [Int]] = [:]
        for i in claims where members[i].claim.slots[slot] != nil {
            let c = members[i]
            byKey[PeriodKey(period: c.period ?? "", countHead: slot == "count" ? c.countHead ?? "" : ""), default: []].append(i)
        }
        return byKey.keys.sorted { ($0.period, $0.countHead) < ($1.period, $1.countHead) }.compactMap { byKey[$0] }
    }

    /// One source asserts what another negates: same predicate (by grouping), same object and
    /// overlapping subjects. With `acrossVoices`, also one actor against another in any document.
    private func polarityConflict(
        _ group: [Int], _ m: Members, negated: (ClaimFeatures) -> Bool = \.isNegated,
        acrossVoices: Bool = false
    ) -> SlotConflict? {
        func matching(_ claims: [Int], _ others: [Int]) -> [Int] {
            Self.matching(claims, against: others, of: m.claims, indefinite: indefiniteObjects, acrossVoices: acrossVoices)
        }
        var negative = group.filter { negated(m.claims[$0]) }
        var positive = matching(group.filter { !negated(m.claims[$0]) }, negative)
        negative = matching(negative, positive)
        positive = matching(positive, negative)
        positive = Self.compatible(positive, with: negative, m)
        negative = Self.compatible(negative, with: positive, m)
        let posDocs = Set(positive.map { m.claims[$0].docIndex }), negDocs = Set(negative.map { m.claims[$0].docIndex })
        let docsDiffer = !posDocs.subtracting(negDocs).isEmpty && !negDocs.subtracting(posDocs).isEmpty
        let posVoices = Set(positive.map { m.claims[$0].voice }), negVoices = Set(negative.map { m.claims[$0].voice })
        let voicesDiffer = acrossVoices && !positive.isEmpty && !negative.isEmpty && posVoices != negVoices
        guard docsDiffer || voicesDiffer else { return nil }
        return SlotConflict(
            slot: "polarity",
            values: [
                value(.text("asserted"), positive, m), value(.text("negated"), negative, m),
            ])
    }

    /// The claims whose parties are compatible with those of one of `others`
    /// (`ClaimParties.compatible`), each distinct pair of parties compared once.
    private static func compatible(_ claims: [Int], with others: [Int], _ m: Members) -> [Int] {
        let otherParties = Set(others.map { m.party[$0] })
        var kept: [Int: Bool] = [:]
        return claims.filter { i in
            let party = m.party[i]
            if let known = kept[party] { return known }
            let keep = otherParties.contains { m.distinct[party].compatible(with: m.distinct[$0]) }
            kept[party] = keep
            return keep
        }
    }

    /// The claims (positions in `members`) that state the same proposition as one of `others`:
    /// same predicate and object, and subjects that overlap (or are missing on one side).
    ///
    /// Linear: some other claim's subjects overlap a claim's subjects exactly when the union of
    /// the others' subjects (per predicate and object) does.
    /// An indefinite object ("anyone") matches every object of the predicate, on either side.
    /// With `acrossVoices`, subjects must overlap (or both be unnamed with one and the same object:
    /// "X said the quota violates the treaty" / "Y denied that the quota violates the treaty"), and
    /// a claim without an object counts as indefinite ("NATO is informed" / "NATO was not informed
    /// of the agreement").
    static func matching(
        _ claims: [Int], against others: [Int], of members: [ClaimFeatures],
        indefinite: Set<String> = [], acrossVoices: Bool = false
    ) -> [Int] {
        let missingIsIndefinite = acrossVoices
        struct Key: Hashable {
            var predicate: String
            var object: String?
        }
        // Markers no folded object can equal: "some other claim's object is indefinite" and
        // "some other claim has any object at all".
        let indefiniteMarker = "\u{0}indefinite", anyMarker = "\u{0}any"
        var subjects: [Key: Set<String>] = [:]
        var withoutSubject: Set<Key> = []
        // Predicate and object of the other claims naming no subject but an object.
        var objectOnly: Set<Key> = []
        func isIndefinite(_ c: ClaimFeatures) -> Bool {
            c.claim.object.map(indefinite.contains) ?? (missingIsIndefinite && !c.pronounObject)
        }
        // A pronoun object ("did not meet them") is some specific thing the claim does not name: it
        // equals no other object, and an indefinite or missing one ("met with X") does not reach it.
        func object(_ c: ClaimFeatures) -> String? { c.pronounObject ? "\u{0}pronoun " + c.claim.id : c.claim.object }
        for o in others.lazy.map({ members[$0] }) {
            if o.claim.subject.isEmpty, o.claim.object != nil { objectOnly.insert(Key(predicate: o.claim.predicate, object: o.claim.object)) }
            var keys = [Key(predicate: o.claim.predicate, object: object(o))]
            if !indefinite.isEmpty || missingIsIndefinite, !o.pronounObject {
                keys.append(Key(predicate: o.claim.predicate, object: anyMarker))
                if isIndefinite(o) { keys.append(Key(predicate: o.claim.predicate, object: indefiniteMarker)) }
            }
            for key in keys {
                subjects[key, default: []].formUnion(o.claim.subject)
                if o.claim.subject.isEmpty, !acrossVoices { withoutSubject.insert(key) }
            }
        }
        return claims.filter { i in
            let c = members[i]
            var keys = [
                Key(predicate: c.claim.predicate, object: object(c)),
                Key(predicate: c.claim.predicate, object: indefiniteMarker),
            ]
            if isIndefinite(c) { keys.append(Key(predicate: c.claim.predicate, object: anyMarker)) }
            return keys.contains { key in
                guard let union = subjects[key] else { return false }
                if acrossVoices {
                    return c.claim.subject.contains(where: union.contains)
                        || (c.claim.subject.isEmpty && c.claim.object != nil
                            && objectOnly.contains(Key(predicate: c.claim.predicate, object: c.claim.object)))
                }
                return c.claim.subject.isEmpty || withoutSubject.contains(key) || c.claim.subject.contains(where: union.contains)
            }
        }
    }

    /// Whether the claims hold rival values of `slot`. With `shared` (a dispute between actors, or
    /// a hedged claim against an asserted one) the claims must name a participant in common.
    private func slotConflict(_ claims: [Int], _ m: Members, slot: String, shared: Bool = false) -> SlotConflict? {
        var byValue: [SlotValue: [Int]] = [:]
        // Per value, the documents of each distinct set of parties: claims naming the same parties
        // are compared once, and only documents matter below.
        var partyDocuments: [SlotValue: [Int: Set<Int>]] = [:]
        for i in claims {
            guard let v = m.claims[i].claim.slots[slot] else { continue }
            byValue[v, default: []].append(i)
            partyDocuments[v, default: [:]][m.party[i], default: []].insert(m.claims[i].docIndex)
        }
        guard byValue.count >= 2 else { return nil }
        let values = byValue.keys.sorted()
        // Approximation marks per value, once: compared for each pair of values below.
        let sides = byValue.mapValues { Set($0.compactMap { m.claims[$0].approximate[slot] }) }
        var disagree = false
        outer: for (x, a) in values.enumerated() {
            for b in values[(x + 1)...] where !compatible(a, b, slot: slot, byValue, m.claims, sides: sides) {
                let (docsA, docsB) = rivalDocuments(partyDocuments[a] ?? [:], partyDocuments[b] ?? [:], m, slot: slot, shared: shared)
                if !docsA.isSubset(of: docsB), !docsB.isSubset(of: docsA) {
                    disagree = true
                    break outer
                }
            }
        }
        guard disagree else { return nil }
        let shown = slot == "date" ? foldingLessPrecise(byValue, of: m.claims) : byValue
        guard shown.count >= 2 else { return nil }
        return SlotConflict(slot: slot, values: shown.keys.sorted().map { value($0, shown[$0] ?? [], m) })
    }

    /// The documents of the claims of two values whose parties are rivals of some on the other
    /// side (`ClaimParties.rivals`): `a` and `b` map each distinct set of parties to its documents.
    private func rivalDocuments(
        _ a: [Int: Set<Int>], _ b: [Int: Set<Int>], _ m: Members, slot: String, shared: Bool
    ) -> (Set<Int>, Set<Int>) {
        var docsA: Set<Int> = [], docsB: Set<Int> = []
        var rivalsB: Set<Int> = []
        for (partyA, documentsA) in a {
            var rivalA = false
            for partyB in b.keys where m.distinct[partyA].rivals(m.distinct[partyB], slot: slot, shared: shared) {
                rivalA = true
                rivalsB.insert(partyB)
            }
            if rivalA { docsA.formUnion(documentsA) }
        }
        for partyB in rivalsB { docsB.formUnion(b[partyB] ?? []) }
        return (docsA, docsB)
    }

    /// Dates that contain others ("last week", "March 2025") are support, not rival values.
    ///
    /// From the most precise value up, a value that contains exactly one kept, more precise
    /// value joins that value's claims; one that contains several supports none of them and is
    /// left out; one that contains none stays a value of its own. Claims are positions in `members`.
    func foldingLessPrecise(_ byValue: [SlotValue: [Int]], of members: [ClaimFeatures]) -> [SlotValue: [Int]] {
        func width(_ v: SlotValue) -> Int {
            guard let first = byValue[v]?.first, let d = members[first].date, let a = d.firstDay, let b = d.lastDay else { return Int.max }
            return b - a
        }
        let ordered = byValue.keys.sorted { (width($0), $0) < (width($1), $1) }
        var kept: [SlotValue: [Int]] = [:]
        var keptOrder: [SlotValue] = []
        for v in ordered {
            let claims = byValue[v] ?? []
            let containing = keptOrder.filter { k in
                width(k) < width(v) && compatible(k, v, slot: "date", byValue, members)
            }
            if containing.isEmpty {
                kept[v] = claims
                keptOrder.append(v)
            } else if containing.count == 1, let only = containing.first {
                kept[only, default: []].append(contentsOf: claims)
            }
        }
        return kept
    }

    /// `sides`: each value's approximation marks (`ClaimFeatures.approximate`), for figures.
    private func compatible(
        _ a: SlotValue, _ b: SlotValue, slot: String, _ byValue: [SlotValue: [Int]], _ members: [ClaimFeatures],
        sides: [SlotValue: Set<String>] = [:]
    ) -> Bool {
        if slot == "place", case .text(let x) = a, case .text(let y) = b {
            return x == y || !countries.contains(x) || !countries.contains(y)
        }
        if let close = approximatelyEqual(a, b, slot: slot, byValue, members, sides: sides) { return close }
        guard slot == "date", let ia = byValue[a]?.first, let ib = byValue[b]?.first, let da = members[ia].date, let db = members[ib].date else {
            return a == b
        }
        return da.isCompatible(with: db)
    }

    /// For figures of which one is marked approximate ("almost three hours"), whether the other
    /// lies on the approximation's side within `approximateTolerance` (amounts in one currency);
    /// nil when neither is approximate or they are no comparable figures.
    private func approximatelyEqual(
        _ a: SlotValue, _ b: SlotValue, slot: String, _ byValue: [SlotValue: [Int]], _ members: [ClaimFeatures],
        sides: [SlotValue: Set<String>]
    ) -> Bool? {
        let sidesA = sides[a] ?? [], sidesB = sides[b] ?? []
        guard slot == "count" || slot == "amount" || slot == "percent", !sidesA.isEmpty || !sidesB.isEmpty,
            let ia = byValue[a]?.first, let ib = byValue[b]?.first,
            let x = ordinal(members[ia], slot: slot), let y = ordinal(members[ib], slot: slot), x > 0, y > 0
        else { return nil }
        if slot == "amount", case .text(let ta) = a, case .text(let tb) = b, ta.split(separator: " ").first != tb.split(separator: " ").first {
            return nil
        }
        func within(_ side: String, of approximate: Double, _ other: Double) -> Bool {
            let tolerance = (Self.approximateTolerance[side] ?? 0) * approximate
            switch side {
            case "below": return other <= approximate && approximate - other <= tolerance + 1e-9
            case "above": return other >= approximate && other - approximate <= tolerance + 1e-9
            default: return abs(other - approximate) <= tolerance + 1e-9
            }
        }
        return sidesA.contains { within($0, of: x, y) } || sidesB.contains { within($0, of: y, x) }
    }

    /// Differing values that evolve: marked preliminary, a lower bound or revised ("at least 12",
    /// "revised to 6.1"), or progressing with publication dates.
    private func evolves(_ claims: [Int], _ m: Members, slot: String) -> Bool {
        claims.contains { m.claims[$0].provisional } || linesUpWithPublication(claims, m, slot: slot)
    }

    /// Values that differ but progress with publication dates: later documents, later or larger values.
    ///
    /// Dates only evolve when they lie after the document's publication (a rescheduled event);
    /// a past event's date that differs between sources is a conflict. Figures that grow with
    /// publication dates evolve whatever their tense: news gives a rising toll in the plain past
    /// ("the quake killed 250", then "killed 300"), and calling that a conflict would be false.
    private func linesUpWithPublication(_ claims: [Int], _ m: Members, slot: String) -> Bool {
        guard slot == "date" || slot == "count" || slot == "amount" || slot == "percent" else { return false }
        var perDoc: [Int: (published: CivilDate, value: Double)] = [:]
        for c in claims.lazy.map({ m.claims[$0] }) {
            guard let published = c.published, let v = ordinal(c, slot: slot) else { return false }
            if slot == "date", let day = c.date?.firstDay, day <= published.dayNumber { return false }
            if let existing = perDoc[c.docIndex], existing.value != v { return false }
            perDoc[c.docIndex] = (published, v)
        }
        return progresses(Array(perDoc.values))
    }

    private func progresses(_ points: [(published: CivilDate, value: Double)]) -> Bool {
        let sorted = points.sorted { ($0.published, $0.value) < ($1.published, $1.value) }
        guard Set(sorted.map(\.published)).count >= 2 else { return false }
        for (a, b) in zip(sorted, sorted.dropFirst()) {
            if a.published == b.published, a.value != b.value { return false }
            if b.value < a.value { return false }
        }
        return true
    }

    private func ordinal(_ c: ClaimFeatures, slot: String) -> Double? {
        switch c.claim.slots[slot] {
        case .number(let n): return n
        case .text(let t):
            if slot == "date" { return c.date?.firstDay.map(Double.init) }
            if slot == "amount" { return t.split(separator: " ").last.flatMap { Double($0) } }
            return nil
        case nil: return nil
        }
    }

    /// Stages of one process ("under consideration", "negotiations", "signed") that advance
    /// with publication dates among dated documents.
    private func stageProgression(_ claims: [Int], _ m: Members) -> SlotConflict? {
        let staged = claims.filter { m.claims[$0].stage != nil && m.claims[$0].published != nil }
        guard Set(staged.compactMap { m.claims[$0].stage }).count >= 2 else { return nil }
        var perDoc: [Int: (published: CivilDate, value: Double)] = [:]
        for c in staged.lazy.map({ m.claims[$0] }) {
            guard let p = c.published, let s = c.stage else { continue }
            let v = max(perDoc[c.docIndex]?.value ?? 0, Double(s))
            perDoc[c.docIndex] = (p, v)
        }
        guard Set(perDoc.values.map(\.value)).count >= 2, progresses(Array(perDoc.values)) else { return nil }
        var byValue: [SlotValue: [Int]] = [:]
        for i in staged { if let v = m.claims[i].claim.slots["stage"] { byValue[v, default: []].append(i) } }
        guard byValue.count >= 2 else { return nil }
        return SlotConflict(slot: "stage", values: byValue.keys.sorted().map { value($0, byValue[$0] ?? [], m) })
    }

    /// The value and the documents and ids of `claims` (positions in `m.claims`), in claim order.
    private func value(_ v: SlotValue, _ claims: [Int], _ m: Members) -> SlotConflictValue {
        let docs = Set(claims.map { m.claims[$0].docIndex }).sorted().map { documentIDs[$0] }
        return SlotConflictValue(
            value: v, docs: docs.sorted(), claims: claims.sorted { m.claims[$0].order < m.claims[$1].order }.map { m.claims[$0].claim.id })
    }

    /// One entry per slot: voices that conflict on the same slot are combined.
    private func merged(_ conflicts: [SlotConflict], order: [String: Int]) -> [SlotConflict] {
        var bySlot: [String: [SlotValue: (docs: Set<String>, claims: [String])]] = [:]
        for c in conflicts {
            for v in c.values {
                var entry = bySlot[c.slot, default: [:]][v.value] ?? ([], [])
                entry.docs.formUnion(v.docs)
                entry.claims.append(contentsOf: v.claims.filter { !entry.claims.contains($0) })
                bySlot[c.slot, default: [:]][v.value] = entry
            }
        }
        return bySlot.keys.sorted().map { slot in
            let values = bySlot[slot] ?? [:]
            return SlotConflict(
                slot: slot,
                values: values.keys.sorted().map { v in
                    SlotConflictValue(
                        value: v, docs: (values[v]?.docs ?? []).sorted(),
                        claims: (values[v]?.claims ?? []).sorted { (order[$0] ?? 0) < (order[$1] ?? 0) })
                })
        }
    }
}
