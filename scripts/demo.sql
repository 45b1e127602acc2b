-- What jobreq shows about the sample postings (run by scripts/demo.sh).
\pset footer off
\echo '== jobreq version'
SELECT jobreq_version();

\echo '== sample postings loaded from test/corpus/'
SELECT count(*) AS postings, pg_size_pretty(sum(length(raw))::bigint) AS text
  FROM postings;
SELECT id, left(regexp_replace(raw, '\s+', ' ', 'g'), 70) AS opening
  FROM postings ORDER BY id LIMIT 10;
