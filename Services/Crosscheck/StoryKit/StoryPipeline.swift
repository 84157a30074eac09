import CrosscheckKit
import CrosscheckSchema
import Foundation

/// Runs one job through the real pipeline, as `crosscheck run` does: a coordinator and every
/// stage as child processes under a `PipelineSupervisor`, the job sent through a `JobClient`.
public struct StoryPipeline {
    public var executables: ServiceExecutables
    public var logDirectory: URL
    public var embeddings = true
    public var knowledgeFiles: [String] = []
    public var timeout = 1800.0
    public var maxDocumentMegabytes = 16

    public init(executables: ServiceExecutables, logDirectory: URL) {
        self.executables = executables
        self.logDirectory = logDirectory
    }

    /// The settings a deferred report is made with (`StorySettings`), read from or applied to this pipeline.
    public var settings: StorySettings {
        get { StorySettings(embeddings: embeddings, knowledgeFiles: knowledgeFiles, maxDocumentMegabytes: maxDocumentMegabytes) }
        set {
            embeddings = newValue.embeddings
            knowledgeFiles = newValue.knowledgeFiles
            maxDocumentMegabytes = newValue.maxDocumentMegabytes
        }
    }

    /// What the per-document outputs depend on: the parser, resolver and encoder executables
    /// (size and modification time), the extra knowledge files, and whether vectors are made.
    ///
    /// Stored outputs are reused only under the same fingerprint, so after a rebuild or with
    /// other `--kb` files every document is computed again, as a from-scratch run would.
    public var fingerprint: String {
        let stages: [Stage] = [.parser, .resolver] + (embeddings ? [.encoder] : [])
        let files = stages.map { executables.url(for: $0).path } + knowledgeFiles
        let parts = files.map { path -> String in
            // try?: a missing file only changes the fingerprint; the run itself then names the missing file.
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            let size = (attributes?[.size] as? Int) ?? -1
            let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return "\(path)|\(size)|\(modified)"
        }
        let document = RawDocument(id: "", path: "", data: Data((parts + ["embeddings=\(embeddings)"]).joined(separator: "\n").utf8))
        return StoredDocument.digest(of: document)
    }

    /// The job's result; `progress` sees each progress message.
    ///
    /// `settled` carries stored per-document outputs as their JSON (`SettledDocument` objects;
    /// those documents skip the per-document stages), sent on as they are; the result carries
    /// the outputs of the documents the job computed. A `perDocument` job (`JobKind`) starts
    /// the coordinator with the parser, resolver and encoder alone, and makes no report.
    public func run(
        _ documents: [RawDocument], settled: [Data] = [], kind: JobKind = .report,
        progress: (JobProgress) -> Void = { _ in }
    ) throws -> JobResult {
        try session(kind, progress: progress) { submit in try submit(documents, settled, kind) }
    }

    /// Submits one job to a running session: its documents, stored outputs and kind.
    public typealias Submit = ([RawDocument], [Data], JobKind) throws -> JobResult

    /// Starts the coordinator and the stages a `kind` job needs once, and runs `body`, which may
    /// submit several jobs to them one after another (a preview add runs three); stops them after.
    /// `progress` sees each job's progress messages.
    public func session<T>(_ kind: JobKind, progress: (JobProgress) -> Void = { _ in }, _ body: (Submit) throws -> T) throws -> T {
        let supervisor = PipelineSupervisor(executables: executables, logDirectory: logDirectory)
        defer { supervisor.stopAll() }
        try supervisor.start(
            replicas: [:], stages: stages(kind), record: nil,
            extraWorkerArguments: knowledgeFiles.flatMap { ["--kb", $0] },
            maxDocumentMegabytes: maxDocumentMegabytes)
        let client = try JobClient(endpoint: supervisor.frontend, idleTimeout: 30, totalTimeout: timeout)
        let value = try withoutActuallyEscaping(progress) { progress in
            try body { documents, settled, kind in
                var request = JobRequest(documents: documents)
                request.embeddings = embeddings
                let usable = settled.filter { (JSONObjectBytes($0)?.value("vectors") != nil) == embeddings }
                request.returnSettled = true
                if kind == .report {
                    // The add stores report.json only; `story report` renders the rest from it (StoryBook.writeReport).
                    request.renderings = false
                } else {
                    request.kind = kind
                }
                request.awaitWorkers = Dictionary(uniqueKeysWithValues: stages(kind).map { ($0.rawValue, 1) })
                return try client.run(
                    request, settledPayloads: usable, progress: { progress($0) }, watch: { try supervisor.superviseChildren() })
            }
        }
        supervisor.stopAll()
        return value
    }

    /// The stages a job of `kind` needs: the encoder too when vectors are made.
    func stages(_ kind: JobKind) -> [Stage] {
        let core: [Stage] =
            switch kind {
            case .report: PipelineSupervisor.coreStages
            case .perDocument: [.parser, .resolver]
            }
        return core + (embeddings ? [.encoder] : [])
    }
}
