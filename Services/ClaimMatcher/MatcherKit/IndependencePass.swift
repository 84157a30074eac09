import CrosscheckSchema

/// Counts a cluster's sources honestly: a document whose claims in the cluster all sit in text it
/// shares with another member is a copy, not an independent source.
///
/// Runs after the verdicts, on judged clusters, so it composes with whatever judged them. Members
/// linked by shared passages that carry their claims form groups; each group counts once, for its
/// likely original (a pair's `original`, else the first document in bundle order), and its other
/// members whose every claim in the cluster is copied are listed in `copies`. An `agreed` or
/// `related` cluster left with fewer than two independent documents becomes `single-source`.
public struct IndependencePass: Sendable {
    public init() {}

    public func apply(_ clusters: [Cluster], claims: [Claim], reprints: [ReprintPair], documentOrder: [String]) -> [Cluster] {
        let claimByID = Dictionary(claims.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let rank = Dictionary(documentOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var shared = SharedText(reprints: reprints)
        for (index, pair) in reprints.enumerated() {
            for doc in pair.docs {
                guard let other = pair.docs.first(where: { $0 != doc }) else { continue }
                shared.partners[doc, default: []].append(Partner(other: other, pair: index))
                shared.pairs[DocumentPair(doc: doc, other: other)] = index
            }
        }
        return clusters.map { cluster in
            judge(cluster, members: cluster.claims.compactMap { claimByID[$0] }, shared: shared, rank: rank)
        }
    }

    /// Another document sharing text with one, and the index of their pair.
    struct Partner {
        var other: String
        var pair: Int
    }

    /// Two documents, in either order.
    struct DocumentPair: Hashable {
        var doc: String
        var other: String
    }

    /// The reprint pairs, reachable by document and by pair of documents.
    struct SharedText {
        var reprints: [ReprintPair]
        var partners: [String: [Partner]] = [:]
        var pairs: [DocumentPair: Int] = [:]

        /// The partners of `doc` among `docs`: read from the smaller of its partners and `docs`.
        func partners(of doc: String, among docs: [String], position: [String: Int]) -> [Partner] {
            let all = partners[doc] ?? []
            guard all.count > docs.count else { return all.filter { position[$0.other] != nil } }
            return docs.compactMap { other in pairs[DocumentPair(doc: doc, other: other)].map { Partner(other: other, pair: $0) } }
        }
    }

    private func judge(_ cluster: Cluster, members: [Claim], shared: SharedText, rank: [String: Int]) -> Cluster {
        var result = cluster
        let docs = cluster.docs.sorted { (rank[$0] ?? Int.max, $0) < (rank[$1] ?? Int.max, $1) }
        let position = Dictionary(docs.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var groups = UnionFind(count: docs.count)
        var copiedClaims = Set<String>()
        var copiedFrom: [String: Set<String>] = [:]
        let byDoc = Dictionary(grouping: members, by: \.doc)
        // A cluster of one document shares no passage within itself (most clusters on large bundles).
        for doc in docs where docs.count > 1 {
            for partner in shared.partners(of: doc, among: docs, position: position) {
                let other = partner.other, pair = shared.reprints[partner.pair]
                guard let i = position[doc], let j = position[other] else { continue }
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
        if result.status == .agreed || result.status == .related, independent.count < 2 { result.status = .singleSource }
        return result
    }

    /// Whether most of the claim's text lies inside the span.
    static func inside(_ claim: Claim, _ span: DocumentSpan) -> Bool {
        let overlap = min(claim.end, span.end) - max(claim.start, span.start)
        return overlap > 0 && overlap * 2 >= claim.end - claim.start
    }
}
