/// Multi-word phrases looked up by their first folded word, longest phrase first.
struct PhraseTable<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        var words: [String]
        var value: Value
    }

    private var byFirstWord: [String: [Entry]] = [:]

    init() {}

    /// Builds the table from phrases written as space-separated folded words.
    init(_ phrases: [(String, Value)]) {
        for (phrase, value) in phrases { insert(phrase, value: value) }
    }

    /// Adds a phrase unless the same phrase is already present (the first definition wins).
    mutating func insert(_ phrase: String, value: Value) {
        let words = phrase.split(separator: " ").map { String($0) }
        guard let first = words.first else { return }
        var list = byFirstWord[first, default: []]
        if list.contains(where: { $0.words == words }) { return }
        list.append(Entry(words: words, value: value))
        list.sort { $0.words.count > $1.words.count }
        byFirstWord[first] = list
    }

    /// The longest phrase starting at `index` in `words`, with how many words it spans.
    func match(_ words: [String], at index: Int) -> (length: Int, value: Value)? {
        guard index >= 0, index < words.count, let list = byFirstWord[words[index]] else { return nil }
        for entry in list where index + entry.words.count <= words.count {
            var matches = true
            for k in 1..<entry.words.count where words[index + k] != entry.words[k] {
                matches = false
                break
            }
            if matches { return (entry.words.count, entry.value) }
        }
        return nil
    }

    /// Whether the single word is a one-word phrase of the table.
    func containsWord(_ word: String) -> Bool {
        byFirstWord[word]?.contains(where: { $0.words.count == 1 }) ?? false
    }
}
