import Foundation

/// The process's peak resident memory: VmHWM from /proc on Linux, `ru_maxrss` elsewhere.
public enum PeakMemory {
    /// Peak resident set size in bytes (0 when neither source answers).
    public static var bytes: Int {
        // try?: /proc is absent off Linux; getrusage answers there.
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = Int(line.filter(\.isNumber))
        {
            return kilobytes * 1024
        }
        var usage = rusage()
        #if os(Linux)
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
        return Int(usage.ru_maxrss) * 1024
        #else
        guard getrusage(RUSAGE_SELF, &usage) == 0 else { return 0 }
        return Int(usage.ru_maxrss)
        #endif
    }

    /// Peak resident set size in MiB.
    public static var megabytes: Double { Double(bytes) / 1_048_576 }
}
