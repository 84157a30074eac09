/// A trie over word keys that finds the longest known phrase starting at a token.
///
/// Lookup cost depends on the phrase length, never on the number of phrases stored.
struct PhraseTrie<Value: Sendable>: Sendable {
    private var children: [[String: Int]] = [[:]]
    private var values: [Value?] = [nil]

    init() {}

    /// Adds `words` (already folded keys); an existing phrase keeps its first value.
    mutating func insert(_ words: [String], value: Value) {
        guard !words.isEmpty else { return }
        var node = 0
        for word in words {
            if let next = children[node][word] {
                node = next
            } else {
                children.append([:])
                values.append(nil)
                let next = children.count - 1
                children[node][word] = next
                node = next
            }
        }
        if values[node] == nil { values[node] = value }
    }

    /// Longest phrase of `keys[start...]` accepted by `allow` at each step; returns its length and value.
    func longestMatch(_ count: Int, from start: Int, key: (Int) -> String?, accept: (Value, Int) -> Bool = { _, _ in true })
        -> (length: Int, value: Value)?
    {
        var node = 0
        var best: (Int, Value)?
        var index = start
        while index < count, let word = key(index), let next = children[node][word] {
            node = next
            index += 1
            if let value = values[node], accept(value, index - start) { best = (index - start, value) }
        }
        return best
    }

    /// Whether `words` is stored exactly.
    func contains(_ words: [String]) -> Bool {
        var node = 0
        for word in words {
            guard let next = children[node][word] else { return false }
            node = next
        }
        return values[node] != nil
    }
}
