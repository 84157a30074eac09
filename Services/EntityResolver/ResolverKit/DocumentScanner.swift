import CrosscheckSchema
import TextCore

/// Finds the entity mentions of one document and gives each a document-local key.
///
/// One pass per zone over its tokens: a year followed by an agreement noun, else a capitalised
/// run (knowledge-base phrases, role titles and plain words joined by spaces or hyphens) that
/// `interpret` turns into mentions. Document-wide fixes (surnames, unnamed roles, bare
/// "the Agreement") run once at the end.
struct DocumentScanner {
    let lexicon: ResolverLexicon
    let scalars: [Unicode.Scalar]
    var cues: ResolverCues { lexicon.cues }

    var mentions: [LocalMention] = []
    /// Roles as `role@owner` → person keys that hold them here.
    var roleHolders: [String: Set<String>] = [:]
    /// Folded last name → keys of multi-word person names.
    var personsBySurname: [String: Set<String>] = [:]
    /// Keys found in body sentences; headings may only repeat them.
    var bodyKeys: Set<String> = []
    var pendingHeadingMentions: [LocalMention] = []
    /// Abbreviations defined in the text ("Bosnia and Herzegovina (BiH)") → key.
    var abbreviations: [String: String] = [:]
    /// Agreement keys with a year, by head class.
    var datedAgreements: [String: Set<String>] = [:]
    /// Keys of agreement mentions written without a year, by head class, resolved at the end.
    var undatedAgreementMentions: [(index: Int, headClass: String, bare: Bool)] = []
    var lastMinistryKey: String?
    /// Where the first dated agreement of each head class starts.
    var datedAgreementStarts: [String: Int] = [:]
    /// Slugs of dated agreements' names without the year → their key.
    var agreementNames: [String: String] = [:]
    /// Words of dated agreements' names ("military" of "the 1996 military accords").
    var datedAgreementWords: Set<String> = []
    var lowercaseKeys: Set<String> = []
    /// Placeholder keys of unnamed roles → their `role@owner`.
    var placeholderRoles: [String: String] = [:]
    /// Starts of body zones written in title case, read as cautiously as headings.
    var titleCaseZones: Set<Int> = []

    /// At least four words, and at most one in five lowercase (function words aside).
    static func isTitleCase(_ tokens: [Token]) -> Bool {
        let words = tokens.filter { !$0.isNumber && $0.key.count > 3 }
        guard words.count >= 4 else { return false }
        let lower = words.filter { !$0.isCapitalized }.count
        return lower * 5 <= words.count
    }

    init(lexicon: ResolverLexicon, scalars: [Unicode.Scalar]) {
        self.lexicon = lexicon
        self.scalars = scalars
    }

    /// Scans all zones; call once.
    mutating func scan(_ zones: [Zone]) {
        let addresses = WebAddresses.ranges(in: scalars)
        let raw = zones.map { zone in
            let tokens = Tokenizer.tokens(in: scalars, range: zone.range)
            guard addresses.contains(where: { $0.overlaps(zone.range) }) else { return tokens }
            return tokens.filter { token in !addresses.contains { $0.contains(token.start) } }
        }
        for tokens in raw {
            for token in tokens where !token.isCapitalized && !token.isNumber { lowercaseKeys.insert(token.key) }
        }
        let tokenized = raw.map(lowercasingShouted)
        // Body first so headings can be checked against what the body names.
        for (zone, tokens) in zip(zones, tokenized) where !zone.isHeading && Self.isTitleCase(tokens) {
            titleCaseZones.insert(zone.range.lowerBound)
        }
        for (zone, tokens) in zip(zones, tokenized) where !zone.isHeading { scanZone(tokens, zone: zone) }
        for (zone, tokens) in zip(zones, tokenized) where zone.isHeading { scanZone(tokens, zone: zone) }
        finish()
    }

    /// A zone written in capitals ("WALLY OPAL ISSUED A STATEMENT TODAY") says nothing by its
    /// case: its words this text writes in lowercase, and function words, are read as lowercase.
    func lowercasingShouted(_ tokens: [Token]) -> [Token] {
        let words = tokens.filter { !$0.isNumber }
        guard words.count >= 3, words.filter(\.isAllCaps).count * 5 >= words.count * 4 else { return tokens }
        return tokens.map { token in
            guard isCommonWord(token.key) || cues.functionWords.contains(token.key) else { return token }
            var lowered = token
            lowered.isCapitalized = false
            lowered.isAllCaps = false
            return lowered
        }
    }

    // MARK: Zone scan

    mutating func scanZone(_ t: [Token], zone: Zone) {
        var i = 0
        var possessiveOwner: (key: String, index: Int)?
        while i < t.count {
            if let end = datedAgreement(t, at: i, zone: zone) {
                i = end + 1
                continue
            }
            guard startsRun(t, i) else {
                i += 1
                continue
            }
            let units = buildRun(t, from: i, titleCase: zone.isHeading || titleCaseZones.contains(zone.range.lowerBound))
            guard let last = units.last?.last else {
                i += 1
                continue
            }
            let owner = (possessiveOwner?.index == i - 1) ? possessiveOwner?.key : nil
            if let newOwner = interpret(units, t, zone: zone, possessiveOwner: owner) {
                possessiveOwner = (newOwner, last)
            }
            i = last + 1
        }
    }

    /// A word seen in lowercase only inflected ("sign" when the text has "signed").
    func isInflectedVerb(_ key: String) -> Bool {
        guard !lowercaseKeys.contains(key), !isHeadWord(key), !cues.organizationOpeners.contains(key) else { return false }
        let stem = key.hasSuffix("s") ? String(key.dropLast()) : key
        return [stem + "ed", stem + "d", stem + "ing", stem].contains { $0 != key && lowercaseKeys.contains($0) }
            || lowercaseKeys.contains(key + "ed") || lowercaseKeys.contains(key + "ing")
    }

    /// The word, or an inflection of it, appears in lowercase in this document.
    func isCommonWord(_ key: String) -> Bool {
        lowercaseKeys.contains(key) || lowercaseKeys.contains(key + "ed") || lowercaseKeys.contains(key + "d")
            || lowercaseKeys.contains(key + "s") || lowercaseKeys.contains(key + "ing")
            || (key.hasSuffix("s") && lowercaseKeys.contains(String(key.dropLast())))
    }

    func startsRun(_ t: [Token], _ i: Int) -> Bool {
        (t[i].isNameLike || t[i].isAllCaps) && !isCalendar(t, i)
    }

    /// A month or weekday used as a date: next to a number, or a full name not after a name
    /// ("Jan Kowal" and "Theresa May" are people; "12 Jan", "in March" are dates).
    func isCalendar(_ t: [Token], _ i: Int) -> Bool {
        guard cues.calendarWords.contains(t[i].key) else { return false }
        let nextIsNumber = i + 1 < t.count && t[i + 1].isNumber
        let previousIsNumber = i > 0 && t[i - 1].isNumber
        if nextIsNumber || previousIsNumber || cues.weekdays.contains(t[i].key) { return true }
        let afterName = i > 0 && t[i - 1].isNameLike && t[i].gap == .space
        return t[i].key.count >= 4 && !afterName
    }

    /// "the 2004 border accords": a year, up to five words, an agreement noun.
    mutating func datedAgreement(_ t: [Token], at i: Int, zone: Zone) -> Int? {
        guard let year = t[i].year else { return nil }
        var j = i + 1
        while j < t.count, j <= i + 6, t[j].gap == .space || t[j].gap == .hyphen {
            if cues.agreementHeads.contains(t[j].key) {
                let headClass = cues.agreementSynonyms[t[j].key] ?? t[j].key
                var end = j
                // A capitalised continuation: "Agreement on Cross-Border Rail Freight".
                if t[j].isCapitalized {
                    var k = j + 1
                    while k < t.count, t[k].gap == .space || t[k].gap == .hyphen, !t[k - 1].possessive {
                        if t[k].isNameLike, !isCalendar(t, k) {
                            end = k
                            k += 1
                            continue
                        }
                        if cues.connectors.contains(t[k].key), k + 1 < t.count, t[k + 1].isNameLike {
                            k += 1
                            continue
                        }
                        break
                    }
                }
                let name = text(t[i].start, t[end].end)
                let key = "\(year)-\(headClass)"
                for k in (i + 1)..<j { datedAgreementWords.insert(t[k].key) }
                datedAgreements[headClass, default: []].insert(key)
                datedAgreementStarts[headClass] = min(datedAgreementStarts[headClass] ?? t[i].start, t[i].start)
                if t[i + 1].isCapitalized {
                    // "2024 Baltic Grid Accord": the name without its year is the same agreement.
                    agreementNames[NameFolding.slug(t[(i + 1)...end].map(\.key).joined(separator: " "))] = key
                }
                add(
                    LocalMention(
                        start: t[i].start, end: t[end].end, sentence: zone.sentence, via: .name,
                        key: key, type: .agreement, name: name), zone: zone, strong: true)
                return end
            }
            if t[j].isNumber || cues.functionWords.contains(t[j].key) || isCalendar(t, j) { return nil }
            j += 1
        }
        return nil
    }

    // MARK: Runs

    /// The units of the capitalised run from `i`. In title case (`titleCase`) a capitalised
    /// function word other than a name connector ends it ("Ellen DeGeneres To Host", "Killed In Queens").
    func buildRun(_ t: [Token], from i: Int, titleCase: Bool = false) -> [Unit] {
        var units = [unit(t, at: i)]
        var p = units[0].last + 1
        while p < t.count, let lastUnit = units.last {
            if t[p - 1].possessive { break }
            let token = t[p]
            // "Horizon Europe/Digital 2030 programme": names joined by a slash into one programme.
            if isSlash(t, p), token.isNameLike, reachesAgreementHead(t, from: p) {
                let next = unit(t, at: p)
                units.append(next)
                p = next.last + 1
                continue
            }
            // "Vision 2030 plan": a number inside a name that an agreement noun ends.
            if token.isNumber, token.gap == .space, p + 1 < t.count, t[p + 1].gap == .space,
                cues.agreementHeads.contains(t[p + 1].key), units.contains(where: { !$0.isWord || t[$0.first].isNameLike })
            {
                units.append(Unit(kind: .word, first: p, last: p))
                units.append(Unit(kind: .word, first: p + 1, last: p + 1))
                p += 2
                continue
            }
            // A middle initial: "Regina M. Benjamin", "George W. Bush".
            let afterInitial =
                t[p - 1].text.unicodeScalars.count == 1 && t[p - 1].isCapitalized && units.count >= 2
                && isTitleAbbreviation(t[p - 1], next: token) && token.isNameLike && !cues.functionWords.contains(token.key)
            guard token.gap == .space || token.gap == .hyphen || afterInitial else { break }
            if isCalendar(t, p) { break }
            if titleCase, cues.functionWords.contains(token.key), !cues.connectors.contains(token.key) { break }
            if isNameNumber(t, p), lastUnit.isWord || lastUnit.knownTarget != nil {
                // "Philadelphia 76ers", "FTSE 100", "Boeing 787": a number that ends or continues a name.
                units.append(Unit(kind: .word, first: p, last: p))
                p += 1
                continue
            }
            if token.isNameLike || token.isAllCaps {
                let next = unit(t, at: p)
                units.append(next)
                p = next.last + 1
                continue
            }
            if token.isNumber, lastUnit.isWord, cues.agreementHeads.contains(t[lastUnit.last].key) {
                units.append(Unit(kind: .word, first: p, last: p))
                p += 1
                continue
            }
            // Name particles join a person's name without a head noun: "Abdel Fattah al-Burhan".
            if cues.nameParticles.contains(token.key), !token.isCapitalized, p + 1 < t.count,
                t[p + 1].gap == .space || t[p + 1].gap == .hyphen, t[p + 1].isNameLike, lastUnit.isWord
            {
                units.append(Unit(kind: .word, first: p, last: p))
                p += 1
                continue
            }
            if cues.connectors.contains(token.key), !token.isCapitalized, p + 1 < t.count,
                t[p + 1].gap == .space, t[p + 1].isNameLike, !isCalendar(t, p + 1), hasHead(units, t)
            {
                units.append(Unit(kind: .word, first: p, last: p))
                p += 1
                continue
            }
            break
        }
        return units
    }

    /// A token with digits inside a name: letters after digits ("76ers"), or a number that is no
    /// year after an acronym or a place head ("FTSE 100", "Route 94") or followed by nothing,
    /// punctuation or a capitalised word. An amount is no name number: one after a currency code
    /// ("EUR 30 million") or with a thousands group ("About 4,000 workers").
    func isNameNumber(_ t: [Token], _ p: Int) -> Bool {
        let token = t[p]
        guard let first = token.text.unicodeScalars.first, ("0"..."9").contains(first) else { return false }
        if !token.isNumber { return true }
        guard token.year == nil, token.text.unicodeScalars.count <= 4, !hasThousandsGroup(t, p) else { return false }
        if p > 0, lexicon.currencyCodes.contains(t[p - 1].key) { return false }
        if p > 0, t[p - 1].isAllCaps || cues.placeHeads.contains(t[p - 1].key) { return true }
        guard p + 1 < t.count, t[p + 1].gap == .space || t[p + 1].gap == .hyphen else { return true }
        return t[p + 1].isNameLike && !isCalendar(t, p + 1)
    }

    /// "4,000", "12,500,000": the number at `p` goes on after a comma with three digits.
    func hasThousandsGroup(_ t: [Token], _ p: Int) -> Bool {
        guard p + 1 < t.count, t[p + 1].isNumber, t[p + 1].text.unicodeScalars.count == 3,
            t[p].end + 1 == t[p + 1].start, t[p].end < scalars.count
        else { return false }
        return scalars[t[p].end] == ","
    }

    /// Only a "/" between token `p` and the one before it.
    func isSlash(_ t: [Token], _ p: Int) -> Bool {
        p > 0 && t[p].gap == .punctuation && t[p - 1].end + 1 == t[p].start && t[p - 1].end < scalars.count
            && scalars[t[p - 1].end] == "/"
    }

    /// Capitalised words (and numbers) from `p` on reach an agreement noun within five words.
    func reachesAgreementHead(_ t: [Token], from p: Int) -> Bool {
        var j = p
        while j < t.count, j <= p + 5 {
            if cues.agreementHeads.contains(t[j].key) { return true }
            guard t[j].isNameLike || t[j].isNumber else { return false }
            j += 1
            guard j < t.count, t[j].gap == .space || t[j].gap == .hyphen else { return false }
        }
        return false
    }

    func hasHead(_ units: [Unit], _ t: [Token]) -> Bool {
        units.contains { unit in
            guard unit.isWord else { return false }
            let key = t[unit.first].key
            return cues.organizationHeads.contains(key) || cues.organizationOpeners.contains(key)
                || cues.agreementHeads.contains(key) || cues.eventHeads.contains(key) || cues.placeHeads.contains(key)
        }
    }

    func unit(_ t: [Token], at p: Int) -> Unit {
        let key: (Int) -> String? = { index in
            if index == p { return t[index].key }
            guard t[index].gap == .space || t[index].gap == .hyphen else { return nil }
            return t[index].key
        }
        let afterArticle = p > 0 && t[p - 1].key == "the" && t[p].gap == .space
        if let match = lexicon.phrases.longestMatch(
            t.count, from: p, key: key,
            accept: { target, length in
                // Through a possessive only where the stored phrase has one ("People's Republic").
                if (p..<(p + length - 1)).contains(where: { t[$0].possessive }), !target.innerPossessive { return false }
                if target.needsArticle, !afterArticle, !isCoordinatedAlone(t, first: p, last: p + length - 1) { return false }
                if let exact = target.exactText { return length == 1 && t[p].compactText == exact }
                return t[p].isCapitalized && t[p + length - 1].isCapitalized
            })
        {
            return Unit(kind: .known(match.value), first: p, last: p + match.length - 1)
        }
        if let match = lexicon.roles.longestMatch(t.count, from: p, key: key, accept: { _, _ in t[p].isCapitalized }) {
            return Unit(kind: .role(match.value), first: p, last: p + match.length - 1)
        }
        if let target = transposedMatch(t[p]) {
            return Unit(kind: .known(target), first: p, last: p)
        }
        return Unit(kind: .word, first: p, last: p)
    }

    /// "East and West", "West or Russia": joined by "and"/"or" and not the start of a longer
    /// name, so a phrase stored with "the" ("the West") may stand without it.
    func isCoordinatedAlone(_ t: [Token], first: Int, last: Int) -> Bool {
        let coordinators: Set<String> = ["and", "or"]
        let before = first > 0 && t[first].gap == .space && coordinators.contains(t[first - 1].key)
        let after = last + 1 < t.count && t[last + 1].gap == .space && coordinators.contains(t[last + 1].key)
        let continues = last + 1 < t.count && (t[last + 1].gap == .space || t[last + 1].gap == .hyphen) && t[last + 1].isNameLike
        return (before || after) && !continues && !t[first].clauseInitial
    }

    /// A one-letter-swap misspelling of a stored single-word name ("Wrasaw").
    func transposedMatch(_ token: Token) -> ResolverLexicon.PhraseTarget? {
        guard token.isCapitalized, !lowercaseKeys.contains(token.key) else { return nil }
        let letters = Array(token.key)
        guard letters.count >= 6 else { return nil }
        for i in 1..<(letters.count - 1) where letters[i] != letters[i + 1] {
            var swapped = letters
            swapped.swapAt(i, i + 1)
            let candidate = String(swapped)
            if let match = lexicon.phrases.longestMatch(1, from: 0, key: { _ in candidate }), match.value.exactText == nil {
                return match.value
            }
        }
        return nil
    }

    // MARK: Recording

    /// Records a mention; in headings a weak (uncued, unknown) name waits until the body confirms it.
    mutating func add(_ mention: LocalMention, zone: Zone, strong: Bool) {
        let cautious = zone.isHeading || titleCaseZones.contains(zone.range.lowerBound)
        if cautious, !strong, mention.type == nil || mention.type == .person || mention.type == .place {
            pendingHeadingMentions.append(mention)
            return
        }
        if !zone.isHeading { bodyKeys.insert(mention.key) }
        mentions.append(mention)
    }

    // MARK: Document-wide resolution

    mutating func finish() {
        let surnameOwners = personsBySurname.filter { $0.value.count == 1 }.compactMapValues { $0.first }
        for mention in pendingHeadingMentions {
            if bodyKeys.contains(mention.key) || surnameOwners[mention.key] != nil { mentions.append(mention) }
        }
        let fullNames = mentions
        for index in mentions.indices {
            let key = mentions[index].key
            guard !key.utf8.contains(45), mentions[index].type != .place, let owners = personsBySurname[key] else { continue }
            // A surname alone: the one full name in this document that ends with it; when several
            // do ("Laci Peterson", "Scott Peterson"), the nearest one named before it.
            let start = mentions[index].start
            let person = surnameOwners[key] ?? fullNames.filter { owners.contains($0.key) && $0.end <= start }.max { $0.start < $1.start }?.key
            if let person {
                mentions[index].key = person
                mentions[index].type = .person
            }
        }
        for (index, headClass, bare) in undatedAgreementMentions {
            let mention = mentions[index]
            let earlier = mention.sentence == nil || datedAgreementStarts[headClass].map { $0 < mention.start } ?? false
            if earlier, let dated = datedAgreements[headClass], dated.count == 1, let key = dated.first {
                mentions[index].key = key
            } else if bare {
                // A bare "the Agreement" with nothing to point at says nothing.
                mentions[index].key = ""
            }
        }
        mentions.removeAll { $0.key.isEmpty }
        for index in mentions.indices where mentions[index].type == .agreement {
            if let dated = agreementNames[mentions[index].key] { mentions[index].key = dated }
        }
        for index in mentions.indices where mentions[index].via == .role {
            if let role = placeholderRoles[mentions[index].key], let holders = roleHolders[role], holders.count == 1, let holder = holders.first {
                mentions[index].key = holder
            }
        }
        mentions.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        var deduplicated: [LocalMention] = []
        for mention in mentions where deduplicated.last.map({ $0.end <= mention.start }) ?? true {
            deduplicated.append(mention)
        }
        mentions = deduplicated
    }
}
