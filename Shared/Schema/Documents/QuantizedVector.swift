import Foundation

/// A vector on the wire: int8 components (base64 of the raw bytes, two's complement) and
/// the scale that turns them back into floats (`value = Int8 × scale`, a unit vector).
///
/// The cosine is computed on the integers, exactly, so it is the same on every machine for
/// the same bytes; the scale cancels out of it.
public struct QuantizedVector: Codable, Sendable, Equatable {
    public var scale: Float
    public var values: String

    public init(scale: Float, values: String) {
        self.scale = scale
        self.values = values
    }

    /// Quantises `vector` symmetrically (the largest magnitude becomes ±127); the scale is
    /// then `1 / ‖q‖`, computed from the integers alone, so equal components always carry an
    /// equal scale and the dequantised vector has unit length.
    public init(_ vector: [Float]) {
        let largest = vector.reduce(Float(0)) { max($0, abs($1)) }
        let step = largest > 0 ? largest / 127 : 1
        let components = vector.map { Int8(max(-127, min(127, ($0 / step).rounded()))) }
        let squares = components.reduce(0) { $0 + Int($1) * Int($1) }
        let scale = squares > 0 ? Float(1 / Double(squares).squareRoot()) : 0
        self.init(scale: scale, values: Data(components.map { UInt8(bitPattern: $0) }).base64EncodedString())
    }

    /// The int8 components, or nil if `values` is not valid base64.
    public var components: [Int8]? {
        Data(base64Encoded: values).map { $0.map { Int8(bitPattern: $0) } }
    }

    /// The components as floats.
    public var floats: [Float] { (components ?? []).map { Float($0) * scale } }

    /// Cosine of the angle to `other`, exact on the integer components; nil when the
    /// dimensions differ or either vector is zero.
    public func cosine(_ other: QuantizedVector) -> Double? {
        guard let a = components, let b = other.components, a.count == b.count else { return nil }
        var dot = 0, normA = 0, normB = 0
        for (x, y) in zip(a, b) {
            dot += Int(x) * Int(y)
            normA += Int(x) * Int(x)
            normB += Int(y) * Int(y)
        }
        guard normA > 0, normB > 0 else { return nil }
        return Double(dot) / (Double(normA).squareRoot() * Double(normB).squareRoot())
    }

    /// `cosine` rounded to two decimals, the resolution decisions should use: int8
    /// quantisation moves a cosine by well under 0.005, so thresholds compared against
    /// this value (with a margin of 0.01) do not flip between float kernels.
    public func roundedCosine(_ other: QuantizedVector) -> Double? {
        cosine(other).map(SentenceSimilarity.round)
    }
}
