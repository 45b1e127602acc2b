-- Accessors of parsed postings: values, NULL/absent handling, argument
-- errors, volatility, and use in generated columns and expression indexes.

-- Every posting function is IMMUTABLE, PARALLEL SAFE and commented.
SELECT p.oid::regprocedure AS function, provolatile, proparallel, proisstrict,
       obj_description(p.oid, 'pg_proc') IS NOT NULL AS has_comment
  FROM pg_proc p
 WHERE proname IN ('parse_posting', 'posting_skills', 'posting_min_years',
                   'posting_education', 'posting_workplace', 'posting_salary',
                   'to_jsonld')
 ORDER BY 1::text;

-- Hand-written documents (DESIGN.md section 3 shape).
CREATE TEMP TABLE docs (name text PRIMARY KEY, doc jsonb);
INSERT INTO docs VALUES
 ('full', '{"title": "Data Engineer",
            "hiringOrganization": {"name": "Acme"},
            "jobLocation": [{"address": {"addressLocality": "Austin", "addressRegion": "TX", "addressCountry": "US"}}],
            "employmentType": ["FULL_TIME"],
            "datePosted": "2026-03-13",
            "baseSalary": {"currency": "USD", "value": {"minValue": 120000, "maxValue": 150000, "unitText": "YEAR"}},
            "experienceRequirements": {"monthsOfExperience": 96, "alternatives": [{"monthsOfExperience": 60, "educationalLevel": "master"}]},
            "educationRequirements": [{"credentialCategory": "master degree", "educationalLevel": "master", "required": false},
                                      {"credentialCategory": "bachelor degree", "educationalLevel": "bachelor", "required": true}],
            "skills": [{"name": "Python", "required": true, "group": 1}, {"name": "Scala", "required": true, "group": 1},
                       {"name": "Spark", "required": false}],
            "responsibilities": ["Build pipelines", "Own <quality> & tests"],
            "industry": "Banking",
            "jobreq": {"workplaceType": "hybrid"}}'),
 ('none', '{"experienceRequirements": "no requirements", "educationRequirements": "no requirements",
            "jobLocationType": "TELECOMMUTE",
            "jobLocation": [{"address": {"addressCountry": "US"}}],
            "baseSalary": {"currency": "USD", "value": {"maxValue": 25.5, "unitText": "HOUR"}}}'),
 ('empty', '{}'),
 ('odd', '{"skills": [1, "Go", {"required": false}], "experienceRequirements": {"monthsOfExperience": "ten"},
           "educationRequirements": {"educationalLevel": "bachelor"}, "jobreq": {"workplaceType": "moon"},
           "baseSalary": "lots"}');

SELECT name, posting_skills(doc) AS all_skills,
       posting_skills(doc, 'required') AS required,
       posting_skills(doc, 'preferred') AS preferred,
       posting_min_years(doc) AS min_years,
       posting_education(doc) AS education,
       posting_workplace(doc) AS workplace,
       posting_salary(doc) AS salary
  FROM docs ORDER BY name;

-- 'which' must be one of three words.
SELECT posting_skills('{}', 'mandatory');
-- A fraction of a year is rounded to two decimals.
SELECT posting_min_years('{"experienceRequirements": {"monthsOfExperience": 18}}'),
       posting_min_years('{"experienceRequirements": {"monthsOfExperience": 10}}');

-- to_jsonld: Google JobPosting structured data.
SELECT name, jsonb_pretty(to_jsonld(doc)) FROM docs WHERE name IN ('full', 'none') ORDER BY name;
SELECT to_jsonld('{}') AS empty_doc;

-- Generated columns and expression indexes over parsed postings.
CREATE TABLE jobs (
    id serial PRIMARY KEY,
    raw text NOT NULL,
    doc jsonb GENERATED ALWAYS AS (parse_posting(raw)) STORED,
    min_years numeric GENERATED ALWAYS AS (posting_min_years(parse_posting(raw))) STORED,
    workplace text GENERATED ALWAYS AS (posting_workplace(parse_posting(raw))) STORED
);
INSERT INTO jobs (raw) VALUES
 (E'Senior Data Engineer\nAcme\nAustin, TX\n\nRequirements:\n- 5+ years of Python and SQL\n- Kafka preferred\n\nThis is a hybrid role.'),
 (E'Line Cook\nEmber Kitchen\nPortland, OR\n\nRequirements:\n- 1 year of kitchen experience\n\nPay: $19 - $22 per hour. This is an on-site position.'),
 (E'Remote Frontend Engineer\nLumen\n\nRequirements:\n- 3+ years with TypeScript and React\n\nThis is a fully remote position.');
SELECT id, doc->>'title' AS title, min_years, workplace,
       posting_skills(doc, 'required') AS required
  FROM jobs ORDER BY id;

CREATE INDEX jobs_required_skills ON jobs USING gin (posting_skills(doc, 'required'));
CREATE INDEX jobs_min_years ON jobs (posting_min_years(doc));
CREATE INDEX jobs_workplace ON jobs (posting_workplace(doc));
CREATE INDEX jobs_salary ON jobs USING gist (posting_salary(doc));
SET enable_seqscan = off;
EXPLAIN (COSTS OFF)
SELECT id FROM jobs WHERE posting_skills(doc, 'required') @> ARRAY['Python'];
SELECT id FROM jobs WHERE posting_skills(doc, 'required') @> ARRAY['Python'];
EXPLAIN (COSTS OFF)
SELECT id FROM jobs WHERE posting_min_years(doc) <= 3;
SELECT id FROM jobs WHERE posting_min_years(doc) <= 3 ORDER BY id;
EXPLAIN (COSTS OFF)
SELECT id FROM jobs WHERE posting_workplace(doc) = 'remote';
SELECT id FROM jobs WHERE posting_workplace(doc) = 'remote';
EXPLAIN (COSTS OFF)
SELECT id FROM jobs WHERE posting_salary(doc) && '40000..50000 USD/YEAR';
SELECT id FROM jobs WHERE posting_salary(doc) && '40000..50000 USD/YEAR';
RESET enable_seqscan;
DROP TABLE jobs;
