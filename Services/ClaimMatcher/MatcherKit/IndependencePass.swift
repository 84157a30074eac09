import CrosscheckSchema

/// Counts a cluster's sources honestly: a document whose claims in the cluster all sit in text it
/// shares with another member is a copy, not an independent source.
///
/// Runs after the verdicts, on judged clusters, so it composes with whatever judged them. Members
/// linked by shared passages that carry their claims form groups; each group counts once, for its
/// likely original (a pair's `original`, else the first document in bundle order), and its other
/// members whose every claim in the cluster is copied are listed in `copies`. An `agreed` cluster
/// left with fewer than two independent documents becomes `single-source`.
public struct IndependencePass: Sendable {
    public init() {}

    public func apply(_ clusters: [Cluster], claims: [Claim], reprints: [ReprintPair], documentOrder: [String]) -> [Cluster] {
        let claimByID = Dictionary(claims.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let rank = Dictionary(documentOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var pairsByDoc: [String: [ReprintPair]] = [:]
        for pair in reprints {
            for doc in pair.docs { pairsByDoc[doc, default: []].append(pair) }
        }
        return clusters.map { cluster in
            judge(cluster, members: cluster.claims.compactMap { claimByID[$0] }, pairsByDoc: pairsByDoc, rank: rank)
        }
    }

    private func judge(_ cluster: Cluster, members: [Claim], pairsByDoc: [String: [ReprintPair]], rank: [String: Int]) -> Cluster {
        var result = cluster
        let docs = cluster.docs.sorted { (rank[$0] ?? Int.max, $0) < (rank[$1] ?? Int.max, $1) }
        let position = Dictionary(docs.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var groups = UnionFind(count: docs.count)
        var copiedClaims = Set<String>()
        var copiedFrom: [String: Set<String>] = [:]
        let byDoc = Dictionary(grouping: members, by: \.doc)
        // A cluster of one document shares no passage within itself (most clusters on large bundles).
        for doc in docs where docs.count > 1 {
            for pair in pairsByDoc[doc] ?? [] {
                guard let other = pair.docs.first(where: { $0 != doc }), let i = position[doc], let j = position[other] else { continue }
                for passage in pair.passages {
                    guard let mine = passage.spans.first(where: { $0.doc == doc }),
                        let theirs = passage.spans.first(where: { $0.doc == other })
                    else { continue }
                    let here = (byDoc[doc] ?? []).filter { Self.inside($0, mine) }
                    let there = (byDoc[other] ?? []).filter { Self.inside($0, theirs) }
                    guard !here.isEmpty, !there.isEmpty else { continue }
                    groups.union(i, j)
                    copiedClaims.formUnion(here.map(\.id))
                    if pair.original == other { copiedFrom[doc, default: []].insert(other) }
                }
            }
        }
        var copies: [ClusterCopy] = []
        var independent: [String] = []
        let grouped = Dictionary(grouping: docs.indices, by: { groups.find($0) })
        for root in grouped.keys.sorted() {
            let group = (grouped[root] ?? []).map { docs[$0] }
            let head = group.first { copiedFrom[$0] == nil } ?? group[0]
            for doc in group {
                let own = (byDoc[doc] ?? []).map(\.id)
                if doc != head, !own.isEmpty, own.allSatisfy(copiedClaims.contains) {
                    copies.append(ClusterCopy(doc: doc, of: head, claims: own.sorted()))
                } else {
                    independent.append(doc)
                }
            }
        }
        result.independentDocs = independent.sorted()
        result.copies = copies.sorted { $0.doc < $1.doc }
        if result.status == .agreed, independent.count < 2 { result.status = .singleSource }
        return result
    }

    /// Whether most of the claim's text lies inside the span.
    static func inside(_ claim: Claim, _ span: DocumentSpan) -> Bool {
        let overlap = min(claim.end, span.end) - max(claim.start, span.start)
        return overlap > 0 && overlap * 2 >= claim.end - claim.start
    }
}
