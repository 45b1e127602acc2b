#!/usr/bin/python3
"""Score parse_posting() against a labelled JSONL file (dev_gold format).

Usage:
    score_parser.py FILE.jsonl [--dsn DSN] [--show-errors] [--json]
    score_parser.py --self-test

For every line it runs SELECT parse_posting(raw_text) in PostgreSQL (connection
from --dsn, else the usual PG* environment variables / libpq defaults), maps the
jsonb (DESIGN.md section 3) onto the label fields and reports per-field accuracy
plus skill precision / recall / F1.

Field mapping (prediction -> label field):
  salary              baseSalary.value.minValue / maxValue / unitText, baseSalary.currency
  min_years           experienceRequirements.monthsOfExperience / 12, the minimum over the
                      main path and every alternatives[].monthsOfExperience;
                      the string "no requirements" -> 0
  education_min       lowest educationalLevel with required true (missing required = true);
                      the string "no requirements" -> "none"
  education_preferred lowest educationalLevel with required false
  employment_type     first employmentType value: FULL_TIME->full_time, PART_TIME->part_time,
                      CONTRACTOR->contract, TEMPORARY->temporary, INTERN->internship,
                      VOLUNTEER->volunteer; PER_DIEM and OTHER have no label value -> null
  workplace           jobreq.workplaceType (fallback: jobLocationType TELECOMMUTE -> remote)
  skills              skills[].name

Scoring: a field is right when prediction equals label (both null is right);
salary bounds compare with a relative tolerance of 0.5 %, currency and period
exactly.  Fields listed in a line's "skip" are not scored.  Skills: recall over
skills_core, precision counts a predicted skill as right when it is in
skills_any, micro-averaged over lines.  Names match case-insensitively after
trimming, or when both map to the same normalize_skill() result (when that
function exists in the database).

Missing keys in the parser output count as null.  The script exits 0 whatever
the scores; it exits 2 only when it cannot read the file or reach the database.
"""

import argparse
import json
import math
import sys

FIELDS = ["salary", "min_years", "education_min", "education_preferred",
          "employment_type", "workplace"]

EDU_ORDER = ["none", "high_school", "associate", "bachelor", "master", "doctorate"]
EDU_ALIASES = {
    "highschool": "high_school", "high school": "high_school",
    "secondary": "high_school", "associates": "associate",
    "associate degree": "associate", "bachelors": "bachelor",
    "bachelor degree": "bachelor", "masters": "master", "master degree": "master",
    "phd": "doctorate", "doctoral": "doctorate", "doctorate degree": "doctorate",
}
EMPLOYMENT_MAP = {
    "FULL_TIME": "full_time", "PART_TIME": "part_time", "CONTRACTOR": "contract",
    "CONTRACT": "contract", "TEMPORARY": "temporary", "INTERN": "internship",
    "INTERNSHIP": "internship", "VOLUNTEER": "volunteer",
    "PER_DIEM": None, "OTHER": None,
}
PERIODS = {"hour", "day", "week", "month", "year"}
SALARY_TOLERANCE = 0.005
NO_REQUIREMENTS = "no requirements"


# ---------------------------------------------------------------- mapping

def _num(x):
    """Number from a jsonb scalar (number or numeric string), else None."""
    if x is None or isinstance(x, bool):
        return None
    if isinstance(x, (int, float)):
        return float(x)
    if isinstance(x, str):
        try:
            return float(x.replace(",", "").strip())
        except ValueError:
            return None
    return None


def _edu_level(x):
    """Canonical education level name or None."""
    if not isinstance(x, str):
        return None
    s = x.strip().lower().replace("-", "_")
    s = EDU_ALIASES.get(s.replace("_", " "), EDU_ALIASES.get(s, s))
    return s if s in EDU_ORDER else None


def _lowest(levels):
    levels = [lv for lv in levels if lv is not None]
    if not levels:
        return None
    return min(levels, key=EDU_ORDER.index)


def map_salary(doc):
    """baseSalary -> {"min","max","currency","period"} or None."""
    bs = doc.get("baseSalary")
    if not isinstance(bs, dict):
        return None
    val = bs.get("value")
    lo = hi = None
    unit = None
    if isinstance(val, dict):
        lo = _num(val.get("minValue"))
        hi = _num(val.get("maxValue"))
        if lo is None and hi is None:
            lo = hi = _num(val.get("value"))
        unit = val.get("unitText")
    else:
        lo = hi = _num(val)
    if unit is None:
        unit = bs.get("unitText")
    if lo is None and hi is None:
        return None
    period = unit.strip().lower() if isinstance(unit, str) else None
    cur = bs.get("currency")
    cur = cur.strip().upper() if isinstance(cur, str) else None
    return {"min": lo, "max": hi, "currency": cur, "period": period}


def map_min_years(doc):
    """Smallest months over the main path and alternatives, in years."""
    er = doc.get("experienceRequirements")
    if er is None:
        return None
    if isinstance(er, str):
        return 0.0 if er.strip().lower() == NO_REQUIREMENTS else None
    if isinstance(er, (int, float)) and not isinstance(er, bool):
        return float(er) / 12.0
    if not isinstance(er, dict):
        return None
    months = []
    m = _num(er.get("monthsOfExperience"))
    if m is not None:
        months.append(m)
    alts = er.get("alternatives")
    if isinstance(alts, list):
        for a in alts:
            if isinstance(a, dict):
                am = _num(a.get("monthsOfExperience"))
                if am is not None:
                    months.append(am)
    if not months:
        return None
    return min(months) / 12.0


def map_education(doc):
    """(education_min, education_preferred) from educationRequirements."""
    er = doc.get("educationRequirements")
    if er is None:
        return None, None
    if isinstance(er, str):
        if er.strip().lower() == NO_REQUIREMENTS:
            return "none", None
        return None, None
    if isinstance(er, dict):
        er = [er]
    if not isinstance(er, list):
        return None, None
    required, preferred = [], []
    no_req = False
    for item in er:
        if isinstance(item, str):
            if item.strip().lower() == NO_REQUIREMENTS:
                no_req = True
            continue
        if not isinstance(item, dict):
            continue
        lvl = _edu_level(item.get("educationalLevel"))
        if lvl is None:
            lvl = _edu_level(item.get("credentialCategory"))
        if lvl is None:
            continue
        if item.get("required", True) is False:
            preferred.append(lvl)
        else:
            required.append(lvl)
    edu_min = _lowest(required)
    if edu_min is None and no_req:
        edu_min = "none"
    return edu_min, _lowest(preferred)


def map_employment(doc):
    et = doc.get("employmentType")
    if isinstance(et, list):
        et = et[0] if et else None
    if not isinstance(et, str):
        return None
    key = et.strip().upper().replace("-", "_").replace(" ", "_")
    if key in EMPLOYMENT_MAP:
        return EMPLOYMENT_MAP[key]
    return None


def map_workplace(doc):
    jr = doc.get("jobreq")
    if isinstance(jr, dict):
        wt = jr.get("workplaceType")
        if isinstance(wt, str) and wt.strip():
            return wt.strip().lower()
    if doc.get("jobLocationType") == "TELECOMMUTE":
        return "remote"
    return None


def map_skills(doc):
    out = []
    sk = doc.get("skills")
    if not isinstance(sk, list):
        return out
    for s in sk:
        name = s.get("name") if isinstance(s, dict) else s
        if isinstance(name, str) and name.strip():
            out.append(name.strip())
    return out


def map_doc(doc):
    """Map a parse_posting jsonb document (a dict) to label fields."""
    if not isinstance(doc, dict):
        doc = {}
    edu_min, edu_pref = map_education(doc)
    return {
        "salary": map_salary(doc),
        "min_years": map_min_years(doc),
        "education_min": edu_min,
        "education_preferred": edu_pref,
        "employment_type": map_employment(doc),
        "workplace": map_workplace(doc),
        "skills": map_skills(doc),
    }


# ---------------------------------------------------------------- comparing

def _close(a, b):
    if a is None or b is None:
        return a is None and b is None
    a, b = float(a), float(b)
    if a == b:
        return True
    return abs(a - b) <= SALARY_TOLERANCE * max(abs(a), abs(b))


def salary_equal(gold, got):
    if gold is None or got is None:
        return gold is None and got is None
    gcur = (gold.get("currency") or "").upper() or None
    pcur = (got.get("currency") or "").upper() or None
    gper = (gold.get("period") or "").lower() or None
    pper = (got.get("period") or "").lower() or None
    return (_close(gold.get("min"), got.get("min"))
            and _close(gold.get("max"), got.get("max"))
            and gcur == pcur and gper == pper)


def field_equal(field, gold, got):
    if field == "salary":
        return salary_equal(gold, got)
    if field == "min_years":
        if gold is None or got is None:
            return gold is None and got is None
        return math.isclose(float(gold), float(got), abs_tol=1e-6)
    if gold is None or got is None:
        return gold is None and got is None
    return str(gold).strip().lower() == str(got).strip().lower()


class SkillMatcher:
    """Matches skill names case-insensitively, and through normalize_skill."""

    def __init__(self, canon=None):
        self.canon = canon or {}

    def keys(self, name):
        k = {name.strip().lower()}
        c = self.canon.get(name)
        if isinstance(c, str) and c.strip():
            k.add("=" + c.strip().lower())
        return k

    def same(self, a, b):
        ka, kb = self.keys(a), self.keys(b)
        return bool(ka & kb)

    def contains(self, names, x):
        return any(self.same(x, n) for n in names)


def score(lines, predictions, matcher):
    """Aggregate per-field and skill scores. predictions: list of mapped dicts."""
    res = {f: {"right": 0, "total": 0} for f in FIELDS}
    errors = []
    sk = {"tp_recall": 0, "core": 0, "tp_precision": 0, "predicted": 0}
    for line, pred in zip(lines, predictions):
        skip = set(line.get("skip") or [])
        gid = line.get("gid") or line.get("id")
        for f in FIELDS:
            if f in skip:
                continue
            gold = line.get(f)
            got = pred.get(f)
            res[f]["total"] += 1
            if field_equal(f, gold, got):
                res[f]["right"] += 1
            else:
                errors.append({"gid": gid, "field": f, "expected": gold, "got": got})
        if "skills" in skip:
            continue
        core = line.get("skills_core") or []
        anyl = line.get("skills_any") or core
        got = pred.get("skills") or []
        missed = [c for c in core if not matcher.contains(got, c)]
        wrong = [g for g in got if not matcher.contains(anyl, g)]
        sk["core"] += len(core)
        sk["tp_recall"] += len(core) - len(missed)
        sk["predicted"] += len(got)
        sk["tp_precision"] += len(got) - len(wrong)
        if missed or wrong:
            errors.append({"gid": gid, "field": "skills",
                           "expected": {"missed": missed}, "got": {"extra": wrong}})
    p = sk["tp_precision"] / sk["predicted"] if sk["predicted"] else 0.0
    r = sk["tp_recall"] / sk["core"] if sk["core"] else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    for f in FIELDS:
        t = res[f]["total"]
        res[f]["accuracy"] = res[f]["right"] / t if t else None
    return {"fields": res, "skills": dict(sk, precision=p, recall=r, f1=f1)}, errors


# ---------------------------------------------------------------- database

def connect(dsn):
    try:
        import psycopg
        conn = psycopg.connect(dsn or "", autocommit=True)
        return conn
    except ImportError:
        import psycopg2
        conn = psycopg2.connect(dsn or "")
        conn.autocommit = True
        return conn


def has_function(conn, signature):
    cur = conn.cursor()
    cur.execute("SELECT to_regprocedure(%s) IS NOT NULL", (signature,))
    return bool(cur.fetchone()[0])


def run_parser(conn, lines):
    """Returns (mapped predictions, number of failed calls, first error text)."""
    preds, failed, first_err = [], 0, None
    cur = conn.cursor()
    for line in lines:
        doc = {}
        try:
            cur.execute("SELECT parse_posting(%s)::text", (line.get("raw_text") or "",))
            row = cur.fetchone()
            if row and row[0] is not None:
                doc = json.loads(row[0])
        except Exception as e:  # a failing call scores as an empty document
            failed += 1
            if first_err is None:
                first_err = "%s: %s" % (line.get("gid"), str(e).strip())
        preds.append(map_doc(doc))
    return preds, failed, first_err


def canonical_names(conn, names):
    """name -> normalize_skill(name) for every name, when the function exists."""
    if not names or not has_function(conn, "normalize_skill(text)"):
        return {}
    cur = conn.cursor()
    out = {}
    for n in sorted(names):
        try:
            cur.execute("SELECT normalize_skill(%s)", (n,))
            out[n] = cur.fetchone()[0]
        except Exception:
            out[n] = None
    return out


# ---------------------------------------------------------------- output

def print_table(result, n_lines, failed, use_norm, file=sys.stdout):
    print("%-20s %11s  %s" % ("field", "right/total", "accuracy"), file=file)
    for f in FIELDS:
        r = result["fields"][f]
        acc = "   -" if r["accuracy"] is None else "%.3f" % r["accuracy"]
        print("%-20s %11s  %s" % (f, "%d/%d" % (r["right"], r["total"]), acc), file=file)
    s = result["skills"]
    print("%-20s P %.3f  R %.3f  F1 %.3f   (%d/%d predicted right, %d/%d core found)"
          % ("skills", s["precision"], s["recall"], s["f1"], s["tp_precision"],
             s["predicted"], s["tp_recall"], s["core"]), file=file)
    print("%d postings, %d parse_posting errors, skill names compared %s"
          % (n_lines, failed, "via normalize_skill()" if use_norm else "case-insensitively"),
          file=file)


def _fmt(x):
    return json.dumps(x, ensure_ascii=False, sort_keys=True)


def print_errors(errors, file=sys.stdout):
    for e in errors:
        print("%-6s %-20s expected %s  got %s"
              % (e["gid"], e["field"], _fmt(e["expected"]), _fmt(e["got"])), file=file)


def load_jsonl(path):
    lines = []
    with open(path, encoding="utf-8") as fh:
        for i, raw in enumerate(fh, 1):
            raw = raw.strip()
            if not raw:
                continue
            try:
                lines.append(json.loads(raw))
            except ValueError as e:
                raise SystemExit("%s:%d: bad JSON: %s" % (path, i, e))
    return lines


# ---------------------------------------------------------------- self test

def self_test():
    doc1 = {
        "title": "Senior ML Engineer",
        "employmentType": ["FULL_TIME"],
        "baseSalary": {"currency": "USD",
                       "value": {"minValue": 229000, "maxValue": 262000, "unitText": "YEAR"}},
        "experienceRequirements": {"monthsOfExperience": 120,
                                   "alternatives": [{"monthsOfExperience": 96,
                                                     "educationalLevel": "master"}]},
        "educationRequirements": [
            {"credentialCategory": "bachelor degree", "educationalLevel": "bachelor", "required": True},
            {"credentialCategory": "postgraduate degree", "educationalLevel": "doctorate", "required": False},
            {"credentialCategory": "postgraduate degree", "educationalLevel": "master", "required": False}],
        "skills": [{"name": "Python", "required": True, "group": 1},
                   {"name": "Scala", "required": True, "group": 1},
                   {"name": "sklearn", "required": False}],
        "jobreq": {"workplaceType": "hybrid", "warnings": []},
    }
    doc2 = {
        "employmentType": ["PER_DIEM", "PART_TIME"],
        "baseSalary": {"currency": "usd",
                       "value": {"minValue": 25.5, "maxValue": 25.5, "unitText": "HOUR"}},
        "experienceRequirements": "no requirements",
        "educationRequirements": "no requirements",
        "jobLocationType": "TELECOMMUTE",
        "skills": [{"name": "Forklift"}, "pallet jack"],
    }
    doc3 = {"baseSalary": {"currency": "GBP", "value": {"maxValue": 90000, "unitText": "YEAR"}},
            "employmentType": "CONTRACTOR",
            "educationRequirements": [{"educationalLevel": "high_school"},
                                      "no requirements"],
            "jobreq": {"workplaceType": "onsite"}}

    m1, m2, m3 = map_doc(doc1), map_doc(doc2), map_doc(doc3)
    assert m1["salary"] == {"min": 229000.0, "max": 262000.0, "currency": "USD", "period": "year"}, m1
    assert m1["min_years"] == 8.0, m1
    assert m1["education_min"] == "bachelor" and m1["education_preferred"] == "master", m1
    assert m1["employment_type"] == "full_time" and m1["workplace"] == "hybrid", m1
    assert m1["skills"] == ["Python", "Scala", "sklearn"], m1
    assert m2["salary"] == {"min": 25.5, "max": 25.5, "currency": "USD", "period": "hour"}, m2
    assert m2["min_years"] == 0.0 and m2["education_min"] == "none", m2
    assert m2["education_preferred"] is None and m2["employment_type"] is None, m2
    assert m2["workplace"] == "remote" and m2["skills"] == ["Forklift", "pallet jack"], m2
    assert m3["salary"] == {"min": None, "max": 90000.0, "currency": "GBP", "period": "year"}, m3
    assert m3["min_years"] is None and m3["education_min"] == "high_school", m3
    assert m3["employment_type"] == "contract" and m3["workplace"] == "onsite", m3
    assert map_doc({}) == {"salary": None, "min_years": None, "education_min": None,
                           "education_preferred": None, "employment_type": None,
                           "workplace": None, "skills": []}
    assert map_doc(None)["salary"] is None

    gold = [
        {"gid": "x1", "skip": [], "salary": {"min": 229500, "max": 262000, "currency": "USD",
                                             "period": "year"},
         "min_years": 8, "education_min": "bachelor", "education_preferred": "doctorate",
         "employment_type": "full_time", "workplace": "hybrid",
         "skills_core": ["Python", "Scala", "scikit-learn"],
         "skills_any": ["Python", "Scala", "Java", "scikit-learn"]},
        {"gid": "x2", "skip": ["workplace"], "salary": {"min": 25.5, "max": 25.5,
                                                         "currency": "USD", "period": "hour"},
         "min_years": 0, "education_min": "none", "education_preferred": None,
         "employment_type": "part_time", "workplace": "onsite",
         "skills_core": ["forklift"], "skills_any": ["forklift"]},
        {"gid": "x3", "skip": [], "salary": {"min": None, "max": 91000, "currency": "GBP",
                                             "period": "year"},
         "min_years": None, "education_min": "high_school", "education_preferred": None,
         "employment_type": "contract", "workplace": "onsite",
         "skills_core": [], "skills_any": []},
    ]
    canon = {"sklearn": "scikit-learn", "scikit-learn": "scikit-learn"}
    res, errs = score(gold, [m1, m2, m3], SkillMatcher(canon))
    fr = res["fields"]
    # x1 salary within 0.5 %; x3 salary 90000 vs 91000 is 1.1 % off -> wrong
    assert (fr["salary"]["right"], fr["salary"]["total"]) == (2, 3), fr
    assert (fr["min_years"]["right"], fr["min_years"]["total"]) == (3, 3), fr
    assert (fr["education_min"]["right"], fr["education_min"]["total"]) == (3, 3), fr
    assert fr["education_preferred"]["right"] == 2, fr            # master vs doctorate
    assert fr["employment_type"]["right"] == 2, fr                 # PER_DIEM first -> null
    assert (fr["workplace"]["right"], fr["workplace"]["total"]) == (2, 2), fr  # x2 skipped
    s = res["skills"]
    assert (s["tp_recall"], s["core"]) == (4, 4), s               # sklearn found via canon
    assert (s["tp_precision"], s["predicted"]) == (4, 5), s       # "pallet jack" not in any
    assert abs(s["f1"] - 2 * 0.8 * 1.0 / 1.8) < 1e-9, s
    # without normalize_skill, sklearn does not match scikit-learn
    res2, _ = score(gold, [m1, m2, m3], SkillMatcher({}))
    assert res2["skills"]["tp_recall"] == 3, res2
    assert {e["gid"] for e in errs if e["field"] == "salary"} == {"x3"}, errs
    print("self-test passed")
    return 0


# ---------------------------------------------------------------- main

def main(argv=None):
    ap = argparse.ArgumentParser(description="Score parse_posting() against labelled JSONL.")
    ap.add_argument("file", nargs="?", help="labelled JSONL file (dev_gold format)")
    ap.add_argument("--dsn", default=None, help="libpq connection string (default: PG* env)")
    ap.add_argument("--show-errors", action="store_true", help="list every wrong prediction")
    ap.add_argument("--json", action="store_true", help="print the numbers as JSON")
    ap.add_argument("--self-test", action="store_true", help="test the mapping without a database")
    args = ap.parse_args(argv)

    if args.self_test:
        return self_test()
    if not args.file:
        ap.error("FILE.jsonl is required (or --self-test)")

    try:
        lines = load_jsonl(args.file)
    except OSError as e:
        print("cannot read %s: %s" % (args.file, e), file=sys.stderr)
        return 2
    try:
        conn = connect(args.dsn)
    except Exception as e:
        print("cannot connect to PostgreSQL: %s" % str(e).strip(), file=sys.stderr)
        return 2

    preds, failed, first_err = run_parser(conn, lines)
    names = set()
    for line, p in zip(lines, preds):
        names.update(p["skills"])
        names.update(line.get("skills_core") or [])
        names.update(line.get("skills_any") or [])
    canon = canonical_names(conn, names)
    conn.close()
    result, errors = score(lines, preds, SkillMatcher(canon))

    if first_err:
        print("warning: %d parse_posting call(s) failed; first: %s" % (failed, first_err),
              file=sys.stderr)
    if args.json:
        out = {"file": args.file, "postings": len(lines), "parse_errors": failed,
               "normalize_skill": bool(canon),
               "fields": result["fields"], "skills": result["skills"]}
        if args.show_errors:
            out["errors"] = errors
        print(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        print_table(result, len(lines), failed, bool(canon))
        if args.show_errors:
            print()
            print_errors(errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
