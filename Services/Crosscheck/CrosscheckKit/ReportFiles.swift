import CrosscheckSchema
import Foundation

/// Writes a job's outputs into the `--out` folder: the reports (with the Web Annotations when
/// present) and `run.json`.
///
/// Every file is first written into a fresh temporary folder inside `--out`, then renamed into
/// place, so a reader never sees half a file; reports that this result does not have (a job
/// that ended without one) are removed, so no stale report sits beside the new `run.json`.
public enum ReportFiles {
    /// The files a job may leave in `--out`.
    public static let reportNames = ["report.json", "report.md", "report.html", "report.annotations.jsonld"]

    /// Writes what the result holds; returns the paths written.
    @discardableResult
    public static func write(_ result: JobResult, to directory: URL) throws -> [URL] {
        var files: [(String, Data)] = []
        if let report = result.report {
            files += [
                ("report.json", Data(report.json.utf8)), ("report.md", Data(report.markdown.utf8)),
                ("report.html", Data(report.html.utf8)),
            ]
            if let annotations = report.annotations {
                files.append(("report.annotations.jsonld", Data(annotations.utf8)))
            }
        }
        let encoder = MessageCodec.makeEncoder()
        encoder.outputFormatting.insert(.prettyPrinted)
        var run = try encoder.encode(result.run)
        run.append(0x0A)
        files.append(("run.json", run))
        return try replace(files, in: directory)
    }

    /// Removes what an earlier job left, for a job that ends with nothing to write.
    public static func clear(_ directory: URL) throws {
        _ = try replace([], in: directory)
    }

    private static func replace(_ files: [(String, Data)], in directory: URL) throws -> [URL] {
        let manager = FileManager.default
        try manager.createDirectory(at: directory, withIntermediateDirectories: true)
        let staging = directory.appendingPathComponent(".staging-\(UUID().uuidString.prefix(8))")
        try manager.createDirectory(at: staging, withIntermediateDirectories: false)
        // try?: cleanup of the staging folder; the files are already in place or the error thrown.
        defer { try? manager.removeItem(at: staging) }
        for (name, data) in files { try data.write(to: staging.appendingPathComponent(name)) }
        var written: [URL] = []
        for name in reportNames + ["run.json"] {
            let target = directory.appendingPathComponent(name)
            let staged = staging.appendingPathComponent(name)
            if manager.fileExists(atPath: staged.path) {
                guard rename(staged.path, target.path) == 0 else {
                    throw CrosscheckError(
                        code: .fileSystem,
                        message: "cannot move \(name) into \(directory.path): \(String(cString: strerror(errno)))")
                }
                written.append(target)
            } else if manager.fileExists(atPath: target.path) {
                try manager.removeItem(at: target)
            }
        }
        return written
    }
}
