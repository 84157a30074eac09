import ArgumentParser
import CrosscheckKit
import CrosscheckSchema
import Foundation

/// What `run` and `submit` share: the inputs, the output folder, and how a job ends.
struct JobOptions: ParsableArguments {
    @Argument(help: "Article files, or folders whose *.txt files are read (default: seeds).")
    var paths: [String] = []

    @Option(help: "Folder for report.json, report.md, report.html and run.json.")
    var out = "out"

    @Option(name: .customLong("max-document-mb"), help: "Largest document accepted, in MiB.")
    var maxDocumentMegabytes = 16

    /// The job request for the given paths.
    func request() -> JobRequest {
        InputCollector(maxDocumentBytes: maxDocumentMegabytes << 20).collect(paths.isEmpty ? ["seeds"] : paths)
    }

    /// Writes the outputs, tells the user how it went, and exits non-zero if anything failed.
    func finish(_ result: JobResult) throws {
        try ReportFiles.write(result, to: URL(fileURLWithPath: out))
        let summary = OutcomeSummary(result, outputDirectory: out)
        FileHandle.standardError.write(Data((summary.message + "\n").utf8))
        if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
    }
}
