/// The exit codes of `crosscheck run` and `crosscheck submit`, as the README documents them.
public enum ExitStatus {
    /// Every document was analysed and the report written.
    public static let ok: Int32 = 0
    /// A report was written, but some inputs failed (each is named, with why).
    public static let someInputsFailed: Int32 = 1
    /// No report: the job failed (a stage missing, a broken pipeline, an unusable request).
    public static let noReport: Int32 = 2
    /// The job ran out of time (`--timeout`, the coordinator's job deadline) or was interrupted.
    public static let timedOut: Int32 = 3
}
