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

    @Test("a folder contributes its .txt files in order; missing paths and empty folders are reported, not dropped")
    func folders() throws {
        let dir = try RepositoryPaths.temporaryFolder("inputs")
        try Data("b".utf8).write(to: dir.appendingPathComponent("b.txt"))
        try Data("a".utf8).write(to: dir.appendingPathComponent("a.txt"))
        try Data("skip".utf8).write(to: dir.appendingPathComponent("notes.md"))
        let empty = dir.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let request = InputCollector().collect([dir.path, empty.path, dir.appendingPathComponent("nope.txt").path])
        #expect(request.documents.map(\.id) == ["a", "b"])
        #expect(request.unreadable.count == 2)
        #expect(request.unreadable.contains { $0.error.contains("no such file") && $0.path.hasSuffix("nope.txt") })
        #expect(request.unreadable.contains { $0.error.contains("no .txt files") })
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
