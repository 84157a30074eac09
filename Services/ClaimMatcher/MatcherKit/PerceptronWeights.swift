import Foundation
import Knowledge

/// The weights file of an averaged perceptron trained here: its format, threshold and weights.
///
/// Shared by the learned trigger tagger and the participant model. A score is the sum of the
/// weights of a row's features; a file that does not parse, has another format, no weights or a
/// threshold that is not finite throws a `KnowledgeError` naming it.
struct PerceptronWeights: Sendable {
    let weights: [String: Double]
    /// Scores above it say yes (tuned on ECB+ dev).
    let threshold: Double

    private struct File: Decodable {
        var format: String
        var threshold: Double
        var weights: [String: Double]
    }

    /// The weights in `data`, read from `path`, which must be a `format` file.
    init(data: Data, path: String, format: String) throws(KnowledgeError) {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw KnowledgeError.malformedFile(path: path, reason: "\(error)")
        }
        guard file.format == format, !file.weights.isEmpty, file.threshold.isFinite else {
            throw KnowledgeError.malformedFile(path: path, reason: "not a \(format) model with weights and a finite threshold")
        }
        weights = file.weights
        threshold = file.threshold
    }

    /// The sum of the features' weights (features without a weight count 0).
    func score(_ features: [String]) -> Double {
        var total = 0.0
        for feature in features { total += weights[feature] ?? 0 }
        return total
    }
}
