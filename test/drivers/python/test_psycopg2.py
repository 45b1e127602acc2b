"""psycopg2 (text protocol): read and write salary_range, read parse_posting
output as JSON, call meets_requirements with a bound jsonb parameter.
Prints TAP."""
import json
import sys

import psycopg2
import psycopg2.extras

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from jobreq_adapters import SalaryRange, register_psycopg2  # noqa: E402

results = []


def check(cond, name):
    results.append((bool(cond), name))


conn = psycopg2.connect("")
conn.autocommit = True
register_psycopg2(conn)
cur = conn.cursor()

cur.execute("SELECT %s::salary_range", ("$50/hour",))
sr = cur.fetchone()[0]
check(isinstance(sr, SalaryRange), "psycopg2: salary_range is read as a SalaryRange")
check(sr == SalaryRange(50, 50, "USD", "HOUR"), "psycopg2: $50/hour reads as 50..50 USD/HOUR")
check(sr.annual() == (104000, 104000), "psycopg2: annualized in Python matches the server's factors")

cur.execute("CREATE TEMP TABLE pay (id int, pay salary_range)")
cur.execute("INSERT INTO pay VALUES (1, %s), (2, %s)",
            (SalaryRange(120000, 150000, "USD", "YEAR"), SalaryRange(None, 90000, "EUR", "YEAR")))
cur.execute("SELECT pay::text FROM pay ORDER BY id")
check([r[0] for r in cur.fetchall()] == ["120000..150000 USD/YEAR", "..90000 EUR/YEAR"],
      "psycopg2: SalaryRange parameters are written as canonical literals")
cur.execute("SELECT id FROM pay WHERE pay && %s::salary_range", ("$60-$70/hour",))
check(cur.fetchall() == [(1,)], "psycopg2: overlap query with an hourly literal parameter")

raw = ("Data Analyst\nNorthwind Labs\nSalary: $60,000 - $75,000 per year\n"
       "Requirements: 3+ years of experience with SQL and Python. Bachelor's degree required.")
cur.execute("SELECT parse_posting(%s)", (raw,))
doc = cur.fetchone()[0]
check(isinstance(doc, dict), "psycopg2: parse_posting output arrives as a dict")
check(doc.get("baseSalary", {}).get("value", {}).get("minValue") == 60000,
      "psycopg2: baseSalary.minValue is 60000")

# the candidate has every skill the parser found required, and more experience
required = [s["name"] for s in doc.get("skills", []) if s.get("required")]
check("SQL" in required and "Python" in required, "psycopg2: SQL and Python are required skills")
cand = {"skills": required, "yearsOfExperience": 4, "educationalLevel": "master"}
cur.execute("SELECT meets_requirements(%s, %s)",
            (psycopg2.extras.Json(cand), psycopg2.extras.Json(doc)))
check(cur.fetchone()[0] is True, "psycopg2: meets_requirements with bound jsonb parameters")
cand["yearsOfExperience"] = "four"
try:
    cur.execute("SELECT meets_requirements(%s, %s)",
                (psycopg2.extras.Json(cand), psycopg2.extras.Json(doc)))
    check(False, "psycopg2: wrong-typed candidate key raises 22023")
except psycopg2.Error as e:
    check(e.pgcode == "22023", "psycopg2: wrong-typed candidate key raises 22023")

for i, (ok, name) in enumerate(results, 1):
    print(("ok" if ok else "not ok"), i, "-", name)
print("1..%d" % len(results))
