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

    @OptionGroup var job: JobOptions

    @Option(help: "The coordinator's frontend endpoint.")
    var connect = "tcp://127.0.0.1:5570"

    @Flag(help: "Ask for sentence vectors (the coordinator must have crosscheck-encoder workers).")
    var embeddings = false

    @OptionGroup var logging: LoggingOptions

    func run() throws {
        logging.bootstrap()
        ShutdownSignal.install()
        try job.perform {
            let progress = ProgressLine()
            defer { progress.finish() }
            var request = job.request()
            if embeddings { request.embeddings = true }
            return try job.client(connect).run(request) { progress.update($0) }
        }
    }
}
