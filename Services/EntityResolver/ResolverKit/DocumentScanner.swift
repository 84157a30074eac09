import CrosscheckSchema

/// Finds the entity mentions of one document and gives each a document-local key.
///
/// One pass per zone over its tokens: a year followed by an agreement noun, else a capitalised
/// run (knowledge-base phrases, role titles and plain words joined by spaces or hyphens) that
/// `interpret` turns into mentions. Document-wide fixes (surnames, unnamed roles, bare
/// "the Agreement") run once at the end.
struct DocumentScanner {
    let lexicon: ResolverLexicon
    let scalars: [Unicode.Scalar]
    private var cues: ResolverCues { lexicon.cues }

    private(set) var mentions: [LocalMention] = []
    /// Roles as `role@owner` → person keys that hold them here.
    private(set) var roleHolders: [String: Set<String>] = [:]
    /// Folded last name → keys of multi-word person names.
    private var personsBySurname: [String: Set<String>] = [:]
    /// Keys found in body sentences; headings may only repeat them.
    private var bodyKeys: Set<String> = []
    private var pendingHeadingMentions: [LocalMention] = []
    /// Abbreviations defined in the text ("Bosnia and Herzegovina (BiH)") → key.
    private var abbreviations: [String: String] = [:]
    /// Agreement keys with a year, by head class.
    private var datedAgreements: [String: Set<String>] = [:]
    /// Keys of agreement mentions written without a year, by head class, resolved at the end.
    private var undatedAgreementMentions: [(index: Int, headClass: String, bare: Bool)] = []
    private var lastMinistryKey: String?
    /// Where the first dated agreement of each head class starts.
    private var datedAgreementStarts: [String: Int] = [:]
    /// Slugs of dated agreements' names without the year → their key.
    private var agreementNames: [String: String] = [:]
    private var lowercaseKeys: Set<String> = []
    /// Starts of body zones written in title case, read as cautiously as headings.
    private var titleCaseZones: Set<Int> = []

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
        let tokenized = zones.map { Tokenizer.tokens(in: scalars, range: $0.range) }
        for tokens in tokenized {
            for token in tokens where !token.isCapitalized && !token.isNumber { lowercaseKeys.insert(token.key) }
        }
        // Body first so headings can be checked against what the body names.
        for (zone, tokens) in zip(zones, tokenized) where !zone.isHeading && Self.isTitleCase(tokens) {
            titleCaseZones.insert(zone.range.lowerBound)
        }
        for (zone, tokens) in zip(zones, tokenized) where !zone.isHeading { scanZone(tokens, zone: zone) }
        for (zone, tokens) in zip(zones, tokenized) where zone.isHeading { scanZone(tokens, zone: zone) }
        finish()
    }

    // MARK: Zone scan

    private mutating func scanZone(_ t: [Token], zone: Zone) {
        var i = 0
        var possessiveOwner: (key: String, index: Int)?
        while i < t.count {
            if let end = datedAgreement(t, at: i, zone: zone) { i = end + 1; continue }
            guard startsRun(t, i) else { i += 1; continue }
            let units = buildRun(t, from: i)
            guard let last = units.last?.last else { i += 1; continue }
            let owner = (possessiveOwner?.index == i - 1) ? possessiveOwner?.key : nil
            if let newOwner = interpret(units, t, zone: zone, possessiveOwner: owner) {
                possessiveOwner = (newOwner, last)
            }
            i = last + 1
        }
    }

    /// A word seen in lowercase only inflected ("sign" when the text has "signed").
    private func isInflectedVerb(_ key: String) -> Bool {
        guard !lowercaseKeys.contains(key), !isHeadWord(key), !cues.organizationOpeners.contains(key) else { return false }
        let stem = key.hasSuffix("s") ? String(key.dropLast()) : key
        return [stem + "ed", stem + "d", stem + "ing", stem].contains { $0 != key && lowercaseKeys.contains($0) }
            || lowercaseKeys.contains(key + "ed") || lowercaseKeys.contains(key + "ing")
    }

    /// The word, or an inflection of it, appears in lowercase in this document.
    private func isCommonWord(_ key: String) -> Bool {
        lowercaseKeys.contains(key) || lowercaseKeys.contains(key + "ed") || lowercaseKeys.contains(key + "d")
            || lowercaseKeys.contains(key + "s") || lowercaseKeys.contains(key + "ing")
            || (key.hasSuffix("s") && lowercaseKeys.contains(String(key.dropLast())))
    }

    private func startsRun(_ t: [Token], _ i: Int) -> Bool {
        (t[i].isNameLike || t[i].isAllCaps) && !isCalendar(t, i)
    }

    /// A month or weekday used as a date: next to a number, or a full name not after a name
    /// ("Jan Kowal" and "Theresa May" are people; "12 Jan", "in March" are dates).
    private func isCalendar(_ t: [Token], _ i: Int) -> Bool {
        guard cues.calendarWords.contains(t[i].key) else { return false }
        let nextIsNumber = i + 1 < t.count && t[i + 1].isNumber
        let previousIsNumber = i > 0 && t[i - 1].isNumber
        if nextIsNumber || previousIsNumber { return true }
        let afterName = i > 0 && t[i - 1].isNameLike && t[i].gap == .space
        return t[i].key.count >= 4 && !afterName
    }

    /// "the 1996 military accords": a year, up to five words, an agreement noun.
    private mutating func datedAgreement(_ t: [Token], at i: Int, zone: Zone) -> Int? {
        guard let year = t[i].year else { return nil }
        var j = i + 1
        while j < t.count, j <= i + 6, t[j].gap == .space || t[j].gap == .hyphen {
            if cues.agreementHeads.contains(t[j].key) {
                let headClass = cues.agreementSynonyms[t[j].key] ?? t[j].key
                var end = j
                // A capitalised continuation: "Agreement on Sub-Regional Arms Control".
                if t[j].isCapitalized {
                    var k = j + 1
                    while k < t.count, t[k].gap == .space || t[k].gap == .hyphen, !t[k - 1].possessive {
                        if t[k].isNameLike, !isCalendar(t, k) { end = k; k += 1; continue }
                        if cues.connectors.contains(t[k].key), k + 1 < t.count, t[k + 1].isNameLike { k += 1; continue }
                        break
                    }
                }
                let name = text(t[i].start, t[end].end)
                let key = "\(year)-\(headClass)"
                datedAgreements[headClass, default: []].insert(key)
                datedAgreementStarts[headClass] = min(datedAgreementStarts[headClass] ?? t[i].start, t[i].start)
                if t[i + 1].isCapitalized {
                    // "2024 Baltic Grid Accord": the name without its year is the same agreement.
                    agreementNames[NameFolding.slug(t[(i + 1)...end].map(\.key).joined(separator: " "))] = key
                }
                add(LocalMention(start: t[i].start, end: t[end].end, sentence: zone.sentence, via: .name,
                                 key: key, type: .agreement, name: name), zone: zone, strong: true)
                return end
            }
            if t[j].isNumber || cues.functionWords.contains(t[j].key) || isCalendar(t, j) { return nil }
            j += 1
        }
        return nil
    }

    // MARK: Runs

    private func buildRun(_ t: [Token], from i: Int) -> [Unit] {
        var units = [unit(t, at: i)]
        var p = units[0].last + 1
        while p < t.count, let lastUnit = units.last {
            if t[p - 1].possessive { break }
            let token = t[p]
            guard token.gap == .space || token.gap == .hyphen else { break }
            if isCalendar(t, p) { break }
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
               t[p + 1].gap == .space || t[p + 1].gap == .hyphen, t[p + 1].isNameLike, lastUnit.isWord {
                units.append(Unit(kind: .word, first: p, last: p))
                p += 1
                continue
            }
            if cues.connectors.contains(token.key), !token.isCapitalized, p + 1 < t.count,
               t[p + 1].gap == .space, t[p + 1].isNameLike, !isCalendar(t, p + 1), hasHead(units, t) {
                units.append(Unit(kind: .word, first: p, last: p))
                p += 1
                continue
            }
            break
        }
        return units
    }

    private func hasHead(_ units: [Unit], _ t: [Token]) -> Bool {
        units.contains { unit in
            guard unit.isWord else { return false }
            let key = t[unit.first].key
            return cues.organizationHeads.contains(key) || cues.organizationOpeners.contains(key)
                || cues.agreementHeads.contains(key) || cues.eventHeads.contains(key)
        }
    }

    private func unit(_ t: [Token], at p: Int) -> Unit {
        let key: (Int) -> String? = { index in
            if index == p { return t[index].key }
            guard t[index].gap == .space || t[index].gap == .hyphen, !t[index - 1].possessive else { return nil }
            return t[index].key
        }
        let afterArticle = p > 0 && t[p - 1].key == "the" && t[p].gap == .space
        if let match = lexicon.phrases.longestMatch(t.count, from: p, key: key, accept: { target, length in
            if target.needsArticle, !afterArticle { return false }
            if let exact = target.exactText { return length == 1 && t[p].text == exact }
            return t[p].isCapitalized && t[p + length - 1].isCapitalized
        }) {
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

    /// A one-letter-swap misspelling of a stored single-word name ("Belgarde").
    private func transposedMatch(_ token: Token) -> ResolverLexicon.PhraseTarget? {
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

    // MARK: Interpretation

    /// Turns a run into mentions; returns the key of a possessive owner the run ends with.
    private mutating func interpret(_ runUnits: [Unit], _ t: [Token], zone: Zone, possessiveOwner: String?) -> String? {
        var units = runUnits[...]
        // Leading function words, sentence-initial common words, connectors.
        while let first = units.first, first.isWord {
            let token = t[first.first]
            let isHead = cues.agreementHeads.contains(token.key) || cues.organizationHeads.contains(token.key)
                || cues.organizationOpeners.contains(token.key) || cues.eventHeads.contains(token.key)
            let initial = token.clauseInitial || (zone.isHeading && !isHead && units.count > 1)
            let drop = cues.functionWords.contains(token.key) || cues.connectors.contains(token.key)
                || (initial && !isHead && (isCommonWord(token.key) || token.key.hasSuffix("ly")))
            guard drop else { break }
            units = units.dropFirst()
        }
        while let last = units.last, last.isWord, cues.connectors.contains(t[last.first].key), !t[last.first].isCapitalized {
            units = units.dropLast()
        }
        guard !units.isEmpty else { return nil }
        let list = Array(units)
        // Title-case lines capitalise verbs ("Poland and Lithuania Sign Grid Accord"): split there.
        if zone.isHeading || titleCaseZones.contains(zone.range.lowerBound),
           let verb = list.indices.dropFirst().first(where: { list[$0].isWord && isInflectedVerb(t[list[$0].first].key) }) {
            let owner = interpret(Array(list[..<verb]), t, zone: zone, possessiveOwner: possessiveOwner)
            if verb + 1 < list.count { _ = interpret(Array(list[(verb + 1)...]), t, zone: zone, possessiveOwner: nil) }
            return owner
        }

        // Countries chained by hyphens ("Albania-Croatia-Kosovo") stay separate mentions.
        var chainEnd = 0
        while chainEnd + 1 < list.count, list[chainEnd].knownTarget != nil, list[chainEnd + 1].knownTarget != nil,
              t[list[chainEnd + 1].first].gap == .hyphen {
            chainEnd += 1
        }
        if chainEnd > 0 {
            var owner: String?
            for unit in list[0...chainEnd] { owner = emitKnown(unit, t, zone: zone) }
            let rest = Array(list[(chainEnd + 1)...])
            return rest.isEmpty ? owner : interpret(rest, t, zone: zone, possessiveOwner: nil)
        }

        if let head = headIndex(list, t) {
            return interpretHeaded(list, head: head, t, zone: zone, possessiveOwner: possessiveOwner)
        }
        // A head noun inside the run ("What the Grid Accord Means"): the name ends there.
        if let inner = list.lastIndex(where: { $0.isWord && isHeadWord(t[$0.first].key) }), inner > 0, inner + 1 < list.count,
           !cues.connectors.contains(t[list[inner + 1].first].key), !t[list[inner + 1].first].isNumber {
            let owner = interpret(Array(list[...inner]), t, zone: zone, possessiveOwner: possessiveOwner)
            let rest = interpret(Array(list[(inner + 1)...]), t, zone: zone, possessiveOwner: nil)
            return rest ?? (t[list[inner].last].possessive ? owner : nil)
        }
        if let roleIndex = list.firstIndex(where: { $0.roleKey != nil }) {
            return interpretRole(list, roleIndex: roleIndex, t, zone: zone, possessiveOwner: possessiveOwner)
        }
        return interpretPlain(list, t, zone: zone)
    }

    private func isHeadWord(_ key: String) -> Bool {
        cues.agreementHeads.contains(key) || cues.eventHeads.contains(key) || cues.organizationHeads.contains(key)
    }

    /// Index of the unit whose word types the run: a head noun ending it, or an opener starting it.
    private func headIndex(_ list: [Unit], _ t: [Token]) -> Int? {
        var lastMeaningful = list.count - 1
        if lastMeaningful > 0, t[list[lastMeaningful].first].isNumber { lastMeaningful -= 1 }
        let lastUnit = list[lastMeaningful]
        if lastUnit.isWord {
            let key = t[lastUnit.first].key
            if cues.agreementHeads.contains(key) || cues.eventHeads.contains(key) || cues.organizationHeads.contains(key) {
                return lastMeaningful
            }
        }
        // "National Assembly of Armenia", "Central Bank of Russia": head noun, "of", a known name.
        if list.count >= 3, lastUnit.knownTarget != nil, t[list[lastMeaningful - 1].first].key == "of" {
            let headUnit = list[lastMeaningful - 2]
            if headUnit.isWord, cues.organizationHeads.contains(t[headUnit.first].key) { return lastMeaningful - 2 }
        }
        if let opener = list.firstIndex(where: { $0.isWord && cues.organizationOpeners.contains(t[$0.first].key) }),
           list[..<opener].allSatisfy({ $0.knownTarget != nil }) {
            return opener
        }
        return nil
    }

    private mutating func interpretHeaded(_ list: [Unit], head: Int, _ t: [Token], zone: Zone, possessiveOwner: String?) -> String? {
        let headKey = t[list[head].first].key
        let lastToken = t[list[list.count - 1].last]
        if headKey == "ministry" {
            // "Serbian Foreign Ministry", "Serbia’s Ministry of Foreign Affairs": owner + ministry kind.
            var owner = possessiveOwner
            var bodyStart = 0
            while bodyStart < list.count, let target = list[bodyStart].knownTarget,
                  lexicon.records[target.entityID]?.type == .country {
                owner = target.entityID
                _ = emitKnown(list[bodyStart], t, zone: zone)
                bodyStart += 1
            }
            guard bodyStart < list.count else { return nil }
            let body = list[bodyStart...]
            let bodyFirst = list[bodyStart].first
            let start = t[bodyFirst].start
            let institution = lexicon.institutions.longestMatch(t.count, from: bodyFirst, key: { index in
                index == bodyFirst || t[index].gap == .space || t[index].gap == .hyphen ? t[index].key : nil
            })
            let kindWord = institution.map { _ in "" }
                ?? body.lazy.map { t[$0.first].key }.first { !["ministry", "of", "the", "and", "for"].contains($0) }
            if kindWord == nil, owner == nil {
                // "The Ministry has demanded": the ministry last named.
                if let previous = lastMinistryKey {
                    let name = mentions.last { $0.key == previous }?.name ?? text(start, lastToken.end)
                    add(LocalMention(start: start, end: lastToken.end, sentence: zone.sentence, via: .name,
                                     key: previous, type: .organization, name: name), zone: zone, strong: true)
                }
                return lastToken.possessive ? lastMinistryKey : nil
            }
            // The kind: an institution of the base ("foreign-ministry"), else "<word>-ministry".
            let kind = institution?.value ?? "\(kindWord.map(ministryKind) ?? "general") ministry"
            let key = NameFolding.slug([owner.map(bundleID), kind].compactMap { $0 }.joined(separator: " "))
            lastMinistryKey = key
            var name = text(start, lastToken.end)
            if let owner {
                let kindName = institution.flatMap { lexicon.institutionNames[$0.value] }
                    ?? kind.split(whereSeparator: { $0 == "-" || $0 == " " }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
                name = "\(kindName) of \(lexicon.records[owner]?.name ?? owner)"
            }
            add(LocalMention(start: start, end: lastToken.end, sentence: zone.sentence, via: .name, key: key,
                             type: .organization, name: name), zone: zone, strong: true)
            return lastToken.possessive ? key : nil
        }
        let firstToken = t[list[0].first]
        let spanText = text(firstToken.start, lastToken.end)
        let type: EntityType
        if cues.agreementHeads.contains(headKey) {
            type = .agreement
        } else if cues.eventHeads.contains(headKey) {
            type = .event
        } else {
            type = .organization
        }
        if type == .agreement {
            let headClass = cues.agreementSynonyms[headKey] ?? headKey
            let generic = list.allSatisfy { unit in unit.isWord && (lowercaseKeys.contains(t[unit.first].key) || cues.agreementHeads.contains(t[unit.first].key)) }
            let mention = LocalMention(start: firstToken.start, end: lastToken.end, sentence: zone.sentence, via: .name,
                                       key: NameFolding.slug(keyText(list, t)), type: .agreement, name: spanText)
            if generic {
                // "the Agreement", "Previous Military Accords": resolved against dated agreements at the end.
                undatedAgreementMentions.append((mentions.count, headClass, list.count == 1))
                mentions.append(mention)
            } else {
                add(mention, zone: zone, strong: true)
            }
            return nil
        }
        if list.count == 1, lowercaseKeys.contains(headKey) { return nil }
        let key = NameFolding.slug(keyText(list, t))
        add(LocalMention(start: firstToken.start, end: lastToken.end, sentence: zone.sentence, via: .name, key: key,
                         type: type, name: spanText), zone: zone, strong: true)
        return lastToken.possessive ? key : nil
    }

    private func ministryKind(_ word: String) -> String {
        if let role = lexicon.roles.longestMatch(2, from: 0, key: { [word, "minister"][$0] }), role.length == 2 {
            return role.value.hasSuffix("-minister") ? String(role.value.dropLast("-minister".count)) : role.value
        }
        return word
    }

    private mutating func interpretRole(_ list: [Unit], roleIndex: Int, _ t: [Token], zone: Zone, possessiveOwner: String?) -> String? {
        guard let roleKey = list[roleIndex].roleKey else { return nil }
        var owner = possessiveOwner
        var ownerWords: [Unit] = []
        for unit in list[..<roleIndex] {
            if let target = unit.knownTarget {
                let type = lexicon.records[target.entityID]?.type
                if type == .country || type == .organization { owner = target.capitalOf ?? target.entityID }
                _ = emitKnown(unit, t, zone: zone)
            } else if unit.isWord {
                ownerWords.append(unit)
            }
        }
        // "Intel CEO Pat Gelsinger": an unknown name before a title is the body it belongs to.
        if !ownerWords.isEmpty, let key = unknownSpan(ownerWords, t, zone: zone, typeHint: .organization) {
            owner = owner ?? key
        }
        var nameEnd = roleIndex
        while nameEnd + 1 < list.count, list[nameEnd + 1].isWord, t[list[nameEnd + 1].first].isNameLike,
              !cues.connectors.contains(t[list[nameEnd + 1].first].key) {
            nameEnd += 1
        }
        let roleUnit = list[roleIndex]
        if nameEnd > roleIndex {
            let first = t[list[roleIndex + 1].first]
            let last = t[list[nameEnd].last]
            var holderOwner = owner
            if holderOwner == nil, let after = ownerAfter(t, index: list[nameEnd].last) { holderOwner = after }
            let nameUnits = Array(list[(roleIndex + 1)...nameEnd])
            let key = personKey(nameUnits, t)
            if nameUnits.count >= 2 || t[nameUnits[0].first].key != t[nameUnits[0].last].key {
                personsBySurname[t[list[nameEnd].last].key, default: []].insert(key)
            }
            add(LocalMention(start: first.start, end: last.end, sentence: zone.sentence, via: .name, key: key,
                             type: .person, name: text(first.start, last.end)), zone: zone, strong: true)
            if let holderOwner { roleHolders["\(roleKey)@\(bundleID(holderOwner))", default: []].insert(key) }
            if nameEnd + 1 < list.count { _ = interpret(Array(list[(nameEnd + 1)...]), t, zone: zone, possessiveOwner: nil) }
            return last.possessive ? key : nil
        }
        guard let owner else {
            if roleIndex + 1 < list.count { _ = interpret(Array(list[(roleIndex + 1)...]), t, zone: zone, possessiveOwner: nil) }
            return nil
        }
        let start = t[roleUnit.first].start
        let end = t[roleUnit.last].end
        let key = NameFolding.slug("\(bundleID(owner)) \(roleKey)")
        // "The Nigerien Prime Minister, Ali Mahamane Zeine, called": the apposition holds the role.
        if roleIndex == list.count - 1, let holder = appositiveName(t, after: roleUnit.last) {
            roleHolders["\(roleKey)@\(bundleID(owner))", default: []].insert(holder)
        }
        let roleName = lexicon.roleNames[roleKey] ?? roleKey
        let ownerName = lexicon.records[owner]?.name ?? owner
        add(LocalMention(start: start, end: end, sentence: zone.sentence, via: .role, key: key, role: roleKey,
                         type: .person, name: "\(roleName) of \(ownerName)"), zone: zone, strong: true)
        placeholderRoles[key] = "\(roleKey)@\(bundleID(owner))"
        if roleIndex + 1 < list.count { _ = interpret(Array(list[(roleIndex + 1)...]), t, zone: zone, possessiveOwner: nil) }
        return nil
    }

    /// The report id of a knowledge-base key ("country:RS" → "serbia").
    private func bundleID(_ key: String) -> String { lexicon.records[key]?.id ?? key }

    /// Placeholder keys of unnamed roles → their `role@owner`.
    private(set) var placeholderRoles: [String: String] = [:]

    /// The person key of ", First Last," right after `index`: two to four capitalised words
    /// between commas, none of them known to the base.
    private func appositiveName(_ t: [Token], after index: Int) -> String? {
        guard index + 2 < t.count, t[index].end < t[index + 1].start, scalars[t[index].end] == "," else { return nil }
        var last = index + 1
        while last + 1 < t.count, t[last + 1].gap == .space, t[last + 1].isNameLike { last += 1 }
        let count = last - index
        guard (2...4).contains(count), last + 1 < t.count, t[last].end < scalars.count, scalars[t[last].end] == "," else { return nil }
        let words = (index + 1...last).map { t[$0] }
        guard words.allSatisfy({ $0.isCapitalized && !lowercaseKeys.contains($0.key) }),
              lexicon.phrases.longestMatch(1, from: 0, key: { _ in words[0].key }) == nil else { return nil }
        return NameFolding.slug(words.map(\.key).joined(separator: " "))
    }

    /// "X Y of Croatia": the country named right after a name.
    private func ownerAfter(_ t: [Token], index: Int) -> String? {
        guard index + 2 < t.count, t[index + 1].key == "of" else { return nil }
        let candidate = unit(t, at: index + 2)
        guard let target = candidate.knownTarget, lexicon.records[target.entityID]?.type == .country else { return nil }
        return target.entityID
    }

    private mutating func interpretPlain(_ list: [Unit], _ t: [Token], zone: Zone) -> String? {
        var owner: String?
        var words: [Unit] = []
        for unit in list {
            if unit.knownTarget != nil || unit.roleKey != nil {
                if !words.isEmpty { unknownSpan(words, t, zone: zone); words = [] }
                if unit.knownTarget != nil { owner = emitKnown(unit, t, zone: zone) }
            } else {
                words.append(unit)
            }
        }
        if !words.isEmpty {
            owner = unknownSpan(words, t, zone: zone)
        }
        return owner
    }

    /// A capitalised span the base does not know, typed from its context.
    @discardableResult
    private mutating func unknownSpan(_ words: [Unit], _ t: [Token], zone: Zone, typeHint: EntityType? = nil) -> String? {
        var units = words[...]
        var titled = false
        while let first = units.first {
            let key = t[first.first].key
            if cues.functionWords.contains(key) || cues.connectors.contains(key) {
                units = units.dropFirst()
            } else if cues.personIntroducers.contains(key), units.count >= 2 {
                // "General Abdel Fattah al-Burhan": a leading title is a person cue, not a name.
                titled = true
                units = units.dropFirst()
            } else {
                break
            }
        }
        while let last = units.last, cues.connectors.contains(t[last.first].key) { units = units.dropLast() }
        guard let firstUnit = units.first, let lastUnit = units.last else { return nil }
        let firstIndex = firstUnit.first
        let lastIndex = lastUnit.last
        let tokens = Array(t[firstIndex...lastIndex])
        let start = tokens[0].start
        let end = tokens[tokens.count - 1].end
        let name = text(start, end)
        let before = firstIndex > 0 ? t[firstIndex - 1] : nil
        let after = lastIndex + 1 < t.count ? t[lastIndex + 1] : nil

        // Abbreviations: defined by "(ABBR)" right after a mention, else ignored.
        if tokens.count == 1, tokens[0].isAllCaps || isMixedAbbreviation(tokens[0]) {
            if let key = abbreviations[tokens[0].text] {
                add(LocalMention(start: start, end: end, sentence: zone.sentence, via: .alias, key: key, type: nil, name: name), zone: zone, strong: true)
                return tokens[0].possessive ? key : nil
            }
            if start > 0, scalars[start - 1] == "(", end < scalars.count, scalars[end] == ")",
               let previous = mentions.last, previous.end + 2 >= start - 1, previous.end < start {
                abbreviations[tokens[0].text] = previous.key
                // People are not given abbreviations: "Republika Srpska (RS)" is no person.
                if previous.type == .person, lexicon.records[previous.key] == nil {
                    for index in mentions.indices where mentions[index].key == previous.key { mentions[index].type = nil }
                    personsBySurname = personsBySurname.mapValues { $0.subtracting([previous.key]) }
                }
                add(LocalMention(start: start, end: end, sentence: zone.sentence, via: .alias, key: previous.key, type: nil, name: name), zone: zone, strong: true)
                return nil
            }
            return nil
        }
        let allCommon = tokens.allSatisfy { lowercaseKeys.contains($0.key) || cues.functionWords.contains($0.key) }
        if allCommon { return nil }
        let singleWord = tokens.dropFirst().allSatisfy { $0.gap == .hyphen }
        if singleWord, let after, !after.isCapitalized, !after.isNumber, after.gap == .space || after.gap == .hyphen,
           !cues.functionWords.contains(after.key), !cues.connectors.contains(after.key),
           let lastKey = tokens.last?.key, cues.adjectiveSuffixes.contains(where: { lastKey.hasSuffix($0) }),
           !looksLikeVerb(after), personsBySurname[lastKey] == nil {
            return nil
        }
        // "the Western Balkan tripartite alliance": an adjective phrase before two content words.
        if !singleWord, let lastKey = tokens.last?.key, cues.adjectiveSuffixes.contains(where: { lastKey.hasSuffix($0) }),
           lastIndex + 2 < t.count, [t[lastIndex + 1], t[lastIndex + 2]].allSatisfy({ isPlainContentWord($0) }) {
            return nil
        }
        let introduced = before.map { cues.personIntroducers.contains($0.key) && (!$0.isCapitalized || isTitleAbbreviation($0, next: tokens[0])) } ?? false
        let personCue = titled || introduced && (tokens[0].gap == .space || before.map { isTitleAbbreviation($0, next: tokens[0]) } ?? false)
            || appositivePersonCue(t, after: lastIndex)
        let articleBefore = before?.key == "the"
        var placeCue = before.map { cues.placePrepositions.contains($0.key) } ?? false
        if articleBefore, firstIndex >= 2, cues.placePrepositions.contains(t[firstIndex - 2].key) { placeCue = true }
        let anyCommon = tokens.contains { lowercaseKeys.contains($0.key) }

        // "in Warsaw and Los Angeles": a name joined by "and"/"or" to a typed mention shares its type.
        var coordinatedType: EntityType?
        if let before, before.key == "and" || before.key == "or", let previous = mentions.last,
           firstIndex >= 2, previous.end == t[firstIndex - 2].end || previous.end + 1 >= t[firstIndex - 2].end {
            coordinatedType = previous.type == .country ? .place : previous.type
        }
        var type: EntityType?
        if let typeHint {
            type = typeHint
        } else if personCue {
            type = .person
        } else if placeCue || cues.placeOpeners.contains(tokens[0].key) && tokens.count >= 2 {
            type = .place
        } else if let coordinatedType, coordinatedType != .person || tokens.count >= 2 {
            type = coordinatedType
        } else if tokens.count >= 2, tokens.count <= 4, !articleBefore, !anyCommon {
            type = .person
        } else if tokens.count >= 2, anyCommon {
            // Title-case phrases of common words ("Perceived Threat", "National Security").
            return nil
        }
        if zone.isHeading || titleCaseZones.contains(zone.range.lowerBound), tokens.count >= 2, !personCue {
            // Title case hides where names end: keep the pieces the body names, else only a place.
            if !(placeCue && tokens.count <= 3), knownPieces(tokens, zone: zone) > 0 || !placeCue { return nil }
        }
        let key = tokens.count >= 2 && type == .person ? personKey(Array(units), t) : NameFolding.slug(tokens.map(\.key).joined(separator: " "))
        if type == .person, tokens.count >= 2, let last = tokens.last { personsBySurname[last.key, default: []].insert(key) }
        let mention = LocalMention(start: start, end: end, sentence: zone.sentence, via: .name, key: key, type: type, name: name)
        // A name the writer puts in quote marks is a name, even in a headline (“Artsakh”).
        let quoted = ScareQuotes.isScareQuoted(start..<end, in: scalars, scareQuotes: [])
        add(mention, zone: zone, strong: personCue || placeCue || typeHint != nil || quoted)
        return typeHint != nil || tokens[tokens.count - 1].possessive ? key : nil
    }

    /// In a heading, the longest pieces of an unknown run that the body names ("Balkans" in
    /// "Balkans Amid New Regional Military Alliances").
    private mutating func knownPieces(_ tokens: [Token], zone: Zone) -> Int {
        var count = 0
        var start = 0
        while start < tokens.count {
            var found = 0
            for length in stride(from: tokens.count - start, through: 1, by: -1) {
                let key = NameFolding.slug(tokens[start..<(start + length)].map(\.key).joined(separator: " "))
                if bodyKeys.contains(key) || personsBySurname[key]?.count == 1 {
                    let first = tokens[start]
                    let last = tokens[start + length - 1]
                    add(LocalMention(start: first.start, end: last.end, sentence: zone.sentence, via: .name, key: key,
                                     type: nil, name: text(first.start, last.end)), zone: zone, strong: true)
                    found = length
                    count += 1
                    break
                }
            }
            start += max(found, 1)
        }
        return count
    }

    /// "Mr. Smith", "Gen. Mladić": a capitalised title abbreviation followed by a period.
    private func isTitleAbbreviation(_ title: Token, next: Token) -> Bool {
        guard title.end < next.start else { return false }
        var gap = String.UnicodeScalarView()
        gap.append(contentsOf: scalars[title.end..<next.start])
        return String(gap) == ". "
    }

    private func isMixedAbbreviation(_ token: Token) -> Bool {
        let letters = token.text.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count <= 4 && letters.filter { $0.properties.isUppercase }.count >= 2
    }

    /// ", a retired general" / ", the country's envoy" after a name.
    private func appositivePersonCue(_ t: [Token], after index: Int) -> Bool {
        guard index + 2 < t.count, t[index + 1].gap == .punctuation,
              ["a", "an", "the"].contains(t[index + 1].key) else { return false }
        let gapStart = t[index].end
        guard gapStart < t[index + 1].start, scalars[gapStart] == "," else { return false }
        var j = index + 2
        while j < t.count, j <= index + 5, t[j].gap != .punctuation {
            if cues.personIntroducers.contains(t[j].key) || lexicon.roles.contains([t[j].key]) { return true }
            j += 1
        }
        return false
    }

    /// A lowercase word joined by a space that is neither a function word nor verb-like.
    private func isPlainContentWord(_ token: Token) -> Bool {
        !token.isCapitalized && !token.isNumber && token.gap == .space && !cues.functionWords.contains(token.key)
            && !cues.connectors.contains(token.key) && !looksLikeVerb(token)
    }

    private func looksLikeVerb(_ token: Token) -> Bool {
        cues.actionVerbs.contains(token.key) || lexicon.reportingVerbs.contains(token.key) || token.key.hasSuffix("ed")
    }

    private func personKey(_ units: [Unit], _ t: [Token]) -> String {
        NameFolding.slug(units.flatMap { t[$0.first...$0.last].map(\.key) }.joined(separator: " "))
    }

    private func keyText(_ units: [Unit], _ t: [Token]) -> String {
        units.flatMap { t[$0.first...$0.last].map(\.key) }.joined(separator: " ")
    }

    /// Emits a knowledge-base phrase; a capital is its state when it acts, a place otherwise.
    private mutating func emitKnown(_ unit: Unit, _ t: [Token], zone: Zone) -> String? {
        guard let target = unit.knownTarget else { return nil }
        let first = t[unit.first]
        let last = t[unit.last]
        // A region's adjective-like alias before a noun describes ("Euro-Atlantic integration").
        if target.via == .alias, lexicon.records[target.entityID]?.type == .place, target.capitalOf == nil,
           cues.adjectiveSuffixes.contains(where: { last.key.hasSuffix($0) }), !last.possessive,
           unit.last + 1 < t.count, isPlainContentWord(t[unit.last + 1]) {
            return nil
        }
        var key = target.entityID
        var via = target.via
        if let country = target.capitalOf, actsAsGovernment(t, first: unit.first, last: unit.last) {
            key = country
            via = .metonym
        }
        let record = lexicon.records[key]
        add(LocalMention(start: first.start, end: last.end, sentence: zone.sentence, via: via, key: key,
                         type: record?.type, name: record?.name ?? text(first.start, last.end)), zone: zone, strong: true)
        guard last.possessive else { return nil }
        return key
    }

    /// Subject of an action or reporting verb, or a possessive, and not after a locative preposition.
    private func actsAsGovernment(_ t: [Token], first: Int, last: Int) -> Bool {
        if first > 0, cues.locativePrepositions.contains(t[first - 1].key) { return false }
        if first > 1, t[first - 1].key == "the", cues.locativePrepositions.contains(t[first - 2].key) { return false }
        if t[last].possessive { return true }
        // The other side of a dispute or a deal: "directed against Moscow", "talks with Belgrade".
        if first > 0, cues.counterpartPrepositions.contains(t[first - 1].key), t[first].gap == .space { return true }
        var j = last + 1
        while j < t.count, j <= last + 3, t[j].gap == .space,
              !t[j].isCapitalized || isInflectedVerb(t[j].key) || lexicon.reportingVerbs.contains(t[j].key) {
            if looksLikeVerb(t[j]) || isInflectedVerb(t[j].key) { return true }
            guard cues.adverbs.contains(t[j].key) || t[j].key.hasSuffix("ly") else { return false }
            j += 1
        }
        return false
    }

    private func text(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        let lo = max(0, min(start, scalars.count))
        view.append(contentsOf: scalars[lo..<max(lo, min(end, scalars.count))])
        return String(view)
    }

    // MARK: Recording

    /// Records a mention; in headings a weak (uncued, unknown) name waits until the body confirms it.
    private mutating func add(_ mention: LocalMention, zone: Zone, strong: Bool) {
        let cautious = zone.isHeading || titleCaseZones.contains(zone.range.lowerBound)
        if cautious, !strong, mention.type == nil || mention.type == .person || mention.type == .place {
            pendingHeadingMentions.append(mention)
            return
        }
        if !zone.isHeading { bodyKeys.insert(mention.key) }
        mentions.append(mention)
    }

    // MARK: Document-wide resolution

    private mutating func finish() {
        let surnameOwners = personsBySurname.filter { $0.value.count == 1 }.compactMapValues { $0.first }
        for mention in pendingHeadingMentions {
            if bodyKeys.contains(mention.key) || surnameOwners[mention.key] != nil { mentions.append(mention) }
        }
        for index in mentions.indices {
            let key = mentions[index].key
            // A surname alone: the one full name in this document that ends with it.
            if !key.utf8.contains(45), let person = surnameOwners[key], mentions[index].type != .place {
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
