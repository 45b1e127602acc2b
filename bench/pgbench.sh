#!/usr/bin/env bash
# Concurrency benchmark: pgbench with a mixed custom workload against jobreq
# (ingest with parse_posting into a table with generated salary/skills/years
# columns and GiST/GIN/btree indexes; salary overlap and KNN queries; skill
# containment queries; candidate matching; free-text parse_salary and
# extract_skills).  Prints tps, the error count, and whether the server
# stayed up (same pg_postmaster_start_time, no "terminated by signal" in the
# log, every client finished).
#
#   make install && bash bench/pgbench.sh [CLIENTS [SECONDS]]     # default 8 60
#
# Postings: the shared corpus (JOBREQ_CORPUS, default
# /work/shared/corpus/postings.jsonl), read at run time.  With JOBREQ_DESTDIR
# set, the server loads jobreq from that private install instead of the shared
# one (no lock needed):
#
#   make install DESTDIR=/tmp/rel-dest
#   JOBREQ_DESTDIR=/tmp/rel-dest bash bench/pgbench.sh 8 60
set -uo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JOBREQ_BENCH_INNER:-}" ] && [ -z "${PGPORT:-}" ]; then
    export JOBREQ_BENCH_INNER=1
    opts=()
    if [ -n "${JOBREQ_DESTDIR:-}" ]; then
        lib=$(pg_config --pkglibdir)
        opts=(-o "extension_destdir=$JOBREQ_DESTDIR"
              -o "dynamic_library_path=$JOBREQ_DESTDIR$lib:$lib")
    fi
    exec pg_virtualenv -t -v 15 -o max_connections=50 -o shared_buffers=256MB "${opts[@]}" bash "$0" "$@"
fi
CLIENTS=${1:-8}
SECS=${2:-60}
CORPUS=${JOBREQ_CORPUS:-/work/shared/corpus/postings.jsonl}
W=build/pgbench
rm -rf "$W"
mkdir -p "$W"
export PGDATABASE=jobreq_pgbench
dropdb --if-exists jobreq_pgbench 2>/dev/null
createdb jobreq_pgbench || exit 1
PSQL=(psql -X -q -v ON_ERROR_STOP=1)

LOG=""
while read -r ver name port status owner data logfile; do
    [ "$port" = "${PGPORT:-5432}" ] && LOG=$logfile
done < <(pg_lsclusters -h 2>/dev/null)

n=$(/usr/bin/python3 bench/pgbench_load.py src "$CORPUS") || exit 1
echo "loaded $n postings from $CORPUS"
start=$SECONDS
"${PSQL[@]}" <<'SQL' || exit 1
CREATE EXTENSION jobreq;
CREATE TABLE postings (
    id bigserial PRIMARY KEY,
    src_id int NOT NULL,
    doc jsonb NOT NULL,
    salary salary_range GENERATED ALWAYS AS (posting_salary(doc)) STORED,
    skills text[] GENERATED ALWAYS AS (posting_skills(doc, 'required')) STORED,
    min_years numeric GENERATED ALWAYS AS (posting_min_years(doc)) STORED
);
INSERT INTO postings (src_id, doc) SELECT id, parse_posting(raw) FROM src;
CREATE INDEX postings_salary ON postings USING gist (salary);
CREATE INDEX postings_skills ON postings USING gin (skills);
CREATE INDEX postings_years ON postings (min_years);
VACUUM ANALYZE postings;
SQL
echo "parsed and indexed $n postings in $((SECONDS - start)) s"

cat > "$W/ingest.sql" <<'SQL'
\set id random(1, 2591)
INSERT INTO postings (src_id, doc) SELECT id, parse_posting(raw) FROM src WHERE id = :id;
SQL
cat > "$W/salary.sql" <<'SQL'
\set lo random(30, 250)
SELECT count(*) FROM postings WHERE salary && salary_range(:lo * 1000, :lo * 1000 + 20000);
SQL
cat > "$W/knn.sql" <<'SQL'
\set lo random(30, 250)
SELECT id FROM postings WHERE salary IS NOT NULL ORDER BY salary <-> salary_range(:lo * 1000, :lo * 1000 + 10000) LIMIT 10;
SQL
cat > "$W/skills.sql" <<'SQL'
\set k random(1, 12)
SELECT count(*) FROM postings WHERE skills @> ARRAY[(ARRAY['Python', 'SQL', 'Java', 'AWS', 'Excel', 'Kubernetes', 'React', 'Spark', 'Docker', 'Tableau', 'Salesforce', 'JavaScript'])[:k]];
SQL
cat > "$W/match.sql" <<'SQL'
\set y random(0, 15)
SELECT count(*) FROM postings
 WHERE skills <@ ARRAY['Python', 'SQL', 'AWS', 'Excel', 'Docker', 'Git', 'Linux', 'communication']
   AND (min_years IS NULL OR min_years <= :y)
   AND meets_requirements(jsonb_build_object('skills', ARRAY['Python', 'SQL', 'AWS', 'Excel', 'Docker', 'Git', 'Linux', 'communication'], 'yearsOfExperience', :y, 'educationalLevel', 'bachelor'), doc);
SQL
cat > "$W/parse.sql" <<'SQL'
\set id random(1, 2591)
SELECT parse_salary(raw), extract_skills(raw) FROM src WHERE id = :id;
SQL

started=$(psql -XAtc "SELECT pg_postmaster_start_time()")
logsize=0
[ -n "$LOG" ] && [ -f "$LOG" ] && logsize=$(stat -c %s "$LOG")
echo "pgbench: $CLIENTS clients, $SECS s, scripts ingest@3 salary@3 knn@1 skills@3 match@2 parse@2"
pgbench -n -c "$CLIENTS" -j 2 -T "$SECS" -P 10 \
    -f "$W/ingest.sql@3" -f "$W/salary.sql@3" -f "$W/knn.sql@1" -f "$W/skills.sql@3" \
    -f "$W/match.sql@2" -f "$W/parse.sql@2" > "$W/pgbench.out" 2> "$W/pgbench.err"
pgstatus=$?
grep -E '^(tps|number of|latency average)' "$W/pgbench.out" | sed 's/^/  /'
# one line per script: name, tps, average latency
awk '/^SQL script/ { name = $4 } / transactions \(/ { tps = $NF; sub(/\)/, "", tps) }
     / latency average/ { printf "  %-28s tps %8.1f  latency %s ms\n", name, tps, $(NF-1) }' "$W/pgbench.out"
grep -E 'progress:' "$W/pgbench.err" | sed 's/^/  /'
errors=$(grep -cE 'ERROR|aborted|error' "$W/pgbench.err")
grep -E 'ERROR|aborted|error' "$W/pgbench.err" | head -5 | sed 's/^/  client error: /'
after=$(psql -XAtc "SELECT pg_postmaster_start_time()" 2>/dev/null)
crashes=0
servererrors=0
if [ -n "$LOG" ] && [ -f "$LOG" ]; then
    crashes=$(tail -c +"$((logsize + 1))" "$LOG" | grep -cE 'terminated by signal|PANIC')
    servererrors=$(tail -c +"$((logsize + 1))" "$LOG" | grep -c 'ERROR:')
    tail -c +"$((logsize + 1))" "$LOG" | grep -E 'ERROR:|terminated by signal' | head -5 | sed 's/^/  server log: /'
else
    echo "  (server log not found; crash check by start time only)"
fi
total=$(psql -XAtc "SELECT count(*) FROM postings")
tps=$(sed -nE 's/^tps = ([0-9.]+).*/\1/p' "$W/pgbench.out" | head -1)
echo "result: tps=${tps:-0} clients=$CLIENTS seconds=$SECS pgbench_exit=$pgstatus client_errors=$errors server_errors=$servererrors crashes=$crashes postmaster_restarted=$([ "$started" = "$after" ] && echo no || echo yes) postings_now=$total"
[ "$pgstatus" -eq 0 ] && [ "$errors" -eq 0 ] && [ "$crashes" -eq 0 ] && [ "$started" = "$after" ]
