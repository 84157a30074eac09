import ArgumentParser
import CrosscheckKit
import Foundation
import StageRuntime
import StoryKit
import ZeroMQ

/// `crosscheck story`: a story that new articles update, kept in SQLite, with what changed since the last look.
struct StoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "story",
        abstract: "Follow a story: add articles as they come, read the report and what changed.",
        subcommands: [
            StoryAddCommand.self, StoryReportCommand.self, StoryChangesCommand.self,
            StoryListCommand.self, StoryShowCommand.self,
        ])
}

/// Where the stories live, shared by every `story` subcommand.
struct StoryLocation: ParsableArguments {
    @Option(name: .customLong("stories"), help: "Folder of stories, one subfolder (with story.sqlite) each.")
    var stories = "stories"

    var book: StoryBook { StoryBook(root: URL(fileURLWithPath: stories)) }
}

/// How a `story` subcommand that may run the pipeline finds and limits it.
struct StoryPipelineOptions: ParsableArguments {
    @Option(name: .customLong("bin-dir"), help: "Folder of the crosscheck-* executables (default: beside this one).")
    var binDirectory: String?
    @Option(help: "Seconds the pipeline may take.") var timeout = 1800.0

    /// A pipeline logging into the story's `logs` folder.
    func pipeline(story name: String, book: StoryBook) -> StoryPipeline {
        let executables = binDirectory.map { ServiceExecutables(directory: URL(fileURLWithPath: $0)) } ?? .besideCurrentExecutable()
        var pipeline = StoryPipeline(
            executables: executables, logDirectory: book.root.appendingPathComponent(name).appendingPathComponent("logs"))
        pipeline.timeout = timeout
        return pipeline
    }
}

extension ReportTiming: ExpressibleByArgument {}

/// `crosscheck story add NAME PATH...`
struct StoryAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add articles (files, folders, JSON Lines) to a story, creating it if new.")

    @Argument(help: "The story's name.") var name: String
    @Argument(help: "Article files (.txt, .md, .html, .jsonl), folders of them, or - for JSON Lines on stdin.")
    var paths: [String]
    @OptionGroup var location: StoryLocation
    @Flag(name: .customLong("no-embeddings"), help: "Run without the encoder stage (no sentence vectors).")
    var noEmbeddings = false
    @Option(name: .customLong("kb"), help: "Extra knowledge-base file(s) for the stages.")
    var knowledgeFiles: [String] = []
    @Option(name: .customLong("max-document-mb"), help: "Largest document accepted, in MiB.")
    var maxDocumentMegabytes = 16
    @Option(
        help: """
            When to make the story's report: now (over every document, in this add), later (only the new \
            documents are analysed; story report or changes makes the report), preview (as later, and the \
            stored documents sharing linking keys with the new ones are compared with and without them: \
            story changes shows that preview), or auto (preview from \(ReportTiming.deferFrom) stored documents on).
            """)
    var report = ReportTiming.auto
    @OptionGroup var pipelineOptions: StoryPipelineOptions
    @OptionGroup var logging: LoggingOptions

    func run() throws {
        logging.bootstrap()
        ShutdownSignal.install()
        let book = location.book
        var pipeline = pipelineOptions.pipeline(story: name, book: book)
        pipeline.embeddings = !noEmbeddings
        pipeline.knowledgeFiles = knowledgeFiles
        pipeline.maxDocumentMegabytes = maxDocumentMegabytes
        let progress = ProgressLine()
        let outcome = try book.add(
            name, paths: paths, collector: InputCollector(maxDocumentBytes: maxDocumentMegabytes << 20),
            pipeline: pipeline, timing: report
        ) { progress.update($0) }
        progress.finish()
        let standardError = FileHandle.standardError
        for failure in outcome.failed { standardError.write(Data("skipped \(failure.error)\n".utf8)) }
        for duplicate in outcome.duplicates { standardError.write(Data("unchanged \(duplicate)\n".utf8)) }
        let failedInReport = outcome.result?.run.documents.filter { $0.status != .ok }.count ?? 0
        for fate in outcome.result?.run.documents ?? [] where fate.status != .ok {
            standardError.write(Data("failed \(fate.id): \(fate.error ?? fate.status.rawValue)\n".utf8))
        }
        let made: String
        if let preview = outcome.preview {
            made =
                "; preview: compared \(preview.compared.count) stored document(s) sharing keys with the new ones, "
                + "\(preview.changes.count) change(s) (story changes shows them); report deferred: \(outcome.pending) "
                + "document(s) not in a report yet (story report makes it)"
        } else if let snapshot = outcome.snapshot {
            made = ", report \(snapshot)"
        } else if outcome.pending > 0 {
            made = "; report deferred: \(outcome.pending) document(s) not in a report yet (story report or changes makes it)"
        } else {
            made = ", nothing new"
        }
        standardError.write(Data("story \(name): added \(outcome.added.count) document(s)\(made)\n".utf8))
        if !outcome.failed.isEmpty || failedInReport > 0 { throw ExitCode(1) }
    }
}

/// `crosscheck story report NAME --out DIR`
struct StoryReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "Write the story's latest report files.")

    @Argument(help: "The story's name.") var name: String
    @OptionGroup var location: StoryLocation
    @Option(help: "Folder for report.json, report.md, report.html and run.json.") var out = "out"
    @OptionGroup var pipelineOptions: StoryPipelineOptions

    func run() throws {
        ShutdownSignal.install()
        let book = location.book
        let progress = ProgressLine()
        let written = try book.writeReport(
            name, to: URL(fileURLWithPath: out), pipeline: pipelineOptions.pipeline(story: name, book: book)
        ) { progress.update($0) }
        progress.finish()
        FileHandle.standardError.write(Data("wrote \(written.map(\.lastPathComponent).joined(separator: ", ")) to \(out)\n".utf8))
    }
}

/// `crosscheck story changes NAME [--since TIME|--since-report]`
struct StoryChangesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "Write changes.md and changes.json: what changed since the last look, a time, or the previous report.")

    @Argument(help: "The story's name.") var name: String
    @OptionGroup var location: StoryLocation
    @Option(help: "Compare with the latest report made at or before this ISO 8601 time or date.") var since: String?
    @Flag(name: .customLong("since-report"), help: "Compare with the report before the latest.") var sinceReport = false
    @Flag(help: "Make the pending report and compare exactly, even when the pending adds made previews.") var exact = false
    @Option(help: "Folder for changes.md and changes.json.") var out = "out"
    @OptionGroup var pipelineOptions: StoryPipelineOptions

    func validate() throws {
        if since != nil, sinceReport { throw ValidationError("give --since or --since-report, not both") }
        if let since, ChangesBaseline.parseTime(since) == nil {
            throw ValidationError("--since \(since): not an ISO 8601 time (2026-11-29T10:00:00Z) or date (2026-11-29)")
        }
    }

    func run() throws {
        let baseline: ChangesBaseline = sinceReport ? .previousReport : since.flatMap(ChangesBaseline.parseTime).map { .time($0) } ?? .lastLook
        ShutdownSignal.install()
        let book = location.book
        let progress = ProgressLine()
        let set = try book.changes(
            name, since: baseline, to: URL(fileURLWithPath: out), pipeline: pipelineOptions.pipeline(story: name, book: book),
            exact: exact
        ) { progress.update($0) }
        progress.finish()
        let basis = set.basis == "preview" ? " (preview of the pending adds; --exact makes the report)" : ""
        FileHandle.standardError.write(
            Data("story \(name): \(set.changes.count) change(s)\(basis); wrote changes.md and changes.json to \(out)\n".utf8))
    }
}

/// `crosscheck story list`
struct StoryListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the stories.")
    @OptionGroup var location: StoryLocation

    func run() throws {
        for line in location.book.list() { print(line) }
    }
}

/// `crosscheck story show NAME`
struct StoryShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Summarise one story.")
    @Argument(help: "The story's name.") var name: String
    @OptionGroup var location: StoryLocation

    func run() throws {
        print(try location.book.show(name))
    }
}
