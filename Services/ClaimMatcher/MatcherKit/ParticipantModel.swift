import Foundation
import Knowledge

/// Says which entity mentions of a clause take part in its event (who did it, to whom or what):
/// an averaged perceptron trained by `scripts/train-participant-model` on ECB+ train with
/// distant labels (`Data/models/participant-model.json`).
///
/// A mention is a participant of the clause's trigger when its entity also stands beside the same
/// event in another article; the features (`ParticipantFeatures`) say where the mention stands
/// from the trigger and what it is. A candidate is a participant when its score is above the
/// file's threshold. Deterministic and offline.
///
/// On ECB+ dev (same distant labels, 499 mentions) the model above its threshold finds
/// participants at P/R 71.3/89.5 where the rules' subject or object reach 61.8/60.7. Taking its
/// participants as the claim's subject and object, though, lowered ECB+ dev claim-pair F1 per
/// topic from 63.5 to 61.8 (61.7 with the claim scorer retrained on them; measured with a first
/// version that also had head-word features): the rules' wider subject joins more true pairs.
/// So the extractor keeps the rules' subject and object and uses the model only where it is
/// sure (`dropScore`, `objectScore`): 63.5 -> 63.6 (P 90.9 -> 91.3).
public struct ParticipantModel: Sendable {
    let model: PerceptronWeights
    /// Scores above it mark a participant (tuned on ECB+ dev).
    var threshold: Double { model.threshold }

    static let format = "crosscheck-participant-model/1"
    /// Below this score a rule subject is dropped from the claim's subject. Chosen on ECB+ dev:
    /// no rule subject scoring below it is a distant-label participant (6 of 268 rule subjects).
    static let dropScore = -6.0
    /// A rule entity object scoring below this gives way to an entity after the trigger scoring
    /// above it. Chosen on ECB+ dev: rule objects below it are 1 participant in 15, other
    /// entities after the trigger above it 100 in 120.
    static let objectScore = 2.0

    /// The model in `data`, read from `path` (named in the error when it does not parse).
    public init(data: Data, path: String = "participant-model.json") throws(KnowledgeError) {
        model = try PerceptronWeights(data: data, path: path, format: Self.format)
    }

    /// The shipped model (`Data/models/participant-model.json`), read once per process; a
    /// missing or malformed file throws a `KnowledgeError` naming it.
    public static func bundled() throws(KnowledgeError) -> ParticipantModel {
        try loaded.get()
    }

    private static let loaded = Result { () throws(KnowledgeError) -> ParticipantModel in
        try ParticipantModel(
            data: BundledModels.data(named: "participant-model"), path: BundledModels.path(named: "participant-model"))
    }

    /// The score of a candidate with these features; above `threshold` it is a participant.
    func score(_ features: [String]) -> Double { model.score(features) }
}
