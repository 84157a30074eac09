/// The word lists a source profile counts: loaded terms and hedges.
///
/// The lists come from the knowledge base (data files a user can extend); this type only
/// carries them, so the writer can be tested with any vocabulary.
public struct ProfileVocabulary: Sendable, Equatable {
    /// Loaded or emotive terms, each with its propaganda-technique category.
    public var loadedTerms: [LoadedTerm]
    /// Hedging words and phrases ("reportedly", "it appears").
    public var hedges: [String]

    public init(loadedTerms: [LoadedTerm] = [], hedges: [String] = []) {
        self.loadedTerms = loadedTerms
        self.hedges = hedges
    }

    /// A loaded term and the category it belongs to ("name-calling", "exaggeration").
    public struct LoadedTerm: Sendable, Equatable {
        public var term: String
        public var category: String

        public init(term: String, category: String) {
            self.term = term
            self.category = category
        }
    }
}
