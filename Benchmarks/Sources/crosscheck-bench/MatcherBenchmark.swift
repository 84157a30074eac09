import BenchmarkSupport
import CrosscheckSchema
import Foundation
import MatcherKit

/// Times `ClaimMatcher.analyse` on synthetic bundles (bundle generation is not timed).
enum MatcherBenchmark {
    static func run(documents: Int) throws -> (claims: Int, seconds: Double) {
        let bundle = SyntheticBundle.make(documents: documents)
        let matcher = try ClaimMatcher()
        let clock = ContinuousClock()
        var analysis: Analysis?
        let elapsed = clock.measure { analysis = matcher.analyse(bundle) }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return (analysis?.claims.count ?? 0, seconds)
    }
}
