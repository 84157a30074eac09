#!/usr/bin/env python3
"""Trains the claim extractor's participant model and measures it (see scripts/train-participant-model).

Rows come from `crosscheck-trigger-features` ("participants": every entity mention of each claim's
clause, with the features the Swift extractor computes at run time for it and the claim's trigger).
Labels are distant, from the ECB+ gold mentions (`pseudo_docs.py --mentions`): a row counts when its
trigger overlaps a gold event mention whose coreference chain spans two or more documents; the
candidate is a participant when it overlaps a gold entity mention of that sentence whose chain also
shares a sentence with the same event chain in ANOTHER document, and not one otherwise (an entity
the annotators did not mark, or one that stands beside the event in this article only).

  fit ROWS.ndjson MENTIONS.json THRESHOLD OUT.json   averaged perceptron, fixed epochs and order
  eval MODEL.json ROWS.ndjson MENTIONS.json          P/R/F1 of the model (per threshold) and of the
                                                     rules (the extractor's subject or object)

Deterministic: rows in file order, no randomness, weights rounded; the same dump gives the same
bytes. Only TRAIN data is fitted; DEV only measures and tunes the threshold; test splits never.
"""
import collections
import json
import sys

import perceptron

EPOCHS = 10
MIN_COUNT = 2
FORMAT = "crosscheck-participant-model/1"


def distant_pairs(mentions):
    """{(event chain, entity chain): {docs where they share a sentence}} and event chain → docs."""
    together = collections.defaultdict(set)
    event_docs = collections.defaultdict(set)
    for doc, ms in mentions.items():
        by_sentence = collections.defaultdict(list)
        for m in ms:
            by_sentence[m["sentence"]].append(m)
        for group in by_sentence.values():
            for e in group:
                if e["kind"] != "event" or e["chain"].startswith("Singleton"):
                    continue
                event_docs[e["chain"]].add(doc)
                for x in group:
                    if x["kind"] == "entity" and not x["chain"].startswith("Singleton"):
                        together[(e["chain"], x["chain"])].add(doc)
    return together, event_docs


def overlaps(m, start, end):
    return m["start"] < end and start < m["end"]


def load(rows_path, mentions_path):
    """[(features, label)] for the rows whose trigger is a gold event told by two or more documents."""
    mentions = json.load(open(mentions_path, encoding="utf-8"))
    together, event_docs = distant_pairs(mentions)
    out = []
    with open(rows_path, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            ms = mentions.get(doc["doc"], [])
            for _, t_start, t_end, start, end, features in doc["participants"]:
                event = next((m for m in ms if m["kind"] == "event" and overlaps(m, t_start, t_end)), None)
                if event is None or len(event_docs.get(event["chain"], ())) < 2:
                    continue
                entity = next((m for m in ms if m["kind"] == "entity" and m["sentence"] == event["sentence"]
                               and overlaps(m, start, end)), None)
                positive = entity is not None and bool(together.get((event["chain"], entity["chain"]), set()) - {doc["doc"]})
                out.append((features, positive))
    return out


def fit(rows):
    """Averaged binary perceptron over the rows, EPOCHS passes in file order (perceptron.py)."""
    return perceptron.fit(rows, EPOCHS, MIN_COUNT)


def report(name, predicted, rows):
    gold = sum(1 for _, label in rows if label)
    tp = sum(1 for p, (_, label) in zip(predicted, rows) if p and label)
    n = sum(predicted)
    p = tp / n if n else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{name:<34} P {p * 100:5.1f}  R {r * 100:5.1f}  F1 {f * 100:5.1f}   ({tp}/{n}/{gold})")


def main():
    command = sys.argv[1]
    if command == "fit":
        rows_path, mentions_path, threshold, out_path = sys.argv[2:6]
        rows = load(rows_path, mentions_path)
        weights = fit(rows)
        source = (
            f"scripts/train-participant-model: averaged perceptron, {EPOCHS} epochs, features seen >= {MIN_COUNT} "
            f"times, trained on ECB+ train with distant labels ({sum(1 for r in rows if r[1])} participants, "
            f"{sum(1 for r in rows if not r[1])} other mentions); threshold tuned on ECB+ dev"
        )
        perceptron.write(out_path, FORMAT, source, threshold, weights)
        print(f"participant_model: wrote {out_path}: {len(weights)} weights from {len(rows)} rows", file=sys.stderr)
    elif command == "eval":
        model_path, rows_path, mentions_path = sys.argv[2:5]
        model = json.load(open(model_path, encoding="utf-8"))
        rows = load(rows_path, mentions_path)
        scores = [sum(model["weights"].get(x, 0.0) for x in features) for features, _ in rows]
        report("every candidate", [True] * len(rows), rows)
        report("rules (subject or object)", [("rule-subject" in f or "rule-object" in f) for f, _ in rows], rows)
        report("rules (subject)", [("rule-subject" in f) for f, _ in rows], rows)
        for t in (-2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0):
            mark = " (shipped)" if t == model["threshold"] else ""
            report(f"model > {t}{mark}", [s > t for s in scores], rows)
    else:
        sys.exit(f"participant_model: unknown command {command}")


if __name__ == "__main__":
    main()
