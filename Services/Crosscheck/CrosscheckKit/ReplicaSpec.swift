import CrosscheckSchema
import Foundation

/// Parses `--replicas parser=2,resolver=2` into instance counts per stage.
public enum ReplicaSpec {
    public static func parse(_ text: String) throws -> [Stage: Int] {
        var result: [Stage: Int] = [:]
        for part in text.split(separator: ",") where !part.isEmpty {
            let kv = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard kv.count == 2, let stage = Stage(rawValue: kv[0]), stage != .coordinator,
                let count = Int(kv[1]), (1...64).contains(count)
            else {
                throw CrosscheckError(
                    code: .badArgument,
                    message: "--replicas: \"\(part)\" is not STAGE=N with STAGE one of "
                        + "parser, resolver, matcher, writer, encoder and N from 1 to 64")
            }
            result[stage] = count
        }
        return result
    }
}
