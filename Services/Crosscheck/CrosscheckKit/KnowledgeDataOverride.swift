import Foundation

/// Checks `CROSSCHECK_KNOWLEDGE_DATA` before any stage is started, and makes it absolute.
///
/// Stages read the variable themselves; a relative value is resolved here against this process's
/// working directory and exported again, so every child sees the same folder whatever its own
/// working directory. A folder that does not exist fails at once, naming the path, rather than
/// each stage failing at start-up.
public enum KnowledgeDataOverride {
    /// The variable's name.
    public static let variable = "CROSSCHECK_KNOWLEDGE_DATA"

    /// The absolute folder `value` names, resolved against `workingDirectory`; throws a
    /// `badArgument` error naming the folder when it is not an existing directory.
    public static func resolve(_ value: String, workingDirectory: String = FileManager.default.currentDirectoryPath) throws -> String {
        let url =
            value.hasPrefix("/")
            ? URL(fileURLWithPath: value)
            : URL(fileURLWithPath: workingDirectory).appendingPathComponent(value)
        let path = url.standardizedFileURL.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CrosscheckError(code: .badArgument, message: "\(variable) names \(path), which is not an existing folder")
        }
        return path
    }

    /// Resolves the variable of this process's environment, if set, and exports the absolute path
    /// for the children to inherit.
    public static func prepareForChildren() throws {
        guard let value = ProcessInfo.processInfo.environment[variable], !value.isEmpty else { return }
        let path = try resolve(value)
        if path != value { setenv(variable, path, 1) }
    }
}
