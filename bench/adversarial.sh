#!/usr/bin/env bash
# Adversarial-input benchmark: time parse_posting, parse_salary, extract_skills
# and salary_range input over every pathological input of
# test/adversarial/gen.py and report the worst per-byte time as a multiple of
# the same function's per-byte time over ordinary postings (the shared corpus,
# read at run time); then check that backend memory stays flat over a million
# calls each of parse_salary, extract_skills, salary_range input, parse_posting
# of short (300-character) texts and meets_requirements, and 100,000
# parse_posting calls on whole postings, in one backend (VmRSS at the start,
# after the first tenth and at the end, and the ratio end/start).
#
#   make install && bash bench/adversarial.sh [--size BYTES] [--huge BYTES]
#       [--corpus PATH] [--skip-memory] [--memory-only]
#
# Runs in a throwaway cluster (pg_virtualenv) unless PGPORT/PGHOST already
# point at one.  Uses the jobreq installed in the server (make install), or,
# with JOBREQ_DESTDIR set, a private install that needs no shared lock:
#
#   make install DESTDIR=/tmp/rel-dest
#   JOBREQ_DESTDIR=/tmp/rel-dest bash bench/adversarial.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JOBREQ_BENCH_INNER:-}" ] && [ -z "${PGPORT:-}" ]; then
    export JOBREQ_BENCH_INNER=1
    opts=()
    if [ -n "${JOBREQ_DESTDIR:-}" ]; then
        lib=$(pg_config --pkglibdir)
        opts=(-o "extension_destdir=$JOBREQ_DESTDIR"
              -o "dynamic_library_path=$JOBREQ_DESTDIR$lib:$lib")
    fi
    exec pg_virtualenv -t -v 15 "${opts[@]}" bash "$0" "$@"
fi
exec /usr/bin/python3 bench/adversarial.py "$@"
