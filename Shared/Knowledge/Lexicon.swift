/// Word lists the stages use to read text: reporting verbs, hedges, negation cues, loaded terms…
///
/// Every list keeps its file order (bundled data first, user files after). Lookups through
/// the `is…`/`lemma…` helpers compare folded forms (see ``TextFolding``).
public struct Lexicon: Sendable {
    /// Reporting verb forms mapped to their lemma ("said" → "say", "emphasised" → "emphasize").
    public var reportingVerbs: [String: String]
    /// Multi-word attribution cues ("according to", "as reported by").
    public var reportingPhrases: [String]
    /// Hedging cues ("reportedly", "allegedly", "is said to").
    public var hedges: [String]
    /// Speculative / modal cues ("could", "may", "analysts speculate").
    public var speculative: [String]
    /// Negation and refusal cues ("not", "never", "denied", "stops short of").
    public var negations: [String]
    /// Loaded terms with their technique category.
    public var loadedTerms: [LoadedTerm]
    /// Abbreviations that end with a period but do not end a sentence, without the final
    /// period ("Mr", "Gen", "U.S", "e.g").
    public var abbreviations: [String]
    /// Cues of page furniture lines (share buttons, newsletter boxes, photo credits…).
    public var boilerplate: [String]
    /// Month names and abbreviations mapped to 1…12 ("January", "Jan", "Sept").
    public var months: [String: Int]
    /// Weekday names and abbreviations.
    public var weekdays: [String]
    /// Further named word lists for the stages ("stopwords", "pronouns", "nameParticles",
    /// "boilerplateLines", "photoSources"…); a user file can extend any list or add new ones.
    public var lists: [String: [String]]
    /// Named string maps ("currencies": "euros" → "EUR", "relativeDates": "yesterday" → "day-1").
    public var tables: [String: [String: String]]
    /// Named number maps ("numberWords": "twelve" → 12, "multipliers": "million" → 1e6).
    public var numbers: [String: [String: Double]]

    public init(
        reportingVerbs: [String: String] = [:],
        reportingPhrases: [String] = [],
        hedges: [String] = [],
        speculative: [String] = [],
        negations: [String] = [],
        loadedTerms: [LoadedTerm] = [],
        abbreviations: [String] = [],
        boilerplate: [String] = [],
        months: [String: Int] = [:],
        weekdays: [String] = [],
        lists: [String: [String]] = [:],
        tables: [String: [String: String]] = [:],
        numbers: [String: [String: Double]] = [:]
    ) {
        self.reportingVerbs = reportingVerbs
        self.reportingPhrases = reportingPhrases
        self.hedges = hedges
        self.speculative = speculative
        self.negations = negations
        self.loadedTerms = loadedTerms
        self.abbreviations = abbreviations
        self.boilerplate = boilerplate
        self.months = months
        self.weekdays = weekdays
        self.lists = lists
        self.tables = tables
        self.numbers = numbers
        rebuildIndexes()
    }

    // MARK: Folded indexes (rebuilt on merge)

    private(set) var foldedReportingVerbs: [String: String] = [:]
    private(set) var foldedHedges: Set<String> = []
    private(set) var foldedSpeculative: Set<String> = []
    private(set) var foldedNegations: Set<String> = []
    private(set) var foldedAbbreviations: Set<String> = []
    private(set) var foldedMonths: [String: Int] = [:]
    private(set) var foldedWeekdays: Set<String> = []
    private(set) var foldedLoadedTerms: [String: String] = [:]
    private(set) var boilerplateIndex = PhraseMatcher([])
    private(set) var foldedLists: [String: Set<String>] = [:]

    mutating func rebuildIndexes() {
        foldedReportingVerbs = Dictionary(
            reportingVerbs.map { (TextFolding.fold($0.key), TextFolding.fold($0.value)) },
            uniquingKeysWith: { first, _ in first })
        foldedHedges = Set(hedges.map(TextFolding.fold))
        foldedSpeculative = Set(speculative.map(TextFolding.fold))
        foldedNegations = Set(negations.map(TextFolding.fold))
        foldedAbbreviations = Set(abbreviations.map { TextFolding.fold(Self.trimPeriod($0)) })
        foldedMonths = Dictionary(
            months.map { (TextFolding.fold(Self.trimPeriod($0.key)), $0.value) },
            uniquingKeysWith: { first, _ in first })
        foldedWeekdays = Set(weekdays.map { TextFolding.fold(Self.trimPeriod($0)) })
        foldedLoadedTerms = Dictionary(
            loadedTerms.map { (TextFolding.fold($0.term), $0.category) },
            uniquingKeysWith: { _, last in last })
        foldedLists = lists.mapValues { Set($0.map(TextFolding.fold)) }
        boilerplateIndex = PhraseMatcher(
            boilerplate.map {
                .init(
                    phrase: $0, target: PhraseTarget(kind: .boilerplate, id: TextFolding.fold($0), form: .term),
                    casing: .insensitive)
            })
    }

    private static func trimPeriod(_ s: String) -> String {
        s.hasSuffix(".") ? String(s.dropLast()) : s
    }

    // MARK: Lookups

    /// The lemma of a reporting verb form ("stated" → "state"), or nil.
    public func reportingLemma(_ word: String) -> String? {
        foldedReportingVerbs[TextFolding.fold(word)]
    }

    /// Whether a word or phrase is a hedge cue.
    public func isHedge(_ phrase: String) -> Bool { foldedHedges.contains(TextFolding.fold(phrase)) }

    /// Whether a word or phrase is a speculative cue.
    public func isSpeculative(_ phrase: String) -> Bool {
        foldedSpeculative.contains(TextFolding.fold(phrase))
    }

    /// Whether a word or phrase is a negation cue.
    public func isNegation(_ phrase: String) -> Bool {
        foldedNegations.contains(TextFolding.fold(phrase))
    }

    /// Whether a token (with or without its final period) is a non-terminal abbreviation.
    public func isAbbreviation(_ token: String) -> Bool {
        foldedAbbreviations.contains(TextFolding.fold(Self.trimPeriod(token)))
    }

    /// The month number (1…12) of a month name or abbreviation, or nil.
    public func month(_ word: String) -> Int? { foldedMonths[TextFolding.fold(Self.trimPeriod(word))] }

    /// Whether a word is a weekday name or abbreviation.
    public func isWeekday(_ word: String) -> Bool {
        foldedWeekdays.contains(TextFolding.fold(Self.trimPeriod(word)))
    }

    /// The technique category of a loaded term, or nil.
    public func loadedCategory(_ term: String) -> String? { foldedLoadedTerms[TextFolding.fold(term)] }

    /// Whether a line looks like page furniture: it contains a boilerplate cue as a phrase.
    ///
    /// Intended for short lines; callers decide how long a line may be to count.
    public func containsBoilerplateCue(_ line: String) -> Bool {
        boilerplateIndex.firstMatch(in: TextFolding.foldWithOffsets(line)) != nil
    }

    /// A matcher over the boilerplate cues (any case; target id = the folded cue).
    public var boilerplateMatcher: PhraseMatcher { boilerplateIndex }

    /// A named list ("stopwords"), or empty when the knowledge has none by that name.
    public func list(_ name: String) -> [String] { lists[name] ?? [] }

    /// Whether a named list contains a word or phrase (compared folded).
    public func list(_ name: String, contains word: String) -> Bool {
        foldedLists[name]?.contains(TextFolding.fold(word)) ?? false
    }

    /// A named string map ("currencies"), or empty.
    public func table(_ name: String) -> [String: String] { tables[name] ?? [:] }

    /// A named number map ("numberWords"), or empty.
    public func numberTable(_ name: String) -> [String: Double] { numbers[name] ?? [:] }

    // MARK: Merging

    /// Adds another lexicon: lists are extended without duplicates (by folded form),
    /// maps and loaded-term categories are overridden by `other`.
    public mutating func merge(_ other: Lexicon) {
        for (form, lemma) in other.reportingVerbs { reportingVerbs[form] = lemma }
        reportingPhrases = Self.union(reportingPhrases, other.reportingPhrases)
        hedges = Self.union(hedges, other.hedges)
        speculative = Self.union(speculative, other.speculative)
        negations = Self.union(negations, other.negations)
        abbreviations = Self.union(abbreviations, other.abbreviations)
        boilerplate = Self.union(boilerplate, other.boilerplate)
        weekdays = Self.union(weekdays, other.weekdays)
        for (name, number) in other.months { months[name] = number }
        for (name, items) in other.lists { lists[name] = Self.union(lists[name] ?? [], items) }
        for (name, table) in other.tables { tables[name, default: [:]].merge(table) { _, new in new } }
        for (name, table) in other.numbers { numbers[name, default: [:]].merge(table) { _, new in new } }
        var index: [String: Int] = [:]
        for (position, term) in loadedTerms.enumerated() { index[TextFolding.fold(term.term)] = position }
        for term in other.loadedTerms {
            let key = TextFolding.fold(term.term)
            if let position = index[key] {
                loadedTerms[position] = term
            } else {
                index[key] = loadedTerms.count
                loadedTerms.append(term)
            }
        }
        rebuildIndexes()
    }

    static func union(_ base: [String], _ extra: [String]) -> [String] {
        var seen = Set(base.map(TextFolding.fold))
        var result = base
        for item in extra where seen.insert(TextFolding.fold(item)).inserted {
            result.append(item)
        }
        return result
    }
}

extension Lexicon: Hashable {
    public static func == (lhs: Lexicon, rhs: Lexicon) -> Bool {
        lhs.reportingVerbs == rhs.reportingVerbs && lhs.reportingPhrases == rhs.reportingPhrases
            && lhs.hedges == rhs.hedges && lhs.speculative == rhs.speculative && lhs.negations == rhs.negations
            && lhs.loadedTerms == rhs.loadedTerms && lhs.abbreviations == rhs.abbreviations
            && lhs.boilerplate == rhs.boilerplate && lhs.months == rhs.months && lhs.weekdays == rhs.weekdays
            && lhs.lists == rhs.lists && lhs.tables == rhs.tables && lhs.numbers == rhs.numbers
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(reportingVerbs)
        hasher.combine(reportingPhrases)
        hasher.combine(hedges)
        hasher.combine(speculative)
        hasher.combine(negations)
        hasher.combine(loadedTerms)
        hasher.combine(abbreviations)
        hasher.combine(boilerplate)
        hasher.combine(months)
        hasher.combine(weekdays)
        hasher.combine(lists)
        hasher.combine(tables)
        hasher.combine(numbers)
    }
}

extension Lexicon: Codable {
    enum CodingKeys: String, CodingKey {
        case reportingVerbs, reportingPhrases, hedges, speculative, negations, loadedTerms
        case abbreviations, boilerplate, months, weekdays, lists, tables, numbers
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            reportingVerbs: try c.decodeIfPresent([String: String].self, forKey: .reportingVerbs) ?? [:],
            reportingPhrases: try c.decodeIfPresent([String].self, forKey: .reportingPhrases) ?? [],
            hedges: try c.decodeIfPresent([String].self, forKey: .hedges) ?? [],
            speculative: try c.decodeIfPresent([String].self, forKey: .speculative) ?? [],
            negations: try c.decodeIfPresent([String].self, forKey: .negations) ?? [],
            loadedTerms: try c.decodeIfPresent([LoadedTerm].self, forKey: .loadedTerms) ?? [],
            abbreviations: try c.decodeIfPresent([String].self, forKey: .abbreviations) ?? [],
            boilerplate: try c.decodeIfPresent([String].self, forKey: .boilerplate) ?? [],
            months: try c.decodeIfPresent([String: Int].self, forKey: .months) ?? [:],
            weekdays: try c.decodeIfPresent([String].self, forKey: .weekdays) ?? [],
            lists: try c.decodeIfPresent([String: [String]].self, forKey: .lists) ?? [:],
            tables: try c.decodeIfPresent([String: [String: String]].self, forKey: .tables) ?? [:],
            numbers: try c.decodeIfPresent([String: [String: Double]].self, forKey: .numbers) ?? [:]
        )
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(reportingVerbs, forKey: .reportingVerbs)
        try c.encode(reportingPhrases, forKey: .reportingPhrases)
        try c.encode(hedges, forKey: .hedges)
        try c.encode(speculative, forKey: .speculative)
        try c.encode(negations, forKey: .negations)
        try c.encode(loadedTerms, forKey: .loadedTerms)
        try c.encode(abbreviations, forKey: .abbreviations)
        try c.encode(boilerplate, forKey: .boilerplate)
        try c.encode(months, forKey: .months)
        try c.encode(weekdays, forKey: .weekdays)
        try c.encode(lists, forKey: .lists)
        try c.encode(tables, forKey: .tables)
        try c.encode(numbers, forKey: .numbers)
    }
}
