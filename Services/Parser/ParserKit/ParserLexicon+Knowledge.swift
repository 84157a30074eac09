import Knowledge

extension ParserLexicon {
    /// The built-in cues extended by the knowledge base's lexicon: reporting verbs,
    /// abbreviations, boilerplate cues, month names, agencies and the named lists the parser
    /// reads (`framingVerbs`, `boilerplateLines`, `photoSources`, `clauseOpeners` …), so users
    /// extend every cue in data.
    func extended(by lexicon: Lexicon) -> ParserLexicon {
        var result = self
        for form in lexicon.reportingVerbs.keys {
            let lower = form.lowercased()
            if !lower.contains(" ") { result.reportingVerbs.insert(lower) }
        }
        for abbreviation in lexicon.abbreviations {
            var lower = abbreviation.lowercased()
            if lower.hasSuffix(".") { lower.removeLast() }
            guard !lower.isEmpty else { continue }
            result.abbreviations.insert(lower)
        }
        for cue in lexicon.boilerplate {
            let normalized = LineShape.normalize(cue)
            guard !normalized.isEmpty else { continue }
            result.boilerplateLines.insert(normalized)
            if normalized.split(separator: " ").count >= 2 { result.addPrefix(normalized) }
        }
        for (name, number) in lexicon.months {
            var lower = name.lowercased()
            if lower.hasSuffix(".") { lower.removeLast() }
            if !lower.isEmpty, (1...12).contains(number) { result.months[lower] = number }
        }
        for (key, name) in lexicon.table("agencies") { result.agencies[key.lowercased()] = name }

        func words(_ list: String) -> [String] { lexicon.list(list).map { $0.lowercased() }.filter { !$0.isEmpty } }
        result.framingVerbs.formUnion(words("framingVerbs"))
        result.bareClauseVerbs.formUnion(words("bareClauseVerbs"))
        result.numberAbbreviations.formUnion(words("numberAbbreviations").map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 })
        result.boilerplateLines.formUnion(words("boilerplateLines").map(LineShape.normalize))
        for prefix in words("boilerplatePrefixes") { result.addPrefix(prefix) }
        result.navigationLines.formUnion(words("navigationLines").map(LineShape.normalize))
        result.photoSources.formUnion(words("photoSources"))
        for prefix in words("creditPrefixes") where !result.creditPrefixes.contains(prefix) {
            result.creditPrefixes.append(prefix)
        }
        result.bylineRoleWords.formUnion(words("bylineRoleWords"))
        result.nameParticles.formUnion(words("nameParticles"))
        result.nameConnectors.formUnion(words("nameConnectors"))
        result.auxiliaries.formUnion(words("auxiliaries"))
        result.pronouns.formUnion(words("pronouns").filter { $0 != "you" })
        result.clauseOpeners.formUnion(words("clauseOpeners"))
        result.outletWords.formUnion(words("outletWords"))
        result.finiteVerbs.formUnion(words("finiteVerbs"))
        return result
    }

    private mutating func addPrefix(_ prefix: String) {
        if !boilerplatePrefixes.contains(prefix) { boilerplatePrefixes.append(prefix) }
    }
}
