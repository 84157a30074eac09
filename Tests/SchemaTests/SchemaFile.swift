import CrosscheckSchema
import CrosscheckTestKit
import Foundation

/// The published JSON Schema of the message envelope, `schema/messages.schema.json`.
enum SchemaFile {
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    /// The repository root, found from this file's place in `Tests/SchemaTests/`.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    static let url = repositoryRoot.appendingPathComponent("schema/messages.schema.json")

    static func data() throws -> Data { try Data(contentsOf: url) }

    /// The schema's validators, read once: the whole schema, and each type's variant alone.
    private static let validators: Result<(whole: JSONSchemaValidator, variants: [MessageType: JSONSchemaValidator]), any Error> = Result {
        let whole = try JSONSchemaValidator(schemaData: data())
        var variants: [MessageType: JSONSchemaValidator] = [:]
        for type in MessageType.allCases { variants[type] = try variantValidator(for: type) }
        return (whole, variants)
    }

    /// A validator of the whole schema: an envelope of any type.
    static func validator() throws -> JSONSchemaValidator { try validators.get().whole }

    /// A validator of one type's envelope variant alone.
    ///
    /// The whole schema can only say that a bad frame "matches none of oneOf"; checking against
    /// the variant its type selects names the path of the offending field.
    static func validator(for type: MessageType) throws -> JSONSchemaValidator {
        guard let validator = try validators.get().variants[type] else {
            throw Malformed(description: "no envelope variant for \(type.rawValue)")
        }
        return validator
    }

    /// Builds a schema of `{"$ref": <the type's variant>, "$defs": …}` and its validator.
    private static func variantValidator(for type: MessageType) throws -> JSONSchemaValidator {
        guard let schema = try JSONSerialization.jsonObject(with: data()) as? [String: Any],
            let defs = schema["$defs"] as? [String: Any],
            let oneOf = schema["oneOf"] as? [[String: Any]]
        else { throw Malformed(description: "schema lacks $defs or oneOf") }
        for entry in oneOf {
            guard let ref = entry["$ref"] as? String, let name = ref.split(separator: "/").last.map(String.init),
                let variant = defs[name] as? [String: Any],
                let properties = variant["properties"] as? [String: Any],
                let typeSchema = properties["type"] as? [String: Any],
                typeSchema["const"] as? String == type.rawValue
            else { continue }
            let single: [String: Any] = ["$schema": schema["$schema"] ?? "", "$ref": ref, "$defs": defs]
            return try JSONSchemaValidator(schemaData: JSONSerialization.data(withJSONObject: single))
        }
        throw Malformed(description: "no envelope variant for \(type.rawValue)")
    }
}
