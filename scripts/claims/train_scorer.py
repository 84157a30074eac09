#!/usr/bin/env python3
"""Trains the learned claim-pair scorer (logistic regression) on dumped candidate pairs.

Labels follow the shared scorer (../shared/tools/external_eval.py): each gold event mention
belongs to the smallest claim whose span holds it; a claim's chains are those of its mentions
(singleton chains left out); a pair of claims in different documents is positive when their
chains meet. Pairs with a claim holding no gold mention are not scored there, so not used here.
Sources (ECB+ first): ECB+ train (pseudo-documents of its annotated sentences, one event per sub-topic) and
MEANTIME train (whole Wikinews articles, many events per story: the "another statement of the
same story" negatives our multi-statement bundles need).

Fitting is deterministic: Newton's method (IRLS) with an L2 penalty, a fixed number of
iterations, pure Python in a fixed order; weights are rounded to 4 decimals, so the output
file is the same byte for byte on every run.

usage: train_scorer.py fit THRESHOLD STORY_THRESHOLD RELATION_COSINE UNRELATED_THRESHOLD AVERAGE_THRESHOLD OUT.json
                        PAIRS.ndjson,GOLD.json[,DOCS.json] ...
       train_scorer.py sweep WEIGHTS.json PAIRS.ndjson GOLD.json   (pair P/R/F1 per threshold)
"""
import json
import math
import sys

import trigger_pairs

L2 = 1.0
# Features left out of the fit (their weight is 0): they tell stories apart, not events within
# one. The matcher links claims only within one story of documents (`DocumentStories`, by the
# documents' cosine), so within a story the documents' cosine says nothing about two claims;
# learned on ECB+ train, whose pseudo-documents hold only annotated sentences, documentCosine
# became the largest weight and joined every statement of one story: with it, our gold bundles'
# membership precision fell to 0.53 (ECB+ dev per topic F1 66.0).
NOT_LEARNED = ("documentCosine", "sameStory")
ITERATIONS = 25


def rows(pairs_path, gold_path, docs_path=None, relations=None):
    """Yields (features, label) for the labelled candidate pairs, with the feature names.

    Only pairs of documents the matcher put into one story are used (read from DOCS.json, the
    dump's input, whose document order the dump's `stories` follow): pairs in different stories
    are never linked, so they teach nothing. Pairs of the two ECB+ sub-topics of one topic (two
    events of one kind) in one story are negatives. Without DOCS.json, every pair of one
    sub-topic is used and pairs of two sub-topics are left out."""
    gold = json.load(open(gold_path, encoding="utf-8"))
    order = {}
    if docs_path:
        order = {b["id"]: [d["id"] for d in b["docs"]] for b in json.load(open(docs_path, encoding="utf-8"))["bundles"]}
    names, out = None, []
    for line in open(pairs_path, encoding="utf-8"):
        bundle = json.loads(line)
        names = bundle["features"]
        claims = [(doc, int(s), int(e)) for doc, s, e in bundle["claims"]]
        story = dict(zip(order.get(bundle["id"], []), bundle.get("stories", [])))
        chains = trigger_pairs.claim_chains(claims, gold.get(bundle["id"], []))
        relation = relations(bundle["id"]) if relations else None
        for p in bundle["pairs"]:
            a, b = int(p[0]), int(p[1])
            if a not in chains or b not in chains:
                continue
            if relation is not None:
                p = p[:2] + relabelled(p[2:], names, relation, bundle["triggers"][a], bundle["triggers"][b])
            # Pairs of documents in different stories are never linked: they teach nothing.
            if story and story.get(claims[a][0]) != story.get(claims[b][0]):
                continue
            # ECB+ "ecb" / "ecbplus" halves of a topic are two events: a negative when one
            # story holds both documents, else never compared by the matcher.
            if ("plus" in claims[a][0]) != ("plus" in claims[b][0]):
                da, db = claims[a][0], claims[b][0]
                if da in story and db in story and story[da] == story[db]:
                    out.append((p[2:], 0))
                continue
            out.append((p[2:], 1 if chains[a] & chains[b] else 0))
    return names, out


def relabelled(x, names, relation, a, b):
    """Feature vector `x` with the trigger-pair features read from `relation` for triggers a, b."""
    value = relation.get("|".join(sorted((a, b))), 0.0) if a and b and a != b else 0.0
    x = list(x)
    if "triggerPair" in names:
        x[names.index("triggerPair")] = value
    return x


def solve(m, v):
    """Solves m x = v by Gaussian elimination with partial pivoting."""
    n = len(v)
    a = [row[:] + [v[i]] for i, row in enumerate(m)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(a[r][c]))
        a[c], a[p] = a[p], a[c]
        for r in range(c + 1, n):
            f = a[r][c] / a[c][c]
            for k in range(c, n + 1):
                a[r][k] -= f * a[c][k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (a[r][n] - sum(a[r][k] * x[k] for k in range(r + 1, n))) / a[r][r]
    return x


def fit(data, width):
    """Weights (bias last) fitted with each class weighing as much in total as the other, so the
    bias does not learn the training split's share of coreferent pairs."""
    positives = sum(y for _, y in data)
    weight = {1: len(data) / (2 * positives), 0: len(data) / (2 * (len(data) - positives))}
    w = [0.0] * (width + 1)             # last entry: bias (not penalised)
    for _ in range(ITERATIONS):
        grad = [0.0] * (width + 1)
        hess = [[0.0] * (width + 1) for _ in range(width + 1)]
        for x, y in data:
            xb = list(x) + [1.0]
            z = sum(wi * xi for wi, xi in zip(w, xb))
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
            s = weight[y] * p * (1 - p)
            for i, xi in enumerate(xb):
                if xi == 0:
                    continue
                grad[i] += weight[y] * (p - y) * xi
                row = hess[i]
                for j, xj in enumerate(xb):
                    if xj != 0:
                        row[j] += s * xi * xj
        for i in range(width):
            grad[i] += L2 * w[i]
            hess[i][i] += L2
        hess[width][width] += 1e-9
        step = solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step)]
    return w


def probability(table, names, x):
    z = table["bias"] + sum(table.get(n, 0.0) * v for n, v in zip(names, x))
    return 1 / (1 + math.exp(-z))


def main():
    if sys.argv[1] == "fit":
        threshold, story, relation, unrelated, average, out = sys.argv[2:8]
        names, data, described = None, [], []
        # Each source: PAIRS.ndjson,GOLD.json[,DOCS.json] (the dump, its gold spans, its input).
        # The first source is ECB+ train, whose claims the trigger-pair table was counted from: its
        # pairs get the table learned without their own topic (leave one topic out).
        per_topic = trigger_pairs.counts(*sys.argv[8].split(",")[:2])
        for n, source in enumerate(sys.argv[8:]):
            shared = trigger_pairs.values(per_topic) if n else None
            relations = (lambda bundle_id: trigger_pairs.values(per_topic, bundle_id)) if n == 0 else (lambda _: shared)
            names, part = rows(*source.split(","), relations=relations)
            data += part
            described.append(f"{len(part)} ({sum(y for _, y in part)} coreferent)")
        drop = [names.index(n) for n in NOT_LEARNED if n in names]
        data = [([0.0 if k in drop else v for k, v in enumerate(x)], y) for x, y in data]
        w = fit(data, len(names))
        table = {n: round(v, 4) for n, v in zip(names, w)}
        table["bias"] = round(w[-1], 4)
        table["threshold"] = float(threshold)
        table["storyThreshold"] = float(story)
        table["relationCosine"] = float(relation)
        table["unrelatedThreshold"] = float(unrelated)
        table["averageThreshold"] = float(average)
        doc = {
            "format": "crosscheck-knowledge/1",
            "source": "learned by scripts/train-claim-scorer: logistic regression on gold event pairs of ECB+ train and MEANTIME "
                      f"train (candidate claim pairs: {' and '.join(described)}), thresholds tuned on ECB+ dev",
            "lexicon": {"numbers": {"claimScorer": table}},
        }
        with open(out, "w", encoding="utf-8") as f:
            json.dump(doc, f, indent=1, sort_keys=True)
            f.write("\n")
        print(f"train_scorer: {len(data)} pairs, {sum(y for _, y in data)} positive", file=sys.stderr)
        for n, v in sorted(table.items(), key=lambda kv: -abs(kv[1])):
            print(f"  {n:24s} {v:+.4f}", file=sys.stderr)
    else:
        weights, pairs, gold = sys.argv[2:5]
        table = json.load(open(weights))["lexicon"]["numbers"]["claimScorer"]
        names, data = rows(pairs, gold)
        scored = [(probability(table, names, x), y) for x, y in data]
        positives = sum(y for _, y in data)
        print(f"sweep: {len(data)} labelled candidate pairs, {positives} positive")
        for t in [i / 20 for i in range(2, 19)]:
            tp = sum(1 for p, y in scored if p >= t and y)
            pp = sum(1 for p, y in scored if p >= t)
            prec = tp / pp if pp else 0
            rec = tp / positives if positives else 0
            f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0
            print(f"  t={t:.2f}  P {100 * prec:5.1f}  R {100 * rec:5.1f}  F1 {100 * f1:5.1f}  ({tp}/{pp})")


if __name__ == "__main__":
    main()
