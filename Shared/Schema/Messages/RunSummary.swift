/// `run.json`: what happened in one run (times, processes, each document's fate).
///
/// Not deterministic, and kept out of `report.json` for that reason. Its fields are a contract
/// read by outside scripts.
public struct RunSummary: Codable, Sendable, Equatable {
    public var job: String
    public var seconds: Double
    public var instances: [InstanceSummary]
    public var documents: [DocumentFate]
    /// Whether the run used sentence vectors, and if not, why; absent when the job did not ask.
    public var embeddings: EmbeddingStatus?

    public init(
        job: String, seconds: Double, instances: [InstanceSummary], documents: [DocumentFate],
        embeddings: EmbeddingStatus? = nil
    ) {
        self.job = job
        self.seconds = seconds
        self.instances = instances
        self.documents = documents
        self.embeddings = embeddings
    }
}

/// One stage instance that took part in a run.
public struct InstanceSummary: Codable, Sendable, Equatable {
    public var stage: Stage
    public var instance: String
    public var pid: Int
    public var host: String
    public var messages: Int
    public var errors: Int
    /// Time between handing it work and getting the answer, summed.
    public var seconds: Double
    /// Requests it was holding when it died or was evicted (absent when none).
    public var lost: Int?

    public init(
        stage: Stage, instance: String, pid: Int, host: String, messages: Int, errors: Int, seconds: Double,
        lost: Int? = nil
    ) {
        self.stage = stage
        self.instance = instance
        self.pid = pid
        self.host = host
        self.messages = messages
        self.errors = errors
        self.seconds = seconds
        self.lost = lost
    }
}

/// What became of one input document.
public struct DocumentFate: Codable, Sendable, Equatable {
    public enum Status: String, Codable, Sendable { case ok, failed }

    public var id: String
    public var path: String
    public var status: Status
    public var attempts: Int
    public var error: String?
    public var warnings: [String]

    public init(id: String, path: String, status: Status, attempts: Int, error: String? = nil, warnings: [String] = []) {
        self.id = id
        self.path = path
        self.status = status
        self.attempts = attempts
        self.error = error
        self.warnings = warnings
    }

    enum CodingKeys: String, CodingKey { case id, path, status, attempts, error, warnings }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(path, forKey: .path)
        try c.encode(status, forKey: .status)
        try c.encode(attempts, forKey: .attempts)
        try c.encode(error, forKey: .error)
        try c.encode(warnings, forKey: .warnings)
    }
}
