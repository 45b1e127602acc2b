#!/usr/bin/env python3
"""Measure the core's pay finder (jr_salary_find_all) on a posting corpus.

Builds bench/salary_find_cli.c against src/core (no server needed), runs it
over every posting and prints:

  * dev_gold.jsonl: share of postings whose FIRST hit equals the labelled
    base salary (min, max, currency, period; an open bound is null), where
    "no hit" is right when the label is null;
  * postings.jsonl: for postings whose board-recorded salary (truth) is
    written in the text itself (both bounds found in the text near each
    other), share whose first hit equals it (min, max, period);

Usage: python3 bench/salary_accuracy.py [CORPUS_DIR] [--show-misses]
The corpus is read in place and never copied into the repository.
"""
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORE = os.path.join(ROOT, "src", "core")
BUILD = os.path.join(ROOT, "build")
CLI = os.path.join(BUILD, "salary_find_cli")

PERIODS = {"hour": "HOUR", "day": "DAY", "week": "WEEK", "month": "MONTH",
           "year": "YEAR"}


def build():
    os.makedirs(BUILD, exist_ok=True)
    srcs = [os.path.join(CORE, f) for f in sorted(os.listdir(CORE))
            if f.endswith(".c") and f.startswith(("jr_salary", "jr_core",
                                                  "jr_buf"))]
    cmd = ["cc", "-std=c11", "-D_POSIX_C_SOURCE=200809L", "-O2", "-I", CORE,
           "-o", CLI, os.path.join(ROOT, "bench", "salary_find_cli.c")]
    subprocess.run(cmd + srcs + ["-lm"], check=True)


def run(texts):
    data = b"".join(t.encode("utf-8", "replace") + b"\0" for t in texts)
    out = subprocess.run([CLI], input=data, stdout=subprocess.PIPE,
                         check=True).stdout.decode("utf-8")
    lines = out.split("\n")[:len(texts)]
    result = []
    for line in lines:
        if line == "-" or not line:
            result.append([])
            continue
        hits = []
        for part in line.split(" | "):
            lit, start, end, ev = part.split("\t")
            hits.append((lit, int(start), int(end), int(ev)))
        result.append(hits)
    return result


def parse_literal(lit):
    """'120000..150000 USD/YEAR' -> (lo, hi, cur, period) with None for open."""
    amounts, unit = lit.rsplit(" ", 1)
    cur, period = unit.split("/")
    if ".." in amounts:
        lo, hi = amounts.split("..")
        lo = float(lo) if lo else None
        hi = float(hi) if hi else None
    else:
        lo = hi = float(amounts)
    return lo, hi, cur, period


def same_num(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) < 0.005


def number_patterns(x):
    """Regexes that find x written in a posting."""
    x = float(x)
    pats = []
    whole = int(round(x))
    if abs(x - whole) < 0.005:
        s = str(whole)
        grouped = "{:,}".format(whole)
        pats.append(re.escape(grouped).replace(",", "[,. \u00a0']?")
                    + r"(?:\.00?)?(?![\d])")
        pats.append(r"(?<![\d,.])" + s + r"(?:\.00?)?(?![\d,])")
        if whole >= 1000 and whole % 100 == 0:
            k = whole / 1000
            ks = ("%g" % k)
            pats.append(r"(?<![\d.])" + re.escape(ks) + r"\s?[kK]\b")
    else:
        s = "%.2f" % x
        grouped = "{:,.2f}".format(x)
        pats.append(re.escape(grouped).replace(",", "[,. ]?"))
        pats.append(re.escape(s.rstrip("0").rstrip(".")))
    return [re.compile(p) for p in pats]


def find_spans(text, x):
    spans = []
    for p in number_patterns(x):
        for m in p.finditer(text):
            spans.append((m.start(), m.end()))
    return spans


def text_states(text, lo, hi):
    """True when the text writes lo and hi (or the point) as pay."""
    if lo is None and hi is None:
        return False
    los = find_spans(text, lo) if lo is not None else None
    his = find_spans(text, hi) if hi is not None else None
    if los is not None and his is not None and not same_num(lo, hi):
        for a in los:
            for b in his:
                if 0 < b[0] - a[1] <= 40:
                    return True
        return False
    spans = los if los is not None else his
    x = lo if lo is not None else hi
    for a in spans:
        before = text[max(0, a[0] - 3):a[0]]
        if x >= 1000 or re.search(r"[$\u00a3\u20ac]", before):
            return True
    return False


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show = "--show-misses" in sys.argv
    corpus = args[0] if args else "/work/shared/corpus"
    build()

    # dev_gold
    gold = [json.loads(l) for l in open(os.path.join(corpus, "dev_gold.jsonl"))]
    hits = run([g["raw_text"] for g in gold])
    right = 0
    with_salary = right_with = 0
    none_right = nones = 0
    for g, h in zip(gold, hits):
        lab = g["salary"]
        if lab is None:
            nones += 1
            ok = not h
            none_right += ok
        else:
            with_salary += 1
            ok = False
            if h:
                lo, hi, cur, per = parse_literal(h[0][0])
                ok = (same_num(lo, lab["min"]) and same_num(hi, lab["max"])
                      and cur == lab["currency"]
                      and per == PERIODS[lab["period"]])
            right_with += ok
        right += ok
        if show and not ok:
            print("  miss %s gold=%s got=%s" % (g["gid"], lab,
                                                [x[0] for x in h]))
    print("dev_gold: first hit right %d/%d = %.1f%% "
          "(labelled salary %d/%d, no salary %d/%d)"
          % (right, len(gold), 100.0 * right / len(gold), right_with,
             with_salary, none_right, nones))

    # postings.jsonl truth
    posts = [json.loads(l) for l in open(os.path.join(corpus, "postings.jsonl"))]
    cand = []
    for p in posts:
        t = p["truth"]
        if "salary_min" not in t or "salary_period" not in t and \
                p["source_site"] != "emscad":
            continue
        lo, hi = t.get("salary_min"), t.get("salary_max")
        per = t.get("salary_period", "year")
        if lo is None and hi is None:
            continue
        if text_states(p["raw_text"], lo, hi):
            cand.append((p, lo, hi, per))
    hits = run([c[0]["raw_text"] for c in cand])
    by_site = {}
    for (p, lo, hi, per), h in zip(cand, hits):
        site = p["source_site"]
        tot, ok_n = by_site.get(site, (0, 0))
        ok = False
        if h:
            glo, ghi, cur, gper = parse_literal(h[0][0])
            ok = (same_num(glo, lo) and same_num(ghi, hi)
                  and gper == PERIODS.get(per, "?"))
        by_site[site] = (tot + 1, ok_n + ok)
        if show and not ok:
            print("  miss %s truth=%s..%s/%s got=%s" % (p["id"], lo, hi, per,
                                                        [x[0] for x in h[:3]]))
    tot = sum(v[0] for v in by_site.values())
    okn = sum(v[1] for v in by_site.values())
    detail = ", ".join("%s %d/%d" % (k, v[1], v[0])
                       for k, v in sorted(by_site.items()))
    print("postings with the recorded salary in the text: first hit right "
          "%d/%d = %.1f%% (%s)" % (okn, tot, 100.0 * okn / max(tot, 1), detail))

    # how often the finder reports anything at all
    allhits = run([p["raw_text"] for p in posts])
    n_any = sum(1 for h in allhits if h)
    print("postings.jsonl: %d/%d postings have at least one hit"
          % (n_any, len(posts)))


if __name__ == "__main__":
    main()
