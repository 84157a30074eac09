/// Pointers to the tensors of a BERT encoder inside a mapped safetensors file.
///
/// Linear weights are stored as PyTorch does, `[out, in]`, so every product is `x · Wᵀ`.
/// The pointers stay valid while `file` lives; this struct keeps it alive.
struct BertWeights: @unchecked Sendable {
    /// One transformer layer's parameters.
    struct Layer {
        var query: UnsafePointer<Float>
        var queryBias: UnsafePointer<Float>
        var key: UnsafePointer<Float>
        var keyBias: UnsafePointer<Float>
        var value: UnsafePointer<Float>
        var valueBias: UnsafePointer<Float>
        var attentionOutput: UnsafePointer<Float>
        var attentionOutputBias: UnsafePointer<Float>
        var attentionNormWeight: UnsafePointer<Float>
        var attentionNormBias: UnsafePointer<Float>
        var intermediate: UnsafePointer<Float>
        var intermediateBias: UnsafePointer<Float>
        var output: UnsafePointer<Float>
        var outputBias: UnsafePointer<Float>
        var outputNormWeight: UnsafePointer<Float>
        var outputNormBias: UnsafePointer<Float>
    }

    let file: SafeTensorsFile
    let wordEmbeddings: UnsafePointer<Float>
    let positionEmbeddings: UnsafePointer<Float>
    let tokenTypeEmbeddings: UnsafePointer<Float>
    let embeddingNormWeight: UnsafePointer<Float>
    let embeddingNormBias: UnsafePointer<Float>
    let layers: [Layer]

    init(file: SafeTensorsFile, configuration c: ModelConfiguration) throws {
        self.file = file
        let h = c.hiddenSize
        let prefix = file.entries["bert.embeddings.word_embeddings.weight"] != nil ? "bert." : ""
        func tensor(_ name: String, _ shape: [Int]) throws -> UnsafePointer<Float> {
            try file.floats(prefix + name, shape: shape)
        }
        wordEmbeddings = try tensor("embeddings.word_embeddings.weight", [c.vocabularySize, h])
        positionEmbeddings = try tensor("embeddings.position_embeddings.weight", [c.maxPositions, h])
        tokenTypeEmbeddings = try tensor("embeddings.token_type_embeddings.weight", [2, h])
        embeddingNormWeight = try tensor("embeddings.LayerNorm.weight", [h])
        embeddingNormBias = try tensor("embeddings.LayerNorm.bias", [h])
        layers = try (0..<c.layers).map { n in
            let p = "encoder.layer.\(n)."
            return Layer(
                query: try tensor(p + "attention.self.query.weight", [h, h]),
                queryBias: try tensor(p + "attention.self.query.bias", [h]),
                key: try tensor(p + "attention.self.key.weight", [h, h]),
                keyBias: try tensor(p + "attention.self.key.bias", [h]),
                value: try tensor(p + "attention.self.value.weight", [h, h]),
                valueBias: try tensor(p + "attention.self.value.bias", [h]),
                attentionOutput: try tensor(p + "attention.output.dense.weight", [h, h]),
                attentionOutputBias: try tensor(p + "attention.output.dense.bias", [h]),
                attentionNormWeight: try tensor(p + "attention.output.LayerNorm.weight", [h]),
                attentionNormBias: try tensor(p + "attention.output.LayerNorm.bias", [h]),
                intermediate: try tensor(p + "intermediate.dense.weight", [c.intermediateSize, h]),
                intermediateBias: try tensor(p + "intermediate.dense.bias", [c.intermediateSize]),
                output: try tensor(p + "output.dense.weight", [h, c.intermediateSize]),
                outputBias: try tensor(p + "output.dense.bias", [h]),
                outputNormWeight: try tensor(p + "output.LayerNorm.weight", [h]),
                outputNormBias: try tensor(p + "output.LayerNorm.bias", [h]))
        }
    }
}
