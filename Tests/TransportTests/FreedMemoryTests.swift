import Foundation
import Testing

@testable import StageRuntime

@Suite("A stage gives back the memory a big request freed")
struct FreedMemoryTests {
    /// Resident memory of this process in KiB (Linux), nil elsewhere.
    private static func residentKiB() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") }
        return line.flatMap { Int($0.split(separator: " ", omittingEmptySubsequences: true)[1]) }
    }

    @Test("memory freed in many small blocks goes back to the system, as a finished request's does")
    func smallBlocksGoBack() throws {
        try #require(Self.residentKiB() != nil, "needs /proc")
        // About 256 MB in blocks small enough for malloc's arenas (as decoded documents and claims are).
        var blocks: [[UInt8]] = (0..<65_536).map { [UInt8](repeating: UInt8($0 % 251), count: 4000) }
        // A block allocated after them and kept, as a stage keeps its caches: malloc cannot
        // simply lower the top of its heap, so without a trim the freed blocks stay resident.
        let kept = [UInt8](repeating: 1, count: 4000)
        let held = try #require(Self.residentKiB())
        blocks.removeAll()
        let freed = try #require(Self.residentKiB())
        FreedMemory.release()
        let after = try #require(Self.residentKiB())
        #expect(held - freed < 100_000, "freeing alone gives little back: \(held) -> \(freed) KiB")
        #expect(freed - after > 150_000, "resident \(freed) KiB once freed, \(after) KiB after the release")
        #expect(kept.count == 4000)
    }
}
