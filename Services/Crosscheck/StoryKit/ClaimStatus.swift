import Foundation

/// One claim of a report with its cluster's id and status (a row of the claim index).
public struct ClaimStatus: Sendable, Equatable {
    public var claim: String
    public var cluster: String
    public var status: String

    public init(claim: String, cluster: String, status: String) {
        self.claim = claim
        self.cluster = cluster
        self.status = status
    }

    /// The claims a report.json's clusters hold (the first cluster holding a claim wins); a
    /// report without clusters gives none. Decodes only the clusters' ids, statuses and claims.
    public static func entries(ofReport json: String) throws -> [ClaimStatus] {
        let clusters = try JSONDecoder().decode(ClustersOnly.self, from: Data(json.utf8)).clusters ?? []
        return clusters.flatMap { cluster in
            cluster.claims.map { ClaimStatus(claim: $0, cluster: cluster.id, status: cluster.status) }
        }
    }

    private struct ClustersOnly: Decodable {
        struct Entry: Decodable {
            var id: String
            var status: String
            var claims: [String]
        }
        var clusters: [Entry]?
    }
}
