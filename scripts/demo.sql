-- What jobreq shows about the sample postings (run by scripts/demo.sh).
\pset footer off
\echo '== jobreq version'
SELECT jobreq_version();

\echo '== sample postings loaded from test/corpus/'
SELECT count(*) AS postings, pg_size_pretty(sum(length(raw))::bigint) AS text
  FROM postings;
SELECT id, left(regexp_replace(raw, '\s+', ' ', 'g'), 70) AS opening
  FROM postings ORDER BY id LIMIT 10;

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
