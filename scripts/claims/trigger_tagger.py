#!/usr/bin/env python3
"""Trains the matcher's event-trigger tagger and measures it (see scripts/train-trigger-tagger).

Rows come from `crosscheck-trigger-features` (one per word token of each document, with the
features the Swift claim extractor computes at run time). A token is a trigger when it lies inside
a gold event mention of its sentence (function words inside a mention, "checked *into*", are left
out of training and scoring). Only sentences holding at least one gold event mention are used:
ECB+ annotates events in those sentences only.

  fit ROWS.ndjson GOLD.json [ROWS GOLD…] THRESHOLD OUT.json
                                                 averaged perceptron, fixed epochs and order
  eval MODEL.json ROWS.ndjson GOLD.json          token P/R/F1 of the tagger (per threshold), of
                                                 the rule triggers and of the extractor's triggers

Deterministic: rows in file order, no randomness, weights rounded; the same dump gives the same
bytes. Only TRAIN data is fitted; DEV only measures and tunes the threshold; test splits never.
"""
import json
import sys

import perceptron

EPOCHS = 8
MIN_COUNT = 2
FORMAT = "crosscheck-trigger-tagger/1"
FUNCTION_WORDS = {"to", "into", "in", "out", "of", "the", "a", "an", "up", "down", "off", "on", "and", "for", "at", "by", "with"}


def load(rows_path, gold_path):
    """[(features, label or None, key)] for tokens of sentences with a gold event mention."""
    gold = json.load(open(gold_path, encoding="utf-8"))
    spans = {}
    for mentions in gold.values():
        for m in mentions:
            spans.setdefault(m["doc"], []).append((m["start"], m["end"]))
    out, rules, tagged = [], set(), set()
    with open(rows_path, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            mine = spans.get(doc["doc"], [])
            by_sentence = {}
            for sentence, start, end, features in doc["rows"]:
                by_sentence.setdefault(sentence, []).append((start, end, features))
            for toks in by_sentence.values():
                inside = [any(s <= a and b <= e for s, e in mine) for a, b, _ in toks]
                if not any(inside):
                    continue
                for (start, end, features), positive in zip(toks, inside):
                    word = next((x[2:] for x in features if x.startswith("w=")), "")
                    label = None if positive and word in FUNCTION_WORDS else positive
                    out.append((features, label, (doc["doc"], start, end)))
            rules.update((doc["doc"], a, b) for a, b, _, _ in doc["rules"])
            tagged.update((doc["doc"], a, b) for a, b, _, _ in doc["tagged"])
    return out, rules, tagged


def fit(rows):
    """Averaged binary perceptron over the rows, EPOCHS passes in file order (perceptron.py)."""
    return perceptron.fit([(features, label) for features, label, _ in rows], EPOCHS, MIN_COUNT)


def prf(tp, predicted, gold):
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return p * 100, r * 100, (2 * p * r / (p + r) * 100 if p + r else 0.0)


def report(name, predicted_keys, rows):
    scored = [(key, label) for _, label, key in rows if label is not None]
    gold = sum(1 for _, label in scored if label)
    predicted = sum(1 for key, _ in scored if key in predicted_keys)
    tp = sum(1 for key, label in scored if label and key in predicted_keys)
    p, r, f = prf(tp, predicted, gold)
    print(f"{name:<34} P {p:5.1f}  R {r:5.1f}  F1 {f:5.1f}   ({tp}/{predicted}/{gold})")


def main():
    command = sys.argv[1]
    if command == "fit":
        pairs, threshold, out_path = sys.argv[2:-2], sys.argv[-2], sys.argv[-1]
        rows = []
        for rows_path, gold_path in zip(pairs[::2], pairs[1::2]):
            rows += load(rows_path, gold_path)[0]
        weights = fit(rows)
        source = (
            f"scripts/train-trigger-tagger: averaged perceptron, {EPOCHS} epochs, features seen >= {MIN_COUNT} "
            f"times, trained on the ECB+ train gold event mentions ({sum(1 for r in rows if r[1])} trigger tokens, "
            f"{sum(1 for r in rows if r[1] is False)} other tokens); threshold tuned on ECB+ dev"
        )
        perceptron.write(out_path, FORMAT, source, threshold, weights)
        print(f"trigger_tagger: wrote {out_path}: {len(weights)} weights", file=sys.stderr)
    elif command == "eval":
        model_path, rows_path, gold_path = sys.argv[2:5]
        model = json.load(open(model_path, encoding="utf-8"))
        rows, rules, tagged = load(rows_path, gold_path)
        weights = model["weights"]
        scores = {key: sum(weights.get(x, 0.0) for x in features) for features, _, key in rows}
        for t in (-2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0):
            mark = " (model)" if t == model["threshold"] else ""
            report(f"tagger, threshold {t}{mark}", {k for k, s in scores.items() if s > t}, rows)
        report("rule triggers (one per claim)", rules, rows)
        if tagged:
            report("extractor triggers with the tagger", tagged, rows)
    else:
        sys.exit(f"trigger_tagger: unknown command {command}")


if __name__ == "__main__":
    main()
