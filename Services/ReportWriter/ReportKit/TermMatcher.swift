import Foundation

/// Finds whole-word occurrences of a fixed list of phrases in text, case- and accent-blind.
///
/// Text and phrases are folded the same way and split into word tokens (runs of letters and
/// digits), so a match always starts and ends on a word boundary. At each token the longest
/// phrase wins and matching resumes after it, so occurrences never overlap. Cost is linear in
/// the text for a fixed list.
///
/// A lowercase phrase does not match where its first word is capitalised inside a sentence:
/// there it is a name, not the word ("1 May 2024" is not the hedge "may").
struct TermMatcher: Sendable {
    /// Phrases by their first token, longest first.
    private let phrasesByFirstToken: [String: [(tokens: [String], index: Int, capitalised: Bool)]]
    /// The phrases as given, indexed by the matches.
    let terms: [String]

    init(terms: [String]) {
        self.terms = terms
        var table: [String: [(tokens: [String], index: Int, capitalised: Bool)]] = [:]
        for (index, term) in terms.enumerated() {
            let words = Self.words(of: term)
            guard let first = words.first else { continue }
            table[first.folded, default: []].append((words.map(\.folded), index, first.capitalised))
        }
        for key in table.keys {
            table[key]?.sort { ($0.tokens.count, $1.index) > ($1.tokens.count, $0.index) }
        }
        phrasesByFirstToken = table
    }

    /// Indexes into `terms` of every occurrence in `text`, in text order.
    func occurrences(in text: String) -> [Int] {
        let words = Self.words(of: text)
        let tokens = words.map(\.folded)
        var found: [Int] = []
        var position = 0
        while position < tokens.count {
            var advanced = false
            if let candidates = phrasesByFirstToken[tokens[position]] {
                let isName = position > 0 && words[position].capitalised
                for candidate in candidates where (!isName || candidate.capitalised) && Self.matches(candidate.tokens, tokens, at: position) {
                    found.append(candidate.index)
                    position += candidate.tokens.count
                    advanced = true
                    break
                }
            }
            if !advanced { position += 1 }
        }
        return found
    }

    private static func matches(_ phrase: [String], _ tokens: [String], at position: Int) -> Bool {
        guard position + phrase.count <= tokens.count else { return false }
        for offset in 0..<phrase.count where tokens[position + offset] != phrase[offset] { return false }
        return true
    }

    /// Folded word tokens: lowercased, accents removed, split at anything not a letter or digit.
    static func tokens(of text: String) -> [String] { words(of: text).map(\.folded) }

    /// Word tokens, folded, each noting whether it was written with a capital first letter.
    static func words(of text: String) -> [(folded: String, capitalised: Bool)] {
        let folded = text.folding(options: [.diacriticInsensitive], locale: nil)
        var words: [(folded: String, capitalised: Bool)] = []
        var current = String.UnicodeScalarView()
        func flush() {
            guard let first = current.first else { return }
            // Title case ("May") reads as a name; all capitals ("SCANDALOUS") is emphasis.
            let titleCase = first.properties.isUppercase
                && (current.count == 1 || current.dropFirst().contains { $0.properties.isLowercase })
            words.append((String(current).lowercased(), titleCase))
            current = String.UnicodeScalarView()
        }
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return words
    }
}
