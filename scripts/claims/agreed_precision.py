#!/usr/bin/env python3
"""Precision of the `agreed` verdict on real news (ECB+ dev per topic, MEANTIME dev).

An `agreed` cluster says two or more documents make one claim. Gold event coreference tells
whether they do: each gold event mention maps, as the shared scorer maps it
(../shared/tools/external_eval.py), to the smallest Crosscheck claim whose span contains it, and
a claim holds the gold chains of its mentions (chains with one mention in the corpus dropped).
Over an agreed cluster's member pairs from different documents that both hold gold event
mentions: the cluster is true when one such pair shares a gold chain, false when there are such
pairs and none shares one, and unjudgeable when there is no such pair. `related` clusters
(issue 9: sources on one matter, no source pair making the same claim) are counted the same way,
to show what the agreed verdict gave up.

Reads the reports of the last `scripts/eval-external` run; prints one row per pass and status.

usage: agreed_precision.py EXTERNAL_DIR [--data DIR] [--tool external_eval.py] [--list]
"""
import argparse
import collections
import importlib.util
import itertools
import json
import os

PASSES = {"ecb-topic": "ecb", "meantime": "meantime"}
STATUSES = ("agreed", "related")


def load_tool(path):
    spec = importlib.util.spec_from_file_location("external_eval", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_claim_spans(tool, data, corpus):
    """doc name -> [(start, end, chain or None)] of the dev split's gold event mentions."""
    args = argparse.Namespace(data=data, split="dev")
    docs, _, evs = tool.load_corpus(args, corpus)
    offsets = {d: tool.detokenize(sents)[1] for d, sents in docs.items()}
    chains = collections.Counter(m["coref_chain"] for m in evs if m["doc_id"] in docs)
    out = collections.defaultdict(list)
    for m in evs:
        if m["doc_id"] not in docs:
            continue
        sid, idx, _ = tool.mention_tokens(m, docs[m["doc_id"]])
        if not idx:
            continue
        row = offsets[m["doc_id"]][sid]
        chain = m["coref_chain"]
        keep = not chain.startswith("Singleton") and chains[chain] >= 2
        name = m["doc_id"][:-4] if m["doc_id"].endswith(".xml") else m["doc_id"]
        out[name].append((row[min(idx)][0], row[max(idx)][1], chain if keep else None))
    return out


def claim_gold(report, gold):
    """claim id -> set of gold chains (empty set: holds only unchained gold mentions); claims
    holding no gold mention are left out."""
    by_doc = collections.defaultdict(list)
    for c in report["claims"]:
        by_doc[c["doc"].split("/")[-1]].append(c)
    out = {}
    for doc, claims in by_doc.items():
        for start, end, chain in gold.get(doc, ()):
            inside = [c for c in claims if c["start"] <= start and end <= c["end"]]
            if not inside:
                continue
            best = min(inside, key=lambda c: c["end"] - c["start"])
            out.setdefault(best["id"], set())
            if chain:
                out[best["id"]].add(chain)
    return out


def judge(cluster, claims, held):
    """'true', 'false' or None (unjudgeable)."""
    members = [cid for cid in cluster["claims"] if cid in held]
    pairs = [(a, b) for a, b in itertools.combinations(members, 2) if claims[a]["doc"] != claims[b]["doc"]]
    if not pairs:
        return None
    return "true" if any(held[a] & held[b] for a, b in pairs) else "false"


def reports(pass_dir):
    runs = os.path.join(pass_dir, "runs")
    for corpus in sorted(os.listdir(runs)) if os.path.isdir(runs) else []:
        folder = os.path.join(runs, corpus)
        for bundle in sorted(os.listdir(folder), key=lambda t: (len(t), t)):
            path = os.path.join(folder, bundle, "report.json")
            if os.path.exists(path):
                yield bundle, path


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("external", help="scripts/eval-external's output folder (.build/external)")
    parser.add_argument("--data", default=os.path.join(here, "../../../shared/data"))
    parser.add_argument("--tool", default=os.path.join(here, "../../../shared/tools/external_eval.py"))
    parser.add_argument("--list", action="store_true", help="print every false agreed cluster's judged claims")
    args = parser.parse_args()
    tool = load_tool(args.tool)
    print("agreed precision against gold event chains (cross-document member pairs holding gold events):")
    print(f"  {'pass':<12}{'status':<9}{'clusters':>9}{'true':>6}{'false':>7}{'unjudgeable':>13}  precision")
    for name, corpus in PASSES.items():
        pass_dir = os.path.join(args.external, name)
        if not os.path.isdir(os.path.join(pass_dir, "runs")):
            continue
        gold = gold_claim_spans(tool, args.data, corpus)
        counts = {s: collections.Counter() for s in STATUSES}
        listed = []
        for bundle, path in reports(pass_dir):
            with open(path, encoding="utf-8") as f:
                report = json.load(f)
            claims = {c["id"]: c for c in report["claims"]}
            held = claim_gold(report, gold)
            for cluster in report["clusters"]:
                if cluster["status"] not in STATUSES:
                    continue
                verdict = judge(cluster, claims, held)
                counts[cluster["status"]][verdict] += 1
                if verdict == "false" and cluster["status"] == "agreed":
                    listed.append((bundle, cluster, claims, held))
        for status in STATUSES:
            t, f, u = counts[status]["true"], counts[status]["false"], counts[status][None]
            precision = f"{t / (t + f):.3f}" if t + f else "-"
            print(f"  {name:<12}{status:<9}{t + f + u:>9}{t:>6}{f:>7}{u:>13}  {precision}")
        if args.list:
            for bundle, cluster, claims, held in listed:
                print(f"    [false] {bundle} {cluster['id']}: {cluster['label'][:100]}")
                for cid in cluster["claims"]:
                    if cid in held:
                        c = claims[cid]
                        print(f"        {c['doc']} {sorted(held[cid]) or '-'}: {c['text'][:110]}")


if __name__ == "__main__":
    main()
