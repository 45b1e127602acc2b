-- salary_range btree and hash support: ORDER BY, DISTINCT, GROUP BY, hash
-- and merge joins all agree with =, which compares annualized bounds.

CREATE TEMP TABLE bh (id int, s salary_range);
INSERT INTO bh VALUES
 (1, '104000 USD/YEAR'), (2, '50 USD/HOUR'), (3, '2000 USD/WEEK'),
 (4, '400 USD/DAY'), (5, '8666.67 USD/MONTH'),
 (6, '..90000 USD/YEAR'), (7, '..43.27 USD/HOUR'), (8, '120000.. USD/YEAR'),
 (9, '100000..120000 USD/YEAR'), (10, '100000..120000 EUR/YEAR'),
 (11, '100000..130000 USD/YEAR'), (12, '90000..120000 USD/YEAR'),
 (13, '..100000 USD/YEAR'), (14, '100000.. USD/YEAR'), (15, '104000 USD/YEAR'),
 (16, '1 AUD/YEAR'), (17, NULL);

-- Btree order: currency, annual lower bound (open first), annual upper
-- bound (open last); ties keep id order.
SELECT id, s FROM bh ORDER BY s, id;
SELECT id, s FROM bh ORDER BY s DESC NULLS LAST, id;

-- 104000 USD/YEAR, 50 USD/HOUR, 2000 USD/WEEK and 400 USD/DAY are equal;
-- 8666.67 USD/MONTH is 104000.04 a year, so it is not.
SELECT a.id, b.id FROM bh a JOIN bh b ON a.s = b.s AND a.id < b.id ORDER BY 1, 2;

-- DISTINCT and GROUP BY, by sort and by hash, agree with =.
SET enable_hashagg = off;
EXPLAIN (COSTS OFF) SELECT s, count(*) FROM bh GROUP BY s;
SELECT s, count(*) FROM bh GROUP BY s ORDER BY s;
SELECT count(DISTINCT s) FROM bh;
RESET enable_hashagg;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT s, count(*) FROM bh GROUP BY s;
SELECT s, count(*) FROM bh GROUP BY s ORDER BY min(id);
RESET enable_sort;

-- Hash join, merge join and nested loop find the same pairs.
CREATE TEMP TABLE pairs_nl AS
  SELECT a.id AS x, b.id AS y FROM bh a, bh b WHERE a.s = b.s;
SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT a.id, b.id FROM bh a JOIN bh b ON a.s = b.s;
CREATE TEMP TABLE pairs_hash AS
  SELECT a.id AS x, b.id AS y FROM bh a JOIN bh b ON a.s = b.s;
RESET enable_mergejoin;
SET enable_hashjoin = off;
EXPLAIN (COSTS OFF) SELECT a.id, b.id FROM bh a JOIN bh b ON a.s = b.s;
CREATE TEMP TABLE pairs_merge AS
  SELECT a.id AS x, b.id AS y FROM bh a JOIN bh b ON a.s = b.s;
RESET enable_hashjoin;
RESET enable_nestloop;
SELECT (SELECT count(*) FROM pairs_nl) AS nl,
       (SELECT count(*) FROM (TABLE pairs_nl EXCEPT TABLE pairs_hash) d) AS nl_not_hash,
       (SELECT count(*) FROM (TABLE pairs_hash EXCEPT TABLE pairs_nl) d) AS hash_not_nl,
       (SELECT count(*) FROM (TABLE pairs_nl EXCEPT TABLE pairs_merge) d) AS nl_not_merge,
       (SELECT count(*) FROM (TABLE pairs_merge EXCEPT TABLE pairs_nl) d) AS merge_not_nl;

-- Hashes agree with = (both hash functions), and the seed matters.
SELECT bool_and(salary_range_hash(a.s) = salary_range_hash(b.s)) AS hash_agrees,
       bool_and(salary_range_hash_extended(a.s, 0) = salary_range_hash_extended(b.s, 0)) AS ext_agrees,
       bool_and(salary_range_hash_extended(a.s, 7) = salary_range_hash_extended(b.s, 7)) AS seeded_agrees
  FROM bh a JOIN bh b ON a.s = b.s;
SELECT bool_and((salary_range_hash(s)::bigint & 4294967295) =
                (salary_range_hash_extended(s, 0) & 4294967295)) AS low_bits_match,
       count(DISTINCT salary_range_hash_extended(s, 0)) <> count(DISTINCT salary_range_hash_extended(s, 1))
           OR bool_or(salary_range_hash_extended(s, 0) <> salary_range_hash_extended(s, 1)) AS seed_changes_hash
  FROM bh WHERE s IS NOT NULL;

-- cmp agrees with the operators on every pair.
SELECT bool_and((salary_range_cmp(a.s, b.s) < 0) = (a.s < b.s)
            AND (salary_range_cmp(a.s, b.s) = 0) = (a.s = b.s)
            AND (salary_range_cmp(a.s, b.s) > 0) = (a.s > b.s)
            AND salary_range_cmp(a.s, b.s) = -salary_range_cmp(b.s, a.s)) AS consistent
  FROM bh a, bh b WHERE a.s IS NOT NULL AND b.s IS NOT NULL;

-- A btree index is used and returns what a scan does.
CREATE TEMP TABLE bt AS
  SELECT i AS id,
         salary_range(1000 * (i % 500), 1000 * (i % 500) + 1000 * (i % 7),
                      (ARRAY['USD', 'EUR'])[1 + i % 2], 'YEAR') AS s
    FROM generate_series(1, 5000) i;
CREATE INDEX bt_s ON bt (s);
ANALYZE bt;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM bt WHERE s = '50 USD/HOUR';
SELECT count(*) FROM bt WHERE s = '50 USD/HOUR';
EXPLAIN (COSTS OFF) SELECT id FROM bt WHERE s < '3000 EUR/YEAR' ORDER BY s, id;
SELECT id, s FROM bt WHERE s < '3000 EUR/YEAR' ORDER BY s, id;
RESET enable_seqscan;
SELECT count(*) FROM bt WHERE s = '50 USD/HOUR';
-- A unique index treats equal annual amounts as duplicates.
CREATE TEMP TABLE uq (s salary_range UNIQUE);
INSERT INTO uq VALUES ('104000 USD/YEAR');
INSERT INTO uq VALUES ('50 USD/HOUR');
INSERT INTO uq VALUES ('104000 EUR/YEAR');
