-- pgTAP: the skills functions and the compiled taxonomy.
BEGIN;
SELECT plan(24);

SELECT has_function('normalize_skill', ARRAY['text'], 'normalize_skill(text) exists');
SELECT has_function('extract_skills', ARRAY['text'], 'extract_skills(text) exists');
SELECT has_function('skill_overlap', ARRAY['text[]', 'text[]'], 'skill_overlap(text[], text[]) exists');
SELECT has_function('skill_overlap', ARRAY['jsonb', 'jsonb'], 'skill_overlap(jsonb, jsonb) exists');
SELECT has_function('skill_taxonomy', 'skill_taxonomy() exists');
SELECT has_function('jobreq_skills_version', 'jobreq_skills_version() exists');
SELECT function_returns('extract_skills', ARRAY['text'], 'text[]', 'extract_skills returns text[]');
SELECT function_returns('skill_overlap', ARRAY['text[]', 'text[]'], 'double precision',
                        'skill_overlap returns float8');
SELECT volatility_is('extract_skills', ARRAY['text'], 'immutable', 'extract_skills is immutable');

-- the taxonomy
SELECT cmp_ok((SELECT count(*)::int FROM skill_taxonomy()), '>=', 1500,
              'the taxonomy has at least 1500 skills');
SELECT is((SELECT count(*)::int FROM skill_taxonomy() t
            WHERE t.parent IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM skill_taxonomy() p WHERE p.name = t.parent)),
          0, 'every parent is a skill');
SELECT is((SELECT count(*)::int FROM (SELECT name FROM skill_taxonomy()
                                       GROUP BY name HAVING count(*) > 1) d),
          0, 'canonical names are unique');
SELECT is((SELECT count(*)::int FROM skill_taxonomy(), unnest(aliases) a
            WHERE normalize_skill(a) IS DISTINCT FROM name),
          0, 'every alias normalizes to its skill');
SELECT is((SELECT count(*)::int FROM skill_taxonomy()
            WHERE normalize_skill(name) IS DISTINCT FROM name),
          0, 'every name normalizes to itself');
SELECT is((WITH RECURSIVE up(name, parent, n) AS (
               SELECT name, parent, 0 FROM skill_taxonomy()
               UNION ALL
               SELECT up.name, t.parent, up.n + 1
                 FROM up JOIN skill_taxonomy() t ON t.name = up.parent
                WHERE up.n < 100)
           SELECT max(n) FROM up) < 64, true, 'the hierarchy has no cycles');
-- the categories DESIGN.md promises are covered
SELECT set_has($$SELECT DISTINCT category FROM skill_taxonomy()$$,
               $$VALUES ('software'), ('programming language'), ('data'),
                        ('machine learning'), ('cloud'), ('finance'),
                        ('healthcare'), ('trades'), ('office'),
                        ('spoken language'), ('certification'), ('soft skill')$$,
               'software, data/ML, cloud, finance, healthcare, trades, office, languages, certifications and soft skills are covered');
SELECT cmp_ok((SELECT min(c)::int FROM (SELECT count(*) c FROM skill_taxonomy() GROUP BY category) x),
              '>=', 10, 'every category has at least 10 skills');

-- behaviour
SELECT is(normalize_skill('k8s'), 'Kubernetes', 'k8s is Kubernetes');
SELECT is(normalize_skill('nonsense skill'), NULL, 'unknown names are NULL');
SELECT is(extract_skills('Python, PythonScalaJava and R&D'), ARRAY['Python', 'Scala', 'Java', 'research'],
          'extract_skills reads run-together lists');
SELECT is(skill_overlap(ARRAY['PyTorch'], ARRAY['machine learning', 'Go']), 0.5::float8,
          'a specific skill covers its ancestor');
SELECT is(skill_overlap(ARRAY['Python'], ARRAY[]::text[]), 1::float8, 'nothing wanted is 1');
SELECT throws_ok($$SELECT skill_overlap('{"skills": "x"}'::jsonb, '{}'::jsonb)$$, '22023',
                 NULL, 'a skills key of the wrong type is 22023');
SELECT matches(jobreq_skills_version(), '^\S+$', 'the taxonomy has a version');

SELECT * FROM finish();
ROLLBACK;
