import CrosscheckSchema
import Foundation
import GRDB

/// The story database's linking keys and previews (migration `v5-document-keys`).
///
/// Tables: `document_key` (each stored document's keys, `DocumentKeys`, one row a key, indexed
/// by key and by document), `key_count` (how many stored documents hold each key, kept with
/// them) and `preview` (each preview add's `StoryPreview`, with the report it was based on).
/// Finding the documents to compare reads only the new documents' keys' rows.
extension StoryStore {
    /// One per-document output as an add stores it: its JSON and its keys.
    struct StoredOutput {
        var id: String
        var settled: Data
        var keys: [String]

        /// `document` encoded as the story stores it, with its keys (`DocumentKeys`).
        init(_ document: SettledDocument, encoder: JSONEncoder) throws {
            id = document.id
            settled = try encoder.encode(document)
            keys = DocumentKeys.keys(of: document)
        }
    }

    /// Creates the key and preview tables and fills the keys of every document already stored.
    static func createKeys(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE document_key (key TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (key, doc)) WITHOUT ROWID;
                CREATE INDEX document_key_doc ON document_key (doc);
                CREATE TABLE key_count (key TEXT PRIMARY KEY NOT NULL, documents INTEGER NOT NULL) WITHOUT ROWID;
                CREATE TABLE preview (
                    id INTEGER PRIMARY KEY AUTOINCREMENT, createdAt DOUBLE NOT NULL, basedOn INTEGER, value BLOB NOT NULL);
                """)
        let rows = try Row.fetchCursor(db, sql: "SELECT id, settled FROM output ORDER BY id")
        var keys: [(String, [String])] = []
        while let row = try rows.next() {
            let settled: Data = row["settled"]
            let mentions = try JSONDecoder().decode(MentionsOnly.self, from: settled).resolved.mentions
            keys.append((row["id"], DocumentKeys.keys(ofEntities: mentions.map(\.entity))))
        }
        for (id, documentKeys) in keys { try replaceKeys(of: id, with: documentKeys, db: db) }
    }

    /// A stored output read for its mentions' entity keys alone.
    private struct MentionsOnly: Decodable {
        struct Resolved: Decodable { var mentions: [Mention] }
        struct Mention: Decodable { var entity: String }
        var resolved: Resolved
    }

    /// Replaces document `id`'s keys, keeping `key_count` in step.
    static func replaceKeys(of id: String, with keys: [String], db: Database) throws {
        for key in try String.fetchAll(db, sql: "SELECT key FROM document_key WHERE doc = ?", arguments: [id]) {
            try db.execute(sql: "UPDATE key_count SET documents = documents - 1 WHERE key = ?", arguments: [key])
        }
        try db.execute(sql: "DELETE FROM document_key WHERE doc = ?", arguments: [id])
        for key in Set(keys).sorted() {
            try db.execute(sql: "INSERT INTO document_key (key, doc) VALUES (?, ?)", arguments: [key, id])
            try db.execute(
                sql: "INSERT INTO key_count (key, documents) VALUES (?, 1) ON CONFLICT (key) DO UPDATE SET documents = documents + 1",
                arguments: [key])
        }
    }

    /// The stored documents holding `key`, by id; nil when more than `DocumentKeys.commonFrom` do.
    static func holders(of key: String, db: Database) throws -> [String]? {
        let count = try Int.fetchOne(db, sql: "SELECT documents FROM key_count WHERE key = ?", arguments: [key]) ?? 0
        guard count <= DocumentKeys.commonFrom else { return nil }
        guard count > 0 else { return [] }
        return try String.fetchAll(db, sql: "SELECT doc FROM document_key WHERE key = ? ORDER BY doc", arguments: [key])
    }

    /// The keys stored for document `id`, sorted.
    public func keys(of id: String) throws -> [String] {
        try pool.read { db in try String.fetchAll(db, sql: "SELECT key FROM document_key WHERE doc = ? ORDER BY key", arguments: [id]) }
    }

    /// The stored documents to compare with new documents whose keys are `keys` (by new document
    /// id), chosen by `DocumentKeys.touched` from the key tables alone; sorted by id.
    public func touchedDocuments(keys: [String: [String]], limit: Int = DocumentKeys.perNewDocument) throws -> [String] {
        try pool.read { db in try DocumentKeys.touched(keys: keys, limit: limit) { try Self.holders(of: $0, db: db) } }
    }

    /// The stored documents with these ids, in the order given (an id the story lacks is left out).
    public func documents(ids: [String]) throws -> [RawDocument] {
        try pool.read { db in
            try ids.compactMap { id in
                try Data.fetchOne(db, sql: "SELECT raw FROM document WHERE id = ?", arguments: [id]).map {
                    try JSONDecoder().decode(RawDocument.self, from: $0)
                }
            }
        }
    }

    /// The stored outputs made under `fingerprint` of the documents with these ids, as stored JSON, in the order given.
    public func outputPayloads(ids: [String], fingerprint: String) throws -> [Data] {
        try pool.read { db in
            try ids.compactMap { id in
                try Data.fetchOne(
                    db, sql: "SELECT settled FROM output WHERE id = ? AND fingerprint = ?", arguments: [id, fingerprint])
            }
        }
    }

    /// The previews of the adds made since the report numbered `snapshot` (nil: since the story
    /// began, before any report), oldest first.
    public func previews(since snapshot: Int64?) throws -> [StoryPreview] {
        try pool.read { db in
            try Data.fetchAll(db, sql: "SELECT value FROM preview WHERE basedOn IS ? ORDER BY id", arguments: [snapshot]).map {
                try JSONDecoder().decode(StoryPreview.self, from: $0)
            }
        }
    }
}
