import Foundation

/// Finds the sentence-encoder model folder: an explicit `--model DIR`, else
/// `$CROSSCHECK_MODEL_DIR`, else the cache `scripts/setup` fills
/// (`${CROSSCHECK_CACHE:-$HOME/.cache/crosscheck}/models/all-MiniLM-L6-v2`).
///
/// A folder counts only when it holds `model.safetensors`, `vocab.txt` and `config.json`.
public enum ModelLocator {
    /// The folder name under the cache's `models/`.
    public static let modelName = "all-MiniLM-L6-v2"
    static let requiredFiles = ["model.safetensors", "vocab.txt", "config.json"]

    /// The places looked at, in order, for the given explicit folder and environment.
    public static func candidates(explicit: String?, environment: [String: String]) -> [String] {
        if let explicit { return [explicit] }
        var places: [String] = []
        if let fromEnvironment = environment["CROSSCHECK_MODEL_DIR"], !fromEnvironment.isEmpty { places.append(fromEnvironment) }
        let cache =
            environment["CROSSCHECK_CACHE"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.cache/crosscheck")
        places.append(cache + "/models/" + modelName)
        return places
    }

    /// The first complete model folder, or `EncoderError.modelNotFound` naming where it looked.
    public static func locate(
        explicit: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> URL {
        let places = candidates(explicit: explicit, environment: environment)
        for place in places where requiredFiles.allSatisfy({ FileManager.default.fileExists(atPath: place + "/" + $0) }) {
            return URL(fileURLWithPath: place)
        }
        throw EncoderError.modelNotFound(searched: places)
    }
}
