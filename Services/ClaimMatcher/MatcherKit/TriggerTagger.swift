import Foundation
import Knowledge

/// Says which tokens are event triggers ("signed", "the signing", "the earthquake"): an averaged
/// perceptron trained by `scripts/train-trigger-tagger` on the ECB+ train gold event mentions
/// (`Data/models/trigger-tagger.json`).
///
/// A token's score is the sum of its features' weights (`TriggerFeatures`); it is a trigger when
/// the score is above the file's threshold. Deterministic and offline.
public struct TriggerTagger: Sendable {
    let model: PerceptronWeights
    var weights: [String: Double] { model.weights }
    /// Scores above it mark a trigger (tuned on ECB+ dev).
    var threshold: Double { model.threshold }

    static let format = "crosscheck-trigger-tagger/1"
    /// How far above `threshold` a token must score to become the trigger of a clause that has
    /// no predicate-lexicon word, in place of the suffix heuristics. Tuned on ECB+ dev with
    /// `scripts/eval-external` (per topic, claim-pair F1 with the claim scorer of that time: 61.0
    /// at margin 0, 61.6 at 5, 61.3 at 8; after the linking changes of the same issue, with the scorer
    /// trained at margin 5: 62.2 at 5, 64.1 at 12, 63.7 at 20; the scorer retrained at 12: 63.8).
    static let claimMargin = 12.0

    /// The model in `data`, read from `path` (named in the error when it does not parse).
    public init(data: Data, path: String = "trigger-tagger.json") throws(KnowledgeError) {
        model = try PerceptronWeights(data: data, path: path, format: Self.format)
    }

    /// The shipped model (`Data/models/trigger-tagger.json`), read once per process; a missing or
    /// malformed file throws a `KnowledgeError` naming it.
    public static func bundled() throws(KnowledgeError) -> TriggerTagger {
        try loaded.get()
    }

    private static let loaded = Result { () throws(KnowledgeError) -> TriggerTagger in
        try TriggerTagger(data: BundledModels.data(named: "trigger-tagger"), path: BundledModels.path(named: "trigger-tagger"))
    }

    /// The score of a token with these features; above `threshold` it is a trigger.
    func score(_ features: [String]) -> Double { model.score(features) }
}
