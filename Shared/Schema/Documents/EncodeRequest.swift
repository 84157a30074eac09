import Foundation

/// The request to embed one document's body sentences (`document.encode`).
///
/// `sentences` are the texts of `ParsedDocument.sentences`, in that order; the encoder
/// answers with exactly one vector per entry.
public struct EncodeRequest: Codable, Sendable, Equatable {
    public var document: String
    public var sentences: [String]

    public init(document: String, sentences: [String]) {
        self.document = document
        self.sentences = sentences
    }

    /// The request for `parsed`: the text of each body sentence.
    public init(_ parsed: ParsedDocument) {
        let scalars = Array(parsed.text.unicodeScalars)
        let texts = parsed.sentences.map { sentence -> String in
            let start = max(0, min(sentence.start, scalars.count))
            let end = max(start, min(sentence.end, scalars.count))
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            return String(view)
        }
        self.init(document: parsed.id, sentences: texts)
    }
}
