import CrosscheckSchema
import Foundation

/// One thing that changed between two reports of a story, pointing at the character spans it is about.
///
/// `kind` is one of `new-source`, `new-conflict`, `new-dispute`, `resolved-conflict`,
/// `resolved-dispute`, `status-change`, `new-evolving-value`, `newly-corroborated`. Cluster ids
/// (`kN`) are those of the newer report (`cluster`) and of the older one (`previousCluster`);
/// they may differ for the same cluster, which is matched by the claims it holds.
public struct StoryChange: Codable, Sendable, Equatable {
    public var kind: String
    public var cluster: String?
    public var previousCluster: String?
    public var label: String?
    public var status: String?
    public var previousStatus: String?
    /// For an evolving value: the slot and the new value.
    public var slot: String?
    public var value: String?
    public var docs: [String]
    public var spans: [ChangeSpan]
    /// In a preview: `latest-report` when the change was checked against the story's latest
    /// report (`previousStatus` is then that report's), `unconfirmed` when it could not be
    /// (`PreviewReconciler`); absent in an exact diff.
    public var check: String?

    public init(
        kind: String, cluster: String? = nil, previousCluster: String? = nil, label: String? = nil,
        status: String? = nil, previousStatus: String? = nil, slot: String? = nil, value: String? = nil,
        docs: [String], spans: [ChangeSpan]
    ) {
        self.kind = kind
        self.cluster = cluster
        self.previousCluster = previousCluster
        self.label = label
        self.status = status
        self.previousStatus = previousStatus
        self.slot = slot
        self.value = value
        self.docs = docs
        self.spans = spans
    }
}

/// A character span in one document (Unicode scalar offsets, as in `report.json`), with its text.
public struct ChangeSpan: Codable, Sendable, Equatable {
    public var doc: String
    public var claim: String?
    public var start: Int
    public var end: Int
    public var text: String

    public init(doc: String, claim: String?, start: Int, end: Int, text: String) {
        self.doc = doc
        self.claim = claim
        self.start = start
        self.end = end
        self.text = text
    }
}

/// `changes.json`: what changed in a story between two of its reports, or what its preview adds changed.
///
/// `basis` is `report` when `changes` compares two of the story's reports (exact), and `preview`
/// when it lists the changes the preview adds since the latest report found (`StoryPreview`):
/// then `from` is that latest report, `to` is absent (no report covers the added documents yet)
/// and `preview` names the adds, the documents each compared and why the exact report may differ.
public struct StoryChangeSet: Codable, Sendable, Equatable {
    public var story: String
    public var basis: String
    /// The older snapshot (nil: the story's beginning) and the newer one (nil for a preview), by number and time.
    public var from: SnapshotReference?
    public var to: SnapshotReference?
    public var preview: PreviewSummary?
    public var changes: [StoryChange]

    public init(
        story: String, basis: String = "report", from: SnapshotReference?, to: SnapshotReference?,
        preview: PreviewSummary? = nil, changes: [StoryChange]
    ) {
        self.story = story
        self.basis = basis
        self.from = from
        self.to = to
        self.preview = preview
        self.changes = changes
    }
}

/// A snapshot as `changes.json` names it.
public struct SnapshotReference: Codable, Sendable, Equatable {
    public var snapshot: Int64
    public var createdAt: String
    public var documents: Int
}
