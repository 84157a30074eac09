/// One thing the knowledge base knows by name: a state, territory, place, organisation, person…
///
/// `type` is a free string so user files can add their own kinds; the bundled data uses
/// `country`, `territory`, `place`, `organization`, and user files typically add `person`,
/// `agreement`, `event` or `other`.
public struct KnowledgeEntry: Sendable, Codable, Hashable {
    /// Stable identifier, e.g. `country:RS`, `place:belgrade`, `org:nato`.
    public var id: String
    /// The preferred display name ("Serbia").
    public var name: String
    /// `country`, `territory`, `place`, `organization`, `person`, `agreement`, `event` or `other`.
    public var type: String
    /// Other names: short/official names, spellings, abbreviations ("Republic of Serbia", "NATO").
    public var aliases: [String]
    /// Adjectival forms ("Serbian").
    public var adjectives: [String]
    /// Names for the people ("Serbs", "Serbians").
    public var demonyms: [String]
    /// For a state: the id of its capital's `place` entry.
    public var capital: String?
    /// For a capital: the id of the state it is the capital of.
    public var capitalOf: String?
    /// For an institution or other part: the id of the state or organisation it belongs to
    /// ("White House" → `country:US`, "UN Security Council" → `org:un`).
    public var partOf: String?
    /// ISO 3166-1 alpha-2 / alpha-3 codes (states and territories), or other codes.
    public var codes: [String]
    /// Wikidata QID, only where the source dataset states it.
    public var wikidata: String?
    /// Where this entry comes from (dataset name and version, curated file, user file).
    public var source: String?

    public init(
        id: String,
        name: String,
        type: String,
        aliases: [String] = [],
        adjectives: [String] = [],
        demonyms: [String] = [],
        capital: String? = nil,
        capitalOf: String? = nil,
        partOf: String? = nil,
        codes: [String] = [],
        wikidata: String? = nil,
        source: String? = nil
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases
        self.adjectives = adjectives
        self.demonyms = demonyms
        self.capital = capital
        self.capitalOf = capitalOf
        self.partOf = partOf
        self.codes = codes
        self.wikidata = wikidata
        self.source = source
    }

    /// Every surface form of the entry, each with the kind of form it is, name first.
    public var surfaceForms: [(form: String, kind: PhraseTarget.Form)] {
        var forms: [(String, PhraseTarget.Form)] = [(name, .name)]
        forms += aliases.map { ($0, .alias) }
        forms += adjectives.map { ($0, .adjective) }
        forms += demonyms.map { ($0, .demonym) }
        return forms
    }
}
