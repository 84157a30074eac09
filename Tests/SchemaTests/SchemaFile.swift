import Foundation

/// The published JSON Schema of the message envelope, `schema/messages.schema.json`.
enum SchemaFile {
    /// The repository root, found from this file's place in `Tests/SchemaTests/`.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    static let url = repositoryRoot.appendingPathComponent("schema/messages.schema.json")

    static func data() throws -> Data { try Data(contentsOf: url) }
}
