extension Lexicon {
    /// Removes items (compared folded) from every list, map and the loaded terms.
    public mutating func remove(_ items: [String]) {
        let gone = Set(items.map(TextFolding.fold))
        guard !gone.isEmpty else { return }
        func keep(_ s: String) -> Bool { !gone.contains(TextFolding.fold(s)) }
        reportingVerbs = reportingVerbs.filter { keep($0.key) }
        reportingPhrases = reportingPhrases.filter(keep)
        hedges = hedges.filter(keep)
        speculative = speculative.filter(keep)
        negations = negations.filter(keep)
        loadedTerms = loadedTerms.filter { keep($0.term) }
        abbreviations = abbreviations.filter(keep)
        boilerplate = boilerplate.filter(keep)
        months = months.filter { keep($0.key) }
        weekdays = weekdays.filter(keep)
        lists = lists.mapValues { $0.filter(keep) }
        tables = tables.mapValues { $0.filter { keep($0.key) } }
        numbers = numbers.mapValues { $0.filter { keep($0.key) } }
        rebuildIndexes()
    }
}
