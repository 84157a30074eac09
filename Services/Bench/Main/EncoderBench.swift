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
                peerRounds.append(try EncoderFigures.measure(python, ["scripts/encoder/peer.py", file.path, model.path, String(threads)],
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
        print(String(format: "encoder: swift/python = %.2f× sentences per second (%.2f× per CPU second); "
                     + "load %.3f s vs %.3f s; peak %.0f vs %.0f MiB per process; %d thread(s), best of %d round(s)",
                     swift.rate / peer.rate, swift.cpuRate / peer.cpuRate, swift.load, peer.load,
                     swift.peakMiB, peer.peakMiB, threads, max(1, rounds)))
    }

    /// One sentence per line (newlines inside a sentence become spaces), documents separated by blank lines.
    private func writeSentences() throws -> URL {
        let knowledge = try KnowledgeBase.bundled()
        let parser = ArticleParser(knowledge: knowledge)
        let texts = BenchCorpus.texts(root: URL(fileURLWithPath: "."))
        var documents: [[String]] = texts.enumerated().compactMap { n, text in
            let raw = RawDocument(id: "e\(n)", path: "bench/e\(n).txt", data: Data(text.utf8))
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

/// What one side reports: `{"load": s, "seconds": s, "cpuSeconds": s, "sentences": n, "peakMiB": m}`.
struct EncoderFigures: Decodable {
    var load: Double
    var seconds: Double
    /// User + system CPU time of the encoding (all threads).
    var cpuSeconds: Double
    var sentences: Int
    var peakMiB: Double

    var rate: Double { Double(sentences) / seconds }
    var cpuRate: Double { Double(sentences) / max(cpuSeconds, 1e-9) }

    /// The round with the highest rate, with the highest peak memory and load time seen.
    static func best(_ rounds: [EncoderFigures]) -> EncoderFigures {
        var best = rounds.max { $0.rate < $1.rate } ?? rounds[0]
        best.peakMiB = rounds.map(\.peakMiB).max() ?? best.peakMiB
        best.load = rounds.map(\.load).max() ?? best.load
        return best
    }

    func line(_ label: String) -> String {
        String(format: "encoder: %@: %d sentences in %.2f s = %.0f sentences/s (%.0f per CPU second); model load %.3f s; peak %.0f MiB",
               label, sentences, seconds, rate, cpuRate, load, peakMiB)
    }

    /// Runs `executable` with the thread count set and decodes the last line it prints.
    static func measure(_ executable: String, _ arguments: [String], threads: Int) throws -> EncoderFigures {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["OPENBLAS_NUM_THREADS"] = String(threads)
        environment["OMP_NUM_THREADS"] = String(threads)
        environment["HF_HUB_OFFLINE"] = "1"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let last = String(decoding: output, as: UTF8.self).split(separator: "\n").last else {
            throw BenchError("\(executable) \(arguments.joined(separator: " ")) failed with status \(process.terminationStatus)")
        }
        return try JSONDecoder().decode(EncoderFigures.self, from: Data(last.utf8))
    }
}

/// The Swift side of the encoder bench, in a process of its own so its peak memory is the encoder's.
struct EncoderProcessBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "encoder-process", shouldDisplay: false)

    @Argument var sentencesFile: String
    @Argument var modelDirectory: String

    func run() throws {
        let text = try String(contentsOfFile: sentencesFile, encoding: .utf8)
        let documents = text.components(separatedBy: "\n\n").map { $0.components(separatedBy: "\n") }
        let loadStart = Date()
        let encoder = try SentenceEncoder(directory: URL(fileURLWithPath: modelDirectory))
        let load = Date().timeIntervalSince(loadStart)
        let start = Date()
        let cpuStart = Self.cpuSeconds()
        var count = 0
        for document in documents { count += encoder.encode(document).count }
        let seconds = Date().timeIntervalSince(start)
        let cpu = Self.cpuSeconds() - cpuStart
        print(String(format: "{\"load\": %.4f, \"seconds\": %.4f, \"cpuSeconds\": %.4f, \"sentences\": %d, \"peakMiB\": %.1f}",
                     load, seconds, cpu, count, PeakMemory.megabytes))
    }

    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        return user + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }
}
