import Foundation

/// The BERT shape and sequence limit of a sentence-transformers model folder.
///
/// Read from `config.json` (Hugging Face) and `sentence_bert_config.json`, whose
/// `max_seq_length` (256 for all-MiniLM-L6-v2) caps word pieces including [CLS] and [SEP];
/// sentence-transformers truncates there, not at the 512 positions the weights allow.
public struct ModelConfiguration: Sendable, Equatable {
    public var hiddenSize: Int
    public var layers: Int
    public var heads: Int
    public var intermediateSize: Int
    public var vocabularySize: Int
    public var maxPositions: Int
    public var layerNormEpsilon: Float
    public var maxSequenceLength: Int
    public var lowercase: Bool

    public init(
        hiddenSize: Int, layers: Int, heads: Int, intermediateSize: Int, vocabularySize: Int,
        maxPositions: Int, layerNormEpsilon: Float, maxSequenceLength: Int, lowercase: Bool
    ) {
        self.hiddenSize = hiddenSize
        self.layers = layers
        self.heads = heads
        self.intermediateSize = intermediateSize
        self.vocabularySize = vocabularySize
        self.maxPositions = maxPositions
        self.layerNormEpsilon = layerNormEpsilon
        self.maxSequenceLength = maxSequenceLength
        self.lowercase = lowercase
    }

    private struct HFConfig: Decodable {
        var hidden_size: Int
        var num_hidden_layers: Int
        var num_attention_heads: Int
        var intermediate_size: Int
        var vocab_size: Int
        var max_position_embeddings: Int
        var layer_norm_eps: Double?
        var hidden_act: String?
    }

    private struct SentenceConfig: Decodable {
        var max_seq_length: Int?
    }

    private struct TokenizerConfig: Decodable {
        var do_lower_case: Bool?
    }

    /// Reads the configuration files of the model folder `directory`.
    public static func load(from directory: URL) throws -> ModelConfiguration {
        let hf: HFConfig = try decode(directory.appendingPathComponent("config.json"))
        guard (hf.hidden_act ?? "gelu") == "gelu", hf.num_attention_heads > 0, hf.hidden_size % hf.num_attention_heads == 0 else {
            throw EncoderError.malformedFile(
                path: directory.appendingPathComponent("config.json").path,
                reason: "only BERT with exact GELU and whole heads is supported")
        }
        let sentenceURL = directory.appendingPathComponent("sentence_bert_config.json")
        let sentence: SentenceConfig? = FileManager.default.fileExists(atPath: sentenceURL.path) ? try decode(sentenceURL) : nil
        let tokenizerURL = directory.appendingPathComponent("tokenizer_config.json")
        let tokenizer: TokenizerConfig? = FileManager.default.fileExists(atPath: tokenizerURL.path) ? try decode(tokenizerURL) : nil
        return ModelConfiguration(
            hiddenSize: hf.hidden_size, layers: hf.num_hidden_layers, heads: hf.num_attention_heads,
            intermediateSize: hf.intermediate_size, vocabularySize: hf.vocab_size,
            maxPositions: hf.max_position_embeddings, layerNormEpsilon: Float(hf.layer_norm_eps ?? 1e-12),
            maxSequenceLength: min(sentence?.max_seq_length ?? hf.max_position_embeddings, hf.max_position_embeddings),
            lowercase: tokenizer?.do_lower_case ?? true)
    }

    private static func decode<T: Decodable>(_ url: URL) throws -> T {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw EncoderError.unreadableFile(path: url.path, reason: error.localizedDescription)
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch {
            throw EncoderError.malformedFile(path: url.path, reason: "\(error)")
        }
    }
}
