import CrosscheckSchema
import Knowledge

/// The closed-class words the resolver reads names by: head nouns that type a name, words that
/// introduce a person, locative prepositions, and words that never start a name.
///
/// These are grammar, not world knowledge, and all of it is knowledge-base data
/// (`Shared/Knowledge/Data/resolver.json`, written by `scripts/kb/resolver.py`, plus shared lists
/// such as pronouns and clause openers); a user file extends or trims any set. All entries are
/// folded keys.
public struct ResolverCues: Sendable {
    /// Last words that make a capitalised span an organisation ("… Ministry", "… Forces").
    public var organizationHeads: Set<String>
    /// First words that make a span an organisation ("Ministry of …", "Radio …").
    public var organizationOpeners: Set<String>
    /// Words that make a span (capitalised, or lowercase after a year) an agreement.
    public var agreementHeads: Set<String>
    /// Agreement heads that are one kind of document for matching variants.
    public var agreementSynonyms: [String: String]
    /// Last words that make a span an event ("… War", "… Summit").
    public var eventHeads: Set<String>
    /// Lowercase words right before a name that make it a person ("general", "leader").
    public var personIntroducers: Set<String>
    /// Prepositions that make a following place name a location, not a government.
    public var locativePrepositions: Set<String>
    /// Prepositions that make an unknown capitalised name a place ("in X", "across the X").
    public var placePrepositions: Set<String>
    /// First words of place names ("New York", "Los Angeles", "San Marino", "Port Said").
    public var placeOpeners: Set<String>
    /// Prepositions after which a capital is the other party, so its government ("against X").
    public var counterpartPrepositions: Set<String>
    /// Lowercase particles inside personal names ("al", "bin", "van", "de").
    public var nameParticles: Set<String>
    /// Nouns of what a government sends or grants, before "from <capital>" ("permission").
    public var governmentNouns: Set<String>
    /// Words that may join capitalised words inside a name ("of", "and", "for").
    public var connectors: Set<String>
    /// Words that never begin a name and are dropped from a span's start.
    public var functionWords: Set<String>
    /// Calendar words that are never entities.
    public var calendarWords: Set<String>
    /// Words that head a place name, first ("Gulf of …") or last ("… Bay", "… National Park").
    public var placeHeads: Set<String>
    /// Legal forms dropped from the end of an organisation's key ("Inc", "Corporation", "plc").
    public var legalForms: Set<String>
    /// Weekday names: never part of a name, even right after one ("North Bay Thursday").
    public var weekdays: Set<String>
    /// Auxiliaries and frequent action verbs that make a preceding capital a government.
    public var actionVerbs: Set<String>
    /// Adverbs that may sit between a subject and its verb.
    public var adverbs: Set<String>
    /// Pronouns a speaker may be written as that stand for the person last named ("he", "she").
    public var speakerPronouns: Set<String>
    /// Folded suffixes of adjectives ("-ian", "-ic") that are not names when a noun follows.
    public var adjectiveSuffixes: [String]

    /// Empty cues; `init(lexicon:)` fills them from the knowledge base.
    public init() {
        organizationHeads = []
        organizationOpeners = []
        agreementHeads = []
        agreementSynonyms = [:]
        eventHeads = []
        personIntroducers = []
        locativePrepositions = []
        placePrepositions = []
        placeOpeners = []
        counterpartPrepositions = []
        nameParticles = []
        governmentNouns = []
        connectors = []
        functionWords = []
        calendarWords = []
        weekdays = []
        legalForms = []
        placeHeads = []
        actionVerbs = []
        adverbs = []
        adjectiveSuffixes = []
        speakerPronouns = []
    }

    /// The cues a knowledge base's lexicon states (`Data/resolver.json` and shared lists).
    public init(lexicon: Lexicon) {
        self.init()
        extend(with: lexicon)
    }

    /// The cues of the bundled knowledge base, read once per process; a base that cannot load
    /// throws its `KnowledgeError` (never empty cues).
    public static func bundled() throws(KnowledgeError) -> ResolverCues {
        try loaded.get()
    }

    private static let loaded = Result { () throws(KnowledgeError) -> ResolverCues in
        ResolverCues(lexicon: try KnowledgeBase.bundled().lexicon)
    }

    /// Named lists of the knowledge base this reads: its own (`resolver.<set>`, e.g.
    /// `resolver.organizationHeads`) and shared ones (clause openers,
    /// pronouns, name connectors and particles, place prepositions, auxiliaries).
    static var extensibleSets: [(name: String, path: WritableKeyPath<ResolverCues, Set<String>>)] {
        [
            ("organizationHeads", \.organizationHeads), ("organizationOpeners", \.organizationOpeners),
            ("agreementHeads", \.agreementHeads), ("eventHeads", \.eventHeads),
            ("personIntroducers", \.personIntroducers), ("locativePrepositions", \.locativePrepositions),
            ("placePrepositions", \.placePrepositions), ("placeOpeners", \.placeOpeners),
            ("counterpartPrepositions", \.counterpartPrepositions), ("connectors", \.connectors),
            ("nameParticles", \.nameParticles), ("governmentNouns", \.governmentNouns),
            ("functionWords", \.functionWords), ("calendarWords", \.calendarWords), ("legalForms", \.legalForms), ("placeHeads", \.placeHeads),
            ("actionVerbs", \.actionVerbs), ("adverbs", \.adverbs), ("speakerPronouns", \.speakerPronouns),
        ]
    }

    /// Adds the knowledge base's word lists to these cues (folded).
    mutating func extend(with lexicon: Lexicon) {
        func folded(_ name: String) -> [String] { lexicon.list(name).map(NameFolding.key) }
        for (name, path) in Self.extensibleSets { self[keyPath: path].formUnion(folded("resolver." + name)) }
        functionWords.formUnion(folded("clauseOpeners") + folded("pronouns"))
        connectors.formUnion(folded("nameConnectors") + folded("nameParticles"))
        nameParticles.formUnion(folded("nameParticles"))
        placePrepositions.formUnion(folded("placePrepositions"))
        adverbs.formUnion(folded("auxiliaries"))
        adjectiveSuffixes = Array(Set(adjectiveSuffixes + folded("resolver.adjectiveSuffixes"))).sorted()
        for (form, kind) in lexicon.table("resolver.agreementSynonyms") {
            agreementSynonyms[NameFolding.key(form)] = NameFolding.key(kind)
        }
        for head in agreementHeads where agreementSynonyms[head] == nil { agreementSynonyms[head] = head }
        func withoutPeriod(_ word: String) -> String { NameFolding.key(word.hasSuffix(".") ? String(word.dropLast()) : word) }
        calendarWords.formUnion(lexicon.months.keys.map(withoutPeriod))
        calendarWords.formUnion(lexicon.weekdays.map(withoutPeriod))
        weekdays.formUnion(lexicon.weekdays.map(withoutPeriod).filter { $0.count > 3 })
    }
}
