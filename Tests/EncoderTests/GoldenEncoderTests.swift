import CrosscheckSchema
import CrosscheckTestKit
import EncoderKit
import Foundation
import Testing

/// The encoder against its replies in the golden recording of the seeds run.
///
/// Not byte for byte, unlike the other stages' replay: a float kernel that differs in the
/// last bit can move an int8 component by one step. Every recorded vector must come back
/// with cosine ≥ 0.999 to the fresh one, and every rounded sentence-to-sentence cosine the
/// matcher could use must stay within one rounding step.
@Suite("Encoder replay of the golden recording", .enabled(if: ReferenceVectors.modelDirectory != nil, ReferenceVectors.skipMessage))
struct GoldenEncoderTests {
    static let golden = RepositoryPaths.root.appendingPathComponent("Tests/Golden/seeds.ndjson")

    /// The recorded encode requests, each with its recorded reply.
    static func exchanges() throws -> [(request: EncodeRequest, reply: SentenceVectors)] {
        let codec = MessageCodec()
        var requests: [String: EncodeRequest] = [:]
        var pairs: [(request: EncodeRequest, reply: SentenceVectors)] = []
        for line in try String(contentsOf: golden, encoding: .utf8).split(separator: "\n") where line.contains("\"document.encode") {
            guard case .success(let envelope) = codec.decode(Data(line.utf8)) else { continue }
            switch envelope.payload {
            case .encodeRequest(let request): requests[envelope.id] = request
            case .encodedDocument(let reply):
                if let id = envelope.replyTo, let request = requests[id], !pairs.contains(where: { $0.reply.document == reply.document }) {
                    pairs.append((request, reply))
                }
            default: continue
            }
        }
        return pairs
    }

    @Test("every recorded vector comes back within int8 noise, and the rounded cosines within one step")
    func replay() throws {
        let encoder = try #require(ReferenceVectors.encoder)
        let exchanges = try Self.exchanges()
        #expect(exchanges.count == 5, "the seeds run records one encode per document")
        var fresh: [SentenceVectors] = []
        for (request, recorded) in exchanges {
            let answer = DocumentEncoder(encoder: encoder).encode(request)
            #expect(answer.vectors.count == recorded.vectors.count && answer.vectors.count == request.sentences.count)
            for (new, old) in zip(answer.vectors, recorded.vectors) {
                #expect(try #require(new.cosine(old)) >= 0.999)
            }
            fresh.append(answer)
        }
        let now = SentenceSimilarity(fresh), then = SentenceSimilarity(exchanges.map(\.reply))
        var worst = 0.0
        for a in fresh.prefix(2) {
            for b in fresh where b.document != a.document {
                for i in a.vectors.indices {
                    for j in b.vectors.indices {
                        let x = try #require(now.cosine(a.document, i, b.document, j))
                        let y = try #require(then.cosine(a.document, i, b.document, j))
                        worst = max(worst, abs(x - y))
                    }
                }
            }
        }
        #expect(worst <= SentenceSimilarity.resolution + 1e-9, "largest change of a rounded cosine: \(worst)")
    }
}
