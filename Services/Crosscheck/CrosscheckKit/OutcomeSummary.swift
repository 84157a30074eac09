import CrosscheckSchema

/// What `crosscheck run`/`submit` tells the user at the end, and the exit code that goes with it.
public struct OutcomeSummary: Sendable {
    public let message: String
    /// 0: every document analysed; 1: report written but some inputs failed; 2: no report;
    /// 3: the job timed out or was interrupted.
    public let exitCode: Int32

    public init(_ result: JobResult, outputDirectory: String) {
        let failed = result.run.documents.filter { $0.status == .failed }
        var lines: [String] = []
        if result.hasReport {
            let ok = result.run.documents.count - failed.count
            lines.append(
                "crosscheck: \(ok) of \(result.run.documents.count) documents analysed in \(result.run.seconds) s; "
                    + "\(result.conflicts) conflict(s); report in \(outputDirectory)")
        } else {
            lines.append("crosscheck: no report: \(result.error ?? "unknown failure")")
        }
        for fate in failed { lines.append("  failed: \(fate.path): \(fate.error ?? "unknown reason")") }
        message = lines.joined(separator: "\n")
        if result.timedOut == true {
            exitCode = ExitStatus.timedOut
        } else {
            exitCode = !result.hasReport ? ExitStatus.noReport : (failed.isEmpty ? ExitStatus.ok : ExitStatus.someInputsFailed)
        }
    }

    /// The one sentence and exit code for a job that ended without a result (`ErrorReport`
    /// from the client: timeout, interruption, a refused request) or for any other error.
    public static func failure(_ error: any Error) -> (message: String, exitCode: Int32) {
        if let report = error as? ErrorReport {
            let code = ["timeout", "interrupted"].contains(report.code) ? ExitStatus.timedOut : ExitStatus.noReport
            return ("crosscheck: \(report.message)", code)
        }
        if let plain = error as? CrosscheckError { return ("crosscheck: \(plain.description)", ExitStatus.noReport) }
        return ("crosscheck: \(error.localizedDescription)", ExitStatus.noReport)
    }
}
