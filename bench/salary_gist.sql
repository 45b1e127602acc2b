-- Run by bench/salary_gist.sh inside a throwaway cluster.
-- The same annual ranges stored three ways: salary_range (with mixed
-- periods, amounts chosen so every period states the annual bounds
-- exactly), int4range and numrange, each with a GiST index.
\pset footer off
CREATE EXTENSION jobreq;

SELECT setseed(0.1234);
\echo '== generating' :rows 'rows'
CREATE TABLE bench AS
WITH g AS (
  SELECT id, random() AS r_lo, random() AS r_w, random() AS r_open,
         (ARRAY[2080, 260, 52, 12, 1, 1])[1 + floor(random() * 6)::int] AS f
    FROM generate_series(1, :rows) id),
a AS (
  SELECT id, f, r_open,
         f * floor((20000 + r_lo * 380000) / f)::int AS lo
    FROM g),
b AS (
  SELECT id, f, r_open, lo,
         lo + f * floor(random() * 0.3 * lo / f)::int AS hi
    FROM a)
SELECT id,
       salary_range(CASE WHEN r_open < 0.03 THEN NULL ELSE lo / f END,
                    CASE WHEN r_open > 0.97 THEN NULL ELSE hi / f END,
                    'USD',
                    CASE f WHEN 2080 THEN 'HOUR' WHEN 260 THEN 'DAY'
                           WHEN 52 THEN 'WEEK' WHEN 12 THEN 'MONTH'
                           ELSE 'YEAR' END) AS s,
       int4range(CASE WHEN r_open < 0.03 THEN NULL ELSE lo END,
                 CASE WHEN r_open > 0.97 THEN NULL ELSE hi END, '[]') AS i,
       numrange(CASE WHEN r_open < 0.03 THEN NULL ELSE lo END,
                CASE WHEN r_open > 0.97 THEN NULL ELSE hi END, '[]') AS n
  FROM b;
VACUUM ANALYZE bench;
-- The three columns hold the same annual bounds.
SELECT count(*) AS rows,
       count(*) FILTER (WHERE s::numrange IS DISTINCT FROM n) AS salary_vs_numrange_mismatches,
       count(*) FILTER (WHERE n IS DISTINCT FROM
                        numrange(lower(i), upper(i) - 1, '[]')
                        AND lower(i) IS NOT NULL AND upper(i) IS NOT NULL) AS int4_vs_numrange_mismatches,
       count(DISTINCT salary_period(s)) AS periods
  FROM bench;

CREATE FUNCTION bench_ms(sql text) RETURNS float8
LANGUAGE plpgsql AS $$
DECLARE
    t0 timestamptz := clock_timestamp();
BEGIN
    EXECUTE sql;
    RETURN 1000 * extract(epoch FROM clock_timestamp() - t0);
END $$;

-- 200 random overlap queries, 0..5000 a year wide.
CREATE TABLE bq AS
SELECT q, salary_range(lo, lo + w) AS qs, int4range(lo, lo + w, '[]') AS qi,
       numrange(lo, lo + w, '[]') AS qn
  FROM (SELECT q, (20000 + random() * 400000)::int AS lo,
               (random() * 5000)::int AS w
          FROM generate_series(1, 200) q) x;

-- Total ms for the 200 overlap queries on one column (after a warm-up pass
-- over the first 20); also the rows counted, to show every column agrees.
CREATE FUNCTION bench_overlap(col text, OUT ms float8, OUT matched bigint)
LANGUAGE plpgsql AS $$
DECLARE
    r record;
    c bigint;
    t0 timestamptz;
    pass int;
BEGIN
    FOR pass IN 1..2 LOOP
        matched := 0;
        t0 := clock_timestamp();
        FOR r IN SELECT * FROM bq WHERE pass = 2 OR q <= 20 ORDER BY q LOOP
            IF col = 's' THEN
                SELECT count(id) INTO c FROM bench WHERE s && r.qs;
            ELSIF col = 'i' THEN
                SELECT count(id) INTO c FROM bench WHERE i && r.qi;
            ELSE
                SELECT count(id) INTO c FROM bench WHERE n && r.qn;
            END IF;
            matched := matched + c;
        END LOOP;
        ms := 1000 * extract(epoch FROM clock_timestamp() - t0);
    END LOOP;
END $$;

-- Median ms of 100 KNN top-10 queries (after a warm-up pass), by range and
-- by annual amount.
CREATE FUNCTION bench_knn(by_amount boolean) RETURNS float8
LANGUAGE plpgsql AS $$
DECLARE
    r record;
    ids int[];
    t0 timestamptz;
    times float8[];
    pass int;
BEGIN
    FOR pass IN 1..2 LOOP
        times := '{}';
        FOR r IN SELECT q, qs, lower(qn) AS x FROM bq WHERE q <= 100 ORDER BY q LOOP
            t0 := clock_timestamp();
            IF by_amount THEN
                SELECT array_agg(id) INTO ids
                  FROM (SELECT id FROM bench ORDER BY s <-> r.x LIMIT 10) z;
            ELSE
                SELECT array_agg(id) INTO ids
                  FROM (SELECT id FROM bench ORDER BY s <-> r.qs LIMIT 10) z;
            END IF;
            times := times || 1000 * extract(epoch FROM clock_timestamp() - t0);
        END LOOP;
    END LOOP;
    RETURN (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY t) FROM unnest(times) t);
END $$;

CREATE TABLE results (metric text, what text, value float8);

\echo '== building GiST indexes'
CHECKPOINT;
INSERT INTO results SELECT 'build_ms', 'int4range', bench_ms('CREATE INDEX bench_i ON bench USING gist (i)');
CHECKPOINT;
INSERT INTO results SELECT 'build_ms', 'numrange', bench_ms('CREATE INDEX bench_n ON bench USING gist (n)');
CHECKPOINT;
INSERT INTO results SELECT 'build_ms', 'salary_range', bench_ms('CREATE INDEX bench_s ON bench USING gist (s)');
INSERT INTO results VALUES
  ('size_mb', 'int4range', pg_relation_size('bench_i') / 1048576.0),
  ('size_mb', 'numrange', pg_relation_size('bench_n') / 1048576.0),
  ('size_mb', 'salary_range', pg_relation_size('bench_s') / 1048576.0);

\echo '== overlap queries'
SET enable_seqscan = off;
SET enable_indexonlyscan = off;
CREATE TABLE overlap AS
SELECT 'int4range' AS what, * FROM bench_overlap('i')
UNION ALL SELECT 'numrange', * FROM bench_overlap('n')
UNION ALL SELECT 'salary_range', * FROM bench_overlap('s');
INSERT INTO results SELECT 'overlap_ms', what, ms FROM overlap;
SELECT what, matched AS rows_matched_by_200_queries FROM overlap ORDER BY what;
EXPLAIN (COSTS OFF) SELECT count(id) FROM bench WHERE s && '100000..101000 USD/YEAR';

\echo '== KNN top-10'
EXPLAIN (COSTS OFF) SELECT id FROM bench ORDER BY s <-> '100000..101000 USD/YEAR' LIMIT 10;
INSERT INTO results SELECT 'knn_median_ms', 'salary_range', bench_knn(false);
INSERT INTO results SELECT 'knn_median_ms', 'salary_range by amount', bench_knn(true);

\echo '== salary_range insert build (buffering = on, no sorting) for comparison'
DROP INDEX bench_s;
CHECKPOINT;
INSERT INTO results SELECT 'build_ms', 'salary_range insert build',
  bench_ms('CREATE INDEX bench_s_ins ON bench USING gist (s) WITH (buffering = on)');
INSERT INTO results VALUES ('size_mb', 'salary_range insert build', pg_relation_size('bench_s_ins') / 1048576.0);
INSERT INTO results SELECT 'overlap_ms', 'salary_range insert build', ms FROM bench_overlap('s');
INSERT INTO results SELECT 'knn_median_ms', 'salary_range insert build', bench_knn(false);

\echo '== results (ratios against int4range, the baseline, and numrange)'
SELECT r.metric, r.what, round(r.value::numeric, 3) AS value,
       round((r.value / i.value)::numeric, 3) AS vs_int4range,
       round((r.value / n.value)::numeric, 3) AS vs_numrange,
       CASE r.metric WHEN 'build_ms' THEN '<= 0.5x int4range'
                     WHEN 'size_mb' THEN '<= 1.0x int4range'
                     WHEN 'overlap_ms' THEN '<= 1.0x int4range'
                     WHEN 'knn_median_ms' THEN '< 1 ms' END AS target
  FROM results r
  LEFT JOIN results i ON i.metric = r.metric AND i.what = 'int4range'
  LEFT JOIN results n ON n.metric = r.metric AND n.what = 'numrange'
 ORDER BY r.metric, r.what;
