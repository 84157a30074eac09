import Foundation
import Knowledge

/// The word lists the matcher reads, folded and indexed for lookup.
///
/// Built from the knowledge base (user files extend it) and, for predicate and object synonym
/// groups, from `PredicateLexicon`.
public struct MatcherLexicon: Sendable {
    /// A predicate group a word belongs to.
    struct Predicate: Sendable, Equatable {
        var lemma: String
        var rank: Int
        var stage: Int?
    }

    var reportingVerbs = PhraseTable<String>()
    var hedges = PhraseTable<Bool>()
    var speculative = PhraseTable<Bool>()
    var negation = PhraseTable<Bool>()
    var relativeDates = PhraseTable<String>()
    var percentWords = PhraseTable<Bool>()
    var predicates = PhraseTable<Predicate>()
    var objects = PhraseTable<String>()
    var months: [String: Int] = [:]
    var weekdays: [String: Int] = [:]
    var numberWords: [String: Double] = [:]
    var multipliers: [String: Double] = [:]
    var currencies: [String: String] = [:]
    var stopwords: Set<String> = []
    var placePrepositions: Set<String> = []
    /// Words opening a subordinate clause ("While …, …").
    var subordinators: Set<String> = []
    /// Subordinators that make the whole sentence conditional ("If …, …").
    var conditionals: Set<String> = []
    /// Words opening a non-restrictive relative clause (", which …").
    var relativePronouns: Set<String> = []
    /// Words allowed between a speaker's name and the reporting verb ("has also said").
    var auxiliaries: Set<String> = []
    /// Copular and auxiliary verbs used as a last-resort predicate.
    var copulas: [String: String] = [:]
    /// Stage names by rank, for readable `stage` slot values.
    var stageNames: [Int: String] = [:]

    /// The lexicon of the bundled knowledge base (an empty base if it cannot be loaded).
    public static let standard: MatcherLexicon = MatcherLexicon(knowledge: (try? KnowledgeBase.bundled()) ?? KnowledgeBase())

    /// Every word list from the knowledge base, plus the predicate and object synonym groups of
    /// `PredicateLexicon` (which the base has no slot for yet).
    public init(knowledge: KnowledgeBase) {
        let lexicon = knowledge.lexicon
        for (form, lemma) in lexicon.reportingVerbs.sorted(by: { $0.key < $1.key }) {
            reportingVerbs.insert(Tokenizer.foldPhrase(form), value: Tokenizer.foldPhrase(lemma))
        }
        // The base lists some forms only ("estimated", not "estimate"): add regular inflections.
        for lemma in Set(lexicon.reportingVerbs.values.map(Tokenizer.foldPhrase)).sorted() where !lemma.contains(" ") {
            for form in Inflection.forms(of: lemma) { reportingVerbs.insert(form, value: lemma) }
        }
        for phrase in lexicon.reportingPhrases {
            let folded = Tokenizer.foldPhrase(phrase)
            // "according to X", "as reported by X": the speaker follows the cue.
            let forward = folded.hasPrefix("according to") || folded.hasSuffix(" by")
            reportingVerbs.insert(folded, value: forward ? Self.forwardCue : folded)
        }
        for h in lexicon.hedges { hedges.insert(Tokenizer.foldPhrase(h), value: true) }
        for s in lexicon.speculative { speculative.insert(Tokenizer.foldPhrase(s), value: true) }
        for n in lexicon.negations { negation.insert(Tokenizer.foldPhrase(n), value: true) }
        for (name, number) in lexicon.months.sorted(by: { $0.key < $1.key }) {
            let folded = Tokenizer.foldPhrase(name)
            if months[folded] == nil { months[folded] = number }
        }
        for (name, number) in lexicon.numberTable("weekdayNumbers") { weekdays[Tokenizer.foldPhrase(name)] = Int(number) }
        for (phrase, code) in lexicon.table("relativeDates").sorted(by: { $0.key < $1.key }) {
            relativeDates.insert(Tokenizer.foldPhrase(phrase), value: code)
        }
        for p in lexicon.list("percentWords") { percentWords.insert(Tokenizer.foldPhrase(p), value: true) }
        numberWords = Self.folded(lexicon.numberTable("numberWords"))
        multipliers = Self.folded(lexicon.numberTable("multipliers"))
        currencies = Self.folded(lexicon.table("currencies"))
        copulas = Self.folded(lexicon.table("copulas"))
        stopwords = Set(lexicon.list("stopwords").map(Tokenizer.foldPhrase))
        placePrepositions = Set(lexicon.list("placePrepositions").map(Tokenizer.foldPhrase))
        subordinators = Set(lexicon.list("subordinators").map(Tokenizer.foldPhrase))
        conditionals = Set(lexicon.list("conditionals").map(Tokenizer.foldPhrase))
        relativePronouns = Set(lexicon.list("relativePronouns").map(Tokenizer.foldPhrase))
        auxiliaries = Set(lexicon.list("auxiliaries").map(Tokenizer.foldPhrase))
        // User knowledge files may add synonyms as tables: form → lemma, form → object head.
        for (form, lemma) in lexicon.table("predicates").sorted(by: { $0.key < $1.key }) {
            predicates.insert(Tokenizer.foldPhrase(form), value: Predicate(lemma: lemma, rank: 2, stage: nil))
        }
        for (form, head) in lexicon.table("objectHeads").sorted(by: { $0.key < $1.key }) {
            objects.insert(Tokenizer.foldPhrase(form), value: head)
        }
        addSynonymGroups(PredicateLexicon.json)
    }

    /// The lemma given to attribution cues whose speaker follows them ("according to").
    static let forwardCue = "according to"

    /// Keys folded like tokens; symbols ("€", "$") stay as they are.
    private static func folded<Value>(_ table: [String: Value]) -> [String: Value] {
        var out: [String: Value] = [:]
        for key in table.keys.sorted() {
            let folded = Tokenizer.foldPhrase(key)
            let k = folded.isEmpty ? key : folded
            if out[k] == nil, let v = table[key] { out[k] = v }
        }
        return out
    }

    /// Decodes the predicate and object synonym groups; malformed data leaves them empty.
    private mutating func addSynonymGroups(_ json: String) {
        guard let data = json.data(using: .utf8),
              let groups = try? JSONDecoder().decode(PredicateData.self, from: data) else { return }
        addPredicates(groups.predicates)
        for group in groups.objects {
            for form in group.forms { objects.insert(Tokenizer.foldPhrase(form), value: group.head) }
        }
    }

    private mutating func addPredicates(_ groups: [PredicateData.Group]) {
        // Explicit forms first so they win over derived inflections of another group.
        for group in groups {
            let predicate = Predicate(lemma: group.lemma, rank: group.rank, stage: group.stage)
            if let stage = group.stage { stageNames[stage] = group.lemma }
            for form in group.forms { predicates.insert(Tokenizer.foldPhrase(form), value: predicate) }
        }
        for group in groups {
            let predicate = Predicate(lemma: group.lemma, rank: group.rank, stage: group.stage)
            for word in group.words {
                for form in Inflection.forms(of: Tokenizer.foldPhrase(word)) {
                    predicates.insert(form, value: predicate)
                }
            }
        }
    }

    /// Lexicon JSON shape of `PredicateLexicon`.
    struct PredicateData: Decodable {
        struct Group: Decodable {
            var lemma: String
            var rank: Int
            var stage: Int?
            var words: [String]
            var forms: [String]
        }
        struct ObjectGroup: Decodable {
            var head: String
            var forms: [String]
        }
        var predicates: [Group]
        var objects: [ObjectGroup]
    }
}
