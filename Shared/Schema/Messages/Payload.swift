/// The typed body of an envelope; which case is allowed follows from the envelope's type.
public enum Payload: Sendable, Equatable {
    case jobSubmit(JobRequest)
    case jobAccepted(JobAccepted)
    case jobProgress(JobProgress)
    case jobResult(JobResult)
    case workerReady(WorkerAnnouncement)
    case heartbeat
    case disconnect
    case rawDocument(RawDocument)
    case parsedDocument(ParsedDocument)
    case resolvedDocument(ResolvedDocument)
    case linkRequest(LinkRequest)
    case linkedBundle(LinkedBundle)
    case analysis(Analysis)
    case finishedReport(RenderedReport)
    case encodeRequest(EncodeRequest)
    case encodedDocument(SentenceVectors)
    case error(ErrorReport)

    /// The message type this payload travels under.
    public var messageType: MessageType {
        switch self {
        case .jobSubmit: .jobSubmit
        case .jobAccepted: .jobAccepted
        case .jobProgress: .jobProgress
        case .jobResult: .jobResult
        case .workerReady: .workerReady
        case .heartbeat: .heartbeat
        case .disconnect: .disconnect
        case .rawDocument: .rawDocument
        case .parsedDocument: .parsedDocument
        case .resolvedDocument: .resolvedDocument
        case .linkRequest: .linkRequest
        case .linkedBundle: .linkedBundle
        case .analysis: .analysis
        case .finishedReport: .finishedReport
        case .encodeRequest: .encodeRequest
        case .encodedDocument: .encodedDocument
        case .error: .error
        }
    }

    static func decode(_ type: MessageType, from decoder: any Decoder) throws -> Payload {
        switch type {
        case .jobSubmit: .jobSubmit(try JobRequest(from: decoder))
        case .jobAccepted: .jobAccepted(try JobAccepted(from: decoder))
        case .jobProgress: .jobProgress(try JobProgress(from: decoder))
        case .jobResult: .jobResult(try JobResult(from: decoder))
        case .workerReady: .workerReady(try WorkerAnnouncement(from: decoder))
        case .heartbeat: .heartbeat
        case .disconnect: .disconnect
        case .rawDocument: .rawDocument(try RawDocument(from: decoder))
        case .parsedDocument: .parsedDocument(try ParsedDocument(from: decoder))
        case .resolvedDocument: .resolvedDocument(try ResolvedDocument(from: decoder))
        case .linkRequest: .linkRequest(try LinkRequest(from: decoder))
        case .linkedBundle: .linkedBundle(try LinkedBundle(from: decoder))
        case .analysis: .analysis(try Analysis(from: decoder))
        case .finishedReport: .finishedReport(try RenderedReport(from: decoder))
        case .encodeRequest: .encodeRequest(try EncodeRequest(from: decoder))
        case .encodedDocument: .encodedDocument(try SentenceVectors(from: decoder))
        case .error: .error(try ErrorReport(from: decoder))
        }
    }

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .jobSubmit(let v): try v.encode(to: encoder)
        case .jobAccepted(let v): try v.encode(to: encoder)
        case .jobProgress(let v): try v.encode(to: encoder)
        case .jobResult(let v): try v.encode(to: encoder)
        case .workerReady(let v): try v.encode(to: encoder)
        case .heartbeat, .disconnect:
            var c = encoder.singleValueContainer()
            try c.encode([String: String]())
        case .rawDocument(let v): try v.encode(to: encoder)
        case .parsedDocument(let v): try v.encode(to: encoder)
        case .resolvedDocument(let v): try v.encode(to: encoder)
        case .linkRequest(let v): try v.encode(to: encoder)
        case .linkedBundle(let v): try v.encode(to: encoder)
        case .analysis(let v): try v.encode(to: encoder)
        case .finishedReport(let v): try v.encode(to: encoder)
        case .encodeRequest(let v): try v.encode(to: encoder)
        case .encodedDocument(let v): try v.encode(to: encoder)
        case .error(let v): try v.encode(to: encoder)
        }
    }
}
