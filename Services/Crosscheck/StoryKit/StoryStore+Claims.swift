import Foundation
import GRDB

/// The story database's claim index (migration `v6-claim-status`): for each claim the story's
/// latest report clusters, that cluster's id and status.
///
/// Table `claim_status (claim, cluster, status, snapshot)`, replaced in the transaction that
/// commits a report (`commit`), so it always describes the latest report. A preview add
/// reconciles its changes against it (`PreviewReconciler`) by claim id, without reading the
/// stored report. A story whose latest report was made before the table existed has no index
/// until its next report (`claimIndexSnapshot` is then not the latest snapshot).
extension StoryStore {
    static func createClaimIndex(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE claim_status (
                    claim TEXT PRIMARY KEY NOT NULL, cluster TEXT NOT NULL, status TEXT NOT NULL, snapshot INTEGER NOT NULL
                ) WITHOUT ROWID;
                """)
    }

    /// Replaces the claim index with `entries`, the clusters of report `snapshot`.
    static func replaceClaimIndex(_ entries: [ClaimStatus], snapshot: Int64, db: Database) throws {
        try db.execute(sql: "DELETE FROM claim_status")
        let statement = try db.makeStatement(sql: "INSERT OR IGNORE INTO claim_status (claim, cluster, status, snapshot) VALUES (?, ?, ?, ?)")
        for entry in entries { try statement.execute(arguments: [entry.claim, entry.cluster, entry.status, snapshot]) }
    }

    /// The report the claim index describes (nil: none yet). Every row has the same snapshot, so one row is read.
    public func claimIndexSnapshot() throws -> Int64? {
        try pool.read { db in try Int64.fetchOne(db, sql: "SELECT snapshot FROM claim_status LIMIT 1") }
    }

    /// The latest report's cluster and status of each of `claims` it clustered, by claim id.
    public func claimStatuses(_ claims: [String]) throws -> [String: ClaimStatus] {
        try pool.read { db in
            let statement = try db.makeStatement(sql: "SELECT cluster, status FROM claim_status WHERE claim = ?")
            var found: [String: ClaimStatus] = [:]
            for claim in Set(claims) {
                if let row = try Row.fetchOne(statement, arguments: [claim]) {
                    found[claim] = ClaimStatus(claim: claim, cluster: row["cluster"], status: row["status"])
                }
            }
            return found
        }
    }

    /// Sets the status of `claims` in the claim index, keeping their clusters and its snapshot
    /// (claims it lacks are left out): what a test uses to make the latest report disagree with a preview.
    func setIndexedStatus(of claims: [String], to status: String) throws {
        try pool.write { db in
            for claim in claims {
                try db.execute(sql: "UPDATE claim_status SET status = ? WHERE claim = ?", arguments: [status, claim])
            }
        }
    }
}
