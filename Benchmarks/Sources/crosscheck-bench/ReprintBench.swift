import ArgumentParser
import BenchmarkSupport
import Foundation
import MatcherKit

/// Reprint detection alone: time on synthetic corpora with planted reposts, how it scales, and
/// how many planted pairs it finds.
struct ReprintBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reprints")

    @Option(parsing: .upToNextOption, help: "Corpus sizes in documents.")
    var documents: [Int] = [1000, 10000]

    func run() throws {
        var previous: ReprintBenchmark.Result?
        for n in documents {
            let r = ReprintBenchmark.run(documents: n)
            var line = String(
                format: "reprints: %6d documents, %7d sentences in %6.2f s = %.0f documents/s", n, r.sentences, r.seconds,
                Double(n) / r.seconds)
            line += String(
                format: "; planted %d, found %d of them, %d pairs in all, %d between unrelated documents",
                r.planted, r.foundPlanted, r.found, r.unrelated)
            if let p = previous {
                line += String(format: "; ×%.1f documents took ×%.1f time", Double(n) / Double(p.documents), r.seconds / p.seconds)
            }
            print(line)
            previous = r
        }
        print(String(format: "reprints: peak memory %.0f MiB", PeakMemory.megabytes))
    }
}
