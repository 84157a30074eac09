import CrosscheckSchema
import Foundation
import Testing

@testable import ResolverKit

/// Throughput on a synthetic bundle (1 MB with CROSSCHECK_BENCH=1, 100 KB otherwise). Run in
/// release for figures: `CROSSCHECK_BENCH=1 swift test -c release --filter ResolverBenchmark`.
@Suite("ResolverBenchmark")
struct ResolverBenchmark {
    static let paragraph = """
        Polish Energy Minister Paweł Wójcik met Lithuanian Prime Minister Rasa Žemaitienė in Vilnius on Monday. \
        Warsaw said the 2024 Baltic Grid Accord was safe, while Moscow’s objections grew. Wójcik told reporters \
        that the Baltic Energy Agency and Russia’s Foreign Ministry had talked. The Russian President warned \
        “Crimea” residents, and Tomas Kairys, a retired colonel, said Poland-Lithuania-Ukraine ties would hold.
        """

    @Test("Linear-time resolution of a large synthetic bundle")
    func throughput() throws {
        let target = ProcessInfo.processInfo.environment["CROSSCHECK_BENCH"] == "1" ? 1_000_000 : 100_000
        var documents: [ParsedDocument] = []
        var bytes = 0
        var index = 0
        while bytes < target {
            // Documents of ~10 KB each, names varied so the linker has work to do.
            var text = ""
            for p in 0..<20 { text += Self.paragraph.replacingOccurrences(of: "Kairys", with: "Kairys\(index % 50)x\(p % 3)") + "\n" }
            bytes += text.utf8.count
            documents.append(DocumentBuilder.document(id: String(format: "doc%05d", index), text: text))
            index += 1
        }
        // The shipped knowledge base when its data is there (as in production), else the stand-in.
        let resolver = EntityResolver(lexicon: EvalLexicon.shared)
        let linker = EntityLinker(lexicon: EvalLexicon.shared)
        let clock = ContinuousClock()
        var resolved: [ResolvedDocument] = []
        let resolveTime = clock.measure { resolved = documents.map(resolver.resolve) }
        var bundle: LinkedBundle?
        let linkTime = clock.measure { bundle = linker.link(resolved) }
        let mentions = resolved.reduce(0) { $0 + $1.mentions.count }
        let words = documents.reduce(0) { $0 + $1.text.split(separator: " ").count }
        let seconds = Double((resolveTime + linkTime).components.attoseconds) / 1e18 + Double((resolveTime + linkTime).components.seconds)
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        print(
            "ResolverBenchmark: \(bytes) bytes, \(documents.count) docs, \(words) words, \(mentions) mentions in "
                + String(format: "%.3f s", seconds) + " (resolve \(resolveTime), link \(linkTime)): "
                + String(format: "%.0f mentions/s, %.0f words/s", Double(mentions) / seconds, Double(words) / seconds)
                + ", peak RSS \(usage.ru_maxrss / 1024) MB")
        #expect(mentions > bytes / 100)
        #expect(bundle?.entities.contains { $0.id == "pawel-wojcik" } == true)
        #expect(bundle?.entities.contains { $0.name == "Poland" && $0.type == .country } == true)
    }
}
