import CrosscheckSchema

/// What `crosscheck run`/`submit` tells the user at the end, and the exit code that goes with it.
public struct OutcomeSummary: Sendable {
    public let message: String
    /// 0: every document analysed; 1: report written but some inputs failed; 2: no report.
    public let exitCode: Int32

    public init(_ result: JobResult, outputDirectory: String) {
        let failed = result.run.documents.filter { $0.status == .failed }
        var lines: [String] = []
        if result.report != nil {
            let ok = result.run.documents.count - failed.count
            lines.append("crosscheck: \(ok) of \(result.run.documents.count) documents analysed in \(result.run.seconds) s; "
                         + "\(result.report?.conflicts ?? 0) conflict(s); report in \(outputDirectory)")
        } else {
            lines.append("crosscheck: no report: \(result.error ?? "unknown failure")")
        }
        for fate in failed { lines.append("  failed: \(fate.path): \(fate.error ?? "unknown reason")") }
        message = lines.joined(separator: "\n")
        exitCode = result.report == nil ? 2 : (failed.isEmpty ? 0 : 1)
    }
}
