/// Predicate and object synonym groups, as data, until the knowledge base has a slot for them.
///
/// This belongs in `Shared/Knowledge` next to the reporting verbs: it is general English news
/// vocabulary, not tied to any bundle. Until it moves, knowledge files can extend it with the
/// tables `predicates` (form → lemma) and `objectHeads` (form → head), which take precedence. Each group names a canonical `lemma`; `words` lists base
/// forms (regular inflections -s/-es/-ed/-ing are derived in code) and `forms` lists irregular
/// or nominal forms verbatim. `rank` breaks ties when a clause holds several predicates: the
/// most specific event wins over light verbs ("a body set up by a treaty signed in …" → sign).
/// `stage` orders steps of one process (consider < negotiate < sign) for evolving verdicts.
enum PredicateLexicon {
    static let json = #"""
    {
      "predicates": [
        {"lemma": "sign", "rank": 3, "stage": 3, "words": ["sign", "ink", "seal", "conclude", "formalise", "formalize", "finalise", "finalize"], "forms": ["signing", "signature", "signed", "formalised", "formalized", "formalisation", "formalization", "conclusion"]},
        {"lemma": "negotiate", "rank": 2, "stage": 2, "words": ["negotiate", "discuss"], "forms": ["negotiation", "negotiations", "discussion", "discussions", "talks", "underway"]},
        {"lemma": "consider", "rank": 1, "stage": 1, "words": ["consider", "contemplate", "mull", "propose", "explore"], "forms": ["consideration", "proposal", "proposed"]},
        {"lemma": "establish", "rank": 2, "words": ["establish", "create", "form", "found", "set"], "forms": ["formation", "establishment", "creation", "founded"]},
        {"lemma": "agree", "rank": 2, "words": ["agree", "approve", "adopt", "ratify", "endorse", "pass"], "forms": ["approval", "adoption", "ratification"]},
        {"lemma": "meet", "rank": 2, "words": ["meet", "host", "convene", "gather"], "forms": ["met", "meeting", "summit", "held"]},
        {"lemma": "attack", "rank": 3, "words": ["attack", "strike", "bomb", "shell", "raid", "assault"], "forms": ["struck"]},
        {"lemma": "kill", "rank": 3, "words": ["kill", "die", "perish"], "forms": ["dead", "deaths", "death", "killing", "killings", "fatalities", "died", "lost their lives"]},
        {"lemma": "injure", "rank": 3, "words": ["injure", "wound", "hurt"], "forms": ["injuries", "injured", "wounded"]},
        {"lemma": "arrest", "rank": 3, "words": ["arrest", "detain", "apprehend"], "forms": ["detention", "custody"]},
        {"lemma": "charge", "rank": 3, "words": ["charge", "indict", "prosecute", "sue"], "forms": ["indictment", "lawsuit"]},
        {"lemma": "convict", "rank": 3, "words": ["convict", "sentence", "jail", "imprison"], "forms": ["conviction", "verdict"]},
        {"lemma": "release", "rank": 2, "words": ["release", "free", "publish", "unveil"], "forms": []},
        {"lemma": "elect", "rank": 3, "words": ["elect", "win", "re-elect", "vote"], "forms": ["won", "election", "victory"]},
        {"lemma": "appoint", "rank": 3, "words": ["appoint", "nominate", "install"], "forms": ["appointment", "nomination"]},
        {"lemma": "resign", "rank": 3, "words": ["resign", "quit"], "forms": ["resignation", "stepped down"]},
        {"lemma": "oppose", "rank": 2, "words": ["oppose", "condemn", "denounce", "criticise", "criticize", "protest", "object", "slam", "blame"], "forms": ["opposition", "condemnation", "criticism", "outrage"]},
        {"lemma": "accuse", "rank": 2, "words": ["accuse", "allege"], "forms": ["accusation", "accusations", "allegation", "allegations"]},
        {"lemma": "support", "rank": 2, "words": ["support", "welcome", "praise", "hail", "defend", "favour", "favor"], "forms": ["backing"]},
        {"lemma": "reject", "rank": 2, "words": ["reject", "dismiss", "refuse", "downplay", "rebuff"], "forms": ["rejection", "refusal"]},
        {"lemma": "violate", "rank": 3, "words": ["violate", "breach", "contradict", "infringe", "undermine", "break"], "forms": ["violation", "violating", "breach", "broke", "broken"]},
        {"lemma": "threaten", "rank": 2, "words": ["threaten", "endanger", "jeopardize", "jeopardise", "destabilize", "destabilise"], "forms": ["threat", "threats"]},
        {"lemma": "invest", "rank": 3, "words": ["invest", "allocate", "fund", "finance", "spend", "earmark"], "forms": ["investment", "investments", "spent", "funding", "allocation"]},
        {"lemma": "increase", "rank": 2, "words": ["increase", "rise", "grow", "climb", "soar", "surge", "jump", "raise", "double"], "forms": ["rose", "risen", "grew", "grown", "growth", "rising", "increase", "hike"]},
        {"lemma": "decrease", "rank": 2, "words": ["decrease", "fall", "drop", "decline", "cut", "reduce", "shrink", "slash"], "forms": ["fell", "fallen", "reduction", "cuts", "shrank"]},
        {"lemma": "close", "rank": 2, "words": ["close", "shut", "halt", "suspend"], "forms": ["closure", "shutdown", "shut down"]},
        {"lemma": "open", "rank": 2, "words": ["open", "inaugurate", "launch", "start", "begin"], "forms": ["opening", "began", "begun", "launch"]},
        {"lemma": "build", "rank": 2, "words": ["build", "construct"], "forms": ["built", "construction"]},
        {"lemma": "join", "rank": 2, "words": ["join", "enter", "accede"], "forms": ["accession", "membership", "entered"]},
        {"lemma": "expand", "rank": 2, "words": ["expand", "enlarge", "extend", "widen"], "forms": ["expansion", "enlargement"]},
        {"lemma": "withdraw", "rank": 3, "words": ["withdraw", "leave", "exit", "pull"], "forms": ["withdrew", "withdrawn", "withdrawal"]},
        {"lemma": "invade", "rank": 3, "words": ["invade", "occupy", "annex"], "forms": ["invasion", "occupation", "annexation"]},
        {"lemma": "evacuate", "rank": 3, "words": ["evacuate", "flee", "displace"], "forms": ["fled", "evacuation", "evacuees"]},
        {"lemma": "inform", "rank": 2, "words": ["inform", "notify", "brief", "consult"], "forms": ["informed", "uninformed", "notification", "aware"]},
        {"lemma": "ban", "rank": 3, "words": ["ban", "prohibit", "outlaw", "block", "bar"], "forms": ["prohibition"]},
        {"lemma": "sanction", "rank": 3, "words": ["sanction", "penalise", "penalize", "fine"], "forms": ["sanctions", "penalty"]},
        {"lemma": "demand", "rank": 2, "words": ["demand", "request", "urge", "require", "summon"], "forms": ["demanded", "call for", "called for", "calls for"]},
        {"lemma": "visit", "rank": 2, "words": ["visit", "tour", "travel"], "forms": ["trip"]},
        {"lemma": "cooperate", "rank": 2, "words": ["cooperate", "collaborate", "partner", "coordinate"], "forms": ["cooperation", "collaboration"]},
        {"lemma": "strengthen", "rank": 1, "words": ["strengthen", "enhance", "boost", "deepen", "reinforce", "improve", "solidify"], "forms": []},
        {"lemma": "recognise", "rank": 2, "words": ["recognise", "recognize"], "forms": ["recognition"]},
        {"lemma": "deploy", "rank": 3, "words": ["deploy", "station", "send", "dispatch"], "forms": ["deployment", "sent"]},
        {"lemma": "supply", "rank": 2, "words": ["supply", "deliver", "provide", "export", "ship"], "forms": ["delivery", "deliveries", "exports", "supplies"]},
        {"lemma": "buy", "rank": 3, "words": ["buy", "purchase", "procure", "acquire"], "forms": ["bought", "procurement", "acquisition", "purchased"]},
        {"lemma": "sell", "rank": 3, "words": ["sell"], "forms": ["sold", "sale", "sales"]},
        {"lemma": "cost", "rank": 2, "words": ["cost", "pay", "price"], "forms": ["paid", "worth", "valued"]},
        {"lemma": "hire", "rank": 2, "words": ["hire", "employ", "recruit"], "forms": ["jobs"]},
        {"lemma": "lay-off", "rank": 3, "words": ["fire", "sack", "dismiss"], "forms": ["layoffs", "lay off", "laid off", "redundancies"]},
        {"lemma": "merge", "rank": 3, "words": ["merge", "takeover"], "forms": ["merger", "takeover"]},
        {"lemma": "collapse", "rank": 3, "words": ["collapse", "crash", "derail", "sink", "explode"], "forms": ["explosion", "blast", "crashed"]},
        {"lemma": "flood", "rank": 3, "words": ["flood", "inundate", "hit", "strike", "damage", "destroy"], "forms": ["flooding", "floods", "damaged", "destroyed"]},
        {"lemma": "erupt", "rank": 3, "words": ["erupt", "burn", "spread"], "forms": ["eruption", "fire", "wildfire", "blaze"]},
        {"lemma": "declare", "rank": 2, "words": ["declare", "proclaim"], "forms": []},
        {"lemma": "plan", "rank": 1, "words": ["plan", "intend", "aim", "seek", "prepare"], "forms": ["plans", "sought"]},
        {"lemma": "highlight", "rank": 1, "words": ["highlight", "underline", "point"], "forms": []},
        {"lemma": "exclude", "rank": 2, "words": ["exclude", "isolate", "marginalise", "marginalize"], "forms": ["exclusion"]}
      ],
      "objects": [
        {"head": "agreement", "forms": ["agreement", "agreements", "alliance", "alliances", "pact", "pacts", "memorandum", "memoranda", "declaration", "treaty", "treaties", "accord", "accords", "deal", "deals", "mou", "partnership", "coalition", "bloc", "counter-alliance", "arrangement"]},
        {"head": "talks", "forms": ["talks", "negotiations", "discussions", "dialogue"]},
        {"head": "plant", "forms": ["plant", "factory", "facility", "mill"]},
        {"head": "people", "forms": ["people", "persons", "civilians", "residents", "victims"]},
        {"head": "troops", "forms": ["troops", "soldiers", "forces", "personnel"]},
        {"head": "election", "forms": ["election", "elections", "vote", "ballot", "poll"]},
        {"head": "law", "forms": ["law", "laws", "bill", "legislation"]},
        {"head": "sanctions", "forms": ["sanctions", "penalties", "embargo"]},
        {"head": "budget", "forms": ["budget", "funding", "funds", "package", "investment"]},
        {"head": "company", "forms": ["company", "firm", "corporation", "carmaker", "manufacturer"]}
      ]
    }
    """#
}
