import CrosscheckSchema
import Knowledge
import TextCore

/// Everything the resolver knows before reading a document, in lookup-ready form.
///
/// Built once from the knowledge base (see `ResolverLexicon.init(knowledge:)`); tests may build
/// one by hand with `add…` calls.
public struct ResolverLexicon: Sendable {
    /// A knowledge-base entity.
    struct Record: Sendable, Equatable {
        var id: String
        var name: String
        var type: EntityType
        var wikidata: String?
    }

    /// What a stored phrase points at.
    struct PhraseTarget: Sendable, Equatable {
        var entityID: String
        var via: MentionVia
        /// Abbreviations match only when written exactly as stored ("US", not "us").
        var exactText: String?
        /// Set when the phrase is the capital of this country id.
        var capitalOf: String?
        /// Stored without its leading "the" ("the West"): matches only right after "the".
        var needsArticle = false
        /// The phrase has a possessive inside ("Lao People's Democratic Republic").
        var innerPossessive = false
    }

    var records: [String: Record] = [:]
    var phrases = PhraseTrie<PhraseTarget>()
    /// Role phrases ("defence minister", "defense ministers") to role keys ("defence-minister").
    var roles = PhraseTrie<String>()
    /// Display names of role keys ("Defence Minister").
    var roleNames: [String: String] = [:]
    /// Institution phrases a state can own ("ministry of foreign affairs") to institution keys
    /// ("foreign-ministry").
    var institutions = PhraseTrie<String>()
    /// Display names of institution keys ("Foreign Ministry").
    var institutionNames: [String: String] = [:]
    /// Folded reporting verbs in all their forms ("said", "stated", "reacted").
    var reportingVerbs: Set<String> = []
    /// Capital entries that seat an organisation news names by them ("Brussels" → the EU) →
    /// those organisations' entry ids.
    var seatOf: [String: [String]] = [:]
    /// Folded currency codes and words ("usd", "eur"), never organisations.
    var currencyCodes: Set<String> = []
    /// Cue words of the grammar of names, from the knowledge base (the bundled one unless built
    /// with `init(knowledge:)`).
    var cues: ResolverCues
    /// Types names the base does not hold (nil: the cues alone type them).
    var nameTyper: NameTyper?

    /// An empty lexicon with the bundled cues and name typer; throws the `KnowledgeError` naming
    /// the file when either cannot be loaded.
    public init() throws(KnowledgeError) {
        cues = try ResolverCues.bundled()
        nameTyper = try NameTyper.bundled()
    }

    /// An empty lexicon with the given cues and name typer (for lexicons built by hand).
    init(cues: ResolverCues, nameTyper: NameTyper?) {
        self.cues = cues
        self.nameTyper = nameTyper
    }

    /// Adds an entity and its phrases.
    mutating func addEntity(
        id: String, name: String, type: EntityType, wikidata: String? = nil,
        names: [String] = [], aliases: [String] = [], capitalOf: String? = nil
    ) {
        if records[id] == nil { records[id] = Record(id: id, name: name, type: type, wikidata: wikidata) }
        for phrase in [name] + names { addPhrase(phrase, target: id, via: .name, capitalOf: capitalOf) }
        for phrase in aliases { addPhrase(phrase, target: id, via: .alias, capitalOf: capitalOf) }
    }

    /// Adds one phrase for an existing entity id.
    mutating func addPhrase(_ phrase: String, target: String, via: MentionVia, capitalOf: String? = nil) {
        let scalars = Array(phrase.unicodeScalars)
        let tokens = Tokenizer.tokens(in: scalars, range: 0..<scalars.count)
        var words = tokens.map(\.key)
        var needsArticle = false
        if words.count > 1, words[0] == "the" {
            words.removeFirst()
            needsArticle = true
        }
        guard !words.isEmpty else { return }
        let letters = phrase.unicodeScalars.filter { $0.properties.isAlphabetic }
        let isAbbreviation =
            letters.count >= 2 && letters.count <= 6
            && letters.filter { $0.properties.isUppercase }.count >= 2 && words.count == 1
        phrases.insert(
            words,
            value: PhraseTarget(
                entityID: target, via: via, exactText: isAbbreviation ? phrase : nil, capitalOf: capitalOf,
                needsArticle: needsArticle, innerPossessive: tokens.dropLast().contains(where: \.possessive)))
    }

    /// Adds a role phrase ("Defence Minister") under a role key, with its plural.
    mutating func addRole(_ phrase: String, key: String, displayName: String? = nil) {
        let words = Self.words(of: phrase)
        guard let last = words.last else { return }
        roles.insert(words, value: key)
        roles.insert(Array(words.dropLast()) + [Self.plural(of: last)], value: key)
        if roleNames[key] == nil { roleNames[key] = displayName ?? phrase }
    }

    /// Adds an institution phrase ("Foreign Ministry") under an institution key.
    mutating func addInstitution(_ phrase: String, key: String, displayName: String? = nil) {
        let words = Self.words(of: phrase)
        guard !words.isEmpty else { return }
        institutions.insert(words, value: key)
        if institutionNames[key] == nil { institutionNames[key] = displayName ?? phrase }
    }

    /// Folded word keys of a phrase, split like document text is.
    static func words(of phrase: String) -> [String] {
        let scalars = Array(phrase.unicodeScalars)
        return Tokenizer.tokens(in: scalars, range: 0..<scalars.count).map(\.key)
    }

    private static func plural(of word: String) -> String {
        if word.hasSuffix("y") { return String(word.dropLast()) + "ies" }
        if word.hasSuffix("s") { return word + "es" }
        return word + "s"
    }
}
