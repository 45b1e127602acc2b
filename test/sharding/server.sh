#!/usr/bin/env bash
# Sharding over postgres_fdw: the pg_virtualenv cluster is the coordinator,
# two extra local clusters are shards.  A hash-partitioned table whose
# partitions are foreign tables (server option extensions 'jobreq') must push
# jobreq operators and functions down to the shards (EXPLAIN VERBOSE's Remote
# SQL) and return the same rows as a local table.  Prints TAP.
set -uo pipefail
cd "$(dirname "$0")/../.."
. test/lib/cluster.sh
trap stop_all_clusters EXIT

n=0
ok() { n=$((n + 1)); if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fi; }

port1=$(free_port 55431); start_cluster shard1 "$port1" || { echo "not ok 1 - start shard1"; exit 1; }
host1=$CLUSTER_HOST
port2=$(free_port $((port1 + 1))); start_cluster shard2 "$port2" || { echo "not ok 1 - start shard2"; exit 1; }
host2=$CLUSTER_HOST

SHARD_DDL="CREATE EXTENSION jobreq;
CREATE TABLE postings (id int PRIMARY KEY, raw text NOT NULL, doc jsonb, pay salary_range);"
psql -X -q -v ON_ERROR_STOP=1 -h "$host1" -p "$port1" -U postgres -d postgres -c "$SHARD_DDL" >/dev/null 2>&1
ok $? "shard 1 has jobreq and the shard table"
psql -X -q -v ON_ERROR_STOP=1 -h "$host2" -p "$port2" -U postgres -d postgres -c "$SHARD_DDL" >/dev/null 2>&1
ok $? "shard 2 has jobreq and the shard table"

dropdb --if-exists jobreq_coord >/dev/null 2>&1
createdb jobreq_coord
export PGDATABASE=jobreq_coord
q() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }

q <<SQL >/dev/null 2>&1
CREATE EXTENSION postgres_fdw;
CREATE EXTENSION jobreq;
CREATE SERVER shard1 FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host '$host1', port '$port1', dbname 'postgres', extensions 'jobreq');
CREATE SERVER shard2 FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host '$host2', port '$port2', dbname 'postgres', extensions 'jobreq');
CREATE USER MAPPING FOR CURRENT_USER SERVER shard1 OPTIONS (user 'postgres');
CREATE USER MAPPING FOR CURRENT_USER SERVER shard2 OPTIONS (user 'postgres');
CREATE TABLE postings (id int NOT NULL, raw text NOT NULL, doc jsonb, pay salary_range)
    PARTITION BY HASH (id);
CREATE FOREIGN TABLE postings_p0 PARTITION OF postings
    FOR VALUES WITH (MODULUS 2, REMAINDER 0) SERVER shard1 OPTIONS (table_name 'postings');
CREATE FOREIGN TABLE postings_p1 PARTITION OF postings
    FOR VALUES WITH (MODULUS 2, REMAINDER 1) SERVER shard2 OPTIONS (table_name 'postings');
CREATE TABLE postings_local (id int PRIMARY KEY, raw text NOT NULL, doc jsonb, pay salary_range);

-- Synthetic postings: varied titles, pay (yearly and hourly), years, degrees, skills.
INSERT INTO postings_local (id, raw)
SELECT i, format(E'%s\n%s Corp\n%s\nSalary %s\nRequirements:\n- %s+ years of experience with %s and %s\n- %s degree required\nEmployment type: %s\n',
    (ARRAY['Data Engineer','Senior Software Engineer','Registered Nurse','Electrician','Sales Manager'])[1 + i % 5],
    (ARRAY['Acme','Globex','Initech','Umbrella'])[1 + i % 4],
    (ARRAY['Austin, TX','Remote','Denver, CO (Hybrid)'])[1 + i % 3],
    CASE WHEN i % 4 = 0 THEN format('\$%s - \$%s per hour', 20 + i % 40, 45 + i % 40)
         ELSE format('\$%sK - \$%sK a year', 60 + i % 150, 90 + i % 150) END,
    1 + i % 9,
    (ARRAY['Python','SQL','Java','Excel','Salesforce'])[1 + i % 5],
    (ARRAY['AWS','Kubernetes','Tableau','PowerPoint'])[1 + (i / 5) % 4],
    (ARRAY['Bachelor''s','Master''s','Associate'])[1 + i % 3],
    (ARRAY['Full-time','Contract','Part-time'])[1 + i % 3])
FROM generate_series(1, 1000) AS i;
UPDATE postings_local SET doc = parse_posting(raw), pay = parse_salary(raw);
INSERT INTO postings SELECT * FROM postings_local;
SQL
ok $? "coordinator: postgres_fdw servers with extensions 'jobreq', partitioned table, 1000 rows routed"

c1=$(psql -X -At -h "$host1" -p "$port1" -U postgres -d postgres -c "SELECT count(*) FROM postings")
c2=$(psql -X -At -h "$host2" -p "$port2" -U postgres -d postgres -c "SELECT count(*) FROM postings")
[ "${c1:-0}" -gt 0 ] && [ "${c2:-0}" -gt 0 ] && [ $((c1 + c2)) -eq 1000 ]
ok $? "rows are spread over both shards ($c1 + $c2)"

# check_pushdown NAME WHERE-CLAUSE NEEDLE: the WHERE clause appears in every
# Remote SQL of the plan and the rows equal the local table's.
check_pushdown() {
    local name=$1 where=$2 needle=$3
    local plan remote
    plan=$(q -c "EXPLAIN (VERBOSE, COSTS OFF) SELECT id FROM postings WHERE $where" 2>&1)
    remote=$(echo "$plan" | grep -c "Remote SQL:.*$needle")
    [ "$remote" -eq 2 ]
    ok $? "$name is pushed down to both shards"
    [ "$remote" -eq 2 ] || echo "$plan" | sed 's/^/# /'
    local a b cnt
    a=$(q -c "SELECT md5(coalesce(string_agg(id::text, ',' ORDER BY id), '')) FROM postings WHERE $where")
    b=$(q -c "SELECT md5(coalesce(string_agg(id::text, ',' ORDER BY id), '')) FROM postings_local WHERE $where")
    cnt=$(q -c "SELECT count(*) FROM postings_local WHERE $where")
    [ -n "$a" ] && [ "$a" = "$b" ] && [ "$cnt" -gt 0 ]
    ok $? "$name returns the same $cnt rows as a local table"
}

check_pushdown "salary overlap (&&)" "pay && '150000..180000 USD/YEAR'::salary_range" "&&"
check_pushdown "hourly-vs-yearly containment (@>)" "pay @> 90000::numeric" "@>"
check_pushdown "posting_min_years accessor" "posting_min_years(doc) <= 3" "posting_min_years"
check_pushdown "skill containment in the parsed document" "doc @> '{\"skills\": [{\"name\": \"Python\"}]}'" "@>"
check_pushdown "parse_posting on the shard" "posting_min_years(parse_posting(raw)) >= 5" "parse_posting"
check_pushdown "skill_overlap(jsonb, jsonb)" "skill_overlap('{\"skills\": [\"Python\", \"SQL\"]}'::jsonb, doc) >= 0.5" "skill_overlap"
check_pushdown "meets_requirements" \
    "meets_requirements('{\"skills\": [\"Python\", \"AWS\", \"SQL\"], \"yearsOfExperience\": 5, \"educationalLevel\": \"master\"}'::jsonb, doc)" \
    "meets_requirements"

echo "1..$n"
