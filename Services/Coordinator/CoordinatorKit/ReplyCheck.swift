import CrosscheckSchema

/// Checks that a worker's reply answers what was asked: same job, same document, right type.
///
/// A reply that fails is not believed: the coordinator strikes the worker and gives the work
/// to another instance. Error replies are checked for job and document only.
enum ReplyCheck {
    /// Why `reply` does not answer `request`, or nil when it does.
    static func mismatch(_ reply: Envelope, answering request: Envelope) -> String? {
        if reply.job != request.job {
            return "answered job \(reply.job ?? "none") for a request of job \(request.job ?? "none")"
        }
        if reply.document != request.document {
            return "answered document \(reply.document ?? "none") for a request about \(request.document ?? "the bundle")"
        }
        if case .error = reply.payload { return nil }
        guard reply.type == request.type.replyType else {
            return "answered \(request.type.rawValue) with \(reply.type.rawValue)"
        }
        guard let payloadDocument = documentID(of: reply.payload) else { return nil }
        return payloadDocument == request.document
            ? nil : "answered document \(request.document ?? "none") with document \(payloadDocument)"
    }

    /// The document a per-document payload is about.
    private static func documentID(of payload: Payload) -> String? {
        switch payload {
        case .parsedDocument(let parsed): parsed.id
        case .resolvedDocument(let resolved): resolved.document.id
        default: nil
        }
    }
}
