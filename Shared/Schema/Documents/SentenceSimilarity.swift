/// Rounded cosines between body sentences of a bundle's documents, for the claim matcher.
///
/// Build it once per bundle from `LinkedBundle.sentenceVectors` (nil or empty when the job ran
/// without vectors: every lookup is then nil, and callers fall back to their other features).
/// Sentences are addressed as the parser numbers them (`ParsedDocument.sentences` index).
/// The cosine is computed exactly on the int8 components and rounded to `resolution`, so a
/// decision `cosine >= threshold` is the same on every machine for the same vectors; keep
/// thresholds at least one `resolution` away from values a decision must not flip on.
public struct SentenceSimilarity: Sendable {
    /// Cosines are rounded to this step (0.01).
    public static let resolution = 0.01

    private var components: [String: [[Int8]]] = [:]
    private var norms: [String: [Double]] = [:]

    public init(_ vectors: [SentenceVectors]?) {
        for document in vectors ?? [] where document.unavailable == nil {
            let decoded = document.vectors.map { $0.components ?? [] }
            components[document.document] = decoded
            norms[document.document] = decoded.map { v in Double(v.reduce(0) { $0 + Int($1) * Int($1) }).squareRoot() }
        }
    }

    /// Whether no document has vectors.
    public var isEmpty: Bool { components.isEmpty }

    /// Whether document `id` has vectors.
    public func has(_ id: String) -> Bool { components[id] != nil }

    /// The rounded cosine between sentence `i` of document `a` and sentence `j` of document `b`,
    /// or nil when either has no vector.
    public func cosine(_ a: String, _ i: Int, _ b: String, _ j: Int) -> Double? {
        guard let left = components[a], let right = components[b], left.indices.contains(i), right.indices.contains(j),
            let leftNorm = norms[a]?[i], let rightNorm = norms[b]?[j], leftNorm > 0, rightNorm > 0,
            left[i].count == right[j].count
        else { return nil }
        var dot = 0
        left[i].withUnsafeBufferPointer { x in
            right[j].withUnsafeBufferPointer { y in
                for k in 0..<x.count { dot += Int(x[k]) * Int(y[k]) }
            }
        }
        return Self.round(Double(dot) / (leftNorm * rightNorm))
    }

    /// The rounded cosine between the sentences two claims come from (`Claim.doc`, `Claim.sentence`).
    public func cosine(_ a: Claim, _ b: Claim) -> Double? {
        cosine(a.doc, a.sentence, b.doc, b.sentence)
    }

    /// `value` rounded to `resolution` (divided, not multiplied, back: 0.96 stays the double nearest 0.96).
    public static func round(_ value: Double) -> Double {
        (value * stepsPerUnit).rounded() / stepsPerUnit
    }

    private static let stepsPerUnit = 100.0
}
