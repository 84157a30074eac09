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

    /// Writes what the result holds; returns the paths written. A report kept as bytes
    /// (`JobResult.reportBytes`) is unescaped straight from them into its files.
    @discardableResult
    public static func write(_ result: JobResult, to directory: URL) throws -> [URL] {
        var files: [(String, (URL) throws -> Void)] = []
        if let report = result.report {
            files += [("report.json", report.json), ("report.md", report.markdown), ("report.html", report.html)].map { name, text in
                (name, { try Data(text.utf8).write(to: $0) })
            }
            if let annotations = report.annotations {
                files.append(("report.annotations.jsonld", { try Data(annotations.utf8).write(to: $0) }))
            }
        } else if let bytes = result.reportBytes {
            let names: [(String, ReportBytes.Rendering)] = [
                ("report.json", .json), ("report.md", .markdown), ("report.html", .html), ("report.annotations.jsonld", .annotations),
            ]
            for (name, rendering) in names where bytes.has(rendering) {
                files.append((name, { try bytes.write(rendering, to: $0) }))
            }
        }
        let encoder = MessageCodec.makeEncoder()
        encoder.outputFormatting.insert(.prettyPrinted)
        var run = try encoder.encode(result.run)
        run.append(0x0A)
        files.append(("run.json", { try run.write(to: $0) }))
        return try replace(files, in: directory)
    }

    /// Removes what an earlier job left, for a job that ends with nothing to write.
    public static func clear(_ directory: URL) throws {
        _ = try replace([], in: directory)
    }

    private static func replace(_ files: [(String, (URL) throws -> Void)], in directory: URL) throws -> [URL] {
        let manager = FileManager.default
        try manager.createDirectory(at: directory, withIntermediateDirectories: true)
        let staging = directory.appendingPathComponent(".staging-\(UUID().uuidString.prefix(8))")
        try manager.createDirectory(at: staging, withIntermediateDirectories: false)
        // try?: cleanup of the staging folder; the files are already in place or the error thrown.
        defer { try? manager.removeItem(at: staging) }
        for (name, write) in files { try write(staging.appendingPathComponent(name)) }
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
