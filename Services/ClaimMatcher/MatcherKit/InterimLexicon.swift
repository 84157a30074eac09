/// Word lists the knowledge base will provide, kept here only until branch `kb` lands.
///
/// Every list in this JSON belongs in `Shared/Knowledge`: once the Knowledge API offers a slot
/// for it, `MatcherLexicon(knowledge:)` reads it from there and the entry here is deleted.
/// Phrases are lowercase and space-separated; matching folds case and diacritics.
enum InterimLexicon {
    static let json = #"""
    {
      "reportingVerbs": {
        "say": "say", "says": "say", "said": "say", "saying": "say",
        "state": "state", "states": "state", "stated": "state", "stating": "state",
        "claim": "claim", "claims": "claim", "claimed": "claim", "claiming": "claim",
        "tell": "tell", "told": "tell", "tells": "tell",
        "argue": "argue", "argues": "argue", "argued": "argue", "arguing": "argue",
        "assert": "assert", "asserts": "assert", "asserted": "assert", "asserting": "assert",
        "insist": "insist", "insists": "insist", "insisted": "insist", "insisting": "insist",
        "stress": "stress", "stresses": "stress", "stressed": "stress", "stressing": "stress",
        "emphasize": "emphasize", "emphasizes": "emphasize", "emphasized": "emphasize", "emphasizing": "emphasize",
        "emphasise": "emphasize", "emphasises": "emphasize", "emphasised": "emphasize", "emphasising": "emphasize",
        "confirm": "confirm", "confirms": "confirm", "confirmed": "confirm", "confirming": "confirm",
        "announce": "announce", "announces": "announce", "announced": "announce",
        "report": "report", "reports": "report", "reported": "report",
        "add": "add", "adds": "add", "added": "add", "adding": "add",
        "warn": "warn", "warns": "warn", "warned": "warn", "warning": "warn",
        "note": "note", "notes": "note", "noted": "note",
        "explain": "explain", "explains": "explain", "explained": "explain",
        "describe": "describe", "describes": "describe", "described": "describe", "describing": "describe",
        "deny": "deny", "denies": "deny", "denied": "deny", "denying": "deny",
        "suggest": "suggest", "suggests": "suggest", "suggested": "suggest",
        "write": "write", "writes": "write", "wrote": "write",
        "acknowledge": "acknowledge", "acknowledges": "acknowledge", "acknowledged": "acknowledge",
        "admit": "admit", "admits": "admit", "admitted": "admit",
        "according to": "according to", "as reported by": "report", "quoted": "quote"
      },
      "hedges": [
        "reportedly", "allegedly", "apparently", "purportedly", "supposedly", "likely", "unlikely",
        "probably", "appears", "appear", "appeared", "appearing", "seems", "seem", "seemed", "seemingly",
        "is said to", "are said to", "was said to", "were said to", "is believed to", "are believed to",
        "is thought to", "are thought to", "is understood to", "according to some", "according to unconfirmed",
        "unconfirmed", "rumoured", "rumored", "presumably", "almost certainly"
      ],
      "speculative": [
        "could", "may", "might", "would", "possibly", "potentially", "perhaps", "speculate", "speculates",
        "speculated", "analysts speculate", "realistic possibility", "there is a possibility", "remains to be seen",
        "if", "whether"
      ],
      "negation": [
        "not", "no", "never", "neither", "nor", "n't", "stops short of", "stopped short of", "stop short of",
        "refrained from", "refrains from", "refrain from", "denied", "denies", "deny", "denying", "rejected the claim",
        "rejects the claim", "without", "uninformed", "none", "false that", "refuted", "refutes"
      ],
      "months": {
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12
      },
      "weekdays": {
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7
      },
      "relativeDates": {
        "today": "day+0", "yesterday": "day-1", "tomorrow": "day+1",
        "last week": "week-1", "this week": "week+0", "next week": "week+1", "earlier this week": "week+0",
        "last month": "month-1", "this month": "month+0", "next month": "month+1", "earlier this month": "month+0",
        "last year": "year-1", "this year": "year+0", "next year": "year+1"
      },
      "numberWords": {
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "dozens": 24
      },
      "multipliers": {
        "k": 1000, "thousand": 1000, "m": 1000000, "mn": 1000000, "mln": 1000000, "million": 1000000,
        "b": 1000000000, "bn": 1000000000, "billion": 1000000000, "tn": 1000000000000, "trillion": 1000000000000
      },
      "currencies": {
        "eur": "EUR", "euro": "EUR", "euros": "EUR", "€": "EUR", "usd": "USD", "dollar": "USD", "dollars": "USD",
        "$": "USD", "us$": "USD", "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "£": "GBP", "chf": "CHF",
        "francs": "CHF", "jpy": "JPY", "yen": "JPY", "¥": "JPY", "rub": "RUB", "roubles": "RUB", "rubles": "RUB",
        "cny": "CNY", "yuan": "CNY", "inr": "INR", "rupees": "INR", "rsd": "RSD", "dinars": "RSD"
      },
      "percentWords": ["%", "percent", "per cent", "pct"],
      "stopwords": [
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
        "into", "onto", "about", "over", "under", "after", "before", "between", "among", "through", "during",
        "that", "this", "these", "those", "it", "its", "it's", "they", "their", "them", "he", "his", "him", "she",
        "her", "we", "our", "us", "you", "your", "i", "my", "is", "are", "was", "were", "be", "been", "being",
        "has", "have", "had", "having", "do", "does", "did", "will", "shall", "can", "also", "which", "who",
        "whom", "whose", "what", "when", "where", "while", "than", "then", "so", "such", "both", "each", "any",
        "all", "some", "more", "most", "other", "another", "own", "same", "very", "just", "only", "even",
        "further", "furthermore", "however", "moreover", "meanwhile", "already", "still", "yet", "now", "there",
        "here", "because", "since", "until", "against", "up", "down", "out", "off", "again", "once", "s",
        "including", "new", "recent", "recently", "said", "says", "according", "reportedly", "not", "no"
      ],
      "placePrepositions": ["in", "at", "near", "outside", "inside"],
      "subordinators": ["while", "although", "though", "whereas", "given", "since", "because", "as", "when", "if", "unless", "despite", "after", "before", "once", "whether"],
      "conditionals": ["if", "unless", "whether"],
      "relativePronouns": ["which", "who", "whom", "whose", "where"],
      "auxiliaries": ["has", "have", "had", "also", "further", "then", "later", "again", "is", "was", "are", "were", "will", "would", "be", "been", "being", "not", "had"],
      "copulas": {"is": "be", "are": "be", "was": "be", "were": "be", "remains": "remain", "remain": "remain", "remained": "remain", "has": "have", "have": "have", "had": "have"}
    }
    """#
}
