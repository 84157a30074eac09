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
    }
}
