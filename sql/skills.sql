-- Skills: normalize_skill, extract_skills, skill_overlap (arrays and jsonb),
-- skill_taxonomy and jobreq_skills_version.

-- normalize_skill: canonical names from names, aliases and abbreviations,
-- case- and punctuation-insensitive; NULL when unknown.
SELECT s, normalize_skill(s)
  FROM unnest(ARRAY['GCP', 'sklearn', 'k8s', 'JS', 'NLP', 'Postgres',
                    'golang', 'c', 'C++', 'c#', 'Objective C', '.NET',
                    'asp.net', 'T-SQL', 'CI/CD', 'A/B testing', 'NodeJS',
                    '  Machine-Learning ', 'PyTorch', 'MS Excel', 'net',
                    'underwater basket weaving', '']) AS s;
SELECT normalize_skill(NULL) IS NULL AS null_in_null_out;

-- extract_skills: first-seen order, no duplicates.
SELECT extract_skills('Experience with C, C++, C# and Objective-C; '
                      'also Python, python and PYTHON.');
-- run-together keyword lists as job boards print them
SELECT extract_skills('PythonScalaJavaML frameworksCloud platforms');
SELECT extract_skills('4+ years programming with PythonScalaor Java3+ years');
SELECT extract_skills('experience with cloud platforms (AWSAzureGCP)');
SELECT extract_skills('awsazuregoogle cloud');
-- look-alikes read as what they mean, never as R, C or Go
SELECT extract_skills('R&D budget, C-suite sponsor, go-to-market plan, '
                      'Vitamin C, USB Type-C, Plan B');
SELECT extract_skills('.NET and ASP.NET, not the network');
SELECT extract_skills('JavaScript is not Java; MySQL is not SQL');
-- context words need technical context
SELECT extract_skills('Spark innovation and a Slack time. Unity of purpose.');
SELECT extract_skills('Apache Spark, Hive and Pig; Tools: Slack, Jira; Go and Kubernetes');
SELECT extract_skills('English and Spanish required');
SELECT extract_skills('');
SELECT extract_skills('Nothing technical here.');
SELECT extract_skills(NULL) IS NULL AS null_in_null_out;

-- skill_overlap(text[], text[]): share of distinct wanted skills covered.
SELECT skill_overlap(ARRAY['Python', 'PyTorch'],
                     ARRAY['python', 'machine learning', 'Go']) AS two_of_three;
-- hierarchy: a specific skill covers its ancestors, not the reverse
SELECT skill_overlap(ARRAY['PyTorch'], ARRAY['deep learning']) AS pytorch_covers_dl,
       skill_overlap(ARRAY['deep learning'], ARRAY['PyTorch']) AS dl_does_not_cover_pytorch,
       skill_overlap(ARRAY['k8s'], ARRAY['containerization']) AS k8s_covers_containers;
-- aliases on both sides; duplicates count once
SELECT skill_overlap(ARRAY['sklearn', 'GCP'],
                     ARRAY['scikit-learn', 'Google Cloud Platform', 'GCP']) AS aliases;
-- unknown names compare as trimmed, case-insensitive text
SELECT skill_overlap(ARRAY[' Basket Weaving '], ARRAY['basket weaving', 'Python']) AS unknown_half;
-- empty want, NULL elements, empty have
SELECT skill_overlap(ARRAY['Python'], ARRAY[]::text[]) AS empty_want,
       skill_overlap(ARRAY['Python'], ARRAY[NULL, NULL]::text[]) AS all_null_want,
       skill_overlap(ARRAY[NULL, 'Go']::text[], ARRAY['Go', NULL]) AS nulls_ignored,
       skill_overlap(ARRAY[]::text[], ARRAY['Go']) AS empty_have;
SELECT skill_overlap(NULL::text[], ARRAY['Go']) IS NULL AS strict;
SELECT skill_overlap(ARRAY[['Go']], ARRAY['Go']);

-- skill_overlap(jsonb, jsonb): the posting's required skills, groups of
-- alternatives count once.  (Literals need ::jsonb: an untyped literal
-- could be text[] as well.)
SELECT skill_overlap(
    '{"skills": ["Scala", "Kubernetes"]}'::jsonb,
    '{"skills": [{"name": "Python", "required": true, "group": 1},
                 {"name": "Scala", "required": true, "group": 1},
                 {"name": "Java", "required": true, "group": 1},
                 {"name": "Kubernetes", "required": true},
                 {"name": "Go", "required": true},
                 {"name": "Rust", "required": false}]}'::jsonb) AS group_counts_once;
SELECT skill_overlap(
    '{"skills": ["PyTorch"]}'::jsonb,
    '{"skills": [{"name": "machine learning", "required": true},
                 {"name": "Terraform"}]}'::jsonb) AS hierarchy_and_unrequired;
SELECT skill_overlap('{"skills": []}'::jsonb, '{"skills": []}'::jsonb) AS nothing_required,
       skill_overlap('{}'::jsonb, '{"title": "x"}'::jsonb) AS no_skills_keys,
       skill_overlap('{"skills": null}'::jsonb, '{"skills": [{"name": "Go", "required": true}]}'::jsonb) AS null_skills,
       skill_overlap('{"skills": [{"name": "golang"}, null]}'::jsonb,
                     '{"skills": [{"name": "Go", "required": true}, null]}'::jsonb) AS object_items;
SELECT skill_overlap(
    '{"skills": ["Java"]}'::jsonb,
    '{"skills": [{"name": "Python", "required": true, "group": "langs"},
                 {"name": "Java", "required": true, "group": "langs"},
                 {"name": "SQL", "required": true, "group": 2}]}'::jsonb) AS string_and_number_groups;
-- wrong types: 22023 naming the key
SELECT skill_overlap('{"skills": "Python"}'::jsonb, '{"skills": []}'::jsonb);
SELECT skill_overlap('{"skills": []}'::jsonb, '{"skills": {"name": "Go"}}'::jsonb);
SELECT skill_overlap('{"skills": [1]}'::jsonb, '{"skills": []}'::jsonb);
SELECT skill_overlap('{"skills": [["Go"]]}'::jsonb, '{"skills": []}'::jsonb);
SELECT skill_overlap('{"skills": []}'::jsonb, '{"skills": ["Go"]}'::jsonb);
SELECT skill_overlap('{"skills": []}'::jsonb, '{"skills": [{"name": "Go", "required": "yes"}]}'::jsonb);
SELECT skill_overlap('{"skills": []}'::jsonb, '{"skills": [{"name": 7, "required": true}]}'::jsonb);
SELECT skill_overlap('{"skills": []}'::jsonb, '{"skills": [{"name": "Go", "required": true, "group": [1]}]}'::jsonb);
SELECT skill_overlap('[]'::jsonb, '{}'::jsonb);
\set VERBOSITY sqlstate
SELECT skill_overlap('{"skills": 3}'::jsonb, '{}'::jsonb);
\set VERBOSITY default

-- skill_taxonomy: one row per skill; parents exist; PyTorch's ancestry.
SELECT count(*) >= 1500 AS big_enough,
       count(DISTINCT name) = count(*) AS names_unique,
       bool_and(category <> '') AS categories_named
  FROM skill_taxonomy();
SELECT count(*) AS orphans
  FROM skill_taxonomy() t
 WHERE t.parent IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM skill_taxonomy() p WHERE p.name = t.parent);
WITH RECURSIVE up AS (
    SELECT name, parent, 0 AS depth FROM skill_taxonomy() WHERE name = 'PyTorch'
    UNION ALL
    SELECT t.name, t.parent, up.depth + 1
      FROM skill_taxonomy() t JOIN up ON t.name = up.parent)
SELECT depth, name FROM up ORDER BY depth;
SELECT name, category, parent, aliases FROM skill_taxonomy() WHERE name IN ('Go', 'Kubernetes', 'C#');
-- every canonical name normalizes to itself
SELECT count(*) AS not_self FROM skill_taxonomy() WHERE normalize_skill(name) IS DISTINCT FROM name;

-- jobreq_skills_version: the taxonomy version.
SELECT jobreq_skills_version() ~ '^\S+$' AS has_version;

-- catalog: every skills function is immutable, strict, parallel safe,
-- commented.
SELECT p.oid::regprocedure AS function, provolatile, proisstrict, proparallel,
       obj_description(p.oid, 'pg_proc') IS NOT NULL AS has_comment
  FROM pg_proc p
 WHERE proname IN ('normalize_skill', 'extract_skills', 'skill_overlap',
                   'skill_taxonomy', 'jobreq_skills_version')
 ORDER BY 1;

-- over a table
CREATE TEMP TABLE skill_texts AS
SELECT i, CASE i % 3 WHEN 0 THEN 'Python and SQL' WHEN 1 THEN 'k8s, GCP'
                     ELSE 'Go, Rust and C++' END AS t
  FROM generate_series(1, 300) i;
SELECT e, count(*) FROM skill_texts, unnest(extract_skills(t)) e GROUP BY e ORDER BY e;
