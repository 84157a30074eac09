import ArgumentParser
import CrosscheckSchema
import EncoderKit
import Foundation
import Knowledge
import ParserKit

/// The Swift encoder against sentence-transformers: sentences per second, peak memory per
/// process and model load time, each side in its own process, same sentences, same threads.
///
/// The sentences are the body sentences of the bench corpus (parsed here), written to a
/// file; `encoder-process` (this binary) and `scripts/encoder/peer.py` (in the venv that
/// `scripts/encoder-reference` makes) each load the model, encode the file one document at a
/// time as the stage does, and print one JSON line of figures.
struct EncoderBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "encoder")

    @Option(help: "Sentences to encode (the corpus's body sentences, repeated if needed).")
    var sentences = 1000

    @Option(help: "Threads for both sides (OPENBLAS_NUM_THREADS / torch.set_num_threads).")
    var threads = 2

    @Option(help: "Rounds, alternating the two sides; each side's best round is reported (the machine is shared).")
    var rounds = 2

    @Option(help: "Python of the sentence-transformers venv (the peer); empty skips it.")
    var python = (ProcessInfo.processInfo.environment["CROSSCHECK_CACHE"] ?? NSHomeDirectory() + "/.cache/crosscheck") + "/st-venv/bin/python"

    func run() throws {
        let model = try ModelLocator.locate()
        let file = try writeSentences()
        let me = Bundle.main.executableURL?.path ?? CommandLine.arguments[0]
        let hasPeer = !python.isEmpty && FileManager.default.isExecutableFile(atPath: python)
        var swiftRounds: [EncoderFigures] = []
        var peerRounds: [EncoderFigures] = []
        for _ in 0..<max(1, rounds) {
            swiftRounds.append(try EncoderFigures.measure(me, ["encoder-process", file.path, model.path], threads: threads))
            if hasPeer {
                peerRounds.append(
                    try EncoderFigures.measure(
                        python, ["scripts/encoder/peer.py", file.path, model.path, String(threads)],
                        threads: threads))
            }
        }
        let swift = EncoderFigures.best(swiftRounds)
        print(swift.line("swift (EncoderKit, OpenBLAS)"))
        guard hasPeer else {
            print("encoder: no Python peer at \(python) (scripts/encoder-reference creates it); skipped")
            return
        }
        let peer = EncoderFigures.best(peerRounds)
        print(peer.line("python (sentence-transformers, torch)"))
        print(
            String(
                format: "encoder: swift/python = %.2f× sentences per second (%.2f× per CPU second); "
                    + "load %.3f s vs %.3f s; peak %.0f vs %.0f MiB per process; %d thread(s), best of %d round(s)",
                swift.rate / peer.rate, swift.cpuRate / peer.cpuRate, swift.load, peer.load,
                swift.peakMiB, peer.peakMiB, threads, max(1, rounds)))
    }

    /// One sentence per line (newlines inside a sentence become spaces), documents separated by blank lines.
    private func writeSentences() throws -> URL {
        let knowledge = try KnowledgeBase.bundled()
        let parser = ArticleParser(knowledge: knowledge)
        let texts = try BenchCorpus.texts(root: URL(fileURLWithPath: "."))
        var documents: [[String]] = texts.enumerated().compactMap { n, text in
            let raw = RawDocument(id: "e\(n)", path: "bench/e\(n).txt", data: Data(text.utf8))
            // try?: the parser fixtures include deliberately bad inputs, which the benchmark skips.
            return (try? parser.parse(raw)).map { EncodeRequest($0).sentences.map { $0.replacingOccurrences(of: "\n", with: " ") } }
        }.filter { !$0.isEmpty }
        guard !documents.isEmpty else { throw BenchError("no corpus sentences; run from the repository root") }
        var chosen: [[String]] = []
        var count = 0
        var index = 0
        while count < sentences {
            let document = Array(documents[index % documents.count].prefix(sentences - count))
            chosen.append(document)
            count += document.count
            index += 1
        }
        documents = chosen
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("crosscheck-encoder-bench.txt")
        try documents.map { $0.joined(separator: "\n") }.joined(separator: "\n\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }
}
