import CrosscheckKit
import CrosscheckSchema
import CrosscheckTestKit
import Foundation
import Testing

@Suite("Inputs from the command line")
struct InputCollectorTests {
    @Test("ids are file names without extension, made unique with the parent folder when they collide")
    func documentIDs() {
        let ids = InputCollector.documentIDs(for: ["a/crash/01_report.txt", "b/flood/01_report.txt", "c/other.txt"])
        #expect(ids == ["crash/01_report", "flood/01_report", "other"])
    }

    @Test("a folder contributes its article files in order; other files are listed as skipped with why")
    func folders() throws {
        let dir = try RepositoryPaths.temporaryFolder("inputs")
        let put = { (name: String, text: String) in try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        try put("b.txt", "b")
        try put("a.txt", "a")
        try put("notes.md", "notes")
        try put("page.html", "<html><body><p>x</p></body></html>")
        try put("old.htm", "<p>y</p>")
        try put("scan.pdf", "%PDF")
        try put("README.md", "about this folder")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let empty = try RepositoryPaths.temporaryFolder("empty")
        let request = InputCollector().collect([dir.path, empty.path, dir.appendingPathComponent("nope.txt").path])
        #expect(request.documents.map(\.id) == ["a", "b", "notes", "old", "page"])
        #expect(request.documents.first { $0.id == "page" }?.format == .html)
        #expect(request.documents.first { $0.id == "notes" }?.format == nil)
        #expect(request.unreadable.count == 2)
        #expect(request.unreadable.contains { $0.error.contains("no such file") && $0.path.hasSuffix("nope.txt") })
        #expect(request.unreadable.contains { $0.error.contains("folder holds no .txt, .md, .html") })
        let skipped = request.skipped ?? []
        #expect(skipped.map { ($0.path as NSString).lastPathComponent } == ["README.md", "scan.pdf", "sub"])
        #expect(skipped.contains { $0.error.contains(".pdf is not an article format") })
        #expect(skipped.contains { $0.error.contains("notes (README.md)") })
    }

    @Test("the same file name in two folders gives two documents with unique ids, extended past the parent when needed")
    func sameNameInTwoFolders() throws {
        let root = try RepositoryPaths.temporaryFolder("same")
        for branch in ["a", "b"] {
            let dir = root.appendingPathComponent(branch).appendingPathComponent("x")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try Data("text \(branch)".utf8).write(to: dir.appendingPathComponent("same.txt"))
        }
        let paths = ["a", "b"].map { root.appendingPathComponent("\($0)/x/same.txt").path }
        let request = InputCollector().collect(paths)
        #expect(request.documents.map(\.id) == ["a/x/same", "b/x/same"])
        #expect(request.documents.map(\.content) == ["text a", "text b"])
        #expect(InputCollector.documentIDs(for: ["p/same.txt", "p/same.txt", "q/other.txt"]) == ["p/same", "p/same~2", "other"])
    }

    @Test("a symlink loop and a dangling link are reported as such, not as a missing file")
    func symlinks() throws {
        let dir = try RepositoryPaths.temporaryFolder("links")
        let loopA = dir.appendingPathComponent("loop-a.txt"), loopB = dir.appendingPathComponent("loop-b.txt")
        try FileManager.default.createSymbolicLink(atPath: loopA.path, withDestinationPath: loopB.path)
        try FileManager.default.createSymbolicLink(atPath: loopB.path, withDestinationPath: loopA.path)
        let dangling = dir.appendingPathComponent("gone.txt")
        try FileManager.default.createSymbolicLink(atPath: dangling.path, withDestinationPath: dir.appendingPathComponent("nothing").path)
        let request = InputCollector().collect([loopA.path, dangling.path])
        #expect(request.documents.isEmpty)
        #expect(request.unreadable.first { $0.path == loopA.path }?.error.contains("symlink loop") == true)
        #expect(request.unreadable.first { $0.path == dangling.path }?.error.contains("broken symlink") == true)
        #expect(!request.unreadable.contains { $0.error.contains("no such file") })
    }

    @Test("JSON Lines: records carry their metadata and extra fields; a bad line fails alone with its number")
    func jsonLines() throws {
        let dir = try RepositoryPaths.temporaryFolder("jsonl")
        let lines = [
            #"{"id": "wire-1", "text": "Officials said the bridge reopened.", "outlet": "Example Wire", "published": "2024-02-01", "#
                + #""section": "local", "tags": ["a", 1]}"#,
            #"{"html": "<p>A page.</p>", "url": "https://example.org/p", "title": "A page"}"#,
            "",
            #"{"title": "no body"}"#,
            #"{"text": 42}"#,
            "not json at all",
            #"{"text": "Last one.", "language": "en"}"#,
        ]
        let feed = dir.appendingPathComponent("feed.jsonl")
        try Data(lines.joined(separator: "\r\n").utf8).write(to: feed)
        let request = InputCollector().collect([feed.path])
        #expect(request.documents.map(\.id) == ["wire-1", "feed-L2", "feed-L7"])
        let wire = try #require(request.documents.first)
        #expect(wire.content == "Officials said the bridge reopened." && wire.format == .text)
        #expect(wire.given == DocumentMetadata(published: "2024-02-01", outlet: "Example Wire"))
        #expect(wire.extra == ["section": .string("local"), "tags": .array([.string("a"), .number(1)])])
        #expect(request.documents[1].format == .html && request.documents[1].given?.url == "https://example.org/p")
        let errors = request.unreadable.map(\.error)
        #expect(errors.count == 3)
        #expect(errors.contains { $0.hasSuffix("feed.jsonl line 4: record has neither `text` nor `html`") })
        #expect(errors.contains { $0.hasSuffix("feed.jsonl line 5: field `text` must be a string") })
        #expect(errors.contains { $0.hasSuffix("feed.jsonl line 6: not valid JSON") })
    }

    @Test("- reads JSON Lines from standard input")
    func standardInput() {
        let feed = Data((#"{"text": "From a pipe.", "id": "piped"}"# + "\n{broken\n").utf8)
        let request = InputCollector().collect(["-"], standardInput: { feed })
        #expect(request.documents.map(\.id) == ["piped"])
        #expect(request.documents.first?.path == "- line 1")
        #expect(request.unreadable.map(\.error) == ["- line 2: not valid JSON"])
    }

    @Test("a file over the size limit is refused with its size, before it is read")
    func sizeLimit() throws {
        let dir = try RepositoryPaths.temporaryFolder("big")
        let file = dir.appendingPathComponent("big.txt")
        try Data(repeating: 0x61, count: 3 << 20).write(to: file)
        let request = InputCollector(maxDocumentBytes: 1 << 20).collect([file.path])
        #expect(request.documents.isEmpty)
        #expect(request.unreadable.first?.error.contains("3.0 MB, over the 1.0 MB limit") == true)
    }

    @Test("non-UTF-8 bytes travel as base64 and come back unchanged")
    func binaryTravels() {
        let bytes = Data([0x43, 0xE9, 0x00, 0xFF])
        let raw = RawDocument(id: "x", path: "x.txt", data: bytes)
        #expect(raw.encoding == .base64)
        #expect(raw.data == bytes)
    }
}
