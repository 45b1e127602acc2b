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
    req_skills text[] GENERATED ALWAYS AS (posting_required_skill_keys(doc)) STORED,
    skill_anchors text[] GENERATED ALWAYS AS (posting_skill_anchors(doc)) STORED,
    min_years numeric GENERATED ALWAYS AS (posting_min_years(doc)) STORED,
    pay salary_range GENERATED ALWAYS AS (posting_salary(doc)) STORED,
    workplace text GENERATED ALWAYS AS (posting_workplace(doc)) STORED
);

\timing on
-- Each document takes its head, skills, experience, education, pay and
-- workplace from six pseudo-randomly chosen parsed postings.
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
CREATE INDEX postings_skill_anchors ON postings ((skill_anchors[1]), (skill_anchors[2]));
CREATE INDEX postings_skills ON postings USING gin (posting_skills(doc, 'required'));
CREATE INDEX postings_min_years ON postings (min_years);
CREATE INDEX postings_pay ON postings USING gist (pay);
\timing off
VACUUM ANALYZE postings;
SELECT count(*) AS documents,
       pg_size_pretty(pg_table_size('postings')) AS table_size,
       round(avg(pg_column_size(doc))) AS avg_doc_bytes,
       round(avg(cardinality(req_skills)), 1) AS avg_required_skills,
       round(100.0 * count(*) FILTER (WHERE cardinality(req_skills) = 0) / count(*), 1)
         AS pct_no_required_skills
  FROM postings;

\echo == candidates
CREATE TABLE candidate (name text PRIMARY KEY, profile jsonb NOT NULL);
INSERT INTO candidate VALUES
 ('data engineer', '{"skills": ["Python", "SQL", "Spark", "AWS", "Airflow", "Kafka", "Scala", "Docker", "Kubernetes", "Git", "Linux", "Snowflake", "communication"], "yearsOfExperience": 9, "educationalLevel": "master", "workplaceTypes": ["remote", "hybrid"], "salaryExpectation": "150000..200000 USD/YEAR"}'),
 ('ml engineer', '{"skills": ["Python", "PyTorch", "TensorFlow", "machine learning", "deep learning", "SQL", "AWS", "Docker", "Git", "Linux", "statistics", "communication"], "yearsOfExperience": 5, "educationalLevel": "doctorate", "workplaceTypes": ["remote"], "salaryExpectation": "170000..230000 USD/YEAR"}'),
 ('nurse', '{"skills": ["registered nurse", "patient care", "BLS", "ACLS", "electronic health records", "communication", "teamwork"], "yearsOfExperience": 4, "educationalLevel": "bachelor", "workplaceTypes": ["onsite"], "salaryExpectation": "40..55 USD/HOUR"}');

-- The recipe's query for a candidate (README "Matching at scale").
CREATE FUNCTION recipe(cand jsonb, with_meets boolean) RETURNS text
LANGUAGE sql AS $$
  SELECT format(
    'SELECT id FROM postings'
    ' WHERE skill_anchors[1] = ANY (%1$L::text[]) AND skill_anchors[2] = ANY (%1$L::text[])'
    ' AND req_skills <@ %1$L::text[]'
    ' AND (min_years IS NULL OR min_years <= %2$s)%3$s%4$s%5$s',
    candidate_skill_keys(cand),
    round(ceil(coalesce((cand->>'yearsOfExperience')::numeric, 0) * 100) / 100, 2),
    CASE WHEN cand ? 'workplaceTypes' THEN
      format(' AND (workplace IS NULL OR workplace = ANY (%L::text[]))',
             ARRAY(SELECT jsonb_array_elements_text(cand->'workplaceTypes'))) ELSE '' END,
    CASE WHEN cand ? 'salaryExpectation' THEN
      format(' AND (pay IS NULL OR pay && %1$L::salary_range'
             ' OR salary_currency(pay) <> salary_currency(%1$L::salary_range))',
             cand->>'salaryExpectation') ELSE '' END,
    CASE WHEN with_meets THEN format(' AND meets_requirements(%L, doc)', cand) ELSE '' END)
$$;

CREATE TABLE timing (candidate text, what text, run int, ms float8, rows bigint, ids_md5 text);

-- Time a query: rows, an md5 of its sorted ids and the elapsed milliseconds.
CREATE FUNCTION time_query(cand text, what text, run int, q text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    t0 timestamptz;
    n bigint;
    h text;
BEGIN
    t0 := clock_timestamp();
    EXECUTE format('SELECT count(*), md5(string_agg(id::text, '','' ORDER BY id)) FROM (%s) q', q)
       INTO n, h;
    INSERT INTO timing VALUES (cand, what, run, 1000 * extract(epoch FROM clock_timestamp() - t0), n, h);
END $$;

\echo == the plan of the recipe (data engineer)
SELECT recipe(profile, true) AS recipeq FROM candidate WHERE name = 'data engineer' \gset
EXPLAIN (COSTS OFF) :recipeq;

\echo == timing: baseline (sequential meets_requirements scan, 2 runs), recipe (5 runs), prefilter alone (3 runs), anchors alone (1 run)
\o /dev/null
SET enable_indexscan = off;
SET enable_bitmapscan = off;
SELECT time_query(name, 'sequential scan', r,
                  format('SELECT id FROM postings WHERE meets_requirements(%L, doc)', profile))
  FROM candidate, generate_series(1, 2) AS r ORDER BY r, name;
RESET enable_indexscan;
RESET enable_bitmapscan;
SELECT time_query(name, 'index recipe', r, recipe(profile, true))
  FROM candidate, generate_series(1, 5) AS r ORDER BY r, name;
SELECT time_query(name, 'prefilter only', r, recipe(profile, false))
  FROM candidate, generate_series(1, 3) AS r ORDER BY r, name;
SELECT time_query(name, 'anchors only', 1,
                  format('SELECT id FROM postings WHERE skill_anchors[1] = ANY (%1$L::text[])'
                         ' AND skill_anchors[2] = ANY (%1$L::text[])', candidate_skill_keys(profile)))
  FROM candidate;
\o

\echo == top 20 by match_score among the matches (data engineer)
SELECT format('SELECT id, round(match_score(%L, doc)::numeric, 4) AS score FROM (%s) m JOIN postings USING (id)'
              ' ORDER BY score DESC, id LIMIT 20', profile, recipe(profile, true)) AS topq
  FROM candidate WHERE name = 'data engineer' \gset
\o /dev/null
SELECT time_query('data engineer', 'top 20 by match_score', r, :'topq') FROM generate_series(1, 3) AS r;
\o
:topq;

\echo == results
SELECT candidate, what, count(*) AS runs, round(min(ms)::numeric, 1) AS best_ms,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::numeric, 1) AS median_ms,
       max(rows) AS rows
  FROM timing GROUP BY candidate, what ORDER BY candidate, min(ms) DESC;
SELECT candidate,
       round(100.0 * max(rows) FILTER (WHERE what = 'index recipe') / :n, 2) AS pct_matching,
       count(DISTINCT ids_md5) FILTER (WHERE what IN ('sequential scan', 'index recipe')) = 1
         AND count(DISTINCT rows) FILTER (WHERE what IN ('sequential scan', 'index recipe')) = 1
         AS identical_results,
       round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FILTER (WHERE what = 'sequential scan') /
              percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FILTER (WHERE what = 'index recipe'))::numeric, 1)
         AS speedup
  FROM timing WHERE candidate IN (SELECT name FROM candidate)
 GROUP BY candidate ORDER BY candidate;
