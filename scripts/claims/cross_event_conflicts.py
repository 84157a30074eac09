#!/usr/bin/env python3
"""Counts the verdicts ECB+ proves false: conflicts between two different events.

An ECB+ topic holds two sub-topics, two different events of one kind (two arrests, two
earthquakes); `scripts/eval-external` runs each topic as one bundle. A `conflicting` or
`disputed` cluster whose rival values rest on documents of different sub-topics (one value
only from `…ecb` articles, another only from `…ecbplus` ones) compares two events, so it is
false by construction. Conflicts within one sub-topic may be right or wrong; they are counted
apart, unverified. Reads the per-topic reports of the last run.

usage: cross_event_conflicts.py RUNS_DIR   (e.g. .build/external/ecb-topic/runs/ecb)
"""
import json
import os
import sys


def subtopic(doc):
    """`35_1ecbplus` -> `ecbplus`, `35_1ecb` -> `ecb`."""
    return "ecbplus" if doc.endswith("ecbplus") else "ecb"


def crosses_events(conflict):
    """Whether two of the conflict's values rest on documents of different sub-topics only."""
    sides = [{subtopic(d) for d in v["docs"]} for v in conflict["values"]]
    return any(len(a) == 1 and len(b) == 1 and a != b for a in sides for b in sides)


def main():
    runs = sys.argv[1]
    totals = {"conflicting": [0, 0], "disputed": [0, 0]}
    for topic in sorted(os.listdir(runs), key=lambda t: (len(t), t)):
        path = os.path.join(runs, topic, "report.json")
        if not os.path.exists(path):
            continue
        report = json.load(open(path, encoding="utf-8"))
        for cluster in report["clusters"]:
            status = cluster["status"]
            if status not in totals:
                continue
            cross = any(crosses_events(c) for c in cluster["conflicts"])
            totals[status][0] += 1
            totals[status][1] += cross
            if cross:
                slots = ",".join(sorted({c["slot"] for c in cluster["conflicts"] if crosses_events(c)}))
                print(f"  topic {topic} {cluster['id']} {status} [{slots}]: {cluster['label'][:100]}")
    for status, (n, cross) in totals.items():
        print(f"{status}: {n} clusters, {cross} between the two events of a topic (false by construction), "
              f"{n - cross} within one event (unverified)")


if __name__ == "__main__":
    main()
