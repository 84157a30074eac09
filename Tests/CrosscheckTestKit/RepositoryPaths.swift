import Foundation

/// Paths inside the repository and its build, for tests.
public enum RepositoryPaths {
    /// The package root (the folder holding Package.swift).
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    public static var seeds: URL { root.appendingPathComponent("seeds") }

    /// The folder of the built executables: `$CROSSCHECK_BIN_DIR`, else `.build/debug`.
    public static var binaries: URL {
        if let dir = ProcessInfo.processInfo.environment["CROSSCHECK_BIN_DIR"], !dir.isEmpty {
            return URL(fileURLWithPath: dir)
        }
        return root.appendingPathComponent(".build/debug")
    }

    /// A fresh temporary folder.
    public static func temporaryFolder(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("crosscheck-\(label)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
