import Foundation

/// Finds the bundled `Data/*.json` files.
enum BundledData {
    /// The JSON files of the bundled data folder, sorted by name.
    static func files() throws -> [URL] {
        guard let folder = folder() else {
            throw KnowledgeError.missingBundledData(reason: "no Data folder found in the Knowledge resource bundle")
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw KnowledgeError.missingBundledData(reason: "\(folder.path): \(error.localizedDescription)")
        }
        return names.filter { $0.hasSuffix(".json") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// The data folder: `CROSSCHECK_KNOWLEDGE_DATA` if set, else the resource bundle's `Data`.
    static func folder() -> URL? {
        if let override = ProcessInfo.processInfo.environment["CROSSCHECK_KNOWLEDGE_DATA"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        let fileManager = FileManager.default
        var candidates = [Bundle.main.bundleURL]
        if let executable = Bundle.main.executableURL?.deletingLastPathComponent() {
            candidates.append(executable)
        }
        for base in candidates {
            let data = base.appendingPathComponent(resourceBundleName).appendingPathComponent("Data")
            if fileManager.fileExists(atPath: data.path) { return data }
        }
        // Last resort: SwiftPM's accessor (also knows the build folder; it stops the process
        // if the resource bundle was not installed beside the executable).
        return Bundle.module.url(forResource: "Data", withExtension: nil)
    }

    /// The folder name SwiftPM gives this module's resources.
    static let resourceBundleName = "Crosscheck_Knowledge.resources"
}
