import CoordinatorKit
import Foundation
import InMemoryLogging
import Logging
import StageRuntime
import Testing

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

        let handler = InMemoryLogHandler()
        let name = UUID().uuidString
        var configuration = CoordinatorConfiguration(frontend: "inproc://journal-\(name)-frontend",
                                                     backend: "inproc://journal-\(name)-backend")
        configuration.journalPath = path
        let stop = StopToken()
        stop.stop()
        let coordinator = try Coordinator(configuration: configuration, stopToken: stop,
                                          logger: Logger(label: "test.coordinator") { _ in handler })
        // Already stopped: `run()` binds, recovers from the journal, and closes again at once.
        try coordinator.run()

        let errors = handler.entries.filter { $0.level == .error }
        #expect(errors.contains { $0.message.description.contains(path) })
        #expect(errors.contains { $0.metadata["kept"]?.description == path + ".corrupt" })
        #expect(FileManager.default.contents(atPath: path + ".corrupt") == garbage)
        #expect(FileManager.default.contents(atPath: path) == Data())
    }
}
