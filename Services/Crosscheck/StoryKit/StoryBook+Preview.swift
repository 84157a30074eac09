import CrosscheckKit
import CrosscheckSchema
import Foundation

/// Preview adds (`ReportTiming.preview`): what k new documents change in the blocks they touch,
/// found without making the story's report.
extension StoryBook {
    /// Runs the preview of `plan`'s new documents, in one pipeline session of three jobs: the new
    /// documents through the per-document stages (their outputs give their keys), then a report of
    /// the stored documents sharing keys with them (`StoryStore.touchedDocuments`) alone, and one
    /// of those with the new documents, both with the stored outputs (only the new documents were
    /// parsed and resolved); the preview is the `StoryDiff` of the two. Reads no stored report
    /// and only the compared documents. Returns the per-document job's result and the preview.
    func preview(
        _ store: StoryStore, adding plan: AdditionPlan, pipeline: StoryPipeline, at date: Date = Date(),
        progress: (JobProgress) -> Void
    ) throws -> (JobResult, StoryPreview) {
        let added = plan.added.map(\.document)
        let fingerprint = pipeline.fingerprint
        return try pipeline.session(.report, progress: progress) { submit in
            let computed = try Self.checkedDocuments(submit(added, [], .perDocument), story: store.name)
            let settled = computed.settled ?? []
            guard !settled.isEmpty else {
                // Every new document failed (named in the result's run.documents): nothing to compare.
                return (computed, StoryPreview(createdAt: Self.timestamp(date), added: added.map(\.id), compared: [], changes: []))
            }
            let keys = Dictionary(settled.map { ($0.id, DocumentKeys.keys(of: $0)) }, uniquingKeysWith: { first, _ in first })
            let compared = try store.touchedDocuments(keys: keys)
            let stored = try store.documents(ids: compared)
            let outputs = try store.outputPayloads(ids: compared, fingerprint: fingerprint)
            let before = try stored.isEmpty ? nil : Self.checked(submit(stored, outputs, .report), story: store.name)
            let settledIDs = Set(settled.map(\.id))
            let encoder = MessageCodec.makeEncoder()
            let newOutputs = try settled.map { try encoder.encode($0) }
            let bundle = (stored + added.filter { settledIDs.contains($0.id) }).sorted { $0.id < $1.id }
            let after = try Self.checked(submit(bundle, outputs + newOutputs, .report), story: store.name)
            let texts = Dictionary(
                added.compactMap { $0.encoding == .utf8 ? ($0.id, $0.content) : nil }, uniquingKeysWith: { first, _ in first })
            let afterReport = try Self.report(of: after)
            let diff = StoryDiff(old: try before.map { try Self.report(of: $0) }, new: afterReport, texts: texts)
            let indexed = try store.claimIndexSnapshot()
            let latest = try store.revision().snapshot
            let reconciler = PreviewReconciler(after: afterReport, added: Set(added.map(\.id))) { claims in
                indexed != nil && indexed == latest ? try store.claimStatuses(claims) : [:]
            }
            let (changes, dropped) = try reconciler.reconcile(diff.changes())
            let preview = StoryPreview(
                createdAt: Self.timestamp(date), added: added.map(\.id), compared: compared, changes: changes, dropped: dropped)
            return (computed, preview)
        }
    }

    /// The report.json a report job returned (`what` names it in the error when it holds none), decoded.
    static func report(of result: JobResult, what: String = "the job's result") throws -> Report {
        guard let json = result.report?.json else { throw CrosscheckError(code: .noReport, message: "\(what) holds no report.json") }
        return try JSONDecoder().decode(Report.self, from: Data(json.utf8))
    }

    /// The changes the preview adds since the story's latest report found (`basis: preview`), or
    /// nil when no document is pending or none of the pending adds made a preview.
    func previewChanges(_ name: String) throws -> StoryChangeSet? {
        let store = try StoryStore(root: root, name: name, create: false)
        let pending = try store.pendingDocuments()
        guard pending > 0 else { return nil }
        let latest = try store.snapshotSummaries().last
        let previews = try store.previews(since: latest?.id)
        guard !previews.isEmpty else { return nil }
        let from = latest.map { SnapshotReference(snapshot: $0.id, createdAt: Self.timestamp($0.createdAt), documents: $0.documents) }
        let summary = PreviewSummary(
            adds: previews.map { PreviewAdd(createdAt: $0.createdAt, added: $0.added, compared: $0.compared, dropped: $0.dropped) },
            pending: pending, caveat: StoryPreview.caveat)
        return StoryChangeSet(story: name, basis: "preview", from: from, to: nil, preview: summary, changes: previews.flatMap(\.changes))
    }
}
