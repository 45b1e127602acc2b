#!/usr/bin/env bash
# Benchmark the salary_range GiST index against int4range and numrange GiST
# indexes over the same annual ranges (DESIGN.md §7): build time, index
# size, overlap-query time and KNN latency, printed as ratios against
# int4range (the named baseline) and numrange, measured in the same run.
#
# Needs jobreq built and installed (make && make install); starts its own
# throwaway cluster with pg_virtualenv.  ROWS (default 1000000) sets the
# table size.  Takes about 4-5 minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JOBREQ_BENCH_INNER:-}" ]; then
    export JOBREQ_BENCH_INNER=1
    exec pg_virtualenv -t -v 15 \
        -o shared_buffers=512MB -o maintenance_work_mem=256MB \
        -o work_mem=64MB -o max_parallel_workers_per_gather=0 \
        -o max_wal_size=4GB -o checkpoint_timeout=30min \
        bash "$0" "$@"
fi
psql -X -q -v ON_ERROR_STOP=1 -v rows="${ROWS:-1000000}" -f bench/salary_gist.sql
