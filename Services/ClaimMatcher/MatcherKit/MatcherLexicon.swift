import Foundation
import Knowledge
import TextCore

/// The word lists the matcher reads, folded and indexed for lookup.
///
/// Built from the knowledge base, so user files (`--kb`) extend every list, the predicate and
/// object synonym groups of `Data/predicates.json` included.
public struct MatcherLexicon: Sendable {
    /// A predicate group a word belongs to.
    struct Predicate: Sendable, Equatable {
        var lemma: String
        var rank: Int
        var stage: Int?
    }

    var reportingVerbs = PhraseTable<String>()
    /// Lemmas of the reporting verbs ("say", "claim").
    var reportingLemmas: Set<String> = []
    var hedges = PhraseTable<Bool>()
    var speculative = PhraseTable<Bool>()
    var negation = PhraseTable<Bool>()
    /// Phrases that contain a negation cue but assert ("not only", "did not fail to").
    var negationCancellers = PhraseTable<Bool>()
    /// Words closing a contrastive negation's scope ("not X but Y").
    var contrastives: Set<String> = []
    /// Words starting another verb phrase ("and", "but"): a negation past them after the predicate is that phrase's.
    var coordinators: Set<String> = []
    /// Phrases marking a value preliminary, a lower bound or revised ("at least", "revised").
    var revisionCues = PhraseTable<Bool>()
    /// Reporting-verb lemmas that deny what they report ("deny", "refute").
    var denialVerbs: Set<String> = []
    /// Negations scoping only over what follows them ("without"): after the predicate they leave it alone.
    var forwardNegations = PhraseTable<Bool>()
    /// Forms of belief verbs ("think", "believe"; `Data/attitudes.json`): a hedge over their
    /// complement, and a negated one ("don't think X") negates the complement.
    var beliefVerbs: Set<String> = []
    /// Forms of doubt verbs ("doubt", "disbelieve"; `Data/attitudes.json`): they hedge and negate
    /// their complement ("doubts charges will be filed").
    var doubtVerbs: Set<String> = []
    /// Personal pronouns ("he", "they"): a subject before an ambiguous verb form ("he doubts").
    var pronouns: Set<String> = []
    /// Object pronouns ("them", "it"): an object the claim refers to without naming it.
    var objectPronouns: Set<String> = []
    /// Indefinite pronouns ("anybody"): a subject that names no participant in particular.
    var genericSubjects: Set<String> = []
    /// Words before a figure marking it approximate ("almost", "some", "close to") → the side
    /// the true value may lie on: "below", "around" or "above".
    var approximationCues = PhraseTable<String>()
    /// Prepositions opening a counted noun's modifier ("seasons as director").
    var countModifierPrepositions: Set<String> = []
    var relativeDates = PhraseTable<String>()
    /// Named periods within a year ("fourth quarter", "Q1", "first half") → a period key ("quarter4").
    var reportingPeriods = PhraseTable<String>()
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
    /// Words that open a clause without belonging to it ("However,", "And"): labels drop them.
    var clauseOpeners: Set<String> = []
    /// Words allowed between a speaker's name and the reporting verb ("has also said").
    var auxiliaries: Set<String> = []
    /// Copular and auxiliary verbs used as a last-resort predicate.
    var copulas: [String: String] = [:]
    /// Stage names by rank, for readable `stage` slot values.
    var stageNames: [Int: String] = [:]
    /// Object heads that name an event → the event's predicate lemma ("walkout" → strike).
    var eventNouns: [String: String] = [:]
    /// Event lemma → the object head naming it (the first in sort order).
    var eventHeads: [String: String] = [:]
    /// Predicates that only take part in or start an event named by their object ("joined the
    /// strike", "began their strike"): the claim is about that event.
    var lightPredicates: Set<String> = []
    /// Word → its WordNet event classes, most frequent sense first (`Data/wordnet.json`): words
    /// sharing one name one event in some frequent sense ("hit" / "strike", "conviction" / "convict").
    var eventClasses: [String: [Int]] = [:]
    /// Word → its WordNet facts (`Data/wordnet.json`, table `wordFacts`): `v` when it has verb
    /// senses, a noun's first-sense lexicographer file (`act`, `event`, `person`…), `dv` when
    /// derived from a verb. Features of the learned trigger tagger.
    var wordFacts: [String: [String]] = [:]
    /// Objects that stand for any object ("anyone" in "not arrested anyone").
    var indefiniteObjects: Set<String> = []
    /// The learned claim-pair scorer's weights, bias and threshold (`Data/claim-scorer.json`,
    /// written by `scripts/train-claim-scorer`); empty when the knowledge base has none.
    var claimScorer: [String: Double] = [:]
    /// Learned relations of two different trigger lemmas (`Data/trigger-pairs.json`, see `TriggerPairs`).
    var triggerPairs = TriggerPairs()

    /// The lexicon of the bundled knowledge base, built once per process; a base that cannot
    /// load throws its `KnowledgeError` (never an empty lexicon).
    public static func bundled() throws(KnowledgeError) -> MatcherLexicon {
        try loaded.get()
    }

    private static let loaded = Result { () throws(KnowledgeError) -> MatcherLexicon in
        MatcherLexicon(knowledge: try KnowledgeBase.bundled())
    }

    /// Every word list from the knowledge base.
    ///
    /// Synonym groups are the tables `predicateWords` (base word → lemma; regular inflections
    /// -s/-es/-ed/-ing are derived), `predicateForms` (irregular or nominal form → lemma, taken
    /// verbatim) and `objectHeads` (form → head), with the number tables `predicateRanks`
    /// (lemma → rank: the most specific event wins over light verbs when a clause holds several
    /// predicates; 2 when missing) and `predicateStages` (lemma → step of one process,
    /// consider < negotiate < sign, for evolving verdicts), `eventNouns` (object head → event
    /// lemma) and `lightPredicates` (lemmas that stand for the event their object names).
    public init(knowledge: KnowledgeBase) {
        let lexicon = knowledge.lexicon
        for (form, lemma) in lexicon.reportingVerbs.sorted(by: { $0.key < $1.key }) {
            reportingVerbs.insert(Tokenizer.foldPhrase(form), value: Tokenizer.foldPhrase(lemma))
            reportingLemmas.insert(Tokenizer.foldPhrase(lemma))
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
        for n in lexicon.list("negationCancellers") { negationCancellers.insert(Tokenizer.foldPhrase(n), value: true) }
        contrastives = Set(lexicon.list("contrastives").map(Tokenizer.foldPhrase))
        coordinators = Set(lexicon.list("coordinators").map(Tokenizer.foldPhrase))
        denialVerbs = Set(lexicon.list("denialVerbs").map(Tokenizer.foldPhrase))
        for n in lexicon.list("revisionCues") { revisionCues.insert(Tokenizer.foldPhrase(n), value: true) }
        for n in lexicon.list("forwardNegations") { forwardNegations.insert(Tokenizer.foldPhrase(n), value: true) }
        beliefVerbs = Self.verbForms(lexicon.list("beliefVerbs"))
        doubtVerbs = Self.verbForms(lexicon.list("doubtVerbs"))
        pronouns = Set(lexicon.list("pronouns").map(Tokenizer.foldPhrase))
        genericSubjects = Set(lexicon.list("genericSubjects").map(Tokenizer.foldPhrase))
        objectPronouns = Set(lexicon.list("objectPronouns").map(Tokenizer.foldPhrase))
        for (cue, side) in lexicon.table("approximationCues").sorted(by: { $0.key < $1.key }) {
            approximationCues.insert(Tokenizer.foldPhrase(cue), value: side)
        }
        countModifierPrepositions = Set(lexicon.list("countModifierPrepositions").map(Tokenizer.foldPhrase))
        for (name, number) in lexicon.months.sorted(by: { $0.key < $1.key }) {
            let folded = Tokenizer.foldPhrase(name)
            if months[folded] == nil { months[folded] = number }
        }
        for (name, number) in lexicon.numberTable("weekdayNumbers") { weekdays[Tokenizer.foldPhrase(name)] = Int(number) }
        for (phrase, code) in lexicon.table("relativeDates").sorted(by: { $0.key < $1.key }) {
            relativeDates.insert(Tokenizer.foldPhrase(phrase), value: code)
        }
        for (phrase, key) in lexicon.table("reportingPeriods").sorted(by: { $0.key < $1.key }) {
            reportingPeriods.insert(Tokenizer.foldPhrase(phrase), value: key)
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
        clauseOpeners = Set(lexicon.list("clauseOpeners").map(Tokenizer.foldPhrase))
        addSynonymGroups(lexicon)
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

    /// Reads the predicate and object synonym tables (see `init(knowledge:)`).
    private mutating func addSynonymGroups(_ lexicon: Lexicon) {
        let ranks = lexicon.numberTable("predicateRanks")
        let stages = lexicon.numberTable("predicateStages")
        func predicate(_ lemma: String) -> Predicate {
            Predicate(lemma: lemma, rank: ranks[lemma].map { Int($0) } ?? 2, stage: stages[lemma].map { Int($0) })
        }
        for (lemma, stage) in stages.sorted(by: { $0.key < $1.key }) { stageNames[Int(stage)] = lemma }
        // Explicit forms first so they win over derived inflections of another group's word.
        var forms = lexicon.table("predicateForms")
        // The older table name `predicates` (form → lemma) still works.
        forms.merge(lexicon.table("predicates")) { _, user in user }
        for (form, lemma) in forms.sorted(by: { $0.key < $1.key }) {
            predicates.insert(Tokenizer.foldPhrase(form), value: predicate(lemma))
        }
        let words = lexicon.table("predicateWords")
        // Base words before derived forms, so "strike" is not taken as an inflection of another word.
        for (word, lemma) in words.sorted(by: { $0.key < $1.key }) {
            predicates.insert(Tokenizer.foldPhrase(word), value: predicate(lemma))
        }
        for (word, lemma) in words.sorted(by: { $0.key < $1.key }) {
            for form in Inflection.forms(of: Tokenizer.foldPhrase(word)) { predicates.insert(form, value: predicate(lemma)) }
        }
        // Negative participles ("uninformed", "unsigned"): the claim extractor reads them as negated.
        for (word, lemma) in words.sorted(by: { $0.key < $1.key }) {
            for form in Inflection.forms(of: Tokenizer.foldPhrase(word)) where form.hasSuffix("ed") {
                predicates.insert("un" + form, value: predicate(lemma))
            }
        }
        for (form, head) in lexicon.table("objectHeads").sorted(by: { $0.key < $1.key }) {
            objects.insert(Tokenizer.foldPhrase(form), value: head)
        }
        eventNouns = lexicon.table("eventNouns")
        for (head, lemma) in eventNouns.sorted(by: { $0.key < $1.key }) where eventHeads[lemma] == nil { eventHeads[lemma] = head }
        lightPredicates = Set(lexicon.table("lightPredicates").keys)
        claimScorer = lexicon.numberTable("claimScorer")
        triggerPairs = TriggerPairs(table: lexicon.numberTable("triggerPairs"))
        indefiniteObjects = Set(lexicon.table("indefiniteObjects").keys.map(Tokenizer.foldPhrase))
        for (word, classes) in lexicon.table("eventClasses") {
            eventClasses[Tokenizer.foldPhrase(word)] = classes.split(separator: " ").compactMap { Int($0) }
        }
        for (word, facts) in lexicon.table("wordFacts") { wordFacts[word] = facts.split(separator: " ").map(String.init) }
    }

    /// Every listed verb with its regular inflections, folded.
    static func verbForms(_ verbs: [String]) -> Set<String> {
        Set(verbs.map(Tokenizer.foldPhrase).flatMap { $0.contains(" ") ? [$0] : Inflection.forms(of: $0) })
    }
}
