import CrosscheckSchema
import TextCore

/// Finds who speaks: the name phrase next to a reporting verb, or a sentence's subject.
///
/// Works on word tokens without a grammar: a speaker is a run of capitalised words (with
/// "of", "for", "and" inside: "Ministry of Foreign Affairs"), optionally ending in one lowercase
/// head noun after a capitalised word or article ("A NATO official", "The ministry"), or a pronoun.
struct SpeakerFinder: Sendable {
    struct Speaker: Equatable {
        var text: String
        var span: TextSpan
    }

    let lexicon: ParserLexicon
    let tokenizer: ScalarText

    init(lexicon: ParserLexicon, tokenizer: ScalarText) {
        self.lexicon = lexicon
        self.tokenizer = tokenizer
    }

    /// A finder over a document's text (`view` is its working copy of the scalars).
    init(lexicon: ParserLexicon, view: [Unicode.Scalar]) {
        self.init(lexicon: lexicon, tokenizer: ScalarText(scalars: view))
    }

    private static let determiners: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "our", "this", "that"]
    private static let articles: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "our"]
    private static let comma: Set<UInt32> = [0x2C]
    private static let relativeWords: Set<String> = ["who", "whose", "which", "the", "a", "an", "whom"]

    /// The speaker ending just before `tokens[verb]`, skipping auxiliaries ("has also said") and a
    /// relative clause or apposition between commas ("X, who chairs the panel, said").
    func speaker(before verb: Int, in tokens: [Token]) -> Speaker? {
        guard verb > 0, verb <= tokens.count else { return nil }
        var i = verb - 1
        var next = verb
        while i > 0, next >= tokens.count || spaced(tokens, i, next), isSkippable(tokens[i]) {
            next = i
            i -= 1
        }
        if next >= tokens.count || spaced(tokens, i, next) {
            return isSkippable(tokens[i]) ? nil : run(endingAt: i, in: tokens)
        }
        // Punctuation sits before the verb: look behind a clause in commas.
        guard hasComma(tokens, i, next) else { return nil }
        var k = i
        while k > 0, !hasComma(tokens, k - 1, k) { k -= 1 }
        guard k > 0, i - k < 12, Self.relativeWords.contains(tokens[k].lower) else { return nil }
        return run(endingAt: k - 1, in: tokens)
    }

    /// The speaker right after a verb: "said Jane Doe", "said the minister".
    func speaker(after verb: Int, in tokens: [Token]) -> Speaker? {
        let first = verb + 1
        guard first < tokens.count, spaced(tokens, verb, first) else { return nil }
        var last = first
        if lexicon.pronouns.contains(tokens[first].lower) { return make(tokens, first, first) }
        if Self.articles.contains(tokens[first].lower) {
            while last + 1 < tokens.count, last - first < 4, spaced(tokens, last, last + 1),
                !lexicon.reportingVerbs.contains(tokens[last + 1].lower)
            {
                last += 1
            }
            return last > first ? make(tokens, first, last) : nil
        }
        guard tokens[first].isCapitalized else { return nil }
        while let step = nameStep(tokens, after: last) { last = step }
        return make(tokens, first, last)
    }

    /// The name phrase that ends at `tokens[end]`.
    func run(endingAt end: Int, in tokens: [Token]) -> Speaker? {
        guard end >= 0, end < tokens.count else { return nil }
        let head = tokens[end]
        if lexicon.pronouns.contains(head.lower), head.lower != "who" {
            return make(tokens, end, end)
        }
        var j = end
        if !head.isCapitalized {
            // A lowercase head noun needs an article or a capitalised word within two words
            // before it: "the ministry", "the utility company", "A NATO official".
            // After a comma, one or two lowercase words may stand alone: "…, union leaders said".
            guard isContentWord(head) else { return nil }
            var m = end
            while true {
                guard m > 0, spaced(tokens, m - 1, m) else {
                    if end - m <= 1, m > 0, hasComma(tokens, m - 1, m) { return make(tokens, m, end) }
                    return nil
                }
                let previous = tokens[m - 1]
                if Self.determiners.contains(previous.lower) { return make(tokens, m - 1, end) }
                if previous.isCapitalized { break }
                guard end - m < 2, isContentWord(previous), !lexicon.reportingVerbs.contains(previous.lower) else { return nil }
                m -= 1
            }
            j = m - 1
        }
        while j > 0, spaced(tokens, j - 1, j) {
            let p = tokens[j - 1]
            if Self.determiners.contains(p.lower) {
                j -= 1
                break
            }
            if p.isCapitalized {
                j -= 1
            } else if lexicon.nameConnectors.contains(p.lower), j >= 2, tokens[j - 2].isCapitalized, spaced(tokens, j - 2, j - 1) {
                j -= 2
            } else {
                break
            }
        }
        while j < end, isOpener(tokens[j]) { j += 1 }
        let first = tokens[j]
        guard first.isCapitalized || Self.determiners.contains(first.lower) else { return nil }
        if j == end, Self.determiners.contains(first.lower) { return nil }
        return make(tokens, j, end)
    }

    /// The subject that opens a sentence, after an opening adverbial ("However, …").
    func subject(of tokens: [Token]) -> Speaker? {
        guard !tokens.isEmpty else { return nil }
        var j = 0
        if lexicon.clauseOpeners.contains(tokens[0].lower) {
            var k = 1
            while k < tokens.count, k < 10, !hasComma(tokens, k - 1, k) { k += 1 }
            guard k < tokens.count, k < 10 else { return nil }
            j = k
        }
        let first = tokens[j]
        if lexicon.pronouns.contains(first.lower), first.lower != "who" { return make(tokens, j, j) }
        guard first.isCapitalized || Self.determiners.contains(first.lower) else { return nil }
        var last = j
        while last + 1 < tokens.count, spaced(tokens, last, last + 1) {
            let next = tokens[last + 1]
            if let step = nameStep(tokens, after: last) {
                last = step
            } else if !next.isNumeric, !isSkippable(next), !lexicon.reportingVerbs.contains(next.lower),
                last + 2 < tokens.count, spaced(tokens, last + 1, last + 2), looksLikeVerb(tokens[last + 2])
            {
                last += 1
                break
            } else {
                break
            }
        }
        if last == j, Self.determiners.contains(first.lower) { return nil }
        return make(tokens, j, last)
    }

    // MARK: Helpers

    /// Where a capitalised name continues after token `last`: the next capitalised word, or a
    /// connector ("of", "van") with the capitalised word after it; nil where the name ends.
    private func nameStep(_ tokens: [Token], after last: Int) -> Int? {
        guard last + 1 < tokens.count, spaced(tokens, last, last + 1) else { return nil }
        let next = tokens[last + 1]
        if next.isCapitalized { return last + 1 }
        if lexicon.nameConnectors.contains(next.lower), last + 2 < tokens.count,
            tokens[last + 2].isCapitalized, spaced(tokens, last + 1, last + 2)
        {
            return last + 2
        }
        return nil
    }

    private func looksLikeVerb(_ token: Token) -> Bool {
        let w = token.lower
        return lexicon.reportingVerbs.contains(w) || lexicon.framingVerbs.contains(w) || lexicon.auxiliaries.contains(w)
            || (!token.isCapitalized && w.hasSuffix("ed") && w.count > 3)
    }

    /// A lowercase word that can be part of a noun phrase (not a number, auxiliary or function word).
    func isContentWord(_ token: Token) -> Bool {
        !token.isNumeric && !isSkippable(token) && !lexicon.clauseOpeners.contains(token.lower)
            && !lexicon.nameConnectors.contains(token.lower) && !lexicon.pronouns.contains(token.lower)
            && !Self.functionWords.contains(token.lower)
    }

    private static let functionWords: Set<String> = [
        "and", "or", "but", "nor", "that", "which", "who", "whom", "to", "not", "no", "than", "very",
        "more", "most", "less", "also", "only", "even", "just", "into", "onto", "upon", "about",
    ]

    private func isSkippable(_ token: Token) -> Bool {
        lexicon.auxiliaries.contains(token.lower) || (!token.isCapitalized && token.lower.hasSuffix("ly") && token.lower.count > 3)
    }

    private func isOpener(_ token: Token) -> Bool {
        lexicon.clauseOpeners.contains(token.lower) && !Self.determiners.contains(token.lower)
            || lexicon.months[token.lower] != nil && token.lower.count > 3
            || ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].contains(token.lower)
    }

    /// Whether only spaces (or the dot of an abbreviation such as "Mr.") separate two tokens.
    func spaced(_ tokens: [Token], _ a: Int, _ b: Int) -> Bool {
        guard a >= 0, b < tokens.count, a < b else { return false }
        let gapStart = tokens[a].end
        if gapStart < tokenizer.scalars.count, tokenizer.scalars[gapStart] == ".",
            lexicon.abbreviations.contains(tokens[a].lower)
        {
            return tokenizer.onlySpaceBetween(gapStart + 1, tokens[b].start)
        }
        return tokenizer.onlySpaceBetween(gapStart, tokens[b].start)
    }

    private func hasComma(_ tokens: [Token], _ a: Int, _ b: Int) -> Bool {
        guard a >= 0, b < tokens.count else { return false }
        return tokenizer.gap(tokens[a].end, tokens[b].start, contains: Self.comma)
    }

    private func make(_ tokens: [Token], _ first: Int, _ last: Int) -> Speaker? {
        guard first >= 0, last < tokens.count, first <= last else { return nil }
        let start = tokens[first].start
        let end = tokens[last].end
        return Speaker(text: tokenizer.string(start, end), span: TextSpan(start: start, end: end))
    }
}
