import CrosscheckSchema
import EncoderKit
import Foundation
import Testing

/// The Swift encoder against sentence-transformers' own output for the same model.
@Suite("Encoder matches sentence-transformers", .enabled(if: ReferenceVectors.modelDirectory != nil, ReferenceVectors.skipMessage))
struct EncoderReferenceTests {
    @Test("the reference covers what the issue asks for")
    func referenceCoverage() throws {
        let reference = try ReferenceVectors.load()
        #expect(reference.sentences.count >= 20)
        #expect(reference.sentences.contains { $0.text.contains("Đurić") })
        #expect(reference.sentences.contains { $0.text.contains("“") })
        #expect(reference.sentences.contains { $0.text.isEmpty })
        #expect(reference.sentences.contains { $0.ids.count == reference.maxSeqLength })
    }

    @Test("word pieces equal the Hugging Face tokenizer's, truncation included")
    func tokenizerMatches() throws {
        let reference = try ReferenceVectors.load()
        let encoder = try #require(ReferenceVectors.encoder)
        #expect(encoder.tokenizer.maxSequenceLength == reference.maxSeqLength)
        for entry in reference.sentences {
            #expect(encoder.tokenizer.ids(entry.text) == entry.ids, "\(entry.text.prefix(60))")
        }
    }

    @Test("every vector has cosine ≥ 0.9999 with the reference, encoded in one batch")
    func vectorsMatch() throws {
        let reference = try ReferenceVectors.load()
        let encoder = try #require(ReferenceVectors.encoder)
        let vectors = encoder.encode(reference.sentences.map(\.text))
        #expect(vectors.count == reference.sentences.count)
        for (entry, vector) in zip(reference.sentences, vectors) {
            #expect(vector.count == 384)
            let cosine = ReferenceVectors.cosine(vector, entry.vector)
            #expect(cosine >= 0.9999, "cosine \(cosine) for \(entry.text.prefix(60))")
        }
    }

    @Test("a sentence's vector does not depend on the batch it is in")
    func batchIndependence() throws {
        let reference = try ReferenceVectors.load()
        let encoder = try #require(ReferenceVectors.encoder)
        let texts = reference.sentences.map(\.text)
        let together = encoder.encode(texts).map(QuantizedVector.init)
        let alone = texts.prefix(6).map { encoder.encode([$0])[0] }.map(QuantizedVector.init)
        #expect(together.prefix(6).map(\.values) == alone.map(\.values))
        #expect(together.prefix(6).map(\.scale) == alone.map(\.scale))
    }

    @Test("int8 vectors keep the cosine to within 0.005, and paraphrases score above unrelated sentences")
    func quantisedCosine() throws {
        let encoder = try #require(ReferenceVectors.encoder)
        let texts = [
            "Officials said the talks would resume next week.",
            "Talks are expected to continue in the coming days, officials said.",
            "The weather was sunny and warm across the region.",
        ]
        let floats = encoder.encode(texts)
        let quantised = floats.map(QuantizedVector.init)
        for (i, j) in [(0, 1), (0, 2), (1, 2)] {
            let exact = ReferenceVectors.cosine(floats[i], floats[j])
            let approx = try #require(quantised[i].cosine(quantised[j]))
            #expect(abs(exact - approx) < 0.005, "\(i),\(j): \(exact) vs \(approx)")
        }
        let paraphrase = try #require(quantised[0].roundedCosine(quantised[1]))
        let unrelated = try #require(quantised[0].roundedCosine(quantised[2]))
        #expect(paraphrase > unrelated + 0.2, "paraphrase \(paraphrase), unrelated \(unrelated)")
    }

    @Test("a document encode request gets one vector per body sentence, in order")
    func documentEncoder() throws {
        let encoder = try #require(ReferenceVectors.encoder)
        let request = EncodeRequest(document: "d1", sentences: ["First sentence here.", "", "Third one, about ports."])
        let answer = DocumentEncoder(encoder: encoder).encode(request)
        #expect(answer.unavailable == nil)
        #expect(answer.dimension == 384)
        #expect(answer.vectors.count == 3)
        #expect(answer.vectors.allSatisfy { $0.components?.count == 384 })
        let direct = encoder.encode(["Third one, about ports."]).map(QuantizedVector.init)
        #expect(answer.vectors[2].values == direct[0].values)
    }
}
