#!/usr/bin/env python3
"""Keep rate of an analyzer's rewrites by kind of need, on a labelled corpus.

A project-side companion to score.py: score.py's keep rate is the share of
a record's `keep` words that its rewrite still carries; this script splits
that share by what kind of need each word is, so a change can see which
kind it loses:

  modality     a treatment approach or method (the pack's approaches)
  population   a population or age group (populations, age groups)
  care level   a level of care (step-down, IOP, inpatient, residential...)
  language     a language or culture need (-speaking, bilingual, affirming)
  insurance    insurance and fees (the needs that name a payer, fees)
  format       format and availability (telehealth, evenings, home visits)
  region       a state or province (the pack's regions)
  clinical     a condition or topic: everything else

A word's kind comes from the rewrite vocabularies of its language's pack
(rules/<lang>/rewrite.json, rules/<lang>/pack.json) and the patterns below,
first match first. Only records with gold spans count, as in score.py.

usage: keepkinds.py --gold CORPUS.jsonl --cmd 'ANALYZER COMMAND'
       keepkinds.py --gold CORPUS.jsonl --pred PREDICTIONS.jsonl
"""
import argparse
import json
import os
import re
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score import ratio, run, fmt  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")

# Patterns for the kinds the vocabularies do not list (lower case, any
# of the three languages).
CARE = re.compile(r"step-down|\biop\b|\bphp\b|intensive outpatient|outpatient|inpatient|residential|"
                  r"detox|hospital|ambulatori|hospitali|internamiento|cure|crisis team|warm handoff")
LANGUAGE = re.compile(r"-speaking|-language|bilingu|speak|interpret|culturally|affirming|faith|indigenous|"
                      r"francophone|anglophone|hispanohablante|lengua|langue|idioma|créole|creole")
INSURANCE = re.compile(r"insurance|sliding|fee|cost|private pay|out-of-network|in-network|medicaid|medicare|"
                       r"tricare|blue cross|nihb|ramq|mutuelle|seguro|cuota|tarif|eps\b|imss|issste|obra social")
FORMAT = re.compile(r"telehealth|virtual|in-person|in person|online|video|phone|evening|weekend|home visit|"
                    r"téléconsult|distance|soir|en línea|presencial|domicilio|visio")


def vocab(lang):
    """Returns {kind: set of lower-cased terms} from the language's pack."""
    out = defaultdict(set)
    try:
        rw = json.load(open(os.path.join(ROOT, "rules", lang, "rewrite.json"), encoding="utf-8"))["rewrite"]
    except OSError:
        return out
    out["modality"].update(t.lower() for t in rw.get("approaches", []))
    out["population"].update(t.lower() for t in rw.get("populations", []))
    out["population"].update(g["label"].lower() for g in rw.get("age_groups", []))
    try:
        pack = json.load(open(os.path.join(ROOT, "rules", lang, "pack.json"), encoding="utf-8"))
        out["region"].update(t.lower() for t in pack.get("vocab", {}).get("regions", []))
    except (OSError, ValueError):
        pass
    return out


def kind(word, v):
    w = word.lower()
    for k in ("modality", "population", "region"):
        if w in v[k]:
            return k
    if CARE.search(w):
        return "care level"
    if LANGUAGE.search(w):
        return "language"
    if INSURANCE.search(w):
        return "insurance"
    if FORMAT.search(w):
        return "format"
    return "clinical"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--cmd")
    ap.add_argument("--pred")
    a = ap.parse_args()
    with open(a.gold, encoding="utf-8") as f:
        gold = [json.loads(l) for l in f if l.strip()]
    if a.pred:
        with open(a.pred, encoding="utf-8") as f:
            pred = {r["id"]: r for r in (json.loads(l) for l in f if l.strip())}
    elif a.cmd:
        pred = run(a.cmd, gold)
    else:
        sys.exit("give --cmd or --pred")
    vocabs = {}
    c = defaultdict(Counter)
    for g in gold:
        rewrite = pred[g["id"]].get("rewrite")
        if not g["spans"] or not isinstance(rewrite, str):
            continue
        v = vocabs.setdefault(g["lang"], vocab(g["lang"]))
        for k in g.get("keep", []):
            kk = c[kind(k, v)]
            kk["keep"] += 1
            kk["kept"] += k.lower() in rewrite.lower()
    print("rewrite keep rate by kind of need:")
    for k in sorted(c, key=lambda k: -c[k]["keep"]):
        print("  %-12s keep=%s  words=%d" % (k, fmt(ratio(c[k]["kept"], c[k]["keep"])), c[k]["keep"]))


if __name__ == "__main__":
    main()
