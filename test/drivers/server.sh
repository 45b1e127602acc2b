#!/usr/bin/env bash
# Driver tests against the throwaway cluster: psycopg2, psycopg 3 (binary),
# node-postgres and JDBC.  Each prints TAP; so does this script.
set -uo pipefail
cd "$(dirname "$0")"
export PGDATABASE=jobreq_drivers
dropdb --if-exists jobreq_drivers >/dev/null 2>&1
createdb jobreq_drivers && psql -X -q -c 'CREATE EXTENSION jobreq' || { echo "not ok 1 - driver database"; exit 1; }

echo "# psycopg2"
/usr/bin/python3 python/test_psycopg2.py 2>&1 | grep -v '^1\.\.'
echo "# psycopg 3"
/usr/bin/python3 python/test_psycopg3.py 2>&1 | grep -v '^1\.\.'

echo "# node-postgres"
if [ ! -d node/node_modules/pg ]; then
    (cd node && npm ci --silent --no-audit --no-fund >/dev/null 2>&1) || echo "not ok 1 - npm ci (node-postgres)"
fi
(cd node && node test.js 2>&1 | grep -v '^1\.\.')

echo "# JDBC"
JAR=/usr/share/java/postgresql.jar
BUILD=$(mktemp -d)
if javac -d "$BUILD" -cp "$JAR" java/SalaryRange.java java/DriverTest.java 2>"$BUILD/javac.log"; then
    java -cp "$BUILD:$JAR" DriverTest 2>&1 | grep -v '^1\.\.'
else
    echo "not ok 1 - JDBC test compiles"; sed 's/^/# /' "$BUILD/javac.log" | head -20
fi
rm -rf "$BUILD"
