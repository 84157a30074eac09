import CrosscheckSchema
import Foundation

/// Checks a preview's changes against the story's latest report, through its claim index
/// (`StoryStore.claimStatuses`), so a preview does not announce as new what the latest report
/// already showed.
///
/// The preview's "before" report covers only the compared documents, so a cluster with claims
/// in documents outside them may look single-source there though the latest report had it
/// agreed or contested already. For each change about a cluster, the claims of stored documents
/// it holds (for a resolution: the resolved cluster's claims) are looked up in the index:
/// - the latest report gave one of them the change's status (for a resolution: none of them had
///   the resolved status): the change is not new, and is dropped (counted in `dropped`);
/// - some are found: the change is kept, with `previousStatus`/`previousCluster` those of the
///   latest report (of its cluster holding most of them, ties by claim order) and `check`
///   `latest-report`;
/// - none is found (the cluster's other claims are the new documents', or in documents added
///   since the latest report, or the index is missing), or an evolving value the latest report
///   may already have held: kept with `check` `unconfirmed`.
/// New sources are kept as they are. Lookups are by claim id, so the cost follows the preview.
public struct PreviewReconciler {
    public static let confirmed = "latest-report"
    public static let unconfirmed = "unconfirmed"
    private static let statusKinds: Set<String> = ["new-conflict", "new-dispute", "newly-corroborated", "status-change"]

    /// The preview's "after" report (the compared documents with the new ones).
    let after: Report
    /// The new documents, by id.
    let added: Set<String>
    /// The latest report's cluster and status of the claims it holds, by claim id.
    let lookup: ([String]) throws -> [String: ClaimStatus]

    public init(after: Report, added: Set<String>, lookup: @escaping ([String]) throws -> [String: ClaimStatus]) {
        self.after = after
        self.added = added
        self.lookup = lookup
    }

    /// The changes kept (in order, with `check` set) and how many were dropped.
    public func reconcile(_ changes: [StoryChange]) throws -> (changes: [StoryChange], dropped: Int) {
        let clusters = Dictionary(after.clusters.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let docOfClaim = Dictionary(after.claims.map { ($0.id, $0.doc) }, uniquingKeysWith: { first, _ in first })
        var kept: [StoryChange] = []
        var dropped = 0
        for change in changes {
            if let checked = try reconcile(change, clusters: clusters, docOfClaim: docOfClaim) {
                kept.append(checked)
            } else {
                dropped += 1
            }
        }
        return (kept, dropped)
    }

    private func reconcile(_ change: StoryChange, clusters: [String: Cluster], docOfClaim: [String: String]) throws -> StoryChange? {
        guard change.kind != "new-source" else { return change }
        let resolution = change.kind.hasPrefix("resolved-")
        let claims: [String]
        if resolution {
            claims = change.spans.compactMap(\.claim)
        } else {
            let held = change.cluster.flatMap { clusters[$0] }?.claims ?? []
            claims = held.filter { docOfClaim[$0].map { !added.contains($0) } ?? false }
        }
        let found = try lookup(claims)
        let latest = claims.compactMap { found[$0] }
        var checked = change
        guard let dominant = Self.dominant(latest) else {
            checked.check = Self.unconfirmed
            return checked
        }
        let statuses = Set(latest.map(\.status))
        if resolution {
            guard let previous = change.previousStatus, statuses.contains(previous) else { return nil }
            checked.check = Self.confirmed
            return checked
        }
        if Self.statusKinds.contains(change.kind), let status = change.status, statuses.contains(status) { return nil }
        if change.kind == "new-evolving-value", statuses.contains(ClusterStatus.evolving.rawValue) {
            checked.check = Self.unconfirmed
            return checked
        }
        checked.previousStatus = dominant.status
        checked.previousCluster = dominant.cluster
        checked.check = Self.confirmed
        return checked
    }

    /// The latest report's cluster holding most of `entries` (ties: the one met first), as
    /// `StoryDiff` picks a cluster's predecessor.
    static func dominant(_ entries: [ClaimStatus]) -> ClaimStatus? {
        var counts: [String: Int] = [:]
        for entry in entries { counts[entry.cluster, default: 0] += 1 }
        var best: ClaimStatus?
        for entry in entries where best == nil || counts[entry.cluster, default: 0] > counts[best?.cluster ?? "", default: 0] {
            best = entry
        }
        return best
    }
}
