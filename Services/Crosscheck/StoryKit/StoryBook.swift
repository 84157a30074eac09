import CrosscheckKit
import CrosscheckSchema
import Foundation
import ReportKit

/// The stories under one folder (`--stories`, default `./stories`), and what the `story` commands do with them.
///
/// `add` collects inputs as `run` does (bad input per file, with a reason), drops those the story
/// already holds, runs the pipeline over the stored and new documents (the stored ones with
/// their kept per-document outputs, so only the new ones go through the parser, resolver and
/// encoder), and then stores the new documents, their outputs and the new report in one transaction: a process killed before that transaction
/// commits leaves the story as it was.
public struct StoryBook {
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    /// Adds the articles at `paths` to story `name` (created when new).
    public func add(
        _ name: String, paths: [String], collector: InputCollector, pipeline: StoryPipeline,
        progress: (JobProgress) -> Void = { _ in }
    ) throws -> StoryAddOutcome {
        let store = try StoryStore(root: root, name: name, create: true)
        let collected = collector.collect(paths)
        let failed = collected.unreadable + (collected.skipped ?? [])
        let basedOn = try store.latestSnapshotID()
        let plan = AdditionPlan(collected: collected.documents, stored: try store.documents())
        var outcome = StoryAddOutcome(added: plan.added.map(\.document.id), duplicates: plan.duplicates, failed: failed)
        guard !plan.added.isEmpty else { return outcome }
        let outputs = try store.outputPayloads(fingerprint: pipeline.fingerprint)
        let result = try pipeline.run(plan.bundle, settled: plan.bundle.compactMap { outputs[$0.id] }, progress: progress)
        guard result.report != nil else {
            throw CrosscheckError(
                code: .noReport,
                message: "the pipeline made no report (\(result.error ?? "no reason given")); story '\(name)' is unchanged")
        }
        outcome.snapshot = try store.commit(plan.added, result: result, basedOn: basedOn, fingerprint: pipeline.fingerprint)
        outcome.result = result
        return outcome
    }

    /// Writes the latest report of `name` into `directory`, as `run` writes its outputs.
    ///
    /// The add stored `report.json` alone; the Markdown, HTML and annotations are rendered here
    /// from it and the stored documents, by the writer stage's own code, so they are the bytes
    /// `run` writes.
    @discardableResult
    public func writeReport(_ name: String, to directory: URL) throws -> [URL] {
        let store = try StoryStore(root: root, name: name, create: false)
        guard var result = try store.latestSnapshot()?.result else { throw StoryError.noReport(name) }
        if let stored = result.report, stored.markdown.isEmpty, stored.html.isEmpty {
            let report = try JSONDecoder().decode(Report.self, from: Data(stored.json.utf8))
            result.report = try ReportWriter.renderings(of: report, json: stored.json, documents: try store.parsedDocuments())
        }
        return try ReportFiles.write(result, to: directory)
    }

    /// What changed in `name` since `baseline`; writes `changes.md` and `changes.json` into `directory`.
    public func changes(_ name: String, since baseline: ChangesBaseline, to directory: URL) throws -> StoryChangeSet {
        let store = try StoryStore(root: root, name: name, create: false)
        let snapshots = try store.snapshots()
        guard let latest = snapshots.last else { throw StoryError.noReport(name) }
        let earlier: StorySnapshot?
        switch baseline {
        case .lastLook:
            let seen = try store.lastLook()
            earlier = seen.flatMap { id in snapshots.last { $0.id == id } }
        case .previousReport:
            guard snapshots.count > 1 else { throw StoryError.noEarlierReport(name) }
            earlier = snapshots[snapshots.count - 2]
        case .time(let date):
            earlier = snapshots.last { $0.createdAt <= date }
        }
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

    /// One line per story: name, documents, reports, last update.
    public func list() -> [String] {
        StoryStore.names(root: root).compactMap { name in
            let snapshots: [StorySnapshot]
            do {
                snapshots = try StoryStore(root: root, name: name, create: false).snapshots()
            } catch {
                return "\(name)\t(cannot be opened: \(error))"
            }
            let documents = snapshots.last?.documents ?? 0
            let updated = snapshots.last.map { Self.timestamp($0.createdAt) } ?? "never"
            return "\(name)\t\(documents) documents\t\(snapshots.count) reports\tupdated \(updated)"
        }
    }

    /// A summary of one story: its documents, its latest report's clusters by status, its report history.
    public func show(_ name: String) throws -> String {
        let store = try StoryStore(root: root, name: name, create: false)
        let documents = try store.documents()
        let snapshots = try store.snapshots()
        var lines = ["story \(name): \(documents.count) documents, \(snapshots.count) reports"]
        if let latest = snapshots.last {
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
        guard let json = snapshot.result.report?.json else {
            throw CrosscheckError(code: .noReport, message: "report \(snapshot.id) holds no report.json")
        }
        return try JSONDecoder().decode(Report.self, from: Data(json.utf8))
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
