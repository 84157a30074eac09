import Foundation

/// A Crosscheck executable started as a child process, stopped with SIGTERM (then SIGKILL).
public final class ChildProcess: @unchecked Sendable {
    public let name: String
    public let process: Process
    /// Where the child's standard error goes, if anywhere.
    public let logFile: URL?
    private let output: Pipe?

    /// Starts `executable` with `arguments`; stderr goes to `logFile` when given.
    ///
    /// With `captureOutput`, standard output is kept for `readLine()` (the coordinator prints
    /// its bound endpoints there).
    public init(name: String, executable: URL, arguments: [String], logFile: URL?, captureOutput: Bool = false) throws {
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            throw CrosscheckError(
                code: .executableMissing,
                message: "\(executable.path) is not an executable; build first (swift build) or pass --bin-dir")
        }
        self.name = name
        self.logFile = logFile
        process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let logFile {
            FileManager.default.createFile(atPath: logFile.path, contents: nil)
            let handle = try FileHandle(forWritingTo: logFile)
            process.standardError = handle
            if !captureOutput { process.standardOutput = handle }
        }
        output = captureOutput ? Pipe() : nil
        if let output { process.standardOutput = output }
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    public var pid: Int32 { process.processIdentifier }
    public var isRunning: Bool { process.isRunning }

    /// Whether the child has exited by itself with a failure status (not killed by a signal).
    public var exitedWithFailure: Bool {
        !process.isRunning && process.terminationReason == .exit && process.terminationStatus != 0
    }

    /// The last non-empty line the child wrote to its log (its own error message when it failed),
    /// read from at most the last 4 KiB; nil without a log or when the log is empty.
    public func lastLogLine() -> String? {
        // try?: a log that cannot be read only means the error names no detail.
        guard let logFile, let handle = try? FileHandle(forReadingFrom: logFile) else { return nil }
        // try?: closing a read-only handle has nothing to lose.
        defer { try? handle.close() }
        // try?: as above, an unreadable log gives no detail.
        let size = (try? handle.seekToEnd()) ?? 0
        try? handle.seek(toOffset: size > 4096 ? size - 4096 : 0)
        let tail = String(decoding: (try? handle.readToEnd()) ?? Data(), as: UTF8.self)
        return tail.split(whereSeparator: \.isNewline).last { !$0.allSatisfy(\.isWhitespace) }.map(String.init)
    }

    /// Whether the first 4 KiB of the child's log hold `text` (a worker logs `[StageRuntime] ready`
    /// once it has announced itself to the coordinator).
    public func logHead(contains text: String) -> Bool {
        // try?: a log that cannot be read counts as not holding the text.
        guard let logFile, let handle = try? FileHandle(forReadingFrom: logFile) else { return false }
        // try?: closing a read-only handle has nothing to lose.
        defer { try? handle.close() }
        // try?: as above.
        return String(decoding: (try? handle.read(upToCount: 4096)) ?? Data(), as: UTF8.self).contains(text)
    }

    /// Reads one line of the child's standard output, waiting at most `timeout` seconds.
    public func readLine(timeout: Double) throws -> String {
        guard let output else { throw CrosscheckError(code: .unexpectedOutput, message: "\(name): output not captured") }
        let handle = output.fileHandleForReading
        var bytes = Data()
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            var pollFD = pollfd(fd: handle.fileDescriptor, events: Int16(POLLIN), revents: 0)
            if poll(&pollFD, 1, 100) > 0 {
                var byte: UInt8 = 0
                if read(handle.fileDescriptor, &byte, 1) != 1 { break }
                if byte == 0x0A { return String(decoding: bytes, as: UTF8.self) }
                bytes.append(byte)
            } else if !process.isRunning {
                break
            }
        }
        throw CrosscheckError(code: .startTimeout, message: "\(name) did not start (no endpoint line within \(Int(timeout)) s; see its log)")
    }

    /// Asks the child to stop, waits up to `grace` seconds, then kills it.
    public func stop(grace: Double = 5) {
        guard process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(grace)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}
