import CrosscheckKit
import CrosscheckSchema
import Foundation
import ReportKit

/// The stories under one folder (`--stories`, default `./stories`), and what the `story` commands do with them.
///
/// `add` collects inputs as `run` does (bad input per file, with a reason) and drops those the
/// story already holds. With the report made now (`ReportTiming`), it runs the pipeline over the
/// stored and new documents (the stored ones with their kept per-document outputs, so only the
/// new ones go through the parser, resolver and encoder); with the report deferred, the new
/// documents go through a per-document job alone (`JobKind.perDocument`: no linker, matcher or
/// writer is started), and `report`/`changes` later make the report over all of them; with a
/// preview (`ReportTiming.preview`) the add also compares the stored documents the new ones share
/// linking keys with, alone and with them (`preview(_:adding:pipeline:at:progress:)`). Either way the
/// new documents, their outputs and the report (if made) are stored in one transaction: a process
/// killed before that transaction commits leaves the story as it was.
public struct StoryBook {
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    /// Adds the articles at `paths` to story `name` (created when new), making its report as `timing` says.
    public func add(
        _ name: String, paths: [String], collector: InputCollector, pipeline: StoryPipeline,
        timing: ReportTiming = .now, progress: (JobProgress) -> Void = { _ in }
    ) throws -> StoryAddOutcome {
        let store = try StoryStore(root: root, name: name, create: true)
        let collected = collector.collect(paths)
        let failed = collected.unreadable + (collected.skipped ?? [])
        let revision = try store.revision()
        let plan = try AdditionPlan(collected: collected.documents, digests: try store.digests(), load: store.document(id:))
        var outcome = StoryAddOutcome(added: plan.added.map(\.document.id), duplicates: plan.duplicates, failed: failed)
        guard !plan.added.isEmpty else {
            outcome.pending = try store.pendingDocuments()
            return outcome
        }
        switch timing.resolved(stored: revision.documents) {
        case .later, .auto:
            let job = try pipeline.run(plan.added.map(\.document), kind: .perDocument, progress: progress)
            let result = try Self.checkedDocuments(job, story: name)
            try store.commitPending(
                plan.added, settled: result.settled ?? [], fingerprint: pipeline.fingerprint, settings: pipeline.settings,
                basedOn: revision)
            outcome.result = result
            outcome.pending = try store.pendingDocuments()
        case .preview:
            let (result, preview) = try self.preview(store, adding: plan, pipeline: pipeline, progress: progress)
            try store.commitPending(
                plan.added, settled: result.settled ?? [], fingerprint: pipeline.fingerprint, settings: pipeline.settings,
                preview: preview, basedOn: revision)
            (outcome.result, outcome.preview) = (result, preview)
            outcome.pending = try store.pendingDocuments()
        case .now:
            (outcome.snapshot, outcome.result) = try makeReport(store, adding: plan, pipeline: pipeline, basedOn: revision, progress: progress)
        }
        return outcome
    }

    /// Makes the report of story `name` when some of its documents were added with the report
    /// deferred: over every document, with the settings of the add that deferred last (the
    /// executables and time limit are `pipeline`'s). Returns the new snapshot, or nil when
    /// nothing was pending.
    @discardableResult
    public func refresh(_ name: String, pipeline: StoryPipeline, progress: (JobProgress) -> Void = { _ in }) throws -> Int64? {
        let store = try StoryStore(root: root, name: name, create: false)
        let revision = try store.revision()
        guard try store.pendingDocuments() > 0 else { return nil }
        var configured = pipeline
        if let settings = try store.settings() { configured.settings = settings }
        let plan = AdditionPlan(collected: [], stored: [])
        return try makeReport(store, adding: plan, pipeline: configured, basedOn: revision, progress: progress).snapshot
    }

    /// Runs the pipeline over the stored documents and `plan`'s new ones, and commits the new
    /// documents with the report.
    private func makeReport(
        _ store: StoryStore, adding plan: AdditionPlan, pipeline: StoryPipeline, basedOn revision: StoryRevision,
        progress: (JobProgress) -> Void
    ) throws -> (snapshot: Int64, result: JobResult) {
        let bundle = plan.bundle(stored: try store.documents().map(\.document))
        let outputs = try store.outputPayloads(fingerprint: pipeline.fingerprint)
        let job = try pipeline.run(bundle, settled: bundle.compactMap { outputs[$0.id] }, progress: progress)
        let result = try Self.checked(job, story: store.name)
        let snapshot = try store.commit(plan.added, result: result, basedOn: revision, fingerprint: pipeline.fingerprint)
        return (snapshot, result)
    }

    /// The result, when the job made a report; otherwise the error saying the story is unchanged.
    static func checked(_ result: JobResult, story name: String) throws -> JobResult {
        guard result.report != nil else { throw unchanged(name, "the pipeline made no report", result) }
        return result
    }

    /// The result of a per-document job, when it finished; otherwise the error saying the story is unchanged.
    static func checkedDocuments(_ result: JobResult, story name: String) throws -> JobResult {
        guard result.error == nil, result.settled != nil else {
            throw unchanged(name, "the per-document stages did not finish", result)
        }
        return result
    }

    private static func unchanged(_ name: String, _ what: String, _ result: JobResult) -> CrosscheckError {
        CrosscheckError(code: .noReport, message: "\(what) (\(result.error ?? "no reason given")); story '\(name)' is unchanged")
    }

    /// Writes the latest report of `name` into `directory`, as `run` writes its outputs, first
    /// making the report (`refresh`, with `pipeline`) when documents were added with it deferred.
    ///
    /// The add stored `report.json` alone; the Markdown, HTML and annotations are rendered here
    /// from it and the stored documents, by the writer stage's own code, so they are the bytes
    /// `run` writes.
    @discardableResult
    public func writeReport(
        _ name: String, to directory: URL, pipeline: StoryPipeline? = nil, progress: (JobProgress) -> Void = { _ in }
    ) throws -> [URL] {
        if let pipeline { try refresh(name, pipeline: pipeline, progress: progress) }
        let store = try StoryStore(root: root, name: name, create: false)
        guard var result = try store.latestSnapshot()?.result else { throw StoryError.noReport(name) }
        if let stored = result.report, stored.markdown.isEmpty, stored.html.isEmpty {
            let report = try JSONDecoder().decode(Report.self, from: Data(stored.json.utf8))
            result.report = try ReportWriter.renderings(of: report, json: stored.json, documents: try store.parsedDocuments())
        }
        return try ReportFiles.write(result, to: directory)
    }

    /// What changed in `name` since `baseline`; writes `changes.md` and `changes.json` into
    /// `directory`. With `pipeline`, first makes the report of documents added with it deferred (`refresh`).
    ///
    /// With the default baseline (`lastLook`), when the documents not in a report yet were added
    /// with previews (`ReportTiming.preview`) and `exact` is false, it writes those previews'
    /// changes instead (`basis: preview`), making no report and recording no look.
    public func changes(
        _ name: String, since baseline: ChangesBaseline, to directory: URL, pipeline: StoryPipeline? = nil,
        exact: Bool = false, progress: (JobProgress) -> Void = { _ in }
    ) throws -> StoryChangeSet {
        if baseline == .lastLook, !exact, let set = try previewChanges(name) {
            try Self.write(set, to: directory)
            return set
        }
        if let pipeline { try refresh(name, pipeline: pipeline, progress: progress) }
        let store = try StoryStore(root: root, name: name, create: false)
        let summaries = try store.snapshotSummaries()
        guard let newest = summaries.last, let latest = try store.snapshot(id: newest.id) else { throw StoryError.noReport(name) }
        let baselineID: Int64?
        switch baseline {
        case .lastLook:
            let seen = try store.lastLook()
            baselineID = seen.flatMap { id in summaries.last { $0.id == id }?.id }
        case .previousReport:
            guard summaries.count > 1 else { throw StoryError.noEarlierReport(name) }
            baselineID = summaries[summaries.count - 2].id
        case .time(let date):
            baselineID = summaries.last { $0.createdAt <= date }?.id
        }
        let earlier = try baselineID.flatMap(store.snapshot(id:))
        let texts = Dictionary(
            try store.documents().compactMap { stored -> (String, String)? in
                stored.document.encoding == .utf8 ? (stored.document.id, stored.document.content) : nil
            }, uniquingKeysWith: { first, _ in first })
        let diff = StoryDiff(old: try earlier.map(Self.report), new: try Self.report(latest), texts: texts)
        let set = StoryChangeSet(story: name, from: earlier.map(Self.reference), to: Self.reference(latest), changes: diff.changes())
        try Self.write(set, to: directory)
        try store.recordLook(snapshot: latest.id)
        return set
    }

    /// One line per story: name, documents, reports, last update, documents not in a report yet
    /// and the preview adds made since the latest report (how many, the latest when).
    public func list() -> [String] {
        StoryStore.names(root: root).compactMap { name in
            let snapshots: [SnapshotSummary]
            let revision: StoryRevision
            let previews: [StoryPreview]
            do {
                let store = try StoryStore(root: root, name: name, create: false)
                snapshots = try store.snapshotSummaries()
                revision = try store.revision()
                previews = try store.previews(since: revision.snapshot)
            } catch {
                return "\(name)\t(cannot be opened: \(error))"
            }
            let updated = snapshots.last.map { Self.timestamp($0.createdAt) } ?? "never"
            let pending = revision.documents - (snapshots.last?.documents ?? 0)
            return "\(name)\t\(revision.documents) documents\t\(snapshots.count) reports\tupdated \(updated)"
                + (pending > 0 ? "\t\(pending) not in a report yet" : "")
                + (previews.last.map { "\t\(previews.count) preview(s) pending, latest \($0.createdAt)" } ?? "")
        }
    }

    /// A summary of one story: its documents, its latest report's clusters by status, its report
    /// history, and the pending documents with each preview add made since the latest report.
    public func show(_ name: String) throws -> String {
        let store = try StoryStore(root: root, name: name, create: false)
        let documents = try store.documents()
        let snapshots = try store.snapshotSummaries()
        var lines = ["story \(name): \(documents.count) documents, \(snapshots.count) reports"]
        let pending = try store.pendingDocuments()
        if pending > 0 {
            lines.append("\(pending) document(s) not in a report yet (added with the report deferred; `story report` makes it)")
            let previews = try store.previews(since: snapshots.last?.id)
            if !previews.isEmpty {
                lines.append("\(previews.count) preview(s) pending since the latest report (`story changes` shows them):")
                lines += previews.map {
                    "  \($0.createdAt)\t\($0.added.count) added, \($0.compared.count) compared, \($0.changes.count) change(s)"
                        + ($0.dropped.map { $0 > 0 ? ", \($0) already in the latest report" : "" } ?? "")
                }
            }
        }
        if let latest = try store.latestSnapshot() {
            do {
                let report = try Self.report(latest)
                let counts = Dictionary(grouping: report.clusters, by: \.status.rawValue).mapValues(\.count)
                let statuses = counts.keys.sorted().map { "\($0) \(counts[$0] ?? 0)" }.joined(separator: ", ")
                lines.append(
                    "latest report \(latest.id) (\(Self.timestamp(latest.createdAt))): \(report.clusters.count) clusters"
                        + (statuses.isEmpty ? "" : " (\(statuses))") + ", \(report.failed.count) failed")
            } catch {
                lines.append("latest report \(latest.id) cannot be read: \(error)")
            }
        }
        lines.append("documents:")
        lines += documents.map { "  \($0.document.id)\t\($0.document.path)\tadded \(Self.timestamp($0.addedAt))" }
        lines.append("reports:")
        lines += snapshots.map { "  \($0.id)\t\(Self.timestamp($0.createdAt))\t\($0.documents) documents" }
        return lines.joined(separator: "\n")
    }

    static func report(_ snapshot: StorySnapshot) throws -> Report {
        try report(of: snapshot.result, what: "report \(snapshot.id)")
    }

    static func reference(_ snapshot: StorySnapshot) -> SnapshotReference {
        SnapshotReference(snapshot: snapshot.id, createdAt: timestamp(snapshot.createdAt), documents: snapshot.documents)
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }

    static func write(_ set: StoryChangeSet, to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var json = try encoder.encode(set)
        json.append(0x0A)
        try json.write(to: directory.appendingPathComponent("changes.json"), options: .atomic)
        try Data(ChangesRenderer.markdown(set).utf8).write(to: directory.appendingPathComponent("changes.md"), options: .atomic)
    }
}
