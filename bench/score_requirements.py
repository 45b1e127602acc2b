#!/usr/bin/python3
"""Score the requirement extractors (experience, education, base pay) against
a labelled JSONL file in dev_gold format, without a server.

Usage:
    score_requirements.py [FILE.jsonl] [--cli build/jr_requirements_cli]
                          [--show-errors] [--field min_years] [--raw]

Feeds every raw_text to the standalone core CLI (make build/jr_requirements_cli)
and compares, per field:
  min_years            years, exact (the CLI's min over main path and alternatives;
                       "no requirements" counts as 0)
  education_min        none|high_school|associate|bachelor|master|doctorate|null
  education_preferred  same levels
  salary               min, max (relative tolerance 0.5 %), currency, period
A field is right when prediction and label are equal (both null is right);
fields in a line's "skip" list are not scored.  With --raw, FILE may be any
JSONL with raw_text (e.g. postings.jsonl) and predictions are printed instead.
"""

import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_GOLD = "/work/shared/corpus/dev_gold.jsonl"
FIELDS = ["min_years", "education_min", "education_preferred", "salary"]


def run_cli(cli, texts):
    """Run the CLI over texts (NUL-separated); return one dict per text."""
    data = b"\0".join(t.encode("utf-8", "replace") for t in texts)
    res = subprocess.run([cli], input=data, stdout=subprocess.PIPE, check=True)
    lines = res.stdout.decode("utf-8", "replace").splitlines()
    if len(lines) != len(texts):
        sys.exit("CLI printed %d lines for %d postings" % (len(lines), len(texts)))
    return [json.loads(line) for line in lines]


def close(a, b):
    """Amounts equal within 0.5 % (None only equals None)."""
    if a is None or b is None:
        return a is None and b is None
    if a == b:
        return True
    return abs(a - b) <= 0.005 * max(abs(a), abs(b))


def same(field, pred, gold):
    """Is the prediction right for this field?"""
    if field == "salary":
        if pred is None or gold is None:
            return pred is None and gold is None
        return (close(pred.get("min"), gold.get("min"))
                and close(pred.get("max"), gold.get("max"))
                and pred.get("currency") == gold.get("currency")
                and pred.get("period") == gold.get("period"))
    if field == "min_years":
        if pred is None or gold is None:
            return pred is None and gold is None
        return abs(float(pred) - float(gold)) < 1e-6
    return pred == gold


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", nargs="?", default=DEFAULT_GOLD)
    ap.add_argument("--cli", default=os.path.join(ROOT, "build", "jr_requirements_cli"))
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--field", action="append")
    ap.add_argument("--raw", action="store_true",
                    help="print predictions for any JSONL with raw_text")
    args = ap.parse_args()

    if not os.access(args.cli, os.X_OK):
        sys.exit("%s is missing: run make build/jr_requirements_cli" % args.cli)
    rows = [json.loads(line) for line in open(args.file, encoding="utf-8") if line.strip()]
    preds = run_cli(args.cli, [r["raw_text"] for r in rows])

    if args.raw:
        for r, p in zip(rows, preds):
            p["id"] = r.get("id")
            print(json.dumps(p, ensure_ascii=False))
        return 0

    fields = args.field or FIELDS
    right = {f: 0 for f in fields}
    total = {f: 0 for f in fields}
    errors = []
    for r, p in zip(rows, preds):
        skip = set(r.get("skip") or [])
        for f in fields:
            if f in skip:
                continue
            total[f] += 1
            if same(f, p.get(f), r.get(f)):
                right[f] += 1
            else:
                errors.append((r.get("gid", r.get("id")), f, r.get(f), p.get(f), p))
    print("requirements accuracy on %s (%d postings)" % (os.path.basename(args.file), len(rows)))
    for f in fields:
        pct = 100.0 * right[f] / total[f] if total[f] else 0.0
        print("  %-20s %3d / %3d  %5.1f %%" % (f, right[f], total[f], pct))
    if args.show_errors:
        for gid, f, gold, pred, p in errors:
            ev = {"min_years": p.get("years_evidence"),
                  "education_min": p.get("education_items"),
                  "education_preferred": p.get("education_items"),
                  "salary": p.get("salaries")}.get(f)
            print("%s %-20s gold=%s pred=%s evidence=%s" % (
                gid, f, json.dumps(gold), json.dumps(pred),
                json.dumps(ev, ensure_ascii=False)[:300]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
