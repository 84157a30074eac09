import CrosscheckSchema
import EncoderKit
import Foundation
import Testing

/// The matcher's view of a bundle's vectors.
@Suite("Sentence similarity lookups")
struct SentenceSimilarityTests {
    @Test("cosines are looked up by document and sentence, rounded, and nil where vectors are missing")
    func lookups() {
        let a = SentenceVectors(
            document: "a", model: "m", dimension: 3,
            vectors: [QuantizedVector([1, 0, 0]), QuantizedVector([0.6, 0.8, 0])])
        let b = SentenceVectors(document: "b", model: "m", dimension: 3, vectors: [QuantizedVector([0.8, 0.6, 0])])
        let gone = SentenceVectors(document: "c", model: "m", dimension: 0, vectors: [], unavailable: "no model")
        let similarity = SentenceSimilarity([a, b, gone])
        #expect(similarity.cosine("a", 0, "b", 0) == 0.8)
        #expect(similarity.cosine("a", 1, "b", 0) == 0.96)
        #expect(similarity.cosine("a", 1, "a", 1) == 1)
        #expect(similarity.cosine("a", 2, "b", 0) == nil)
        #expect(similarity.cosine("a", 0, "c", 0) == nil)
        #expect(similarity.has("a") && !similarity.has("c"))
        #expect(SentenceSimilarity(nil).isEmpty)
        #expect(a.vectors[1].roundedCosine(b.vectors[0]) == 0.96)
        let first = Claim(id: "c1", doc: "a", sentence: 1, start: 0, end: 4, text: "x", predicate: "say")
        let second = Claim(id: "c2", doc: "b", sentence: 0, start: 0, end: 4, text: "y", predicate: "say")
        #expect(similarity.cosine(first, second) == 0.96)
    }
}
