import Foundation
import Knowledge

/// The command line of a training dump tool: `TOOL [FLAG...] INPUT.json OUTPUT.ndjson`.
///
/// Reads the input bundles, hands them with the bundled knowledge, an in-process pipeline and
/// the flags given (each one of the tool's `flags`) to `lines`, and writes what it returns, one
/// JSON object per line. A wrong argument count or an unknown flag exits 2 with the usage; any
/// failure exits 1 with one line naming the tool and the input.
public enum TrainingDump {
    /// Runs `lines` under the tool's command line; never returns.
    public static func main(
        tool: String, flags: Set<String> = [],
        lines: (TrainingInput, KnowledgeBase, TrainingPipeline, Set<String>) throws -> [Data]
    ) -> Never {
        let given = CommandLine.arguments.dropFirst().filter { $0.hasPrefix("--") }
        let arguments = CommandLine.arguments.filter { !$0.hasPrefix("--") }
        guard arguments.count == 3, given.allSatisfy(flags.contains) else {
            let usage = flags.sorted().map { "[\($0)] " }.joined()
            FileHandle.standardError.write(Data("usage: \(tool) \(usage)INPUT.json OUTPUT.ndjson\n".utf8))
            exit(2)
        }
        do {
            let input = try TrainingInput.read(arguments[1])
            let knowledge = try KnowledgeBase.bundled()
            let pipeline = try TrainingPipeline(knowledge: knowledge)
            var out = Data()
            for line in try lines(input, knowledge, pipeline, Set(given)) {
                out.append(line)
                out.append(Data("\n".utf8))
            }
            try out.write(to: URL(fileURLWithPath: arguments[2]))
        } catch {
            FileHandle.standardError.write(Data("\(tool): \(arguments[1]): \(error)\n".utf8))
            exit(1)
        }
        exit(0)
    }

    /// `value` as one line of sorted-key JSON.
    public static func line(_ value: some Encodable) throws -> Data {
        let json = JSONEncoder()
        json.outputFormatting = [.sortedKeys]
        return try json.encode(value)
    }
}
