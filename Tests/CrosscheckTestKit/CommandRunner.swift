import Foundation

/// Runs a built Crosscheck executable as a real process and captures what it printed.
public enum CommandRunner {
    public struct Output: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
    }

    /// Runs any program (`arguments[0]`, a path) in the repository root; returns its exit status
    /// and what it printed on both streams.
    @discardableResult
    public static func shell(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.currentDirectoryURL = RepositoryPaths.root
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Runs `name` (from `RepositoryPaths.binaries`) with `arguments` in `workingDirectory`
    /// (default: the repository root), with `environment` overriding variables of this process's
    /// environment, reading `standardInput` (nothing when nil).
    public static func run(
        _ name: String, _ arguments: [String], timeout: Double = 300,
        environment: [String: String] = [:], standardInput: Data? = nil,
        workingDirectory: URL = RepositoryPaths.root
    ) throws -> Output {
        let process = Process()
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        process.executableURL = RepositoryPaths.binaries.appendingPathComponent(name)
        process.arguments = arguments
        process.currentDirectoryURL = workingDirectory
        let out = try RepositoryPaths.temporaryFolder("cmd")
        let stdoutURL = out.appendingPathComponent("stdout"), stderrURL = out.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: stdoutURL)
        process.standardError = try FileHandle(forWritingTo: stderrURL)
        if let standardInput {
            let inURL = out.appendingPathComponent("stdin")
            try standardInput.write(to: inURL)
            process.standardInput = try FileHandle(forReadingFrom: inURL)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            // Past the deadline: SIGTERM, then SIGKILL if it has not gone 5 s later, so a hung
            // command fails its test instead of hanging the suite.
            process.terminate()
            let grace = Date().addingTimeInterval(5)
            while process.isRunning && Date() < grace { usleep(20_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        let read = { (url: URL) in String(decoding: (try? Data(contentsOf: url)) ?? Data(), as: UTF8.self) }
        return Output(status: process.terminationStatus, stdout: read(stdoutURL), stderr: read(stderrURL))
    }
}
