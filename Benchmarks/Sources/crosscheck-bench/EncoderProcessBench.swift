import ArgumentParser
import BenchmarkSupport
import EncoderKit
import Foundation

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
        print(
            String(
                format: "{\"load\": %.4f, \"seconds\": %.4f, \"cpuSeconds\": %.4f, \"sentences\": %d, \"peakMiB\": %.1f}",
                load, seconds, cpu, count, PeakMemory.megabytes))
    }

    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        return user + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }
}
