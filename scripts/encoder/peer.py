"""The Python peer of `scripts/bench encoder`: sentence-transformers on torch, same sentences.

Usage: peer.py SENTENCES_FILE MODEL_DIR THREADS
Encodes each document (blank-line separated, one sentence per line) with model.encode, as a
service would per request, and prints one JSON line: load and encode seconds, sentences, peak MiB.
"""
import json
import resource
import sys
import time


def main() -> None:
    path, model_dir, threads = sys.argv[1], sys.argv[2], int(sys.argv[3])
    import torch
    torch.set_num_threads(threads)
    from sentence_transformers import SentenceTransformer
    with open(path, encoding="utf-8") as f:
        documents = [block.split("\n") for block in f.read().split("\n\n")]
    start = time.perf_counter()
    model = SentenceTransformer(model_dir, device="cpu")
    load = time.perf_counter() - start
    start = time.perf_counter()
    cpu_start = time.process_time()
    count = 0
    with torch.inference_mode():
        for document in documents:
            count += len(model.encode(document, batch_size=32, convert_to_numpy=True))
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"load": round(load, 4), "seconds": round(seconds, 4), "cpuSeconds": round(cpu, 4), "sentences": count, "peakMiB": round(peak, 1)}))


if __name__ == "__main__":
    main()
