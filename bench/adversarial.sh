#!/usr/bin/env bash
# Adversarial-input benchmark: time parse_posting, parse_salary, extract_skills
# and salary_range input over every pathological input of
# test/adversarial/gen.py and report the worst per-byte time as a multiple of
# the same function's per-byte time over ordinary postings (the shared corpus,
# read at run time); then check that backend memory stays flat over a million
# parse_salary calls and 100,000 parse_posting calls.
#
#   make install && bash bench/adversarial.sh [--size BYTES] [--huge BYTES]
#       [--corpus PATH] [--skip-memory] [--memory-only]
#
# Runs in a throwaway cluster (pg_virtualenv) unless PGPORT/PGHOST already
# point at one.  Uses the jobreq installed in the server (make install).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JOBREQ_BENCH_INNER:-}" ] && [ -z "${PGPORT:-}" ]; then
    export JOBREQ_BENCH_INNER=1
    exec pg_virtualenv -v 15 bash "$0" "$@"
fi
exec /usr/bin/python3 bench/adversarial.py "$@"
