import CrosscheckSchema
import Foundation
import GRDB

/// One story's SQLite database (`<stories>/<name>/story.sqlite`), opened in WAL mode.
///
/// Tables: `document` (each article once: id, path, content digest, the raw document as the
/// client read it, when it was added), `output` (each document's per-document stage outputs,
/// sent with later jobs so stored documents skip the parser, resolver and encoder), `snapshot` (every report the story has had, with the
/// bundle-level state it holds: entities, clusters, timeline, as the report JSON, plus the
/// run account; no rendered Markdown, HTML or annotations: `story report` renders them from
/// the report JSON and the stored documents; stories made before that keep them for their
/// latest report), `look` (when `changes` was last read) and `setting` (the pipeline settings of
/// the latest add that deferred its report); `document_key`, `key_count` and `preview` hold each
/// document's linking keys and each preview add's changes (`StoryStore+Keys`). Documents beyond the latest report's count were
/// added with the report deferred (`ReportTiming.later`) and are pending. The
/// schema is created and upgraded by `DatabaseMigrator`. A whole `add` is written by
/// `commit` in one transaction, so a process killed before it returns leaves the story as it was.
public final class StoryStore {
    public let name: String
    public let folder: URL
    let pool: DatabasePool

    /// Opens (and with `create`, first makes) the story `name` under `root`.
    public init(root: URL, name: String, create: Bool) throws {
        guard Self.isValidName(name) else { throw StoryError.invalidName(name) }
        self.name = name
        folder = root.appendingPathComponent(name, isDirectory: true)
        let file = folder.appendingPathComponent("story.sqlite")
        if !FileManager.default.fileExists(atPath: file.path) {
            guard create else { throw StoryError.notFound(name) }
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        pool = try DatabasePool(path: file.path, configuration: configuration)
        try Self.migrator.migrate(pool)
    }

    /// Story names become folder names: letters, digits, `-`, `_` and `.` (not leading).
    public static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first != "." else { return false }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_."))
        return name.unicodeScalars.allSatisfy { allowed.contains($0) && $0.isASCII }
    }

    /// The names of the stories under `root`, sorted.
    public static func names(root: URL) -> [String] {
        // try?: no stories folder yet means no stories.
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return entries.filter {
            FileManager.default.fileExists(atPath: root.appendingPathComponent($0).appendingPathComponent("story.sqlite").path)
        }.sorted()
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "document") { t in
                t.primaryKey("id", .text)
                t.column("path", .text).notNull()
                t.column("digest", .text).notNull().indexed()
                t.column("raw", .blob).notNull()
                t.column("addedAt", .double).notNull()
                t.column("addition", .integer).notNull()
            }
            try db.create(table: "snapshot") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("createdAt", .double).notNull()
                t.column("documents", .integer).notNull()
                t.column("reportJSON", .text)
                t.column("markdown", .text)
                t.column("html", .text)
                t.column("annotations", .text)
                t.column("run", .blob).notNull()
            }
            try db.create(table: "look") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("at", .double).notNull()
                t.column("snapshot", .integer).notNull()
            }
        }
        migrator.registerMigration("v2-outputs") { db in
            try db.create(table: "output") { t in
                t.primaryKey("id", .text).references("document", onDelete: .cascade)
                t.column("settled", .blob).notNull()
            }
        }
        migrator.registerMigration("v3-output-fingerprint") { db in
            try db.alter(table: "output") { t in t.add(column: "fingerprint", .text).notNull().defaults(to: "") }
        }
        migrator.registerMigration("v4-settings") { db in
            try db.create(table: "setting") { t in
                t.primaryKey("key", .text)
                t.column("value", .blob).notNull()
            }
        }
        migrator.registerMigration("v5-document-keys", migrate: Self.createKeys)
        migrator.registerMigration("v6-claim-status", migrate: Self.createClaimIndex)
        return migrator
    }

    /// The stored per-document outputs (parsed, resolved, vectors) made under `fingerprint`, by document id.
    public func outputs(fingerprint: String) throws -> [String: SettledDocument] {
        try outputPayloads(fingerprint: fingerprint).mapValues { try JSONDecoder().decode(SettledDocument.self, from: $0) }
    }

    /// The same outputs as the JSON they are stored as (`SettledDocument` objects, canonical
    /// encoding), which an add sends on without decoding them.
    public func outputPayloads(fingerprint: String) throws -> [String: Data] {
        try pool.read { db in
            var outputs: [String: Data] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, settled FROM output WHERE fingerprint = ?", arguments: [fingerprint]) {
                outputs[row["id"]] = row["settled"]
            }
            return outputs
        }
    }

    /// The parsed documents the latest report quotes (each stored output's resolved document,
    /// whatever its fingerprint: the latest add left every document's output current).
    public func parsedDocuments() throws -> [ParsedDocument] {
        try pool.read { db in
            try Data.fetchAll(db, sql: "SELECT settled FROM output ORDER BY id").map {
                try JSONDecoder().decode(SettledDocument.self, from: $0).resolved.document
            }
        }
    }

    /// Each content digest with the ids of the stored documents having it: what an add needs
    /// to find repeats without reading the documents.
    public func digests() throws -> [String: [String]] {
        try pool.read { db in
            var digests: [String: [String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, digest FROM document ORDER BY id") {
                digests[row["digest"], default: []].append(row["id"])
            }
            return digests
        }
    }

    /// One stored document, or nil when the story holds none with that id.
    public func document(id: String) throws -> RawDocument? {
        try pool.read { db in
            try Data.fetchOne(db, sql: "SELECT raw FROM document WHERE id = ?", arguments: [id]).map {
                try JSONDecoder().decode(RawDocument.self, from: $0)
            }
        }
    }

    /// The latest report's number and the number of stored documents.
    public func revision() throws -> StoryRevision {
        try pool.read(Self.revision)
    }

    private static func revision(_ db: Database) throws -> StoryRevision {
        StoryRevision(
            snapshot: try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM snapshot"),
            documents: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document") ?? 0)
    }

    /// How many stored documents the latest report does not cover yet (added with the report deferred).
    public func pendingDocuments() throws -> Int {
        try pool.read { db in
            let documents = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document") ?? 0
            let reported = try Int.fetchOne(db, sql: "SELECT documents FROM snapshot ORDER BY id DESC LIMIT 1") ?? 0
            return documents - reported
        }
    }

    /// The settings of the latest add that deferred its report, or nil when none did.
    public func settings() throws -> StorySettings? {
        try pool.read { db in
            try Data.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'pipeline'").map {
                try JSONDecoder().decode(StorySettings.self, from: $0)
            }
        }
    }

    /// Every stored document, ordered by id.
    public func documents() throws -> [StoredDocument] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, path, digest, raw, addedAt FROM document ORDER BY id").map { row in
                let raw: Data = row["raw"]
                return StoredDocument(
                    document: try JSONDecoder().decode(RawDocument.self, from: raw),
                    digest: row["digest"], addedAt: Date(timeIntervalSince1970: row["addedAt"]))
            }
        }
    }

    /// Stores the new documents, the per-document outputs the job computed and the report over
    /// all documents, with the report's claim index (`replaceClaimIndex`), in one transaction. `basedOn` is the story's revision when the add read it:
    /// if another add committed since, nothing is written and `StoryError.changedDuringAdd` is thrown.
    @discardableResult
    public func commit(
        _ added: [StoredDocument], result: JobResult, basedOn: StoryRevision, fingerprint: String = "",
        at date: Date = Date()
    ) throws -> Int64 {
        let encoder = MessageCodec.makeEncoder()
        let run = try encoder.encode(result.run)
        let raws = try added.map { try encoder.encode($0.document) }
        let outputs = try (result.settled ?? []).map { try StoredOutput($0, encoder: encoder) }
        let claims = try result.report.map { try ClaimStatus.entries(ofReport: $0.json) } ?? []
        return try pool.write { db in
            try insert(added, raws: raws, outputs: outputs, fingerprint: fingerprint, basedOn: basedOn, at: date, db: db)
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document") ?? 0
            try db.execute(
                sql: """
                    UPDATE snapshot SET markdown = NULL, html = NULL, annotations = NULL
                    WHERE markdown IS NOT NULL OR html IS NOT NULL OR annotations IS NOT NULL
                    """)
            try db.execute(
                sql: "INSERT INTO snapshot (createdAt, documents, reportJSON, run) VALUES (?, ?, ?, ?)",
                arguments: [date.timeIntervalSince1970, count, result.report?.json, run])
            let snapshot = db.lastInsertedRowID
            try Self.replaceClaimIndex(claims, snapshot: snapshot, db: db)
            return snapshot
        }
    }

    /// Stores the new documents and the per-document outputs their job computed, and leaves the
    /// story's report pending (`ReportTiming.later`), in one transaction; `settings` are what the
    /// pending report is to be made with; `preview`, when the add made one, is stored with them
    /// (`ReportTiming.preview`). Refused as `commit` is when the story changed since `basedOn`.
    public func commitPending(
        _ added: [StoredDocument], settled: [SettledDocument], fingerprint: String, settings: StorySettings,
        preview: StoryPreview? = nil, basedOn: StoryRevision, at date: Date = Date()
    ) throws {
        let encoder = MessageCodec.makeEncoder()
        let raws = try added.map { try encoder.encode($0.document) }
        let outputs = try settled.map { try StoredOutput($0, encoder: encoder) }
        let value = try encoder.encode(settings)
        let previewJSON = try preview.map { try encoder.encode($0) }
        try pool.write { db in
            try insert(added, raws: raws, outputs: outputs, fingerprint: fingerprint, basedOn: basedOn, at: date, db: db)
            try db.execute(sql: "INSERT OR REPLACE INTO setting (key, value) VALUES ('pipeline', ?)", arguments: [value])
            if let previewJSON {
                try db.execute(
                    sql: "INSERT INTO preview (createdAt, basedOn, value) VALUES (?, ?, ?)",
                    arguments: [date.timeIntervalSince1970, basedOn.snapshot, previewJSON])
            }
        }
    }

    /// Inserts documents, outputs and the outputs' keys inside a write transaction, after checking the revision.
    private func insert(
        _ added: [StoredDocument], raws: [Data], outputs: [StoredOutput], fingerprint: String,
        basedOn: StoryRevision, at date: Date, db: Database
    ) throws {
        guard try Self.revision(db) == basedOn else { throw StoryError.changedDuringAdd(name) }
        let addition = (try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) + 1 FROM snapshot")) ?? 1
        for (stored, raw) in zip(added, raws) {
            try db.execute(
                sql: "INSERT INTO document (id, path, digest, raw, addedAt, addition) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [
                    stored.document.id, stored.document.path, stored.digest, raw,
                    date.timeIntervalSince1970, addition,
                ])
        }
        for output in outputs {
            try db.execute(
                sql: "INSERT OR REPLACE INTO output (id, settled, fingerprint) VALUES (?, ?, ?)",
                arguments: [output.id, output.settled, fingerprint])
            try Self.replaceKeys(of: output.id, with: output.keys, db: db)
        }
    }

    /// All snapshots, oldest first.
    public func snapshots() throws -> [StorySnapshot] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM snapshot ORDER BY id").map(Self.snapshot)
        }
    }

    /// Every snapshot's number, time and document count, oldest first, without reading the reports.
    public func snapshotSummaries() throws -> [SnapshotSummary] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, createdAt, documents FROM snapshot ORDER BY id").map { row in
                SnapshotSummary(id: row["id"], createdAt: Date(timeIntervalSince1970: row["createdAt"]), documents: row["documents"])
            }
        }
    }

    /// One snapshot by number, or nil when there is none.
    public func snapshot(id: Int64) throws -> StorySnapshot? {
        try pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM snapshot WHERE id = ?", arguments: [id]).map(Self.snapshot)
        }
    }

    /// The newest snapshot, or nil before the first `add`.
    public func latestSnapshot() throws -> StorySnapshot? {
        try pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM snapshot ORDER BY id DESC LIMIT 1").map(Self.snapshot)
        }
    }

    /// The snapshot the last `changes` compared up to, or nil when changes were never read.
    public func lastLook() throws -> Int64? {
        try pool.read { db in try Int64.fetchOne(db, sql: "SELECT snapshot FROM look ORDER BY id DESC LIMIT 1") }
    }

    /// Records that `changes` has shown everything up to `snapshot`.
    public func recordLook(snapshot: Int64, at date: Date = Date()) throws {
        try pool.write { db in
            try db.execute(sql: "INSERT INTO look (at, snapshot) VALUES (?, ?)", arguments: [date.timeIntervalSince1970, snapshot])
        }
    }

    private static func snapshot(_ row: Row) throws -> StorySnapshot {
        let run: Data = row["run"]
        let json: String? = row["reportJSON"]
        let report = json.map {
            RenderedReport(
                json: $0, markdown: row["markdown"] ?? "", html: row["html"] ?? "",
                conflicts: 0, annotations: row["annotations"])
        }
        return StorySnapshot(
            id: row["id"], createdAt: Date(timeIntervalSince1970: row["createdAt"]),
            documents: row["documents"],
            result: JobResult(report: report, run: try JSONDecoder().decode(RunSummary.self, from: run)))
    }
}
