import ArgumentParser
import CrosscheckKit
import CrosscheckSchema
import Foundation

/// What `run` and `submit` share: the inputs, the output folder, and how a job ends.
struct JobOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Article files (.txt, .md, .html, .jsonl), folders of them, or - for JSON Lines on stdin (default: seeds)."))
    var paths: [String] = []

    @Option(help: "Folder for report.json, report.md, report.html and run.json.")
    var out = "out"

    @Option(name: .customLong("max-document-mb"), help: "Largest document accepted, in MiB.")
    var maxDocumentMegabytes = 16

    /// The job request for the given paths.
    func request() -> JobRequest {
        let request = InputCollector(maxDocumentBytes: maxDocumentMegabytes << 20).collect(paths.isEmpty ? ["seeds"] : paths)
        for skip in request.skipped ?? [] {
            FileHandle.standardError.write(Data("skipped \(skip.error)\n".utf8))
        }
        return request
    }

    /// Writes the outputs, tells the user how it went, and exits non-zero if anything failed.
    func finish(_ result: JobResult) throws {
        try ReportFiles.write(result, to: URL(fileURLWithPath: out))
        let summary = OutcomeSummary(result, outputDirectory: out)
        FileHandle.standardError.write(Data((summary.message + "\n").utf8))
        if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
    }
}
