import CrosscheckSchema
import Foundation

/// What one `story add` did: documents added, inputs already in the story, inputs that failed, and the new report.
public struct StoryAddOutcome: Sendable {
    public var added: [String]
    public var duplicates: [String]
    /// Inputs that could not be read or are no article, each with why (as `run` lists them).
    public var failed: [FailedInput]
    /// The job's result, or nil when nothing was new (no job was run): over the whole story when
    /// the add made the report, over the new documents alone when it deferred it (a per-document
    /// job, `JobKind.perDocument`: no report in it; a preview add's first job).
    public var result: JobResult?
    /// The report the add made, or nil when it made none (nothing new, or the report deferred).
    public var snapshot: Int64?
    /// Documents the story's latest report does not cover yet (added with the report deferred).
    public var pending = 0
    /// What the new documents changed in the blocks they touch, when the add made a preview (`ReportTiming.preview`).
    public var preview: StoryPreview?
}
