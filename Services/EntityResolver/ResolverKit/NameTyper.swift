import CrosscheckSchema
import Foundation
import Knowledge
import TextCore

/// Types a capitalised name the knowledge base does not hold, from its words, their shapes and
/// the words around it: an averaged perceptron trained by `scripts/kb/name_typer.py` on the
/// ECB+ and MEANTIME train mentions (`Data/models/name-typer.json`).
///
/// Features must match the script's `features()`. Products ("BlackBerry Q10") are reported as
/// `other`: the report contract has no product type.
public struct NameTyper: Sendable {
    let labels: [String]
    /// How far the model must beat the cues' guess to replace it.
    static let overrideMargin = 2.0
    let weights: [String: [Double]]

    private struct File: Decodable {
        var format: String
        var labels: [String]
        var weights: [String: [Double]]
    }

    /// The model in `data`, read from `path` (named in the error when it does not parse).
    public init(data: Data, path: String = "name-typer.json") throws(KnowledgeError) {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw KnowledgeError.malformedFile(path: path, reason: "\(error)")
        }
        guard file.format == "crosscheck-name-typer/1", file.weights.values.allSatisfy({ $0.count == file.labels.count }) else {
            throw KnowledgeError.malformedFile(path: path, reason: "unknown format \(file.format) or rows of the wrong length")
        }
        labels = file.labels
        weights = file.weights
    }

    /// The shipped model (`Data/models/name-typer.json`), read once per process; a missing or
    /// malformed file throws a `KnowledgeError` naming it.
    public static func bundled() throws(KnowledgeError) -> NameTyper {
        try loaded.get()
    }

    private static let loaded = Result { () throws(KnowledgeError) -> NameTyper in
        try NameTyper(data: BundledModels.data(named: "name-typer"), path: BundledModels.path(named: "name-typer"))
    }

    /// The score of each label for `words` (texts and keys) between the keys of the words around them.
    func scores(words: [(text: String, key: String)], previous: String?, following: String?) -> [Double] {
        guard let last = words.last, let first = words.first else { return [] }
        var features: Set<String> = [
            "bias", "len=\(min(words.count, 4))", "last=\(last.key)",
            "suffix=\(String(last.key.suffix(3)))", "suffix2=\(String(last.key.suffix(2)))",
            "shapes=\(words.map { Self.shape($0.text) }.joined(separator: " "))",
            "lastshape=\(Self.shape(last.text))", "firstshape=\(Self.shape(first.text))",
            "prev=\(previous ?? "<s>")", "next=\(following ?? "</s>")",
        ]
        for word in words { features.insert("word=\(word.key)") }
        var scores = [Double](repeating: 0, count: labels.count)
        for feature in features {
            guard let row = weights[feature] else { continue }
            for index in row.indices { scores[index] += row[index] }
        }
        return scores
    }

    /// The type of the name of tokens `first...last` in `t`: `fallback` unless another label beats
    /// it by at least `margin` (the cues' guess stands where the model is unsure).
    func type(_ t: [Token], first: Int, last: Int, fallback: EntityType, margin: Double) -> EntityType {
        let words = t[first...last].map { (text: $0.text, key: $0.key) }
        let scores = scores(
            words: words, previous: first > 0 ? t[first - 1].key : nil,
            following: last + 1 < t.count ? t[last + 1].key : nil)
        guard let best = scores.indices.max(by: { (scores[$0], -$0) < (scores[$1], -$1) }) else { return fallback }
        let type = Self.entityType(labels[best])
        guard type != fallback else { return fallback }
        let fallbackScore = labels.indices.filter { Self.entityType(labels[$0]) == fallback }.map { scores[$0] }.max() ?? -.infinity
        return scores[best] - fallbackScore >= margin ? type : fallback
    }

    static func entityType(_ label: String) -> EntityType {
        switch label {
        case "person": return .person
        case "organization": return .organization
        case "place": return .place
        default: return .other
        }
    }

    /// The script's `shape()`: X, X1, Xx, XxX, x, iX, d, Xd, xd, dx.
    static func shape(_ word: String) -> String {
        let scalars = Array(word.unicodeScalars)
        let letters = scalars.filter { $0.properties.isAlphabetic }
        let hasDigits = scalars.contains { ("0"..."9").contains($0) }
        guard let firstLetter = letters.first, let firstScalar = scalars.first else { return "d" }
        if hasDigits {
            if firstLetter.properties.isUppercase { return "Xd" }
            return ("0"..."9").contains(firstScalar) ? "dx" : "xd"
        }
        if letters.allSatisfy({ $0.properties.isUppercase }) { return letters.count > 1 ? "X" : "X1" }
        let innerCapital = letters.dropFirst().contains { $0.properties.isUppercase }
        if firstLetter.properties.isUppercase { return innerCapital ? "XxX" : "Xx" }
        return innerCapital ? "iX" : "x"
    }
}
