import ArgumentParser
import CrosscheckKit
import Foundation
import StageRuntime
import ZeroMQ

/// `crosscheck submit`: send a job to a coordinator that is already running.
struct SubmitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit",
        abstract: "Submit PATHs as one job to a running crosscheck-coordinator.")

    @Argument(help: "Article files, or folders whose *.txt files are read.")
    var paths: [String] = []

    @Option(help: "The coordinator's frontend endpoint.")
    var connect = "tcp://127.0.0.1:5570"

    @Option(help: "Folder for report.json, report.md, report.html and run.json.")
    var out = "out"

    @Option(help: "Seconds without word from the coordinator before giving up.")
    var timeout = 120.0

    @Option(name: .customLong("max-document-mb"), help: "Largest document accepted, in MiB.")
    var maxDocumentMegabytes = 16

    @OptionGroup var logging: LoggingOptions

    func run() throws {
        logging.bootstrap()
        ShutdownSignal.install()
        let request = InputCollector(maxDocumentBytes: maxDocumentMegabytes << 20).collect(paths.isEmpty ? ["seeds"] : paths)
        let progress = ProgressLine()
        let result = try JobClient(endpoint: connect, idleTimeout: timeout).run(request) { progress.update($0) }
        progress.finish()
        try ReportFiles.write(result, to: URL(fileURLWithPath: out))
        let summary = OutcomeSummary(result, outputDirectory: out)
        FileHandle.standardError.write(Data((summary.message + "\n").utf8))
        if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
    }
}
