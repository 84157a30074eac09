import Foundation
import Knowledge

/// The word lists the matcher reads, folded and indexed for lookup.
///
/// Built from the knowledge base where it has a slot, and from `InterimLexicon` /
/// `PredicateLexicon` data otherwise. Every list is data a user can extend.
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

    /// Reporting verbs, hedges, speculative cues, negations and months from the knowledge base;
    /// the rest from `InterimLexicon` and `PredicateLexicon`.
    public init(knowledge: KnowledgeBase) {
        self.init(interimJSON: InterimLexicon.json, predicateJSON: PredicateLexicon.json)
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
    }

    /// The lemma given to attribution cues whose speaker follows them ("according to").
    static let forwardCue = "according to"

    /// Decodes the two JSON documents; malformed data leaves the affected lists empty.
    init(interimJSON: String, predicateJSON: String) {
        if let data = interimJSON.data(using: .utf8),
           let interim = try? JSONDecoder().decode(InterimData.self, from: data) {
            for (phrase, code) in interim.relativeDates.sorted(by: { $0.key < $1.key }) {
                relativeDates.insert(Tokenizer.foldPhrase(phrase), value: code)
            }
            for p in interim.percentWords { percentWords.insert(Tokenizer.foldPhrase(p), value: true) }
            weekdays = interim.weekdays
            numberWords = interim.numberWords
            multipliers = interim.multipliers
            currencies = interim.currencies
            stopwords = Set(interim.stopwords)
            placePrepositions = Set(interim.placePrepositions)
            subordinators = Set(interim.subordinators)
            conditionals = Set(interim.conditionals)
            relativePronouns = Set(interim.relativePronouns)
            auxiliaries = Set(interim.auxiliaries)
            copulas = interim.copulas
        }
        if let data = predicateJSON.data(using: .utf8),
           let groups = try? JSONDecoder().decode(PredicateData.self, from: data) {
            addPredicates(groups.predicates)
            for group in groups.objects {
                for form in group.forms { objects.insert(Tokenizer.foldPhrase(form), value: group.head) }
            }
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

    /// Lexicon JSON shape of `InterimLexicon`.
    struct InterimData: Decodable {
        var weekdays: [String: Int]
        var relativeDates: [String: String]
        var numberWords: [String: Double]
        var multipliers: [String: Double]
        var currencies: [String: String]
        var percentWords: [String]
        var stopwords: [String]
        var placePrepositions: [String]
        var subordinators: [String]
        var conditionals: [String]
        var relativePronouns: [String]
        var auxiliaries: [String]
        var copulas: [String: String]
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
