import Foundation
import InMemoryLogging
import Logging
import StageRuntime
import Testing

@testable import CoordinatorKit

/// A coordinator that cannot read its journal says so and keeps the file aside.
@Suite("Journal recovery")
struct JournalRecoveryTests {
    @Test("an unreadable journal is logged as an error naming it and kept aside as .corrupt")
    func unreadableJournal() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("journal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("coordinator.journal").path
        let garbage = Data("this is not a journal\nnor is this line\n".utf8)
        #expect(FileManager.default.createFile(atPath: path, contents: garbage))

        let name = UUID().uuidString
        var configuration = CoordinatorConfiguration(
            frontend: "inproc://journal-\(name)-frontend",
            backend: "inproc://journal-\(name)-backend")
        configuration.journalPath = path
        // Already stopped: `run()` binds, recovers from the journal, and closes again at once.
        let handler = try StoppedCoordinatorRun.log(configuration)

        let errors = handler.entries.filter { $0.level == .error }
        #expect(errors.contains { $0.message.description.contains(path) })
        #expect(errors.contains { $0.metadata["kept"]?.description == path + ".corrupt" })
        #expect(FileManager.default.contents(atPath: path + ".corrupt") == garbage)
        #expect(FileManager.default.contents(atPath: path) == Data())
    }
}

/// A journal torn by a crash mid-write is cut back to its last whole record when reopened.
@Suite("Journal torn tail")
struct JournalTornTailTests {
    @Test("records written after a torn record are read back, on lines of their own")
    func appendsAfterTornRecord() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("journal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("coordinator.journal").path
        let first = try Journal(path: path, maxBytes: 1 << 20)
        #expect(first.accepted(job: "j-1", frame: Data("{\"job\":1}\n".utf8)))
        first.replied(job: "j-1", item: "parse/a", frame: Data("{\"reply\":\"a\"}\n".utf8))
        first.close()
        let whole = try #require(FileManager.default.contents(atPath: path))
        // A crash mid-write: a reply header whose frame never came, then half a header.
        let torn = FileHandle(forWritingAtPath: path)
        _ = try torn?.seekToEnd()
        torn?.write(Data("{\"item\":\"parse/b\",\"job\":\"j-1\",\"kind\":\"reply\"}\n{\"job\":\"j-1\",\"ki".utf8))
        try torn?.close()

        let second = try Journal(path: path, maxBytes: 1 << 20)
        #expect(FileManager.default.contents(atPath: path) == whole)
        #expect(second.accepted(job: "j-2", frame: Data("{\"job\":2}\n".utf8)))
        second.close()

        let third = try Journal(path: path, maxBytes: 1 << 20)
        let jobs = try third.unfinished()
        #expect(jobs.map(\.job) == ["j-1", "j-2"])
        #expect(jobs.first?.entries.map(\.record.kind) == [.job, .reply])
        #expect(jobs.last?.entries.first?.frame == Data("{\"job\":2}\n".utf8))
        third.close()
    }
}
