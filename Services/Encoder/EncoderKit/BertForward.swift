import COpenBLAS
import Foundation

/// One forward pass of the BERT encoder over a batch of token sequences, then mean pooling
/// and L2 normalisation: one unit vector per sequence.
///
/// The batch's tokens are laid end to end (no padding), so every dense layer is one
/// `cblas_sgemm` over all tokens; attention runs per sequence and head on strided views.
/// Scratch buffers are allocated once per batch and freed at the end; hot loops use raw
/// pointers only.
struct BertForward {
    let weights: BertWeights
    let configuration: ModelConfiguration

    /// The pooled, normalised vector of each sequence in `batch` (each starts with [CLS]).
    func run(_ batch: [[Int32]]) -> [[Float]] {
        let h = configuration.hiddenSize
        let inner = configuration.intermediateSize
        let offsets = batch.reduce(into: [0]) { $0.append($0[$0.count - 1] + $1.count) }
        let tokens = offsets[offsets.count - 1]
        let longest = batch.map(\.count).max() ?? 0
        guard tokens > 0 else { return batch.map { _ in [Float](repeating: 0, count: h) } }
        let scratch = Scratch(tokens: tokens, hidden: h, inner: inner, longest: longest)
        defer { scratch.free() }
        embed(batch, into: scratch.x)
        for layer in weights.layers {
            transformerLayer(layer, scratch: scratch, offsets: offsets)
        }
        return pool(scratch.x, offsets: offsets)
    }

    /// Buffers for one batch: `x` holds the hidden states between layers.
    final class Scratch {
        var x: UnsafeMutablePointer<Float>
        var mid: UnsafeMutablePointer<Float>
        let q, k, v, context, inner, scores: UnsafeMutablePointer<Float>

        init(tokens: Int, hidden: Int, inner innerSize: Int, longest: Int) {
            func buffer(_ count: Int) -> UnsafeMutablePointer<Float> {
                let p = UnsafeMutablePointer<Float>.allocate(capacity: max(1, count))
                p.initialize(repeating: 0, count: max(1, count))
                return p
            }
            x = buffer(tokens * hidden)
            mid = buffer(tokens * hidden)
            q = buffer(tokens * hidden)
            k = buffer(tokens * hidden)
            v = buffer(tokens * hidden)
            context = buffer(tokens * hidden)
            inner = buffer(tokens * innerSize)
            scores = buffer(longest * longest)
        }

        func free() {
            for p in [x, mid, q, k, v, context, inner, scores] { p.deallocate() }
        }
    }

    private func embed(_ batch: [[Int32]], into x: UnsafeMutablePointer<Float>) {
        let h = configuration.hiddenSize
        var row = x
        for sequence in batch {
            for (position, id) in sequence.enumerated() {
                let word = weights.wordEmbeddings + Int(id) * h
                let place = weights.positionEmbeddings + position * h
                let type = weights.tokenTypeEmbeddings
                for i in 0..<h { row[i] = word[i] + place[i] + type[i] }
                layerNorm(row, weight: weights.embeddingNormWeight, bias: weights.embeddingNormBias)
                row += h
            }
        }
    }

    private func transformerLayer(_ layer: BertWeights.Layer, scratch s: Scratch, offsets: [Int]) {
        let h = configuration.hiddenSize
        let inner = configuration.intermediateSize
        let tokens = offsets[offsets.count - 1]
        linear(s.x, tokens, h, layer.query, layer.queryBias, h, into: s.q)
        linear(s.x, tokens, h, layer.key, layer.keyBias, h, into: s.k)
        linear(s.x, tokens, h, layer.value, layer.valueBias, h, into: s.v)
        for n in 0..<(offsets.count - 1) {
            attention(start: offsets[n], length: offsets[n + 1] - offsets[n], scratch: s)
        }
        linear(s.context, tokens, h, layer.attentionOutput, layer.attentionOutputBias, h, into: s.mid, residual: s.x)
        for t in 0..<tokens {
            layerNorm(s.mid + t * h, weight: layer.attentionNormWeight, bias: layer.attentionNormBias)
        }
        linear(s.mid, tokens, h, layer.intermediate, layer.intermediateBias, inner, into: s.inner)
        gelu(s.inner, count: tokens * inner)
        linear(s.inner, tokens, inner, layer.output, layer.outputBias, h, into: s.x, residual: s.mid)
        for t in 0..<tokens {
            layerNorm(s.x + t * h, weight: layer.outputNormWeight, bias: layer.outputNormBias)
        }
    }

    /// `out = input · Wᵀ + bias (+ residual)`, with `input` [rows × inputs] and W [outputs × inputs].
    private func linear(
        _ input: UnsafePointer<Float>, _ rows: Int, _ inputs: Int, _ weight: UnsafePointer<Float>,
        _ bias: UnsafePointer<Float>, _ outputs: Int, into out: UnsafeMutablePointer<Float>,
        residual: UnsafePointer<Float>? = nil
    ) {
        for r in 0..<rows {
            let row = out + r * outputs
            if let residual {
                let from = residual + r * outputs
                for i in 0..<outputs { row[i] = bias[i] + from[i] }
            } else {
                row.update(from: bias, count: outputs)
            }
        }
        cblas_sgemm(
            CblasRowMajor, CblasNoTrans, CblasTrans, Int32(rows), Int32(outputs), Int32(inputs),
            1, input, Int32(inputs), weight, Int32(inputs), 1, out, Int32(outputs))
    }

    /// Multi-head self-attention of one sequence, written into `context`.
    private func attention(start: Int, length: Int, scratch s: Scratch) {
        let h = configuration.hiddenSize
        let heads = configuration.heads
        let width = h / heads
        let scale = 1 / Float(width).squareRoot()
        let n = Int32(length)
        for head in 0..<heads {
            let offset = start * h + head * width
            cblas_sgemm(
                CblasRowMajor, CblasNoTrans, CblasTrans, n, n, Int32(width), scale,
                s.q + offset, Int32(h), s.k + offset, Int32(h), 0, s.scores, n)
            for r in 0..<length { softmax(s.scores + r * length, count: length) }
            cblas_sgemm(
                CblasRowMajor, CblasNoTrans, CblasNoTrans, n, Int32(width), n, 1,
                s.scores, n, s.v + offset, Int32(h), 0, s.context + offset, Int32(h))
        }
    }

    private func softmax(_ row: UnsafeMutablePointer<Float>, count: Int) {
        var highest = -Float.infinity
        for i in 0..<count where row[i] > highest { highest = row[i] }
        var sum: Float = 0
        for i in 0..<count {
            let e = expf(row[i] - highest)
            row[i] = e
            sum += e
        }
        let inverse = 1 / sum
        for i in 0..<count { row[i] *= inverse }
    }

    /// Exact GELU, `x·(1 + erf(x/√2))/2`, with `FastMath.erf` (calling `erff` per element
    /// took a sixth of the encoder's time).
    private func gelu(_ values: UnsafeMutablePointer<Float>, count: Int) {
        let invSqrt2: Float = 0.70710678118654752
        for i in 0..<count {
            let x = values[i]
            values[i] = 0.5 * x * (1 + FastMath.erf(x * invSqrt2))
        }
    }

    private func layerNorm(_ row: UnsafeMutablePointer<Float>, weight: UnsafePointer<Float>, bias: UnsafePointer<Float>) {
        let h = configuration.hiddenSize
        var sum: Float = 0
        for i in 0..<h { sum += row[i] }
        let mean = sum / Float(h)
        var squares: Float = 0
        for i in 0..<h {
            let d = row[i] - mean
            squares += d * d
        }
        let inverse = 1 / (squares / Float(h) + configuration.layerNormEpsilon).squareRoot()
        for i in 0..<h { row[i] = (row[i] - mean) * inverse * weight[i] + bias[i] }
    }

    /// Mean of each sequence's token states, scaled to unit length.
    private func pool(_ x: UnsafePointer<Float>, offsets: [Int]) -> [[Float]] {
        let h = configuration.hiddenSize
        return (0..<(offsets.count - 1)).map { n in
            var vector = [Float](repeating: 0, count: h)
            vector.withUnsafeMutableBufferPointer { out in
                for t in offsets[n]..<offsets[n + 1] {
                    let row = x + t * h
                    for i in 0..<h { out[i] += row[i] }
                }
                var norm: Float = 0
                for i in 0..<h { norm += out[i] * out[i] }
                let inverse = norm > 0 ? 1 / norm.squareRoot() : 0
                for i in 0..<h { out[i] *= inverse }
            }
            return vector
        }
    }
}
