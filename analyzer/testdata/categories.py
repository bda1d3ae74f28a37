#!/usr/bin/env python3
"""Per-category recall and precision of an analyzer on a labelled corpus.

A project-side companion to score.py (the reference scorer, which reports
precision per language only): it runs the analyzer the same way and, for
each category,

  gold       gold spans of that category
  recall     share of them that any finding overlaps (score.py's recall)
  same_cat   share that a finding of the same category overlaps
  found      findings of that category
  precision  share of them that overlap some gold span (score.py's rule)

usage: categories.py --gold CORPUS.jsonl --cmd 'ANALYZER COMMAND'
"""
import argparse
import json
import os
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score import overlaps, ratio, run, fmt  # noqa: E402


def per_category(gold, pred):
    """Returns {category: Counter(gold, hit, same, found, found_ok)}."""
    c = defaultdict(Counter)
    for g in gold:
        finds = [f for f in pred[g["id"]].get("findings", []) if "start" in f and "end" in f]
        for sp in g["spans"]:
            cat = c[sp["category"]]
            cat["gold"] += 1
            hits = [f for f in finds if overlaps(sp, f)]
            cat["hit"] += bool(hits)
            cat["same"] += any(f.get("category") == sp["category"] for f in hits)
        for f in finds:
            cat = c[f.get("category", "?")]
            cat["found"] += 1
            cat["found_ok"] += any(overlaps(sp, f) for sp in g["spans"])
    return c


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--cmd", required=True)
    a = ap.parse_args()
    with open(a.gold, encoding="utf-8") as f:
        gold = [json.loads(l) for l in f if l.strip()]
    c = per_category(gold, run(a.cmd, gold))
    print("per category (recall, same-category recall, precision):")
    for k in sorted(c):
        v = c[k]
        print("  %-14s recall=%s  same_cat=%s  precision=%s  gold=%d  found=%d" % (
            k, fmt(ratio(v["hit"], v["gold"])), fmt(ratio(v["same"], v["gold"])),
            fmt(ratio(v["found_ok"], v["found"])), v["gold"], v["found"]))


if __name__ == "__main__":
    main()
