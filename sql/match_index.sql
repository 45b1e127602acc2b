-- The index recipe of README "Matching at scale" on a few thousand generated
-- posting documents: stored generated columns from the accessors, GIN over
-- the required skills, btree over the minimum years, GiST over the pay.  The
-- prefilter must use the indexes and must never drop a true match: for
-- several candidates it returns exactly the rows of a sequential
-- meets_requirements scan.
SELECT setseed(0.25);

-- Skill names: taxonomy names at several levels of the hierarchy, an alias
-- and names the taxonomy does not know (compared case-insensitively).
CREATE TEMP TABLE mi_skill (n int PRIMARY KEY, name text NOT NULL);
INSERT INTO mi_skill VALUES
 (0, 'Python'), (1, 'SQL'), (2, 'Java'), (3, 'Scala'), (4, 'PyTorch'),
 (5, 'machine learning'), (6, 'deep learning'), (7, 'TensorFlow'),
 (8, 'Kubernetes'), (9, 'Docker'), (10, 'AWS'), (11, 'Spark'), (12, 'React'),
 (13, 'JavaScript'), (14, 'Excel'), (15, 'Tableau'), (16, 'k8s'),
 (17, 'FooLang'), (18, 'barlang'), (19, 'programming languages');

-- A random skill item: required or preferred, sometimes in group 1 or 2.
CREATE FUNCTION pg_temp.mi_item(r float8, g float8, req boolean) RETURNS jsonb
LANGUAGE sql AS $$
  SELECT jsonb_strip_nulls(jsonb_build_object(
           'name', (SELECT name FROM mi_skill WHERE n = floor(r * 20)::int),
           'required', req,
           'group', CASE WHEN g < 0.15 THEN 1 WHEN g < 0.25 THEN 2 END))
$$;

CREATE TABLE mi_post (
    id int PRIMARY KEY,
    doc jsonb NOT NULL,
    req_skills text[] GENERATED ALWAYS AS (posting_required_skills_index(doc)) STORED,
    min_years numeric GENERATED ALWAYS AS (posting_min_years(doc)) STORED,
    pay salary_range GENERATED ALWAYS AS (posting_salary(doc)) STORED,
    workplace text GENERATED ALWAYS AS (posting_workplace(doc)) STORED
);

INSERT INTO mi_post (id, doc)
SELECT i, jsonb_strip_nulls(jsonb_build_object(
  'title', 'Generated posting ' || i,
  'skills', (SELECT jsonb_agg(pg_temp.mi_item(random(), random(), k <= nreq))
               FROM generate_series(1, nreq + npref) AS k),
  'experienceRequirements',
    CASE WHEN e < 0.25 THEN NULL
         WHEN e < 0.35 THEN '"no requirements"'::jsonb
         WHEN e < 0.85 THEN jsonb_build_object('monthsOfExperience', m1)
         ELSE jsonb_build_object('monthsOfExperience', least(m1, m2),
                'alternatives', jsonb_build_array(
                   jsonb_build_object('monthsOfExperience', m1),
                   jsonb_build_object('monthsOfExperience', m2,
                                      'educationalLevel', 'master')))
    END,
  'educationRequirements',
    CASE WHEN d < 0.35 THEN NULL
         WHEN d < 0.45 THEN '"no requirements"'::jsonb
         ELSE jsonb_build_array(jsonb_build_object(
                'educationalLevel', (ARRAY['high_school', 'associate', 'bachelor',
                                           'master', 'doctorate'])[1 + floor(d2 * 5)::int],
                'required', d2 < 0.8))
    END,
  'experienceInPlaceOfEducation', CASE WHEN d > 0.7 THEN true END,
  'jobreq', jsonb_build_object(
     'workplaceType', (ARRAY['onsite', 'hybrid', 'remote', NULL, NULL])[1 + floor(w * 5)::int],
     'salaryRange',
       CASE WHEN s < 0.4 THEN NULL
            WHEN s < 0.8 THEN format('%s..%s USD/YEAR', lo, lo + 40000)
            WHEN s < 0.9 THEN format('%s..%s USD/HOUR', lo / 2080, lo / 2080 + 15)
            ELSE format('%s..%s EUR/YEAR', lo, lo + 30000)
       END)))
FROM (SELECT i, floor(random() * 4)::int AS nreq, floor(random() * 3)::int AS npref,
             random() AS e, (ARRAY[0, 12, 24, 36, 60, 96, 120])[1 + floor(random() * 7)::int] AS m1,
             (ARRAY[12, 24, 48])[1 + floor(random() * 3)::int] AS m2,
             random() AS d, random() AS d2, random() AS w, random() AS s,
             (60000 + floor(random() * 200) * 1000)::int AS lo
        FROM generate_series(1, 4000) AS i) AS r;

CREATE INDEX mi_post_req_skills ON mi_post USING gin (req_skills);
CREATE INDEX mi_post_min_years ON mi_post (min_years);
CREATE INDEX mi_post_pay ON mi_post USING gist (pay);
ANALYZE mi_post;

-- The generated data exercises every case the prefilter must get right.
SELECT count(*) FILTER (WHERE doc @? '$.skills[*] ? (@.group == 1 && @.required == true)') > 100 AS has_groups,
       count(*) FILTER (WHERE doc @? '$.experienceRequirements.alternatives') > 100 AS has_alternatives,
       count(*) FILTER (WHERE doc->'experienceInPlaceOfEducation' = 'true') > 100 AS has_equivalence,
       count(*) FILTER (WHERE cardinality(req_skills) = 0) > 100 AS has_no_required_skills,
       count(*) FILTER (WHERE salary_currency(pay) = 'EUR') > 100 AS has_other_currency,
       count(*) FILTER (WHERE salary_period(pay) = 'HOUR') > 100 AS has_hourly
  FROM mi_post;

-- Candidates: the prefilter's inputs are derived from the profile.
CREATE TEMP TABLE mi_cand (name text PRIMARY KEY, profile jsonb NOT NULL);
INSERT INTO mi_cand VALUES
 ('ml', '{"skills": ["Python", "SQL", "PyTorch", "Docker", "k8s", "foolang"],
          "yearsOfExperience": 9, "educationalLevel": "master",
          "workplaceTypes": ["remote", "hybrid"],
          "salaryExpectation": "150000..200000 USD/YEAR"}'),
 ('hourly', '{"skills": ["Java", "Scala", "SQL", "Spark", "AWS", "BARLANG", "TensorFlow"],
              "yearsOfExperience": 4, "educationalLevel": "high_school",
              "salaryExpectation": "50..70 USD/HOUR"}'),
 ('web', '{"skills": ["JavaScript", "React", "Excel", "Tableau", "SQL", "Python", "Java"],
           "yearsOfExperience": 12, "workplaceTypes": ["onsite"]}'),
 ('blank', '{}');

-- The prefilter of one candidate as a WHERE clause (written out in README).
CREATE FUNCTION pg_temp.mi_query(cand jsonb, with_meets boolean) RETURNS text
LANGUAGE sql AS $$
  SELECT format(
    'SELECT id FROM mi_post WHERE req_skills <@ %L::text[]'
    ' AND (min_years IS NULL OR min_years <= %s)'
    '%s%s%s ORDER BY id',
    skill_closure(ARRAY(SELECT jsonb_array_elements_text(coalesce(cand->'skills', '[]')))),
    coalesce(cand->>'yearsOfExperience', '0'),
    CASE WHEN cand ? 'workplaceTypes' THEN
      format(' AND (workplace IS NULL OR workplace = ANY (%L::text[]))',
             ARRAY(SELECT jsonb_array_elements_text(cand->'workplaceTypes'))) ELSE '' END,
    CASE WHEN cand ? 'salaryExpectation' THEN
      format(' AND (pay IS NULL OR pay && %1$L::salary_range'
             ' OR salary_currency(pay) <> salary_currency(%1$L::salary_range))',
             cand->>'salaryExpectation') ELSE '' END,
    CASE WHEN with_meets THEN format(' AND meets_requirements(%L, doc)', cand) ELSE '' END)
$$;

-- Rows of a query as an int array.
CREATE FUNCTION pg_temp.mi_ids(q text) RETURNS int[]
LANGUAGE plpgsql AS $$
DECLARE r int[];
BEGIN
  EXECUTE 'SELECT coalesce(array_agg(id ORDER BY id), ''{}'') FROM (' || q || ') s' INTO r;
  RETURN r;
END $$;

-- Sequential truth, then the prefiltered answer, per candidate.
SET enable_seqscan = off;
CREATE TEMP TABLE mi_result AS
SELECT name,
       pg_temp.mi_ids(format('SELECT id FROM mi_post WHERE meets_requirements(%L, doc)', profile)) AS truth,
       pg_temp.mi_ids(pg_temp.mi_query(profile, false)) AS prefiltered,
       pg_temp.mi_ids(pg_temp.mi_query(profile, true)) AS answer
  FROM mi_cand;

-- The prefilter never drops a true match, and prefilter + meets is exact.
SELECT name, cardinality(truth) > 20 AS enough_matches,
       cardinality(prefiltered) < 4000 AS prefilter_prunes,
       truth <@ prefiltered AS never_drops_a_match,
       answer = truth AS exact
  FROM mi_result ORDER BY name;

-- What the prefilter prunes is really not a match (belt and braces).
SELECT name, count(*) AS pruned_but_meets
  FROM mi_result r, mi_cand c, mi_post p
 WHERE c.name = r.name AND NOT (p.id = ANY (r.prefiltered))
   AND meets_requirements(c.profile, p.doc)
 GROUP BY name;

-- The plan: bitmap index scans on the GIN (required skills) index, with the
-- years btree and the pay GiST used where they prune.
SELECT profile AS ml FROM mi_cand WHERE name = 'ml' \gset
SELECT pg_temp.mi_query(:'ml', true) AS q \gset
EXPLAIN (COSTS OFF) :q;
SELECT profile AS hourly FROM mi_cand WHERE name = 'hourly' \gset
SELECT pg_temp.mi_query(:'hourly', true) AS q \gset
EXPLAIN (COSTS OFF) :q;
-- A junior profile: few postings ask for 1 year or less, so the btree prunes.
EXPLAIN (COSTS OFF)
SELECT id FROM mi_post
 WHERE req_skills <@ skill_closure(ARRAY['Python', 'SQL'])
   AND (min_years IS NULL OR min_years <= 1)
   AND meets_requirements('{"skills": ["Python", "SQL"], "yearsOfExperience": 1}', doc);
RESET enable_seqscan;

DROP TABLE mi_post;
