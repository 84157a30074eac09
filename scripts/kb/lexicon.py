#!/usr/bin/env python3
"""Hand-curated lexicons. Writes Shared/Knowledge/Data/lexicon.json (run by scripts/build-kb).

Loaded-term categories follow the propaganda-technique taxonomy of Da San Martino et al. (2019),
"Fine-Grained Analysis of Propaganda in News Articles" (EMNLP-IJCNLP), as used in SemEval-2020
Task 11: loaded-language, name-calling (name-calling/labeling), exaggeration
(exaggeration/minimisation), flag-waving, appeal-to-fear (appeal to fear/prejudice), doubt.
The terms themselves are hand-collected general English news vocabulary; a term only signals
the technique, it does not prove it.
"""
import json
import sys

# lemma -> irregular forms (past, past participle...). Regular forms are generated.
REPORTING_VERBS = {
    "say": ["said", "says", "saying"], "tell": ["told", "tells", "telling"],
    "write": ["wrote", "written", "writes", "writing"], "state": [], "claim": [], "accuse": [],
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
    document = {
        "format": "crosscheck-knowledge/1",
        "source": "curated (scripts/kb/lexicon.py); loaded-term categories after Da San Martino et al. 2019 / SemEval-2020 Task 11",
        "lexicon": {
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
        },
    }
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {out_path}: {len(verbs)} reporting verb forms, {len(loaded)} loaded terms")


if __name__ == "__main__":
    main(sys.argv[1])
