import Foundation

/// The input of the training dump tools (`crosscheck-train-features`, `crosscheck-trigger-features`):
/// bundles of documents rebuilt from annotated sentences by `scripts/claims/pseudo_docs.py`.
public struct TrainingInput: Decodable, Sendable {
    /// One document: its id and text.
    public struct Doc: Decodable, Sendable {
        public var id: String
        public var text: String
    }

    /// One bundle, run as one job.
    public struct Bundle: Decodable, Sendable {
        public var id: String
        public var docs: [Doc]
    }

    public var bundles: [Bundle]

    /// The input file at `path`.
    public static func read(_ path: String) throws -> TrainingInput {
        try JSONDecoder().decode(TrainingInput.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
