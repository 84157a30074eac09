import CrosscheckSchema
import TextCore

/// Turning capitalised runs into mentions: headed names, titles, plain runs.
extension DocumentScanner {
    // MARK: Interpretation

    /// Turns a run into mentions; returns the key of a possessive owner the run ends with.
    mutating func interpret(_ runUnits: [Unit], _ t: [Token], zone: Zone, possessiveOwner: String?) -> String? {
        var units = runUnits[...]
        // Leading function words, sentence-initial common words, connectors.
        while let first = units.first, first.isWord {
            let token = t[first.first]
            let isHead =
                cues.agreementHeads.contains(token.key) || cues.organizationHeads.contains(token.key)
                || cues.organizationOpeners.contains(token.key) || cues.eventHeads.contains(token.key)
            // A heading's "Fishing Accords" keeps a word of a dated agreement the body names.
            let describesAgreement =
                zone.isHeading && datedAgreementWords.contains(token.key)
                && units.last.map { $0.isWord && cues.agreementHeads.contains(t[$0.first].key) } == true
            let initial = token.clauseInitial || (zone.isHeading && !isHead && units.count > 1 && !describesAgreement)
            // "El Mercurio", "La Paz": a capitalised particle starts a name; "The" does not.
            let drop =
                cues.functionWords.contains(token.key) || (cues.connectors.contains(token.key) && !token.isCapitalized)
                || (initial && !isHead && (isCommonWord(token.key) || token.key.hasSuffix("ly")))
            guard drop else { break }
            units = units.dropFirst()
        }
        while let last = units.last, last.isWord, cues.connectors.contains(t[last.first].key), !t[last.first].isCapitalized {
            units = units.dropLast()
        }
        // A bare figure left once "A" or "The" goes ("A 36-year-old", "The 3 countries") is no name.
        guard !units.isEmpty, !units.allSatisfy({ unit in (unit.first...unit.last).allSatisfy { t[$0].isNumber } }) else { return nil }
        let list = Array(units)
        // Title-case lines capitalise verbs ("Poland and Lithuania Sign Grid Accord"): split there.
        if zone.isHeading || titleCaseZones.contains(zone.range.lowerBound),
            let verb = list.indices.dropFirst().first(where: { list[$0].isWord && isHeadingVerb(t[list[$0].first].key) })
        {
            let owner = interpret(Array(list[..<verb]), t, zone: zone, possessiveOwner: possessiveOwner)
            if verb + 1 < list.count { _ = interpret(Array(list[(verb + 1)...]), t, zone: zone, possessiveOwner: nil) }
            return owner
        }

        // Countries chained by hyphens ("Poland-Lithuania-Ukraine") stay separate mentions.
        var chainEnd = 0
        while chainEnd + 1 < list.count, list[chainEnd].knownTarget != nil, list[chainEnd + 1].knownTarget != nil,
            t[list[chainEnd + 1].first].gap == .hyphen
        {
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
            !cues.connectors.contains(t[list[inner + 1].first].key), !t[list[inner + 1].first].isNumber
        {
            let owner = interpret(Array(list[...inner]), t, zone: zone, possessiveOwner: possessiveOwner)
            let rest = interpret(Array(list[(inner + 1)...]), t, zone: zone, possessiveOwner: nil)
            return rest ?? (t[list[inner].last].possessive ? owner : nil)
        }
        if let roleIndex = list.firstIndex(where: { $0.roleKey != nil }) {
            return interpretRole(list, roleIndex: roleIndex, t, zone: zone, possessiveOwner: possessiveOwner)
        }
        return interpretPlain(list, t, zone: zone)
    }

    /// A title-case word that is a verb of this text: inflected only, or used in the past tense.
    func isHeadingVerb(_ key: String) -> Bool {
        if isInflectedVerb(key) { return true }
        guard key.count >= 3, !isHeadWord(key), !cues.organizationOpeners.contains(key) else { return false }
        let stem = key.hasSuffix("s") ? String(key.dropLast()) : key
        return lowercaseKeys.contains(stem + "ed") || stem.hasSuffix("e") && lowercaseKeys.contains(stem + "d")
    }

    func isHeadWord(_ key: String) -> Bool {
        cues.agreementHeads.contains(key) || cues.eventHeads.contains(key) || cues.organizationHeads.contains(key)
    }

    /// Index of the unit whose word types the run: a head noun ending it, or an opener starting it.
    func headIndex(_ list: [Unit], _ t: [Token]) -> Int? {
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
            list[..<opener].allSatisfy({ $0.knownTarget != nil })
        {
            return opener
        }
        return nil
    }

    mutating func interpretHeaded(_ list: [Unit], head: Int, _ t: [Token], zone: Zone, possessiveOwner: String?) -> String? {
        let headKey = t[list[head].first].key
        let lastToken = t[list[list.count - 1].last]
        if headKey == "ministry" { return interpretMinistry(list, t, zone: zone, possessiveOwner: possessiveOwner) }
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
            let generic =
                list.allSatisfy { unit in
                    unit.isWord && (lowercaseKeys.contains(t[unit.first].key) || cues.agreementHeads.contains(t[unit.first].key))
                }
                || zone.isHeading && isDescriptiveAgreement(list, t)
            let mention = LocalMention(
                start: firstToken.start, end: lastToken.end, sentence: zone.sentence, via: .name,
                key: NameFolding.slug(keyText(list, t)), type: .agreement, name: spanText)
            if generic {
                // "the Agreement", "Earlier Trade Accords": resolved against dated agreements at the end.
                undatedAgreementMentions.append((mentions.count, headClass, list.count == 1))
                mentions.append(mention)
            } else {
                add(mention, zone: zone, strong: true)
            }
            return nil
        }
        if list.count == 1, lowercaseKeys.contains(headKey) { return nil }
        let key = organizationKey(list, t)
        add(
            LocalMention(
                start: firstToken.start, end: lastToken.end, sentence: zone.sentence, via: .name, key: key,
                type: type, name: spanText), zone: zone, strong: true)
        return lastToken.possessive ? key : nil
    }

    /// "Polish Foreign Ministry", "Poland’s Ministry of Foreign Affairs": owner + ministry kind.
    private mutating func interpretMinistry(_ list: [Unit], _ t: [Token], zone: Zone, possessiveOwner: String?) -> String? {
        let lastToken = t[list[list.count - 1].last]
        var owner = possessiveOwner
        var bodyStart = 0
        while bodyStart < list.count, let target = list[bodyStart].knownTarget,
            lexicon.records[target.entityID]?.type == .country
        {
            owner = target.entityID
            _ = emitKnown(list[bodyStart], t, zone: zone)
            bodyStart += 1
        }
        guard bodyStart < list.count else { return nil }
        let body = list[bodyStart...]
        let bodyFirst = list[bodyStart].first
        let start = t[bodyFirst].start
        let institution = lexicon.institutions.longestMatch(
            t.count, from: bodyFirst,
            key: { index in
                index == bodyFirst || t[index].gap == .space || t[index].gap == .hyphen ? t[index].key : nil
            })
        let kindWord =
            institution.map { _ in "" }
            ?? body.lazy.map { t[$0.first].key }.first { !["ministry", "of", "the", "and", "for"].contains($0) }
        if kindWord == nil, owner == nil {
            // "The Ministry has demanded": the ministry last named.
            if let previous = lastMinistryKey {
                let name = mentions.last { $0.key == previous }?.name ?? text(start, lastToken.end)
                add(
                    LocalMention(
                        start: start, end: lastToken.end, sentence: zone.sentence, via: .name,
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
            let kindName =
                institution.flatMap { lexicon.institutionNames[$0.value] }
                ?? kind.split(whereSeparator: { $0 == "-" || $0 == " " }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
            name = "\(kindName) of \(lexicon.records[owner]?.name ?? owner)"
        }
        add(
            LocalMention(
                start: start, end: lastToken.end, sentence: zone.sentence, via: .name, key: key,
                type: .organization, name: name), zone: zone, strong: true)
        return lastToken.possessive ? key : nil
    }

    /// Key of an organisation's name without trailing legal forms ("ATI Technologies Inc." → "ati-technologies").
    func organizationKey(_ list: [Unit], _ t: [Token]) -> String {
        var words = list.flatMap { t[$0.first...$0.last].map(\.key) }
        while words.count > 1, let last = words.last, cues.legalForms.contains(last) { words.removeLast() }
        return NameFolding.slug(words.joined(separator: " "))
    }

    /// A heading's "Previous Border Accords": plain words, one of them used in lowercase in this
    /// document and in the name of one of its dated agreements ("the 2004 border accords").
    func isDescriptiveAgreement(_ list: [Unit], _ t: [Token]) -> Bool {
        guard list.count >= 2, list.allSatisfy(\.isWord) else { return false }
        let words = list.dropLast().map { t[$0.first].key }.filter { !cues.functionWords.contains($0) && !cues.connectors.contains($0) }
        return words.contains { lowercaseKeys.contains($0) && datedAgreementWords.contains($0) }
    }

    func ministryKind(_ word: String) -> String {
        if let role = lexicon.roles.longestMatch(2, from: 0, key: { [word, "minister"][$0] }), role.length == 2 {
            return role.value.hasSuffix("-minister") ? String(role.value.dropLast("-minister".count)) : role.value
        }
        return word
    }

    mutating func interpretRole(_ list: [Unit], roleIndex: Int, _ t: [Token], zone: Zone, possessiveOwner: String?) -> String? {
        guard let baseRole = list[roleIndex].roleKey else { return nil }
        let roleWord = t[list[roleIndex].last].key
        if roleIndex == 0, possessiveOwner == nil, roleWord.hasSuffix("s"), !baseRole.hasSuffix("s"), !isCommonWord(roleWord) {
            // A plural title never written in lowercase is a name, and it names no holder ("Queens Hit").
            var plain = list
            plain[0] = Unit(kind: .word, first: list[0].first, last: list[0].last)
            return interpretPlain(plain, t, zone: zone)
        }
        var owner = possessiveOwner
        var ownerWords: [Unit] = []
        let (roleKey, titleStart) = completedTitle(list, roleIndex: roleIndex, roleKey: baseRole, t, possessiveOwner: possessiveOwner)
        for unit in list[..<titleStart] {
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
            !cues.connectors.contains(t[list[nameEnd + 1].first].key)
                || t[list[nameEnd + 1].first].isCapitalized && nameEnd + 2 < list.count && list[nameEnd + 2].isWord
                    && t[list[nameEnd + 2].first].isNameLike
        {
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
            add(
                LocalMention(
                    start: first.start, end: last.end, sentence: zone.sentence, via: .name, key: key,
                    type: .person, name: text(first.start, last.end)), zone: zone, strong: true)
            if let holderOwner { roleHolders["\(roleKey)@\(bundleID(holderOwner))", default: []].insert(key) }
            if nameEnd + 1 < list.count { _ = interpret(Array(list[(nameEnd + 1)...]), t, zone: zone, possessiveOwner: nil) }
            return last.possessive ? key : nil
        }
        guard let owner else {
            // A title word the text never writes in lowercase names something ("in Queens").
            if roleIndex == 0, !(roleUnit.first...roleUnit.last).contains(where: { isCommonWord(t[$0].key) }) {
                var plain = list
                plain[0] = Unit(kind: .word, first: roleUnit.first, last: roleUnit.last)
                return interpretPlain(plain, t, zone: zone)
            }
            if roleIndex + 1 < list.count { _ = interpret(Array(list[(roleIndex + 1)...]), t, zone: zone, possessiveOwner: nil) }
            return nil
        }
        let start = t[list[titleStart].first].start
        let end = t[roleUnit.last].end
        let key = NameFolding.slug("\(bundleID(owner)) \(roleKey)")
        // "The Nigerien Prime Minister, Ali Mahamane Zeine, called": the apposition holds the role.
        if roleIndex == list.count - 1, let holder = appositiveName(t, after: roleUnit.last) {
            roleHolders["\(roleKey)@\(bundleID(owner))", default: []].insert(holder)
        }
        let roleName = lexicon.roleNames[roleKey] ?? text(start, end)
        let ownerName = lexicon.records[owner]?.name ?? owner
        add(
            LocalMention(
                start: start, end: end, sentence: zone.sentence, via: .role, key: key, role: roleKey,
                type: .person, name: "\(roleName) of \(ownerName)"), zone: zone, strong: true)
        placeholderRoles[key] = "\(roleKey)@\(bundleID(owner))"
        if roleIndex + 1 < list.count { _ = interpret(Array(list[(roleIndex + 1)...]), t, zone: zone, possessiveOwner: nil) }
        return nil
    }

    /// "Chilean Mining Minister": capitalised words between a state and a one-word title
    /// ("Minister") complete the title. The title's key and its first unit.
    private func completedTitle(
        _ list: [Unit], roleIndex: Int, roleKey: String, _ t: [Token],
        possessiveOwner: String?
    ) -> (String, Int) {
        guard lexicon.roleNames[roleKey].map({ !$0.contains(" ") && !$0.contains("-") }) ?? false else { return (roleKey, roleIndex) }
        var titleStart = roleIndex
        while titleStart > 0, list[titleStart - 1].isWord, !t[list[titleStart - 1].last].possessive,
            t[list[titleStart - 1].first].isCapitalized
        {
            titleStart -= 1
        }
        let stateBefore = titleStart > 0 && list[titleStart - 1].knownTarget.map { lexicon.records[$0.entityID]?.type == .country } ?? false
        if titleStart < roleIndex, stateBefore || possessiveOwner != nil && titleStart == 0 {
            return (NameFolding.slug((titleStart..<roleIndex).map { t[list[$0].first].key }.joined(separator: " ") + " " + roleKey), titleStart)
        }
        return (roleKey, roleIndex)
    }

    /// The report id of a knowledge-base key ("country:PL" → "poland").
    func bundleID(_ key: String) -> String { lexicon.records[key]?.id ?? key }

    /// The person key of ", First Last," right after `index`: two to four capitalised words
    /// between commas, none of them known to the base.
    func appositiveName(_ t: [Token], after index: Int) -> String? {
        guard index + 2 < t.count, t[index].end < t[index + 1].start, scalars[t[index].end] == "," else { return nil }
        var last = index + 1
        while last + 1 < t.count, t[last + 1].gap == .space, t[last + 1].isNameLike { last += 1 }
        let count = last - index
        guard (2...4).contains(count), last + 1 < t.count, t[last].end < scalars.count, scalars[t[last].end] == "," else { return nil }
        let words = (index + 1...last).map { t[$0] }
        guard words.allSatisfy({ $0.isCapitalized && !lowercaseKeys.contains($0.key) }),
            lexicon.phrases.longestMatch(1, from: 0, key: { _ in words[0].key }) == nil
        else { return nil }
        return NameFolding.slug(words.map(\.key).joined(separator: " "))
    }

    /// "X Y of Poland": the country named right after a name.
    func ownerAfter(_ t: [Token], index: Int) -> String? {
        guard index + 2 < t.count, t[index + 1].key == "of" else { return nil }
        let candidate = unit(t, at: index + 2)
        guard let target = candidate.knownTarget, lexicon.records[target.entityID]?.type == .country else { return nil }
        return target.entityID
    }

    mutating func interpretPlain(_ list: [Unit], _ t: [Token], zone: Zone) -> String? {
        var owner: String?
        var words: [Unit] = []
        for unit in list {
            if unit.knownTarget != nil || unit.roleKey != nil {
                if !words.isEmpty {
                    unknownSpan(words, t, zone: zone)
                    words = []
                }
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
}
