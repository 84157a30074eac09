#!/usr/bin/env python3
"""Writes Shared/Knowledge/Data/resolver.json: the closed-class words the entity resolver reads
names by (head nouns that type a name, words that introduce a person, prepositions, words that
never start a name). Grammar of English news text, not world knowledge: no entity is named.

The resolver reads `lists["resolver.<name>"]` and `tables["resolver.agreementSynonyms"]`; a user
file (`--kb FILE`) extends or removes items like any other lexicon list.
"""
import sys

import kbfile

LISTS = {
    # Last words that make a capitalised span an organisation ("... Ministry", "... Forces").
    "organizationHeads": [
        "ministry", "agency", "council", "party", "commission", "forces", "force", "army",
        "navy", "police", "bank", "union", "organization", "organisation", "office",
        "committee", "institute", "university", "company", "corporation", "group", "court",
        "parliament", "assembly", "government", "department", "authority", "service",
        "services", "fund", "foundation", "association", "federation", "front", "movement",
        "coalition", "news", "times", "post", "press", "television", "bureau", "directorate",
        "secretariat", "senate", "congress", "cabinet", "guard", "command", "alliance",
        "league", "network", "media",
        # Company forms and the industry words company names end with ("... Motors", "... Inc").
        "inc", "incorporated", "corp", "co", "ltd", "limited", "llc", "llp", "plc", "ag", "sa",
        "spa", "gmbh", "nv", "bv", "motors", "technologies", "airlines", "airways", "industries",
        "holdings", "systems", "communications", "electronics", "pharmaceuticals", "studios",
        "labs", "laboratories", "networks", "enterprises", "partners", "securities", "survey"
    ],
    # Words that head a place name, first ("Gulf of ...", joined through "of") or last ("... Bay",
    # "... National Park", "State Route 94").
    "placeHeads": [
        "gulf", "bay", "sea", "strait", "straits", "isle", "island", "islands", "cape", "lake",
        "river", "mountain", "mountains", "valley", "park", "route", "highway", "avenue", "street",
        "road", "boulevard", "square", "county", "province", "peninsula", "desert", "ocean"
    ],
    # Legal forms dropped from the end of an organisation's key ("ATI Technologies Inc." is
    # "ATI Technologies"; "Bank of America Corporation" is "Bank of America").
    "legalForms": [
        "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc",
        "llp", "plc", "ag", "sa", "spa", "gmbh", "nv", "bv"
    ],
    # First words that make a span an organisation ("Ministry of ...", "Radio ...").
    "organizationOpeners": [
        "ministry", "house", "radio", "bank", "university", "department", "office", "agency",
        "council", "court", "institute", "party"
    ],
    # Words that make a span (capitalised, or lowercase after a year) an agreement.
    "agreementHeads": [
        "agreement", "agreements", "accord", "accords", "treaty", "treaties", "declaration",
        "resolution", "plan", "programme", "program", "memorandum", "pact", "convention",
        "protocol", "charter", "deal", "framework", "initiative"
    ],
    # Last words that make a span an event ("... War", "... Summit").
    "eventHeads": [
        "war", "wars", "summit", "conference", "crisis", "games", "olympics", "election",
        "elections", "forum", "revolution", "uprising", "massacre", "genocide", "siege",
        "offensive", "operation", "referendum", "talks", "dialogue", "cup", "championship",
        "festival"
    ],
    # Lowercase words right before a name that make it a person ("general", "leader").
    "personIntroducers": [
        "general", "leader", "minister", "president", "premier", "chancellor", "spokesman",
        "spokeswoman", "spokesperson", "ambassador", "envoy", "commander", "chief", "mayor",
        "governor", "senator", "deputy", "secretary", "analyst", "expert", "professor", "dr",
        "mr", "mrs", "ms", "colonel", "admiral", "lieutenant", "captain", "judge", "prosecutor",
        "director", "chairman", "chairwoman", "ceo", "founder", "king", "queen", "prince",
        "pope"
    ],
    # Prepositions that make a following place name a location, not a government.
    "locativePrepositions": [
        "in", "at", "near", "to", "into", "outside", "across", "around", "via", "through",
        "throughout", "inside", "within", "toward", "towards", "visited", "visit", "arrived"
    ],
    # Prepositions that make an unknown capitalised name a place ("in X").
    "placePrepositions": [
        "in", "at", "near", "across", "around", "throughout", "outside", "inside", "within"
    ],
    # First words of place names ("New York", "Port Said").
    "placeOpeners": [
        "new", "los", "las", "el", "san", "santa", "santo", "sao", "saint", "st", "port",
        "fort", "mount", "lake", "cape", "north", "south", "east", "west", "upper", "lower",
        "greater"
    ],
    # Prepositions after which a capital is the other party, so its government.
    "counterpartPrepositions": [
        "against", "with", "by"
    ],
    # Lowercase particles inside personal names ("al", "bin", "van").
    "nameParticles": [
        "al", "el", "bin", "ibn", "ben", "abu", "van", "von", "der", "den", "de", "da", "di",
        "do", "dos", "das", "du", "del", "della", "ter", "ten", "zu", "af"
    ],
    # What a government sends or grants, before "from <capital>" ("permission").
    "governmentNouns": [
        "permission", "approval", "consent", "response", "reaction", "reply", "answer",
        "pressure", "support", "backing", "demand", "demands", "request", "requests",
        "criticism", "warning", "warnings", "message", "signal", "signals", "condemnation",
        "protest", "objection", "objections", "orders", "instructions", "funding", "aid",
        "recognition", "guarantees"
    ],
    # Words that may join capitalised words inside a name ("of", "and", "for").
    "connectors": [
        "of", "and", "for", "on", "the", "de", "del", "della", "der", "van", "von", "da", "al",
        "bin", "la", "le"
    ],
    # Words that never begin a name and are dropped from a span's start.
    "functionWords": [
        "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "of", "for", "by",
        "with", "from", "to", "and", "or", "but", "as", "if", "while", "when", "since", "after",
        "before", "although", "though", "however", "meanwhile", "moreover", "furthermore",
        "similarly", "additionally", "nonetheless", "nevertheless", "yet", "still", "also",
        "both", "such", "some", "many", "most", "all", "any", "each", "every", "no", "not",
        "its", "their", "his", "her", "our", "we", "they", "he", "she", "it", "i", "you",
        "there", "here", "what", "who", "which", "why", "how", "where", "whether", "despite",
        "given", "later", "earlier", "today", "yesterday", "tomorrow", "tonight", "last",
        "lastly", "firstly", "secondly", "thirdly", "finally", "then", "thus", "so",
        "strategically", "specifically", "internationally", "comments", "according", "written",
        "read", "share", "leave", "please", "prev", "next", "trending", "now", "summary",
        "forecast", "update", "updated", "related", "advertisement", "photo", "image", "source",
        "short", "long", "medium", "term", "one", "two", "three", "four", "five", "mr", "mrs",
        "ms", "dr", "other", "more", "less"
    ],
    # Calendar words that are never entities (months and weekdays are added from the lexicon).
    "calendarWords": [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "am", "pm", "cet", "cest", "utc", "gmt", "est", "edt"
    ],
    # Auxiliaries and frequent action verbs that make a preceding capital a government.
    "actionVerbs": [
        "is", "was", "has", "had", "have", "does", "did", "do", "will", "would", "can", "could",
        "should", "must", "may", "might", "wants", "wanted", "says", "said", "sees", "saw",
        "responded", "reacted", "rejected", "accused", "insists", "insisted", "demands",
        "demanded", "sent", "recalled", "summoned", "refused", "refuses", "welcomed",
        "condemned", "denied", "denies", "announced", "warned", "warns", "threatened",
        "expects", "expected", "hopes", "hoped", "signed", "agreed", "agrees", "opposed",
        "opposes", "supports", "supported", "raised", "claims", "claimed"
    ],
    # Adverbs that may sit between a subject and its verb.
    "adverbs": [
        "also", "not", "again", "quickly", "immediately", "already", "still", "never", "then",
        "now", "has", "have"
    ],
    # Folded suffixes of adjectives ("-ian", "-ic") that are not names when a noun follows.
    "adjectiveSuffixes": [
        "ian", "an", "ic", "ish", "ese", "ean", "ern", "ist", "al"
    ],
    # Pronouns a quote's or attribution's speaker may be written as that stand for the person
    # last named ("..., he said"); "they" is left out (it names groups as often as people).
    "speakerPronouns": ["he", "she"],
}

# Agreement heads that name one kind of document when matching variants ("accords" = "agreement").
TABLES = {
    "agreementSynonyms": {
        "agreement": "agreement", "agreements": "agreement", "accord": "agreement", "accords":
        "agreement", "treaty": "agreement", "treaties": "agreement", "pact": "agreement",
        "deal": "agreement", "convention": "agreement", "protocol": "agreement", "programme":
        "programme", "program": "programme", "plan": "plan", "declaration": "declaration",
        "resolution": "resolution", "memorandum": "memorandum", "charter": "charter",
        "framework": "framework", "initiative": "initiative"
    },
}


def main(out_path):
    kbfile.write(
        out_path,
        "curated (scripts/kb/resolver.py): English name grammar for the entity resolver",
        f"{sum(len(v) for v in LISTS.values())} resolver cue words in {len(LISTS)} lists",
        lexicon={
            "lists": {f"resolver.{name}": items for name, items in LISTS.items()},
            "tables": {f"resolver.{name}": table for name, table in TABLES.items()},
        })


if __name__ == "__main__":
    main(sys.argv[1])
