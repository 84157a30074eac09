import CrosscheckSchema
import Foundation

/// What one `story add` did: documents added, inputs already in the story, inputs that failed, and the new report.
public struct StoryAddOutcome: Sendable {
    public var added: [String]
    public var duplicates: [String]
    /// Inputs that could not be read or are no article, each with why (as `run` lists them).
    public var failed: [FailedInput]
    /// The job's result over the whole story, or nil when nothing was new (no job was run).
    public var result: JobResult?
    public var snapshot: Int64?
}
