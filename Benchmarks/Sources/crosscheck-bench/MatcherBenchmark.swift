import BenchmarkSupport
import CrosscheckSchema
import Foundation
import MatcherKit

/// Times `ClaimMatcher.analyse` on synthetic bundles (bundle generation is not timed).
///
/// Gives wall-clock and process CPU seconds: on a shared machine the wall clock also counts
/// other processes' load, the CPU time only the matcher's own work (it runs on one thread).
enum MatcherBenchmark {
    static func run(documents: Int, names: SyntheticBundle.Names = .fixed) throws -> (claims: Int, seconds: Double, cpuSeconds: Double) {
        let bundle = SyntheticBundle.make(documents: documents, names: names)
        let matcher = try ClaimMatcher()
        let clock = ContinuousClock()
        var analysis: Analysis?
        let cpuStart = cpuSeconds()
        let elapsed = clock.measure { analysis = matcher.analyse(bundle) }
        let cpu = cpuSeconds() - cpuStart
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return (analysis?.claims.count ?? 0, seconds, cpu)
    }

    /// CPU seconds this process has used so far.
    static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
