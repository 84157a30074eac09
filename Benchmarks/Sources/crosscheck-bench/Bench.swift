import ArgumentParser

/// `crosscheck-bench`: the speed and memory figures `scripts/bench` reports.
///
/// Figures are given as ratios measured in one run where a baseline exists, because the
/// machine is shared and noisy: absolute numbers vary from run to run, ratios much less.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crosscheck-bench",
        abstract: "Benchmarks of the transport and of each stage.",
        subcommands: [
            TransportBench.self, ParserBench.self, ResolverBench.self, MatcherBench.self, WriterBench.self,
            ReprintBench.self, EncoderBench.self, EncoderProcessBench.self, BigDocumentBench.self,
        ])
}
