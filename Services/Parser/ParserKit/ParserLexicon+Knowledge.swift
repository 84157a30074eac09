import Knowledge

extension ParserLexicon {
    /// The built-in cues extended by the knowledge base's lexicon (reporting verbs, attribution
    /// phrases' verbs, abbreviations and boilerplate cues), so users can extend them in data.
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
            if normalized.split(separator: " ").count >= 2, !result.boilerplatePrefixes.contains(normalized) {
                result.boilerplatePrefixes.append(normalized)
            }
        }
        return result
    }
}
