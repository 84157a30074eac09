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
        try store.commit(plan.added, result: Self.result("{}"), basedOn: nil)
        let other = RawDocument(id: "b", path: "b.txt", data: Data("Another article.".utf8))
        let stale = AdditionPlan(collected: [other], stored: [])
        #expect(throws: StoryError.changedDuringAdd("s")) { try store.commit(stale.added, result: Self.result("{}"), basedOn: nil) }
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
        #expect(throws: (any Error).self) { try store.commit([stored, stored], result: Self.result("{}"), basedOn: nil) }
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
        #expect(plan.bundle.map(\.id) == ["a", "a~2"])
    }
}
