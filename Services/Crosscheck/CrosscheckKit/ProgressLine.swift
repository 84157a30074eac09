import CrosscheckSchema
import Foundation

/// Shows a job's progress: one rewritten line on a terminal, plain log lines otherwise.
public final class ProgressLine {
    private let isTerminal: Bool
    private var last = ""

    public init(isTerminal: Bool = isatty(STDERR_FILENO) != 0) {
        self.isTerminal = isTerminal
    }

    public static func describe(_ p: JobProgress) -> String {
        let stages = ["parser", "resolver", "matcher", "writer"].map { "\($0) \(p.done[$0] ?? 0)/\(p.documents)" }
        var line = stages.joined(separator: " · ")
        if p.failed > 0 { line += " · failed \(p.failed)" }
        if let c = p.conflicts { line += " · conflicts \(c)" }
        return line
    }

    public func update(_ p: JobProgress) {
        let line = Self.describe(p)
        guard line != last else { return }
        last = line
        let text = isTerminal ? "\r\u{1B}[K\(line)" : "progress: \(line)\n"
        FileHandle.standardError.write(Data(text.utf8))
    }

    public func finish() {
        if isTerminal && !last.isEmpty { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
