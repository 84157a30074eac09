/// A failure of the CLI: a closed `code` callers can switch on, the message to show the user,
/// and the underlying error when there is one.
///
/// Modelled on swift-nio's `FileSystemError`: `Code` wraps a private enum, so new codes can be
/// added without breaking callers that switch over the known ones with a `default`.
public struct CrosscheckError: Error, CustomStringConvertible, Sendable {
    /// What kind of failure this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Wrapped: String, Hashable, Sendable {
            case executableMissing, startTimeout, replyTimeout, badRecording, badArgument
            case unexpectedOutput, fileSystem, noReport, commandFailed, stageExited
        }

        private let wrapped: Wrapped

        private init(_ wrapped: Wrapped) { self.wrapped = wrapped }

        public var description: String { wrapped.rawValue }

        /// A stage or coordinator executable is not where it should be.
        public static var executableMissing: Code { Code(.executableMissing) }
        /// A child process did not announce itself in time.
        public static var startTimeout: Code { Code(.startTimeout) }
        /// A request got no reply in time.
        public static var replyTimeout: Code { Code(.replyTimeout) }
        /// A message recording cannot be read or holds a bad line.
        public static var badRecording: Code { Code(.badRecording) }
        /// A command-line argument has a value the CLI cannot use.
        public static var badArgument: Code { Code(.badArgument) }
        /// A child process printed or failed to print what the CLI expects.
        public static var unexpectedOutput: Code { Code(.unexpectedOutput) }
        /// A file operation failed (the cause or message names the path).
        public static var fileSystem: Code { Code(.fileSystem) }
        /// The pipeline made no report where one was needed.
        public static var noReport: Code { Code(.noReport) }
        /// An external command exited with a failure.
        public static var commandFailed: Code { Code(.commandFailed) }
        /// A stage or the coordinator exited by itself and cannot go on (it keeps failing at start-up).
        public static var stageExited: Code { Code(.stageExited) }
    }

    /// What kind of failure this is.
    public let code: Code
    /// The message to show the user; it names the input or executable concerned.
    public let message: String
    /// The error that caused this one, if any.
    public let cause: (any Error & Sendable)?

    public init(code: Code, message: String, cause: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.cause = cause
    }

    public var description: String { message }
}
