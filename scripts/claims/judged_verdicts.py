#!/usr/bin/env python3
"""Judged precision of Crosscheck's verdicts on real news (ECB+ and MEANTIME dev).

`eval/judged/verdicts.jsonl` holds hand judgements of the conflicts Crosscheck printed on the
development splits: one line per pair of rival claims (corpus, slot, and each claim's document
and character span), with `judgement` ("true": the sources or the actors they quote really
contradict each other on that slot; "false": they do not) and the `cause` of a false one.
Pairs, not clusters, are keyed, so a later run whose clusters gained or lost members still
matches: a conflict of a run is true when one of its cross-document pairs of rival claims is
judged true, false when all of them are judged false, and unjudged otherwise; a cluster is true
when one of its conflicts is, false when all are, unjudged otherwise.

Prints, per pass of `scripts/eval-external` (ecb-topic, ecb-subtopic, meantime) and per verdict
(conflicting, disputed, evolving): how many clusters, how many judged true and false, how many
unjudged, and the judged precision. `--list` also prints every false or unjudged verdict with its
claims, to extend the sample (dev splits only: never judge test documents).

usage: judged_verdicts.py EXTERNAL_DIR [--judged FILE] [--list]   (EXTERNAL_DIR e.g. .build/external)
"""
import argparse
import itertools
import json
import os
import sys

KINDS = ("conflicting", "disputed", "evolving")
PASSES = ("ecb-topic", "ecb-subtopic", "meantime")


def span(claim):
    return (claim["doc"], claim["start"], claim["end"])


def pair_key(corpus, slot, x, y):
    return (corpus, slot) + tuple(sorted([x, y]))


def load_judged(path):
    """(corpus, slot, span, span) -> (judgement, cause)."""
    judged = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
                a, b = r["a"], r["b"]
                key = pair_key(r["corpus"], r["slot"], (a["doc"], a["start"], a["end"]), (b["doc"], b["start"], b["end"]))
                if r["judgement"] not in ("true", "false"):
                    raise ValueError(f"judgement {r['judgement']!r} is neither true nor false")
            except (KeyError, ValueError, TypeError) as e:
                sys.exit(f"judged_verdicts: {path}:{n}: {e}")
            judged[key] = (r["judgement"], r.get("cause", ""))
    return judged


def judge_conflict(corpus, conflict, claims, judged):
    """'true', 'false' or None (unjudged), and the causes of the false pairs."""
    results, causes = [], set()
    for a, b in itertools.combinations(conflict["values"], 2):
        for x in a["claims"]:
            for y in b["claims"]:
                cx, cy = claims[x], claims[y]
                if cx["doc"] == cy["doc"]:
                    continue
                verdict = judged.get(pair_key(corpus, conflict["slot"], span(cx), span(cy)))
                results.append(verdict[0] if verdict else None)
                if verdict and verdict[0] == "false":
                    causes.add(verdict[1])
    if "true" in results:
        return "true", set()
    if results and all(r == "false" for r in results):
        return "false", causes
    return None, causes


def judge_cluster(corpus, cluster, claims, judged):
    verdicts = [judge_conflict(corpus, c, claims, judged) for c in cluster["conflicts"]]
    if any(v == "true" for v, _ in verdicts):
        return "true", set()
    causes = set().union(*(c for _, c in verdicts)) if verdicts else set()
    if verdicts and all(v == "false" for v, _ in verdicts):
        return "false", causes
    return None, causes


def reports(pass_dir):
    runs = os.path.join(pass_dir, "runs")
    if not os.path.isdir(runs):
        return
    for corpus in sorted(os.listdir(runs)):
        folder = os.path.join(runs, corpus)
        for bundle in sorted(os.listdir(folder), key=lambda t: (len(t), t)):
            path = os.path.join(folder, bundle, "report.json")
            if os.path.exists(path):
                yield corpus, bundle, path


def show(cluster, claims, verdict, causes, bundle):
    tag = verdict or "unjudged"
    print(f"  [{tag}] {bundle} {cluster['id']} {cluster['status']} ({', '.join(sorted(causes)) or '-'}): {cluster['label'][:90]}")
    for conflict in cluster["conflicts"]:
        for v in conflict["values"]:
            for cid in v["claims"]:
                c = claims[cid]
                print(f"      {conflict['slot']}={json.dumps(v['value'])} {c['doc']} {c['start']}-{c['end']} "
                      f"[{c['modality']}, {c['speaker'] or 'outlet'}]: {c['text'][:110]}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("external", help="scripts/eval-external's output folder (.build/external)")
    parser.add_argument("--judged", default=os.path.join(os.path.dirname(__file__), "../../eval/judged/verdicts.jsonl"))
    parser.add_argument("--list", action="store_true", help="print every false or unjudged verdict")
    args = parser.parse_args()
    judged = load_judged(args.judged)
    print(f"judged verdict precision ({len(judged)} judged claim pairs in {os.path.relpath(args.judged)}):")
    print(f"  {'pass':<13}{'verdict':<13}{'clusters':>9}{'true':>6}{'false':>7}{'unjudged':>10}  precision")
    for name in PASSES:
        counts = {k: [0, 0, 0] for k in KINDS}
        listed = []
        for corpus, bundle, path in reports(os.path.join(args.external, name)):
            with open(path, encoding="utf-8") as f:
                report = json.load(f)
            claims = {c["id"]: c for c in report["claims"]}
            for cluster in report["clusters"]:
                if cluster["status"] not in KINDS:
                    continue
                verdict, causes = judge_cluster(corpus, cluster, claims, judged)
                counts[cluster["status"]][{"true": 0, "false": 1, None: 2}[verdict]] += 1
                if verdict != "true":
                    listed.append((cluster, claims, verdict, causes, bundle))
        if not os.path.isdir(os.path.join(args.external, name, "runs")):
            continue
        for kind in KINDS:
            t, f, u = counts[kind]
            precision = f"{t / (t + f):.2f}" if t + f else "-"
            print(f"  {name:<13}{kind:<13}{t + f + u:>9}{t:>6}{f:>7}{u:>10}  {precision}")
        if args.list:
            for item in listed:
                show(*item)


if __name__ == "__main__":
    main()
