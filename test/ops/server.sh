#!/usr/bin/env bash
# Operations: pg_dump/pg_restore keep salary_range values, GiST indexes and
# generated columns from the accessors; binary COPY round trip; ALTER
# EXTENSION UPDATE paths; a non-superuser can install the trusted extension;
# search-path hijacking; parallel plans for parse_posting.  Prints TAP.
set -uo pipefail
cd "$(dirname "$0")/../.."

n=0
ok() { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fi; }
q() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }
TMP=$(mktemp -d /tmp/jobreq-ops.XXXXXX)
chmod 777 "$TMP"
trap 'rm -rf "$TMP"' EXIT

# --- dump and restore -------------------------------------------------------
dropdb --if-exists jobreq_dump_src >/dev/null 2>&1
dropdb --if-exists jobreq_dump_dst >/dev/null 2>&1
createdb jobreq_dump_src && createdb jobreq_dump_dst
q -d jobreq_dump_src <<'SQL' >/dev/null 2>&1
CREATE EXTENSION jobreq;
CREATE TABLE postings (
    id int PRIMARY KEY,
    raw text NOT NULL,
    doc jsonb GENERATED ALWAYS AS (parse_posting(raw)) STORED,
    pay salary_range GENERATED ALWAYS AS (posting_salary(parse_posting(raw))) STORED,
    min_years numeric GENERATED ALWAYS AS (posting_min_years(parse_posting(raw))) STORED,
    asked salary_range
);
INSERT INTO postings (id, raw, asked)
SELECT i,
       format(E'Analyst %s\nSalary: $%s,000 - $%s,000 per year\n%s+ years of experience with SQL and Excel required.',
              i, 50 + i % 90, 80 + i % 90, 1 + i % 7),
       CASE i % 5
           WHEN 0 THEN format('..%s USD/YEAR', 90000 + i)::salary_range
           WHEN 1 THEN format('%s.. EUR/MONTH', 3000 + i)::salary_range
           WHEN 2 THEN format('%s USD/HOUR', 20 + (i % 40) / 2.0)::salary_range
           ELSE format('%s..%s GBP/YEAR', 30000 + i, 45000 + i)::salary_range
       END
FROM generate_series(1, 2000) AS i;
CREATE INDEX postings_pay_gist ON postings USING gist (pay);
CREATE INDEX postings_asked_gist ON postings USING gist (asked);
CREATE INDEX postings_years ON postings (min_years);
CREATE INDEX postings_skills ON postings USING gin (posting_skills(doc, 'required'));
SQL
ok $? "source database with salary_range columns, generated columns and indexes"

fingerprint() {
    q -d "$1" -c "SELECT md5(string_agg(format('%s|%s|%s|%s|%s', id, pay, asked, min_years, doc), ';' ORDER BY id)) FROM postings"
}
index_check() {
    # the same rows through the indexes as through a sequential scan
    q -d "$1" <<'SQL'
SET enable_seqscan = off; SET enable_bitmapscan = on;
CREATE TEMP TABLE via_index AS
  SELECT id FROM postings WHERE pay && '100000..120000 USD/YEAR'
  UNION ALL SELECT id FROM postings WHERE asked @> 95000::numeric
  UNION ALL SELECT id FROM postings WHERE min_years <= 2
  UNION ALL SELECT id FROM postings WHERE posting_skills(doc, 'required') @> ARRAY['SQL'];
RESET enable_seqscan; SET enable_indexscan = off; SET enable_bitmapscan = off;
CREATE TEMP TABLE via_seq AS
  SELECT id FROM postings WHERE pay && '100000..120000 USD/YEAR'
  UNION ALL SELECT id FROM postings WHERE asked @> 95000::numeric
  UNION ALL SELECT id FROM postings WHERE min_years <= 2
  UNION ALL SELECT id FROM postings WHERE posting_skills(doc, 'required') @> ARRAY['SQL'];
SELECT (SELECT count(*) FROM via_index) > 0
   AND NOT EXISTS (SELECT id FROM via_index EXCEPT ALL SELECT id FROM via_seq)
   AND NOT EXISTS (SELECT id FROM via_seq EXCEPT ALL SELECT id FROM via_index);
SQL
}

pg_dump -Fc -d jobreq_dump_src -f "$TMP/dump.pgc" 2>"$TMP/dump.err"
ok $? "pg_dump -Fc of a database using jobreq"
pg_restore -d jobreq_dump_dst "$TMP/dump.pgc" 2>"$TMP/restore.err"
ok $? "pg_restore into a fresh database"
[ -s "$TMP/restore.err" ] && sed 's/^/# /' "$TMP/restore.err" | head
a=$(fingerprint jobreq_dump_src); b=$(fingerprint jobreq_dump_dst)
[ -n "$a" ] && [ "$a" = "$b" ]
ok $? "every value (salary_range, generated jsonb, accessor columns) survives dump/restore"
[ "$(index_check jobreq_dump_dst | tail -1)" = "t" ]
ok $? "restored GiST, btree and GIN indexes return the same rows as a sequential scan"
[ "$(q -d jobreq_dump_dst -c "SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname LIKE 'postings_%' AND i.indisvalid")" -ge 5 ]
ok $? "restored indexes are valid"

# --- binary COPY --------------------------------------------------------------
q -d jobreq_dump_src -c "COPY (SELECT id, pay, asked FROM postings) TO '$TMP/pay.bin' WITH (FORMAT binary)" >/dev/null 2>&1
ok $? "COPY TO with FORMAT binary"
q -d jobreq_dump_src <<SQL >/dev/null 2>&1
CREATE TABLE pay_copy (id int, pay salary_range, asked salary_range);
COPY pay_copy FROM '$TMP/pay.bin' WITH (FORMAT binary);
SQL
ok $? "COPY FROM with FORMAT binary"
[ "$(q -d jobreq_dump_src -c "SELECT count(*) FROM postings p JOIN pay_copy c USING (id) WHERE p.pay IS NOT DISTINCT FROM c.pay AND p.asked = c.asked AND p.pay::text IS NOT DISTINCT FROM c.pay::text AND p.asked::text = c.asked::text")" = 2000 ]
ok $? "binary COPY round trip keeps every value, period and currency"

# --- update paths ---------------------------------------------------------------
current=$(q -d jobreq_dump_src -c "SELECT extversion FROM pg_extension WHERE extname = 'jobreq'")
# every released version that has an upgrade script must reach the current one
for script in sql/jobreq--*--*.sql; do
    [ -e "$script" ] || continue
    from=$(basename "$script" .sql | sed -E 's/^jobreq--([^-]+)--.*/\1/')
    reach=$(q -d jobreq_dump_src -c "SELECT path IS NOT NULL FROM pg_extension_update_paths('jobreq') WHERE source = '$from' AND target = '$current'")
    [ "$reach" = "t" ]
    ok $? "an update path leads from $from to $current"
done
releases=$(ls sql/jobreq--*--*.sql 2>/dev/null | wc -l)
[ "$(q -d jobreq_dump_src -c "SELECT count(*) FROM pg_available_extension_versions WHERE name = 'jobreq'")" -eq $((releases + 1)) ]
ok $? "installed versions: $current plus one per upgrade script ($releases)"

# --- trusted extension, installed by a non-superuser -------------------------------
dropdb --if-exists jobreq_trusted >/dev/null 2>&1
q -d postgres -c "DROP ROLE IF EXISTS jobreq_owner" -c "CREATE ROLE jobreq_owner LOGIN" >/dev/null 2>&1
createdb -O jobreq_owner jobreq_trusted
q -d jobreq_trusted <<'SQL' >/dev/null 2>&1
SET ROLE jobreq_owner;
CREATE EXTENSION jobreq;
CREATE TABLE t (pay salary_range);
INSERT INTO t VALUES ('$50/hour'), ('$104k a year');
SQL
ok $? "a database owner without superuser installs jobreq (trusted) and uses salary_range"
[ "$(q -d jobreq_trusted -c "SET ROLE jobreq_owner; SELECT count(DISTINCT pay) FROM t")" = 1 ]
ok $? "the non-superuser sees \$50/hour = \$104k a year"

# --- search-path hijacking (like contrib/seg's security test) ----------------------
dropdb --if-exists jobreq_hijack >/dev/null 2>&1
createdb jobreq_hijack
q -d jobreq_hijack <<'SQL' >/dev/null 2>&1
CREATE TABLE hijack_log (what text);
CREATE SCHEMA evil;
-- functions and operators an install script or SQL-language function might resolve by name
CREATE FUNCTION evil.jsonb_typeof(jsonb) RETURNS text LANGUAGE plpgsql AS
  $$BEGIN INSERT INTO public.hijack_log VALUES ('jsonb_typeof'); RETURN 'object'; END$$;
CREATE FUNCTION evil.lower(text) RETURNS text LANGUAGE plpgsql AS
  $$BEGIN INSERT INTO public.hijack_log VALUES ('lower'); RETURN $1; END$$;
CREATE FUNCTION evil.array_agg_hijack(text, text) RETURNS boolean LANGUAGE plpgsql AS
  $$BEGIN INSERT INTO public.hijack_log VALUES ('='); RETURN $1 OPERATOR(pg_catalog.=) $2; END$$;
CREATE OPERATOR evil.= (LEFTARG = text, RIGHTARG = text, FUNCTION = evil.array_agg_hijack);
CREATE FUNCTION evil.coalesce_num(numeric, numeric) RETURNS boolean LANGUAGE plpgsql AS
  $$BEGIN INSERT INTO public.hijack_log VALUES ('<='); RETURN $1 OPERATOR(pg_catalog.<=) $2; END$$;
CREATE OPERATOR evil.<= (LEFTARG = numeric, RIGHTARG = numeric, FUNCTION = evil.coalesce_num);
-- evil comes before pg_catalog, so its exact-type overloads win any unqualified lookup
SET search_path = evil, pg_catalog, public;
CREATE EXTENSION jobreq SCHEMA public;
SELECT public.parse_posting('Data Analyst' || chr(10) || 'Salary: $60,000 - $70,000 a year' || chr(10) || '3+ years of SQL required. Bachelor''s degree.');
SELECT public.posting_skills(public.parse_posting('Python and SQL required'), 'required');
SELECT public.posting_min_years(public.parse_posting('5+ years of experience required'));
SELECT public.meets_requirements('{"skills": ["SQL"], "yearsOfExperience": 4}', public.parse_posting('3+ years of SQL required'));
SELECT public.requirements_report('{"skills": ["SQL"]}', public.parse_posting('SQL required'));
SELECT public.skill_overlap(ARRAY['PyTorch'], ARRAY['machine learning']);
SELECT public.to_jsonld(public.parse_posting('Nurse' || chr(10) || 'Salary: $40/hour'));
SQL
ok $? "CREATE EXTENSION and calls work with a hostile schema first in search_path"
[ "$(q -d jobreq_hijack -c "SELECT count(*) FROM hijack_log")" = 0 ]
ok $? "no hijacking function or operator was ever called"

# --- parallel query ------------------------------------------------------------------
plan=$(q -d jobreq_dump_src <<'SQL'
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 100;
SET min_parallel_table_scan_size = 0;
CREATE TABLE big AS SELECT i AS id, raw FROM postings, generate_series(1, 10) AS i;
ANALYZE big;
EXPLAIN (COSTS OFF) SELECT count(*) FROM big WHERE parse_posting(raw) ? 'baseSalary';
SQL
)
echo "$plan" | grep -q "Gather" && echo "$plan" | grep -q "Parallel Seq Scan"
ok $? "a parse_posting scan gets a parallel plan from its COST"
echo "$plan" | grep -q "Gather" || echo "$plan" | sed 's/^/# /'

echo "1..$n"
