import CrosscheckSchema
import Foundation

/// The gold bundles under `Tests/Gold/claims/`: their articles, test entities and publication dates.
struct GoldBundle: Decodable {
    struct Member: Decodable {
        var doc: String
        var text: String
    }
    struct GoldCluster: Decodable {
        var name: String
        var status: String
        var conflicts: [String]
        var members: [Member]
    }

    var bundle: String
    var folder: String
    var published: [String: String]
    var entities: [TestEntity]
    var clusters: [GoldCluster]

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func load(_ name: String) throws -> GoldBundle {
        let url = root.appendingPathComponent("Tests/Gold/claims/\(name).json")
        return try JSONDecoder().decode(GoldBundle.self, from: Data(contentsOf: url))
    }

    static func all() throws -> [GoldBundle] {
        let folder = root.appendingPathComponent("Tests/Gold/claims")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") }
            .sorted()
            .map { try load(String($0.dropLast(5))) }
    }

    /// The bundle built from the folder's `.txt` files with the test builder.
    func linkedBundle() throws -> LinkedBundle {
        let folderURL = GoldBundle.root.appendingPathComponent(folder)
        let files = try FileManager.default.contentsOfDirectory(atPath: folderURL.path).filter { $0.hasSuffix(".txt") }.sorted()
        let documents = try files.map { file -> ResolvedDocument in
            let id = String(file.dropLast(4))
            let text = try String(contentsOf: folderURL.appendingPathComponent(file), encoding: .utf8)
            return TestBundleBuilder.document(id: id, text: text, published: published[id], entities: entities)
        }
        return TestBundleBuilder.bundle(documents, entities: entities)
    }

    /// The claim of `doc` whose text contains `snippet`, if any.
    static func claim(in analysis: Analysis, doc: String, containing snippet: String) -> Claim? {
        analysis.claims.first { $0.doc == doc && $0.text.contains(snippet) }
            ?? analysis.claims.first { $0.doc == doc && snippet.contains($0.text) && $0.text.count > 20 }
    }
}
