import ArgumentParser
import Logging

/// The `--log-level` option every Crosscheck executable shares, and swift-log set-up to stderr.
///
/// The level is parsed as a `Logger.Level`, so a misspelt level stops the command with usage text
/// instead of quietly logging at `info`.
public struct LoggingOptions: ParsableArguments {
    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    public var logLevel: Logger.Level = .info

    public init() {}

    /// Sends swift-log output to standard error at the requested level.
    public func bootstrap() {
        let level = logLevel
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}

/// Lets `--log-level` take swift-log's level names (`debug`, `warning`, …) and list them in help.
extension Logger.Level: @retroactive ExpressibleByArgument {}
