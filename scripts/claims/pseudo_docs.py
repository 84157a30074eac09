#!/usr/bin/env python3
"""Builds pseudo-documents from ECB+ gold mention files for the claim scorer.

Each document is rebuilt from the `full_sentence`s of its gold event and entity mentions (one
paragraph per sentence, in sentence order, detokenized by the shared scorer's own
`detokenize`), and each gold event mention gets its character span in that text. Bundles are
ECB+ topics (both sub-topics in one bundle, as `scripts/eval-external --bundle topic` runs).

With --full (the dev split, whose article text is in `dev_text.txt`), documents are the whole
articles exactly as `scripts/eval-external` feeds them, and mentions are placed as it places them:
for tuning the threshold on dev.

With --meantime (MEANTIME TRAIN, whose article text is in `train_text.txt`), documents are the
whole Wikinews articles, one bundle per topic (as `scripts/eval-external` runs MEANTIME), placed
the same way: stories of many events each, whose claims about different events of one story
are the negatives ECB+ (one event per sub-topic) has few of.

With --mentions OUT_MENTIONS.json (after the other arguments) it also writes every gold event and
entity mention, placed the same way: {doc: [{"kind", "sentence", "start", "end", "chain", "type"}]}
(for the participant model's distant labels, `scripts/train-participant-model`).

usage: pseudo_docs.py [--full | --meantime] DATA_DIR SPLIT SCORER_PY OUT_DOCS.json OUT_GOLD.json [--mentions OUT.json]
"""
import collections
import importlib.util
import json
import sys
import types


def mention_record(m, sentence, start, end):
    """One gold mention of the --mentions output."""
    return {"kind": m["event_entity"], "sentence": sentence, "start": start, "end": end, "chain": m["coref_chain"],
            "type": m["mention_type"]}


def full_articles(ext, data, split, corpus="ecb", mentions=None):
    """Bundles and gold spans of the whole articles, placed as the shared scorer places them."""
    args = types.SimpleNamespace(data=data, split=split)
    docs, entities, events = ext.load_corpus(args, corpus)
    topic_of = {m["doc_id"]: m["topic"] for m in events} if corpus == "meantime" else {}
    bundle_of = (lambda doc: topic_of.get(doc, "all")) if corpus == "meantime" else (lambda doc: doc.split("_")[0])
    chain_count = collections.Counter(m["coref_chain"] for m in events)
    bundles, gold, offsets = collections.defaultdict(list), collections.defaultdict(list), {}
    for doc, sents in docs.items():
        text, offsets[doc] = ext.detokenize(sents)
        bundles[bundle_of(doc)].append({"id": doc[:-4] if doc.endswith(".xml") else doc, "text": text})
    for m in events:
        if m["doc_id"] not in docs:
            continue
        sid, idx, _ = ext.mention_tokens(m, docs[m["doc_id"]])
        if not idx:
            continue
        row = offsets[m["doc_id"]][sid]
        chain = m["coref_chain"]
        if chain.startswith("Singleton") or chain_count[chain] < 2:
            chain = None
        name = m["doc_id"][:-4] if m["doc_id"].endswith(".xml") else m["doc_id"]
        gold[bundle_of(m["doc_id"])].append({"doc": name, "start": row[min(idx)][0], "end": row[max(idx)][1], "chain": chain})
    if mentions is not None:
        for m in events + entities:
            if m["doc_id"] not in docs:
                continue
            sid, idx, _ = ext.mention_tokens(m, docs[m["doc_id"]])
            if idx:
                row = offsets[m["doc_id"]][sid]
                name = m["doc_id"][:-4] if m["doc_id"].endswith(".xml") else m["doc_id"]
                mentions.setdefault(name, []).append(mention_record(m, sid, row[min(idx)][0], row[max(idx)][1]))
    return bundles, gold


def main():
    args = sys.argv[1:]
    out_mentions = None
    if "--mentions" in args:
        at = args.index("--mentions")
        out_mentions = args[at + 1]
        del args[at:at + 2]
    full = args[0] in ("--full", "--meantime")
    corpus = "meantime" if args[0] == "--meantime" else "ecb"
    data, split, scorer, out_docs, out_gold = args[1:6] if full else args[0:5]
    mentions = {} if out_mentions else None
    spec = importlib.util.spec_from_file_location("external_eval", scorer)
    ext = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ext)
    if full:
        bundles, gold = full_articles(ext, data, split, corpus, mentions)
        topics = sorted(bundles, key=lambda t: (int(t), t) if t.isdigit() else (0, t))
        json.dump({"bundles": [{"id": t, "docs": bundles[t]} for t in topics]}, open(out_docs, "w"), sort_keys=True)
        json.dump({t: gold[t] for t in topics}, open(out_gold, "w"), sort_keys=True)
        if out_mentions:
            json.dump(mentions, open(out_mentions, "w"), sort_keys=True)
        return
    events = json.load(open(f"{data}/ecbplus/{split}_event_gold_mentions.json", encoding="utf-8"))
    entities = json.load(open(f"{data}/ecbplus/{split}_entity_gold_mentions.json", encoding="utf-8"))
    sentences = collections.defaultdict(dict)
    for m in events + entities:
        sentences[m["doc_id"]].setdefault(int(m["sent_id"]), m["full_sentence"].split())
    chain_count = collections.Counter(m["coref_chain"] for m in events)
    bundles = collections.defaultdict(list)
    gold = collections.defaultdict(list)
    skipped = 0
    for doc in sorted(sentences, key=lambda d: (int(d.split("_")[0]), d)):
        order = sorted(sentences[doc])
        text, offs = ext.detokenize([sentences[doc][s] for s in order])
        row_of = {s: i for i, s in enumerate(order)}
        name = doc[:-4] if doc.endswith(".xml") else doc
        topic = doc.split("_")[0]
        bundles[topic].append({"id": name, "text": text})
        for m in events + (entities if mentions is not None else []):
            if m["doc_id"] != doc:
                continue
            toks = sentences[doc][int(m["sent_id"])]
            first = len(m["left_sentence"].split())
            n = len(m["tokens_str"].split())
            if toks[first:first + n] != m["tokens_str"].split():
                skipped += m["event_entity"] == "event"
                continue
            row = offs[row_of[int(m["sent_id"])]]
            if mentions is not None:
                mentions.setdefault(name, []).append(mention_record(m, int(m["sent_id"]), row[first][0], row[first + n - 1][1]))
            if m["event_entity"] != "event":
                continue
            chain = m["coref_chain"]
            if chain.startswith("Singleton") or chain_count[chain] < 2:
                chain = None
            gold[topic].append({"doc": name, "start": row[first][0], "end": row[first + n - 1][1], "chain": chain})
    topics = sorted(bundles, key=int)
    json.dump({"bundles": [{"id": t, "docs": bundles[t]} for t in topics]}, open(out_docs, "w"), sort_keys=True)
    json.dump({t: gold[t] for t in topics}, open(out_gold, "w"), sort_keys=True)
    if out_mentions:
        json.dump(mentions, open(out_mentions, "w"), sort_keys=True)
    print(f"pseudo_docs: {split}: {len(topics)} topics, {len(sentences)} documents, "
          f"{sum(len(g) for g in gold.values())} event mentions ({skipped} not located)", file=sys.stderr)


if __name__ == "__main__":
    main()
