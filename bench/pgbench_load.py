#!/usr/bin/env python3
"""Load postings (JSONL with raw_text) into TABLE(id int, raw text) for the
benchmarks: bench/pgbench_load.py TABLE PATH.  Connection from PG* env."""
import json
import sys

import psycopg2
import psycopg2.extras

table, path = sys.argv[1], sys.argv[2]
conn = psycopg2.connect('')
cur = conn.cursor()
cur.execute("CREATE TABLE %s (id int PRIMARY KEY, raw text NOT NULL)" % table)
rows = []
with open(path, encoding='utf-8') as f:
    for i, line in enumerate(f):
        rows.append((i + 1, json.loads(line)['raw_text'].replace('\x00', '')))
psycopg2.extras.execute_values(cur, "INSERT INTO " + table + " VALUES %s", rows, page_size=500)
conn.commit()
print(len(rows))
