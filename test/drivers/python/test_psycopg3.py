"""psycopg 3 with binary results and binary parameters: salary_range both
ways through the binary protocol, parse_posting as JSON, meets_requirements
with a bound jsonb parameter.  Prints TAP."""
import sys

import psycopg
from psycopg.types.json import Jsonb

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from jobreq_adapters import SalaryRange, register_psycopg  # noqa: E402

results = []


def check(cond, name):
    results.append((bool(cond), name))


with psycopg.connect("", autocommit=True) as conn:
    register_psycopg(conn)
    # binary results
    with conn.cursor(binary=True) as cur:
        cur.execute("SELECT %b::salary_range", ("$104k a year",))
        sr = cur.fetchone()[0]
        check(isinstance(sr, SalaryRange), "psycopg3 binary: salary_range loads as SalaryRange")
        check(sr == SalaryRange(104000, 104000, "USD", "YEAR"), "psycopg3 binary: $104k a year")
        cur.execute("SELECT '..90000 EUR/MONTH'::salary_range, '25.5 USD/HOUR'::salary_range, "
                    "'120000.. CAD/YEAR'::salary_range")
        row = cur.fetchone()
        check(row == (SalaryRange(None, 90000, "EUR", "MONTH"), SalaryRange(25.5, 25.5, "USD", "HOUR"),
                      SalaryRange(120000, None, "CAD", "YEAR")),
              "psycopg3 binary: open bounds, cents and currencies decode exactly")
        # binary parameters
        cur.execute("CREATE TEMP TABLE pay (pay salary_range)")
        values = [SalaryRange(50, 50, "USD", "HOUR"), SalaryRange(104000, 104000, "USD", "YEAR"),
                  SalaryRange(None, 3000.75, "GBP", "WEEK")]
        cur.executemany("INSERT INTO pay VALUES (%b)", [(v,) for v in values])
        cur.execute("SELECT count(DISTINCT pay) FROM pay WHERE salary_currency(pay) = 'USD'")
        check(cur.fetchone()[0] == 1, "psycopg3 binary params: $50/hour = $104k a year on the server")
        cur.execute("SELECT pay FROM pay ORDER BY pay")
        check(sorted(r[0] for r in cur.fetchall() if r[0].currency == "GBP") == [values[2]],
              "psycopg3 binary: values round-trip through binary send/recv")
        raw = ("Backend Engineer\nSalary: $140,000 - $170,000 a year\n"
               "5+ years of experience with Go or Java required.")
        cur.execute("SELECT parse_posting(%b)", (raw,))
        doc = cur.fetchone()[0]
        check(isinstance(doc, dict) and "baseSalary" in doc,
              "psycopg3 binary: parse_posting jsonb loads as a dict")
        cur.execute("SELECT meets_requirements(%b, %b)",
                    (Jsonb({"skills": [s["name"] for s in doc.get("skills", [])],
                            "yearsOfExperience": 6}), Jsonb(doc)))
        check(cur.fetchone()[0] is True, "psycopg3: meets_requirements with binary jsonb parameters")
        cur.execute("SELECT requirements_report(%b, %b)",
                    (Jsonb({"yearsOfExperience": 2}), Jsonb(doc)))
        report = cur.fetchone()[0]
        check(report.get("meets") is False, "psycopg3: requirements_report explains a miss")

for i, (ok, name) in enumerate(results, 1):
    print(("ok" if ok else "not ok"), i, "-", name)
print("1..%d" % len(results))
