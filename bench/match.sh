#!/usr/bin/env bash
# Matching one candidate against a million parsed postings (DESIGN.md §7):
# the index recipe of README "Matching at scale" against the baseline, a
# sequential meets_requirements scan over the same table in the same run.
# Prints the ratio (target >= 50x), checks that both return the same rows,
# and times the top 20 by match_score among the matches.
#
# The postings are built at run time: the corpus (CORPUS, default
# /work/shared/corpus/postings.jsonl, one {"raw_text": ...} per line) is
# parsed with parse_posting, and the parsed fields (title, organization,
# responsibilities, skills, experience, education, pay, workplace) of
# different postings are recombined into N (default 1000000) documents.
#
# Builds the extension and installs it into build/bench-destdir, not into
# the shared server directories; the throwaway cluster (pg_virtualenv) finds
# it through Debian's extension_destdir.  Takes about 5-8 minutes on two
# cores.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
if [ -z "${JOBREQ_BENCH_INNER:-}" ]; then
    DEST=$ROOT/build/bench-destdir
    LIBDIR=$(pg_config --pkglibdir)
    make -s >/dev/null
    rm -rf "$DEST"
    make -s install DESTDIR="$DEST" >/dev/null
    export JOBREQ_BENCH_INNER=1
    exec pg_virtualenv -t -v 15 \
        -o "extension_destdir=$DEST" \
        -o "dynamic_library_path=$DEST$LIBDIR:$LIBDIR" \
        -o shared_buffers=1GB -o maintenance_work_mem=512MB \
        -o work_mem=64MB -o max_wal_size=8GB -o checkpoint_timeout=30min \
        -o synchronous_commit=off -o jit=off \
        bash "$0" "$@"
fi

CORPUS=${CORPUS:-/work/shared/corpus/postings.jsonl}
N=${N:-1000000}
[ -r "$CORPUS" ] || { echo "corpus not readable: $CORPUS" >&2; exit 1; }
createdb jobreq_bench_match
export PGDATABASE=jobreq_bench_match
psql -X -q -v ON_ERROR_STOP=1 -v n="$N" -v corpus="$CORPUS" -f bench/match.sql
