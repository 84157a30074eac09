import Foundation

/// Learned models shipped beside the knowledge data, in `Data/models/<name>.json`.
///
/// They are written by scripts (`scripts/kb/name_typer.py`) and are not knowledge files: the
/// knowledge loader reads only the top level of `Data`.
public enum BundledModels {
    /// The model file's contents, or nil when the data folder has no such model (a user's
    /// `CROSSCHECK_KNOWLEDGE_DATA` folder without models, for instance).
    public static func data(named name: String) -> Data? {
        guard let folder = BundledData.folder() else { return nil }
        let url = folder.appendingPathComponent("models").appendingPathComponent(name + ".json")
        return FileManager.default.contents(atPath: url.path)
    }
}
