/// The pipeline settings of the latest `story add`, kept in the story so that a report the add
/// deferred (`ReportTiming.later`) is made as that add would have made it.
public struct StorySettings: Codable, Sendable, Equatable {
    public var embeddings: Bool
    public var knowledgeFiles: [String]
    public var maxDocumentMegabytes: Int

    public init(embeddings: Bool, knowledgeFiles: [String], maxDocumentMegabytes: Int) {
        self.embeddings = embeddings
        self.knowledgeFiles = knowledgeFiles
        self.maxDocumentMegabytes = maxDocumentMegabytes
    }
}
