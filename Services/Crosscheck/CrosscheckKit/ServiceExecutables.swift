import CrosscheckSchema
import Foundation

/// Where the Crosscheck executables are, by stage.
public struct ServiceExecutables: Sendable {
    public let directory: URL

    public init(directory: URL) { self.directory = directory }

    /// The folder holding the running `crosscheck` binary (its siblings are the services).
    public static func besideCurrentExecutable() -> ServiceExecutables {
        let url = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return ServiceExecutables(directory: url.resolvingSymlinksInPath().deletingLastPathComponent())
    }

    public func url(for stage: Stage) -> URL {
        let name =
            switch stage {
            case .parser: "crosscheck-parser"
            case .resolver: "crosscheck-resolver"
            case .matcher: "crosscheck-matcher"
            case .writer: "crosscheck-writer"
            case .encoder: "crosscheck-encoder"
            case .coordinator: "crosscheck-coordinator"
            }
        return directory.appendingPathComponent(name)
    }
}
