/// The state of a story an `add` or a report was planned against: its latest report and how
/// many documents it held.
///
/// A commit made against a revision that is no longer current is refused
/// (`StoryError.changedDuringAdd`): another add stored documents or a report in between.
public struct StoryRevision: Sendable, Equatable {
    /// The newest snapshot's number, nil before the first report.
    public var snapshot: Int64?
    public var documents: Int

    public init(snapshot: Int64?, documents: Int) {
        self.snapshot = snapshot
        self.documents = documents
    }

    /// A story with no documents and no report.
    public static let empty = StoryRevision(snapshot: nil, documents: 0)
}
