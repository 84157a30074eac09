#!/usr/bin/env python3
"""Trains the resolver's name typer and writes Shared/Knowledge/Data/models/name-typer.json.

An averaged perceptron over the words, shapes and context of a capitalised name, trained on the
gold entity mentions of the TRAIN splits of ECB+ and MEANTIME (../shared/data; never their test
splits). The dev splits only measure it (printed to stderr). Output is deterministic: the same
data gives the same bytes.

Labels: person, organization, place, product, other. MEANTIME types map one to one (FIN is
other); ECB+ HUM may be a person or an organisation and NON a product or other, so for those the
perceptron only learns when it predicts outside the allowed pair (toward the better of the two).

Usage: name_typer.py OUT.json [DATA_DIR]
"""
import json
import os
import re
import sys
import unicodedata

LABELS = ["person", "organization", "place", "product", "other"]
ALLOWED = {
    "meantime": {"PER": ["person"], "ORG": ["organization"], "LOC": ["place"], "PRO": ["product"], "FIN": ["other"]},
    "ecbplus": {"HUM": ["person", "organization"], "LOC": ["place"], "NON": ["product", "other"]},
}
CONNECTORS = {"of", "and", "&", "de", "del", "der", "van", "von", "la", "le", "du", "da", "al", "bin", "the", "for"}
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "his", "its", "their", "our"}
EPOCHS = 5
MIN_COUNT = 1


def fold(word):
    """Lowercase, marks stripped, periods dropped ("U.S." -> "us"), as the resolver's token keys."""
    decomposed = unicodedata.normalize("NFKD", word)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.lower().replace(".", "")


def words_of(text):
    """Word tokens as the resolver's tokenizer cuts them: letters and digits, inner apostrophes
    kept, a possessive 's dropped."""
    out = []
    for token in text.split():
        for word in re.findall(r"[^\W_]+(?:['’][^\W_]+)*(?:\.(?=[A-Z]))?", token):
            if word.lower() in ("'s", "’s", "s") and out:
                continue
            word = re.sub(r"['’][sS]$", "", word)
            if word:
                out.append(word)
    return out


def shape(word):
    """X (all caps), Xx (capitalised), x (lowercase), d (digits), Xd/xd/dx (mixed), iX (inner capital)."""
    letters = [c for c in word if c.isalpha()]
    digits = any(c.isdigit() for c in word)
    if not letters:
        return "d"
    if digits:
        return "Xd" if letters[0].isupper() else ("dx" if word[0].isdigit() else "xd")
    if all(c.isupper() for c in letters):
        return "X" if len(letters) > 1 else "X1"
    if letters[0].isupper():
        return "XxX" if any(c.isupper() for c in letters[1:]) else "Xx"
    return "iX" if any(c.isupper() for c in letters) else "x"


def features(words, previous, following):
    """The features of a name (its words) between two context words (None at the edges)."""
    keys = [fold(w) for w in words]
    feats = ["bias", "len=%d" % min(len(words), 4), "last=" + keys[-1], "suffix=" + keys[-1][-3:],
             "suffix2=" + keys[-1][-2:], "shapes=" + " ".join(shape(w) for w in words),
             "lastshape=" + shape(words[-1]), "firstshape=" + shape(words[0])]
    feats += ["word=" + key for key in keys]
    feats.append("prev=" + (fold(previous) if previous else "<s>"))
    feats.append("next=" + (fold(following) if following else "</s>"))
    return sorted(set(feats))


def is_capitalised(word):
    return word[:1].isupper() or (word[:1].isdigit() and any(c.isalpha() for c in word))


def name_span(words):
    """(start, end) of the last run of capitalised words (connectors inside), or None."""
    best = None
    index = 0
    while index < len(words):
        if not is_capitalised(words[index]):
            index += 1
            continue
        end = index + 1
        while end < len(words):
            if is_capitalised(words[end]):
                end += 1
            elif fold(words[end]) in CONNECTORS and end + 1 < len(words) and is_capitalised(words[end + 1]):
                end += 2
            else:
                break
        best = (index, end)
        index = end
    return best


def examples(path, corpus):
    allowed = ALLOWED[corpus]
    with open(path, encoding="utf-8") as handle:
        mentions = json.load(handle)
    mentions.sort(key=lambda m: (m["doc_id"], int(m["m_id"]) if str(m["m_id"]).isdigit() else 0, m["m_id"]))
    out = []
    for mention in mentions:
        labels = allowed.get(mention["mention_type"])
        if not labels or mention.get("is_pronoun"):
            continue
        text = re.split(r"\s[,(]\s|\s--\s", mention["tokens_str"])[0]
        words = words_of(text)
        if not words or " ".join(words).lower() in PRONOUNS:
            continue
        span = name_span(words)
        if span is None:
            continue
        start, end = span
        left = words_of(mention.get("left_sentence", ""))
        right = words_of(mention.get("right_sentence", ""))
        previous = words[start - 1] if start > 0 else (left[-1] if left else None)
        following = words[end] if end < len(words) else (right[0] if right else None)
        out.append((features(words[start:end], previous, following), labels))
    return out


def train(data):
    weights, totals, stamps = {}, {}, {}
    step = 0
    order = list(range(len(data)))
    seed = 12345
    for _ in range(EPOCHS):
        # A fixed linear congruential shuffle: the same order on every machine and Python.
        for i in range(len(order) - 1, 0, -1):
            seed = (seed * 1103515245 + 12345) % 2147483648
            j = seed % (i + 1)
            order[i], order[j] = order[j], order[i]
        for index in order:
            feats, allowed = data[index]
            step += 1
            scores = score(weights, feats)
            guess = max(range(len(LABELS)), key=lambda k: (scores[k], -k))
            if LABELS[guess] in allowed:
                continue
            truth = max((LABELS.index(a) for a in allowed), key=lambda k: (scores[k], -k))
            for feat in feats:
                for label, delta in ((truth, 1.0), (guess, -1.0)):
                    key = (feat, label)
                    totals[key] = totals.get(key, 0.0) + (step - stamps.get(key, 0)) * weights.get(key, 0.0)
                    stamps[key] = step
                    weights[key] = weights.get(key, 0.0) + delta
    averaged = {}
    for key, weight in weights.items():
        total = totals.get(key, 0.0) + (step - stamps.get(key, 0)) * weight
        averaged[key] = total / step
    return averaged


def score(weights, feats):
    scores = [0.0] * len(LABELS)
    for feat in feats:
        for k in range(len(LABELS)):
            scores[k] += weights.get((feat, k), 0.0)
    return scores


def accuracy(weights, data):
    right = sum(1 for feats, allowed in data
                if LABELS[max(range(len(LABELS)), key=lambda k: (score(weights, feats)[k], -k))] in allowed)
    return right / len(data) if data else 0.0


def main(out_path, data_dir):
    train_data, dev_data = [], []
    for corpus in ("ecbplus", "meantime"):
        train_data += examples(os.path.join(data_dir, corpus, "train_entity_gold_mentions.json"), corpus)
        dev_path = os.path.join(data_dir, corpus, "dev_entity_gold_mentions.json")
        if os.path.exists(dev_path):
            dev_data += examples(dev_path, corpus)
    counts = {}
    for feats, _ in train_data:
        for feat in feats:
            counts[feat] = counts.get(feat, 0) + 1
    train_data = [([f for f in feats if counts[f] >= MIN_COUNT], allowed) for feats, allowed in train_data]
    weights = train(train_data)
    table = {}
    for (feat, label), weight in weights.items():
        rounded = round(weight, 3)
        if rounded != 0:
            table.setdefault(feat, [0.0] * len(LABELS))[label] = rounded
    model = {
        "format": "crosscheck-name-typer/1",
        "source": "scripts/kb/name_typer.py: averaged perceptron, %d epochs, features seen >= %d times, "
                  "trained on the ECB+ and MEANTIME train entity mentions (%d names)" % (EPOCHS, MIN_COUNT, len(train_data)),
        "labels": LABELS,
        "weights": {feat: table[feat] for feat in sorted(table)},
    }
    with open(out_path, "w", encoding="utf-8") as handle:
        json.dump(model, handle, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
        handle.write("\n")
    print("wrote %s: %d features; train accuracy %.3f, dev accuracy %.3f (%d dev names)"
          % (out_path, len(table), accuracy(weights, train_data), accuracy(weights, dev_data), len(dev_data)), file=sys.stderr)


if __name__ == "__main__":
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, "..", "shared", "data"))
