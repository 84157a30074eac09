import CrosscheckSchema
import TextCore

/// Finds indirect speech in body sentences: "X said that …", "X told Y that …",
/// "according to X, …", "…, X said.", "As reported by X, …".
///
/// Speech already inside a direct quote is left to the quote; content that is itself a quote
/// is not repeated as an attribution.
struct AttributionFinder: Sendable {
    let lexicon: ParserLexicon
    let tokenizer: ScalarText
    let speakers: SpeakerFinder

    /// Shares the speaker finder's lexicon and tokenizer.
    init(speakers: SpeakerFinder) {
        self.lexicon = speakers.lexicon
        self.tokenizer = speakers.tokenizer
        self.speakers = speakers
    }

    private static let clauseStarters: Set<String> = [
        "the", "a", "an", "it", "he", "she", "they", "we", "i", "this", "these", "those", "there", "its",
        "their", "his", "her", "our", "no", "all", "some", "any", "none", "both", "neither", "one",
    ]

    func find(in sentences: [Sentence], quotes: [Quote]) -> [Attribution] {
        var result: [Attribution] = []
        var quoteIndex = 0
        for (index, sentence) in sentences.enumerated() {
            while quoteIndex < quotes.count, quotes[quoteIndex].end <= sentence.start { quoteIndex += 1 }
            var local: [TextSpan] = []
            var q = quoteIndex
            while q < quotes.count, quotes[q].start < sentence.end {
                if quotes[q].kind == .speech { local.append(TextSpan(start: quotes[q].start, end: quotes[q].end)) }
                q += 1
            }
            let tokens = tokenizer.tokens(from: sentence.start, to: sentence.end)
            result += attributions(in: tokens, sentence: sentence, index: index, quoted: local)
        }
        return result
    }

    private func attributions(in tokens: [Token], sentence: Sentence, index: Int, quoted: [TextSpan]) -> [Attribution] {
        var found: [Attribution] = []
        let contentEnd = trimmedEnd(sentence)
        func inQuote(_ offset: Int) -> Bool { quoted.contains { $0.start <= offset && offset < $0.end } }
        func add(_ speaker: SpeakerFinder.Speaker, cue: String, from: Int, to: Int) {
            var lo = from
            var hi = to
            while lo < hi, ScalarClass.isSpace(tokenizer.scalars[lo]) || tokenizer.scalars[lo] == "," { lo += 1 }
            while hi > lo, ScalarClass.isSpace(tokenizer.scalars[hi - 1]) || tokenizer.scalars[hi - 1] == "," { hi -= 1 }
            guard hi - lo >= 3, !inQuote(lo), !ScalarClass.isOpener(tokenizer.scalars[lo]) || !startsQuote(lo, quoted) else { return }
            found.append(
                Attribution(
                    sentence: index, speakerText: speaker.text, speakerSpan: speaker.span,
                    cue: cue, content: TextSpan(start: lo, end: hi)))
        }
        var k = 0
        while k < tokens.count {
            let token = tokens[k]
            if inQuote(token.start) {
                k += 1
                continue
            }
            // according to X, …  /  …, according to X.
            if token.lower == "according", k + 1 < tokens.count, tokens[k + 1].lower == "to" {
                k = phraseAttribution(tokens, cue: k, through: k + 1, sentence: sentence, contentEnd: contentEnd, add: add)
                continue
            }
            // As reported by X, …
            if token.lower == "reported", k + 1 < tokens.count, tokens[k + 1].lower == "by", k >= 1, tokens[k - 1].lower == "as" {
                k = phraseAttribution(tokens, cue: k - 1, through: k + 1, sentence: sentence, contentEnd: contentEnd, add: add)
                continue
            }
            guard lexicon.reportingVerbs.contains(token.lower) else {
                k += 1
                continue
            }
            // X VERB [to Y | in a statement | object of "told"] that …
            let thatIndex = complementizer(after: k, in: tokens)
            if Self.nounLike.contains(token.lower), thatIndex != k + 1 {
                k += 1
                continue
            }
            if let that = thatIndex, that + 1 < tokens.count,
                let speaker = speakers.speaker(before: k, in: tokens) ?? subjectIfParticiple(tokens, k)
            {
                add(speaker, cue: tokenizer.string(token.start, token.end), from: tokens[that + 1].start, to: contentEnd)
                k = that + 1
                continue
            }
            // She said donors had pledged …  /  He told reporters the talks had failed.
            if let start = bareClauseStart(after: k, in: tokens), let speaker = openingSpeaker(before: k, in: tokens) {
                add(speaker, cue: tokenizer.string(token.start, token.end), from: tokens[start].start, to: contentEnd)
                k = start
                continue
            }
            // X said the plan …  (no "that")
            if lexicon.bareClauseVerbs.contains(token.lower), k + 1 < tokens.count, speakers.spaced(tokens, k, k + 1) {
                let next = tokens[k + 1]
                if Self.clauseStarters.contains(next.lower) || next.isCapitalized && !lexicon.pronouns.contains(next.lower),
                    let speaker = speakers.speaker(before: k, in: tokens), !speaker.text.isEmpty,
                    lexicon.auxiliaries.contains(next.lower) == false
                {
                    if !(next.isCapitalized && token.lower.hasPrefix("told")) {
                        add(speaker, cue: tokenizer.string(token.start, token.end), from: next.start, to: contentEnd)
                        k += 1
                        continue
                    }
                }
            }
            // …, X said.   /   …, said X.
            if k >= 1, isNearEnd(tokens, k, contentEnd), let (speaker, comma) = trailingSpeaker(tokens, verb: k, sentence: sentence) {
                add(speaker, cue: tokenizer.string(token.start, token.end), from: sentence.start, to: comma)
            }
            k += 1
        }
        return found
    }

    /// The attribution a phrase cue makes ("according to X", "as reported by X": tokens `c...e`
    /// then the speaker): its content is what follows when the cue opens the sentence, else what
    /// precedes it. Returns the index after the speaker.
    private func phraseAttribution(
        _ tokens: [Token], cue c: Int, through e: Int, sentence: Sentence, contentEnd: Int,
        add: (SpeakerFinder.Speaker, String, Int, Int) -> Void
    ) -> Int {
        let (speaker, last) = phrase(tokens, from: e + 1)
        if let speaker {
            let cue = tokenizer.string(tokens[c].start, tokens[e].end)
            if c == 0 || isSentenceOpening(tokens, c) {
                add(speaker, cue, last + 1 < tokens.count ? tokens[last + 1].start : contentEnd, contentEnd)
            } else {
                add(speaker, cue, sentence.start, tokens[c].start)
            }
        }
        return last + 1
    }

    /// "…, X said." / "…, said X.": the speaker next to the reporting verb at `k` and the comma
    /// that ends the reported content.
    private func trailingSpeaker(_ tokens: [Token], verb k: Int, sentence: Sentence) -> (SpeakerFinder.Speaker, Int)? {
        if let speaker = speakers.speaker(before: k, in: tokens), let comma = commaBefore(speaker.span.start, sentence) {
            return (speaker, comma)
        }
        if let speaker = speakers.speaker(after: k, in: tokens), let comma = commaBefore(tokens[k].start, sentence) {
            return (speaker, comma)
        }
        return nil
    }

    /// Where a reported clause without "that" starts after the bare reporting verb at `k`.
    ///
    /// Conservative: the clause must open with a plain word or a clause starter and show a finite
    /// verb within its first four words ("donors had pledged"); a verb that takes a listener
    /// ("told reporters", "told the committee") skips a listener of up to three words first.
    /// Every word up to that verb is separated by spaces only.
    private func bareClauseStart(after k: Int, in tokens: [Token]) -> Int? {
        let verb = tokens[k].lower
        guard lexicon.bareClauseVerbs.contains(verb), k + 1 < tokens.count, speakers.spaced(tokens, k, k + 1) else { return nil }
        var candidates: [Int] = []
        if Self.listenerVerbs.contains(verb), isListener(tokens, k + 1) {
            var t = k + 2
            while t < tokens.count, t - k <= 4, speakers.spaced(tokens, t - 1, t) {
                if Self.clauseStarters.contains(tokens[t].lower) && !Self.objectPronouns.contains(tokens[t].lower) {
                    candidates.append(t)
                    break
                }
                t += 1
            }
        }
        candidates.append(k + 1)
        return candidates.first { isBareClause(startingAt: $0, in: tokens) }
    }

    /// A clause opening at `start` with a subject word and a finite verb within its first four words.
    private func isBareClause(startingAt start: Int, in tokens: [Token]) -> Bool {
        let first = tokens[start]
        guard !lexicon.finiteVerbs.contains(first.lower), !lexicon.auxiliaries.contains(first.lower),
            !lexicon.reportingVerbs.contains(first.lower), !first.isNumeric,
            !Self.objectPronouns.contains(first.lower),
            Self.clauseStarters.contains(first.lower) || first.isCapitalized || speakers.isContentWord(first)
        else { return false }
        var t = start + 1
        while t < tokens.count, t - start <= 4, speakers.spaced(tokens, t - 1, t) {
            if lexicon.finiteVerbs.contains(tokens[t].lower) { return true }
            t += 1
        }
        return false
    }

    /// Whether the words at `index` can be the listener of "told": "reporters", "the committee", "Reuters", "him".
    private func isListener(_ tokens: [Token], _ index: Int) -> Bool {
        guard index < tokens.count else { return false }
        let token = tokens[index]
        return Self.objectPronouns.contains(token.lower) || token.isCapitalized || token.lower == "the"
            || speakers.isContentWord(token)
    }

    /// The speaker of the verb at `k` when it is a short subject opening the sentence or a clause
    /// after an opener ("She said", "On Monday, officials said", "The minister said").
    private func openingSpeaker(before k: Int, in tokens: [Token]) -> SpeakerFinder.Speaker? {
        guard k >= 1, k <= 5, speakers.spaced(tokens, k - 1, k) else { return nil }
        guard let speaker = speakers.speaker(before: k, in: tokens) else { return nil }
        guard let first = tokens.firstIndex(where: { $0.start == speaker.span.start }), k - first <= 4 else { return nil }
        // Only the speaker (and auxiliaries such as "also") stand between the start and the verb.
        if first == 0 { return speaker }
        let gapHasComma = tokenizer.gap(tokens[first - 1].end, tokens[first].start, contains: [0x2C])
        if gapHasComma, first <= 4 { return speaker }
        return nil
    }

    private static let objectPronouns: Set<String> = ["him", "her", "them", "us", "me", "you"]

    /// For a participle ("…, stating that …"), the speaker of an earlier verb or the sentence subject.
    private func subjectIfParticiple(_ tokens: [Token], _ k: Int) -> SpeakerFinder.Speaker? {
        guard tokens[k].lower.hasSuffix("ing") else { return nil }
        var j = k - 1
        while j >= 0 {
            if lexicon.reportingVerbs.contains(tokens[j].lower), !tokens[j].lower.hasSuffix("ing") {
                if let speaker = speakers.speaker(before: j, in: tokens) ?? speakers.speaker(after: j, in: tokens) {
                    return speaker
                }
            }
            j -= 1
        }
        return speakers.subject(of: tokens)
    }

    /// The index of "that" opening the reported clause after the verb at `k`.
    ///
    /// Between them may stand a prepositional phrase ("said in a statement that") or, for verbs
    /// that take a listener, an object ("told Radio Free Europe that"); a plain object means the
    /// "that" starts a relative clause ("suggest an agenda that could …") and does not count.
    private func complementizer(after k: Int, in tokens: [Token]) -> Int? {
        let takesListener = Self.listenerVerbs.contains(tokens[k].lower)
        var t = k + 1
        while t < tokens.count, t - k <= 8 {
            if tokens[t].lower == "that" {
                if t == k + 1 || takesListener || Self.prepositions.contains(tokens[k + 1].lower) { return t }
                return nil
            }
            if tokenizer.gap(tokens[t - 1].end, tokens[t].start, contains: [0x3B, 0x3A, 0x2E, 0x201C, 0x22]) { return nil }
            if lexicon.reportingVerbs.contains(tokens[t].lower) { return nil }
            t += 1
        }
        return nil
    }

    private static let listenerVerbs: Set<String> = [
        "told", "tell", "tells", "telling", "warned", "warns", "warning", "assured", "assures", "informed",
        "informs", "reminded", "reminds", "reassured", "convinced", "notified", "urged", "asked",
    ]
    private static let prepositions: Set<String> = [
        "in", "on", "at", "during", "after", "before", "to", "via", "through", "last", "earlier", "this",
        "on", "late", "early", "repeatedly", "publicly", "again", "also", "previously", "later", "then",
    ]
    /// Verb forms that are also nouns ("member states", "the claims"): they report only before "that".
    private static let nounLike: Set<String> = [
        "states", "claims", "reports", "notes", "calls", "demands", "denies", "stresses", "warns",
        "responded", "posted", "tweeted", "pointed", "observed", "reported",
    ]

    /// A name phrase after "according to" / "reported by", up to punctuation; returns its last token.
    private func phrase(_ tokens: [Token], from start: Int) -> (SpeakerFinder.Speaker?, Int) {
        guard start < tokens.count else { return (nil, tokens.count - 1) }
        var last = start
        while last + 1 < tokens.count, last - start < 7, speakers.spaced(tokens, last, last + 1) { last += 1 }
        let s = tokens[start].start
        let e = tokens[last].end
        return (SpeakerFinder.Speaker(text: tokenizer.string(s, e), span: TextSpan(start: s, end: e)), last)
    }

    private func isSentenceOpening(_ tokens: [Token], _ k: Int) -> Bool {
        k <= 2 && (0..<k).allSatisfy { lexicon.clauseOpeners.contains(tokens[$0].lower) }
    }

    private func isNearEnd(_ tokens: [Token], _ k: Int, _ contentEnd: Int) -> Bool {
        var remaining = 0
        var t = k + 1
        while t < tokens.count, tokens[t].start < contentEnd {
            remaining += 1
            t += 1
        }
        return remaining <= 5
    }

    private func commaBefore(_ offset: Int, _ sentence: Sentence) -> Int? {
        var i = offset - 1
        while i > sentence.start, ScalarClass.isSpace(tokenizer.scalars[i]) { i -= 1 }
        guard i > sentence.start, tokenizer.scalars[i] == "," else { return nil }
        return i
    }

    private func startsQuote(_ offset: Int, _ quoted: [TextSpan]) -> Bool {
        quoted.contains { $0.start == offset }
    }

    private func trimmedEnd(_ sentence: Sentence) -> Int {
        var e = sentence.end
        while e > sentence.start, ScalarClass.isTerminator(tokenizer.scalars[e - 1]) || ScalarClass.isSpace(tokenizer.scalars[e - 1]) {
            e -= 1
        }
        return e
    }
}
