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
