import CrosscheckSchema
import Foundation

/// Compares two reports of one story and lists what changed, cluster by cluster.
///
/// Cluster ids may renumber between reports, so clusters are matched by their claims (claim
/// ids `doc#cN` are stable per document): a new cluster's predecessor is the old cluster that
/// shares most claims with it (the earliest on a tie). An old conflict or dispute is resolved
/// when no cluster now holding its claims still has that status.
public struct StoryDiff {
    public let old: Report?
    public let new: Report
    private let claims: [String: Claim]
    private let oldClusterOfClaim: [String: Int]
    /// Each document's original text (by id), for the spans of new sources.
    private let texts: [String: String]

    public init(old: Report?, new: Report, texts: [String: String] = [:]) {
        self.old = old
        self.new = new
        self.texts = texts
        var claims: [String: Claim] = [:]
        for claim in (old?.claims ?? []) + new.claims { claims[claim.id] = claim }
        self.claims = claims
        var owner: [String: Int] = [:]
        for (index, cluster) in (old?.clusters ?? []).enumerated() {
            for claim in cluster.claims where owner[claim] == nil { owner[claim] = index }
        }
        oldClusterOfClaim = owner
    }

    /// Every change, sources first, then clusters in the newer report's order, then resolutions.
    public func changes() -> [StoryChange] {
        newSources() + new.clusters.flatMap(clusterChanges) + resolutions()
    }

    private static let contested: Set<ClusterStatus> = [.conflicting, .disputed]

    func newSources() -> [StoryChange] {
        let before = Set(old?.documents.map(\.id) ?? [])
        return new.documents.filter { !before.contains($0.id) }.map { document in
            let span = document.headings.first ?? document.sentences.first
            let spans =
                span.map {
                    [
                        ChangeSpan(
                            doc: document.id, claim: nil, start: $0.start, end: $0.end,
                            text: Self.text(of: $0, in: document.extractedText ?? texts[document.id]))
                    ]
                } ?? []
            return StoryChange(
                kind: "new-source", label: document.outlet ?? document.title ?? document.path,
                docs: [document.id], spans: spans)
        }
    }

    /// The old cluster sharing most claims with `cluster`, if any.
    func predecessor(of cluster: Cluster) -> Cluster? {
        var shared: [Int: Int] = [:]
        for claim in cluster.claims { if let index = oldClusterOfClaim[claim] { shared[index, default: 0] += 1 } }
        guard let best = shared.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }) else { return nil }
        return old?.clusters[best.key]
    }

    func clusterChanges(_ cluster: Cluster) -> [StoryChange] {
        let before = predecessor(of: cluster)
        func change(_ kind: String, claims: [String], slot: String? = nil, value: String? = nil) -> StoryChange {
            StoryChange(
                kind: kind, cluster: cluster.id, previousCluster: before?.id, label: cluster.label,
                status: cluster.status.rawValue, previousStatus: before?.status.rawValue, slot: slot, value: value,
                docs: cluster.docs, spans: spans(claims))
        }
        var result: [StoryChange] = []
        let statusChanged = before.map { $0.status != cluster.status } ?? false
        if Self.contested.contains(cluster.status), before?.status != cluster.status {
            result.append(change(cluster.status == .disputed ? "new-dispute" : "new-conflict", claims: cluster.claims))
        } else if cluster.status == .agreed, before?.status != .agreed {
            result.append(change("newly-corroborated", claims: cluster.claims))
        } else if statusChanged {
            result.append(change("status-change", claims: cluster.claims))
        }
        if cluster.status == .evolving {
            let known = Set((before?.conflicts ?? []).flatMap { conflict in conflict.values.map { "\(conflict.slot)=\($0.value)" } })
            for conflict in cluster.conflicts {
                for value in conflict.values where !known.contains("\(conflict.slot)=\(value.value)") {
                    result.append(change("new-evolving-value", claims: value.claims, slot: conflict.slot, value: value.value.description))
                }
            }
        }
        return result
    }

    func resolutions() -> [StoryChange] {
        guard let old else { return [] }
        var clusterOfClaim: [String: Cluster] = [:]
        for cluster in new.clusters { for claim in cluster.claims { clusterOfClaim[claim] = cluster } }
        return old.clusters.filter { Self.contested.contains($0.status) }.compactMap { cluster in
            let now = cluster.claims.compactMap { clusterOfClaim[$0] }
            guard !now.contains(where: { $0.status == cluster.status }) else { return nil }
            let successor = now.first
            return StoryChange(
                kind: cluster.status == .disputed ? "resolved-dispute" : "resolved-conflict",
                cluster: successor?.id, previousCluster: cluster.id, label: cluster.label,
                status: successor?.status.rawValue, previousStatus: cluster.status.rawValue,
                docs: successor?.docs ?? cluster.docs, spans: spans(cluster.claims))
        }
    }

    private func spans(_ ids: [String]) -> [ChangeSpan] {
        ids.compactMap { claims[$0] }.map { ChangeSpan(doc: $0.doc, claim: $0.id, start: $0.start, end: $0.end, text: $0.text) }
    }

    /// The text of a span (Unicode scalar offsets) in `source`, or "" when it is unknown or out of range.
    static func text(of span: TextSpan, in source: String?) -> String {
        guard let source else { return "" }
        let scalars = Array(source.unicodeScalars)
        guard span.start >= 0, span.end <= scalars.count, span.start <= span.end else { return "" }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.start..<span.end])
        return String(view)
    }
}
