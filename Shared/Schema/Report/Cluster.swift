/// The verdict on a group of matched claims.
///
/// `conflicting`: the sources themselves (the outlet, or one speaker in several sources) assert
/// incompatible values or polarity. `disputed`: the actors the sources quote contradict each
/// other, or a hedged claim contradicts an asserted one; `conflicts` lists both sides. `related`:
/// two or more documents discuss the same matter and none contradicts another, but no claims of
/// two documents are directly linked as the same claim (`agreed` needs such a pair).
public enum ClusterStatus: String, Codable, Sendable, CaseIterable {
    case agreed
    case related
    case conflicting
    case singleSource = "single-source"
    case evolving
    case disputed
}

/// Claims from one or more sources about the same proposition, and how they relate.
public struct Cluster: Codable, Sendable, Equatable {
    public var id: String
    public var label: String
    public var claims: [String]
    public var docs: [String]
    public var status: ClusterStatus
    /// For `conflicting`, `disputed` and `evolving`: each slot whose values differ, with who holds each value.
    public var conflicts: [SlotConflict]
    /// Documents that make the claim independently; set by the reprint pass (nil before it runs).
    public var independentDocs: [String]?
    /// Documents that carry the claim only in text copied from another member; set with `independentDocs`.
    public var copies: [ClusterCopy]?

    public init(
        id: String, label: String, claims: [String], docs: [String], status: ClusterStatus,
        conflicts: [SlotConflict] = [], independentDocs: [String]? = nil, copies: [ClusterCopy]? = nil
    ) {
        self.id = id
        self.label = label
        self.claims = claims
        self.docs = docs
        self.status = status
        self.conflicts = conflicts
        self.independentDocs = independentDocs
        self.copies = copies
    }
}

/// One slot on which the sources in a cluster differ.
public struct SlotConflict: Codable, Sendable, Equatable {
    /// `date`, `number`, `place`, `holder`… or `polarity` when one source negates what another asserts.
    public var slot: String
    public var values: [SlotConflictValue]

    public init(slot: String, values: [SlotConflictValue]) {
        self.slot = slot
        self.values = values
    }
}

/// One competing value and the documents and claims that hold it.
public struct SlotConflictValue: Codable, Sendable, Equatable {
    public var value: SlotValue
    public var docs: [String]
    public var claims: [String]

    public init(value: SlotValue, docs: [String], claims: [String]) {
        self.value = value
        self.docs = docs
        self.claims = claims
    }
}

/// A dated event, pointing at the clusters and documents it comes from.
public struct TimelineEntry: Codable, Sendable, Equatable {
    public var date: String
    public var label: String
    public var clusters: [String]
    public var docs: [String]

    public init(date: String, label: String, clusters: [String], docs: [String]) {
        self.date = date
        self.label = label
        self.clusters = clusters
        self.docs = docs
    }
}

/// The matcher's whole output: the linked bundle plus claims, clusters and timeline.
public struct Analysis: Codable, Sendable, Equatable {
    public var documents: [ResolvedDocument]
    public var entities: [Entity]
    public var claims: [Claim]
    public var clusters: [Cluster]
    public var timeline: [TimelineEntry]
    /// Inputs of the job that failed before analysis; the coordinator fills this in for the writer.
    public var failed: [FailedInput]
    /// Whether the job ran with sentence vectors; the coordinator fills this in for the writer.
    public var embeddings: EmbeddingStatus?
    /// Document pairs sharing text, found by the reprint detector; nil when it did not run.
    public var reprints: [ReprintPair]?
    /// False asks the writer for `report.json` alone (no Markdown, HTML or annotations): a story's
    /// `add` stores the report and renders the rest on `story report`. The coordinator fills this
    /// in from `JobRequest.renderings`; nil (every `run`) renders everything.
    public var renderings: Bool?

    public init(
        documents: [ResolvedDocument], entities: [Entity], claims: [Claim] = [],
        clusters: [Cluster] = [], timeline: [TimelineEntry] = [], failed: [FailedInput] = [],
        reprints: [ReprintPair]? = nil
    ) {
        self.documents = documents
        self.entities = entities
        self.claims = claims
        self.clusters = clusters
        self.timeline = timeline
        self.failed = failed
        self.reprints = reprints
    }
}
