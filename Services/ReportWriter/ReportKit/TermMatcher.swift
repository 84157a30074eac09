import Foundation
import Knowledge

/// Finds whole-word occurrences of a fixed list of phrases in text, case- and accent-blind.
///
/// Text and phrases are folded the same way (the knowledge base's `TextFolding`) and split into word tokens (runs of letters and
/// digits), so a match always starts and ends on a word boundary. At each token the longest
/// phrase wins and matching resumes after it, so occurrences never overlap. Cost is linear in
/// the text for a fixed list.
///
/// A lowercase phrase does not match where its first word is capitalised inside a sentence:
/// there it is a name, not the word ("1 May 2024" is not the hedge "may").
struct TermMatcher: Sendable {
    /// One folded word and whether it was written in title case.
    typealias Word = (folded: String, capitalised: Bool)

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
        occurrences(in: Self.words(of: text))
    }

    /// Indexes into `terms` of every occurrence in already tokenised text, in text order.
    func occurrences(in words: [Word]) -> [Int] {
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

    /// Word tokens, folded by the knowledge base's `TextFolding`, each noting whether it was
    /// written in title case.
    static func words(of text: String) -> [Word] {
        words(of: Array(text.unicodeScalars)[...])
    }

    /// Word tokens of a stretch of scalars (a sentence sliced from its document).
    static func words(of scalars: ArraySlice<Unicode.Scalar>) -> [Word] {
        let folded = TextFolding.foldWithOffsets(Array(scalars))
        var words: [Word] = []
        var current = String.UnicodeScalarView()
        var firstUpper = false, laterLower = false
        for (i, scalar) in folded.folded.enumerated() {
            if TextFolding.isWordScalar(scalar) {
                let upper = i < folded.uppercase.count && folded.uppercase[i]
                if current.isEmpty { firstUpper = upper } else if !upper { laterLower = true }
                current.append(scalar)
            } else if !current.isEmpty {
                // Title case ("May") reads as a name; all capitals ("SCANDALOUS") is emphasis.
                words.append((String(current), firstUpper && (current.count == 1 || laterLower)))
                current = String.UnicodeScalarView()
                laterLower = false
            }
        }
        if !current.isEmpty { words.append((String(current), firstUpper && (current.count == 1 || laterLower))) }
        return words
    }
}
