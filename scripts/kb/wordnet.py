#!/usr/bin/env python3
"""Builds wordnet.json: event classes of English verbs and event nouns from WordNet 3.0.

Reads Debian's `wordnet-base` (/usr/share/wordnet, installed by scripts/setup). For every
single-word verb, its most frequent senses (the first `SENSES` synsets of index.verb) are its
event classes; two words that share a class can name one event ("hit" / "strike", "fire" /
"dismiss"). Irregular forms from verb.exc ("struck") get their lemma's classes. Nouns of acts and
events (lexicographer files noun.act, noun.event) that WordNet derives from a verb ("signing" ->
sign, "conviction" -> convict, "arrest") get the classes of the verb senses their first senses
point to. The verbs' direct hypernyms of those senses are written too, as a coarser class.

Classes are numbered in order of their WordNet synset offset, so the output is the same on every
run. Output table `eventClasses`: word -> space-separated class numbers (senses first), and
`eventHypernyms`: class -> its hypernym classes.

Table `wordFacts` (read by the matcher's learned trigger tagger, see scripts/train-trigger-tagger):
word -> space-separated facts: `v` when it has verb senses (a verb lemma or an irregular form of
one), then for a noun the lexicographer file of its most frequent sense (`act`, `event`,
`person`, `artifact`…), and `dv` when one of its first senses is derived from a verb ("signing",
"arrest"). Nouns are kept when they are common (tagged in WordNet's sense-tagged corpus) or
derived from a verb, so the table stays small. Usage: wordnet.py OUT [WORDNET_DIR]
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kbfile  # noqa: E402

SENSES = 3
NOUN_FILES = {"04": "noun.act", "11": "noun.event"}
# WordNet's lexicographer files of nouns, numbered from 03 (documented in lexnames(5WN)).
NOUN_LEXNAMES = (
    "Tops act animal artifact attribute body cognition communication event feeling food group location motive object "
    "person phenomenon plant possession process quantity relation shape state substance time"
).split()


def read_data(path):
    """offset -> (lexfile, words, pointers[(symbol, offset, pos)])."""
    out = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split(" | ")[0].split()
            offset, lexfile = parts[0], parts[1]
            count = int(parts[3], 16)
            words = [parts[4 + 2 * i].lower() for i in range(count)]
            k = 4 + 2 * count
            pointers = []
            for i in range(int(parts[k])):
                symbol, target, pos = parts[k + 1 + 4 * i], parts[k + 2 + 4 * i], parts[k + 3 + 4 * i]
                pointers.append((symbol, target, pos))
            out[offset] = (lexfile, words, pointers)
    return out


def read_index(path):
    """lemma -> synset offsets, most frequent sense first (single words only)."""
    out = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split()
            lemma = parts[0]
            if "_" in lemma or not lemma.isalpha():
                continue
            synsets = int(parts[2])
            out[lemma] = parts[len(parts) - synsets:]
    return out


def read_tagged_nouns(path):
    """Single-word nouns with at least one sense in WordNet's sense-tagged corpus."""
    out = set()
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split()
            synsets = int(parts[2])
            if "_" not in parts[0] and parts[0].isalpha() and int(parts[len(parts) - synsets - 1]) > 0:
                out.add(parts[0])
    return out


def word_facts(verb_forms, nouns, noun_index, tagged):
    """word -> facts: `v`, the noun's first-sense lexicographer file, `dv` (derived from a verb)."""
    facts = {w: ["v"] for w in verb_forms}
    for lemma, offsets in noun_index.items():
        derived = any(s == "+" and pos == "v" for o in offsets[:SENSES] for s, _, pos in nouns[o][2])
        if lemma not in tagged and not derived:
            continue
        lexfile = nouns[offsets[0]][0]
        facts.setdefault(lemma, []).append(NOUN_LEXNAMES[int(lexfile) - 3])
        if derived:
            facts[lemma].append("dv")
    return {w: " ".join(f) for w, f in sorted(facts.items())}


def main(out_path, folder="/usr/share/wordnet"):
    verbs = read_data(os.path.join(folder, "data.verb"))
    nouns = read_data(os.path.join(folder, "data.noun"))
    verb_index = read_index(os.path.join(folder, "index.verb"))
    noun_index = read_index(os.path.join(folder, "index.noun"))

    senses = {}
    for lemma, offsets in verb_index.items():
        senses[lemma] = offsets[:SENSES]
    with open(os.path.join(folder, "verb.exc"), encoding="latin-1") as f:
        for line in f:
            form, lemma = line.split()[:2]
            if form.isalpha() and lemma in verb_index and form not in senses:
                senses[form] = verb_index[lemma][:SENSES]
    facts = word_facts(set(senses), nouns, noun_index, read_tagged_nouns(os.path.join(folder, "index.noun")))
    for lemma, offsets in noun_index.items():
        if lemma in senses:
            continue
        targets = []
        for offset in offsets[:SENSES]:
            lexfile, _, pointers = nouns[offset]
            if lexfile not in NOUN_FILES:
                continue
            for symbol, target, pos in pointers:
                if symbol == "+" and pos == "v" and target not in targets:
                    targets.append(target)
        if targets:
            senses[lemma] = targets[:SENSES]

    used = sorted({o for offsets in senses.values() for o in offsets})
    hypernyms = {}
    for o in used:
        hypernyms[o] = [t for s, t, pos in verbs[o][2] if s == "@" and pos == "v"]
    every = sorted(set(used) | {t for ts in hypernyms.values() for t in ts})
    number = {o: i for i, o in enumerate(every)}
    classes = {w: " ".join(str(number[o]) for o in offsets) for w, offsets in sorted(senses.items())}
    parents = {str(number[o]): " ".join(str(number[t]) for t in ts) for o, ts in sorted(hypernyms.items()) if ts}
    kbfile.write(
        out_path,
        "WordNet 3.0 (Princeton University; Debian package wordnet-base), verbs and act/event nouns; word facts",
        f"{len(classes)} words, {len(every)} event classes, {len(facts)} word facts",
        lexicon={"tables": {"eventClasses": classes, "eventHypernyms": parents, "wordFacts": facts}},
    )


if __name__ == "__main__":
    main(*sys.argv[1:])
