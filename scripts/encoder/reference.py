"""Reference sentence vectors from sentence-transformers, for the Swift encoder's tests.

Usage: reference.py MODEL_DIR SENTENCES_TXT OUT_JSON
Each line of SENTENCES_TXT is one sentence, with the escapes \\n (newline) and \\e (the empty
string); the long line is generated here (past the model's max_seq_length).
"""
import json
import sys

import torch
from sentence_transformers import SentenceTransformer


def main() -> None:
    model_dir, sentences_path, out_path = sys.argv[1:4]
    torch.set_num_threads(1)
    model = SentenceTransformer(model_dir, device="cpu")
    sentences = []
    with open(sentences_path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if not line:
                continue
            sentences.append("" if line == "\\e" else line.replace("\\n", "\n"))
    long_sentence = " ".join(
        f"Delegation number {i} from the coastal province reviewed the draft agreement again."
        for i in range(1, 41))
    sentences.append(long_sentence)
    vectors = model.encode(sentences, batch_size=8, convert_to_numpy=True, normalize_embeddings=False)
    tokenizer = model.tokenizer
    entries = []
    for text, vector in zip(sentences, vectors):
        ids = tokenizer(text, truncation=True, max_length=model.max_seq_length)["input_ids"]
        entries.append({"text": text, "ids": ids, "vector": [round(float(x), 6) for x in vector]})
    out = {"model": "all-MiniLM-L6-v2", "maxSeqLength": model.max_seq_length, "sentences": entries}
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
