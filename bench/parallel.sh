#!/usr/bin/env bash
# Parallel query speed-up of parse_posting: the same scan with
# max_parallel_workers_per_gather = 0 (baseline) and = 2, on the 2,591 real
# postings from ../shared/corpus/postings.jsonl (replicated to ROWS rows).
#   bash bench/parallel.sh            # in a throwaway cluster
#   ROWS=50000 bash bench/parallel.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JOBREQ_IN_VENV:-}" ]; then
    export JOBREQ_IN_VENV=1
    exec pg_virtualenv -t -v 15 -o max_worker_processes=8 -o max_parallel_workers=4 bash "$0" "$@"
fi
ROWS=${ROWS:-20000}
CORPUS=${CORPUS:-../shared/corpus/postings.jsonl}
[ -f "$CORPUS" ] || { echo "corpus not found: $CORPUS" >&2; exit 1; }
export PGDATABASE=jobreq_bench
createdb jobreq_bench
psql -X -q -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION jobreq' -c 'CREATE TABLE src (doc jsonb)'
psql -X -q -v ON_ERROR_STOP=1 -c "\\copy src FROM '$CORPUS' WITH (FORMAT csv, QUOTE e'\\x01', DELIMITER e'\\x02')"
psql -X -q -v ON_ERROR_STOP=1 <<SQL
CREATE TABLE postings AS
  SELECT i AS id, doc->>'raw_text' AS raw
    FROM (SELECT row_number() OVER () AS n, doc FROM src) s,
         generate_series(1, ceil($ROWS / 2591.0)::int) AS g(i)
   LIMIT $ROWS;
ANALYZE postings;
SQL
run() {
    psql -X -q -At -v ON_ERROR_STOP=1 <<SQL
SET max_parallel_workers_per_gather = $1;
SET parallel_setup_cost = 100;
-- raw text is TOASTed, so the heap is small: let the table size not veto workers
SET min_parallel_table_scan_size = 0;
SELECT count(*) FROM postings WHERE parse_posting(raw) ? 'title';  -- warm-up
\\timing on
SELECT count(*) FROM postings WHERE parse_posting(raw) ? 'title';
SQL
}
ms() { grep -oE 'Time: [0-9.]+' | awk '{print $2}' | tail -1; }
serial=$(run 0 | ms)
parallel=$(run 2 | ms)
plan=$(psql -X -At -c "SET max_parallel_workers_per_gather = 2; SET parallel_setup_cost = 100; SET min_parallel_table_scan_size = 0; EXPLAIN SELECT count(*) FROM postings WHERE parse_posting(raw) ? 'title'" | grep -E 'Workers Planned' | head -1 || true)
echo "rows: $ROWS   plan with 2 workers: ${plan# *}"
printf 'serial (baseline): %.0f ms   parallel (2 workers): %.0f ms   speed-up: %.2fx\n' \
    "$serial" "$parallel" "$(echo "$serial / $parallel" | bc -l)"
