import ArgumentParser
import CrosscheckKit
import CrosscheckSchema
import Foundation
import StageRuntime
import ZeroMQ

/// `crosscheck run`: start the coordinator and every stage as child processes and run one job.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the whole pipeline as separate processes on PATHs (default: seeds/).")

    @OptionGroup var job: JobOptions

    @Option(help: "Instances per stage, e.g. parser=2,resolver=2,encoder=2.", transform: ReplicaSpec.parse)
    var replicas: [Stage: Int] = [:]

    @Flag(name: .customLong("no-embeddings"), help: "Run without the encoder stage (no sentence vectors); run.json and the report say so.")
    var noEmbeddings = false

    @Option(help: "Record every message crossing the coordinator to this NDJSON file.")
    var record: String?

    @Option(name: .customLong("kb"), help: "Extra knowledge-base file(s) for the stages.")
    var knowledgeFiles: [String] = []

    @Option(name: .customLong("bin-dir"), help: "Folder of the crosscheck-* executables (default: beside this one).")
    var binDirectory: String?

    @OptionGroup var logging: LoggingOptions

    func run() throws {
        logging.bootstrap()
        ShutdownSignal.install()
        let counts = replicas
        let executables =
            binDirectory.map { ServiceExecutables(directory: URL(fileURLWithPath: $0)) }
            ?? .besideCurrentExecutable()
        var request = job.request()
        request.embeddings = !noEmbeddings
        let stages = PipelineSupervisor.coreStages + (noEmbeddings ? [] : [.encoder])
        request.awaitWorkers = Dictionary(uniqueKeysWithValues: stages.map { ($0.rawValue, counts[$0] ?? 1) })
        let supervisor = PipelineSupervisor(
            executables: executables,
            logDirectory: URL(fileURLWithPath: job.out).appendingPathComponent("logs"))
        defer { supervisor.stopAll() }
        try job.perform {
            try supervisor.start(
                replicas: counts, stages: stages, record: record,
                extraWorkerArguments: knowledgeFiles.flatMap { ["--kb", $0] }, keys: job.keys,
                maxDocumentMegabytes: job.maxDocumentMegabytes)
            let progress = ProgressLine()
            defer { progress.finish() }
            let result = try job.client(supervisor.frontend).run(
                request, progress: { progress.update($0) }, watch: { try supervisor.superviseChildren() })
            supervisor.stopAll()
            return result
        }
    }
}
