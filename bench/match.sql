-- bench/match.sql, run by bench/match.sh: variables n (postings) and corpus
-- (a JSON-lines file of {"raw_text": ...}).
\set QUIET on
\pset footer off
CREATE EXTENSION jobreq;
SET max_parallel_workers_per_gather = 0;

\echo == corpus: parse every posting with parse_posting
CREATE TABLE corpus_line (line text);
-- one JSON document per line, read verbatim (no COPY escapes)
COPY corpus_line FROM :'corpus' WITH (FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02');
CREATE TABLE parsed AS
SELECT row_number() OVER () AS n, parse_posting(line::jsonb->>'raw_text') AS doc
  FROM corpus_line;
SELECT count(*) AS postings,
       count(*) FILTER (WHERE doc ? 'skills') AS with_skills,
       count(*) FILTER (WHERE doc ? 'experienceRequirements') AS with_experience,
       count(*) FILTER (WHERE doc ? 'educationRequirements') AS with_education,
       count(*) FILTER (WHERE doc ? 'baseSalary') AS with_pay,
       count(*) FILTER (WHERE doc #> '{jobreq,workplaceType}' IS NOT NULL) AS with_workplace
  FROM parsed;

\echo == recombine parsed fields of different postings into :n documents
CREATE TABLE field AS
SELECT n,
       jsonb_build_object('title', doc->'title',
                          'hiringOrganization', doc->'hiringOrganization',
                          'jobLocation', doc->'jobLocation',
                          'employmentType', doc->'employmentType',
                          'responsibilities', doc->'responsibilities') AS head,
       jsonb_build_object('skills', doc->'skills') AS skills,
       jsonb_build_object('experienceRequirements', doc->'experienceRequirements') AS exp,
       jsonb_build_object('educationRequirements', doc->'educationRequirements',
                          'experienceInPlaceOfEducation', doc->'experienceInPlaceOfEducation') AS edu,
       jsonb_build_object('baseSalary', doc->'baseSalary') AS pay,
       jsonb_build_object('jobLocationType', doc->'jobLocationType') AS place,
       jsonb_build_object('parserVersion', doc #> '{jobreq,parserVersion}',
                          'workplaceType', doc #> '{jobreq,workplaceType}',
                          'seniority', doc #> '{jobreq,seniority}',
                          'salaryRange', doc #> '{jobreq,salaryRange}') AS jobreq_place,
       doc #> '{jobreq,salaryRange}' AS salary_range
  FROM parsed;
CREATE INDEX ON field (n);
SELECT max(n) AS m FROM field \gset

CREATE TABLE postings (
    id int PRIMARY KEY,
    doc jsonb NOT NULL,
    req_skills text[] GENERATED ALWAYS AS (posting_required_skills_index(doc)) STORED,
    min_years numeric GENERATED ALWAYS AS (posting_min_years(doc)) STORED,
    pay salary_range GENERATED ALWAYS AS (posting_salary(doc)) STORED,
    workplace text GENERATED ALWAYS AS (posting_workplace(doc)) STORED
);

\timing on
-- Each document takes its head, skills, experience, education, pay and
-- workplace from six pseudo-randomly chosen postings.
INSERT INTO postings (id, doc)
SELECT i, jsonb_strip_nulls(
         a.head || b.skills || c.exp || d.edu || e.pay || f.place ||
         jsonb_build_object('jobreq',
           jsonb_build_object('parserVersion', a.jobreq_place->'parserVersion',
                              'seniority', a.jobreq_place->'seniority',
                              'workplaceType', f.jobreq_place->'workplaceType',
                              'salaryRange', e.salary_range)))
  FROM generate_series(1, :n) AS i
  JOIN field a ON a.n = 1 + (hashint8(i * 8 + 1) & 2147483647) % :m
  JOIN field b ON b.n = 1 + (hashint8(i * 8 + 2) & 2147483647) % :m
  JOIN field c ON c.n = 1 + (hashint8(i * 8 + 3) & 2147483647) % :m
  JOIN field d ON d.n = 1 + (hashint8(i * 8 + 4) & 2147483647) % :m
  JOIN field e ON e.n = 1 + (hashint8(i * 8 + 5) & 2147483647) % :m
  JOIN field f ON f.n = 1 + (hashint8(i * 8 + 6) & 2147483647) % :m;

\echo == the index recipe (README "Matching at scale")
CREATE INDEX postings_req_skills ON postings USING gin (req_skills);
CREATE INDEX postings_min_years ON postings (min_years);
CREATE INDEX postings_pay ON postings USING gist (pay);
\timing off
VACUUM ANALYZE postings;
SELECT count(*) AS documents,
       pg_size_pretty(pg_table_size('postings')) AS table_size,
       round(avg(pg_column_size(doc))) AS avg_doc_bytes,
       round(avg(cardinality(req_skills)), 2) AS avg_required_skills,
       count(*) FILTER (WHERE cardinality(req_skills) = 0) AS no_required_skills
  FROM postings;

\echo == one candidate
\set cand '{"skills": ["Python", "SQL", "Spark", "AWS", "Airflow", "Kafka", "Scala", "Docker", "Kubernetes", "Git", "Linux", "Snowflake", "communication"], "yearsOfExperience": 9, "educationalLevel": "master", "workplaceTypes": ["remote", "hybrid"], "salaryExpectation": "150000..200000 USD/YEAR"}'
SELECT skill_closure(ARRAY(SELECT jsonb_array_elements_text(:'cand'::jsonb->'skills'))) AS closure \gset

CREATE TABLE timing (what text, run int, ms float8, rows bigint, ids_md5 text);

-- Time a query: rows, an md5 of its sorted ids and the elapsed milliseconds.
CREATE FUNCTION time_query(what text, run int, q text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    t0 timestamptz;
    n bigint;
    h text;
BEGIN
    t0 := clock_timestamp();
    EXECUTE format('SELECT count(*), md5(string_agg(id::text, '','' ORDER BY id)) FROM (%s) q', q)
       INTO n, h;
    INSERT INTO timing VALUES (what, run, 1000 * extract(epoch FROM clock_timestamp() - t0), n, h);
END $$;

\echo == baseline: sequential meets_requirements scan (no parallel workers)
SET enable_indexscan = off;
SET enable_bitmapscan = off;
SELECT format('SELECT id FROM postings WHERE meets_requirements(%L, doc)', :'cand') AS seqq \gset
EXPLAIN (COSTS OFF) :seqq;
SELECT time_query('sequential scan', 1, :'seqq');
SELECT time_query('sequential scan', 2, :'seqq');
RESET enable_indexscan;
RESET enable_bitmapscan;

\echo == index recipe
-- The prefilter's conditions, written from the candidate (see README).
SELECT format('req_skills <@ %L::text[]'
              ' AND (min_years IS NULL OR min_years <= %s)'
              ' AND (workplace IS NULL OR workplace = ANY (%L::text[]))'
              ' AND (pay IS NULL OR pay && %L::salary_range OR salary_currency(pay) <> %L)',
              :'closure', :'cand'::jsonb->>'yearsOfExperience',
              ARRAY(SELECT jsonb_array_elements_text(:'cand'::jsonb->'workplaceTypes')),
              :'cand'::jsonb->>'salaryExpectation',
              salary_currency((:'cand'::jsonb->>'salaryExpectation')::salary_range)) AS conds \gset
SELECT format('SELECT id FROM postings WHERE %s', :'conds') AS prefilter,
       format('SELECT id FROM postings WHERE %s AND meets_requirements(%L, doc)',
              :'conds', :'cand') AS recipeq,
       format('SELECT id, match_score(%2$L, doc) AS score FROM postings'
              ' WHERE %1$s AND meets_requirements(%2$L, doc)'
              ' ORDER BY score DESC, id LIMIT 20', :'conds', :'cand') AS topq \gset
EXPLAIN (COSTS OFF) :recipeq;
SELECT time_query('prefilter only', 1, :'prefilter');
SELECT time_query('index recipe', r, :'recipeq') FROM generate_series(1, 5) AS r;

\echo == top 20 by match_score among the matches
SELECT time_query('top 20 by match_score', r, :'topq') FROM generate_series(1, 3) AS r;
:topq;

\echo == results
SELECT what, count(*) AS runs, round(min(ms)::numeric, 1) AS best_ms,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::numeric, 1) AS median_ms,
       max(rows) AS rows
  FROM timing GROUP BY what ORDER BY min(ms) DESC;
SELECT (SELECT count(DISTINCT ids_md5) FROM timing
         WHERE what IN ('sequential scan', 'index recipe')) = 1 AS identical_results,
       round(((SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FROM timing WHERE what = 'sequential scan') /
              (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FROM timing WHERE what = 'index recipe'))::numeric, 1)
         AS speedup_vs_sequential,
       (SELECT max(rows) FROM timing WHERE what = 'prefilter only') AS prefilter_rows,
       (SELECT max(rows) FROM timing WHERE what = 'index recipe') AS matches;
