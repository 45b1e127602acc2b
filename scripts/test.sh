#!/usr/bin/env bash
# Run every jobreq test layer on this machine, installing what is missing:
# core unit tests, further core suites, then pg_regress, pgTAP and the server
# suites inside a throwaway cluster (pg_virtualenv).  Ends with the line
# "N passed, M failed" and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export JOBREQ_RESULTS=$ROOT/build/test-results.txt
LOGS=$ROOT/build/logs
rm -rf "$LOGS"
mkdir -p "$LOGS"
: > "$JOBREQ_RESULTS"
. scripts/tap.sh

STRICT_COPT="-Wall -Wextra -Werror -Wno-unused-parameter -Wno-sign-compare -Wno-missing-field-initializers"

step() {
    local name=$1
    shift
    if "$@" > "$LOGS/$name.log" 2>&1; then
        record PASS "$name"
        echo "$name: ok"
    else
        record FAIL "$name"
        echo "$name: FAILED (log: $LOGS/$name.log)"
        tail -n 40 "$LOGS/$name.log"
    fi
}

step setup scripts/setup.sh
step build bash -c "make clean >/dev/null && make COPT='$STRICT_COPT'"
step install make install

run_tap "unit" "$LOGS/unit.log" make unitcheck

# Further core suites (no server): every test/*/core.sh prints TAP.
for suite in test/*/core.sh; do
    [ -e "$suite" ] || continue
    name=$(basename "$(dirname "$suite")")
    run_tap "$name-core" "$LOGS/$name-core.log" bash "$suite"
done

if command -v pg_virtualenv >/dev/null 2>&1; then
    pg_virtualenv -v 15 bash scripts/pg_tests.sh || record FAIL pg_virtualenv
else
    record FAIL "pg_virtualenv (postgresql-common missing)"
fi

passed=$(grep -c '^PASS' "$JOBREQ_RESULTS" || true)
failed=$(grep -c '^FAIL' "$JOBREQ_RESULTS" || true)
if [ "$failed" -ne 0 ]; then
    echo "Failures:"
    grep '^FAIL' "$JOBREQ_RESULTS" | sort | uniq -c
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
