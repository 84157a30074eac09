import EncoderKit
import Foundation
import Testing

/// The reference sentences, word-piece ids and vectors that `scripts/encoder-reference`
/// computed once with sentence-transformers, and the installed model, when there is one.
struct ReferenceVectors: Decodable {
    struct Entry: Decodable {
        var text: String
        var ids: [Int32]
        var vector: [Float]
    }

    var model: String
    var maxSeqLength: Int
    var sentences: [Entry]

    static func load() throws -> ReferenceVectors {
        let url = try #require(Bundle.module.url(forResource: "reference-vectors", withExtension: "json", subdirectory: "Fixtures"))
        return try JSONDecoder().decode(ReferenceVectors.self, from: Data(contentsOf: url))
    }

    /// The model folder scripts/setup installs, or nil when it is absent.
    static let modelDirectory: URL? = try? ModelLocator.locate()

    /// Loaded once for all tests of the process.
    static let encoder: SentenceEncoder? = modelDirectory.flatMap { try? SentenceEncoder(directory: $0) }

    static let skipMessage: Comment = "model files absent (run scripts/setup): the encoder's correctness tests need all-MiniLM-L6-v2"

    static func cosine(_ a: [Float], _ b: [Float]) -> Double {
        var dot = 0.0, na = 0.0, nb = 0.0
        for (x, y) in zip(a, b) {
            dot += Double(x) * Double(y)
            na += Double(x) * Double(x)
            nb += Double(y) * Double(y)
        }
        return dot / (na.squareRoot() * nb.squareRoot())
    }
}
