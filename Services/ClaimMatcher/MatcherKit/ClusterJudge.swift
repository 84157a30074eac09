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

    func judge(_ members: [ClaimFeatures]) -> (ClusterStatus, [SlotConflict]) {
        let docs = Set(members.map(\.docIndex))
        guard docs.count >= 2 else { return (.singleSource, []) }
        let strong = members.filter { !$0.isWeak }
        // Claims are compared within one voice and one predicate: a conflict is about the same
        // proposition, not about two things the same cluster happens to hold.
        var voices: [String: [ClaimFeatures]] = [:]
        for m in strong { voices[m.voice + "|" + m.claim.predicate, default: []].append(m) }

        var conflicting: [SlotConflict] = []
        var evolving: [SlotConflict] = []
        for voice in voices.keys.sorted() {
            let group = voices[voice] ?? []
            if let polarity = polarityConflict(group.filter { !copulaLemmas.contains($0.claim.predicate) }) {
                conflicting.append(polarity)
            }
            let positive = group.filter { !$0.isNegated }
            for slot in Self.comparedSlots {
                for subgroup in Self.slotGroups(positive, slot: slot) {
                    guard let conflict = slotConflict(subgroup, slot: slot) else { continue }
                    if evolves(subgroup, slot: slot) { evolving.append(conflict) } else { conflicting.append(conflict) }
                }
            }
        }
        // One event named by different verbs or nouns ("walked out on …" / "began their strike on
        // …"): its date is compared across those predicates, within one voice.
        var events: [String: [ClaimFeatures]] = [:]
        for m in strong where !m.isNegated { if let v = m.event { events[m.voice + "|" + v, default: []].append(m) } }
        for key in events.keys.sorted() {
            let group = events[key] ?? []
            guard Set(group.map(\.claim.predicate)).count >= 2, let conflict = slotConflict(group, slot: "date") else { continue }
            if evolves(group, slot: "date") { evolving.append(conflict) } else { conflicting.append(conflict) }
        }
        if let holder = holderConflict(strong) { conflicting.append(holder) }
        // Stages of one process use different predicates: they are compared per voice only. A
        // hedged step ("reportedly in talks") is still a step; speculation is not.
        var byVoice: [String: [ClaimFeatures]] = [:]
        for m in members where m.claim.modality != .speculative && !m.negatesContent { byVoice[m.voice, default: []].append(m) }
        for voice in byVoice.keys.sorted() {
            if let stage = stageProgression(byVoice[voice] ?? []) { evolving.append(stage) }
        }
        let order = Dictionary(members.map { ($0.claim.id, $0.order) }, uniquingKeysWith: { a, _ in a })
        if !conflicting.isEmpty { return (.conflicting, merged(conflicting, order: order)) }
        let disputes = disputed(members)
        if !disputes.isEmpty { return (.disputed, merged(disputes, order: order)) }
        if !evolving.isEmpty { return (.evolving, merged(evolving, order: order)) }
        return (.agreed, [])
    }

    /// Contradictions across voices or strengths: one actor asserts what another negates, or
    /// claims of different documents hold incompatible values, whoever vouches for them and
    /// however hedged (speculation aside). Values that line up with publication dates evolve.
    private func disputed(_ members: [ClaimFeatures]) -> [SlotConflict] {
        var byPredicate: [String: [ClaimFeatures]] = [:]
        for m in members where m.claim.modality != .speculative { byPredicate[m.claim.predicate, default: []].append(m) }
        var out: [SlotConflict] = []
        for predicate in byPredicate.keys.sorted() {
            let group = byPredicate[predicate] ?? []
            if !copulaLemmas.contains(predicate), let polarity = polarityConflict(group, negated: \.negatesContent, acrossVoices: true) {
                out.append(polarity)
            }
            let positive = group.filter { !$0.negatesContent }
            for slot in Self.comparedSlots {
                for subgroup in Self.slotGroups(positive, slot: slot) {
                    // A hedged claim against an asserted one, or one speaker against another: two
                    // hedged claims alone dispute nothing.
                    guard subgroup.contains(where: { !$0.isWeak }), let conflict = slotConflict(subgroup, slot: slot, shared: true),
                        !evolves(subgroup, slot: slot)
                    else { continue }
                    out.append(conflict)
                }
            }
        }
        return out
    }

    /// Sources naming different people as holder of one role ("foreign-minister@norway").
    private func holderConflict(_ claims: [ClaimFeatures]) -> SlotConflict? {
        var byRole: [String: [String: [ClaimFeatures]]] = [:]
        for c in claims { for (role, person) in c.holders { byRole[role, default: [:]][person, default: []].append(c) } }
        for role in byRole.keys.sorted() {
            guard let people = byRole[role], people.count >= 2 else { continue }
            let docSets = people.values.map { Set($0.map(\.docIndex)) }
            let disagree = docSets.contains { a in docSets.contains { b in !a.subtracting(b).isEmpty && !b.subtracting(a).isEmpty } }
            guard disagree else { continue }
            return SlotConflict(slot: "holder", values: people.keys.sorted().map { value(.text($0), people[$0] ?? []) })
        }
        return nil
    }

    /// Values are compared only between claims tied to the same named period within a year (or
    /// to none): a loss "in the fourth quarter" and one "in the first quarter" are two events, not
    /// rival figures. Counts are compared only between claims counting the same noun.
    static func slotGroups(_ claims: [ClaimFeatures], slot: String) -> [[ClaimFeatures]] {
        var byKey: [[String]: [ClaimFeatures]] = [:]
        for c in claims where c.claim.slots[slot] != nil {
            byKey[[c.period ?? "", slot == "count" ? c.countHead ?? "" : ""], default: []].append(c)
        }
        return byKey.keys.sorted { $0.lexicographicallyPrecedes($1) }.compactMap { byKey[$0] }
    }

    /// One source asserts what another negates: same predicate (by grouping), same object and
    /// overlapping subjects. With `acrossVoices`, also one actor against another in any document.
    private func polarityConflict(
        _ group: [ClaimFeatures], negated: (ClaimFeatures) -> Bool = \.isNegated,
        acrossVoices: Bool = false
    ) -> SlotConflict? {
        func matching(_ claims: [ClaimFeatures], _ others: [ClaimFeatures]) -> [ClaimFeatures] {
            Self.matching(claims, against: others, indefinite: indefiniteObjects, acrossVoices: acrossVoices)
        }
        var negative = group.filter(negated)
        var positive = matching(group.filter { !negated($0) }, negative)
        negative = matching(negative, positive)
        positive = matching(positive, negative)
        let positiveParties = positive.map { ClaimParties($0, persons: persons) }
        let negativeParties = negative.map { ClaimParties($0, persons: persons) }
        let keptPositive = positive.indices.filter { i in negativeParties.contains { positiveParties[i].compatible(with: $0) } }
        let keptPositiveParties = keptPositive.map { positiveParties[$0] }
        positive = keptPositive.map { positive[$0] }
        negative = negative.indices.filter { j in keptPositiveParties.contains { negativeParties[j].compatible(with: $0) } }.map { negative[$0] }
        let posDocs = Set(positive.map(\.docIndex)), negDocs = Set(negative.map(\.docIndex))
        let docsDiffer = !posDocs.subtracting(negDocs).isEmpty && !negDocs.subtracting(posDocs).isEmpty
        let posVoices = Set(positive.map(\.voice)), negVoices = Set(negative.map(\.voice))
        let voicesDiffer = acrossVoices && !positive.isEmpty && !negative.isEmpty && posVoices != negVoices
        guard docsDiffer || voicesDiffer else { return nil }
        return SlotConflict(
            slot: "polarity",
            values: [
                value(.text("asserted"), positive), value(.text("negated"), negative),
            ])
    }

    /// The claims that state the same proposition as one of `others`: same predicate and object,
    /// and subjects that overlap (or are missing on one side).
    ///
    /// Linear: some other claim's subjects overlap a claim's subjects exactly when the union of
    /// the others' subjects (per predicate and object) does.
    /// An indefinite object ("anyone") matches every object of the predicate, on either side.
    /// With `acrossVoices`, subjects must overlap (or both be unnamed with one and the same object:
    /// "X said the quota violates the treaty" / "Y denied that the quota violates the treaty"), and
    /// a claim without an object counts as indefinite ("NATO is informed" / "NATO was not informed
    /// of the agreement").
    static func matching(
        _ claims: [ClaimFeatures], against others: [ClaimFeatures],
        indefinite: Set<String> = [], acrossVoices: Bool = false
    ) -> [ClaimFeatures] {
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
        for o in others {
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
        return claims.filter { c in
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
    private func slotConflict(_ claims: [ClaimFeatures], slot: String, shared: Bool = false) -> SlotConflict? {
        var byValue: [SlotValue: [ClaimFeatures]] = [:]
        // Claims of one document naming the same parties count once: only documents matter below.
        var partySets: [SlotValue: Set<ClaimParties>] = [:]
        for c in claims {
            guard let v = c.claim.slots[slot] else { continue }
            byValue[v, default: []].append(c)
            partySets[v, default: []].insert(ClaimParties(c, persons: persons))
        }
        let partiesByValue = partySets.mapValues(Array.init)
        guard byValue.count >= 2 else { return nil }
        let values = byValue.keys.sorted()
        // Approximation marks per value, once: compared for each pair of values below.
        let sides = byValue.mapValues { Set($0.compactMap { $0.approximate[slot] }) }
        var disagree = false
        outer: for (x, a) in values.enumerated() {
            for b in values[(x + 1)...] where !compatible(a, b, slot: slot, byValue, sides: sides) {
                let partiesA = partiesByValue[a] ?? [], partiesB = partiesByValue[b] ?? []
                let rivalsA = partiesA.filter { p in partiesB.contains { p.rivals($0, slot: slot, shared: shared) } }
                let rivalsB = partiesB.filter { p in partiesA.contains { p.rivals($0, slot: slot, shared: shared) } }
                let docsA = Set(rivalsA.map(\.docIndex)), docsB = Set(rivalsB.map(\.docIndex))
                if !docsA.subtracting(docsB).isEmpty, !docsB.subtracting(docsA).isEmpty {
                    disagree = true
                    break outer
                }
            }
        }
        guard disagree else { return nil }
        let shown = slot == "date" ? foldingLessPrecise(byValue) : byValue
        guard shown.count >= 2 else { return nil }
        return SlotConflict(slot: slot, values: shown.keys.sorted().map { value($0, shown[$0] ?? []) })
    }

    /// Dates that contain others ("last week", "March 2025") are support, not rival values.
    ///
    /// From the most precise value up, a value that contains exactly one kept, more precise
    /// value joins that value's claims; one that contains several supports none of them and is
    /// left out; one that contains none stays a value of its own.
    func foldingLessPrecise(_ byValue: [SlotValue: [ClaimFeatures]]) -> [SlotValue: [ClaimFeatures]] {
        func width(_ v: SlotValue) -> Int {
            guard let d = byValue[v]?.first?.date, let a = d.firstDay, let b = d.lastDay else { return Int.max }
            return b - a
        }
        let ordered = byValue.keys.sorted { (width($0), $0) < (width($1), $1) }
        var kept: [SlotValue: [ClaimFeatures]] = [:]
        var keptOrder: [SlotValue] = []
        for v in ordered {
            let claims = byValue[v] ?? []
            let containing = keptOrder.filter { k in
                width(k) < width(v) && compatible(k, v, slot: "date", byValue)
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
        _ a: SlotValue, _ b: SlotValue, slot: String, _ byValue: [SlotValue: [ClaimFeatures]],
        sides: [SlotValue: Set<String>] = [:]
    ) -> Bool {
        if slot == "place", case .text(let x) = a, case .text(let y) = b {
            return x == y || !countries.contains(x) || !countries.contains(y)
        }
        if let close = approximatelyEqual(a, b, slot: slot, byValue, sides: sides) { return close }
        guard slot == "date", let da = byValue[a]?.first?.date, let db = byValue[b]?.first?.date else { return a == b }
        return da.isCompatible(with: db)
    }

    /// For figures of which one is marked approximate ("almost three hours"), whether the other
    /// lies on the approximation's side within `approximateTolerance` (amounts in one currency);
    /// nil when neither is approximate or they are no comparable figures.
    private func approximatelyEqual(
        _ a: SlotValue, _ b: SlotValue, slot: String, _ byValue: [SlotValue: [ClaimFeatures]], sides: [SlotValue: Set<String>]
    ) -> Bool? {
        let sidesA = sides[a] ?? [], sidesB = sides[b] ?? []
        guard slot == "count" || slot == "amount" || slot == "percent", !sidesA.isEmpty || !sidesB.isEmpty,
            let ca = byValue[a]?.first, let cb = byValue[b]?.first,
            let x = ordinal(ca, slot: slot), let y = ordinal(cb, slot: slot), x > 0, y > 0
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
    private func evolves(_ claims: [ClaimFeatures], slot: String) -> Bool {
        claims.contains(where: \.provisional) || linesUpWithPublication(claims, slot: slot)
    }

    /// Values that differ but progress with publication dates: later documents, later or larger values.
    ///
    /// Dates only evolve when they lie after the document's publication (a rescheduled event);
    /// a past event's date that differs between sources is a conflict. Figures that grow with
    /// publication dates evolve whatever their tense: news gives a rising toll in the plain past
    /// ("the quake killed 250", then "killed 300"), and calling that a conflict would be false.
    private func linesUpWithPublication(_ claims: [ClaimFeatures], slot: String) -> Bool {
        guard slot == "date" || slot == "count" || slot == "amount" || slot == "percent" else { return false }
        var perDoc: [Int: (published: CivilDate, value: Double)] = [:]
        for c in claims {
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
    private func stageProgression(_ claims: [ClaimFeatures]) -> SlotConflict? {
        let staged = claims.filter { $0.stage != nil && $0.published != nil }
        guard Set(staged.compactMap(\.stage)).count >= 2 else { return nil }
        var perDoc: [Int: (published: CivilDate, value: Double)] = [:]
        for c in staged {
            guard let p = c.published, let s = c.stage else { continue }
            let v = max(perDoc[c.docIndex]?.value ?? 0, Double(s))
            perDoc[c.docIndex] = (p, v)
        }
        guard Set(perDoc.values.map(\.value)).count >= 2, progresses(Array(perDoc.values)) else { return nil }
        var byValue: [SlotValue: [ClaimFeatures]] = [:]
        for c in staged { if let v = c.claim.slots["stage"] { byValue[v, default: []].append(c) } }
        guard byValue.count >= 2 else { return nil }
        return SlotConflict(slot: "stage", values: byValue.keys.sorted().map { value($0, byValue[$0] ?? []) })
    }

    private func value(_ v: SlotValue, _ claims: [ClaimFeatures]) -> SlotConflictValue {
        let docs = Set(claims.map(\.docIndex)).sorted().map { documentIDs[$0] }
        return SlotConflictValue(value: v, docs: docs.sorted(), claims: claims.sorted { $0.order < $1.order }.map(\.claim.id))
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
