#!/usr/bin/env python3
"""Builds attitudes.json: verbs of belief and of doubt, from WordNet 3.0.

A claim under a belief verb ("police believe the driver was drunk", "I don't think charges will
be filed") is the speaker's opinion, a hedge over its complement, and a negated belief verb
negates the complement ("don't think X will be filed" says X will not be). A doubt verb ("he
doubts charges will be filed") hedges its complement and negates it. Neither is a polarity
conflict with a source that says the same thing plainly.

The verbs are the single-word lemmas whose MOST FREQUENT verb sense is one of these WordNet
synsets (so "question", whose first sense is "interrogate", and "consider", first "deem", stay
out), with their irregular forms from verb.exc; regular inflections are added by the matcher:
- belief: 00683298 "accept as true; take to be true" (believe), 00689362 "judge or regard; look
  upon; judge" (think), 00631755 "expect, believe, or suppose" (reckon, guess);
- doubt: 00687313 "consider unlikely or have doubts about" (doubt), 00684663 "reject as false;
  refuse to accept" (disbelieve).
Reads Debian's `wordnet-base` (/usr/share/wordnet). Output lists `beliefVerbs`, `doubtVerbs`.
Usage: attitudes.py OUT [WORDNET_DIR]
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kbfile  # noqa: E402
from wordnet import read_index  # noqa: E402

BELIEF = {"00683298", "00689362", "00631755"}
DOUBT = {"00687313", "00684663"}


def verbs_of(synsets, index, irregular):
    """Lemmas whose first sense is in `synsets`, and their irregular forms, sorted."""
    lemmas = {lemma for lemma, offsets in index.items() if offsets and offsets[0] in synsets}
    forms = {form for form, lemma in irregular if lemma in lemmas}
    return sorted(lemmas | forms)


def main(out_path, folder="/usr/share/wordnet"):
    index = read_index(os.path.join(folder, "index.verb"))
    with open(os.path.join(folder, "verb.exc"), encoding="latin-1") as f:
        irregular = [tuple(line.split()[:2]) for line in f if len(line.split()) >= 2]
    irregular = [(form, lemma) for form, lemma in irregular if form.isalpha()]
    belief, doubt = verbs_of(BELIEF, index, irregular), verbs_of(DOUBT, index, irregular)
    kbfile.write(
        out_path,
        "WordNet 3.0 (Princeton University; Debian package wordnet-base): verbs of belief and doubt",
        f"{len(belief)} belief verbs, {len(doubt)} doubt verbs",
        lexicon={"lists": {"beliefVerbs": belief, "doubtVerbs": doubt}},
    )


if __name__ == "__main__":
    main(*sys.argv[1:])
