import CrosscheckSchema
import Foundation
import GRDB
import Testing

@testable import StoryKit

/// The story database: WAL, one transaction per add, duplicates found by content.
@Suite("story store")
struct StoryStoreTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("story-store-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func result(_ json: String) -> JobResult {
        JobResult(
            report: RenderedReport(json: json, markdown: "md", html: "html", conflicts: 0),
            run: RunSummary(job: "j", seconds: 1, instances: [], documents: []))
    }

    @Test("documents and the report are stored together; WAL mode is on; a missing story is an error")
    func commitAndReopen() throws {
        let root = try Self.folder()
        let store = try StoryStore(root: root, name: "s", create: true)
        let mode = try store.pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        let document = RawDocument(id: "a", path: "a.txt", data: Data("Officials said the bridge reopened.".utf8))
        let plan = AdditionPlan(collected: [document], stored: try store.documents())
        try store.commit(plan.added, result: Self.result("{}"), basedOn: .empty)
        let other = RawDocument(id: "b", path: "b.txt", data: Data("Another article.".utf8))
        let stale = AdditionPlan(collected: [other], stored: [])
        #expect(throws: StoryError.changedDuringAdd("s")) { try store.commit(stale.added, result: Self.result("{}"), basedOn: .empty) }
        let reopened = try StoryStore(root: root, name: "s", create: false)
        #expect(try reopened.documents().map(\.document) == [document])
        #expect(try reopened.latestSnapshot()?.result.report?.json == "{}")
        #expect(StoryStore.names(root: root) == ["s"])
        #expect(throws: StoryError.notFound("t")) { try StoryStore(root: root, name: "t", create: false) }
        #expect(throws: StoryError.invalidName("../x")) { try StoryStore(root: root, name: "../x", create: true) }
    }

    @Test("a failed commit leaves nothing behind")
    func atomicCommit() throws {
        let store = try StoryStore(root: try Self.folder(), name: "s", create: true)
        let document = RawDocument(id: "a", path: "a.txt", data: Data("text one".utf8))
        let stored = StoredDocument(document: document, digest: StoredDocument.digest(of: document))
        #expect(throws: (any Error).self) { try store.commit([stored, stored], result: Self.result("{}"), basedOn: .empty) }
        #expect(try store.documents().isEmpty)
        #expect(try store.snapshots().isEmpty)
    }

    @Test("the same content is added once; another article with a taken id gets the next ~N")
    func additionPlan() {
        let a = RawDocument(id: "a", path: "x/a.txt", data: Data("first".utf8))
        let stored = [StoredDocument(document: a, digest: StoredDocument.digest(of: a))]
        let same = RawDocument(id: "copy", path: "y/copy.txt", data: Data("first".utf8))
        let other = RawDocument(id: "a", path: "z/a.txt", data: Data("second".utf8))
        let plan = AdditionPlan(collected: [same, other, other], stored: stored)
        #expect(plan.added.map(\.document.id) == ["a~2"])
        #expect(plan.duplicates == ["y/copy.txt: already in the story as a", "z/a.txt: already in the story as a~2"])
        #expect(plan.bundle(stored: [a]).map(\.id) == ["a", "a~2"])
    }

    @Test("planning an add reads a stored document only when its digest matches a new one")
    func planReadsOnlyMatches() throws {
        let a = RawDocument(id: "a", path: "a.txt", data: Data("first".utf8))
        let b = RawDocument(id: "b", path: "b.txt", data: Data("second".utf8))
        let stored = [a, b].map { StoredDocument(document: $0, digest: StoredDocument.digest(of: $0)) }
        let digests = Dictionary(grouping: stored, by: \.digest).mapValues { $0.map(\.document.id) }
        var loaded: [String] = []
        let fresh = RawDocument(id: "b", path: "new/b.txt", data: Data("third".utf8))
        let repeated = RawDocument(id: "x", path: "x.txt", data: Data("first".utf8))
        let plan = AdditionPlan(collected: [fresh, repeated], digests: digests) { id in
            loaded.append(id)
            return [a, b].first { $0.id == id }
        }
        #expect(loaded == ["a"])
        #expect(plan.added.map(\.document.id) == ["b~2"])
        #expect(plan.duplicates == ["x.txt: already in the story as a"])
    }

    @Test("a deferred add stores documents, outputs and settings but no report; a stale one is refused")
    func pendingCommit() throws {
        let store = try StoryStore(root: try Self.folder(), name: "s", create: true)
        let a = RawDocument(id: "a", path: "a.txt", data: Data("first".utf8))
        try store.commit(AdditionPlan(collected: [a], stored: []).added, result: Self.result("{}"), basedOn: .empty)
        let revision = try store.revision()
        #expect(revision == StoryRevision(snapshot: 1, documents: 1))
        let b = RawDocument(id: "b", path: "b.txt", data: Data("second".utf8))
        let plan = try AdditionPlan(collected: [b], digests: try store.digests(), load: store.document(id:))
        let settings = StorySettings(embeddings: false, knowledgeFiles: ["extra.json"], maxDocumentMegabytes: 4)
        try store.commitPending(plan.added, settled: [], fingerprint: "f", settings: settings, basedOn: revision)
        #expect(try store.pendingDocuments() == 1 && store.snapshots().count == 1)
        #expect(try store.settings() == settings)
        #expect(try store.document(id: "b") == b)
        let c = RawDocument(id: "c", path: "c.txt", data: Data("third".utf8))
        let stale = AdditionPlan(collected: [c], stored: [])
        #expect(throws: StoryError.changedDuringAdd("s")) {
            try store.commitPending(stale.added, settled: [], fingerprint: "f", settings: settings, basedOn: revision)
        }
        #expect(throws: StoryError.changedDuringAdd("s")) { try store.commit(stale.added, result: Self.result("{}"), basedOn: revision) }
        try store.commit([], result: Self.result("{\"r\": 2}"), basedOn: try store.revision())
        #expect(try store.pendingDocuments() == 0 && store.latestSnapshot()?.documents == 2)
        #expect(ReportTiming.auto.defers(stored: ReportTiming.deferFrom) && !ReportTiming.auto.defers(stored: ReportTiming.deferFrom - 1))
        #expect(ReportTiming.auto.resolved(stored: ReportTiming.deferFrom) == .preview)
        #expect(ReportTiming.auto.resolved(stored: ReportTiming.deferFrom - 1) == .now)
    }

    /// A per-document output whose mentions name `keys`.
    static func settled(_ id: String, keys: [String]) -> SettledDocument {
        let parsed = ParsedDocument(id: id, path: "\(id).txt", text: "text of \(id)")
        let mentions = keys.map { EntityMention(start: 0, end: 4, text: "text", sentence: nil, via: .name, entity: $0) }
        return SettledDocument(parsed: parsed, resolved: ResolvedDocument(document: parsed, mentions: mentions))
    }

    /// Stores documents `ids` with outputs naming `keys[id]`, deferred, in one add.
    static func store(_ keys: [String: [String]], in store: StoryStore) throws {
        let documents = keys.keys.sorted().map { RawDocument(id: $0, path: "\($0).txt", data: Data("article \($0)".utf8)) }
        let plan = AdditionPlan(collected: documents, stored: [])
        let settings = StorySettings(embeddings: false, knowledgeFiles: [], maxDocumentMegabytes: 16)
        try store.commitPending(
            plan.added, settled: keys.keys.sorted().map { settled($0, keys: keys[$0] ?? []) }, fingerprint: "f",
            settings: settings, basedOn: try store.revision())
    }

    @Test("a preview compares the stored documents sharing the rarest keys with a new one, ties by id, capped")
    func keySelection() throws {
        let store = try StoryStore(root: try Self.folder(), name: "s", create: true)
        try Self.store(
            [
                "a": ["country:x", "deal:rare"], "b": ["country:x"], "c": ["country:x", "person:p"],
                "d": ["person:p"], "e": ["town:unrelated"], "f": ["deal:rare", "person:p"],
            ], in: store)
        #expect(try store.keys(of: "a") == ["country:x", "deal:rare"])
        #expect(try store.keys(of: "e") == ["town:unrelated"])
        let new = ["n": ["country:x", "deal:rare", "person:p", "never:seen"]]
        // f: 1/2 + 1/3, a: 1/2 + 1/3, c: 1/3 + 1/3, d: 1/3, b: 1/3; e shares nothing.
        #expect(try store.touchedDocuments(keys: new) == ["a", "b", "c", "d", "f"])
        #expect(try store.touchedDocuments(keys: new, limit: 2) == ["a", "f"])
        #expect(try store.touchedDocuments(keys: new, limit: 3) == ["a", "c", "f"])
        #expect(try store.touchedDocuments(keys: new, limit: 4) == ["a", "b", "c", "f"], "b and d tie: the first id wins")
        #expect(try store.touchedDocuments(keys: ["n": ["never:seen"]]).isEmpty)
        // Each new document gets its own cap; the union is compared.
        #expect(try store.touchedDocuments(keys: ["m": ["town:unrelated"], "n": ["deal:rare"]], limit: 1) == ["a", "e"])
    }

    @Test("a key more than DocumentKeys.commonFrom stored documents hold is not followed")
    func commonKeys() throws {
        let store = try StoryStore(root: try Self.folder(), name: "s", create: true)
        let many = Dictionary(
            uniqueKeysWithValues: (0...DocumentKeys.commonFrom).map { (String(format: "d%04d", $0), ["country:x"]) })
        try Self.store(many.merging(["z": ["country:x", "deal:rare"]]) { first, _ in first }, in: store)
        #expect(try store.touchedDocuments(keys: ["n": ["country:x"]]).isEmpty)
        #expect(try store.touchedDocuments(keys: ["n": ["country:x", "deal:rare"]]) == ["z"])
    }

    @Test("opening a story made before the key tables fills in its documents' keys; a preview is stored with its add")
    func keysBackfilledAndPreviewStored() throws {
        let root = try Self.folder()
        let folder = root.appendingPathComponent("old")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: folder.appendingPathComponent("story.sqlite").path)
        try StoryStore.migrator.migrate(queue, upTo: "v4-settings")
        let encoder = MessageCodec.makeEncoder()
        try queue.write { db in
            for (id, keys) in [("a", ["deal:rare", "person:p"]), ("b", ["person:p"])] {
                let raw = try encoder.encode(RawDocument(id: id, path: "\(id).txt", data: Data(id.utf8)))
                try db.execute(
                    sql: "INSERT INTO document (id, path, digest, raw, addedAt, addition) VALUES (?, ?, '', ?, 0, 1)",
                    arguments: [id, "\(id).txt", raw])
                try db.execute(
                    sql: "INSERT INTO output (id, settled, fingerprint) VALUES (?, ?, 'f')",
                    arguments: [id, try encoder.encode(Self.settled(id, keys: keys))])
            }
        }
        try queue.close()
        let store = try StoryStore(root: root, name: "old", create: false)
        #expect(try store.keys(of: "a") == ["deal:rare", "person:p"] && store.keys(of: "b") == ["person:p"])
        #expect(try store.touchedDocuments(keys: ["n": ["deal:rare"]]) == ["a"])

        let preview = StoryPreview(createdAt: "t", added: ["n"], compared: ["a"], changes: [])
        let n = RawDocument(id: "n", path: "n.txt", data: Data("new".utf8))
        try store.commitPending(
            AdditionPlan(collected: [n], stored: []).added, settled: [Self.settled("n", keys: ["deal:rare"])], fingerprint: "f",
            settings: StorySettings(embeddings: false, knowledgeFiles: [], maxDocumentMegabytes: 16), preview: preview,
            basedOn: try store.revision())
        #expect(try store.previews(since: nil) == [preview] && store.previews(since: 1).isEmpty)
        #expect(try store.touchedDocuments(keys: ["m": ["deal:rare"]]) == ["a", "n"], "the add stored its documents' keys")
        #expect(try store.outputPayloads(ids: ["n", "zz", "a"], fingerprint: "f").count == 2)
        #expect(try store.documents(ids: ["n", "a"]).map(\.id) == ["n", "a"])
    }
}
