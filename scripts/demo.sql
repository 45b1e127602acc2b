-- What jobreq shows about the sample postings (run by scripts/demo.sh).
\pset footer off
\echo '== jobreq version'
SELECT jobreq_version();

\echo '== sample postings loaded from test/corpus/'
SELECT count(*) AS postings, pg_size_pretty(sum(length(raw))::bigint) AS text
  FROM postings;
SELECT id, left(regexp_replace(raw, '\s+', ' ', 'g'), 70) AS opening
  FROM postings ORDER BY id LIMIT 10;

\echo '== salary_range: pay ranges as postings write them, compared annualized'
SELECT lit AS as_written, lit::salary_range AS canonical,
       salary_annual(lit::salary_range) AS annual
  FROM (VALUES ('$229K – $262K USD / year'), ('$22 - $45 per hour'),
               ('up to $90,000'), ('£40k-£45k pa'), ('₹12–18 LPA')) AS t(lit);
SELECT '$50/hour'::salary_range = '104000 USD/YEAR' AS fifty_an_hour_is_104k_a_year;
\echo '== which of these pay ranges overlap 180k-220k a year, hourly ones included'
SELECT s AS pays, salary_annual(s) AS annual
  FROM (VALUES ('175000..205000 USD/YEAR'::salary_range), ('95 USD/HOUR'),
               ('150000..170000 USD/YEAR'), ('16000 USD/MONTH'),
               ('190000..210000 EUR/YEAR')) AS t(s)
 WHERE s && '180000..220000 USD/YEAR';
SELECT id, parse_salary(raw) AS salary FROM postings
 WHERE parse_salary(raw) IS NOT NULL ORDER BY id LIMIT 10;

\echo '== matching a candidate against the sample postings (parse_posting, then meets_requirements)'
\set cand '{"skills": ["Python", "SQL", "PyTorch", "AWS", "statistics", "forecasting", "demand planning", "pricing", "model monitoring", "communication"], "yearsOfExperience": 6, "educationalLevel": "master", "workplaceTypes": ["remote", "hybrid"], "salaryExpectation": "150000..210000 USD/YEAR"}'
SELECT :'cand'::jsonb AS candidate;
\echo '-- the best-scoring postings: qualified ones first (score >= 0.5), then near misses'
SELECT id, meets_requirements(:'cand', doc) AS meets,
       round(match_score(:'cand', doc)::numeric, 3) AS score,
       requirements_report(:'cand', doc)->'skillCoverage' AS skill_coverage,
       left(doc->>'title', 40) AS title
  FROM (SELECT id, parse_posting(raw) AS doc FROM postings) p
 ORDER BY score DESC, id LIMIT 8;
\echo '-- why: the checks of the top three postings'
SELECT id, ck->>'check' AS check, ck->'met' AS met,
       left(ck->>'required', 50) AS required, ck->'candidate' AS candidate,
       ck->'missing' AS missing
  FROM (SELECT id, requirements_report(:'cand', parse_posting(raw)) AS r,
               match_score(:'cand', parse_posting(raw)) AS s
          FROM postings ORDER BY s DESC, id LIMIT 3) t,
       jsonb_array_elements(r->'checks') AS ck
 ORDER BY s DESC, id;

\echo '== reliability: odd text never raises; errors carry SQLSTATEs; long calls honour statement_timeout'
SELECT jsonb_typeof(parse_posting(repeat('<div>', 100000))) AS half_a_mb_of_open_tags,
       parse_salary(repeat('$', 1000000)) AS a_million_dollar_signs,
       cardinality(extract_skills(repeat('C++ or ', 100000))) AS skills_in_700kb;
DO $$
DECLARE
    lit text;
BEGIN
    FOREACH lit IN ARRAY ARRAY['hello', '2000000000000 USD/YEAR'] LOOP
        BEGIN
            PERFORM lit::salary_range;
        EXCEPTION WHEN others THEN
            RAISE NOTICE '%::salary_range -> SQLSTATE %: %', quote_literal(lit), SQLSTATE, SQLERRM;
        END;
    END LOOP;
END $$;
SET statement_timeout = '1s';
DO $$
BEGIN
    PERFORM parse_posting(repeat(raw, 20000)) FROM postings ORDER BY id LIMIT 1;
EXCEPTION WHEN query_canceled THEN
    RAISE NOTICE 'parse_posting over % MB stopped by statement_timeout after % s (SQLSTATE %)',
        (SELECT octet_length(raw) * 20000 / 1048576 FROM postings ORDER BY id LIMIT 1),
        round(extract(epoch FROM clock_timestamp() - statement_timestamp())::numeric, 2), SQLSTATE;
END $$;
RESET statement_timeout;

\echo '== skills: the built-in taxonomy'
SELECT jobreq_skills_version() AS taxonomy_version, count(*) AS skills,
       count(DISTINCT category) AS categories
  FROM skill_taxonomy();
SELECT category, count(*) AS skills FROM skill_taxonomy()
 GROUP BY category ORDER BY count(*) DESC LIMIT 8;

\echo '== skills: names and aliases normalize to one canonical name'
SELECT s AS written, normalize_skill(s) AS canonical
  FROM unnest(ARRAY['k8s', 'GCP', 'sklearn', 'Postgres', 'golang', 'c#',
                    'Objective C', 'asp.net', 'basket weaving']) AS s;

\echo '== skills: extraction from a run-together keyword list, with look-alikes'
SELECT extract_skills(
    'Master''s in computer scienceelectrical engineeringmathematics'
    'Experience with scikit-learn. 4+ years programming with PythonScalaor '
    'Java. AWSAzureGoogle Cloud Platform. C, C++ and C#; R&D budget, '
    'C-suite sponsors, Spark innovation.') AS skills;

\echo '== skills: overlap is hierarchy-aware (PyTorch covers machine learning, not the reverse)'
SELECT skill_overlap(ARRAY['PyTorch', 'SQL'], ARRAY['machine learning', 'SQL', 'Go'])
           AS candidate_with_pytorch,
       skill_overlap(ARRAY['machine learning'], ARRAY['PyTorch']) AS general_vs_specific;

\echo '== skills: most frequent skills in the sample postings'
SELECT skill, count(*) AS postings
  FROM postings, unnest(extract_skills(raw)) AS skill
 GROUP BY skill ORDER BY count(*) DESC, skill LIMIT 10;

\echo '== parse_posting: every sample posting as a schema.org JobPosting document'
SELECT id, d->>'title' AS title, d->'hiringOrganization'->>'name' AS company,
       d->'jobreq'->>'salaryRange' AS salary, posting_min_years(d) AS min_years,
       posting_education(d) AS education, posting_workplace(d) AS workplace,
       array_to_string((posting_skills(d, 'required'))[1:4], ', ') AS top_skills
  FROM (SELECT id, parse_posting(raw) AS d FROM postings) s
 ORDER BY id;
\echo '== one full document'
SELECT jsonb_pretty(parse_posting(raw)) AS document
  FROM postings WHERE id = '013_software-engineer-leeds.txt';
\echo '== evidence: where each value came from (0-based character offsets, end exclusive)'
SELECT f.key AS field, (e->>'start')::int AS start, (e->>'end')::int AS "end", e->>'text' AS text
  FROM postings, jsonb_each(parse_posting(raw, true)->'jobreq'->'evidence') f,
       jsonb_array_elements(f.value) e
 WHERE id = '013_software-engineer-leeds.txt' AND f.key <> 'skills'
 ORDER BY 2;
\echo '== to_jsonld: Google JobPosting structured data'
SELECT jsonb_pretty(to_jsonld(parse_posting(raw))) AS jsonld
  FROM postings WHERE id = '045_devops-jsonld-conflict.html';
