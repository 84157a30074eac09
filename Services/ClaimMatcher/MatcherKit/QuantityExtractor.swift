import Foundation
import TextCore

/// Finds money amounts, percentages and counts in a clause and normalises them.
///
/// "EUR 500m (USD 540m)" is one amount: the parenthesised conversion is consumed with it and
/// the value keeps the first currency ("EUR 500000000").
struct QuantityExtractor: Sendable {
    struct Quantities: Sendable, Equatable {
        var amount: String?
        var percent: Double?
        var count: Double?
        /// The counted noun, stemmed ("priorit", "countri"), to compare like with like.
        var countHead: String?
        /// Content words of the counted noun's modifier ("seasons as the team's director" →
        /// team, director), folded: counts of one noun with different modifiers count different things.
        var countModifiers: Set<String> = []
        /// The slots ("count", "amount", "percent") whose figure is marked approximate ("almost
        /// three hours", "some 700 metres") → the side the true value may lie on ("below", "around", "above").
        var approximate: [String: String] = [:]
        var tokens: Set<Int> = []
    }

    let lexicon: MatcherLexicon

    /// English ordinal endings glued to a number ("1st", "22nd", "117th").
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    func extract(_ tokens: [Token], in range: Range<Int>, skipping consumed: Set<Int>) -> Quantities {
        var q = Quantities()
        let words = tokens.map(\.folded)
        var i = range.lowerBound
        while i < range.upperBound {
            if consumed.contains(i) {
                i += 1
                continue
            }
            // Currency before the number: "EUR 500m", "€ 5 million", "$5bn".
            if let code = lexicon.currencies[words[i]], i + 1 < range.upperBound, tokens[i + 1].kind == .number,
                let (value, end) = scaledNumber(tokens, words, at: i + 1, limit: range.upperBound)
            {
                if q.amount == nil {
                    q.amount = format(code, value)
                    q.approximate["amount"] = approximation(words, before: i, from: range.lowerBound)
                }
                let stop = skipConversion(tokens, words, from: end, limit: range.upperBound)
                q.tokens.formUnion(i..<stop)
                i = stop
                continue
            }
            guard tokens[i].kind == .number || (lexicon.numberWords[words[i]] != nil && words[i] != "one") else {
                i += 1
                continue
            }
            guard let (value, end) = scaledNumber(tokens, words, at: i, limit: range.upperBound) else {
                i += 1
                continue
            }
            // An ordinal ("117th Street", "the 102nd Precinct") names a thing; it counts nothing.
            if end < range.upperBound, tokens[end].isGlued, Self.ordinalSuffixes.contains(words[end]) {
                i = end + 1
                continue
            }
            // Percent: "7.4%", "12 per cent".
            if end < range.upperBound, let (length, _) = lexicon.percentWords.match(words, at: end) {
                if q.percent == nil {
                    q.percent = value
                    q.approximate["percent"] = approximation(words, before: i, from: range.lowerBound)
                }
                q.tokens.formUnion(i..<(end + length))
                i = end + length
                continue
            }
            // Currency after the number: "800 million euros".
            if end < range.upperBound, let code = lexicon.currencies[words[end]], tokens[end].kind == .word {
                if q.amount == nil {
                    q.amount = format(code, value)
                    q.approximate["amount"] = approximation(words, before: i, from: range.lowerBound)
                }
                let stop = skipConversion(tokens, words, from: end + 1, limit: range.upperBound)
                q.tokens.formUnion(i..<stop)
                i = stop
                continue
            }
            // Count: "4 shared priorities", "three countries"; not years, not "5-year".
            if isCount(tokens[i]), end < range.upperBound, !(tokens[end].kind == .symbol && tokens[end].folded == "-"),
                let head = countHead(tokens, words, from: end, limit: range.upperBound)
            {
                if q.count == nil {
                    q.count = value
                    q.countHead = head.stem
                    q.countModifiers = countModifiers(tokens, words, after: head.index, limit: range.upperBound)
                    q.approximate["count"] = approximation(words, before: i, from: range.lowerBound)
                }
                q.tokens.formUnion(i..<end)
            }
            i = end
        }
        return q
    }

    private func isCount(_ t: Token) -> Bool {
        if t.kind == .number, let n = t.number {
            if t.folded.count == 4, n >= 1800, n <= 2200, n == n.rounded() { return false }
            return true
        }
        return t.kind == .word
    }

    /// A number with an optional multiplier word ("500m", "5 million", "two dozen").
    private func scaledNumber(_ tokens: [Token], _ words: [String], at i: Int, limit: Int) -> (Double, Int)? {
        guard i < limit else { return nil }
        let base: Double
        if tokens[i].kind == .number, let n = tokens[i].number {
            base = n
        } else if let n = lexicon.numberWords[words[i]] {
            base = n
        } else {
            return nil
        }
        if i + 1 < limit, tokens[i + 1].kind == .word, let m = lexicon.multipliers[words[i + 1]] {
            // Single-letter multipliers only when glued ("500m"), not "5 m" of something else.
            if words[i + 1].count > 2 || tokens[i + 1].isGlued { return (base * m, i + 2) }
        }
        return (base, i + 1)
    }

    /// Skips "(USD 540m)" right after an amount.
    private func skipConversion(_ tokens: [Token], _ words: [String], from j: Int, limit: Int) -> Int {
        guard j < limit, words[j] == "(" else { return j }
        var k = j + 1
        while k < limit, k < j + 6 {
            if words[k] == ")" { return k + 1 }
            let isPart =
                lexicon.currencies[words[k]] != nil || tokens[k].kind == .number
                || lexicon.multipliers[words[k]] != nil || words[k] == "about" || words[k] == "approximately"
            if !isPart { return j }
            k += 1
        }
        return j
    }

    /// The noun a count counts, skipping one modifier ("4 shared priorities" → "priorit").
    private func countHead(_ tokens: [Token], _ words: [String], from j: Int, limit: Int) -> (stem: String, index: Int)? {
        guard j < limit, tokens[j].kind == .word, !lexicon.stopwords.contains(words[j]),
            lexicon.months[words[j]] == nil || !tokens[j].isCapitalized
        else { return nil }
        var head = j
        if !words[j].hasSuffix("s"), words[j] != "people", j + 1 < limit, tokens[j + 1].kind == .word,
            !lexicon.stopwords.contains(words[j + 1]), words[j + 1].hasSuffix("s") || words[j + 1] == "people"
        {
            head = j + 1
        }
        return (Inflection.termStem(words[head]), head)
    }

    /// The side of the approximation cue ("almost" → "below") ending right before the figure at `i`, if any.
    private func approximation(_ words: [String], before i: Int, from lower: Int) -> String? {
        (max(lower, i - 3)..<i).lazy.compactMap { k in
            lexicon.approximationCues.match(words, at: k).flatMap { k + $0.length == i ? $0.value : nil }
        }.first
    }

    /// The content words of the prepositional phrase right after a counted noun ("seasons as the
    /// team's director of personnel" → team, director, personnel), up to punctuation, a
    /// coordinator, another preposition than "of" (the clause's place: "… in Bergen") or six tokens.
    private func countModifiers(_ tokens: [Token], _ words: [String], after head: Int, limit: Int) -> Set<String> {
        guard head + 1 < limit, lexicon.countModifierPrepositions.contains(words[head + 1]) else { return [] }
        var out = Set<String>()
        var k = head + 2
        while k < limit, k < head + 8, tokens[k].kind != .symbol || words[k] == "'s", !lexicon.coordinators.contains(words[k]) {
            if words[k] != "of", lexicon.countModifierPrepositions.contains(words[k]) { break }
            if tokens[k].kind != .symbol, !lexicon.stopwords.contains(words[k]) { out.insert(Inflection.termStem(words[k])) }
            k += 1
        }
        return out
    }

    private func format(_ currency: String, _ value: Double) -> String {
        if value == value.rounded(), abs(value) < 9e15 { return "\(currency) \(Int64(value))" }
        return "\(currency) " + String(format: "%.2f", value)
    }
}
