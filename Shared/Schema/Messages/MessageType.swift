/// Every kind of message that crosses a Crosscheck socket.
///
/// The raw value is the wire name (`"document.raw"`); the payload shape follows from it.
public enum MessageType: String, Codable, Sendable, CaseIterable {
    // Client ⇄ coordinator
    case jobSubmit = "job.submit"
    case jobAccepted = "job.accepted"
    case jobProgress = "job.progress"
    case jobResult = "job.result"
    // Worker ⇄ coordinator control
    case workerReady = "worker.ready"
    case heartbeat = "heartbeat"
    case disconnect = "disconnect"
    // Stage work: request → reply
    case rawDocument = "document.raw"
    case parsedDocument = "document.parsed"
    case resolvedDocument = "document.resolved"
    case linkRequest = "bundle.link"
    case linkedBundle = "bundle.linked"
    case analysis = "bundle.analysis"
    case finishedReport = "report.finished"
    case encodeRequest = "document.encode"
    case encodedDocument = "document.encoded"
    // Anyone
    case error = "error"

    /// The stage that handles a request of this type, or nil for replies and control.
    public var handlingStage: Stage? {
        switch self {
        case .rawDocument: .parser
        case .parsedDocument, .linkRequest: .resolver
        case .linkedBundle: .matcher
        case .analysis: .writer
        case .encodeRequest: .encoder
        default: nil
        }
    }

    /// The reply type a stage answers this request with.
    public var replyType: MessageType? {
        switch self {
        case .rawDocument: .parsedDocument
        case .parsedDocument: .resolvedDocument
        case .linkRequest: .linkedBundle
        case .linkedBundle: .analysis
        case .analysis: .finishedReport
        case .encodeRequest: .encodedDocument
        default: nil
        }
    }
}

/// The pipeline's stages, as named in `run.json`.
public enum Stage: String, Codable, Sendable, CaseIterable, Comparable {
    case parser, resolver, matcher, writer, encoder, coordinator

    public static func < (lhs: Stage, rhs: Stage) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
