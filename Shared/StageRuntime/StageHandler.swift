import CrosscheckSchema

/// The one thing a stage executable supplies: how to turn a request into a reply payload.
///
/// `handle` runs on the worker's work thread, never on the socket thread, so heartbeats keep
/// flowing while it computes. Throw an `ErrorReport` to answer with an error message (say
/// whether a retry could help); any other error is answered as `internal`.
public protocol StageHandler: Sendable {
    /// The stage this handler implements; the worker announces it and rejects other requests.
    static var stage: Stage { get }

    func handle(_ request: Envelope) throws -> Payload
}
