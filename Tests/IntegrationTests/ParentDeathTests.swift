import CrosscheckKit
import CrosscheckSchema
import CrosscheckTestKit
import Foundation
import Testing

/// `kill -9` of `crosscheck run` must not leave its coordinator and workers running.
@Suite("Children die with their parent (real processes)", .serialized)
struct ParentDeathTests {
    /// Pids whose parent is `parent`, from /proc.
    static func children(of parent: Int32) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { Int32($0) }.filter { pid in
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")")
            else { return false }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 2 && Int32(fields[1]) == parent
        }
    }

    /// Whether `pid` is still a live process (a zombie waiting to be reaped counts as gone).
    static func isAlive(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return false }
        return !stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z")
    }

    @Test("kill -9 of crosscheck run: the coordinator and every worker exit within seconds")
    func parentSigkill() throws {
        // A bin folder where the "writer" is really a parser: the job waits for a writer that
        // never announces itself, so the pipeline is surely running when its parent is killed.
        let bin = try RepositoryPaths.temporaryFolder("orphan-bin")
        for name in ["crosscheck", "crosscheck-coordinator", "crosscheck-parser", "crosscheck-resolver", "crosscheck-matcher"] {
            try FileManager.default.createSymbolicLink(
                at: bin.appendingPathComponent(name),
                withDestinationURL: RepositoryPaths.binaries.appendingPathComponent(name))
        }
        try FileManager.default.createSymbolicLink(
            at: bin.appendingPathComponent("crosscheck-writer"),
            withDestinationURL: RepositoryPaths.binaries.appendingPathComponent("crosscheck-parser"))
        let out = try RepositoryPaths.temporaryFolder("orphan-out")
        let run = try ChildProcess(
            name: "run", executable: bin.appendingPathComponent("crosscheck"),
            arguments: ["run", RepositoryPaths.seeds.path, "--out", out.path, "--bin-dir", bin.path],
            logFile: out.appendingPathComponent("run.log"))
        var children: [Int32] = []
        let deadline = Date().addingTimeInterval(15)
        while children.count < 5 && Date() < deadline {
            usleep(100_000)
            children = Self.children(of: run.pid)
        }
        #expect(children.count == 5, "children of crosscheck run: \(children)")
        usleep(500_000)
        kill(run.pid, SIGKILL)
        run.process.waitUntilExit()
        let started = Date()
        while children.contains(where: Self.isAlive) && Date().timeIntervalSince(started) < 10 { usleep(100_000) }
        let survivors = children.filter(Self.isAlive)
        print("children gone \(String(format: "%.1f", Date().timeIntervalSince(started))) s after kill -9 of their parent")
        #expect(survivors.isEmpty, "still running: \(survivors)")
        for pid in survivors { kill(pid, SIGKILL) }
    }
}
