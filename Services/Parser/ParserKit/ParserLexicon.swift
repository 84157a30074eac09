/// The cue words the parser relies on: reporting verbs, abbreviations, boilerplate phrases.
///
/// Layout cues (boilerplate, credits, abbreviations) are properties of web text in general, not
/// of any event; reporting verbs come from the knowledge base when it provides them.
struct ParserLexicon: Sendable {
    /// Verbs that introduce speech, in every inflection used ("said", "says", "stating").
    var reportingVerbs: Set<String>
    /// Verbs that frame a short quoted phrase as someone's words ("described it as a “…”").
    var framingVerbs: Set<String>
    /// Reporting verbs that may take a clause without "that" ("said the plan would …").
    var bareClauseVerbs: Set<String>
    /// Abbreviations that never end a sentence, lowercased without the dot ("mr", "dr", "st").
    var abbreviations: Set<String>
    /// Abbreviations that do not end a sentence when a number follows ("no. 5", "mar. 24").
    var numberAbbreviations: Set<String>
    /// Whole short lines that are page furniture, lowercased, without final punctuation.
    var boilerplateLines: Set<String>
    /// Starts of short lines that are page furniture.
    var boilerplatePrefixes: [String]
    /// Lines that lead into links to other articles; heading-like lines after them are links too.
    var navigationLines: Set<String>
    /// Photo agencies and stock libraries whose bare name on a line is a credit.
    var photoSources: Set<String>
    /// Starts of photo credit or caption lines ("photo:", "image:").
    var creditPrefixes: [String]
    /// News agencies that appear in datelines and bylines ("Reuters", "AP").
    var agencies: [String: String]
    /// Words that are not person names in a byline ("staff", "correspondent").
    var bylineRoleWords: Set<String>
    /// Lowercase particles allowed inside names ("de", "van", "al").
    var nameParticles: Set<String>
    /// Auxiliaries and adverbs that may sit between a speaker and the reporting verb.
    var auxiliaries: Set<String>
    /// Pronouns that can be a speaker.
    var pronouns: Set<String>
    /// Words that link the parts of a proper name ("of", "for", "and").
    var nameConnectors: Set<String>
    /// Sentence openers that are not a subject ("however", "meanwhile").
    var clauseOpeners: Set<String>
    /// Month names and abbreviations, lowercased without a dot, mapped to 1…12.
    var months: [String: Int] = DateRecognizer.englishMonths
    /// Words that mark a name as a news outlet or site rather than a person ("news", "times", "com").
    var outletWords: Set<String> = [
        "news", "times", "daily", "post", "herald", "journal", "gazette", "tribune", "agency", "press",
        "wire", "review", "media", "radio", "tv", "television", "broadcasting", "chronicle", "observer",
        "telegraph", "express", "mail", "courier", "monitor", "weekly", "online", "magazine", "com",
    ]
    /// Finite verbs and modals whose presence shows a reported clause ("donors had pledged").
    var finiteVerbs: Set<String> = [
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "should", "can",
        "may", "might", "must", "shall", "did", "does", "do",
    ]

    static let standard = ParserLexicon(
        reportingVerbs: [
            "say", "says", "said", "saying", "state", "states", "stated", "stating", "tell", "tells", "told",
            "telling", "add", "adds", "added", "adding", "note", "notes", "noted", "noting", "claim",
            "claims", "claimed", "claiming", "argue", "argues", "argued", "arguing", "insist", "insists",
            "insisted", "insisting", "warn", "warns", "warned", "warning", "declare", "declares",
            "declared", "declaring", "announce", "announces", "announced", "announcing", "explain",
            "explains", "explained", "explaining", "stress", "stresses", "stressed", "stressing",
            "emphasize", "emphasizes", "emphasized", "emphasizing", "emphasise", "emphasises",
            "emphasised", "emphasising", "assert", "asserts", "asserted", "asserting", "confirm",
            "confirms", "confirmed", "confirming", "deny", "denies", "denied", "denying", "write",
            "writes", "wrote", "writing", "tweeted", "posted", "remarked", "commented", "replied",
            "responded", "suggest", "suggests", "suggested", "suggesting", "acknowledge",
            "acknowledges", "acknowledged", "acknowledging", "admit", "admits", "admitted", "alleged",
            "alleges", "accused", "accuses", "urged", "urges", "maintained", "maintains", "reiterated",
            "recalled", "predicted", "promised", "pledged", "vowed", "threatened", "conceded",
            "observed", "pointed", "reported", "reports", "revealed", "disclosed", "estimated",
            "believes", "believed", "asked", "asks", "demanded", "contended", "contends", "countered",
            "described", "describing", "describes", "called", "calling", "calls", "hailed", "hailing",
            "labelled", "labeled", "branded", "termed", "dubbed", "denounced", "condemned", "condemning",
            "characterised", "characterized", "praised", "welcomed", "dismissed",
        ],
        framingVerbs: [
            "described", "describing", "describes", "describe", "called", "calling", "calls", "call",
            "hailed", "hailing", "hails", "labelled", "labeled", "labelling", "labeling", "branded",
            "branding", "termed", "terming", "dubbed", "dubbing", "denounced", "denouncing",
            "condemned", "condemning", "characterised", "characterized", "characterising",
            "characterizing", "praised", "praising", "welcomed", "welcoming", "dismissed",
            "dismissing", "slammed", "criticised", "criticized", "viewed", "views", "sees", "saw",
            "considered", "considers", "regarded", "regards", "referred", "referring", "defended",
        ],
        bareClauseVerbs: [
            "said", "says", "say", "added", "adds", "claimed", "claims", "warned", "warns", "insisted",
            "insists", "argued", "argues", "stressed", "believes", "believed", "wrote", "writes",
            "told", "tells", "stated",
        ],
        abbreviations: [
            "mr", "mrs", "ms", "mx", "dr", "prof", "st", "sr", "jr", "gen", "col", "lt", "sgt", "capt",
            "maj", "gov", "sen", "rep", "rev", "hon", "pres", "adm", "cpl", "pvt", "supt", "det", "insp",
            "mme", "mlle", "messrs", "cf", "e.g", "i.e", "vs", "approx", "mt", "ft", "ave", "blvd",
            "dept", "univ", "fig", "al", "ca", "lit", "bros", "cmdr", "brig", "amb", "min",
        ],
        numberAbbreviations: [
            "no", "nos", "art", "fig", "vol", "p", "pp", "sec", "ch", "op", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "para", "nr", "tel",
        ],
        boilerplateLines: [
            "share", "share this", "share this article", "share this story", "share this post",
            "share on facebook", "share on twitter", "share on x", "share on whatsapp", "shareable url",
            "share via email", "tweet", "email", "print", "copy link", "link copied", "comments",
            "comment", "leave a comment", "leave a reply", "reply", "post comment", "submit comment",
            "please enter your comment!", "please enter your comment", "please enter your name here",
            "you have entered an incorrect email address!", "read next", "read more", "read also",
            "also read", "see also", "trending", "trending now", "trending stories", "related",
            "related articles", "related posts", "related stories", "related news", "more stories",
            "more news", "more from", "you may also like", "you might also like", "recommended",
            "recommended for you", "most read", "most popular", "popular posts", "latest news",
            "latest posts", "prev post", "previous post", "next post", "previous article",
            "next article", "prev", "next", "previous", "older posts", "newer posts", "subscribe",
            "subscribe now", "newsletter", "sign up", "sign in", "log in", "login", "register",
            "advertisement", "sponsored", "sponsored content", "accept", "accept all",
            "accept cookies", "reject all", "cookie settings", "manage cookies", "follow us",
            "tags", "topics", "facebook", "twitter", "whatsapp", "linkedin", "telegram", "pinterest",
            "reddit", "viber", "x", "loading", "load more", "show comments", "view comments",
            "no comments", "0 comments", "listen", "listen to this article", "save", "bookmark",
            "skip to content", "skip to main content", "menu", "search", "home", "back to top",
            "click here", "watch", "watch now", "video", "gallery", "photo gallery",
            "for immediate release", "media contact", "media contacts", "press contact",
            "press contacts", "contact", "ends", "-ends-", "###", "# # #", "end", "embargoed",
        ],
        boilerplatePrefixes: [
            "share this", "share on ", "follow us on", "sign up for", "sign up to", "subscribe to",
            "subscribe for", "read more:", "read also:", "also read:", "read next:", "related:",
            "see also:", "we use cookies", "this website uses cookies", "this site uses cookies",
            "by continuing to use", "by using this site", "your email address will not",
            "required fields are", "please enter your", "you have entered an incorrect",
            "save my name", "notify me of", "all rights reserved", "copyright ©", "© ", "(c) ",
            "tags:", "topics:", "filed under", "posted in", "categories:", "click here to",
            "get the latest", "join our", "download our app", "download the app",
            "comments are closed", "leave a comment", "leave a reply", "reply to", "report this",
            "this article was", "support our journalism", "become a member",
        ],
        navigationLines: [
            "read next", "read more", "read also", "also read", "see also", "trending", "trending now",
            "related", "related articles", "related posts", "related stories", "related news",
            "more stories", "more news", "you may also like", "you might also like", "recommended",
            "most read", "most popular", "popular posts", "latest news", "latest posts", "prev post",
            "previous post", "next post", "previous article", "next article", "prev", "next",
            "previous", "older posts", "newer posts", "trending stories", "recommended for you",
        ],
        photoSources: [
            "shutterstock", "getty images", "getty", "istock", "istockphoto", "alamy", "ap photo",
            "afp", "afp photo", "epa", "epa-efe", "reuters", "unsplash", "pexels", "pixabay",
            "wikimedia commons", "dreamstime", "depositphotos", "adobe stock", "ap", "anadolu",
            "xinhua", "tass", "pa images", "pa media", "sipa", "imago", "dpa",
        ],
        creditPrefixes: [
            "photo:", "photo by", "photos:", "photograph:", "photograph by", "image:", "images:",
            "image by", "picture:", "pictured:", "credit:", "credits:", "photo credit", "foto:",
            "illustration:", "source: getty", "caption:", "(photo", "[photo", "(image", "(credit",
        ],
        agencies: [
            "reuters": "Reuters", "ap": "AP", "associated press": "Associated Press", "afp": "AFP",
            "agence france-presse": "Agence France-Presse", "bloomberg": "Bloomberg", "dpa": "dpa",
            "efe": "EFE", "ansa": "ANSA", "tass": "TASS", "xinhua": "Xinhua", "upi": "UPI",
            "anadolu": "Anadolu", "anadolu agency": "Anadolu Agency", "kyodo": "Kyodo",
            "yonhap": "Yonhap", "pti": "PTI", "ians": "IANS", "ani": "ANI", "cnn": "CNN", "bbc": "BBC",
            "pa": "PA", "pa media": "PA Media", "aap": "AAP", "cp": "CP",
            "the canadian press":
                "The Canadian Press", "bta": "BTA", "hina": "HINA", "beta": "Beta", "tanjug": "Tanjug",
            "ata": "ATA", "rferl": "RFE/RL", "rfe/rl": "RFE/RL", "interfax": "Interfax", "wafa": "WAFA",
            "sputnik": "Sputnik", "nan": "NAN", "kna": "KNA",
        ],
        bylineRoleWords: [
            "staff", "writer", "writers", "reporter", "reporters", "correspondent", "correspondents",
            "editor", "editors", "contributor", "contributors", "team", "desk", "news", "senior",
            "chief", "special", "political", "foreign", "diplomatic", "affairs", "bureau", "agency",
            "agencies", "wires", "newsroom", "guest", "columnist", "author", "admin", "editorial",
            "board", "analyst", "analysts", "intern", "the", "in", "for", "with", "via", "from", "and",
            "published", "updated", "posted", "on", "at",
        ],
        nameParticles: [
            "de", "da", "di", "do", "dos", "das", "du", "del", "della", "van", "von", "der", "den",
            "ter", "ten", "bin", "binti", "ibn", "al", "el", "la", "le", "y", "af", "zu", "mac",
        ],
        auxiliaries: [
            "has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "should",
            "may", "might", "must", "shall", "can", "did", "does", "do", "also", "then", "later",
            "again", "further", "previously", "earlier", "once", "too", "not", "never", "just",
            "reportedly", "allegedly", "publicly", "repeatedly", "already", "recently", "been",
            "separately", "subsequently", "immediately", "firmly", "strongly", "openly", "had",
        ],
        pronouns: ["he", "she", "they", "we", "i", "it", "who"],
        nameConnectors: ["of", "for", "and", "the", "on", "de", "del", "der", "van", "von", "al", "&"],
        clauseOpeners: [
            "however", "similarly", "meanwhile", "moreover", "furthermore", "also", "still", "yet",
            "but", "and", "then", "later", "earlier", "instead", "indeed", "nonetheless",
            "nevertheless", "additionally", "finally", "lastly", "separately", "elsewhere", "today",
            "yesterday", "in", "on", "at", "after", "before", "during", "while", "although", "though",
            "as", "since", "because", "when", "if", "for", "with", "without", "despite", "following",
            "amid", "under", "over", "by", "from", "to", "according", "thus", "hence", "so",
            "consequently", "specifically", "notably", "importantly", "first", "firstly", "second",
            "secondly", "third", "thirdly", "likewise", "otherwise", "accordingly", "now", "here",
            "there", "this", "that", "these", "those", "such",
        ]
    )
}
