#!/usr/bin/env python3
"""Turns JMH JSON result files (java -jar benchmarks.jar -rf json) into RESULTS.md's tables.

    python3 benchmarks/results.py benchmarks/results.json [rerun.json ...]

A benchmark found in a later file replaces the same benchmark and size from an earlier one.
"""
import json
import sys

SIZES = ["10000", "100000", "1000000"]
LABELS = {
    "EvaluationBenchmark.load": "load the network (contacts and touchpoints)",
    "EvaluationBenchmark.fullEvaluation": "full evaluation, top 50, 1 thread",
    "EvaluationBenchmark.fullEvaluationParallel": "full evaluation, top 50, all threads",
    "EvaluationBenchmark.buildIndex": "build the index (full evaluation, all threads)",
    "IndexBenchmark.top50": "top 50 from the index",
    "IndexBenchmark.recordThenTop50": "record a call, then top 50",
    "AdvanceBenchmark.advanceOneDay": "advance the clock a day, then top 50",
    "PeerBenchmark.recordThenTop50@naive": "peer: naive (raw lists, evaluate all, sort)",
    "PeerBenchmark.recordThenTop50@easy-rules": "peer: Easy Rules 4.1.0",
    "PeerBenchmark.recordThenTop50@h2": "peer: H2 2.5.252, one SQL query",
}
TO_MS = {"ms/op": 1.0, "us/op": 1e-3, "ns/op": 1e-6, "s/op": 1e3}


def ms(score, unit):
    return score * TO_MS[unit]


def show(value):
    """A time in milliseconds, in the unit that reads best."""
    if value >= 1000:
        return f"{value / 1000:.2f} s"
    if value >= 1:
        return f"{value:.1f} ms"
    return f"{value * 1000:.1f} µs"


def main(paths):
    rows = {}
    runs = [run for path in paths for run in json.load(open(path))]
    for run in runs:
        name = run["benchmark"].rsplit(".", 2)
        key = name[-2] + "." + name[-1]
        params = run.get("params", {})
        if "peer" in params:
            key += "@" + params["peer"]
        metric = run["primaryMetric"]
        error = metric["scoreError"]
        error = 0.0 if error != error else error  # NaN with a single iteration
        rows.setdefault(key, {})[params["contacts"]] = (
            ms(metric["score"], metric["scoreUnit"]),
            ms(error, metric["scoreUnit"]),
        )
    print("| measured | " + " | ".join(f"{int(s):,} contacts" for s in SIZES) + " |")
    print("|---|" + "---:|" * len(SIZES))
    for key, label in LABELS.items():
        cells = []
        for size in SIZES:
            if size in rows.get(key, {}):
                score, error = rows[key][size]
                cells.append(f"{show(score)} ± {show(error)}")
            else:
                cells.append("—")
        print(f"| {label} | " + " | ".join(cells) + " |")
    cadence = rows.get("IndexBenchmark.recordThenTop50", {})
    print()
    print("| record then top 50: peer ÷ Cadence | " + " | ".join(f"{int(s):,}" for s in SIZES) + " |")
    print("|---|" + "---:|" * len(SIZES))
    for peer in ["naive", "easy-rules", "h2"]:
        theirs = rows.get("PeerBenchmark.recordThenTop50@" + peer, {})
        cells = []
        for size in SIZES:
            if size in theirs and size in cadence:
                cells.append(f"{theirs[size][0] / cadence[size][0]:,.0f}×")
            else:
                cells.append("—")
        print(f"| {peer} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main(sys.argv[1:] or ["benchmarks/results.json"])
