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

    @Option(help: "Seconds without word from the coordinator before giving up.")
    var timeout = 120.0

    @Flag(help: "Ask for sentence vectors (the coordinator must have crosscheck-encoder workers).")
    var embeddings = false

    @OptionGroup var logging: LoggingOptions

    func run() throws {
        logging.bootstrap()
        ShutdownSignal.install()
        let progress = ProgressLine()
        var request = job.request()
        if embeddings { request.embeddings = true }
        let result = try JobClient(endpoint: connect, idleTimeout: timeout).run(request) { progress.update($0) }
        progress.finish()
        try job.finish(result)
    }
}
