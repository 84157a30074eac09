import CrosscheckSchema
import Foundation

/// Writes a job's outputs into the `--out` folder: the reports (with the Web Annotations when present) and `run.json`.
public enum ReportFiles {
    /// Writes what the result holds; returns the paths written.
    @discardableResult
    public static func write(_ result: JobResult, to directory: URL) throws -> [URL] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var written: [URL] = []
        func put(_ name: String, _ data: Data) throws {
            let url = directory.appendingPathComponent(name)
            try data.write(to: url, options: .atomic)
            written.append(url)
        }
        if let report = result.report {
            try put("report.json", Data(report.json.utf8))
            try put("report.md", Data(report.markdown.utf8))
            try put("report.html", Data(report.html.utf8))
            if let annotations = report.annotations { try put("report.annotations.jsonld", Data(annotations.utf8)) }
        }
        let encoder = MessageCodec.makeEncoder()
        encoder.outputFormatting.insert(.prettyPrinted)
        var run = try encoder.encode(result.run)
        run.append(0x0A)
        try put("run.json", run)
        return written
    }
}
