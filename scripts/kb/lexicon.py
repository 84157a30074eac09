#!/usr/bin/env python3
"""Hand-curated lexicons. Writes Shared/Knowledge/Data/lexicon.json (run by scripts/build-kb).

Loaded-term categories follow the propaganda-technique taxonomy of Da San Martino et al. (2019),
"Fine-Grained Analysis of Propaganda in News Articles" (EMNLP-IJCNLP), as used in SemEval-2020
Task 11: loaded-language, name-calling (name-calling/labeling), exaggeration
(exaggeration/minimisation), flag-waving, appeal-to-fear (appeal to fear/prejudice), doubt.
The terms themselves are hand-collected general English news vocabulary; a term only signals
the technique, it does not prove it.
"""
import sys

import kbfile

# lemma -> irregular forms (past, past participle...). Regular forms are generated.
REPORTING_VERBS = {
    "say": ["said", "says", "saying"], "tell": ["told", "tells", "telling"],
    "write": ["wrote", "written", "writes", "writing"], "state": [], "claim": [], "accuse": [], "blame": [],
    "deny": ["denied", "denies", "denying"], "warn": [], "insist": [], "argue": [],
    "emphasize": ["emphasise", "emphasised", "emphasises", "emphasising"], "announce": [],
    "confirm": [], "describe": [], "call": [], "add": [], "note": [], "explain": [], "stress": [],
    "declare": [], "assert": [], "allege": [], "report": [], "tweet": [], "post": [],
    "reply": ["replied", "replies", "replying"], "respond": [], "comment": [], "admit": ["admitted", "admitting", "admits"],
    "acknowledge": [], "reiterate": [], "underline": [], "suggest": [], "predict": [], "promise": [],
    "pledge": [], "vow": [], "threaten": [], "urge": [], "demand": [],
    "criticize": ["criticise", "criticised", "criticises", "criticising"], "condemn": [], "praise": [],
    "welcome": [], "reject": [], "dismiss": [], "question": [], "ask": [], "answer": [], "inform": [],
    "disclose": [], "reveal": [], "mention": [], "recall": [], "contend": [], "maintain": [],
    "estimate": [], "caution": [], "affirm": [], "proclaim": [], "brand": [], "label": ["labelled", "labelling"],
    "slam": ["slammed", "slamming", "slams"], "blast": [], "decry": ["decried", "decries"], "denounce": [],
    "hail": [], "charge": [], "counter": [], "retort": [], "concede": [], "conclude": [], "observe": [],
    "remark": [], "testify": ["testified", "testifies"], "signal": ["signalled", "signalling"],
    "indicate": [], "hint": [], "boast": [], "complain": [], "lament": [], "agree": ["agreed", "agrees", "agreeing"],
    "dispute": [], "refute": [], "rebuff": [], "echo": ["echoed", "echoes", "echoing"], "cite": [],
    "highlight": [], "clarify": ["clarified", "clarifies"], "outline": [], "specify": ["specified", "specifies"],
    "assure": [], "reassure": [], "guarantee": [], "announce": [], "forecast": ["forecast", "forecasts"],
    "quote": [], "stipulate": [], "summarize": ["summarise", "summarised", "summarises"],
    "apologize": ["apologise", "apologised", "apologises", "apologising"],
    "characterize": ["characterise", "characterised", "characterises"],
}

# Verbs that are also common nouns: their base and -s forms ("state", "states", "post") are left
# out, only past and -ing forms count ("stated", "posting").
NOUN_LIKE = {
    "state", "counter", "question", "post", "comment", "signal", "highlight", "note", "echo",
    "estimate", "brand", "label", "quote", "hail", "blast", "outline", "caution", "hint", "remark",
    "dispute", "report", "answer", "forecast", "stress", "charge", "demand", "promise", "pledge",
    "vow", "welcome", "praise", "call", "tweet", "retort", "boast", "guarantee", "summarize",
}

# Verbs whose past / -ing forms are not regular: only the listed forms are used for those.
IRREGULAR = {"say", "tell", "write", "admit", "slam"}

REPORTING_PHRASES = [
    "according to", "as reported by", "as quoted by", "quoted by", "cited by", "in a statement",
    "in a joint statement", "in an interview", "in an interview with", "told reporters", "told journalists",
    "told a press conference", "at a press conference", "at a news conference", "in a press release",
    "said in a statement", "wrote on X", "wrote on Twitter", "wrote on Facebook", "posted on X",
    "posted on Facebook", "in a post on", "sources said", "sources told", "a source said",
    "a source close to", "officials said", "speaking to", "speaking at", "speaking with", "in remarks",
    "in comments to", "was quoted as saying", "quoted as saying", "according to reports", "reports say",
    "media reported", "local media reported", "state media reported", "in an op-ed", "in a letter",
    "in a televised address", "in a speech", "in a video address", "pointed out", "points out",
    "made clear", "makes clear", "went on to say", "added that", "it was announced",
]

HEDGES = [
    "reportedly", "allegedly", "apparently", "purportedly", "supposedly", "seemingly", "ostensibly",
    "likely", "unlikely", "probably", "presumably", "arguably", "appears", "appear", "appeared",
    "appears to", "seems", "seem", "seemed", "seems to", "is said to", "are said to", "was said to",
    "were said to", "is believed to", "are believed to", "was believed to", "is thought to",
    "are thought to", "is understood to", "is reported to", "are reported to", "was reported to",
    "unconfirmed", "unverified", "could not be independently verified", "cannot be independently verified",
    "could not be verified", "not independently verified", "it is claimed", "it is alleged",
    "rumoured", "rumored", "suspected", "according to unnamed sources", "sources say",
    "to some extent", "in some ways", "somewhat", "relatively", "suggests", "suggested that",
    "it is unclear", "it was not clear", "it remains unclear", "not immediately clear",
]

SPECULATIVE = [
    "could", "may", "might", "would", "possibly", "potentially", "perhaps", "maybe", "conceivably",
    "analysts speculate", "speculate", "speculated", "speculation", "it is possible that",
    "it remains to be seen", "remains to be seen", "may have", "might have", "could have",
    "would have", "is expected to", "are expected to", "is likely to", "are likely to", "is set to",
    "are set to", "plans to", "intends to", "in theory", "hypothetically", "scenario", "if",
    "rumours", "rumors", "predicted", "forecast", "projected", "expected", "anticipated",
    "could potentially", "there are fears", "fears that", "hopes that", "possibility",
]

NEGATIONS = [
    "not", "no", "never", "neither", "nor", "none", "nobody", "nothing", "nowhere", "cannot",
    "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't",
    "can't", "couldn't", "shouldn't", "hasn't", "haven't", "hadn't", "mustn't", "without",
    "denied", "denies", "deny", "denying", "stops short of", "stopped short of", "stop short of",
    "refrained from", "refrains from", "refrain from", "declined to", "declines to", "refused to",
    "refuses to", "rejected", "rejects", "reject", "dismissed", "dismisses", "dismiss", "ruled out",
    "rules out", "rule out", "failed to", "fails to", "lack of", "no longer", "not yet", "far from",
    "by no means", "under no circumstances", "unfounded", "baseless", "false", "untrue",
]

LOADED = {
    "loaded-language": [
        "regime", "brutal", "brutality", "barbaric", "savage", "atrocity", "atrocities", "massacre",
        "slaughter", "bloodbath", "draconian", "heinous", "sinister", "shameful", "disgraceful",
        "outrageous", "scandalous", "notorious", "infamous", "reckless", "ruthless", "vicious",
        "despicable", "evil", "cowardly", "treacherous", "betrayal", "sellout", "sell-out",
        "hardline", "hard-line", "hawkish", "warmongering", "aggression", "occupiers", "invaders",
        "land grab", "power grab", "crackdown", "witch hunt", "witch-hunt", "blatant", "shocking",
        "chilling", "horrific", "horrifying", "appalling", "provocation", "provocative",
        "inflammatory", "incendiary", "belligerent", "bellicose", "sabre-rattling", "saber-rattling",
        "hysteria", "hysterical", "tyranny", "kleptocracy", "cronies", "cronyism", "humiliating",
        "humiliation", "disgrace", "scandal", "slammed", "blasted", "lashed out", "hit out",
        "furious", "outrage", "outraged", "defiant", "brazen", "arrogant", "arrogance", "cynical",
        "hypocritical", "hypocrisy", "shameless", "blackmail", "bullying", "diktat", "subjugation",
    ],
    "name-calling": [
        "terrorist", "terrorists", "terror group", "thug", "thugs", "criminal", "criminals", "traitor",
        "traitors", "fascist", "fascists", "nazi", "nazis", "neo-nazi", "neo-nazis", "commie",
        "extremist", "extremists", "radicals", "separatist", "separatists", "secessionist",
        "warlord", "war criminal", "war criminals", "butcher", "puppet", "puppets", "stooge", "lackey",
        "lackeys", "vassal", "henchmen", "goons", "mercenaries", "bandits", "zealot", "zealots",
        "fanatic", "fanatics", "ultranationalist", "ultra-nationalist", "ultranationalists",
        "xenophobe", "bigot", "bigots", "hatemonger", "demagogue", "globalist", "globalists",
        "deep state", "fifth column", "foreign agent", "foreign agents", "enemy of the people",
        "enemies of the people", "collaborator", "collaborators", "quisling", "agitator",
        "agitators", "troublemaker", "rogue state", "pariah", "pariah state", "axis of evil",
        "narco-state", "mafia state", "dictator", "dictatorship", "tyrant", "strongman", "junta",
        "warmonger", "warmongers", "aggressor", "occupier", "oligarch", "oligarchs", "kleptocrat",
        "chauvinist", "chauvinists", "jihadist", "jihadists", "provocateur", "provocateurs",
    ],
    "exaggeration": [
        "unprecedented", "historic", "catastrophic", "catastrophe", "disastrous", "apocalyptic",
        "devastating", "massive", "enormous", "gigantic", "colossal", "utter", "never before",
        "of all time", "worst ever", "best ever", "biggest ever", "largest ever", "record-breaking",
        "once-in-a-generation", "once in a generation", "earth-shattering", "game-changer",
        "game changer", "landmark", "watershed", "seismic", "explosive", "bombshell", "meltdown",
        "chaos", "chaotic", "free fall", "freefall", "skyrocketing", "skyrocketed", "plummeting",
        "plummeted", "tsunami of", "flood of", "swarm", "swarms", "nightmare", "doomsday",
        "all-out", "full-scale", "total war", "countless", "endless", "relentless", "staggering",
        "astronomical", "mind-boggling", "unbelievable", "incredible", "dramatic", "dramatically",
        "sweeping", "radical shift", "sea change", "turning point", "collapse", "crumbling",
    ],
    "flag-waving": [
        "patriotic", "patriots", "patriotism", "our nation", "our country", "our people",
        "our homeland", "homeland", "motherland", "fatherland", "sacred land", "sacred soil",
        "cradle of", "national pride", "national interest", "national interests", "national unity",
        "true patriots", "defend our", "heroes", "heroic", "glorious", "martyrs", "martyrdom",
        "brave soldiers", "our soldiers", "our boys", "for the nation", "the will of the people",
        "blood and soil", "forefathers", "ancestral land", "historic homeland", "national honour",
        "national honor", "never surrender", "unbreakable", "indivisible", "god bless",
        "our brothers", "our sisters", "our compatriots", "compatriots", "our ancestors",
        "national dignity", "dignity of the nation", "spiritual heart",
    ],
    "appeal-to-fear": [
        "threat", "threatens", "existential threat", "imminent threat", "danger", "dangerous",
        "grave danger", "peril", "menace", "destabilize", "destabilise", "destabilizing",
        "destabilising", "destabilization", "destabilisation", "escalation", "arms race",
        "bloodshed", "powder keg", "tinderbox", "time bomb", "ticking time bomb", "on the brink",
        "brink of war", "looming", "annihilation", "extermination", "genocide", "ethnic cleansing",
        "alarming", "terrifying", "panic", "humanitarian catastrophe", "security risk",
        "threat to peace", "threat to stability", "threat to regional stability", "militarization",
        "militarisation", "military buildup", "military build-up", "arms build-up", "encirclement",
        "red line", "red lines", "unrest", "instability", "flashpoint", "hostile", "hostile act",
        "aggressive alliance", "new war", "another war", "spiral of violence", "spiral out of control",
        "invasion", "nuclear threat", "existential", "fear", "fears",
    ],
    "doubt": [
        "so-called", "so called", "self-proclaimed", "self-styled", "purported", "dubious",
        "questionable", "doubtful", "illegitimate", "fake", "sham", "bogus", "phony", "phoney",
        "fabricated", "fabrication", "fabrications", "hoax", "false flag", "staged", "spurious",
        "groundless", "conspiracy", "conspiracy theory", "disinformation", "misinformation",
        "fake news", "hidden agenda", "ulterior motive", "ulterior motives", "would-be", "wannabe",
        "farce", "charade", "pr stunt", "publicity stunt", "window dressing", "smokescreen",
        "smoke screen", "whitewash", "propaganda", "lies", "pseudo-state", "unrecognised",
        "unrecognized", "self-declared", "fictitious", "mythical", "alleged",
    ],
}

ABBREVIATIONS = [
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Sr", "Jr", "No", "Nos", "Gen", "Lt", "Col", "Maj", "Capt",
    "Cmdr", "Adm", "Sgt", "Cpl", "Pvt", "Sen", "Rep", "Gov", "Pres", "Rev", "Hon", "Fr", "Mt", "Ft",
    "Ave", "Rd", "Blvd", "Co", "Corp", "Inc", "Ltd", "Plc", "Bros", "Dept", "Univ", "Assn", "est",
    "approx", "e.g", "i.e", "etc", "vs", "v", "cf", "al", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
    "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs",
    "Fri", "Sat", "Sun", "U.S", "U.K", "U.N", "E.U", "U.S.A", "D.C", "a.m", "p.m", "Ph.D", "B.A",
    "M.A", "Mme", "Mlle", "Messrs", "Atty", "Supt", "Insp", "Det", "Amb", "Min", "Dep", "Sec", "Art",
    "para", "pp", "vol", "ed", "eds", "fig", "ca", "Gen", "Brig", "Lt.Col", "Msgr", "Esq", "dr", "mr",
]

MONTHS = {
    # English
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9,
    "Oct": 10, "Nov": 11, "Dec": 12,
    # French, German, Spanish, Italian, Portuguese (month names that differ from English)
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    "Januar": 1, "Februar": 2, "März": 3, "Juni": 6, "Juli": 7, "Oktober": 10, "Dezember": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
    "ottobre": 10, "dicembre": 12, "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6,
    "julho": 7, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    # Serbian/Bosnian/Montenegrin (Latin; nominative and genitive)
    "januar": 1, "februar": 2, "mart": 3, "maj": 5, "jun": 6, "jul": 7, "avgust": 8, "septembar": 9,
    "oktobar": 10, "novembar": 11, "decembar": 12, "januara": 1, "februara": 2, "marta": 3, "aprila": 4,
    "maja": 5, "juna": 6, "jula": 7, "avgusta": 8, "septembra": 9, "oktobra": 10, "novembra": 11,
    "decembra": 12,
    # Croatian (nominative and genitive)
    "siječanj": 1, "veljača": 2, "ožujak": 3, "travanj": 4, "svibanj": 5, "lipanj": 6, "srpanj": 7,
    "kolovoz": 8, "rujan": 9, "listopad": 10, "studeni": 11, "prosinac": 12, "siječnja": 1,
    "veljače": 2, "ožujka": 3, "travnja": 4, "svibnja": 5, "lipnja": 6, "srpnja": 7, "kolovoza": 8,
    "rujna": 9, "listopada": 10, "studenoga": 11, "prosinca": 12,
    # Albanian
    "janar": 1, "shkurt": 2, "prill": 4, "qershor": 6, "korrik": 7, "gusht": 8, "shtator": 9,
    "tetor": 10, "nëntor": 11, "dhjetor": 12,
}

WEEKDAYS = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
]

BOILERPLATE = [
    "share", "share this", "share this article", "share on facebook", "share on twitter", "tweet",
    "comment", "comments", "reply", "leave a reply", "leave a comment", "enter your comment",
    "your email address will not be published", "required fields are marked", "post comment",
    "newsletter", "subscribe", "sign up", "sign in", "log in", "register", "trending", "most read",
    "most popular", "read next", "read more", "read also", "also read", "see also", "related",
    "related articles", "related news", "related posts", "related stories", "previous post",
    "next post", "previous article", "next article", "cookie", "cookies", "accept cookies",
    "cookie policy", "privacy policy", "terms of use", "terms of service", "all rights reserved",
    "copyright", "advertisement", "advertising", "sponsored", "sponsored content",
    "skip to content", "skip to main content", "follow us", "follow us on", "like us on facebook",
    "download the app", "click here", "print", "whatsapp", "telegram", "facebook", "twitter",
    "linkedin", "instagram", "youtube", "photo:", "photo credit", "photo by", "photo illustration",
    "image:", "image credit", "getty images", "getty", "shutterstock", "ap photo", "afp photo",
    "afp via getty images", "reuters/", "epa", "epa-efe", "file photo", "tags", "filed under",
    "back to top", "support our journalism", "donate", "become a member", "subscribers only",
    "min read", "minutes read", "views", "loading", "listen to this article", "watch:", "podcast",
    "screenshot", "source:", "illustration", "credit:", "courtesy",
]


# Named lists any stage can read with `lexicon.list(name)` (general English news vocabulary).
LISTS = {
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
        "including", "new", "recent", "recently", "said", "says", "according", "reportedly", "not", "no",
    ],
    "pronouns": ["he", "she", "they", "we", "i", "it", "who", "you"],
    # Object pronouns right after a predicate ("did not meet them"): the object is something
    # specific the claim does not name, not an indefinite one.
    "objectPronouns": ["them", "it", "him", "her", "us", "me"],
    # Indefinite pronouns as a subject ("anybody arrested for X", "someone said"): a generic
    # statement, about no participant in particular, so no rival of a claim about one.
    "genericSubjects": ["anybody", "anyone", "someone", "somebody", "everybody", "everyone", "whoever"],
    # Prepositions opening a counted noun's modifier ("seasons as director", "seasons with the club"):
    # counts of one noun with different modifiers count different things.
    "countModifierPrepositions": ["as", "with", "in", "at", "for", "of", "on", "from", "during", "under"],
    "nameParticles": [
        "de", "da", "di", "do", "dos", "das", "du", "del", "della", "van", "von", "der", "den", "ter", "ten",
        "bin", "binti", "ibn", "al", "el", "la", "le", "y", "af", "zu", "mac", "abu", "bint", "ben",
    ],
    "nameConnectors": ["of", "for", "and", "the", "on", "de", "del", "der", "van", "von", "al", "&"],
    "auxiliaries": [
        "has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "should", "may", "might",
        "must", "shall", "can", "did", "does", "do", "also", "then", "later", "again", "further", "previously",
        "earlier", "once", "too", "not", "never", "just", "reportedly", "allegedly", "publicly", "repeatedly",
        "already", "recently", "been", "separately", "subsequently", "immediately", "firmly", "strongly",
        "openly", "be", "being",
    ],
    "clauseOpeners": [
        "however", "similarly", "meanwhile", "moreover", "furthermore", "also", "still", "yet", "but", "and",
        "then", "later", "earlier", "instead", "indeed", "nonetheless", "nevertheless", "additionally",
        "finally", "lastly", "separately", "elsewhere", "today", "yesterday", "in", "on", "at", "after",
        "before", "during", "while", "although", "though", "as", "since", "because", "when", "if", "for",
        "with", "without", "despite", "following", "amid", "under", "over", "by", "from", "to", "according",
        "thus", "hence", "so", "consequently", "specifically", "notably", "importantly", "first", "firstly",
        "second", "secondly", "third", "thirdly", "likewise", "otherwise", "accordingly", "now", "here",
        "there", "this", "that", "these", "those", "such",
    ],
    "subordinators": [
        "while", "although", "though", "whereas", "given", "since", "because", "as", "when", "if", "unless",
        "despite", "after", "before", "once", "whether",
    ],
    "conditionals": ["if", "unless", "whether", "in case", "provided that"],
    # Phrases holding a negation cue that assert rather than negate (litotes, additive "not only").
    "negationCancellers": [
        "not only", "not just", "not merely", "not simply", "not least", "not to mention", "no doubt",
        "not without", "nothing but", "no less than", "not fail to", "did not fail to", "does not fail to",
        "do not fail to", "never fail to", "never fails to", "never failed to", "not failing to",
        "did not hesitate to", "does not hesitate to", "not hesitate to", "never hesitated to",
        "could not help but", "cannot help but", "not unlike", "none other than",
        "not long after", "not long before", "not far from", "not far away", "not much later", "no sooner",
    ],
    # Words after which a contrastive negation's scope ends ("not an isolated event but part of …").
    "contrastives": ["but", "rather"],
    # Words that start a new verb phrase: a negation after the predicate and past one of them
    # negates that other phrase ("is aware of X and refrained from commenting").
    "coordinators": ["and", "but", "or", "yet", "then"],
    # Words marking a value as preliminary, a lower bound or a revision ("at least 12", "the toll
    # rose to 20", "revised the magnitude"): differing values with them evolve rather than conflict.
    "revisionCues": [
        "preliminary", "initial", "initially", "provisional", "provisionally", "early estimates", "first estimates",
        "revised", "revises", "revise", "revising", "updated", "upgraded", "downgraded", "corrected",
        "at least", "so far", "rose to", "risen to", "has risen", "climbed to", "jumped to", "fell to",
        "was later", "were later", "later raised", "later lowered",
    ],
    # Reporting verbs (lemmas) that deny what they report ("refuted reports that X"): the claim is negated.
    "denialVerbs": ["deny", "refute", "dispute", "rebut", "rebuff", "contest", "dismiss", "reject"],
    # Negations that scope only over what follows them ("signed without consulting Y"): after
    # the predicate they leave it alone.
    "forwardNegations": ["without", "lack of"],
    "relativePronouns": ["which", "who", "whom", "whose", "where"],
    "placePrepositions": ["in", "at", "near", "outside", "inside"],
    "percentWords": ["%", "percent", "per cent", "pct"],
    "framingVerbs": [
        "described", "describing", "describes", "describe", "called", "calling", "calls", "call", "hailed",
        "hailing", "hails", "labelled", "labeled", "labelling", "labeling", "branded", "branding", "termed",
        "terming", "dubbed", "dubbing", "denounced", "denouncing", "condemned", "condemning",
        "characterised", "characterized", "characterising", "characterizing", "praised", "praising",
        "welcomed", "welcoming", "dismissed", "dismissing", "slammed", "criticised", "criticized", "viewed",
        "views", "sees", "saw", "considered", "considers", "regarded", "regards", "referred", "referring",
        "defended",
    ],
    "bareClauseVerbs": [
        "said", "says", "say", "added", "adds", "claimed", "claims", "warned", "warns", "insisted", "insists",
        "argued", "argues", "stressed", "believes", "believed", "wrote", "writes", "told", "tells", "stated",
    ],
    "numberAbbreviations": [
        "no", "nos", "art", "fig", "vol", "p", "pp", "sec", "ch", "op", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "para", "nr", "tel",
    ],
    "boilerplateLines": [
        "share", "share this", "share this article", "share this story", "share this post",
        "share on facebook", "share on twitter", "share on x", "share on whatsapp", "share via email",
        "tweet", "email", "print", "copy link", "link copied", "comments", "comment", "leave a comment",
        "leave a reply", "reply", "post comment", "submit comment", "please enter your comment",
        "please enter your name here", "read next", "read more", "read also", "also read", "see also",
        "trending", "trending now", "related", "related articles", "related posts", "related stories",
        "related news", "more stories", "more news", "you may also like", "you might also like",
        "recommended", "most read", "most popular", "latest news", "previous post", "next post",
        "previous article", "next article", "prev", "next", "previous", "subscribe", "subscribe now",
        "newsletter", "sign up", "sign in", "log in", "login", "register", "advertisement", "sponsored",
        "sponsored content", "accept", "accept all", "accept cookies", "reject all", "cookie settings",
        "follow us", "tags", "topics", "facebook", "twitter", "whatsapp", "linkedin", "telegram",
        "pinterest", "reddit", "viber", "x", "loading", "load more", "show comments", "listen",
        "listen to this article", "save", "bookmark", "skip to content", "skip to main content", "menu",
        "search", "home", "back to top", "click here", "watch", "watch now", "video", "gallery",
        "photo gallery", "for immediate release", "media contact", "press contact", "contact", "ends",
        "-ends-", "###", "end", "embargoed",
    ],
    "boilerplatePrefixes": [
        "share this", "share on ", "follow us on", "sign up for", "sign up to", "subscribe to",
        "subscribe for", "read more:", "read also:", "also read:", "read next:", "related:", "see also:",
        "we use cookies", "this website uses cookies", "this site uses cookies", "by continuing to use",
        "by using this site", "your email address will not", "required fields are", "please enter your",
        "you have entered an incorrect", "save my name", "notify me of", "all rights reserved",
        "copyright ©", "© ", "(c) ", "tags:", "topics:", "filed under", "posted in", "categories:",
        "click here to", "get the latest", "join our", "download our app", "download the app",
        "comments are closed", "leave a comment", "leave a reply", "reply to", "report this",
        "support our journalism", "become a member",
    ],
    "navigationLines": [
        "read next", "read more", "read also", "also read", "see also", "trending", "trending now", "related",
        "related articles", "related posts", "related stories", "related news", "more stories", "more news",
        "you may also like", "you might also like", "recommended", "most read", "most popular",
        "latest news", "previous post", "next post", "previous article", "next article", "prev", "next",
        "previous", "older posts", "newer posts", "recommended for you",
    ],
    "photoSources": [
        "shutterstock", "getty images", "getty", "istock", "istockphoto", "alamy", "ap photo", "afp",
        "afp photo", "epa", "epa-efe", "reuters", "unsplash", "pexels", "pixabay", "wikimedia commons",
        "dreamstime", "depositphotos", "adobe stock", "ap", "anadolu", "xinhua", "tass", "pa images",
        "pa media", "sipa", "imago", "dpa",
    ],
    "creditPrefixes": [
        "photo:", "photo by", "photos:", "photograph:", "photograph by", "image:", "images:", "image by",
        "picture:", "pictured:", "credit:", "credits:", "photo credit", "foto:", "illustration:",
        "caption:", "(photo", "[photo", "(image", "(credit",
    ],
    "bylineRoleWords": [
        "staff", "writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "editor",
        "editors", "contributor", "contributors", "team", "desk", "news", "senior", "chief", "special",
        "political", "foreign", "diplomatic", "affairs", "bureau", "agency", "agencies", "wires", "newsroom",
        "guest", "columnist", "author", "admin", "editorial", "board", "analyst", "analysts", "intern",
    ],
    # words that make a header name an outlet rather than a person ("Europe Cargo News | 12 May")
    "outletWords": [
        "news", "times", "daily", "post", "herald", "journal", "gazette", "tribune", "agency",
        "press", "wire", "review", "media", "radio", "tv", "television", "broadcasting",
        "broadcaster", "chronicle", "observer", "telegraph", "express", "mail", "courier",
        "monitor", "weekly", "online", "magazine", "dispatch", "bulletin", "insider", "today",
        "network", "channel", "com",
    ],
    # finite verbs that show a bare reported clause ("She said donors had pledged…")
    "finiteVerbs": [
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "should", "can",
        "may", "might", "must", "shall", "did", "does", "do",
    ],
}

# Named string maps any stage can read with `lexicon.table(name)`.
TABLES = {
    # Words before a figure marking it approximate, and which way the true value may lie:
    # "below" ("almost three hours": a little under three), "around" ("some 700 metres", either
    # side), "above" ("just over"). A close value on that side is no rival figure.
    "approximationCues": {
        "almost": "below", "nearly": "below", "close to": "below", "just under": "below",
        "about": "around", "some": "around", "approximately": "around", "around": "around",
        "roughly": "around", "an estimated": "around", "more or less": "around", "just over": "above",
    },
    "currencies": {
        "eur": "EUR", "euro": "EUR", "euros": "EUR", "€": "EUR", "usd": "USD", "dollar": "USD",
        "dollars": "USD", "$": "USD", "us$": "USD", "gbp": "GBP", "pound": "GBP", "pounds": "GBP",
        "£": "GBP", "chf": "CHF", "francs": "CHF", "jpy": "JPY", "yen": "JPY", "¥": "JPY", "rub": "RUB",
        "roubles": "RUB", "rubles": "RUB", "cny": "CNY", "yuan": "CNY", "renminbi": "CNY", "inr": "INR",
        "rupees": "INR", "rsd": "RSD", "dinars": "RSD", "try": "TRY", "lira": "TRY", "uah": "UAH",
        "hryvnia": "UAH", "hryvnias": "UAH", "pln": "PLN", "zloty": "PLN", "zlotys": "PLN", "all": "ALL",
        "lek": "ALL", "huf": "HUF", "forints": "HUF", "brl": "BRL", "reais": "BRL", "krw": "KRW",
        "won": "KRW", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "kronor": "SEK", "krone": "NOK",
    },
    "relativeDates": {
        "today": "day+0", "yesterday": "day-1", "tomorrow": "day+1", "tonight": "day+0",
        "last night": "day-1", "last week": "week-1", "this week": "week+0", "next week": "week+1",
        "earlier this week": "week+0", "last month": "month-1", "this month": "month+0",
        "next month": "month+1", "earlier this month": "month+0", "last year": "year-1",
        "this year": "year+0", "next year": "year+1", "earlier this year": "year+0",
    },
    "copulas": {
        "is": "be", "are": "be", "was": "be", "were": "be", "remains": "remain", "remain": "remain",
        "remained": "remain", "has": "have", "have": "have", "had": "have",
    },
    "agencies": {
        "reuters": "Reuters", "ap": "AP", "associated press": "Associated Press", "afp": "AFP",
        "agence france-presse": "Agence France-Presse", "bloomberg": "Bloomberg", "dpa": "dpa", "efe": "EFE",
        "ansa": "ANSA", "tass": "TASS", "xinhua": "Xinhua", "upi": "UPI", "anadolu": "Anadolu",
        "anadolu agency": "Anadolu Agency", "kyodo": "Kyodo", "yonhap": "Yonhap", "pti": "PTI",
        "ians": "IANS", "ani": "ANI", "cnn": "CNN", "bbc": "BBC", "pa": "PA", "pa media": "PA Media",
        "aap": "AAP", "cp": "CP", "the canadian press": "The Canadian Press", "bta": "BTA", "hina": "HINA",
        "beta": "Beta", "tanjug": "Tanjug", "ata": "ATA", "rferl": "RFE/RL", "rfe/rl": "RFE/RL",
        "interfax": "Interfax", "wafa": "WAFA", "sputnik": "Sputnik", "nan": "NAN", "kna": "KNA",
    },
}

# Named number maps any stage can read with `lexicon.numberTable(name)`.
NUMBERS = {
    "numberWords": {
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
        "dozens": 24, "a dozen": 12, "half": 0.5, "a quarter": 0.25, "a third": 0.333,
    },
    "multipliers": {
        "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9,
        "billion": 1e9, "tn": 1e12, "trillion": 1e12,
    },
    "weekdayNumbers": {
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
        "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
    },
}


def verb_forms(lemma):
    forms = set()
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
    return forms


# Named periods within a year that reported figures are tied to ("the fourth quarter", "Q1",
# "the first half"): values of different periods are different events, never rival values.
PERIOD_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
PERIOD_UNITS = {"quarter": ("quarter", 4), "half": ("half", 2)}
PERIOD_ABBREVIATIONS = {"q": "quarter", "h": "half"}


def reporting_periods():
    """Phrase -> period key ("quarter4"), for every ordinal a unit has ("third half" is none)."""
    out = {}
    for unit, (key, count) in PERIOD_UNITS.items():
        for word, n in PERIOD_ORDINALS.items():
            if n <= count:
                out[f"{word} {unit}"] = f"{key}{n}"
                out[f"{word}-{unit}"] = f"{key}{n}"
    for letter, unit in PERIOD_ABBREVIATIONS.items():
        for n in range(1, PERIOD_UNITS[unit][1] + 1):
            out[f"{letter}{n}"] = f"{PERIOD_UNITS[unit][0]}{n}"
    return dict(sorted(out.items()))


def main(out_path):
    verbs = {}
    for lemma, irregular in REPORTING_VERBS.items():
        generated = verb_forms(lemma)
        if lemma in IRREGULAR:  # their past and -ing forms are all listed by hand
            generated = {f for f in generated if not f.endswith(("ed", "ing"))}
        forms = {lemma} | set(irregular) | generated
        if lemma in NOUN_LIKE:
            forms = {f for f in forms if f.endswith(("ed", "ing")) or f in irregular}
        for form in sorted(forms):
            verbs[form] = lemma
    loaded, seen = [], {}
    for category, terms in LOADED.items():
        for term in terms:
            key = term.lower()
            if key in seen:
                raise SystemExit(f"loaded term {term!r} in both {seen[key]} and {category}")
            seen[key] = category
            loaded.append({"term": term, "category": category})
    kbfile.write(
        out_path,
        "curated (scripts/kb/lexicon.py); loaded-term categories after Da San Martino et al. 2019 / SemEval-2020 Task 11",
        f"{len(verbs)} reporting verb forms, {len(loaded)} loaded terms",
        lexicon={
            "reportingVerbs": dict(sorted(verbs.items())),
            "reportingPhrases": REPORTING_PHRASES,
            "hedges": HEDGES,
            "speculative": SPECULATIVE,
            "negations": NEGATIONS,
            "loadedTerms": loaded,
            "abbreviations": list(dict.fromkeys(ABBREVIATIONS)),
            "boilerplate": BOILERPLATE,
            "months": MONTHS,
            "weekdays": WEEKDAYS,
            "lists": LISTS,
            "tables": {**TABLES, "reportingPeriods": reporting_periods()},
            "numbers": NUMBERS,
        })


if __name__ == "__main__":
    main(sys.argv[1])
