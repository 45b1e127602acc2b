-- salary_range GiST: the index is used for every indexable operator and for
-- KNN ordering, and on 20000 random rows (open bounds, mixed periods, mixed
-- currencies) it returns exactly what a sequential scan returns.

SELECT setseed(0.4242);

-- Annual amounts 20000..320000 stated per a random period, 10% open below,
-- 10% open above, 5% points; three currencies.
CREATE TABLE gist_rand AS
WITH r AS (
  SELECT i, random() AS r_lo, random() AS r_w, random() AS r_open,
         (ARRAY['USD', 'USD', 'EUR', 'GBP'])[1 + floor(random() * 4)::int] AS cur,
         (ARRAY['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR', 'YEAR'])[1 + floor(random() * 6)::int] AS per
    FROM generate_series(1, 20000) i)
SELECT i AS id,
       salary_range(
         CASE WHEN r_open < 0.1 THEN NULL
              ELSE round(((20000 + r_lo * 300000) / f)::numeric, 2) END,
         CASE WHEN r_open > 0.9 THEN NULL
              WHEN r_w < 0.05 AND r_open >= 0.1 THEN round(((20000 + r_lo * 300000) / f)::numeric, 2)
              ELSE round(((20000 + r_lo * 300000 + r_w * 80000) / f)::numeric, 2) END,
         cur, per) AS s
  FROM r, LATERAL (SELECT CASE per WHEN 'HOUR' THEN 2080 WHEN 'DAY' THEN 260
                                   WHEN 'WEEK' THEN 52 WHEN 'MONTH' THEN 12
                                   ELSE 1 END AS f) pf;
CREATE INDEX gist_rand_s ON gist_rand USING gist (s);
ANALYZE gist_rand;

SELECT salary_period(s) AS period, count(*) FROM gist_rand GROUP BY 1 ORDER BY 1;
SELECT salary_currency(s) AS cur, count(*) FROM gist_rand GROUP BY 1 ORDER BY 1;
SELECT count(*) FILTER (WHERE salary_min(s) IS NULL) AS open_lower,
       count(*) FILTER (WHERE salary_max(s) IS NULL) AS open_upper,
       count(*) FILTER (WHERE salary_min(s) = salary_max(s)) AS points
  FROM gist_rand;

-- 40 random query ranges (some open, some points, mixed periods and
-- currencies) and 40 query amounts; a few queries copied from the table so
-- that = and -|- have matches.
CREATE TEMP TABLE gq AS
WITH r AS (
  SELECT q, random() AS r_lo, random() AS r_w, random() AS r_open,
         (ARRAY['USD', 'EUR', 'GBP', 'JPY'])[1 + floor(random() * 4)::int] AS cur,
         (ARRAY['HOUR', 'MONTH', 'YEAR'])[1 + floor(random() * 3)::int] AS per
    FROM generate_series(1, 30) q)
SELECT q,
       salary_range(
         CASE WHEN r_open < 0.15 THEN NULL
              ELSE round(((20000 + r_lo * 300000) / f)::numeric, 2) END,
         CASE WHEN r_open > 0.85 THEN NULL
              ELSE round(((20000 + r_lo * 300000 + r_w * r_w * 100000) / f)::numeric, 2) END,
         cur, per) AS s,
       round((10000 + r_lo * 340000)::numeric, 2) AS x
  FROM r, LATERAL (SELECT CASE per WHEN 'HOUR' THEN 2080 WHEN 'MONTH' THEN 12
                                   ELSE 1 END AS f) pf
UNION ALL
SELECT 30 + id / 1000, s, salary_midpoint(s) FROM gist_rand WHERE id % 1000 = 0
UNION ALL
SELECT 51, '..119999.99 USD/YEAR', 0
UNION ALL
SELECT 52, s, 'Infinity' FROM gist_rand WHERE id = 7;
INSERT INTO gq
SELECT 60 + q, salary_range(salary_max(salary_annual(s)) + 0.01,
                            salary_max(salary_annual(s)) + 5000,
                            salary_currency(s)), x
  FROM gq WHERE q BETWEEN 31 AND 40 AND salary_max(s) IS NOT NULL;
SELECT count(*) AS queries FROM gq;
ANALYZE gq;

-- Planner estimates (from the per-currency bound statistics ANALYZE
-- gathers) against the true row counts.
CREATE FUNCTION pg_temp.estimate_vs_actual(query text,
    OUT estimated float8, OUT actual float8)
LANGUAGE plpgsql AS $$
DECLARE
    plan json;
BEGIN
    EXECUTE 'EXPLAIN (FORMAT JSON) ' || query INTO plan;
    estimated := (plan->0->'Plan'->>'Plan Rows')::float8;
    EXECUTE 'SELECT count(*) FROM (' || query || ') x' INTO actual;
END $$;
SELECT cond, actual, estimated,
       greatest(estimated, 1) / greatest(actual, 1) BETWEEN 0.5 AND 2 AS within_2x
  FROM (VALUES ('s && ''150000..160000 USD/YEAR'''),
               ('s && ''100000..200000 EUR/YEAR'''),
               ('s && ''..50000 GBP/YEAR'''),
               ('s && ''60..70 USD/HOUR'''),
               ('s @> ''150000..160000 USD/YEAR'''),
               ('s <@ ''100000..200000 USD/YEAR'''),
               ('''150000..160000 USD/YEAR'' <@ s'),
               ('s << ''100000 USD/YEAR'''),
               ('s >> ''250000 EUR/YEAR'''),
               ('s &< ''100000 USD/YEAR'''),
               ('s &> ''100000 USD/YEAR'''),
               ('''100000 USD/YEAR'' &< s'),
               ('s @> 150000::numeric'),
               ('150000::numeric <@ s'),
               ('s @> 400000::numeric'),
               ('s && ''100000..120000 JPY/YEAR'''),
               ('s = ''50 USD/HOUR''')) AS c(cond),
       LATERAL pg_temp.estimate_vs_actual('SELECT * FROM gist_rand WHERE ' || cond) e;
SELECT op, actual, estimated,
       greatest(estimated, 1) / greatest(actual, 1) BETWEEN 0.5 AND 2 AS within_2x
  FROM (VALUES ('&&'), ('@>'), ('<@'), ('<<'), ('&>')) AS o(op),
       LATERAL pg_temp.estimate_vs_actual(
         'SELECT * FROM gq JOIN gist_rand t ON t.s ' || op || ' gq.s') e;

-- Every operator, once through the index and once by sequential scan.
CREATE TEMP VIEW gist_matches AS
          SELECT '&&' AS op, q, id FROM gq JOIN gist_rand t ON t.s && gq.s
UNION ALL SELECT '@>', q, id FROM gq JOIN gist_rand t ON t.s @> gq.s
UNION ALL SELECT '<@', q, id FROM gq JOIN gist_rand t ON t.s <@ gq.s
UNION ALL SELECT '<<', q, id FROM gq JOIN gist_rand t ON t.s << gq.s
UNION ALL SELECT '>>', q, id FROM gq JOIN gist_rand t ON t.s >> gq.s
UNION ALL SELECT '&<', q, id FROM gq JOIN gist_rand t ON t.s &< gq.s
UNION ALL SELECT '&>', q, id FROM gq JOIN gist_rand t ON t.s &> gq.s
UNION ALL SELECT '-|-', q, id FROM gq JOIN gist_rand t ON t.s -|- gq.s
UNION ALL SELECT '=', q, id FROM gq JOIN gist_rand t ON t.s = gq.s
UNION ALL SELECT '@> numeric', q, id FROM gq JOIN gist_rand t ON t.s @> gq.x
UNION ALL SELECT 'numeric <@', q, id FROM gq JOIN gist_rand t ON gq.x <@ t.s;

-- Through the index: each branch probes gist_rand_s.
SET enable_seqscan = off;
SET enable_hashjoin = off;
SET enable_mergejoin = off;
SET enable_material = off;
EXPLAIN (COSTS OFF) SELECT * FROM gist_matches;
CREATE TEMP TABLE via_index AS SELECT * FROM gist_matches;

-- By sequential scan.
RESET enable_seqscan;
SET enable_indexscan = off;
SET enable_bitmapscan = off;
CREATE TEMP TABLE via_seq AS SELECT * FROM gist_matches;
RESET enable_indexscan;
RESET enable_bitmapscan;

-- The same rows either way, for every operator.
SELECT op,
       (SELECT count(*) FROM via_seq s WHERE s.op = o.op) AS seq_rows,
       (SELECT count(*) FROM via_index i WHERE i.op = o.op) AS index_rows,
       (SELECT count(*) FROM (SELECT q, id FROM via_seq WHERE op = o.op EXCEPT
                              SELECT q, id FROM via_index WHERE op = o.op) d) AS seq_not_index,
       (SELECT count(*) FROM (SELECT q, id FROM via_index WHERE op = o.op EXCEPT
                              SELECT q, id FROM via_seq WHERE op = o.op) d) AS index_not_seq
  FROM (VALUES ('&&'), ('@>'), ('<@'), ('<<'), ('>>'), ('&<'), ('&>'), ('-|-'),
               ('='), ('@> numeric'), ('numeric <@')) AS o(op);

-- Single-table queries use Index Scan or Bitmap Index Scan.
SET enable_seqscan = off;
EXPLAIN (COSTS OFF)
  SELECT count(*) FROM gist_rand WHERE s && '150000..160000 USD/YEAR';
SELECT count(*) FROM gist_rand WHERE s && '150000..160000 USD/YEAR';
EXPLAIN (COSTS OFF)
  SELECT count(*) FROM gist_rand WHERE s @> 150000::numeric;
EXPLAIN (COSTS OFF)
  SELECT count(*) FROM gist_rand WHERE 150000::numeric <@ s;
EXPLAIN (COSTS OFF)
  SELECT id FROM gist_rand WHERE s = '50 USD/HOUR';

-- KNN: ORDER BY <-> LIMIT uses the index, for both operand types.
EXPLAIN (COSTS OFF)
  SELECT id FROM gist_rand ORDER BY s <-> '150000..160000 USD/YEAR' LIMIT 10;
EXPLAIN (COSTS OFF)
  SELECT id FROM gist_rand ORDER BY s <-> 150000::numeric LIMIT 10;
SELECT s, s <-> '1000000 USD/YEAR' AS dist
  FROM gist_rand ORDER BY s <-> '1000000 USD/YEAR', id LIMIT 5;

-- KNN order equals sorted-by-distance order: the first 30 distances of
-- every query, through the index and by sorting a sequential scan.
CREATE TEMP VIEW knn AS
SELECT gq.q, r.ds, n.dn
  FROM gq,
       LATERAL (SELECT array_agg(d ORDER BY rn) AS ds
                  FROM (SELECT d, row_number() OVER () AS rn
                          FROM (SELECT t.s <-> gq.s AS d FROM gist_rand t
                                 ORDER BY t.s <-> gq.s LIMIT 30) z) y) r,
       LATERAL (SELECT array_agg(d ORDER BY rn) AS dn
                  FROM (SELECT d, row_number() OVER () AS rn
                          FROM (SELECT t.s <-> gq.x AS d FROM gist_rand t
                                 ORDER BY t.s <-> gq.x LIMIT 30) z) y) n;
EXPLAIN (COSTS OFF) SELECT * FROM knn;
CREATE TEMP TABLE knn_index AS SELECT * FROM knn;
RESET enable_seqscan;
SET enable_indexscan = off;
SET enable_bitmapscan = off;
CREATE TEMP TABLE knn_seq AS SELECT * FROM knn;
RESET enable_indexscan;
RESET enable_bitmapscan;
SELECT count(*) AS queries,
       count(*) FILTER (WHERE i.ds = s.ds) AS same_range_order,
       count(*) FILTER (WHERE i.dn = s.dn) AS same_amount_order,
       count(*) FILTER (WHERE i.ds[1] = 0) AS nearest_overlaps
  FROM knn_index i JOIN knn_seq s USING (q);

-- The index after many updates and a REINDEX still agrees.
UPDATE gist_rand SET s = salary_to_period(s, 'MONTH') WHERE id % 3 = 0;
DELETE FROM gist_rand WHERE id % 10 = 0;
SET enable_seqscan = off;
SELECT count(*) FROM gist_rand WHERE s && '100000..110000 EUR/YEAR';
REINDEX INDEX gist_rand_s;
SELECT count(*) FROM gist_rand WHERE s && '100000..110000 EUR/YEAR';
RESET enable_seqscan;
SET enable_indexscan = off;
SET enable_bitmapscan = off;
SELECT count(*) FROM gist_rand WHERE s && '100000..110000 EUR/YEAR';
RESET ALL;

-- Index build without sort support (buffering = on) agrees too.
CREATE INDEX gist_rand_s_buf ON gist_rand USING gist (s) WITH (buffering = on);
DROP INDEX gist_rand_s;
SET enable_seqscan = off;
SELECT count(*) FROM gist_rand WHERE s && '100000..110000 EUR/YEAR';
RESET enable_seqscan;
DROP VIEW gist_matches, knn;
DROP TABLE gist_rand;
