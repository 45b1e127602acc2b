#!/usr/bin/env bash
# Inside the throwaway cluster: load test/corpus/ and run the demo queries.
set -euo pipefail
cd "$(dirname "$0")/.."
export PGDATABASE=jobreq_demo
createdb jobreq_demo
psql -X -q -v ON_ERROR_STOP=1 <<'SQL'
CREATE EXTENSION jobreq;
CREATE TABLE postings (id text PRIMARY KEY, raw text NOT NULL);
SQL
# Each sample posting is passed as a psql variable, so quoting is psql's.
for f in test/corpus/*.txt test/corpus/*.html; do
    [ -e "$f" ] || continue
    psql -X -q -v ON_ERROR_STOP=1 -v id="$(basename "$f")" -v raw="$(cat "$f")" <<'SQL'
INSERT INTO postings VALUES (:'id', :'raw');
SQL
done
psql -X -v ON_ERROR_STOP=1 -f scripts/demo.sql
