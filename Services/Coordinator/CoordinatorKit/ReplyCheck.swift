import CrosscheckSchema
import Foundation

/// Checks that a worker's reply answers what was asked: same job, same document, right type.
///
/// A reply that fails is not believed: the coordinator strikes the worker and gives the work
/// to another instance. Error replies are checked for job and document only. The payload is
/// not decoded: only its top level is scanned (it must be a JSON object), and for a
/// per-document reply the document id inside it is read.
enum ReplyCheck {
    /// Why `reply` (whose payload says `facts`) does not answer `request`, or nil when it does.
    static func mismatch(_ reply: RoutedMessage, facts: ReplyFacts?, answering request: RoutedMessage) -> String? {
        let asked = request.header
        let said = reply.header
        if said.job != asked.job {
            return "answered job \(said.job ?? "none") for a request of job \(asked.job ?? "none")"
        }
        if said.document != asked.document {
            return "answered document \(said.document ?? "none") for a request about \(asked.document ?? "the bundle")"
        }
        if said.type == .error { return nil }
        guard said.type == asked.type.replyType else {
            return "answered \(asked.type.rawValue) with \(said.type.rawValue)"
        }
        guard let facts, facts.object != nil else {
            return "answered \(asked.type.rawValue) with a \(said.type.rawValue) payload that is not a JSON object"
        }
        guard let payloadDocument = facts.documentID else { return nil }
        return payloadDocument == asked.document
            ? nil : "answered document \(asked.document ?? "none") with document \(payloadDocument)"
    }
}
