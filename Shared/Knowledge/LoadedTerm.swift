/// A word or phrase that signals a persuasion technique, with its technique category.
///
/// Categories follow the propaganda-technique taxonomy of Da San Martino et al. (2019),
/// as used in SemEval-2020 Task 11: `loaded-language`, `name-calling`, `exaggeration`,
/// `flag-waving`, `appeal-to-fear`, `doubt` (user files may add others).
public struct LoadedTerm: Sendable, Codable, Hashable {
    /// The term as written ("puppet regime").
    public var term: String
    /// The technique category ("name-calling").
    public var category: String

    public init(term: String, category: String) {
        self.term = term
        self.category = category
    }
}
