/// What a job computes: the whole pipeline up to a report, or the per-document stages alone.
///
/// A `perDocument` job runs its documents through the parser, the resolver and (when asked) the
/// encoder, and ends there: no linking, matching or writing, so no report, and the job needs no
/// matcher or writer. Its result carries the run account and, with `JobRequest.returnSettled`,
/// the documents' outputs. A story's deferred add (`story add --report later`) sends one, so it
/// starts and talks to those stages alone (issue 14). Absent in a request: `report`.
public enum JobKind: String, Codable, Sendable, Equatable {
    case report
    case perDocument = "per-document"
}
