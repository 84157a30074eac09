import Foundation

/// The JSON format of every knowledge file, bundled or user-supplied (see README.md).
///
/// All top-level keys are optional. An entry or role whose id already exists extends it
/// (lists are added to, given fields replace) unless it says `"replace": true`.
struct KnowledgeFile: Decodable {
    var format: String?
    var source: String?
    var entries: [EntryPatch]?
    var roles: [RolePatch]?
    var lexicon: Lexicon?
    var remove: Removals?

    struct EntryPatch: Decodable {
        var id: String
        var name: String?
        var type: String?
        var aliases: [String]?
        var adjectives: [String]?
        var demonyms: [String]?
        var capital: String?
        var capitalOf: String?
        var partOf: String?
        var codes: [String]?
        var wikidata: String?
        var source: String?
        var replace: Bool?
    }

    struct RolePatch: Decodable {
        var id: String
        var name: String?
        var forms: [String]?
        var rank: Int?
        var kind: String?
        var replace: Bool?
    }

    /// Ids and lexicon items to take out of what was loaded before this file.
    struct Removals: Decodable {
        var entries: [String]?
        var roles: [String]?
        var lexicon: [String]?
    }

    /// Reads and decodes a file, turning every failure into a ``KnowledgeError`` naming it.
    static func read(at url: URL) throws -> KnowledgeFile {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw KnowledgeError.unreadableFile(path: url.path, reason: error.localizedDescription)
        }
        do {
            return try JSONDecoder().decode(KnowledgeFile.self, from: data)
        } catch let error as DecodingError {
            throw KnowledgeError.malformedFile(path: url.path, reason: Self.explain(error))
        } catch {
            throw KnowledgeError.malformedFile(path: url.path, reason: "\(error)")
        }
    }

    static func explain(_ error: DecodingError) -> String {
        func path(_ codingPath: [CodingKey]) -> String {
            let text = codingPath.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }
                .joined()
            return text.isEmpty ? "top level" : String(text.drop(while: { $0 == "." }))
        }
        switch error {
        case .typeMismatch(let type, let context):
            return "at \(path(context.codingPath)): expected \(type): \(context.debugDescription)"
        case .valueNotFound(let type, let context):
            return "at \(path(context.codingPath)): missing \(type) value"
        case .keyNotFound(let key, let context):
            return "at \(path(context.codingPath)): missing key \"\(key.stringValue)\""
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as NSError?)?.userInfo["NSDebugDescription"] as? String
            return "at \(path(context.codingPath)): \(underlying ?? context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
