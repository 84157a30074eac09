#!/usr/bin/env python3
"""Learns which two different trigger lemmas name one event, from ECB+ TRAIN's gold chains.

Reads the claims that `crosscheck-train-features` dumps for ECB+ train (their trigger lemmas, as
the matcher computes them) and the gold event mentions placed in them (scripts/claims/pseudo_docs.py).
A claim's chains are those of the gold mentions it is the smallest claim holding (as the shared
scorer labels claims; singleton chains left out). Every pair of claims in different documents of
one sub-topic (the `ecb` or the `ecbplus` half of a topic: one story) whose trigger lemmas differ
and neither is eventless counts once for its lemma pair: coreferent when their chains meet.
Written per lemma pair "a|b" (sort order): the smoothed log-odds of being coreferent minus the
log-odds of all such pairs (`SMOOTHING` pseudo-pairs at that prior), kept when the pair was
seen at least `MIN_PAIRS` times and the value is at least `MIN_VALUE` (only pairs likelier
than average to corefer: negative values did not carry over to held-out topics), rounded to 2
decimals (Swift: MatcherKit/TriggerPairs.swift). The dev and test splits are never read.
Deterministic: the same dump gives the same file byte for byte.

usage: trigger_pairs.py PAIRS.ndjson GOLD.json OUT.json
"""
import collections
import json
import math
import sys

SMOOTHING = 2.0
MIN_PAIRS = 2
MIN_VALUE = 0.25


def claim_chains(claims, mentions):
    """Claim index -> the gold chains of the mentions it is the smallest claim holding, for the
    claims holding any gold mention (a set, empty for singleton mentions only)."""
    chains = {}
    for g in mentions:
        best = None
        for k, (doc, s, e) in enumerate(claims):
            if doc == g["doc"] and s <= g["start"] and g["end"] <= e and (best is None or e - s < claims[best][2] - claims[best][1]):
                best = k
        if best is not None:
            chains.setdefault(best, set())
            if g["chain"]:
                chains[best].add(g["chain"])
    return chains


def counts(pairs_path, gold_path):
    """Bundle id -> {"a|b": [coreferent, not]} over the pairs of claims of one sub-topic."""
    gold = json.load(open(gold_path, encoding="utf-8"))
    out = {}
    for line in open(pairs_path, encoding="utf-8"):
        bundle = json.loads(line)
        claims = [(doc, int(s), int(e)) for doc, s, e in bundle["claims"]]
        triggers = bundle["triggers"]
        chains = claim_chains(claims, gold.get(bundle["id"], []))
        table = collections.defaultdict(lambda: [0, 0])
        labelled = sorted(k for k in chains if triggers[k])
        for n, a in enumerate(labelled):
            for b in labelled[n + 1:]:
                da, db = claims[a][0], claims[b][0]
                if da == db or ("plus" in da) != ("plus" in db) or triggers[a] == triggers[b]:
                    continue
                key = "|".join(sorted((triggers[a], triggers[b])))
                table[key][0 if chains[a] & chains[b] else 1] += 1
        out[bundle["id"]] = dict(table)
    return out


def values(per_bundle, leave_out=None):
    """"a|b" -> smoothed log-odds ratio, from every bundle but `leave_out`."""
    total = collections.defaultdict(lambda: [0, 0])
    for bundle_id in sorted(per_bundle):
        if bundle_id == leave_out:
            continue
        for key, (pos, neg) in per_bundle[bundle_id].items():
            total[key][0] += pos
            total[key][1] += neg
    positives = sum(p for p, _ in total.values())
    negatives = sum(n for _, n in total.values())
    if not positives or not negatives:
        return {}
    prior = positives / (positives + negatives)
    base = math.log(prior / (1 - prior))
    out = {}
    for key in sorted(total):
        pos, neg = total[key]
        if pos + neg < MIN_PAIRS:
            continue
        value = math.log((pos + SMOOTHING * prior) / (neg + SMOOTHING * (1 - prior))) - base
        if value >= MIN_VALUE:
            out[key] = round(value, 2)
    return out


def main():
    pairs, gold, out = sys.argv[1:4]
    per_bundle = counts(pairs, gold)
    table = values(per_bundle)
    doc = {
        "format": "crosscheck-knowledge/1",
        "source": "learned by scripts/claims/trigger_pairs.py (run by scripts/train-claim-scorer): smoothed log-odds that two "
                  "event mentions of one ECB+ train sub-topic with these different trigger lemmas are in one gold chain, "
                  "against all such pairs",
        "lexicon": {"numbers": {"triggerPairs": table}},
    }
    with open(out, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1, sort_keys=True)
        f.write("\n")
    strong = sum(1 for v in table.values() if v >= 1.0)
    print(f"trigger_pairs: {len(table)} lemma pairs ({strong} at 1.0 or more)", file=sys.stderr)


if __name__ == "__main__":
    main()
