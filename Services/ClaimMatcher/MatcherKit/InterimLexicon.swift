/// Word lists the matcher needs that the Knowledge API has no slot for yet.
///
/// Reporting verbs, hedges, speculative cues, negations and months come from the knowledge
/// base (`MatcherLexicon(knowledge:)`). Everything here is general English data that belongs
/// in `Shared/Knowledge` too (weekday numbers, relative date phrases, number words, currency
/// names, stopwords, clause grammar words) and should move there once it has slots for them.
/// Phrases are lowercase and space-separated; matching folds case and diacritics.
enum InterimLexicon {
    static let json = #"""
    {
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
      "auxiliaries": ["has", "have", "had", "also", "further", "then", "later", "again", "is", "was", "are", "were", "will", "would", "be", "been", "being", "not", "do", "does", "did", "never"],
      "copulas": {"is": "be", "are": "be", "was": "be", "were": "be", "remains": "remain", "remain": "remain", "remained": "remain", "has": "have", "have": "have", "had": "have"}
    }
    """#
}
