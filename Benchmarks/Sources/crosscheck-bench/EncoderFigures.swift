import Foundation

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
        String(
            format: "encoder: %@: %d sentences in %.2f s = %.0f sentences/s (%.0f per CPU second); model load %.3f s; peak %.0f MiB",
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
            let last = String(decoding: output, as: UTF8.self).split(separator: "\n").last
        else {
            throw BenchError("\(executable) \(arguments.joined(separator: " ")) failed with status \(process.terminationStatus)")
        }
        return try JSONDecoder().decode(EncoderFigures.self, from: Data(last.utf8))
    }
}
