import ArgumentParser
import CrosscheckKit
import CrosscheckSchema
import Foundation
import StageRuntime

/// What `run` and `submit` share: the inputs, the output folder, and how a job ends.
struct JobOptions: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "Article files (.txt, .md, .html, .jsonl), folders of them, or - for JSON Lines on stdin (default: seeds)."))
    var paths: [String] = []

    @Option(help: "Folder for report.json, report.md, report.html and run.json.")
    var out = "out"

    @Option(name: .customLong("max-document-mb"), help: "Largest document accepted, in MiB.")
    var maxDocumentMegabytes = 16

    @Option(help: "Seconds the whole job may take (wall-clock, from submission to report).")
    var timeout = 1800.0

    @Option(help: "Folder of CURVE keys (client.public, client.secret, coordinator.public) when the coordinator requires CURVE.")
    var keys: String?

    /// Seconds without any word from the coordinator after which it is presumed gone.
    static let idleTimeout = 30.0

    /// The job request for the given paths.
    func request() -> JobRequest {
        let request = InputCollector(maxDocumentBytes: maxDocumentMegabytes << 20).collect(paths.isEmpty ? ["seeds"] : paths)
        for skip in request.skipped ?? [] {
            FileHandle.standardError.write(Data("skipped \(skip.error)\n".utf8))
        }
        return request
    }

    /// A client for `endpoint` with this job's time limits and keys.
    func client(_ endpoint: String) throws -> JobClient {
        let client = try JobClient(endpoint: endpoint, idleTimeout: Self.idleTimeout, totalTimeout: timeout)
        client.keepsReportBytes = true
        if let keys {
            let folder = CurveKeys(directory: URL(fileURLWithPath: keys))
            client.curve = (try folder.pair("client"), try folder.serverKey())
        }
        return client
    }

    /// Runs the job, writes the outputs, tells the user how it went in plain sentences, and
    /// exits with the documented code (0 ok, 1 some inputs failed, 2 no report, 3 timeout).
    func perform(_ job: () throws -> JobResult) throws {
        let summary: (message: String, exitCode: Int32)
        do {
            let result = try job()
            try ReportFiles.write(result, to: URL(fileURLWithPath: out))
            let outcome = OutcomeSummary(result, outputDirectory: out)
            summary = (outcome.message, outcome.exitCode)
        } catch {
            // try?: best-effort removal of stale reports; the job's own error is what is reported.
            try? ReportFiles.clear(URL(fileURLWithPath: out))
            summary = OutcomeSummary.failure(error)
        }
        FileHandle.standardError.write(Data((summary.message + "\n").utf8))
        if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
    }
}
