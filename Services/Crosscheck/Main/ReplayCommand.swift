import ArgumentParser
import CrosscheckKit
import CrosscheckSchema
import Foundation
import StageRuntime

/// `crosscheck replay`: check a stage against a recording of an earlier run.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Feed a fresh instance of one stage the recorded inputs and compare its outputs.",
        discussion: "Exits 0 when every reply equals the recorded one, 1 with a diff otherwise.")

    @Argument(help: "An NDJSON recording made with --record.")
    var recording: String

    @Option(help: "parser, resolver, matcher or writer; repeat or use 'all'.")
    var stage: [String] = ["all"]

    @Option(name: .customLong("bin-dir"), help: "Folder of the crosscheck-* executables (default: beside this one).")
    var binDirectory: String?

    @OptionGroup var logging: LoggingOptions

    func run() throws {
        logging.bootstrap()
        let stages: [Stage] =
            try stage.contains("all")
            ? [.parser, .resolver, .matcher, .writer]
            : stage.map {
                guard let s = Stage(rawValue: $0), s != .coordinator else {
                    throw ValidationError("unknown stage \($0): use parser, resolver, matcher, writer or all")
                }
                return s
            }
        let executables =
            binDirectory.map { ServiceExecutables(directory: URL(fileURLWithPath: $0)) }
            ?? .besideCurrentExecutable()
        var failed = false
        for stage in stages {
            let outcome = try ReplaySession(recording: URL(fileURLWithPath: recording), stage: stage, executables: executables).run()
            print(outcome.report)
            failed = failed || !outcome.passed
        }
        if failed { throw ExitCode(1) }
    }
}
