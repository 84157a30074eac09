/// A job a client submits: the documents of one bundle.
public struct JobRequest: Codable, Sendable, Equatable {
    public var documents: [RawDocument]
    /// Inputs the client could not even read (a missing file, a folder it may not list);
    /// they are carried so that the job's account names them.
    public var unreadable: [FailedInput]
    /// Files a folder held that are no input (another extension, a README), each with why; nil when none.
    public var skipped: [FailedInput]?
    /// Hold the job until this many workers of each stage (by name) have announced themselves,
    /// so that a supervisor starting N replicas sees all N take part. Waits at most 15 s.
    public var awaitWorkers: [String: Int]?
    /// Embed every document's sentences with the encoder stage: true asks for vectors, false
    /// says they were turned off (`--no-embeddings`), nil leaves the stage out silently.
    public var embeddings: Bool?
    /// Seconds the job may take in all before the coordinator gives up on it (its own limit
    /// applies when this is absent or larger).
    public var timeoutSeconds: Double?
    /// The id of a job this client submitted before and asks for again (after the coordinator
    /// restarted); `documents` is then empty.
    public var resume: String?
    /// Per-document outputs for some of `documents` (matched by id), computed by an earlier job:
    /// those documents skip the per-document stages. Nil or empty: every document is computed.
    public var settled: [SettledDocument]?
    /// Ask for the per-document outputs of the documents this job computed in `JobResult.settled`.
    public var returnSettled: Bool?
    /// False: the writer makes `report.json` only, and `report.md`, `report.html` and the
    /// annotations come back empty (a story's `add`, which renders them on `story report`).
    /// Nil or true: everything is rendered.
    public var renderings: Bool?
    /// `perDocument`: run the per-document stages alone and make no report (`JobKind`). Nil: `report`.
    public var kind: JobKind?

    public init(
        documents: [RawDocument], unreadable: [FailedInput] = [], skipped: [FailedInput]? = nil,
        awaitWorkers: [String: Int]? = nil, embeddings: Bool? = nil, timeoutSeconds: Double? = nil,
        resume: String? = nil
    ) {
        self.resume = resume
        self.documents = documents
        self.unreadable = unreadable
        self.skipped = skipped
        self.awaitWorkers = awaitWorkers
        self.embeddings = embeddings
        self.timeoutSeconds = timeoutSeconds
    }
}

/// The coordinator's receipt for a job.
public struct JobAccepted: Codable, Sendable, Equatable {
    public var job: String
    public var documents: Int

    public init(job: String, documents: Int) {
        self.job = job
        self.documents = documents
    }
}

/// How far a job has come, sent to the client as work completes.
public struct JobProgress: Codable, Sendable, Equatable {
    public var job: String
    public var documents: Int
    /// Documents each stage has finished (by stage name).
    public var done: [String: Int]
    public var failed: Int
    /// Conflicts found so far, once the matcher has answered.
    public var conflicts: Int?
    public var note: String?

    public init(
        job: String, documents: Int, done: [String: Int], failed: Int,
        conflicts: Int? = nil, note: String? = nil
    ) {
        self.job = job
        self.documents = documents
        self.done = done
        self.failed = failed
        self.conflicts = conflicts
        self.note = note
    }
}

/// The end of a job: the report (unless the job could not produce one) and its run account.
public struct JobResult: Codable, Sendable, Equatable {
    public var report: RenderedReport?
    public var run: RunSummary
    /// Why the job produced no report, when it did not.
    public var error: String?
    /// True when the job ended because its deadline passed.
    public var timedOut: Bool?
    /// With `JobRequest.returnSettled`: the per-document outputs of the documents this job
    /// computed (not those it was given), for the client to keep; also from a `perDocument`
    /// job (`JobKind`), which makes no report.
    public var settled: [SettledDocument]?
    /// The report as the bytes it arrived in, when the client kept it so (`report` is then
    /// nil): not part of the message, which carries it as `report`.
    public var reportBytes: ReportBytes?

    enum CodingKeys: String, CodingKey { case report, run, error, timedOut, settled }

    public init(report: RenderedReport?, run: RunSummary, error: String? = nil, timedOut: Bool? = nil) {
        self.report = report
        self.run = run
        self.error = error
        self.timedOut = timedOut
    }

    /// Whether the job produced a report (decoded or kept as bytes).
    public var hasReport: Bool { report != nil || reportBytes != nil }

    /// The report's conflict count, 0 without a report.
    public var conflicts: Int { report?.conflicts ?? reportBytes?.conflicts ?? 0 }
}

/// A worker's announcement that it is up and ready for one task.
public struct WorkerAnnouncement: Codable, Sendable, Equatable {
    public var stage: Stage
    public var instance: String
    public var pid: Int
    public var host: String

    public init(stage: Stage, instance: String, pid: Int, host: String) {
        self.stage = stage
        self.instance = instance
        self.pid = pid
        self.host = host
    }
}

/// An error answered instead of a reply: what went wrong, and with which input.
public struct ErrorReport: Codable, Sendable, Equatable, Error {
    /// `invalid-json`, `unsupported-version`, `unknown-type`, `invalid-payload`,
    /// `wrong-stage`, `bad-input`, `internal`, `job-failed` …
    public var code: String
    public var message: String
    /// The input concerned: a document id or path, or `frame` for an unreadable frame.
    public var input: String?
    /// Whether sending the same request again could succeed.
    public var retryable: Bool

    public init(code: String, message: String, input: String? = nil, retryable: Bool = false) {
        self.code = code
        self.message = message
        self.input = input
        self.retryable = retryable
    }
}
