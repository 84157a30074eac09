import Foundation

/// Learned models shipped beside the knowledge data, in `Data/models/<name>.json`.
///
/// They are written by scripts (`scripts/kb/name_typer.py`) and are not knowledge files: the
/// knowledge loader reads only the top level of `Data`.
public enum BundledModels {
    /// The path of model `name` in the data folder (`models/<name>.json`).
    public static func path(named name: String) throws(KnowledgeError) -> String {
        guard let folder = BundledData.folder() else {
            throw KnowledgeError.missingBundledData(reason: "no Data folder found in the Knowledge resource bundle")
        }
        return folder.appendingPathComponent("models").appendingPathComponent(name + ".json").path
    }

    /// The model file's contents; a missing or unreadable file throws
    /// `KnowledgeError.unreadableFile` naming it (a user's `CROSSCHECK_KNOWLEDGE_DATA` folder
    /// must hold the models too).
    public static func data(named name: String) throws(KnowledgeError) -> Data {
        let path = try path(named: name)
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw KnowledgeError.unreadableFile(path: path, reason: error.localizedDescription)
        }
    }
}
