import Foundation

/// Runs a built Crosscheck executable as a real process and captures what it printed.
public enum CommandRunner {
    public struct Output: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
    }

    /// Runs `name` (from `RepositoryPaths.binaries`) with `arguments` in the repository root,
    /// reading `standardInput` (nothing when nil).
    public static func run(_ name: String, _ arguments: [String], timeout: Double = 300, standardInput: Data? = nil) throws -> Output {
        let process = Process()
        process.executableURL = RepositoryPaths.binaries.appendingPathComponent(name)
        process.arguments = arguments
        process.currentDirectoryURL = RepositoryPaths.root
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
            process.terminate()
            process.waitUntilExit()
        }
        let read = { (url: URL) in String(decoding: (try? Data(contentsOf: url)) ?? Data(), as: UTF8.self) }
        return Output(status: process.terminationStatus, stdout: read(stdoutURL), stderr: read(stderrURL))
    }
}
