import CrosscheckSchema
import Foundation

/// One request the coordinator must get answered: which stage, for which job and document.
///
/// Its id is derived from job, stage and document, so a retry keeps the id (and bumps
/// `attempt`), which is what lets workers answer a redelivered request from their cache.
/// The request is kept as header and payload bytes (`RoutedMessage`), never decoded.
struct WorkItem {
    var message: RoutedMessage
    let stage: Stage
    /// Routing id of the worker holding it, while in flight.
    var worker: Data?
    var dispatchedAt: Date?
    /// When the worker holding it must have answered.
    var deadline: Date?
    /// Workers that failed it (missed its deadline, answered something else): tried last.
    var avoid: Set<Data> = []
    /// Retries that were not the request's own fault (a worker's wrong answer, a worker lost or
    /// late while this request waited behind another): they do not count against the document.
    var forgiven = 0
    /// Whether the frame sent is big enough that its worker gets nothing else until it answers,
    /// and that a missed deadline fails it at once (retrying a document this slow only adds time).
    var heavy = false
    /// Size of the frame last sent, for messages.
    var sentBytes = 0
    /// Why the last attempt failed, for the message when the request is given up.
    var lastFailure: String?

    var id: String { message.header.id }
    var job: String { message.header.job ?? "" }
    var document: String? { message.header.document }
    var attempt: Int { message.header.attempt }
}
