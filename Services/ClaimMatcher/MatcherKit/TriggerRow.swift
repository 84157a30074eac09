/// One word token of a document with its trigger-tagger features (`TriggerFeatures`): a row of
/// the training dump written by `crosscheck-trigger-features`.
public struct TriggerRow: Sendable, Codable, Equatable {
    public var doc: String
    /// The sentence's index in the document.
    public var sentence: Int
    /// Code point offsets of the token in the document's text.
    public var start: Int
    public var end: Int
    public var features: [String]
}
