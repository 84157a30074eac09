import CrosscheckSchema

/// Turns a resolved document's body sentences into claims with speaker, modality and slots.
///
/// Sentences split into clauses at ";" and at ", but" / ", while" / ", whereas"; questions and
/// clauses without a recognisable predicate are skipped. Claim ids are `<doc>#c<n>` in order.
struct ClaimExtractor: Sendable {
    let lexicon: MatcherLexicon
    let entityTypes: [String: EntityType]

    private var dates: DateExtractor { DateExtractor(lexicon: lexicon) }
    private var quantities: QuantityExtractor { QuantityExtractor(lexicon: lexicon) }

    /// Everything the clause builder reads about one sentence.
    private struct SentenceContext {
        var docID: String
        var sentence: Int
        var tokens: [Token]
        var words: [String]
        /// Entity id of the mention each token belongs to.
        var entityAt: [String?]
        var scalars: [Unicode.Scalar]
        var attributions: [Attribution]
        var quotes: [Quote]
        var mentions: [EntityMention]
        var published: CivilDate?
    }

    func extract(_ resolved: ResolvedDocument, docIndex: Int, firstOrder: Int) -> [ClaimFeatures] {
        let doc = resolved.document
        let scalars = Array(doc.text.unicodeScalars)
        let published = doc.published.flatMap { CivilDate(iso: $0) }
        var mentionsBySentence: [Int: [EntityMention]] = [:]
        for m in resolved.mentions { if let s = m.sentence { mentionsBySentence[s, default: []].append(m) } }
        var attributionsBySentence: [Int: [Attribution]] = [:]
        for a in doc.attributions { attributionsBySentence[a.sentence, default: []].append(a) }
        var quotesBySentence: [Int: [Quote]] = [:]
        for q in doc.quotes where q.kind == .speech { if let s = q.sentence { quotesBySentence[s, default: []].append(q) } }

        var out: [ClaimFeatures] = []
        for (index, sentence) in doc.sentences.enumerated() {
            let tokens = Tokenizer.tokens(scalars, start: sentence.start, end: sentence.end)
            guard tokens.filter({ $0.kind == .word }).count >= 3, !isQuestion(tokens) else { continue }
            let mentions = (mentionsBySentence[index] ?? []).sorted { ($0.start, $0.end) < ($1.start, $1.end) }
            var context = SentenceContext(
                docID: doc.id, sentence: index, tokens: tokens, words: tokens.map(\.folded),
                entityAt: Array(repeating: nil, count: tokens.count), scalars: scalars,
                attributions: attributionsBySentence[index] ?? [], quotes: quotesBySentence[index] ?? [],
                mentions: mentions, published: published)
            for m in mentions {
                for (ti, t) in tokens.enumerated() where t.start >= m.start && t.end <= m.end && t.kind != .symbol {
                    context.entityAt[ti] = m.entity
                }
            }
            var inherited: [String] = []
            for clause in clauses(tokens) {
                guard var features = claim(in: clause, context: context, inheritedSubject: inherited) else { continue }
                features.docIndex = docIndex
                features.order = firstOrder + out.count
                features.claim.id = "\(doc.id)#c\(out.count)"
                inherited = features.claim.subject
                out.append(features)
            }
        }
        return out
    }

    private func isQuestion(_ tokens: [Token]) -> Bool {
        for t in tokens.reversed() where t.kind == .symbol {
            if t.folded == "?" { return true }
            if ["\"", "\u{201D}", "'", ")", "\u{2019}"].contains(t.folded) { continue }
            return false
        }
        return false
    }

    /// Token ranges of the clauses of a sentence.
    private func clauses(_ tokens: [Token]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            var cut: Int?
            if t.kind == .symbol, t.folded == ";" { cut = i }
            if t.kind == .symbol, t.folded == ",", i + 1 < tokens.count,
               ["but", "while", "whereas"].contains(tokens[i + 1].folded), i - start >= 4 {
                cut = i
            }
            if let c = cut {
                if c > start { out.append(start..<c) }
                start = c + 1
            }
            i += 1
        }
        if start < tokens.count { out.append(start..<tokens.count) }
        return out.filter { r in tokens[r].filter { $0.kind == .word }.count >= 3 }
    }

    // MARK: One clause

    private struct Speaker {
        var entity: String?
        var region: Set<Int>
        var lemma: String?
        var unnamed: Bool
    }

    private func claim(in clause: Range<Int>, context c: SentenceContext, inheritedSubject: [String]) -> ClaimFeatures? {
        let speaker = findSpeaker(in: clause, context: c)
        let content = clause.filter { !speaker.region.contains($0) }
        guard !content.isEmpty else { return nil }

        // Slots first: date and quantity tokens are not predicates or terms.
        let future = content.contains { c.words[$0] == "will" }
        let foundDates = dates.extract(c.tokens, in: clause, anchor: c.published, future: future)
        var consumed = Set<Int>()
        for f in foundDates { consumed.formUnion(f.tokens) }
        let date = bestDate(foundDates.compactMap(\.value))
        let q = quantities.extract(c.tokens, in: clause, skipping: consumed)
        consumed.formUnion(q.tokens)

        let place = findPlace(content: content, context: c)

        // Predicate: the highest-ranked lexicon predicate; else a fallback verb.
        var predicateIndex: Int?
        var predicate: MatcherLexicon.Predicate?
        var stage: Int?
        var k = 0
        while k < content.count {
            let idx = content[k]
            if c.entityAt[idx] == nil, !consumed.contains(idx), c.tokens[idx].kind == .word,
               let (length, p) = lexicon.predicates.match(c.words, at: idx) {
                if let s = p.stage { stage = max(stage ?? 0, s) }
                if predicate == nil || p.rank > (predicate?.rank ?? 0) {
                    predicate = p
                    predicateIndex = idx
                }
                k += length
                continue
            }
            k += 1
        }
        var lemma = predicate?.lemma
        if lemma == nil {
            for idx in content where c.entityAt[idx] == nil && !consumed.contains(idx) && c.tokens[idx].kind == .word {
                let w = c.words[idx]
                if w.hasSuffix("ed"), w.count > 4, !lexicon.stopwords.contains(w) {
                    lemma = Inflection.stem(w)
                    predicateIndex = idx
                    break
                }
            }
        }
        if lemma == nil, let verb = speaker.lemma {
            lemma = verb
            predicateIndex = content.first
        }
        guard let predicateLemma = lemma, let pIndex = predicateIndex else { return nil }

        // Subject: entities before the predicate; else a "by" agent; else the noun phrase after it.
        let contentEntities = orderedEntities(content, context: c, excluding: place)
        var subject = orderedEntities(content.filter { $0 < pIndex }, context: c, excluding: place)
        if subject.isEmpty {
            let after = content.filter { $0 > pIndex }
            if let first = after.first, c.words[first] == "by" {
                subject = orderedEntities(Array(after.prefix(14)), context: c, excluding: place)
            } else {
                var phrase: [Int] = []
                for idx in after.prefix(12) {
                    let w = c.words[idx]
                    if ["is", "are", "was", "were", "has", "have", "had", "will"].contains(w) { break }
                    if c.entityAt[idx] == nil, lexicon.predicates.match(c.words, at: idx) != nil { break }
                    phrase.append(idx)
                }
                subject = orderedEntities(phrase, context: c, excluding: place)
            }
        }
        if subject.isEmpty { subject = inheritedSubject }
        if let who = speaker.entity, subject.count > 1 { subject.removeAll { $0 == who } }

        let object = findObject(content: content, after: pIndex, context: c, excluding: place, subject: subject)
        let modality = modalityOf(clause: clause, content: content, speaker: speaker, context: c, consumed: consumed)

        var slots: [String: SlotValue] = [:]
        if let date { slots["date"] = .text(date.text) }
        if let place { slots["place"] = .text(place) }
        if let amount = q.amount { slots["amount"] = .text(amount) }
        if let percent = q.percent { slots["percent"] = .number(percent) }
        if let count = q.count { slots["count"] = .number(count) }
        if let s = stage, let name = lexicon.stageNames[s] { slots["stage"] = .text(name) }

        let clauseTokens = c.tokens[clause]
        let start = clauseTokens.first?.start ?? 0
        let end = clauseTokens.last?.end ?? start
        var text = String.UnicodeScalarView()
        if start < end, end <= c.scalars.count { text.append(contentsOf: c.scalars[start..<end]) }

        let claim = Claim(id: "", doc: c.docID, sentence: c.sentence, start: start, end: end, text: String(text),
                          speaker: speaker.entity, modality: modality, subject: subject, predicate: predicateLemma,
                          object: object, slots: slots)
        return ClaimFeatures(claim: claim, order: 0, docIndex: 0, entities: contentEntities,
                             terms: terms(content: content, context: c, consumed: consumed),
                             date: date, countHead: q.countHead, stage: stage, published: c.published)
    }

    /// The most precise date of the clause: a day, else a month, a week range, a year, an open form.
    private func bestDate(_ values: [DateValue]) -> DateValue? {
        values.enumerated().min { ($0.element.precision, $0.offset) < ($1.element.precision, $1.offset) }?.element
    }

    private func orderedEntities(_ indices: [Int], context c: SentenceContext, excluding place: String?) -> [String] {
        var seen: [String] = []
        for idx in indices {
            if let e = c.entityAt[idx], e != place, !seen.contains(e) { seen.append(e) }
        }
        return seen
    }

    /// A place or country named after "in"/"at": the claim's place slot.
    private func findPlace(content: [Int], context c: SentenceContext) -> String? {
        for idx in content {
            guard let e = c.entityAt[idx], idx > 0, c.entityAt[idx - 1] != e else { continue }
            let type = entityTypes[e]
            guard type == .place || type == .country else { continue }
            if lexicon.placePrepositions.contains(c.words[idx - 1]) { return e }
        }
        return nil
    }

    private func findObject(content: [Int], after p: Int, context c: SentenceContext, excluding place: String?,
                            subject: [String]) -> String? {
        let after = content.filter { $0 > p }
        for idx in after.prefix(10) where c.entityAt[idx] == nil {
            if let (_, head) = lexicon.objects.match(c.words, at: idx) { return head }
        }
        for idx in after.prefix(6) {
            if let e = c.entityAt[idx], e != place, !subject.contains(e) { return e }
        }
        for idx in content where c.entityAt[idx] == nil {
            if let (_, head) = lexicon.objects.match(c.words, at: idx) { return head }
        }
        for idx in after.prefix(4) where c.entityAt[idx] == nil && c.tokens[idx].kind == .word {
            let w = c.words[idx]
            if !lexicon.stopwords.contains(w), w.count > 2, lexicon.predicates.match(c.words, at: idx) == nil {
                return Inflection.stem(w)
            }
        }
        return nil
    }

    // MARK: Speaker

    private func findSpeaker(in clause: Range<Int>, context c: SentenceContext) -> Speaker {
        let span = (start: c.tokens[clause.lowerBound].start, end: c.tokens[clause.upperBound - 1].end)
        // 1. Attributions the parser found.
        for a in c.attributions where a.content.start < span.end && span.start < a.content.end {
            var region = Set<Int>()
            var entity = a.speaker
            for idx in clause {
                let t = c.tokens[idx]
                let inContent = t.start >= a.content.start && t.end <= a.content.end
                if !inContent { region.insert(idx) }
                if entity == nil, t.start >= a.speakerSpan.start, t.end <= a.speakerSpan.end, let e = c.entityAt[idx] {
                    entity = e
                }
            }
            let cueWords = Tokenizer.foldPhrase(a.cue).split(separator: " ").map(String.init)
            let lemma = lexicon.reportingVerbs.match(cueWords, at: 0)?.value
            if region.count == clause.count { region = [] }
            return Speaker(entity: entity, region: region, lemma: lemma, unnamed: entity == nil)
        }
        // 2. Reporting verbs next to a named speaker.
        var i = clause.lowerBound
        while i < clause.upperBound {
            guard c.tokens[i].kind == .word, c.entityAt[i] == nil,
                  let (length, lemma) = lexicon.reportingVerbs.match(c.words, at: i) else { i += 1; continue }
            let verbEnd = min(i + length, clause.upperBound)
            if lemma == "according to" {
                var j = verbEnd
                var entity: String?
                while j < clause.upperBound, j < verbEnd + 6, c.words[j] != "," {
                    if entity == nil, let e = c.entityAt[j] { entity = e }
                    j += 1
                }
                return Speaker(entity: entity, region: Set(i..<j), lemma: lemma, unnamed: entity == nil)
            }
            // Speaker before the verb: the nearest mention within eight tokens.
            var j = i - 1
            while j >= clause.lowerBound, j >= i - 8 {
                if let e = c.entityAt[j] {
                    var first = j
                    while first > clause.lowerBound, c.entityAt[first - 1] == e { first -= 1 }
                    // Extend over the title phrase before the name ("Serbian Foreign Minister").
                    while first > clause.lowerBound,
                          c.tokens[first - 1].isCapitalized || c.entityAt[first - 1] != nil || c.words[first - 1] == "'s" {
                        first -= 1
                    }
                    var end = verbEnd
                    if end < clause.upperBound, c.words[end] == "that" { end += 1 }
                    return Speaker(entity: e, region: Set(first..<end), lemma: lemma, unnamed: false)
                }
                if c.words[j] == ";" { break }
                j -= 1
            }
            // Speaker right after the verb: "…, said the minister".
            if verbEnd < clause.upperBound, let e = c.entityAt[verbEnd] {
                var end = verbEnd
                while end < clause.upperBound, c.entityAt[end] == e { end += 1 }
                return Speaker(entity: e, region: Set(i..<end), lemma: lemma, unnamed: false)
            }
            i = verbEnd
        }
        // 3. A direct quote's speaker.
        for q in c.quotes where q.start < span.end && span.start < q.end {
            if let s = q.speaker { return Speaker(entity: s, region: [], lemma: nil, unnamed: false) }
        }
        return Speaker(entity: nil, region: [], lemma: nil, unnamed: false)
    }

    // MARK: Modality and terms

    /// Speculative beats hedged beats negated beats reported: a weak claim never makes a conflict.
    ///
    /// Hedges and speculation count anywhere in the clause ("according to some researchers");
    /// negation only in the reported content, plus a denial as the reporting verb.
    private func modalityOf(clause: Range<Int>, content: [Int], speaker: Speaker, context c: SentenceContext,
                            consumed: Set<Int>) -> Modality {
        var hedged = false
        var speculative = false
        var negated = speaker.lemma == "deny"
        let inContent = Set(content)
        for idx in clause where !consumed.contains(idx) && c.tokens[idx].kind == .word && c.entityAt[idx] == nil {
            let w = c.words[idx]
            if lexicon.speculative.match(c.words, at: idx) != nil, !(c.tokens[idx].isCapitalized && w == "may") {
                speculative = true
            }
            if let (length, _) = lexicon.hedges.match(c.words, at: idx), idx + length <= clause.upperBound {
                hedged = true
            }
            guard inContent.contains(idx) else { continue }
            if w == "not", idx + 1 < c.words.count, c.words[idx + 1] == "only" { continue }
            if w.hasSuffix("n't") || lexicon.negation.match(c.words, at: idx) != nil { negated = true }
        }
        if speculative { return .speculative }
        if hedged { return .hedged }
        if negated { return .negated }
        if speaker.entity != nil || speaker.lemma != nil { return .reported }
        return .asserted
    }

    private func terms(content: [Int], context c: SentenceContext, consumed: Set<Int>) -> [String] {
        var out: [String] = []
        var k = 0
        while k < content.count {
            let idx = content[k]
            defer { k += 1 }
            if let e = c.entityAt[idx] {
                if idx == 0 || c.entityAt[idx - 1] != e { out.append("e:" + e) }
                continue
            }
            guard !consumed.contains(idx), c.tokens[idx].kind == .word else { continue }
            let w = c.words[idx]
            guard w.count >= 3, !lexicon.stopwords.contains(w), lexicon.negation.match(c.words, at: idx) == nil else { continue }
            if let (_, p) = lexicon.predicates.match(c.words, at: idx) { out.append("p:" + p.lemma); continue }
            if let (_, head) = lexicon.objects.match(c.words, at: idx) { out.append("o:" + head); continue }
            out.append(Inflection.termStem(w))
        }
        return out
    }
}
