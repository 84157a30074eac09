"""Writes one knowledge-base data file in the format `KnowledgeBase` reads.

Every generator in this folder ends the same way: a document with the format tag, where its
data came from, and its sections, written as UTF-8 JSON with a trailing newline.
"""
import json

FORMAT = "crosscheck-knowledge/1"


def write(out_path, source, summary, **sections):
    """Writes `{"format", "source", **sections}` to `out_path` and says what was written."""
    document = {"format": FORMAT, "source": source, **sections}
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {out_path}: {summary}")
