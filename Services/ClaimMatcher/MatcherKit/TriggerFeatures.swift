import TextCore

/// The features of one token for the learned event-trigger tagger.
///
/// The same code computes them when `crosscheck-trigger-features` dumps training rows and when
/// the claim extractor tags a clause, so training and inference cannot drift apart. Features are
/// strings ("w=signing", "wn=act"); the tagger sums the weight of each.
struct TriggerFeatures: Sendable {
    let lexicon: MatcherLexicon

    /// One sentence as the claim extractor sees it.
    struct Sentence {
        var tokens: [Token]
        /// Folded words, one per token.
        var words: [String]
        /// Whether each token belongs to a resolved entity mention.
        var isEntity: [Bool]
    }

    /// The lemma of a folded word: the word itself when WordNet knows it, else its regular stem
    /// (with a restored final "e": "raised" → "raise"), else the stem.
    func lemma(_ word: String) -> String {
        if lexicon.wordFacts[word] != nil { return word }
        let stem = Inflection.stem(word)
        if lexicon.wordFacts[stem] != nil { return stem }
        if lexicon.wordFacts[stem + "e"] != nil { return stem + "e" }
        return stem
    }

    /// The features of token `i` of `s`.
    func features(at i: Int, in s: Sentence) -> [String] {
        let word = s.words[i]
        let lemma = lemma(word)
        let facts = lexicon.wordFacts[lemma] ?? ["none"]
        let previous = i > 0 ? s.words[i - 1] : "<s>"
        let next = i + 1 < s.words.count ? s.words[i + 1] : "</s>"
        let afterDeterminer = ClaimExtractor.determiners.contains(previous)
        var out = [
            "bias", "w=" + word, "lem=" + lemma, "suf3=" + String(word.suffix(3)), "suf2=" + String(word.suffix(2)),
            "shape=" + Self.shape(s.tokens[i], first: i == 0), "prev=" + previous, "next=" + next,
            "prevlem=" + (i > 0 ? self.lemma(previous) : "<s>"), "nextlem=" + (i + 1 < s.words.count ? self.lemma(next) : "</s>"),
            "prev2=" + (i > 1 ? s.words[i - 2] : "<s>"), "next2=" + (i + 2 < s.words.count ? s.words[i + 2] : "</s>"),
        ]
        for fact in facts {
            out.append("wn=" + fact)
            if afterDeterminer { out.append("det+wn=" + fact) }
        }
        if s.isEntity[i] { out.append("entity") }
        if i > 0, s.isEntity[i - 1] { out.append("prev-entity") }
        if lexicon.eventClasses[word] != nil || lexicon.eventClasses[lemma] != nil { out.append("event-class") }
        if lexicon.predicates.match(s.words, at: i) != nil { out.append("predicate") }
        if lexicon.reportingVerbs.match(s.words, at: i) != nil { out.append("reporting") }
        if lexicon.stopwords.contains(word) { out.append("stopword") }
        if lexicon.auxiliaries.contains(previous) || lexicon.copulas[previous] != nil { out.append("after-auxiliary") }
        if afterDeterminer { out.append("after-determiner") }
        return out
    }

    /// The token's shape: a number, capitalised, lower case or a symbol; "first" marks the
    /// sentence's first token, whose capital says less.
    static func shape(_ token: Token, first: Bool) -> String {
        if token.kind == .number { return "number" }
        if token.isCapitalized { return first ? "first-cap" : "cap" }
        return token.kind == .word ? "lower" : "symbol"
    }
}
