import CrosscheckSchema
import Foundation

/// The coordinator's append-only journal of accepted jobs and completed stage replies (the
/// guide's Titanic pattern), so a coordinator that crashes resumes its unfinished jobs.
///
/// Each record is one JSON header line (`Journal.Record`), followed for `job` and `reply`
/// records by the frame itself as it crossed the socket (already one JSON line), so nothing is
/// encoded twice. A job's records are dropped (the file rewritten, then renamed over the old
/// one) once its result is delivered. Beyond `maxBytes` new jobs are not journaled (and say
/// so in the log); the jobs already in it still are.
public final class Journal {
    /// One journal entry's header.
    struct Record: Codable, Equatable {
        enum Kind: String, Codable { case job, reply, fail, done }
        var kind: Kind
        var job: String
        /// The work item a `reply` answers or a `fail` gives up.
        var item: String?
        var reason: String?
    }

    /// What the journal holds for one unfinished job, in order.
    struct Entry {
        var record: Record
        var frame: Data?
    }

    public let path: String
    let maxBytes: Int
    private var handle: FileHandle
    private var size: Int
    private var journaled: Set<String> = []

    public init(path: String, maxBytes: Int) throws {
        self.path = path
        self.maxBytes = maxBytes
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        if !FileManager.default.fileExists(atPath: path) {
            FileManager.default.createFile(atPath: path, contents: nil)
        }
        handle = try FileHandle(forWritingTo: url)
        size = Int(try handle.seekToEnd())
        try cutTornTail()
    }

    /// Cuts the file back to its last whole record, so records appended after a crash that tore
    /// one start on a line of their own instead of being glued to the torn bytes.
    private func cutTornTail() throws {
        // try?: a file whose first record is damaged is left whole; `unfinished()` reports it and sets it aside.
        guard size > 0, let data = FileManager.default.contents(atPath: path),
            let whole = try? Self.scan(data).wholeBytes, whole < data.count
        else { return }
        try handle.truncate(atOffset: UInt64(whole))
        size = Int(try handle.seekToEnd())
    }

    /// The unfinished jobs' entries, oldest first, grouped by job in the order jobs arrived.
    func unfinished() throws(JournalError) -> [(job: String, entries: [Entry])] {
        let entries = try Self.read(path)
        let done = Set(entries.filter { $0.record.kind == .done }.map(\.record.job))
        var order: [String] = []
        var byJob: [String: [Entry]] = [:]
        for entry in entries where !done.contains(entry.record.job) {
            if byJob[entry.record.job] == nil { order.append(entry.record.job) }
            byJob[entry.record.job, default: []].append(entry)
        }
        journaled = Set(order)
        return order.map { ($0, byJob[$0] ?? []) }
    }

    /// Records an accepted job with its submission frame; false when the cap left it out.
    @discardableResult
    func accepted(job: String, frame: Data) -> Bool {
        guard size + frame.count < maxBytes else { return false }
        journaled.insert(job)
        append(Record(kind: .job, job: job), frame: frame)
        // try?: fsync is best effort; the record is written, and a crash would lose only this job's resume.
        try? handle.synchronize()
        return true
    }

    /// Records a reply that was accepted for `item`.
    func replied(job: String, item: String, frame: Data) {
        guard journaled.contains(job) else { return }
        append(Record(kind: .reply, job: job, item: item), frame: frame)
    }

    /// Records that `item` failed for good.
    func failed(job: String, item: String, reason: String) {
        guard journaled.contains(job) else { return }
        append(Record(kind: .fail, job: job, item: item, reason: reason), frame: nil)
    }

    /// Records that a job's result was delivered, and compacts the journal.
    func delivered(job: String) {
        guard journaled.remove(job) != nil else { return }
        append(Record(kind: .done, job: job), frame: nil)
        compact()
    }

    func close() {
        // try?: closing at shutdown; every record is already written.
        try? handle.close()
    }

    private func append(_ record: Record, frame: Data?) {
        // try?: a record of plain strings always encodes.
        guard var line = try? MessageCodec.makeEncoder().encode(record) else { return }
        line.append(0x0A)
        if let frame {
            line.append(frame)
            if frame.last != 0x0A { line.append(0x0A) }
        }
        handle.write(line)
        size += line.count
    }

    /// Rewrites the journal with only the unfinished jobs' records.
    private func compact() {
        // try?: a journal that cannot be read was reported and set aside at start; compacting only saves space,
        // and when it fails halfway the old journal stays whole. (This covers the `try?` below too.)
        guard let kept = try? unfinished() else { return }
        let temporary = path + ".compacting"
        FileManager.default.createFile(atPath: temporary, contents: nil)
        guard let out = FileHandle(forWritingAtPath: temporary) else { return }
        var written = 0
        for (_, entries) in kept {
            for entry in entries {
                // try?: a record of plain strings always encodes.
                guard var line = try? MessageCodec.makeEncoder().encode(entry.record) else { continue }
                line.append(0x0A)
                if let frame = entry.frame { line.append(frame) }
                out.write(line)
                written += line.count
            }
        }
        // try?: a compaction that fails here leaves the old journal whole (the rename below is checked).
        try? out.synchronize()
        try? out.close()
        guard rename(temporary, path) == 0, let reopened = FileHandle(forWritingAtPath: path) else { return }
        // try?: the old handle's file was just replaced; a fresh handle has an end to seek to.
        try? handle.close()
        handle = reopened
        _ = try? handle.seekToEnd()
        size = written
    }

    /// Puts an unreadable journal aside (renamed `<path>.corrupt`, or `.corrupt.2`, … when taken)
    /// so nothing in it is lost, and starts an empty one; returns where the old one went.
    func setAside() throws -> String {
        var aside = path + ".corrupt"
        var attempt = 1
        while FileManager.default.fileExists(atPath: aside) {
            attempt += 1
            aside = path + ".corrupt.\(attempt)"
        }
        try handle.close()
        try FileManager.default.moveItem(atPath: path, toPath: aside)
        FileManager.default.createFile(atPath: path, contents: nil)
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        size = 0
        journaled = []
        return aside
    }

    /// Every record in the file; a torn last record (a crash mid-write) is ignored.
    ///
    /// Throws `JournalError` when the file exists but cannot be read, or when its first
    /// record does not decode although more lines follow (not a journal, or damaged).
    static func read(_ path: String) throws(JournalError) -> [Entry] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path) }
        do {
            return try scan(data).entries
        } catch {
            throw .malformed(path: path)
        }
    }

    /// The whole records at the start of `data`, and how many bytes they take.
    ///
    /// A record is whole when its header line, and for `job` and `reply` records its frame line,
    /// end with a newline and the header decodes. Throws when the first header does not decode
    /// although more lines follow (not a journal, or damaged).
    static func scan(_ data: Data) throws -> (entries: [Entry], wholeBytes: Int) {
        var entries: [Entry] = []
        var wholeBytes = 0
        var cursor = data.startIndex
        /// The next newline-terminated line, or nil at a torn or missing line.
        func nextLine() -> Data? {
            guard cursor < data.endIndex, let newline = data[cursor...].firstIndex(of: 0x0A) else { return nil }
            defer { cursor = newline + 1 }
            return data[cursor...newline]
        }
        let decoder = JSONDecoder()
        while let header = nextLine() {
            // try?: a header that does not decode ends the records (a torn write), unless nothing came before.
            guard let record = try? decoder.decode(Record.self, from: header.dropLast()) else {
                if entries.isEmpty, cursor < data.endIndex { throw JournalError.malformed(path: "") }
                break
            }
            var frame: Data?
            if record.kind == .job || record.kind == .reply {
                guard let next = nextLine() else { break }
                frame = Data(next)
            }
            entries.append(Entry(record: record, frame: frame))
            wholeBytes = cursor - data.startIndex
        }
        return (entries, wholeBytes)
    }
}

/// Why the coordinator's journal could not be read back.
public enum JournalError: Error, Equatable, CustomStringConvertible {
    /// The file exists but cannot be read.
    case unreadable(path: String)
    /// The file's first record does not decode although more lines follow.
    case malformed(path: String)

    public var description: String {
        switch self {
        case .unreadable(let path): "the journal \(path) cannot be read"
        case .malformed(let path): "the journal \(path) does not start with a journal record"
        }
    }
}
