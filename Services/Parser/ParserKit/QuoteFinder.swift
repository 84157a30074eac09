import CrosscheckSchema
import TextCore

/// Finds quoted stretches, tells speech from scare and term quotes, and finds the speaker.
///
/// Double quotes (curly, straight, low-9, guillemets) pair within a paragraph, so a quote that
/// runs over several sentences stays one span. Curly single quotes count only where an opening
/// ‘ stands before a word and a closing ’ is not an apostrophe inside a word ("Ghana’s").
///
/// Kinds: one to three capitalised words (“Republic”) are a scare quote; four or more words, or a
/// phrase framed by a reporting verb (“…,” she said; described it as a “…”), are speech; any
/// other short phrase (the “arms race”) is a term.
struct QuoteFinder: Sendable {
    let lexicon: ParserLexicon
    let tokenizer: ScalarText
    let speakers: SpeakerFinder

    /// Shares the speaker finder's lexicon and tokenizer.
    init(speakers: SpeakerFinder) {
        self.lexicon = speakers.lexicon
        self.tokenizer = speakers.tokenizer
        self.speakers = speakers
    }

    private var view: [Unicode.Scalar] { tokenizer.scalars }

    /// Quotes in the given regions (paragraphs and headings), in text order.
    func find(in regions: [TextSpan], sentences: [Sentence], paragraphs: [TextSpan]) -> [Quote] {
        var spans: [TextSpan] = []
        for region in regions { spans += pairs(in: region) }
        spans.sort()
        var quotes: [Quote] = []
        var tokenCache: [Int: [Token]] = [:]
        for span in spans {
            let sentence = Self.index(of: span.start, in: sentences)
            var quote = Quote(start: span.start, end: span.end, kind: .term, sentence: sentence)
            classify(&quote, sentences: sentences, paragraphs: paragraphs, cache: &tokenCache)
            quotes.append(quote)
        }
        carrySpeakers(&quotes, sentences: sentences)
        return quotes
    }

    /// A quote that opens the sentence right after an attributed quote, in the same paragraph,
    /// continues that speaker: “…,” she said. “…”
    private func carrySpeakers(_ quotes: inout [Quote], sentences: [Sentence]) {
        var previous: (sentence: Int, text: String, span: TextSpan)?
        for i in quotes.indices where quotes[i].kind == .speech {
            guard let opening = quotes[i].sentence else { continue }
            let closing = Self.index(of: quotes[i].end - 1, in: sentences) ?? opening
            if let text = quotes[i].speakerText, let span = quotes[i].speakerSpan {
                previous = (closing, text, span)
                continue
            }
            if let carried = previous, opening == carried.sentence + 1,
                sentences[opening].paragraph == sentences[carried.sentence].paragraph,
                quotes[i].start == sentences[opening].start
            {
                quotes[i].speakerText = carried.text
                quotes[i].speakerSpan = carried.span
                previous = (closing, carried.text, carried.span)
            }
        }
    }

    // MARK: Pairing marks

    func pairs(in region: TextSpan) -> [TextSpan] {
        var result: [TextSpan] = []
        var openDouble: Int?
        var openSingle: Int?
        let lo = max(0, region.start)
        let hi = min(region.end, view.count)
        var i = lo
        while i < hi {
            let c = view[i]
            switch c.value {
            case 0x201C, 0x201E, 0xAB: // “ „ «
                if let open = openDouble, c.value == 0x201C, view[open].value == 0x201E {
                    result.append(TextSpan(start: open, end: i + 1))
                    openDouble = nil
                } else {
                    openDouble = i
                }
            case 0x201D, 0xBB: // ” »
                if let open = openDouble {
                    result.append(TextSpan(start: open, end: i + 1))
                    openDouble = nil
                }
            case 0x22: // "
                if let open = openDouble, view[open] == "\"" {
                    result.append(TextSpan(start: open, end: i + 1))
                    openDouble = nil
                } else if openDouble == nil, opensQuote(at: i, lo: lo, hi: hi) {
                    openDouble = i
                }
            case 0x2018: // ‘
                if opensQuote(at: i, lo: lo, hi: hi) { openSingle = i }
            case 0x2019: // ’
                if let open = openSingle {
                    let nextIsWord = i + 1 < hi && ScalarClass.isLetter(view[i + 1])
                    let prevIsSpace = i == lo || ScalarClass.isSpace(view[i - 1])
                    if !nextIsWord && !prevIsSpace {
                        if i - open > 1 { result.append(TextSpan(start: open, end: i + 1)) }
                        openSingle = nil
                    } else if i - open > 200 {
                        openSingle = nil
                    }
                }
            default:
                break
            }
            i += 1
        }
        return result
    }

    private func opensQuote(at i: Int, lo: Int, hi: Int) -> Bool {
        guard i + 1 < hi,
            ScalarClass.isAlphanumeric(view[i + 1]) || ScalarClass.isOpener(view[i + 1])
                || view[i + 1] == "…" || view[i + 1] == "."
        else { return false }
        if i == lo { return true }
        let p = view[i - 1]
        return ScalarClass.isSpace(p) || ScalarClass.isOpener(p) || ScalarClass.isDash(p) || p == "/" || p == ":"
    }

    // MARK: Kind and speaker

    private func classify(
        _ quote: inout Quote, sentences: [Sentence], paragraphs: [TextSpan],
        cache: inout [Int: [Token]]
    ) {
        let inner = tokenizer.tokens(from: quote.start + 1, to: quote.end - 1)
        let words = inner.count
        let proper =
            words >= 1 && words <= 3 && inner.allSatisfy { $0.isCapitalized || $0.isNumeric || lexicon.nameConnectors.contains($0.lower) }
            && inner.first?.isCapitalized == true
        guard let sentenceIndex = quote.sentence else {
            quote.kind = proper ? .scare : (words >= 4 ? .speech : .term)
            return
        }
        let sentence = sentences[sentenceIndex]
        let tokens: [Token]
        if let cached = cache[sentenceIndex] {
            tokens = cached
        } else {
            tokens = tokenizer.tokens(from: sentence.start, to: sentence.end)
            cache[sentenceIndex] = tokens
        }
        let paragraphEnd = sentence.paragraph < paragraphs.count ? paragraphs[sentence.paragraph].end : sentence.end
        let after = speakerAfter(quote, paragraphEnd: paragraphEnd)
        let before = speakerBefore(quote, tokens: tokens)
        if proper && after == nil {
            quote.kind = .scare
            return
        }
        let framed = after != nil || before.framed
        guard words >= 4 || framed else {
            quote.kind = .term
            return
        }
        quote.kind = .speech
        if let speaker = after ?? before.speaker {
            quote.speakerText = speaker.text
            quote.speakerSpan = speaker.span
        }
    }

    /// "“…,” X said", "“…”, said X", "“…?” she asked".
    private func speakerAfter(_ quote: Quote, paragraphEnd: Int) -> SpeakerFinder.Speaker? {
        var lastInside = quote.end - 2
        while lastInside > quote.start, ScalarClass.isSpace(view[lastInside]) { lastInside -= 1 }
        let innerEnd = view[lastInside]
        let tokens = tokenizer.tokens(from: quote.end, to: min(paragraphEnd, quote.end + 160))
        guard let first = tokens.first else { return nil }
        let gapHasComma = tokenizer.gap(quote.end, first.start, contains: [0x2C])
        guard
            tokenizer.onlySpaceBetween(quote.end, first.start)
                || gapHasComma
                    && tokenizer.gap(quote.end, first.start, contains: [0x2C, 0x20, 0xA0])
        else { return nil }
        let attached = innerEnd == "," || innerEnd == "?" || innerEnd == "!" || ScalarClass.isDash(innerEnd) || gapHasComma
        if lexicon.reportingVerbs.contains(first.lower) {
            // "“…,” said X" — not a participle that goes on with the sentence ("…,” asserting that).
            guard !first.lower.hasSuffix("ing"), attached || !first.isCapitalized else { return nil }
            return speakers.speaker(after: 0, in: tokens)
        }
        guard attached else { return nil }
        var v = 1
        while v < tokens.count, v <= 6, speakers.spaced(tokens, v - 1, v) {
            if lexicon.reportingVerbs.contains(tokens[v].lower) {
                guard let speaker = speakers.run(endingAt: v - 1, in: tokens) else { return nil }
                if speaker.span.start == first.start { return speaker }
                // Lowercase descriptors before the name: "regional governor Tomas Lind said".
                guard tokens[0..<v].allSatisfy({ $0.isCapitalized || speakers.isContentWord($0) }) else { return nil }
                let span = TextSpan(start: first.start, end: speaker.span.end)
                return SpeakerFinder.Speaker(text: tokenizer.string(span.start, span.end), span: span)
            }
            v += 1
        }
        return nil
    }

    /// The speaker named before the quote in its sentence, and whether a verb frames the quote.
    private func speakerBefore(_ quote: Quote, tokens: [Token]) -> (speaker: SpeakerFinder.Speaker?, framed: Bool) {
        // Binary search for the last token ending before the quote opens.
        var lo = 0
        var hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].end <= quote.start { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return (nil, false) }
        let last = lo - 1
        var k = last
        var stepsBack = 0
        var crossedPunctuation = false
        while k >= 0, stepsBack < 25 {
            let token = tokens[k]
            if k < last, !speakers.spaced(tokens, k, k + 1) { crossedPunctuation = true }
            if token.start >= 0, lexicon.reportingVerbs.contains(token.lower) || lexicon.framingVerbs.contains(token.lower) {
                let direct = k == last
                let framed = direct || (lexicon.framingVerbs.contains(token.lower) && !crossedPunctuation && stepsBack <= 7)
                let speaker = speakers.speaker(before: k, in: tokens) ?? speakers.subject(of: tokens)
                return (speaker, framed)
            }
            k -= 1
            stepsBack += 1
        }
        return (nil, false)
    }

    /// The sentence containing `offset`, by binary search.
    static func index(of offset: Int, in sentences: [Sentence]) -> Int? {
        var lo = 0
        var hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo < sentences.count, sentences[lo].start <= offset, offset < sentences[lo].end else { return nil }
        return lo
    }
}
