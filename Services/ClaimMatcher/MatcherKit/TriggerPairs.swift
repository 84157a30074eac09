/// Learned relations between two different trigger lemmas: how much likelier two event mentions
/// with these triggers name one event than two mentions of one story do on average.
///
/// The table `triggerPairs` (`Data/trigger-pairs.json`, written by `scripts/claims/trigger_pairs.py`
/// from ECB+ train) maps "a|b" (the two lemmas in sort order) to a smoothed log-odds ratio. It
/// holds positive ones only: paraphrases and steps of one event the corpus shows ("attack" /
/// "kill", "arrest" / "convict"), which WordNet links few of (issue 9F). (Negative values as a
/// feature of their own, learned without each topic, took a positive weight and changed nothing
/// on ECB+ dev.) The scorer reads the value as a feature (`ClaimPairFeatures`); strong pairs count
/// as an event relation and make candidates (`ScoredLinker.candidateKeys`), at most
/// `maxPartners` per lemma so the cost stays linear.
public struct TriggerPairs: Sendable {
    /// Log-odds ratio by lemma, then by the other lemma (both ways), so a pair is looked up
    /// without building its "a|b" key: `value` runs for every candidate pair.
    private var values: [String: [String: Double]] = [:]
    /// Lemma → the candidate keys of its strongest positive partners (at most `maxPartners`).
    private var partnerKeys: [String: [String]] = [:]
    /// Log-odds ratio from which a pair makes candidates and counts as an event relation.
    public static let related = 1.0
    /// Partners per lemma used as candidate keys.
    public static let maxPartners = 4

    /// The relations of a `triggerPairs` table (empty: none).
    public init(table: [String: Double] = [:]) {
        var partners: [String: [(String, Double)]] = [:]
        for (key, value) in table {
            let lemmas = key.split(separator: "|", maxSplits: 1).map(String.init)
            guard lemmas.count == 2 else { continue }
            values[lemmas[0], default: [:]][lemmas[1]] = value
            values[lemmas[1], default: [:]][lemmas[0]] = value
            guard value >= Self.related else { continue }
            partners[lemmas[0], default: []].append((lemmas[1], value))
            partners[lemmas[1], default: []].append((lemmas[0], value))
        }
        for (lemma, list) in partners {
            let best = list.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(Self.maxPartners)
            partnerKeys[lemma] = best.map { "T|" + Self.key(lemma, $0.0) }
        }
    }

    /// The table key of two lemmas.
    static func key(_ a: String, _ b: String) -> String { a < b ? a + "|" + b : b + "|" + a }

    /// The log-odds ratio of two different lemmas (0 when the table does not hold them).
    public func value(_ a: String, _ b: String) -> Double {
        a == b ? 0 : values[a]?[b] ?? 0
    }

    /// Candidate keys of a claim with trigger `lemma`: one per strong partner, shared with the
    /// claims whose trigger is that partner.
    func candidateKeys(_ lemma: String) -> [String] { partnerKeys[lemma] ?? [] }

    /// Whether the table holds no relation.
    public var isEmpty: Bool { values.isEmpty }
}
