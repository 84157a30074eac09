import Foundation

/// all-MiniLM-L6-v2 (or any BERT sentence-transformers model of the same layout) in pure
/// Swift on OpenBLAS: text in, one L2-normalised vector out per text.
///
/// Load once per process (`load(from:)` maps the weights; nothing is copied). `encode`
/// tokenises, sorts the texts by length and runs batches of at most `maxBatchTokens` tokens,
/// then returns the vectors in input order. A text's vector depends only on that text.
public final class SentenceEncoder: Sendable {
    public let configuration: ModelConfiguration
    public let tokenizer: WordPieceVocabulary
    public let directory: URL
    private let forward: BertForward
    /// Largest number of tokens run through the network at once.
    public let maxBatchTokens: Int

    public init(directory: URL, maxBatchTokens: Int = 2048) throws {
        let configuration = try ModelConfiguration.load(from: directory)
        let file = try SafeTensorsFile(path: directory.appendingPathComponent("model.safetensors").path)
        self.configuration = configuration
        self.directory = directory
        self.tokenizer = try WordPieceVocabulary(
            vocabularyFile: directory.appendingPathComponent("vocab.txt"),
            maxSequenceLength: configuration.maxSequenceLength,
            lowercase: configuration.lowercase)
        self.forward = BertForward(
            weights: try BertWeights(file: file, configuration: configuration),
            configuration: configuration)
        self.maxBatchTokens = max(configuration.maxSequenceLength, maxBatchTokens)
    }

    /// The vector dimension.
    public var dimension: Int { configuration.hiddenSize }

    /// One unit vector per text, in the order given.
    public func encode(_ texts: [String]) -> [[Float]] {
        let sequences = texts.map(tokenizer.ids)
        let order = sequences.indices.sorted { (sequences[$0].count, $0) < (sequences[$1].count, $1) }
        var vectors = [[Float]](repeating: [], count: texts.count)
        var batch: [Int] = []
        var batchTokens = 0
        func flush() {
            guard !batch.isEmpty else { return }
            let results = forward.run(batch.map { sequences[$0] })
            for (index, vector) in zip(batch, results) { vectors[index] = vector }
            batch.removeAll(keepingCapacity: true)
            batchTokens = 0
        }
        for index in order {
            if batchTokens + sequences[index].count > maxBatchTokens { flush() }
            batch.append(index)
            batchTokens += sequences[index].count
        }
        flush()
        return vectors
    }
}
