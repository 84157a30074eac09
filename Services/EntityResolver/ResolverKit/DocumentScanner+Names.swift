import CrosscheckSchema
import TextCore

/// Names the base does not know, and knowledge-base phrases in context (capitals as governments).
extension DocumentScanner {
    // MARK: Unknown names and known phrases

    /// A capitalised span the base does not know, typed from its context.
    @discardableResult
    mutating func unknownSpan(_ words: [Unit], _ t: [Token], zone: Zone, typeHint: EntityType? = nil) -> String? {
        let (units, titled) = trimmedName(words, t, zone: zone)
        guard let firstIndex = units.first?.first, let lastIndex = units.last?.last else { return nil }
        let tokens = Array(t[firstIndex...lastIndex])
        let start = tokens[0].start
        let end = tokens[tokens.count - 1].end
        let name = text(start, end)
        let before = firstIndex > 0 ? t[firstIndex - 1] : nil
        let after = lastIndex + 1 < t.count ? t[lastIndex + 1] : nil

        if tokens.count == 1, tokens[0].isAllCaps || isMixedAbbreviation(tokens[0]) {
            return acronymSpan(tokens[0], zone: zone)
        }
        if tokens.allSatisfy({ lowercaseKeys.contains($0.key) || cues.functionWords.contains($0.key) }) {
            commonWordSpan(tokens, zone: zone, name: name)
            return nil
        }
        if isAdjectivePhrase(tokens, t, lastIndex: lastIndex, after: after) { return nil }
        let personCue = titled || isIntroducedPerson(t, first: firstIndex, last: lastIndex)
        let articleBefore = before?.key == "the"
        let placeCue = isAfterPlacePreposition(t, first: firstIndex)
        let anyCommon = tokens.contains { lowercaseKeys.contains($0.key) }

        let coordinatedType = coordinatedType(t, first: firstIndex)
        var type: EntityType?
        if let typeHint {
            type = typeHint
        } else if personCue {
            type = .person
        } else if placeCue
            || tokens.count >= 2
                && (cues.placeOpeners.contains(tokens[0].key) || cues.placeHeads.contains(tokens[0].key)
                    || tokens.suffix(2).contains { cues.placeHeads.contains($0.key) })
        {
            type = .place
        } else if let coordinatedType, coordinatedType != .person || tokens.count >= 2 {
            type = coordinatedType
        } else if tokens.count >= 2, tokens.count <= 4, !articleBefore, !anyCommon,
            !tokens.contains(where: { $0.text.unicodeScalars.contains { ("0"..."9").contains($0) } })
        {
            type = .person
        } else if tokens.count >= 2, anyCommon {
            // Title-case phrases of common words ("Perceived Threat", "National Security"); a
            // heading keeps the pieces the body names.
            if zone.isHeading || titleCaseZones.contains(zone.range.lowerBound) {
                _ = knownPieces(tokens, zone: zone)
            } else {
                return namesAroundCommonWords(units, t, zone: zone, typeHint: typeHint)
            }
            return nil
        }
        // Two or three words in title case, none of them a word this text writes in lowercase, read as a name.
        let plainName =
            (zone.isHeading || titleCaseZones.contains(zone.range.lowerBound)) && type == .person
            && tokens.count <= 3 && !anyCommon && tokens.allSatisfy(\.isCapitalized)
        if type == nil, tokens.count == 1, !tokens[0].clauseInitial, !zone.isHeading, let typer = lexicon.nameTyper {
            // One capitalised word with no cue: the learned typer may call it an organisation ("Intel").
            let guess = typer.type(t, first: firstIndex, last: lastIndex, fallback: .other, margin: NameTyper.overrideMargin)
            if guess == .organization { type = guess }
        }
        if zone.isHeading || titleCaseZones.contains(zone.range.lowerBound), tokens.count >= 2, !personCue {
            // Title case hides where names end: keep the pieces the body names, else only a place
            // or a plain name ("Charger Jamal Williams" is "Jamal Williams" when the body says so).
            if plainName {
                if knownPieces(tokens, zone: zone) > 0 { return nil }
            } else if !(placeCue && (tokens.count <= 3 || cues.placeHeads.contains(tokens[tokens.count - 1].key))),
                knownPieces(tokens, zone: zone) > 0 || !placeCue
            {
                return nil
            }
        }
        // A plain name only a heading gives stays untyped: the bundle keeps it only if a body names it too.
        let headingOnly = plainName && zone.isHeading && !personCue && !placeCue && typeHint == nil
        let key = addName(
            units, t, zone: zone, type: type, untyped: headingOnly,
            strong: personCue || placeCue || typeHint != nil || plainName)
        return typeHint != nil || tokens[tokens.count - 1].possessive ? key : nil
    }

    /// A title, "Mr" or an introducing word before the span, or an apposition after it, makes it a person.
    private func isIntroducedPerson(_ t: [Token], first firstIndex: Int, last lastIndex: Int) -> Bool {
        let before = firstIndex > 0 ? t[firstIndex - 1] : nil
        let introduced =
            before.map { cues.personIntroducers.contains($0.key) && (!$0.isCapitalized || isTitleAbbreviation($0, next: t[firstIndex])) } ?? false
        return introduced && (t[firstIndex].gap == .space || before.map { isTitleAbbreviation($0, next: t[firstIndex]) } ?? false)
            || appositivePersonCue(t, after: lastIndex)
    }

    /// "in Warsaw", "in the Donbas": a place preposition before the span (or before its "the").
    private func isAfterPlacePreposition(_ t: [Token], first firstIndex: Int) -> Bool {
        guard firstIndex > 0 else { return false }
        if cues.placePrepositions.contains(t[firstIndex - 1].key) { return true }
        return t[firstIndex - 1].key == "the" && firstIndex >= 2 && cues.placePrepositions.contains(t[firstIndex - 2].key)
    }

    /// Adds the name `units` as a mention of `type` (none when `untyped`); a name the writer puts
    /// in quote marks is a name, even in a headline (“Artsakh”). Returns its key.
    private mutating func addName(
        _ units: ArraySlice<Unit>, _ t: [Token], zone: Zone, type: EntityType?, untyped: Bool,
        strong: Bool
    ) -> String {
        let tokens = Array(t[units[units.startIndex].first...units[units.endIndex - 1].last])
        let start = tokens[0].start
        let end = tokens[tokens.count - 1].end
        let key = tokens.count >= 2 && type == .person ? personKey(Array(units), t) : NameFolding.slug(tokens.map(\.key).joined(separator: " "))
        if type == .person, tokens.count >= 2, let last = tokens.last { personsBySurname[last.key, default: []].insert(key) }
        let mention = LocalMention(
            start: start, end: end, sentence: zone.sentence, via: .name, key: key,
            type: untyped ? nil : type, name: text(start, end))
        let quoted = ScareQuotes.isScareQuoted(start..<end, in: scalars, scareQuotes: [])
        add(mention, zone: zone, strong: strong || quoted)
        return key
    }

    /// "as Surgeon General": capitalised common words inside a body sentence name an office or a
    /// body; a heading keeps the pieces the body names.
    private mutating func commonWordSpan(_ tokens: [Token], zone: Zone, name: String) {
        let content = tokens.filter { !cues.connectors.contains($0.key) }
        if zone.isHeading || titleCaseZones.contains(zone.range.lowerBound) {
            _ = knownPieces(tokens, zone: zone)
        } else if (2...4).contains(tokens.count), content.allSatisfy(\.isCapitalized), !tokens[0].clauseInitial {
            add(
                LocalMention(
                    start: tokens[0].start, end: tokens[tokens.count - 1].end, sentence: zone.sentence, via: .name,
                    key: NameFolding.slug(tokens.map(\.key).joined(separator: " ")), type: nil, name: name),
                zone: zone, strong: false)
        }
    }

    /// A span ending in an adjective ("-ian", "-ic") that describes the words after it: one word
    /// before a plain lowercase word ("Polish officials"), or a phrase before two content words
    /// ("the Central Baltic tripartite alliance").
    private func isAdjectivePhrase(_ tokens: [Token], _ t: [Token], lastIndex: Int, after: Token?) -> Bool {
        guard let lastKey = tokens.last?.key, cues.adjectiveSuffixes.contains(where: { lastKey.hasSuffix($0) }) else { return false }
        let singleWord = tokens.dropFirst().allSatisfy { $0.gap == .hyphen }
        if singleWord, let after, !after.isCapitalized, !after.isNumber, after.gap == .space || after.gap == .hyphen,
            !cues.functionWords.contains(after.key), !cues.connectors.contains(after.key),
            !looksLikeVerb(after), personsBySurname[lastKey] == nil
        {
            return true
        }
        return !singleWord && lastIndex + 2 < t.count && [t[lastIndex + 1], t[lastIndex + 2]].allSatisfy({ isPlainContentWord($0) })
    }

    /// "in Warsaw and Los Angeles": a name joined by "and"/"or" to a typed mention shares its type.
    private func coordinatedType(_ t: [Token], first firstIndex: Int) -> EntityType? {
        guard firstIndex >= 2, t[firstIndex - 1].key == "and" || t[firstIndex - 1].key == "or", let previous = mentions.last,
            previous.end == t[firstIndex - 2].end || previous.end + 1 >= t[firstIndex - 2].end
        else { return nil }
        return previous.type == .country ? .place : previous.type
    }

    /// "Portland Trailblazers Coach", "Naval Ship Sukanya": the words before the first common one
    /// and after the last are names; the key of the last one found.
    private mutating func namesAroundCommonWords(
        _ units: ArraySlice<Unit>, _ t: [Token], zone: Zone,
        typeHint: EntityType?
    ) -> String? {
        var owner: String?
        if let head = units.firstIndex(where: { lowercaseKeys.contains(t[$0.first].key) }), head > units.startIndex {
            owner = unknownSpan(Array(units[..<head]), t, zone: zone, typeHint: typeHint)
        }
        if let tail = units.lastIndex(where: { lowercaseKeys.contains(t[$0.last].key) }), tail + 1 < units.endIndex {
            owner = unknownSpan(Array(units[(tail + 1)...]), t, zone: zone, typeHint: typeHint)
        }
        return owner
    }

    /// A span minus leading function words and titles, trailing connectors and, in title case,
    /// trailing common words; and whether a title before it makes it a person.
    func trimmedName(_ words: [Unit], _ t: [Token], zone: Zone) -> (ArraySlice<Unit>, Bool) {
        var units = words[...]
        var titled = false
        var commonTitle = false
        while let first = units.first {
            let key = t[first.first].key
            if cues.functionWords.contains(key) || cues.connectors.contains(key) && !t[first.first].isCapitalized {
                units = units.dropFirst()
            } else if units.count >= 2, lowercaseKeys.contains(key), t[first.first].isCapitalized, !isHeadWord(key),
                units.dropFirst().contains(where: { !lowercaseKeys.contains(t[$0.first].key) })
            {
                // "Coach Maurice Cheeks", "Naval Ship Sukanya": capitalised common words before a name are a title.
                commonTitle = true
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
        if commonTitle, units.count >= 2 { titled = true }
        // Title case capitalises the words after a name too ("Queens Hit", "Oscars Host").
        if zone.isHeading || titleCaseZones.contains(zone.range.lowerBound) {
            while units.count >= 2, let last = units.last, lowercaseKeys.contains(t[last.first].key),
                !isHeadWord(t[last.first].key), !cues.placeHeads.contains(t[last.first].key)
            {
                units = units.dropLast()
            }
        }
        return (units, titled)
    }

    /// One all-caps or mixed-case abbreviation: a defined one ("(ABBR)" right after a mention)
    /// points at its expansion; an undefined one mid-sentence is an organisation.
    mutating func acronymSpan(_ token: Token, zone: Zone) -> String? {
        let start = token.start
        let end = token.end
        let name = text(start, end)
        if let key = abbreviations[token.text] {
            add(LocalMention(start: start, end: end, sentence: zone.sentence, via: .alias, key: key, type: nil, name: name), zone: zone, strong: true)
            return token.possessive ? key : nil
        }
        if start > 0, scalars[start - 1] == "(", end < scalars.count, scalars[end] == ")",
            let previous = mentions.last, previous.end + 2 >= start - 1, previous.end < start
        {
            abbreviations[token.text] = previous.key
            // People are not given abbreviations: "Transnistrian Republic (TR)" is no person.
            if previous.type == .person, lexicon.records[previous.key] == nil {
                for index in mentions.indices where mentions[index].key == previous.key { mentions[index].type = nil }
                personsBySurname = personsBySurname.mapValues { $0.subtracting([previous.key]) }
            }
            add(
                LocalMention(start: start, end: end, sentence: zone.sentence, via: .alias, key: previous.key, type: nil, name: name), zone: zone,
                strong: true)
            return nil
        }
        // An undefined acronym mid-sentence ("led by YPF") is most often an organisation;
        // currency codes and acronyms opening a sentence are not kept.
        // An acronym after a colon opens no sentence ("killed in crash: NYPD").
        let afterColon = token.gap != .zoneStart && start > 1 && scalars[start - 2] == ":"
        let acronym =
            token.isAllCaps && (!token.clauseInitial || afterColon)
            && (token.key.count >= 3 || !isCommonWord(token.key) && !cues.functionWords.contains(token.key))
            && !lexicon.currencyCodes.contains(token.key) && !cues.calendarWords.contains(token.key)
        guard acronym else { return nil }
        add(
            LocalMention(
                start: start, end: end, sentence: zone.sentence, via: .name, key: token.key,
                type: .organization, name: name), zone: zone, strong: false)
        return token.possessive ? token.key : nil
    }

    /// In a heading, the longest pieces of an unknown run that the body names ("Caucasus" in
    /// "Caucasus Braces For Harsh Winter Talks").
    mutating func knownPieces(_ tokens: [Token], zone: Zone) -> Int {
        var count = 0
        var start = 0
        while start < tokens.count {
            var found = 0
            for length in stride(from: tokens.count - start, through: 1, by: -1) {
                let key = NameFolding.slug(tokens[start..<(start + length)].map(\.key).joined(separator: " "))
                if bodyKeys.contains(key) || personsBySurname[key]?.count == 1 {
                    let first = tokens[start]
                    let last = tokens[start + length - 1]
                    add(
                        LocalMention(
                            start: first.start, end: last.end, sentence: zone.sentence, via: .name, key: key,
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
    func isTitleAbbreviation(_ title: Token, next: Token) -> Bool {
        guard title.end < next.start else { return false }
        var gap = String.UnicodeScalarView()
        gap.append(contentsOf: scalars[title.end..<next.start])
        return String(gap) == ". "
    }

    func isMixedAbbreviation(_ token: Token) -> Bool {
        let letters = token.text.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count <= 4 && letters.filter { $0.properties.isUppercase }.count >= 2
    }

    /// ", a retired general" / ", the country's envoy" after a name.
    func appositivePersonCue(_ t: [Token], after index: Int) -> Bool {
        guard index + 2 < t.count, t[index + 1].gap == .punctuation,
            ["a", "an", "the"].contains(t[index + 1].key)
        else { return false }
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
    func isPlainContentWord(_ token: Token) -> Bool {
        !token.isCapitalized && !token.isNumber && token.gap == .space && !cues.functionWords.contains(token.key)
            && !cues.connectors.contains(token.key) && !looksLikeVerb(token)
    }

    func looksLikeVerb(_ token: Token) -> Bool {
        cues.actionVerbs.contains(token.key) || lexicon.reportingVerbs.contains(token.key) || token.key.hasSuffix("ed")
    }

    func personKey(_ units: [Unit], _ t: [Token]) -> String {
        NameFolding.slug(units.flatMap { t[$0.first...$0.last].map(\.key) }.joined(separator: " "))
    }

    func keyText(_ units: [Unit], _ t: [Token]) -> String {
        units.flatMap { t[$0.first...$0.last].map(\.key) }.joined(separator: " ")
    }

    /// Emits a knowledge-base phrase; a capital is its state when it acts, a place otherwise.
    mutating func emitKnown(_ unit: Unit, _ t: [Token], zone: Zone) -> String? {
        guard let target = unit.knownTarget else { return nil }
        let first = t[unit.first]
        let last = t[unit.last]
        // A region's adjective-like alias before a noun describes ("Euro-Atlantic integration").
        if target.via == .alias, lexicon.records[target.entityID]?.type == .place, target.capitalOf == nil,
            cues.adjectiveSuffixes.contains(where: { last.key.hasSuffix($0) }), !last.possessive,
            unit.last + 1 < t.count, isPlainContentWord(t[unit.last + 1])
        {
            return nil
        }
        var key = target.entityID
        var via = target.via
        if let country = target.capitalOf, actsAsGovernment(t, first: unit.first, last: unit.last) {
            // The seat of an organisation this document has named speaks for it ("Brussels").
            key = lexicon.seatOf[target.entityID]?.first { bodyKeys.contains($0) } ?? country
            via = .metonym
        }
        let record = lexicon.records[key]
        add(
            LocalMention(
                start: first.start, end: last.end, sentence: zone.sentence, via: via, key: key,
                type: record?.type, name: record?.name ?? text(first.start, last.end)), zone: zone, strong: true)
        guard last.possessive else { return nil }
        return key
    }

    /// Subject of an action or reporting verb, or a possessive, and not after a locative preposition.
    func actsAsGovernment(_ t: [Token], first: Int, last: Int) -> Bool {
        if first > 0, cues.locativePrepositions.contains(t[first - 1].key) { return false }
        if first > 1, t[first - 1].key == "the", cues.locativePrepositions.contains(t[first - 2].key) { return false }
        if t[last].possessive {
            // "London's FTSE 100", "Tokyo's Shibuya district": a name after the possessive is in the place.
            guard last + 1 < t.count, t[last + 1].isNameLike || t[last + 1].isAllCaps else { return true }
            return unit(t, at: last + 1).roleKey != nil
        }
        // The other side of a dispute or a deal: "directed against Moscow", "talks with Vilnius".
        if first > 0, cues.counterpartPrepositions.contains(t[first - 1].key), t[first].gap == .space { return true }
        // What only a government gives: "permission from Warsaw", "a response from Kyiv".
        if first > 1, t[first - 1].key == "from", cues.governmentNouns.contains(t[first - 2].key),
            t[first].gap == .space, t[first - 1].gap == .space
        {
            return true
        }
        var j = last + 1
        while j < t.count, j <= last + 3, t[j].gap == .space,
            !t[j].isCapitalized || isInflectedVerb(t[j].key) || lexicon.reportingVerbs.contains(t[j].key)
        {
            if looksLikeVerb(t[j]) || isInflectedVerb(t[j].key) { return true }
            guard cues.adverbs.contains(t[j].key) || t[j].key.hasSuffix("ly") else { return false }
            j += 1
        }
        return false
    }

    func text(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        let lo = max(0, min(start, scalars.count))
        view.append(contentsOf: scalars[lo..<max(lo, min(end, scalars.count))])
        return String(view)
    }
}
