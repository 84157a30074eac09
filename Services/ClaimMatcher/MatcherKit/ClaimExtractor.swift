import CrosscheckSchema
import TextCore

/// Turns a resolved document's body sentences into claims with speaker, modality and slots.
///
/// Sentences split into clauses at ";" and at ", but" / ", while" / ", whereas"; questions and
/// clauses without a recognisable predicate are skipped. Claim ids are `<doc>#c<n>` in order.
struct ClaimExtractor: Sendable {
    let lexicon: MatcherLexicon
    let entityTypes: [String: EntityType]
    /// The learned event-trigger tagger; without one the rules alone pick triggers.
    var tagger: TriggerTagger?
    /// The learned participant model; without one the rules alone pick subject and object.
    var participants: ParticipantModel?
    /// Whether each claim keeps its participant candidates' feature rows (for the training dump).
    var recordsParticipants = false

    /// A participant candidate with the model's score and its features.
    typealias ScoredCandidate = (candidate: ParticipantFeatures.Candidate, score: Double, features: [String])

    /// Words before a noun: a predicate word after them is an event noun, not the verb.
    static let determiners: Set<String> = ["the", "a", "an", "its", "their", "this", "that", "his", "her", "our", "'s"]

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
        /// Roles the document gives each person ("foreign-minister@norway").
        var roles: [String: [String]]
        /// The sentence as the learned models' features read it, made once per sentence.
        var featureView: TriggerFeatures.Sentence
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

        var roles: [String: [String]] = [:]
        for candidate in resolved.candidates where !candidate.roles.isEmpty { roles[candidate.key, default: []] += candidate.roles }
        for m in resolved.mentions where m.via == .role {
            if let role = m.role, !(roles[m.entity] ?? []).contains(where: { $0.hasPrefix(role) }) { roles[m.entity, default: []].append(role) }
        }

        var out: [ClaimFeatures] = []
        for (index, sentence) in doc.sentences.enumerated() {
            let tokens = Tokenizer.tokens(scalars, start: sentence.start, end: sentence.end)
            guard tokens.filter({ $0.kind == .word }).count >= 3, !isQuestion(tokens) else { continue }
            let mentions = (mentionsBySentence[index] ?? []).sorted { ($0.start, $0.end) < ($1.start, $1.end) }
            let words = tokens.map(\.folded)
            let entityAt = Self.entityAt(tokens, mentions: mentions, scalars: scalars)
            let context = SentenceContext(
                docID: doc.id, sentence: index, tokens: tokens, words: words, entityAt: entityAt, scalars: scalars,
                attributions: attributionsBySentence[index] ?? [], quotes: quotesBySentence[index] ?? [],
                mentions: mentions, published: published, roles: roles,
                featureView: TriggerFeatures.Sentence(tokens: tokens, words: words, isEntity: entityAt.map { $0 != nil }))
            var inherited: [String] = []
            var leading: String?
            for spec in clauses(tokens, words: context.words) {
                if spec.kind != .participial { leading = leadingSubject(spec.range, context: context) }
                guard
                    var features = claim(
                        in: spec, context: context, inheritedSubject: inherited,
                        sentenceSpeaker: leading)
                else { continue }
                features.docIndex = docIndex
                features.order = firstOrder + out.count
                features.claim.id = "\(doc.id)#c\(out.count)"
                inherited = features.claim.subject
                out.append(features)
            }
        }
        return out
    }

    /// The entity id of the mention each token belongs to; a possessive glued to the name
    /// ("Rotterdam's") belongs to the mention too.
    static func entityAt(_ tokens: [Token], mentions: [EntityMention], scalars: [Unicode.Scalar]) -> [String?] {
        var out = [String?](repeating: nil, count: tokens.count)
        for m in mentions {
            for (ti, t) in tokens.enumerated()
            where t.start >= m.start
                && (t.end <= m.end || (t.start < m.end && t.end == m.end + 2 && Self.isPossessive(scalars, at: m.end)))
            {
                out[ti] = m.entity
            }
        }
        return out
    }

    /// Every word token of the document's sentences with its trigger-tagger features, as the
    /// extractor computes them: what `crosscheck-trigger-features` dumps for training.
    func triggerRows(_ resolved: ResolvedDocument) -> [TriggerRow] {
        let doc = resolved.document
        let scalars = Array(doc.text.unicodeScalars)
        var mentionsBySentence: [Int: [EntityMention]] = [:]
        for m in resolved.mentions { if let s = m.sentence { mentionsBySentence[s, default: []].append(m) } }
        let featurizer = TriggerFeatures(lexicon: lexicon)
        var rows: [TriggerRow] = []
        for (index, sentence) in doc.sentences.enumerated() {
            let tokens = Tokenizer.tokens(scalars, start: sentence.start, end: sentence.end)
            let entities = Self.entityAt(tokens, mentions: mentionsBySentence[index] ?? [], scalars: scalars)
            let view = TriggerFeatures.Sentence(tokens: tokens, words: tokens.map(\.folded), isEntity: entities.map { $0 != nil })
            for (i, token) in tokens.enumerated() where token.kind == .word {
                rows.append(
                    TriggerRow(
                        doc: doc.id, sentence: index, start: token.start, end: token.end,
                        features: featurizer.features(at: i, in: view)))
            }
        }
        return rows
    }

    private func isQuestion(_ tokens: [Token]) -> Bool {
        for t in tokens.reversed() where t.kind == .symbol {
            if t.folded == "?" { return true }
            if ["\"", "\u{201D}", "'", ")", "\u{2019}"].contains(t.folded) { continue }
            return false
        }
        return false
    }

    /// One clause of a sentence and how it attaches to the rest.
    struct ClauseSpec {
        enum Kind { case main, subordinate, participial }
        var range: Range<Int>
        var kind: Kind
        /// The sentence is a condition ("If …, …"): every clause is speculative.
        var conditional: Bool
    }

    /// The clauses of a sentence: split at ";" and ", but / while / whereas"; a leading
    /// subordinate clause ("While …,") and a trailing reporting participle (", arguing that …")
    /// become clauses of their own.
    func clauses(_ tokens: [Token], words: [String]) -> [ClauseSpec] {
        var pieces: [Range<Int>] = []
        var start = 0
        for i in tokens.indices {
            let t = tokens[i]
            var cut = false
            if t.kind == .symbol, t.folded == ";" { cut = true }
            if t.kind == .symbol, t.folded == ",", i + 1 < tokens.count,
                ["but", "while", "whereas"].contains(words[i + 1]), i - start >= 3
            {
                cut = true
            }
            if cut {
                if i > start { pieces.append(start..<i) }
                start = i + 1
            }
        }
        if start < tokens.count { pieces.append(start..<tokens.count) }

        var out: [ClauseSpec] = []
        for piece in pieces {
            var main = piece
            var conditional = false
            // Leading subordinate clause, unless it is an attribution ("As reported by X,").
            if let first = piece.first(where: { tokens[$0].kind == .word }), lexicon.subordinators.contains(words[first]),
                let comma = piece.first(where: { $0 > first && words[$0] == "," }), comma + 1 < piece.upperBound,
                !(first..<comma).contains(where: { lexicon.reportingVerbs.match(words, at: $0) != nil })
            {
                conditional = lexicon.conditionals.contains(words[first])
                out.append(ClauseSpec(range: piece.lowerBound..<comma, kind: .subordinate, conditional: conditional))
                main = (comma + 1)..<piece.upperBound
            }
            // Trailing reporting participle: ", emphasizing that …", also after a quotation whose
            // closing mark follows the comma ("as an “open provocation,” asserting that …"); the
            // mark ends the main clause.
            if let comma = main.first(where: { i in
                guard words[i] == ",", i - main.lowerBound >= 3 else { return false }
                let verb = Self.afterClosingQuotes(i + 1, in: main, tokens)
                return verb < main.upperBound && reportingParticiple(at: verb, words: words)
            }) {
                let verb = Self.afterClosingQuotes(comma + 1, in: main, tokens)
                out.append(ClauseSpec(range: main.lowerBound..<(verb > comma + 1 ? verb : comma), kind: .main, conditional: conditional))
                out.append(ClauseSpec(range: verb..<main.upperBound, kind: .participial, conditional: conditional))
            } else {
                out.append(ClauseSpec(range: main, kind: .main, conditional: conditional))
            }
        }
        return out.filter { spec in tokens[spec.range].filter { $0.kind == .word }.count >= 3 }
    }

    /// Whether a reporting verb's "-ing" form other than a forward cue ("according") stands at `i`.
    private func reportingParticiple(at i: Int, words: [String]) -> Bool {
        guard i < words.count, words[i].hasSuffix("ing"), let (_, lemma) = lexicon.reportingVerbs.match(words, at: i) else { return false }
        return lemma != MatcherLexicon.forwardCue
    }

    /// The first index from `i` within `range` that is not a closing quotation mark.
    static func afterClosingQuotes(_ i: Int, in range: Range<Int>, _ tokens: [Token]) -> Int {
        var j = i
        while j < range.upperBound, tokens[j].kind == .symbol, tokens[j].text.unicodeScalars.allSatisfy(QuoteMarks.closingQuotes.contains) {
            j += 1
        }
        return j
    }

    /// The entity a clause opens with ("Norway's Foreign Ministry has …" → norway), preferring a person.
    private func leadingSubject(_ range: Range<Int>, context c: SentenceContext) -> String? {
        var found: [String] = []
        for idx in range {
            let t = c.tokens[idx]
            if let e = c.entityAt[idx] {
                if found.last != e { found.append(e) }
                continue
            }
            if t.kind == .symbol || t.isCapitalized || c.words[idx] == "the" || c.words[idx] == "'s" { continue }
            break
        }
        return found.last { entityTypes[$0] == .person } ?? found.last
    }

    // MARK: One clause

    private struct Speaker {
        var entity: String?
        var region: Set<Int>
        var lemma: String?
        var unnamed: Bool
    }

    private func claim(
        in spec: ClauseSpec, context c: SentenceContext, inheritedSubject: [String],
        sentenceSpeaker: String?
    ) -> ClaimFeatures? {
        let clause = spec.range
        var speaker =
            spec.kind == .participial
            ? participleSpeaker(clause, context: c, sentenceSpeaker: sentenceSpeaker)
            : findSpeaker(in: clause, context: c)
        let aside = asides(clause, context: c).union(attributionTokens(speaker, clause: clause, context: c))
        let content = clause.filter { !speaker.region.contains($0) && !aside.contains($0) }
        guard !content.isEmpty else { return nil }
        // Slots first: date and quantity tokens are not predicates or terms.
        let (date, q, consumed) = datesAndQuantities(clause, content: content, aside: aside, context: c)
        let place = findPlace(content: content, context: c)
        let ranked = rankedPredicate(content, context: c, consumed: consumed)
        let predicate = ranked.predicate
        let stage = ranked.stage
        guard let (pIndex, lemma) = predicateChoice(ranked, content: content, context: c, consumed: consumed, speaker: speaker)
        else { return nil }
        var predicateLemma = lemma

        let contentEntities = orderedEntities(content, context: c, excluding: nil)
        let ruleSubject = clauseSubject(content, predicate: pIndex, context: c, place: place)
        var subject = ruleSubject.isEmpty ? inheritedSubject : ruleSubject
        if let who = speaker.entity, subject.count > 1 { subject.removeAll { $0 == who } }
        // A person whose own speech act is the predicate ("X blamed Y for …", "X accused Y of …")
        // speaks the claim.
        if speaker.entity == nil, lexicon.reportingVerbs.match(c.words, at: pIndex) != nil,
            let person = subject.first(where: { entityTypes[$0] == .person })
        {
            speaker.entity = person
        }

        var object = findObject(
            content: content.filter { !consumed.contains($0) }, after: pIndex, context: c,
            excluding: place, subject: subject)
        let scored = scoredParticipants(content, trigger: pIndex, context: c, place: place, subject: ruleSubject, object: object)
        (subject, object) = modelParticipants(scored, trigger: pIndex, words: c.words, subject: subject, object: object)
        let claimTerms = terms(content: content, context: c, consumed: consumed)
        // The event the clause names as an object ("joined the strike", "the walkout involved").
        let namedEvent =
            object.flatMap { lexicon.eventNouns[$0] }
            ?? claimTerms.lazy.compactMap({ $0.hasPrefix("o:") ? lexicon.eventNouns[String($0.dropFirst(2))] : nil }).first
        // "4,000 workers joined the strike" / "the walkout involved 4,000 workers": a claim about
        // the strike itself.
        if lexicon.lightPredicates.contains(predicateLemma), let namedEvent { predicateLemma = namedEvent }
        // An event's own claims take as object its counted participants ("4,000 workers"), else
        // the event itself, so "struck on Monday" and "2,500 workers struck" stay apart.
        if let head = lexicon.eventHeads[predicateLemma] {
            object = q.countHead.map { lexicon.objects.match([$0], at: 0)?.value ?? $0 } ?? head
        }
        let event = lexicon.eventHeads[predicateLemma] != nil ? predicateLemma : namedEvent
        let polarity = modalityOf(
            clause: clause, content: content, speaker: speaker, context: c, consumed: consumed,
            predicate: pIndex)
        let modality = spec.conditional ? .speculative : polarity.modality
        var slots = slotValues(date: date, place: place, quantities: q, stage: stage)
        let holders = roleHolders(clause, speaker: speaker.entity, context: c)
        if holders.count == 1, let holder = holders.values.first { slots["holder"] = .text(holder) }
        let (start, end, text) = clauseText(clause, context: c)

        let claim = Claim(
            id: "", doc: c.docID, sentence: c.sentence, start: start, end: end, text: text,
            speaker: speaker.entity, modality: modality, subject: subject, predicate: predicateLemma,
            object: object, slots: slots)
        var features = ClaimFeatures(
            claim: claim, order: 0, docIndex: 0, entities: contentEntities,
            terms: ["p:" + predicateLemma] + claimTerms,
            date: date, countHead: q.countHead, stage: stage, predicateStage: predicate?.stage,
            published: c.published, holders: holders, event: event, negatesContent: polarity.negated,
            senses: senses(of: c.words[pIndex], lemma: predicateLemma),
            contentSenses: contentSenses(content, context: c),
            provisional: clause.contains { lexicon.revisionCues.match(c.words, at: $0) != nil },
            period: clause.lazy.compactMap { lexicon.reportingPeriods.match(c.words, at: $0)?.value }.first,
            trigger: c.tokens[pIndex].start..<c.tokens[pIndex].end)
        addVerdictFacts(&features, quantities: q, subjectFound: !ruleSubject.isEmpty, content: content, predicate: pIndex, context: c)
        features.participantRows = recordsParticipants ? participantRows(scored, trigger: pIndex, context: c) : []
        return features
    }

    /// The training dump's rows of a claim's participant candidates.
    private func participantRows(
        _ scored: [ScoredCandidate], trigger: Int, context c: SentenceContext
    ) -> [ParticipantRow] {
        let span = c.tokens[trigger].start..<c.tokens[trigger].end
        return scored.map { s in
            let mention = c.tokens[s.candidate.tokens.lowerBound].start..<c.tokens[s.candidate.tokens.upperBound - 1].end
            return ParticipantRow(doc: c.docID, sentence: c.sentence, trigger: span, candidate: mention, features: s.features)
        }
    }

    /// The entity mentions of the content as participant candidates of the trigger, with their
    /// features and the model's score (0 without a model), in text order.
    private func scoredParticipants(
        _ content: [Int], trigger: Int, context c: SentenceContext, place: String?, subject: [String], object: String?
    ) -> [ScoredCandidate] {
        guard participants != nil || recordsParticipants else { return [] }
        var candidates: [ParticipantFeatures.Candidate] = []
        for idx in content {
            guard let e = c.entityAt[idx] else { continue }
            if let last = candidates.last, last.entity == e, last.tokens.upperBound == idx {
                candidates[candidates.count - 1].tokens = last.tokens.lowerBound..<(idx + 1)
                continue
            }
            candidates.append(
                ParticipantFeatures.Candidate(
                    entity: e, tokens: idx..<(idx + 1), type: entityTypes[e], ruleSubject: subject.contains(e),
                    ruleObject: object == e, place: place == e))
        }
        let featurizer = ParticipantFeatures(lexicon: lexicon)
        return candidates.enumerated().map { k, m in
            let after = m.tokens.lowerBound > trigger
            let neighbour = after ? (k > 0 ? candidates[k - 1] : nil) : (k + 1 < candidates.count ? candidates[k + 1] : nil)
            let nearest = neighbour.map { after ? $0.tokens.lowerBound < trigger : $0.tokens.lowerBound > trigger } ?? true
            let row = featurizer.features(m, trigger: trigger, nearest: nearest, in: c.featureView)
            return (m, participants?.score(row) ?? 0, row)
        }
    }

    /// The subject and object with the participant model's say (`modelSubject`, `modelObject`).
    private func modelParticipants(
        _ scored: [ScoredCandidate], trigger: Int, words: [String],
        subject: [String], object: String?
    ) -> (subject: [String], object: String?) {
        let kept = modelSubject(scored, words: words, subject: subject)
        return (kept, modelObject(scored, trigger: trigger, subject: kept, object: object))
    }

    /// The rules' subject less the entities the participant model is sure take no part in the
    /// event (scoring below `ParticipantModel.dropScore`); a subject the model would empty stays
    /// whole. Only where the model is sure: on ECB+ dev, taking the model's participants before
    /// the trigger as the whole subject lowered claim-pair F1 (see `ParticipantModel`).
    /// A mention coordinated with a kept one ("Albania, Croatia and Kosovo signed") shares its
    /// role, so the model drops a conjunct only with the whole list.
    private func modelSubject(
        _ scored: [ScoredCandidate], words: [String], subject: [String]
    ) -> [String] {
        guard participants != nil else { return subject }
        // An entity named twice counts by its best-scoring mention.
        var kept = Set(scored.filter { $0.score >= ParticipantModel.dropScore }.map(\.candidate.entity))
        for list in Self.conjuncts(scored.map(\.candidate), words: words) where !kept.isDisjoint(with: list) {
            kept.formUnion(list)
        }
        let dropped = Set(scored.map(\.candidate.entity)).subtracting(kept)
        let subjectLeft = subject.filter { !dropped.contains($0) }
        return subjectLeft.isEmpty ? subject : subjectLeft
    }

    /// Lists of coordinated mentions: neighbours with only commas and coordinating words
    /// between them ("A, B, and C"), each list as its entities.
    static func conjuncts(_ candidates: [ParticipantFeatures.Candidate], words: [String]) -> [Set<String>] {
        let joiners: Set<String> = [",", "and", "or", "&"]
        var lists: [Set<String>] = []
        var previous: ParticipantFeatures.Candidate?
        for candidate in candidates.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
            let gap = (previous?.tokens.upperBound ?? 0)..<max(previous?.tokens.upperBound ?? 0, candidate.tokens.lowerBound)
            if previous != nil, !gap.isEmpty, gap.allSatisfy({ $0 < words.count && joiners.contains(words[$0]) }) {
                lists[lists.count - 1].insert(candidate.entity)
            } else {
                lists.append([candidate.entity])
            }
            previous = candidate
        }
        return lists.filter { $0.count > 1 }
    }

    /// The rules' entity object, unless the participant model scores it below
    /// `ParticipantModel.objectScore` and another entity after the trigger (not the place, not a
    /// subject) above it: then the best-scoring such entity.
    private func modelObject(
        _ scored: [ScoredCandidate], trigger: Int,
        subject: [String], object: String?
    ) -> String? {
        guard participants != nil, let object, let own = scored.filter({ $0.candidate.entity == object }).map(\.score).max(),
            own < ParticipantModel.objectScore
        else { return object }
        let rivals = scored.filter { s in
            s.candidate.tokens.lowerBound > trigger && !s.candidate.place && s.score >= ParticipantModel.objectScore
                && !subject.contains(s.candidate.entity) && s.candidate.entity != object
        }
        // The first of equal scores, so the choice does not depend on how `max` breaks ties.
        var best: (entity: String, score: Double)?
        for s in rivals where s.score > best?.score ?? -Double.infinity { best = (s.candidate.entity, s.score) }
        return best?.entity ?? object
    }

    /// The clause's predicate token and lemma by the lexicon and the tagger: the highest-ranked
    /// lexicon predicate; else the learned tagger's confident trigger; else a fallback verb; else
    /// the speaker's own verb.
    private func lexiconOrLearnedPredicate(
        _ ranked: (index: Int?, predicate: MatcherLexicon.Predicate?, stage: Int?), content: [Int], context c: SentenceContext,
        consumed: Set<Int>, speaker: Speaker
    ) -> (index: Int, lemma: String)? {
        if let lemma = ranked.predicate?.lemma, let index = ranked.index { return (index, lemma) }
        // No lexicon predicate: the learned tagger's confident trigger ("the earthquake", "talks")
        // before the suffix heuristics.
        if let index = taggedTrigger(content, context: c, consumed: consumed) { return (index, Inflection.stem(c.words[index])) }
        if let (index, fallback) = fallbackPredicate(content, context: c, consumed: consumed) { return (index, fallback) }
        if let verb = speaker.lemma, let first = content.first {
            return (first, lexicon.predicates.match([verb], at: 0)?.value.lemma ?? verb)
        }
        return nil
    }

    /// The clause's predicate (`lexiconOrLearnedPredicate`), unless the clause judges the event it
    /// names ("the closure was a betrayal", "the deal is a mistake"): an opinion about the event,
    /// not the event, whose predicate is the copula.
    private func predicateChoice(
        _ ranked: (index: Int?, predicate: MatcherLexicon.Predicate?, stage: Int?), content: [Int], context c: SentenceContext,
        consumed: Set<Int>, speaker: Speaker
    ) -> (index: Int, lemma: String)? {
        guard let chosen = lexiconOrLearnedPredicate(ranked, content: content, context: c, consumed: consumed, speaker: speaker)
        else { return nil }
        guard
            let copula = evaluativeCopula(after: chosen.index, content: content, context: c)
                ?? judgingCopula(before: chosen.index, content: content, context: c)
        else { return chosen }
        return (copula, lexicon.copulas[c.words[copula]] ?? c.words[copula])
    }

    /// The copula of an evaluative clause whose subject is the event noun at `noun` ("the closure
    /// was a betrayal", "the deal is a mistake", "the strike was unjustified"): the clause judges
    /// the event rather than telling it, so its predicate is the copula (eventless) and it joins
    /// no event cluster. Nil unless the noun follows a determiner, a copula follows the noun
    /// phrase with no verb between them, and the complement opens with a determiner, an adjective
    /// or a noun, not a participle ("was announced"), a preposition ("was in March") or a number.
    private func evaluativeCopula(after noun: Int, content: [Int], context c: SentenceContext) -> Int? {
        guard noun > 0, Self.determiners.contains(c.words[noun - 1]) else { return nil }
        let after = content.filter { $0 > noun }
        guard let copulaAt = after.prefix(6).firstIndex(where: { c.words[$0] != "," && lexicon.copulas[c.words[$0]] == "be" }),
            !after[..<copulaAt].contains(where: { isVerbLike($0, context: c) })
        else { return nil }
        let copula = after[copulaAt]
        // The complement's first word, past adverbs, "not" and auxiliaries ("has been").
        guard
            let first = after[(copulaAt + 1)...].first(where: { idx in
                let w = c.words[idx]
                return !(w.hasSuffix("ly") || w == "not" || lexicon.auxiliaries.contains(w) || lexicon.copulas[w] != nil)
            })
        else { return nil }
        let w = c.words[first]
        guard c.tokens[first].kind == .word, c.entityAt[first] == nil else { return nil }
        if Self.determiners.contains(w) { return copula }
        // "unjustified", "unprecedented": adjectives, not passives.
        if w.hasPrefix("un"), Self.isPastParticipleLike(w) { return copula }
        if lexicon.stopwords.contains(w) || Self.isPastParticipleLike(w) || w.hasSuffix("ing") { return nil }
        return lexicon.predicates.match(c.words, at: first) == nil ? copula : nil
    }

    /// The copula before a predicate nominal chosen as the trigger ("the deal is a mistake",
    /// "this is a provocation"): the clause names the event only as a judgement of its subject.
    /// Nil unless the trigger follows a determiner, only determiners and plain words stand
    /// between it and a copula, and no verb precedes the copula in the clause.
    private func judgingCopula(before noun: Int, content: [Int], context c: SentenceContext) -> Int? {
        guard noun > 0, Self.determiners.contains(c.words[noun - 1]), let at = content.firstIndex(of: noun) else { return nil }
        var k = at - 1
        while k >= 0, at - k <= 4 {
            let idx = content[k]
            let w = c.words[idx]
            if lexicon.copulas[w] == "be" {
                return content[..<k].contains(where: { isVerbLike($0, context: c) || lexicon.copulas[c.words[$0]] != nil }) ? nil : idx
            }
            guard c.tokens[idx].kind == .word, c.entityAt[idx] == nil, !isVerbLike(idx, context: c) else { return nil }
            k -= 1
        }
        return nil
    }

    /// Whether a token reads as a finite verb: a predicate-lexicon word not after a determiner, or
    /// a past form.
    private func isVerbLike(_ idx: Int, context c: SentenceContext) -> Bool {
        guard c.tokens[idx].kind == .word, c.entityAt[idx] == nil else { return false }
        if idx > 0, Self.determiners.contains(c.words[idx - 1]) { return false }
        return lexicon.predicates.match(c.words, at: idx) != nil || Self.isPastParticipleLike(c.words[idx])
    }

    /// The clause's best date and its quantities (asides left out), and the tokens they take.
    private func datesAndQuantities(_ clause: Range<Int>, content: [Int], aside: Set<Int>, context c: SentenceContext)
        -> (date: DateValue?, quantities: QuantityExtractor.Quantities, consumed: Set<Int>)
    {
        let future = content.contains { c.words[$0] == "will" }
        let foundDates = dates.extract(c.tokens, in: clause, anchor: c.published, future: future)
            .filter { !$0.tokens.contains(where: aside.contains) }
        var consumed = Set<Int>()
        for f in foundDates { consumed.formUnion(f.tokens) }
        let date = bestDate(foundDates.compactMap(\.value))
        let q = quantities.extract(c.tokens, in: clause, skipping: consumed.union(aside))
        consumed.formUnion(q.tokens)
        return (date, q, consumed)
    }

    /// The content token the learned tagger scores highest, when that score clears the tagger's
    /// threshold by `TriggerTagger.claimMargin` (the first of equal scores); candidates are words
    /// outside entities, slots, stopwords and reporting verbs (who vouches for a claim is not its
    /// event). Nil without a tagger.
    private func taggedTrigger(_ content: [Int], context c: SentenceContext, consumed: Set<Int>) -> Int? {
        guard let tagger else { return nil }
        let featurizer = TriggerFeatures(lexicon: lexicon)
        var best: (index: Int, score: Double)?
        for idx in content where c.entityAt[idx] == nil && !consumed.contains(idx) && c.tokens[idx].kind == .word {
            guard !lexicon.stopwords.contains(c.words[idx]), lexicon.reportingVerbs.match(c.words, at: idx) == nil else { continue }
            let score = tagger.score(featurizer.features(at: idx, in: c.featureView))
            if score > tagger.threshold + TriggerTagger.claimMargin, score > best?.score ?? -Double.infinity { best = (idx, score) }
        }
        return best?.index
    }

    /// The highest-ranked lexicon predicate of the content, where it stands, and the highest
    /// stage any predicate of the content names.
    private func rankedPredicate(_ content: [Int], context c: SentenceContext, consumed: Set<Int>)
        -> (index: Int?, predicate: MatcherLexicon.Predicate?, stage: Int?)
    {
        var predicateIndex: Int?
        var predicate: MatcherLexicon.Predicate?
        var stage: Int?
        var bestRank = Int.min
        var k = 0
        while k < content.count {
            let idx = content[k]
            if c.entityAt[idx] == nil, !consumed.contains(idx), c.tokens[idx].kind == .word,
                let (length, p) = lexicon.predicates.match(c.words, at: idx)
            {
                if let s = p.stage { stage = max(stage ?? 0, s) }
                // An event noun after a determiner ("an inquiry into the collapse") ranks below verbs.
                // So does a capitalised word ("Shipping lines …", a heading-like opening).
                let isNoun = (idx > 0 && Self.determiners.contains(c.words[idx - 1])) || c.tokens[idx].isCapitalized
                let rank = p.rank - (isNoun ? 2 : 0)
                if predicate == nil || rank > bestRank {
                    predicate = p
                    predicateIndex = idx
                    bestRank = rank
                }
                k += length
                continue
            }
            k += 1
        }
        return (predicateIndex, predicate, stage)
    }

    /// Subject: entities before the predicate; else a "by" agent; else the noun phrase after it.
    private func clauseSubject(_ content: [Int], predicate pIndex: Int, context c: SentenceContext, place: String?) -> [String] {
        let subject = orderedEntities(content.filter { $0 < pIndex }, context: c, excluding: place)
        guard subject.isEmpty else { return subject }
        let after = content.filter { $0 > pIndex }
        if let first = after.first, c.words[first] == "by" {
            return orderedEntities(Array(after.prefix(14)), context: c, excluding: place)
        }
        var phrase: [Int] = []
        for idx in after.prefix(12) {
            let w = c.words[idx]
            if ["is", "are", "was", "were", "has", "have", "had", "will"].contains(w) { break }
            if c.entityAt[idx] == nil, lexicon.predicates.match(c.words, at: idx) != nil { break }
            phrase.append(idx)
        }
        return orderedEntities(phrase, context: c, excluding: place)
    }

    /// The claim's slots from its date, place, quantities and stage (the role holder is added apart).
    private func slotValues(date: DateValue?, place: String?, quantities q: QuantityExtractor.Quantities, stage: Int?) -> [String: SlotValue] {
        var slots: [String: SlotValue] = [:]
        if let date { slots["date"] = .text(date.text) }
        if let place { slots["place"] = .text(place) }
        if let amount = q.amount { slots["amount"] = .text(amount) }
        if let percent = q.percent { slots["percent"] = .number(percent) }
        if let count = q.count { slots["count"] = .number(count) }
        if let s = stage, let name = lexicon.stageNames[s] { slots["stage"] = .text(name) }
        return slots
    }

    /// Who holds which role, as the document says ("Foreign Minister X"): the speaker first, then
    /// the clause's entities in order; the first holder of a role keeps it.
    private func roleHolders(_ clause: Range<Int>, speaker: String?, context c: SentenceContext) -> [String: String] {
        var holders: [String: String] = [:]
        for e in ([speaker].compactMap { $0 } + orderedEntities(Array(clause), context: c, excluding: nil)) {
            for role in c.roles[e] ?? [] where holders[role] == nil { holders[role] = e }
        }
        return holders
    }

    /// The clause's scalar offsets in the document and its text.
    private func clauseText(_ clause: Range<Int>, context c: SentenceContext) -> (start: Int, end: Int, text: String) {
        let clauseTokens = c.tokens[clause]
        let start = clauseTokens.first?.start ?? 0
        let end = clauseTokens.last?.end ?? start
        var text = String.UnicodeScalarView()
        if start < end, end <= c.scalars.count { text.append(contentsOf: c.scalars[start..<end]) }
        return (start, end, String(text))
    }

    /// The WordNet event classes of every event word of the content (verbs and event nouns other
    /// than entities, stopwords and reporting verbs), sorted: "the quake struck" and "an
    /// earthquake hit" meet through them whatever the clause's predicate.
    private func contentSenses(_ content: [Int], context c: SentenceContext) -> [Int] {
        var classes = Set<Int>()
        for idx in content where c.entityAt[idx] == nil && c.tokens[idx].kind == .word {
            let w = c.words[idx]
            guard w.count >= 3, !lexicon.stopwords.contains(w), lexicon.reportingVerbs.match([w], at: 0) == nil else { continue }
            classes.formUnion(lexicon.eventClasses[w] ?? lexicon.eventClasses[Inflection.stem(w)] ?? [])
        }
        return classes.sorted()
    }

    /// The WordNet event classes of a predicate word: the word itself, its stem, else its lemma.
    private func senses(of word: String, lemma: String) -> [Int] {
        lexicon.eventClasses[word] ?? lexicon.eventClasses[Inflection.stem(word)] ?? lexicon.eventClasses[lemma] ?? []
    }

    /// Whether the two scalars at `index` are a possessive ending ("'s" or "’s").
    static func isPossessive(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index >= 0, index + 1 < scalars.count else { return false }
        return (scalars[index] == "'" || scalars[index] == "\u{2019}") && (scalars[index + 1] == "s" || scalars[index + 1] == "S")
    }

    /// Whether a word looks like a past participle the fallback would take as a verb.
    static func isPastParticipleLike(_ w: String) -> Bool { w.hasSuffix("ed") && w.count >= 4 }

    /// A verb the predicate lexicon does not know: a reporting verb, an -ed form, a progressive
    /// -ing form, a third-person verb before its object, else a copula.
    private func fallbackPredicate(_ content: [Int], context c: SentenceContext, consumed: Set<Int>) -> (Int, String)? {
        let words = content.filter { c.entityAt[$0] == nil && !consumed.contains($0) && c.tokens[$0].kind == .word }
        // A reporting verb that found no named speaker ("The port authority did not estimate …").
        for idx in words {
            if let (length, lemma) = lexicon.reportingVerbs.match(c.words, at: idx), lemma != MatcherLexicon.forwardCue,
                !lemma.contains(" ")
            {
                // "The union said that maintenance had been neglected": the claim is the
                // complement's, when it has a verb of its own.
                if idx + length < c.words.count, c.words[idx + length] == "that",
                    words.contains(where: { $0 > idx + length && Self.isPastParticipleLike(c.words[$0]) })
                {
                    continue
                }
                return (idx, lemma)
            }
        }
        for idx in words {
            let w = c.words[idx]
            if w.hasSuffix("ed"), w.count >= 4, !lexicon.stopwords.contains(w), !c.tokens[idx].isCapitalized {
                return (idx, Inflection.stem(w))
            }
        }
        for (k, idx) in words.enumerated() where k > 0 {
            let w = c.words[idx]
            if w.hasSuffix("ing"), w.count > 5, lexicon.copulas[c.words[words[k - 1]]] == "be" || c.words[words[k - 1]] == "be" {
                return (idx, Inflection.stem(w))
            }
        }
        // A third-person verb before its object: "exacerbates the situation".
        for (k, idx) in words.enumerated() where k + 1 < words.count {
            let w = c.words[idx]
            if w.hasSuffix("s"), !w.hasSuffix("ss"), w.count >= 5, !c.tokens[idx].isCapitalized,
                !lexicon.stopwords.contains(w), idx + 1 == words[k + 1],
                Self.determiners.contains(c.words[words[k + 1]]), c.words[words[k + 1]] != "'s"
            {
                return (idx, Inflection.stem(w))
            }
        }
        // The copula, inflected or bare after a modal ("Finland could be a member").
        for idx in words { if let lemma = lexicon.copulas[c.words[idx]] ?? (c.words[idx] == "be" ? "be" : nil) { return (idx, lemma) } }
        return nil
    }

    /// Tokens of non-restrictive relative clauses (", which …,") and parentheses: asides that
    /// neither negate the claim nor give its slots.
    private func asides(_ clause: Range<Int>, context c: SentenceContext) -> Set<Int> {
        var out = Set<Int>()
        var i = clause.lowerBound
        while i < clause.upperBound {
            if c.words[i] == ",", i + 1 < clause.upperBound, lexicon.relativePronouns.contains(c.words[i + 1]) {
                var j = i + 1
                while j < clause.upperBound, c.words[j] != "," { j += 1 }
                out.formUnion(i..<j)
                i = j
                continue
            }
            if c.words[i] == "(" {
                var j = i + 1
                while j < clause.upperBound, c.words[j] != ")" { j += 1 }
                out.formUnion(i..<min(j + 1, clause.upperBound))
                i = j
                continue
            }
            i += 1
        }
        return out
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

    /// A place or country named after "in"/"at": the claim's place slot. A possessive name before
    /// a capitalised word ("at Sam's Club") names an organisation, not a place.
    private func findPlace(content: [Int], context c: SentenceContext) -> String? {
        for idx in content {
            guard let e = c.entityAt[idx], idx > 0, c.entityAt[idx - 1] != e else { continue }
            let type = entityTypes[e]
            guard type == .place || type == .country else { continue }
            var end = idx
            while end < c.words.count, c.entityAt[end] == e { end += 1 }
            if c.words[end - 1].hasSuffix("'s"), end < c.words.count, c.tokens[end].isCapitalized { continue }
            if lexicon.placePrepositions.contains(c.words[idx - 1]) { return e }
        }
        return nil
    }

    private func findObject(
        content: [Int], after p: Int, context c: SentenceContext, excluding place: String?,
        subject: [String]
    ) -> String? {
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
        // The last word of the first run of plain words after the predicate: "the entire region" → region.
        var head: String?
        for idx in after.prefix(8) {
            let w = c.words[idx]
            let plain =
                c.entityAt[idx] == nil && c.tokens[idx].kind == .word && w.count > 2
                && !lexicon.stopwords.contains(w) && lexicon.predicates.match(c.words, at: idx) == nil
                && lexicon.speculative.match(c.words, at: idx) == nil && lexicon.hedges.match(c.words, at: idx) == nil
                && lexicon.negation.match(c.words, at: idx) == nil
            if plain { head = w } else if head != nil { break }
        }
        return head.map(Inflection.stem)
    }

    // MARK: Speaker

    private func findSpeaker(in clause: Range<Int>, context c: SentenceContext) -> Speaker {
        let span = (start: c.tokens[clause.lowerBound].start, end: c.tokens[clause.upperBound - 1].end)
        // 1. Attributions the parser found.
        if let found = attributedSpeaker(in: clause, span: span, context: c) { return found }
        // 2. Reporting verbs next to a named speaker.
        var i = clause.lowerBound
        while i < clause.upperBound {
            guard c.tokens[i].kind == .word, c.entityAt[i] == nil,
                let (length, lemma) = lexicon.reportingVerbs.match(c.words, at: i)
            else {
                i += 1
                continue
            }
            let verbEnd = min(i + length, clause.upperBound)
            // "…, with Finland already mentioned as a member", "X was described as": a verb
            // followed by "as" says what someone is called, and the name before it is not a speaker.
            if verbEnd < clause.upperBound, c.words[verbEnd] == "as" {
                i = verbEnd
                continue
            }
            // Verbs that also name an event ("condemned the pact") report speech only before
            // "that", a comma, a colon or a quote.
            if length == 1, lexicon.predicates.match(c.words, at: i) != nil,
                !(verbEnd < clause.upperBound && ["that", ",", ":", "\u{201C}", "\""].contains(c.words[verbEnd]))
            {
                i += 1
                continue
            }
            if lemma == MatcherLexicon.forwardCue {
                return forwardCueSpeaker(cue: i, cueEnd: verbEnd, lemma: lemma, clause: clause, context: c)
            }
            if let found = speakerBefore(verb: i, verbEnd: verbEnd, lemma: lemma, clause: clause, context: c) { return found }
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

    /// Tokens of an attribution outside the speaker's region: the participle modifying its noun
    /// ("in a statement released by the team", "in a news release issued by"), the medium after
    /// the speaker ("said X in an interview") and the date it was said on ("said Smith yesterday",
    /// "said on Monday that"). None of them is the claim's event or date. A date after
    /// "according to X," opens the content ("According to X, on 3 May the pact was signed").
    private func attributionTokens(_ speaker: Speaker, clause: Range<Int>, context c: SentenceContext) -> Set<Int> {
        let region = speaker.region
        var out = Set<Int>()
        // A reporting phrase away from the speaker: "In a statement released by the team, X noted".
        for k in clause where !region.contains(k) {
            guard let (length, _) = lexicon.reportingVerbs.match(c.words, at: k), length > 1,
                let end = participleBy(at: k + length, clause: clause, context: c)
            else { continue }
            out.formUnion(k..<end)
        }
        for r in region.sorted() where !region.contains(r + 1) && clause.contains(r + 1) {
            var next = r + 1
            if let medium = mediumPhrase(at: next, clause: clause, context: c) {
                out.formUnion(next..<medium)
                next = medium
            }
            guard next < clause.upperBound else { continue }
            if let end = participleBy(at: next, clause: clause, context: c) {
                out.formUnion(next..<end)
                continue
            }
            let start = c.words[next] == "on" ? next + 1 : next
            guard start < clause.upperBound, speaker.lemma != MatcherLexicon.forwardCue, c.tokens[r].kind != .symbol else { continue }
            let found = dates.extract(c.tokens, in: start..<clause.upperBound, anchor: c.published, future: false)
            guard let date = found.first(where: { $0.tokens.lowerBound == start && !$0.tokens.isEmpty }) else { continue }
            let after = date.tokens.upperBound
            if after == clause.upperBound || c.tokens[after].kind == .symbol || c.words[after] == "that" {
                out.formUnion(next..<after)
            }
        }
        return out
    }

    /// The end of a participle phrase modifying an attribution's noun ("issued by the team
    /// yesterday"): a past participle then "by", up to punctuation, the clause end or eight tokens.
    private func participleBy(at i: Int, clause: Range<Int>, context c: SentenceContext) -> Int? {
        guard i + 1 < clause.upperBound, Self.isPastParticipleLike(c.words[i]), c.words[i + 1] == "by" else { return nil }
        var k = i
        while k < clause.upperBound, k < i + 8, c.tokens[k].kind != .symbol { k += 1 }
        return k
    }

    /// The end of the medium right after a speaker ("said X in a news release", "in an
    /// interview"): "in a(n)" and at most three plain words, ending the clause, at punctuation or
    /// before a participle phrase ("in a news release issued by").
    private func mediumPhrase(at i: Int, clause: Range<Int>, context c: SentenceContext) -> Int? {
        guard i + 2 < clause.upperBound, c.words[i] == "in", c.words[i + 1] == "a" || c.words[i + 1] == "an" else { return nil }
        var k = i + 2
        while k < clause.upperBound, k < i + 5, c.tokens[k].kind == .word, c.entityAt[k] == nil {
            if participleBy(at: k, clause: clause, context: c) != nil { return k }
            k += 1
        }
        return k == clause.upperBound || c.tokens[k].kind == .symbol ? k : nil
    }

    /// What the judge needs to tell rival values from different things: the counted noun's
    /// modifiers, approximate figures, a generic subject ("anybody") and a pronoun object ("them").
    private func addVerdictFacts(
        _ features: inout ClaimFeatures, quantities q: QuantityExtractor.Quantities, subjectFound: Bool, content: [Int],
        predicate pIndex: Int, context c: SentenceContext
    ) {
        features.countModifiers = q.countModifiers
        features.approximate = q.approximate
        features.genericSubject = !subjectFound && hasGenericSubject(content, before: pIndex, context: c)
        features.pronounObject =
            features.claim.object == nil && pIndex + 1 < c.words.count && lexicon.objectPronouns.contains(c.words[pIndex + 1])
    }

    /// Whether an indefinite pronoun ("anybody", "someone") stands in the few words before the
    /// predicate: the clause states something general, about no participant in particular.
    private func hasGenericSubject(_ content: [Int], before predicate: Int, context c: SentenceContext) -> Bool {
        content.contains { $0 < predicate && $0 >= predicate - 3 && lexicon.genericSubjects.contains(c.words[$0]) }
    }

    /// The speaker of the first attribution the parser found over the clause; the region is the
    /// clause outside the attributed content (none when all of it is outside).
    private func attributedSpeaker(in clause: Range<Int>, span: (start: Int, end: Int), context c: SentenceContext) -> Speaker? {
        guard let a = c.attributions.first(where: { $0.content.start < span.end && span.start < $0.content.end }) else { return nil }
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

    /// A forward cue runs to the next comma ("According to X, …", "…, according to X."); its
    /// speaker is the first mention within eight tokens of it.
    private func forwardCueSpeaker(
        cue i: Int, cueEnd verbEnd: Int, lemma: String, clause: Range<Int>,
        context c: SentenceContext
    ) -> Speaker {
        var j = verbEnd
        var entity: String?
        while j < clause.upperBound, c.words[j] != "," {
            if entity == nil, j < verbEnd + 8, let e = c.entityAt[j] { entity = e }
            j += 1
        }
        return Speaker(entity: entity, region: Set(i..<j), lemma: lemma, unnamed: entity == nil)
    }

    /// Speaker before the verb: the nearest mention, with only titles, auxiliaries, adverbs or
    /// one group noun ("Norwegian officials") between them; nil when none stands there.
    private func speakerBefore(
        verb i: Int, verbEnd: Int, lemma: String, clause: Range<Int>,
        context c: SentenceContext
    ) -> Speaker? {
        var j = i - 1
        var looseWords = 0
        while j >= clause.lowerBound, j >= i - 10 {
            if let e = c.entityAt[j] {
                var first = j
                while first > clause.lowerBound, c.entityAt[first - 1] == e { first -= 1 }
                // Extend over the title phrase before the name ("Norwegian Foreign Minister").
                while first > clause.lowerBound,
                    c.tokens[first - 1].isCapitalized || c.entityAt[first - 1] != nil || c.words[first - 1] == "'s"
                {
                    first -= 1
                }
                return Speaker(entity: e, region: Set(first..<addresseeEnd(verbEnd, clause, c)), lemma: lemma, unnamed: false)
            }
            let t = c.tokens[j], w = c.words[j]
            if t.kind == .symbol {
                if ["\u{201D}", "\"", "'"].contains(w) {
                    j -= 1
                    continue
                }
                break
            }
            if t.isCapitalized || w == "'s" || lexicon.auxiliaries.contains(w) || w.hasSuffix("ly") {
                j -= 1
                continue
            }
            if w == "and", let lead = leadingSubject(clause, context: c) {
                return Speaker(entity: lead, region: Set(i..<addresseeEnd(verbEnd, clause, c)), lemma: lemma, unnamed: false)
            }
            looseWords += 1
            if looseWords > 1 || lexicon.stopwords.contains(w) || w.hasSuffix("ed") || w.hasSuffix("ing") { break }
            j -= 1
        }
        return nil
    }

    /// After "told the Associated Press that", the end of the addressee and "that".
    private func addresseeEnd(_ verbEnd: Int, _ clause: Range<Int>, _ c: SentenceContext) -> Int {
        var end = verbEnd
        if end < clause.upperBound, let e = c.entityAt[end] {
            var k = end
            while k < clause.upperBound, c.entityAt[k] == e { k += 1 }
            if k < clause.upperBound, c.words[k] == "that" || c.words[k] == "," { end = k }
        }
        if end < clause.upperBound, c.words[end] == "that" || c.words[end] == "," { end += 1 }
        return end
    }

    /// ", arguing that …": the speaker is whoever the sentence opens with, or the outlet.
    private func participleSpeaker(_ clause: Range<Int>, context c: SentenceContext, sentenceSpeaker: String?) -> Speaker {
        guard let (length, lemma) = lexicon.reportingVerbs.match(c.words, at: clause.lowerBound) else {
            return Speaker(entity: nil, region: [], lemma: nil, unnamed: false)
        }
        let end = addresseeEnd(clause.lowerBound + length, clause, c)
        return Speaker(entity: sentenceSpeaker, region: Set(clause.lowerBound..<end), lemma: lemma, unnamed: false)
    }

    // MARK: Modality and terms

    /// Speculative beats hedged beats negated beats reported: a weak claim never makes a conflict.
    ///
    /// Hedges and speculation count anywhere in the clause ("according to some researchers");
    /// negation only in the reported content, plus a denial as the reporting verb.
    private func modalityOf(
        clause: Range<Int>, content: [Int], speaker: Speaker, context c: SentenceContext,
        consumed: Set<Int>, predicate: Int
    ) -> (modality: Modality, negated: Bool) {
        var hedged = false
        var speculative = false
        var negated = speaker.lemma.map(lexicon.denialVerbs.contains) ?? false
        // A doubt verb negates its complement ("he doubts charges will be filed").
        var doubted = false
        let inContent = Set(content)
        for idx in clause where !consumed.contains(idx) && c.tokens[idx].kind == .word && c.entityAt[idx] == nil {
            let w = c.words[idx]
            if lexicon.speculative.match(c.words, at: idx) != nil, !(c.tokens[idx].isCapitalized && w == "may") {
                speculative = true
            }
            if let (length, _) = lexicon.hedges.match(c.words, at: idx), idx + length <= clause.upperBound {
                hedged = true
            }
            // Belief and doubt verbs hedge their complement ("police believe …", "he doubts …").
            if idx != predicate, lexicon.beliefVerbs.contains(w) { hedged = true }
            if idx != predicate, lexicon.doubtVerbs.contains(w), isDoubtVerb(at: idx, context: c) {
                hedged = true
                doubted.toggle()
            }
            // A negated reporting verb ("X did not say …") negates the claim too.
            guard inContent.contains(idx) || speaker.region.contains(idx) else { continue }
            guard w.hasSuffix("n't") || lexicon.negation.match(c.words, at: idx) != nil else { continue }
            // "not only X but Y", "did not fail to", "not an isolated event but part of …".
            if !negationApplies(at: idx, predicate: predicate, clause: clause, context: c) { continue }
            // "An arrest … will not affect his status": the negation is another verb's.
            if !speaker.region.contains(idx), !verbalNegationReaches(predicate, from: idx, context: c) { continue }
            // A negation in another clause of the sentence ("X criticised Y, as Z does not …")
            // leaves the predicate alone.
            if speaker.region.contains(idx) || !crossesClauseBoundary(from: idx, to: predicate, context: c) { negated = true }
        }
        // A negative participle or adjective of the predicate ("uninformed", "unaware").
        if predicate < c.words.count, let own = lexicon.predicates.match(c.words, at: predicate)?.value.lemma,
            c.words[predicate].hasPrefix("un"),
            lexicon.predicates.match([String(c.words[predicate].dropFirst(2))], at: 0)?.value.lemma == own
        {
            negated = true
        }
        if doubted { negated.toggle() }
        if speculative { return (.speculative, negated) }
        if hedged { return (.hedged, negated) }
        if negated { return (.negated, true) }
        if speaker.entity != nil || speaker.lemma != nil { return (.reported, false) }
        return (.asserted, false)
    }

    /// Whether the negation cue at `idx` scopes over the predicate.
    ///
    /// Not when a cancelling phrase starts there ("not only", "did not fail to", "no doubt":
    /// knowledge data `negationCancellers`), and not when the negation is contrastive: a "but"
    /// between the cue and the predicate closes its scope ("not an isolated event but part of a
    /// pattern that threatens …"; "not X but Y" asserts Y). After the predicate, a negation past
    /// a coordinator ("… and refrained from") or one scoping forward only ("without") is another
    /// phrase's.
    private func negationApplies(at idx: Int, predicate: Int, clause: Range<Int>, context c: SentenceContext) -> Bool {
        for start in max(clause.lowerBound, idx - 2)...idx {
            if let (length, _) = lexicon.negationCancellers.match(c.words, at: start), start + length > idx { return false }
        }
        if idx > predicate {
            // "is aware of X and refrained from …", "signed without consulting …".
            if lexicon.forwardNegations.match(c.words, at: idx) != nil { return false }
            return predicate + 1 >= idx || !((predicate + 1)..<idx).contains { lexicon.coordinators.contains(c.words[$0]) }
        }
        guard idx + 1 < predicate else { return true }
        return !((idx + 1)..<predicate).contains { lexicon.contrastives.contains(c.words[$0]) }
    }

    /// Whether a verbal negation ("not", "n't", "never") at `idx` negates the predicate. After an
    /// event noun predicate ("an arrest", "the signing"), only auxiliaries may stand between: "an
    /// arrest … will not affect his status" negates "affect". Before an event noun in a prepositional
    /// phrase, the negation is the verb's or adjective's it modifies ("I can't speak for the first
    /// death", "not guilty pleas … to the charges"), unless that word is a belief verb ("don't
    /// think X": the negation moves to X) or a light verb standing for its object's event.
    /// Other cues ("no", "refused to", "denied") keep their own scope rules.
    private func verbalNegationReaches(_ predicate: Int, from idx: Int, context c: SentenceContext) -> Bool {
        let cue = c.words[idx]
        guard cue == "not" || cue == "never" || cue == "cannot" || cue.hasSuffix("n't"), idx != predicate else { return true }
        if predicate < idx {
            // Only an event noun ("an arrest", "the signing") is the subject of another verb.
            guard predicate > 0, Self.nounDeterminers.contains(c.words[predicate - 1]) else { return true }
            return (predicate..<idx).allSatisfy { lexicon.auxiliaries.contains(c.words[$0]) || lexicon.copulas[c.words[$0]] != nil }
        }
        guard let preposition = prepositionBefore(predicate, after: idx, context: c) else { return true }
        var t = idx + 1
        while t < preposition, c.entityAt[t] == nil, Self.modifiesNext(c.words[t], auxiliaries: lexicon.auxiliaries) { t += 1 }
        guard t < preposition, c.entityAt[t] == nil else { return true }
        // "don't think X" negates X; "do not doubt X" cancels the doubt's own negation.
        if lexicon.beliefVerbs.contains(c.words[t]) || lexicon.doubtVerbs.contains(c.words[t]) { return true }
        if let lemma = lexicon.predicates.match(c.words, at: t)?.value.lemma, lexicon.lightPredicates.contains(lemma) { return true }
        return false
    }

    /// The preposition opening the phrase of a noun predicate ("for the first death", "to
    /// charges"), at most three words back and after `lower`, or nil.
    private func prepositionBefore(_ predicate: Int, after lower: Int, context c: SentenceContext) -> Int? {
        guard predicate < c.words.count else { return nil }
        var k = predicate - 1
        while k > lower, k >= predicate - 3, c.entityAt[k] == nil, !lexicon.auxiliaries.contains(c.words[k]) {
            // "to" before a verb's base form is an infinitive ("does not want to comment").
            let infinitive = c.words[k] == "to" && k == predicate - 1 && lexicon.wordFacts[c.words[predicate]]?.contains("v") == true
            if Self.prepositions.contains(c.words[k]) { return infinitive ? nil : k }
            k -= 1
        }
        return nil
    }

    /// Articles and possessives before an event noun another verb may take as subject ("an arrest …
    /// will not affect"); narrower than `determiners`: with "that", "this" and "'s" as well, a
    /// negation on ECB+ dev ("told … that he did not hear gunshots") lost its claim.
    private static let nounDeterminers: Set<String> = ["a", "an", "the", "his", "her", "its", "their"]
    /// Prepositions opening the phrase of a noun predicate (`prepositionBefore`).
    private static let prepositions: Set<String> = ["to", "for", "of", "in", "on", "at", "with", "about", "over", "into", "from"]

    /// Whether a doubt word at `idx` is the verb ("he doubts", "Smith doubted"), not the noun
    /// ("there is no doubt", "doubts about the report"): a past or -ing form, or one after a
    /// subject (a name or pronoun) or an auxiliary.
    private func isDoubtVerb(at idx: Int, context c: SentenceContext) -> Bool {
        let w = c.words[idx]
        if w.hasSuffix("ed") || w.hasSuffix("ing") { return true }
        guard idx > 0 else { return false }
        let before = c.words[idx - 1]
        return c.entityAt[idx - 1] != nil || lexicon.pronouns.contains(before) || lexicon.auxiliaries.contains(before)
    }

    /// Words a negation passes over to reach the word it negates: auxiliaries, adverbs in -ly,
    /// articles and the infinitive "to" ("has not yet been formally told", "not to sign").
    static func modifiesNext(_ word: String, auxiliaries: Set<String>) -> Bool {
        auxiliaries.contains(word) || word.hasSuffix("ly") || ["a", "an", "the", "any", "yet", "to", "ever", "even"].contains(word)
    }

    /// Whether a comma, semicolon, subordinator or relative pronoun lies between two tokens.
    private func crossesClauseBoundary(from a: Int, to b: Int, context c: SentenceContext) -> Bool {
        let low = min(a, b) + 1, high = max(a, b)
        guard low < high else { return false }
        for idx in low..<high where idx < c.words.count {
            let w = c.words[idx]
            if w == "," || w == ";" || lexicon.subordinators.contains(w) || lexicon.relativePronouns.contains(w) { return true }
        }
        return false
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
            // Numbers left after slot extraction ("the 1982 convention") are distinctive terms.
            if !consumed.contains(idx), c.tokens[idx].kind == .number {
                out.append("n:" + c.words[idx])
                continue
            }
            guard !consumed.contains(idx), c.tokens[idx].kind == .word else { continue }
            let w = c.words[idx]
            guard w.count >= 3, !lexicon.stopwords.contains(w), lexicon.negation.match(c.words, at: idx) == nil else { continue }
            if lexicon.predicates.match(c.words, at: idx) != nil { continue }
            // Reporting verbs say who vouches for the claim, not what it is about.
            if lexicon.reportingVerbs.match([w], at: 0) != nil { continue }
            if let (_, head) = lexicon.objects.match(c.words, at: idx) {
                out.append("o:" + head)
                continue
            }
            out.append(Inflection.termStem(w))
        }
        return out
    }
}
