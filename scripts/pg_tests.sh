#!/usr/bin/env bash
# Server-side test layers; run inside a throwaway cluster by scripts/test.sh
# (pg_virtualenv sets PGHOST/PGPORT/PGUSER/PGPASSWORD).
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/tap.sh
LOGS=build/logs

# pg_regress through PGXS: one result per test file.
regress_tap() {
    local status=0
    make installcheck > "$LOGS/regress.raw" 2>&1 || status=$?
    local n=0
    while read -r verdict; do
        n=$((n + 1))
        echo "$verdict $n"
    done < <(sed -nE 's/^[[:space:]]*(test[[:space:]]+)?([A-Za-z0-9_]+)[[:space:]]+\.\.\.[[:space:]]+(ok|FAILED|failed).*/\3 - \2/p' "$LOGS/regress.raw" |
        awk '{ if ($1 == "ok") print "ok"; else print "not ok" }')
    sed -nE 's/^[[:space:]]*(test[[:space:]]+)?([A-Za-z0-9_]+)[[:space:]]+\.\.\.[[:space:]]+(ok|FAILED|failed).*/# \3 \2/p' "$LOGS/regress.raw"
    if [ "$status" -ne 0 ] && [ -f regression.diffs ]; then head -n 80 regression.diffs; fi
    return $status
}

# pgTAP through pg_prove: one result per assertion.
pgtap_tap() {
    dropdb --if-exists jobreq_tap >/dev/null 2>&1
    createdb jobreq_tap || return 1
    psql -X -q -v ON_ERROR_STOP=1 -d jobreq_tap \
        -c 'CREATE EXTENSION pgtap' -c 'CREATE EXTENSION jobreq' || return 1
    pg_prove --verbose -d jobreq_tap test/pgtap/*.sql
}

run_tap "pg_regress" "$LOGS/regress.log" regress_tap
run_tap "pgtap" "$LOGS/pgtap.log" pgtap_tap

# Further server suites: every test/*/server.sh prints TAP.
for suite in test/*/server.sh; do
    [ -e "$suite" ] || continue
    name=$(basename "$(dirname "$suite")")
    run_tap "$name" "$LOGS/$name-server.log" bash "$suite"
done
