"""The averaged binary perceptron both learned taggers are fitted with (trigger_tagger.py,
participant_model.py): fixed epochs, rows in the order given, no randomness, weights rounded to
three places (zero weights left out), so the same rows always give the same weights."""
import json


def fit(rows, epochs, min_count):
    """Weights from [(features, label)] rows; a label of None is skipped. Features seen fewer
    than `min_count` times (other than "bias") get no weight."""
    counts = {}
    for features, _ in rows:
        for x in features:
            counts[x] = counts.get(x, 0) + 1
    keep = {x for x, n in counts.items() if n >= min_count or x == "bias"}
    w, total, stamp = {}, {}, {}
    step = 0
    for _ in range(epochs):
        for features, label in rows:
            if label is None:
                continue
            step += 1
            xs = [x for x in features if x in keep]
            score = sum(w.get(x, 0.0) for x in xs)
            y = 1.0 if label else -1.0
            if y * score > 0:
                continue
            for x in xs:
                total[x] = total.get(x, 0.0) + (step - stamp.get(x, 0)) * w.get(x, 0.0)
                stamp[x] = step
                w[x] = w.get(x, 0.0) + y
    averaged = {}
    for x, value in w.items():
        mean = (total.get(x, 0.0) + (step - stamp.get(x, 0)) * value) / step
        if round(mean, 3) != 0:
            averaged[x] = round(mean, 3)
    return averaged


def write(out_path, format_name, source, threshold, weights):
    """The weights file the Swift side reads (`PerceptronWeights`): sorted keys, no spaces, one line."""
    model = {"format": format_name, "source": source, "threshold": float(threshold), "weights": dict(sorted(weights.items()))}
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(model, f, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        f.write("\n")
