#!/usr/bin/env bash
# Skills benchmarks (DESIGN.md §7), in a throwaway cluster (jit off, no
# parallel workers):
#   (a) skill_overlap(text[], text[]) over ROWS (default 50000) rows of two
#       workloads against the same share computed in SQL with the taxonomy
#       loaded into tables (bench/skills_baseline.sql: normalized keys,
#       a closure table built by a recursive CTE) -- the named baseline,
#       target >= 10x -- first checked equal to skill_overlap on every row;
#       plus two weaker queries for scale (lower() keys; the lower()-only
#       string comparison, the floor);
#   (b) extract_skills throughput in MB/s over the raw_text of the shared
#       corpus (read at run time, never copied into the repository), with
#       md5(raw) over the same rows as the baseline;
# then bench/skills_accuracy.py (recall and precision of extract_skills).
#
#   make && make install && bash bench/skills.sh
#
# CORPUS (default ../shared/corpus/postings.jsonl) and GOLD (default
# ../shared/corpus/dev_gold.jsonl) point at the data; PARTS (default
# overlap,extract,accuracy) picks what to run; REPEAT (default 5) and
# REPEAT_SLOW (default 2, the SQL baselines) set the runs per query.  Takes
# about seven minutes on two cores.
#
# JOBREQ_DESTDIR: measure an extension installed privately with
# `make install DESTDIR=$JOBREQ_DESTDIR` instead of the shared install (no
# lock needed for long runs), e.g.
#   make install DESTDIR=/tmp/sk-dest && JOBREQ_DESTDIR=/tmp/sk-dest bash bench/skills.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JOBREQ_BENCH_INNER:-}" ]; then
    export JOBREQ_BENCH_INNER=1
    private=()
    if [ -n "${JOBREQ_DESTDIR:-}" ]; then
        libdir=$(pg_config --pkglibdir)
        private=(-o "extension_destdir=$JOBREQ_DESTDIR"
                 -o "dynamic_library_path=$JOBREQ_DESTDIR$libdir:$libdir")
    fi
    exec pg_virtualenv -t -v 15 -o max_parallel_workers_per_gather=0 \
        -o shared_buffers=256MB -o work_mem=64MB "${private[@]}" \
        bash "$0" "$@"
fi
export CORPUS="${CORPUS:-../shared/corpus/postings.jsonl}"
export GOLD="${GOLD:-../shared/corpus/dev_gold.jsonl}"
export PARTS="${PARTS:-overlap,extract,accuracy}"
/usr/bin/python3 bench/skills.py
if [[ ",$PARTS," == *,accuracy,* ]]; then
    /usr/bin/python3 bench/skills_accuracy.py
fi
