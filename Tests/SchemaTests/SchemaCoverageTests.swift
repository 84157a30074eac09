import CrosscheckSchema
import CrosscheckTestKit
import Foundation
import Testing

@Suite("The published schema names every message type")
struct SchemaCoverageTests {
    func schema() throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: SchemaFile.data()) as? [String: Any])
    }

    /// The envelope variants of the schema's top-level `oneOf`, resolved through `$defs`.
    func variants() throws -> [[String: Any]] {
        let schema = try schema()
        let defs = try #require(schema["$defs"] as? [String: Any])
        let oneOf = try #require(schema["oneOf"] as? [[String: Any]])
        return try oneOf.map { entry in
            let ref = try #require(entry["$ref"] as? String)
            let name = try #require(ref.split(separator: "/").last.map(String.init))
            return try #require(defs[name] as? [String: Any], "unresolved \(ref)")
        }
    }

    @Test("the schema is a draft 2020-12 schema")
    func draft() throws {
        #expect(try schema()["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    }

    @Test("one envelope variant per message type, no more, no less")
    func oneVariantPerType() throws {
        let constants = try variants().map { variant -> String? in
            let properties = variant["properties"] as? [String: Any]
            let type = properties?["type"] as? [String: Any]
            return type?["const"] as? String
        }
        #expect(constants.count == MessageType.allCases.count)
        #expect(Set(constants.compactMap { $0 }) == Set(MessageType.allCases.map(\.rawValue)))
    }

    @Test("the envelope's type enum lists every message type")
    func typeEnum() throws {
        let properties = try #require(schema()["properties"] as? [String: Any])
        let type = try #require(properties["type"] as? [String: Any])
        let names = try #require(type["enum"] as? [String])
        #expect(names == MessageType.allCases.map(\.rawValue))
    }

    @Test("every variant declares exactly the envelope's fields and refuses others")
    func variantsDeclareTheEnvelope() throws {
        let sample = try JSONEdit.object(MessageCodec().encode(SampleMessages.sample(for: .parsedDocument)))
        for variant in try variants() {
            let properties = try #require(variant["properties"] as? [String: Any])
            #expect(Set(properties.keys) == Set(sample.keys))
            #expect(variant["additionalProperties"] as? Bool == false)
            let required = Set(variant["required"] as? [String] ?? [])
            #expect(required == ["schema", "type", "id", "attempt", "sender", "payload"])
        }
    }
}
