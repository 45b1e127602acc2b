#!/usr/bin/env bash
# Benchmark parse_posting() over a table of real postings against two
# baselines measured in the same run on the same table:
#   md5(raw)                      -- reading every posting once (DESIGN.md 7: <= 6x)
#   five regexp_match() calls     -- a naive SQL extraction of title, salary,
#                                    years, degree and employment type (must be slower)
# Usage (the extension must be installed; hold the shared lock while you
# install and run, e.g. flock /tmp/jobreq-pg.lock bash -c 'make install && bash bench/parse_posting.sh'):
#   bash bench/parse_posting.sh [POSTINGS.jsonl] [COPIES]
# POSTINGS.jsonl defaults to ../shared/corpus/postings.jsonl (read at run
# time, never copied into the repository); COPIES (default 8) replicates it
# to about 20,000 rows.  Runs in its own throwaway cluster (pg_virtualenv -t:
# in a temporary directory even as root, so it never collides with another
# cluster on the machine).
# JOBREQ_DESTDIR=DIR: use the extension installed with `make install
# DESTDIR=DIR` instead of the shared install (no lock needed, e.g.
#   make install DESTDIR=/tmp/pp-dest && JOBREQ_DESTDIR=/tmp/pp-dest bash bench/parse_posting.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=$(realpath "${1:-../shared/corpus/postings.jsonl}")
COPIES=${2:-8}
[ -r "$CORPUS" ] || { echo "cannot read $CORPUS" >&2; exit 2; }

VENV_OPTS=()
if [ -n "${JOBREQ_DESTDIR:-}" ]; then
    DEST=$(realpath "$JOBREQ_DESTDIR")
    LIBDIR=$(pg_config --pkglibdir)
    [ -r "$DEST$LIBDIR/jobreq.so" ] || { echo "no jobreq.so under $DEST" >&2; exit 2; }
    VENV_OPTS=(-o "extension_destdir=$DEST" -o "dynamic_library_path=$DEST$LIBDIR:$LIBDIR")
fi

exec pg_virtualenv -t -v 15 "${VENV_OPTS[@]}" bash -s "$CORPUS" "$COPIES" <<'OUTER'
set -euo pipefail
CORPUS=$1
COPIES=$2
export PGDATABASE=jobreq_bench
createdb jobreq_bench
psql -X -q -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION jobreq' -c 'CREATE TABLE lines (j text)'
# one JSON document per line; \x01 and \x02 never occur in the file
psql -X -q -v ON_ERROR_STOP=1 \
    -c "\\copy lines FROM STDIN WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')" < "$CORPUS"
psql -X -q -v ON_ERROR_STOP=1 -v copies="$COPIES" <<'SQL'
CREATE TABLE bench AS
  SELECT (j::jsonb)->>'raw_text' AS raw FROM lines, generate_series(1, :copies);
DROP TABLE lines;
VACUUM ANALYZE bench;
SQL

psql -X -q -v ON_ERROR_STOP=1 <<'SQL'
\pset footer off
SET max_parallel_workers_per_gather = 0;   -- one core for every contender
SET jit = off;
CREATE FUNCTION pg_temp.best_ms(q text, runs int DEFAULT 3) RETURNS numeric
LANGUAGE plpgsql AS $$
DECLARE
    t0 timestamptz;
    best numeric := NULL;
    ms numeric;
BEGIN
    FOR i IN 1..runs LOOP
        t0 := clock_timestamp();
        EXECUTE q;
        ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
        best := least(coalesce(best, ms), ms);
    END LOOP;
    RETURN round(best, 1);
END $$;

SELECT count(*) AS postings, pg_size_pretty(sum(octet_length(raw))) AS text,
       round(avg(octet_length(raw))) AS avg_bytes
  FROM bench;

CREATE TEMP TABLE timings AS
SELECT 'md5(raw)' AS contender,
       pg_temp.best_ms('SELECT count(md5(raw)) FROM bench') AS ms
UNION ALL
SELECT 'naive 5x regexp_match',
       pg_temp.best_ms($q$
SELECT count(title) + count(salary) + count(years) + count(degree) + count(employment)
  FROM (SELECT
  regexp_match(raw, '^([^\n]+)') AS title,
  regexp_match(raw, '\$\s?\d[\d,]*(?:\.\d+)?\s*[kK]?\s*(?:-|–|to)\s*\$?\s?\d[\d,]*(?:\.\d+)?\s*[kK]?') AS salary,
  regexp_match(raw, '(\d+)\+?\s*(?:-\s*\d+\s*)?years?', 'i') AS years,
  regexp_match(raw, '(bachelor|master|ph\.?d|doctorate|associate|high school)', 'i') AS degree,
  regexp_match(raw, '(full[- ]time|part[- ]time|contract|temporary|internship)', 'i') AS employment
  FROM bench) s$q$)
UNION ALL
SELECT 'parse_posting(raw)',
       pg_temp.best_ms('SELECT count(parse_posting(raw)) FROM bench')
UNION ALL
SELECT 'parse_posting(raw, true)',
       pg_temp.best_ms('SELECT count(parse_posting(raw, true)) FROM bench');

SELECT contender, ms,
       round(ms / (SELECT ms FROM timings WHERE contender = 'md5(raw)'), 2) AS x_md5,
       round(ms / (SELECT ms FROM timings WHERE contender = 'naive 5x regexp_match'), 2)
           AS x_naive,
       round(ms * 1000 / (SELECT count(*) FROM bench), 1) AS us_per_posting
  FROM timings;

SELECT CASE WHEN p.ms <= 6 * m.ms THEN 'MET' ELSE 'NOT MET' END
           AS "parse <= 6x md5",
       CASE WHEN p.ms < n.ms THEN 'MET' ELSE 'NOT MET' END
           AS "parse faster than naive"
  FROM timings p, timings m, timings n
 WHERE p.contender = 'parse_posting(raw)' AND m.contender = 'md5(raw)'
   AND n.contender = 'naive 5x regexp_match';
SQL
OUTER
