import CrosscheckSchema
import EncoderKit
import Foundation
import Testing

/// What needs no model: the safetensors reader on files made here, model lookup, degradation.
@Suite("Encoder files and fallbacks")
struct EncoderFileTests {
    /// A safetensors file with the given header JSON and data bytes.
    func file(header: String, data: [UInt8]) throws -> String {
        var bytes = [UInt8]()
        var headerBytes = Array(header.utf8)
        while (8 + headerBytes.count) % 8 != 0 { headerBytes.append(0x20) }
        withUnsafeBytes(of: UInt64(headerBytes.count).littleEndian) { bytes.append(contentsOf: $0) }
        bytes += headerBytes + data
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("enc-\(UUID().uuidString).safetensors")
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test("a float32 tensor is read in place with its shape")
    func readsTensor() throws {
        let values: [Float] = [1.5, -2, 0.25, 8, 3, 4]
        let data = values.flatMap { v in withUnsafeBytes(of: v.bitPattern.littleEndian) { Array($0) } }
        let path = try file(header: #"{"w":{"dtype":"F32","shape":[2,3],"data_offsets":[0,24]},"__metadata__":{"format":"pt"}}"#, data: data)
        let tensors = try SafeTensorsFile(path: path)
        let pointer = try tensors.floats("w", shape: [2, 3])
        #expect(Array(UnsafeBufferPointer(start: pointer, count: 6)) == values)
        #expect(throws: EncoderError.badTensor(name: "w", reason: "shape [2, 3], expected [3, 2]")) {
            try tensors.floats("w", shape: [3, 2])
        }
        #expect(throws: EncoderError.self) { try tensors.floats("absent", shape: [1]) }
    }

    @Test("a file whose header points past its end is refused, naming the file")
    func refusesBadHeader() throws {
        let path = try file(header: #"{"w":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}}"#, data: [0, 0, 0, 0])
        #expect(throws: EncoderError.malformedFile(path: path, reason: "tensor w has a bad header entry")) {
            try SafeTensorsFile(path: path)
        }
        #expect(throws: EncoderError.self) { try SafeTensorsFile(path: path + ".missing") }
    }

    @Test("the model is looked for in --model, then $CROSSCHECK_MODEL_DIR, then the cache")
    func locatorOrder() throws {
        let env = ["CROSSCHECK_MODEL_DIR": "/m", "CROSSCHECK_CACHE": "/c", "HOME": "/h"]
        #expect(ModelLocator.candidates(explicit: "/x", environment: env) == ["/x"])
        #expect(ModelLocator.candidates(explicit: nil, environment: env) == ["/m", "/c/models/all-MiniLM-L6-v2"])
        #expect(ModelLocator.candidates(explicit: nil, environment: ["HOME": "/h"]) == ["/h/.cache/crosscheck/models/all-MiniLM-L6-v2"])
        let empty = try FileManager.default.url(
            for: .itemReplacementDirectory, in: .userDomainMask,
            appropriateFor: FileManager.default.temporaryDirectory, create: true)
        #expect(throws: EncoderError.modelNotFound(searched: [empty.path])) {
            try ModelLocator.locate(explicit: empty.path)
        }
    }

    @Test("without a model every request is answered, with no vectors and a note")
    func noModel() {
        let answer = DocumentEncoder(encoder: nil).encode(EncodeRequest(document: "d7", sentences: ["One.", "Two."]))
        #expect(answer.document == "d7")
        #expect(answer.vectors.isEmpty)
        #expect(answer.unavailable == DocumentEncoder.unavailableNote)
    }

    @Test("int8 quantisation: the largest component maps to ±127 and the cosine is exact on integers")
    func quantisation() throws {
        let q = QuantizedVector([0.5, -1, 0.25, 0])
        #expect(q.components == [64, -127, 32, 0])
        let norm: Double = (4096.0 + 16129.0 + 1024.0).squareRoot()
        #expect(abs(Double(q.scale) - 1 / norm) < 1e-9)
        #expect(try #require(q.cosine(q)) > 0.999_999)
        let other = QuantizedVector([-0.5, 1, -0.25, 0])
        #expect(q.roundedCosine(other) == -1)
        #expect(QuantizedVector([0, 0]).cosine(q) == nil)
        #expect(QuantizedVector(scale: 1, values: "not base64!").cosine(q) == nil)
    }
}
