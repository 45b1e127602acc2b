#!/usr/bin/env python3
"""Validate the jobreq skills taxonomy (src/core/skills.tsv).

Usage: check_taxonomy.py [path/to/skills.tsv]

Checks: 5 tab-separated columns per data line, non-empty names, known
categories, known flags, no duplicate names, every parent exists, no
parent cycles, and no alias/name collision between different skills
(compared case-insensitively, ignoring spaces and punctuation except
'+' and '#', so that C, C++ and C# stay distinct).  Prints counts per
category.  Exits 1 on any error.
"""
import os
import re
import sys
from collections import Counter

CATEGORIES = {
    "programming language", "software", "web", "mobile", "database", "data",
    "machine learning", "cloud", "devops", "security", "networking",
    "operating system", "hardware", "design", "finance", "accounting",
    "healthcare", "legal", "sales", "marketing", "customer service",
    "management", "human resources", "trades", "construction", "logistics",
    "manufacturing", "science", "engineering", "office", "spoken language",
    "certification", "license", "soft skill", "education", "hospitality",
}
FLAGS = {"context", "exact_case"}


def norm(s):
    """Matching key: lower case, keep letters, digits, '+' and '#'."""
    return re.sub(r"[^0-9a-z+#]", "", s.lower())


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "skills.tsv")
    errors = []
    warnings = []
    rows = []  # (lineno, name, category, parent, aliases, flags)
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if not lines or lines[0].strip() != "# jobreq skills taxonomy v1":
        errors.append("line 1: must be '# jobreq skills taxonomy v1'")
    if not any(l.strip() == "# version: 1" for l in lines if l.startswith("#")):
        errors.append("missing '# version: 1' comment")
    for i, line in enumerate(lines, 1):
        if line.endswith("\r"):
            errors.append(f"line {i}: CR line ending")
            line = line[:-1]
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 5:
            errors.append(f"line {i}: {len(cols)} columns, expected 5: {line!r}")
            continue
        name, cat, parent, aliases, flags = cols
        for c in cols:
            if c != c.strip():
                errors.append(f"line {i}: leading/trailing whitespace in {c!r}")
        if not name:
            errors.append(f"line {i}: empty name")
        if not norm(name):
            errors.append(f"line {i}: name {name!r} has no matchable characters")
        if cat not in CATEGORIES:
            errors.append(f"line {i}: unknown category {cat!r}")
        al = []
        if aliases:
            al = aliases.split("|")
            for a in al:
                if not a or a != a.strip():
                    errors.append(f"line {i}: empty alias or spaces around '|' in {aliases!r}")
                elif not norm(a):
                    errors.append(f"line {i}: alias {a!r} has no matchable characters")
        fl = [x for x in flags.split(",")] if flags else []
        for x in fl:
            if x not in FLAGS:
                errors.append(f"line {i}: unknown flag {x!r}")
        if len(set(fl)) != len(fl):
            errors.append(f"line {i}: repeated flag")
        rows.append((i, name, cat, parent, al, fl))

    # duplicate names
    by_name = {}
    for r in rows:
        if r[1] in by_name:
            errors.append(f"line {r[0]}: duplicate name {r[1]!r} (first at line {by_name[r[1]][0]})")
        else:
            by_name[r[1]] = r

    # parents exist
    for r in rows:
        if r[3] and r[3] not in by_name:
            errors.append(f"line {r[0]}: parent {r[3]!r} of {r[1]!r} does not exist")
        if r[3] == r[1]:
            errors.append(f"line {r[0]}: {r[1]!r} is its own parent")

    # cycles
    for r in rows:
        seen = {r[1]}
        p = r[3]
        while p and p in by_name:
            if p in seen:
                errors.append(f"line {r[0]}: parent cycle through {r[1]!r}")
                break
            seen.add(p)
            p = by_name[p][3]

    # surface-form collisions across different skills
    owner = {}
    for r in rows:
        forms = [("name", r[1])] + [("alias", a) for a in r[4]]
        mine = set()
        for kind, form in forms:
            k = norm(form)
            if not k:
                continue
            if k in owner and owner[k][0] != r[1]:
                o = owner[k]
                errors.append(
                    f"line {r[0]}: {kind} {form!r} of {r[1]!r} collides with "
                    f"{o[1]} {o[2]!r} of {o[0]!r} (line {o[3]})")
                continue
            if k in mine:
                continue  # punctuation/spacing variant of the same skill
            mine.add(k)
            owner.setdefault(k, (r[1], kind, form, r[0]))
        seen_lower = set()
        for a in r[4]:
            if a.lower() == r[1].lower():
                errors.append(f"line {r[0]}: alias {a!r} is a pure case variant of its name")
            if a.lower() in seen_lower:
                errors.append(f"line {r[0]}: alias {a!r} repeated (case-insensitively)")
            seen_lower.add(a.lower())

    # report
    counts = Counter(r[2] for r in rows)
    n_alias = sum(len(r[4]) for r in rows)
    n_root = sum(1 for r in rows if not r[3])
    n_ctx = sum(1 for r in rows if "context" in r[5])
    n_exact = sum(1 for r in rows if "exact_case" in r[5])
    print(f"skills: {len(rows)}  aliases: {n_alias}  roots: {n_root}  "
          f"context: {n_ctx}  exact_case: {n_exact}")
    print("per category:")
    for cat in sorted(CATEGORIES, key=lambda c: (-counts[c], c)):
        print(f"  {counts[cat]:5d}  {cat}")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e, file=sys.stderr)
    if errors:
        print(f"FAILED: {len(errors)} error(s)", file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
