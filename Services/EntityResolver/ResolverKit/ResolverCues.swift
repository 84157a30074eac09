import CrosscheckSchema
import Knowledge

/// The closed-class words the resolver reads names by: head nouns that type a name, words that
/// introduce a person, locative prepositions, and words that never start a name.
///
/// These are grammar, not world knowledge: no name of any entity is listed. All entries are
/// folded keys. The knowledge base may replace any set (`ResolverLexicon.cues`).
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
    /// Auxiliaries and frequent action verbs that make a preceding capital a government.
    public var actionVerbs: Set<String>
    /// Adverbs that may sit between a subject and its verb.
    public var adverbs: Set<String>
    /// Folded suffixes of adjectives ("-ian", "-ic") that are not names when a noun follows.
    public var adjectiveSuffixes: [String]

    public static let standard = ResolverCues(
        organizationHeads: [
            "ministry", "agency", "council", "party", "commission", "forces", "force", "army", "navy",
            "police", "bank", "union", "organization", "organisation", "office", "committee", "institute",
            "university", "company", "corporation", "group", "court", "parliament", "assembly",
            "government", "department", "authority", "service", "services", "fund", "foundation",
            "association", "federation", "front", "movement", "coalition", "news", "times", "post",
            "press", "television", "agency", "bureau", "directorate", "secretariat", "senate",
            "congress", "cabinet", "guard", "command", "alliance", "league", "network", "media",
        ],
        organizationOpeners: ["ministry", "house", "radio", "bank", "university", "department", "office", "agency", "council", "court", "institute", "party"],
        agreementHeads: [
            "agreement", "agreements", "accord", "accords", "treaty", "treaties", "declaration",
            "resolution", "plan", "programme", "program", "memorandum", "pact", "convention",
            "protocol", "charter", "deal", "framework", "initiative",
        ],
        agreementSynonyms: [
            "agreement": "agreement", "agreements": "agreement", "accord": "agreement",
            "accords": "agreement", "treaty": "agreement", "treaties": "agreement", "pact": "agreement",
            "deal": "agreement", "convention": "agreement", "protocol": "agreement",
            "programme": "programme", "program": "programme", "plan": "plan",
            "declaration": "declaration", "resolution": "resolution", "memorandum": "memorandum",
            "charter": "charter", "framework": "framework", "initiative": "initiative",
        ],
        eventHeads: [
            "war", "wars", "summit", "conference", "crisis", "games", "olympics", "election",
            "elections", "forum", "revolution", "uprising", "massacre", "genocide", "siege",
            "offensive", "operation", "referendum", "talks", "dialogue", "cup", "championship", "festival",
        ],
        personIntroducers: [
            "general", "leader", "minister", "president", "premier", "chancellor", "spokesman",
            "spokeswoman", "spokesperson", "ambassador", "envoy", "commander", "chief", "mayor",
            "governor", "senator", "deputy", "secretary", "analyst", "expert", "professor", "dr",
            "mr", "mrs", "ms", "colonel", "admiral", "lieutenant", "captain", "judge", "prosecutor",
            "director", "chairman", "chairwoman", "ceo", "founder", "king", "queen", "prince", "pope",
        ],
        locativePrepositions: [
            "in", "at", "near", "to", "into", "outside", "across", "around", "via", "through",
            "throughout", "inside", "within", "toward", "towards", "visited", "visit", "arrived",
        ],
        placePrepositions: ["in", "at", "near", "across", "around", "throughout", "outside", "inside", "within"],
        placeOpeners: [
            "new", "los", "las", "el", "san", "santa", "santo", "sao", "saint", "st", "port", "fort",
            "mount", "lake", "cape", "north", "south", "east", "west", "upper", "lower", "greater",
        ],
        counterpartPrepositions: ["against", "with", "by"],
        nameParticles: ["al", "el", "bin", "ibn", "ben", "abu", "van", "von", "der", "den", "de", "da", "di", "do", "dos", "das", "du", "del", "della", "ter", "ten", "zu", "af"],
        governmentNouns: [
            "permission", "approval", "consent", "response", "reaction", "reply", "answer", "pressure",
            "support", "backing", "demand", "demands", "request", "requests", "criticism", "warning",
            "warnings", "message", "signal", "signals", "condemnation", "protest", "objection",
            "objections", "orders", "instructions", "funding", "aid", "recognition", "guarantees",
        ],
        connectors: ["of", "and", "for", "on", "the", "de", "del", "della", "der", "van", "von", "da", "al", "bin", "la", "le"],
        functionWords: [
            "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "of", "for", "by",
            "with", "from", "to", "and", "or", "but", "as", "if", "while", "when", "since", "after",
            "before", "although", "though", "however", "meanwhile", "moreover", "furthermore",
            "similarly", "additionally", "nonetheless", "nevertheless", "yet", "still", "also",
            "both", "such", "some", "many", "most", "all", "any", "each", "every", "no", "not",
            "its", "their", "his", "her", "our", "we", "they", "he", "she", "it", "i", "you",
            "there", "here", "what", "who", "which", "why", "how", "where", "whether", "despite",
            "given", "later", "earlier", "today", "yesterday", "tomorrow", "tonight", "last", "lastly", "firstly", "secondly", "thirdly", "finally", "then", "thus", "so",
            "strategically", "specifically", "internationally", "comments", "according", "written",
            "read", "share", "leave", "please", "prev", "next", "trending", "now", "summary",
            "forecast", "update", "updated", "related", "advertisement", "photo", "image", "source",
            "short", "long", "medium", "term", "one", "two", "three", "four", "five", "mr", "mrs", "ms", "dr",
            "other", "more", "less",
        ],
        calendarWords: [
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "am", "pm", "cet", "cest", "utc", "gmt", "est", "edt",
        ],
        actionVerbs: [
            "is", "was", "has", "had", "have", "does", "did", "do", "will", "would", "can", "could",
            "should", "must", "may", "might", "wants", "wanted", "says", "said", "sees", "saw",
            "responded", "reacted", "rejected", "accused", "insists", "insisted", "demands",
            "demanded", "sent", "recalled", "summoned", "refused", "refuses", "welcomed",
            "condemned", "denied", "denies", "announced", "warned", "warns", "threatened",
            "expects", "expected", "hopes", "hoped", "signed", "agreed", "agrees", "opposed",
            "opposes", "supports", "supported", "raised", "claims", "claimed",
        ],
        adverbs: ["also", "not", "again", "quickly", "immediately", "already", "still", "never", "then", "now", "has", "have"],
        adjectiveSuffixes: ["ian", "an", "ic", "ish", "ese", "ean", "ern", "ist", "al"]
    )

    /// Named lists of the knowledge base this reads: its own (`resolver.<set>`, e.g.
    /// `resolver.organizationHeads`, added to the defaults) and shared ones (clause openers,
    /// pronouns, name connectors and particles, place prepositions, auxiliaries).
    static var extensibleSets: [(name: String, path: WritableKeyPath<ResolverCues, Set<String>>)] {
        [
        ("organizationHeads", \.organizationHeads), ("organizationOpeners", \.organizationOpeners),
        ("agreementHeads", \.agreementHeads), ("eventHeads", \.eventHeads),
        ("personIntroducers", \.personIntroducers), ("locativePrepositions", \.locativePrepositions),
        ("placePrepositions", \.placePrepositions), ("placeOpeners", \.placeOpeners),
        ("counterpartPrepositions", \.counterpartPrepositions), ("connectors", \.connectors),
            ("nameParticles", \.nameParticles), ("governmentNouns", \.governmentNouns),
        ("functionWords", \.functionWords), ("calendarWords", \.calendarWords),
        ("actionVerbs", \.actionVerbs), ("adverbs", \.adverbs),
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
        for head in folded("resolver.agreementHeads") where agreementSynonyms[head] == nil { agreementSynonyms[head] = head }
    }
}
