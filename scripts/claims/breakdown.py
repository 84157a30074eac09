#!/usr/bin/env python3
"""Where the claim scorer loses gold coreferent pairs on ECB+ dev (per-topic bundles).

Reads the dev pair dump of `crosscheck-train-features` (candidate claim pairs with their
feature vectors and each document's story), the gold spans of `pseudo_docs.py --full`, the
scorer's weights file, and the reports `scripts/eval-external --only ecb-topic` wrote (one per
topic, whose claims are the dump's claims: the same extractor on the same text). Each gold
coreferent pair of event mentions in different documents lands in the first bucket that holds:

  found      both mentions' claims are in one cluster of the report;
  no claim   (a) a mention lies in no claim;
  story      both claims exist but their documents are in different stories (never linked);
  candidate  (b) the claim pair was never a candidate (no shared blocking key);
  threshold  (c) scored, but under the decision threshold (or the unrelated-pair threshold);
  cluster    (d) scored over the threshold, but the clustering (vetoes, average link) kept them apart.

The same buckets are printed for the pairs of claim units the shared scorer counts (claims
holding a gold mention, pairs whose chains meet): the claim-pair recall of eval-external.

usage: breakdown.py DOCS.json PAIRS.ndjson GOLD.json WEIGHTS.json RUNS_DIR
"""
import collections
import json
import math
import os
import sys


def smallest(claims, g):
    best = None
    for k, (doc, s, e) in enumerate(claims):
        if doc == g["doc"] and s <= g["start"] and g["end"] <= e and (best is None or e - s < claims[best][2] - claims[best][1]):
            best = k
    return best


def main():
    docs_path, pairs_path, gold_path, weights_path, runs = sys.argv[1:6]
    order_of = {b["id"]: [d["id"] for d in b["docs"]] for b in json.load(open(docs_path, encoding="utf-8"))["bundles"]}
    gold = json.load(open(gold_path, encoding="utf-8"))
    table = json.load(open(weights_path, encoding="utf-8"))["lexicon"]["numbers"]["claimScorer"]
    mention = collections.Counter()
    unit = collections.Counter()
    for line in open(pairs_path, encoding="utf-8"):
        bundle = json.loads(line)
        names = bundle["features"]
        idx = {n: k for k, n in enumerate(names)}
        claims = [(doc, int(s), int(e)) for doc, s, e in bundle["claims"]]
        story_of = dict(zip(order_of[bundle["id"]], bundle["stories"]))
        report = os.path.join(runs, bundle["id"], "report.json")
        cluster = {}
        if os.path.exists(report):
            rep = json.load(open(report, encoding="utf-8"))
            cl_of = {cid: cl["id"] for cl in rep["clusters"] for cid in cl["claims"]}
            for c in rep["claims"]:
                cluster[(c["doc"].split("/")[-1], c["start"], c["end"])] = cl_of.get(c["id"], "solo:" + c["id"])
        verdict = {}
        for p in bundle["pairs"]:
            a, b, x = int(p[0]), int(p[1]), p[2:]
            z = table["bias"] + sum(table.get(n, 0.0) * v for n, v in zip(names, x))
            prob = 1 / (1 + math.exp(-z))
            trigger = x[idx["noTriggerMatch"]] == 0 and x[idx["eventlessPredicate"]] == 0
            # A learned trigger pair of at least TriggerPairs.related (1.0) is an event relation too.
            trigger = trigger or ("triggerPair" in idx and x[idx["triggerPair"]] >= 1.0)
            related = trigger or x[idx["sentenceCosine"]] >= table.get("relationCosine", 2) or x[idx["subjectJaccard"]] > 0
            need = table["threshold"] if related else max(table["threshold"], table.get("unrelatedThreshold", 2))
            verdict[(min(a, b), max(a, b))] = "cluster" if prob >= need else "threshold"

        def bucket(a, b):
            if a is None or b is None:
                return "no claim"
            ka, kb = claims[a], claims[b]
            if cluster and cluster.get(ka) is not None and cluster.get(ka) == cluster.get(kb):
                return "found"
            if story_of and story_of.get(ka[0]) != story_of.get(kb[0]):
                return "story"
            return verdict.get((min(a, b), max(a, b)), "candidate")

        gs = [g for g in gold.get(bundle["id"], [])]
        where = [smallest(claims, g) for g in gs]
        for x in range(len(gs)):
            for y in range(x):
                if gs[x]["chain"] and gs[x]["chain"] == gs[y]["chain"] and gs[x]["doc"] != gs[y]["doc"]:
                    mention[bucket(where[x], where[y])] += 1
        chains = collections.defaultdict(set)
        for g, k in zip(gs, where):
            if k is not None:
                chains[k]
                if g["chain"]:
                    chains[k].add(g["chain"])
        units = sorted(chains)
        for x in range(len(units)):
            for y in range(x):
                a, b = units[x], units[y]
                if claims[a][0] != claims[b][0] and chains[a] & chains[b]:
                    unit[bucket(a, b)] += 1
    order = ["found", "no claim", "story", "candidate", "threshold", "cluster"]
    for title, counts in (("gold coreferent mention pairs", mention), ("gold coreferent claim-unit pairs", unit)):
        total = sum(counts.values())
        print(f"{title}: {total}")
        for k in order:
            print(f"  {k:10s} {counts[k]:6d}  {100 * counts[k] / total if total else 0:5.1f} %")


if __name__ == "__main__":
    main()
