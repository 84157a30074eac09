/// One candidate participant of a claim's trigger with its features (`ParticipantFeatures`): a
/// row of the training dump written by `crosscheck-trigger-features`.
public struct ParticipantRow: Sendable, Codable, Equatable {
    public var doc: String
    /// The sentence's index in the document.
    public var sentence: Int
    /// Code point offsets of the trigger token in the document's text.
    public var trigger: Range<Int>
    /// Code point offsets of the candidate mention.
    public var candidate: Range<Int>
    public var features: [String]
}
