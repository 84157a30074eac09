import CrosscheckSchema
import TextCore

/// The features of one candidate participant (an entity mention of a clause) of the clause's
/// trigger, for the learned participant model.
///
/// The same code computes them when `crosscheck-trigger-features` dumps training rows and when
/// the claim extractor picks a claim's subject and object, so training and inference cannot
/// drift apart. Features are strings ("side=before", "prep=by"); the model sums their weights.
/// The head word enters only through its WordNet class ("headwn=person"): candidates are named
/// mentions, and their own words ("head=egypt") only learned which names ECB+ train's topics
/// happened to be about (190 of 341 weights).
struct ParticipantFeatures: Sendable {
    let lexicon: MatcherLexicon

    /// One entity mention of the clause and what the rules make of it.
    struct Candidate {
        var entity: String
        /// The mention's tokens in the sentence.
        var tokens: Range<Int>
        var type: EntityType?
        /// Whether the rules take it as the clause's subject, its object, or its place slot.
        var ruleSubject: Bool
        var ruleObject: Bool
        var place: Bool
    }

    /// Prepositions whose object can be an event's participant, place or time ("by", "against").
    static let prepositions: Set<String> = [
        "by", "of", "in", "at", "on", "to", "for", "with", "from", "against", "near", "into", "over", "between", "after",
        "before", "during", "under", "about", "outside", "inside", "across", "through",
    ]

    /// The features of candidate `m` of the trigger at token `trigger` of sentence `s`;
    /// `nearest` says whether no other candidate stands between them.
    func features(_ m: Candidate, trigger: Int, nearest: Bool, in s: TriggerFeatures.Sentence) -> [String] {
        let side = m.tokens.lowerBound > trigger ? "after" : "before"
        let gap = side == "after" ? (trigger + 1)..<m.tokens.lowerBound : m.tokens.upperBound..<max(m.tokens.upperBound, trigger)
        let words = gap.map { s.words[$0] }
        let verbs = gap.filter { isVerb($0, in: s) }.count
        let commas = words.filter { $0 == "," }.count
        let boundary = words.contains { $0 == ";" || lexicon.subordinators.contains($0) || lexicon.relativePronouns.contains($0) }
        let lemmas = TriggerFeatures(lexicon: lexicon)
        let head = lemmas.lemma(s.words[m.tokens.upperBound - 1])
        let before = m.tokens.lowerBound > 0 ? s.words[m.tokens.lowerBound - 1] : "<s>"
        let prep = Self.prepositions.contains(before) ? before : "none"
        let passive = isPassive(trigger, in: s)
        let triggerLemma = lemmas.lemma(s.words[trigger])
        var out = [
            "bias", "side=" + side, "dist=\(side)/" + Self.bucket(gap.count), "verbs=\(side)/" + Self.bucket(verbs, cap: 2),
            "commas=\(side)/" + Self.bucket(commas, cap: 2), "type=" + (m.type?.rawValue ?? "none"),
            "type=\(side)/" + (m.type?.rawValue ?? "none"), "prep=" + prep, "prep=\(side)/" + prep,
            "voice=\(side)/" + (passive ? "passive" : "active"),
        ]
        if boundary { out.append("boundary=" + side) }
        if nearest { out.append("nearest=" + side) }
        if m.ruleSubject { out.append("rule-subject") }
        if m.ruleObject { out.append("rule-object") }
        if m.place { out.append("rule-place") }
        if m.tokens.upperBound < s.words.count, s.words[m.tokens.upperBound] == "'s" { out.append("possessive=" + side) }
        for fact in lexicon.wordFacts[head] ?? ["none"] { out.append("headwn=" + fact) }
        for fact in lexicon.wordFacts[triggerLemma] ?? ["none"] { out.append("trigwn=\(side)/" + fact) }
        return out
    }

    /// Whether a token reads as a verb: a predicate or reporting word not after a determiner, or
    /// a past form.
    private func isVerb(_ i: Int, in s: TriggerFeatures.Sentence) -> Bool {
        guard s.tokens[i].kind == .word, !s.isEntity[i] else { return false }
        if i > 0, ClaimExtractor.determiners.contains(s.words[i - 1]) { return false }
        return lexicon.predicates.match(s.words, at: i) != nil || lexicon.reportingVerbs.match(s.words, at: i) != nil
            || ClaimExtractor.isPastParticipleLike(s.words[i])
    }

    /// Whether the trigger is a past participle after a form of "be" ("was arrested by").
    private func isPassive(_ trigger: Int, in s: TriggerFeatures.Sentence) -> Bool {
        guard ClaimExtractor.isPastParticipleLike(s.words[trigger]) else { return false }
        for i in stride(from: trigger - 1, through: max(0, trigger - 3), by: -1) where lexicon.copulas[s.words[i]] == "be" {
            return true
        }
        return false
    }

    /// A count as a coarse bucket: 0, 1, 2, 3, 4-5, 6-8, 9-13, 14+ (or up to `cap`, then "cap+").
    static func bucket(_ n: Int, cap: Int? = nil) -> String {
        if let cap, n >= cap { return "\(cap)+" }
        switch n {
        case 0...3: return "\(n)"
        case 4...5: return "4-5"
        case 6...8: return "6-8"
        case 9...13: return "9-13"
        default: return "14+"
        }
    }
}
