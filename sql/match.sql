-- Matching candidates against parsed postings: meets_requirements,
-- requirements_report, match_score, and the index helpers.  Postings are
-- hand-written in parse_posting's shape so each rule is isolated.
CREATE TEMP TABLE m_post (id text PRIMARY KEY, doc jsonb NOT NULL);
INSERT INTO m_post VALUES
 ('empty', '{}'),
 ('none', '{"experienceRequirements": "no requirements",
            "educationRequirements": "no requirements"}'),
 ('exp8', '{"experienceRequirements": {"monthsOfExperience": 96, "maxMonthsOfExperience": 120}}'),
 ('alts', '{"experienceRequirements": {"monthsOfExperience": 72, "alternatives": [
             {"monthsOfExperience": 96},
             {"monthsOfExperience": 72, "educationalLevel": "master"}]}}'),
 ('bachelor', '{"educationRequirements": [
             {"credentialCategory": "bachelor degree", "educationalLevel": "bachelor", "required": true},
             {"credentialCategory": "master degree", "educationalLevel": "master", "required": false}]}'),
 ('equiv', '{"experienceRequirements": {"monthsOfExperience": 36},
             "educationRequirements": [{"educationalLevel": "bachelor", "required": true}],
             "experienceInPlaceOfEducation": true}'),
 ('group', '{"skills": [{"name": "Python", "required": true, "group": 1},
                        {"name": "Scala", "required": true, "group": 1},
                        {"name": "Java", "required": true, "group": 1},
                        {"name": "SQL", "required": true},
                        {"name": "Docker", "required": false}]}'),
 ('ml', '{"skills": [{"name": "machine learning", "required": true}]}'),
 ('torch', '{"skills": [{"name": "PyTorch", "required": true}]}'),
 ('remote', '{"jobLocationType": "TELECOMMUTE", "jobreq": {"workplaceType": "remote"}}'),
 ('pay', '{"jobreq": {"salaryRange": "150000..190000 USD/YEAR"}}'),
 ('pay_eur', '{"baseSalary": {"@type": "MonetaryAmount", "currency": "EUR",
               "value": {"@type": "QuantitativeValue", "minValue": 60000,
                         "maxValue": 70000, "unitText": "YEAR"}}}');

CREATE TEMP TABLE m_cand (name text PRIMARY KEY, profile jsonb NOT NULL);
INSERT INTO m_cand VALUES
 ('blank', '{}'),
 ('senior', '{"skills": ["python", "SQL", "PyTorch", "docker"], "yearsOfExperience": 9,
              "educationalLevel": "master", "workplaceTypes": ["remote", "hybrid"],
              "salaryExpectation": "180000..220000 USD/YEAR"}'),
 ('junior', '{"skills": ["Java", "machine learning"], "yearsOfExperience": 2,
              "educationalLevel": "high_school", "workplaceTypes": ["onsite"],
              "salaryExpectation": "$120/hr"}'),
 ('self_taught', '{"skills": ["Scala", "sql"], "yearsOfExperience": 7,
                   "educationalLevel": "high_school", "unknownKey": {"a": 1}}'),
 ('hourly', '{"salaryExpectation": "90..100 USD/HOUR"}');

-- Every candidate against every posting: the whole rule table at a glance.
SELECT c.name, p.id, meets_requirements(c.profile, p.doc) AS meets,
       round(match_score(c.profile, p.doc)::numeric, 4) AS score
  FROM m_cand c CROSS JOIN m_post p
 ORDER BY c.name, p.id;

-- Which checks decided: the met value of each check per pair (null: unknown).
SELECT c.name, p.id,
       string_agg(format('%s=%s', ck->>'check', coalesce(ck->>'met', 'null')), ' '
                  ORDER BY ord) AS checks
  FROM m_cand c CROSS JOIN m_post p,
       jsonb_array_elements(requirements_report(c.profile, p.doc)->'checks')
         WITH ORDINALITY AS t(ck, ord)
 WHERE p.id IN ('alts', 'equiv', 'group', 'remote', 'pay', 'pay_eur')
 GROUP BY c.name, p.id
 ORDER BY c.name, p.id;

-- Experience alternatives: the degree path needs the degree.
SELECT y, lvl,
       meets_requirements(jsonb_build_object('yearsOfExperience', y,
                                             'educationalLevel', lvl), doc) AS meets
  FROM m_post, (VALUES (8, 'bachelor'), (7, 'bachelor'), (6, 'master'),
                       (6, 'doctorate'), (6, 'none')) AS v(y, lvl)
 WHERE id = 'alts'
 ORDER BY y DESC, lvl;

-- Equivalent experience: 3 years required, 2 extra years per missing level.
SELECT y, lvl,
       meets_requirements(jsonb_build_object('yearsOfExperience', y,
                                             'educationalLevel', lvl), doc) AS meets,
       requirements_report(jsonb_build_object('yearsOfExperience', y,
                                              'educationalLevel', lvl), doc)
         #> '{checks,1,equivalentExperience}' AS via_experience
  FROM m_post, (VALUES (7, 'high_school'), (6.9, 'high_school'), (5, 'associate'),
                       (4, 'associate'), (3, 'bachelor'), (9, 'none')) AS v(y, lvl)
 WHERE id = 'equiv'
 ORDER BY lvl, y;

-- Skill groups and the hierarchy, with what is missing.
SELECT skills, (requirements_report(jsonb_build_object('skills', skills), doc)
                 #> '{checks,2}') - 'check' - 'required' AS skills_check
  FROM m_post, (VALUES ('["Java", "SQL"]'::jsonb), ('["SQL"]'), ('["scala"]'),
                       ('[]')) AS v(skills)
 WHERE id = 'group';
SELECT p.id, v.skills, meets_requirements(jsonb_build_object('skills', v.skills), p.doc)
  FROM m_post p, (VALUES ('["PyTorch"]'::jsonb), ('["machine learning"]'),
                         ('["pytorch"]')) AS v(skills)
 WHERE p.id IN ('ml', 'torch')
 ORDER BY 1, 2;

-- Hourly against yearly, same currency only.
SELECT e AS expectation,
       (requirements_report(jsonb_build_object('salaryExpectation', e), doc)
         #> '{checks,4}') - 'check' AS salary_check
  FROM m_post, (VALUES ('90..100 USD/HOUR'), ('100..120 USD/HOUR'),
                       ('200000.. USD/YEAR'), ('180000..220000 EUR/YEAR')) AS v(e)
 WHERE id = 'pay';
SELECT meets_requirements('{"salaryExpectation": {"currency": "EUR", "value":
         {"minValue": 30, "maxValue": 35, "unitText": "HOUR"}}}', doc) AS eur_hourly_in,
       meets_requirements('{"salaryExpectation": "50..60 EUR/HOUR"}', doc) AS eur_hourly_above
  FROM m_post WHERE id = 'pay_eur';

-- A full report.
SELECT jsonb_pretty(requirements_report(c.profile, p.doc))
  FROM m_cand c, m_post p WHERE c.name = 'junior' AND p.id = 'group';

-- Ranking: qualified candidates first; more preferred skills rank higher.
SELECT name, meets_requirements(profile, doc) AS meets,
       round(match_score(profile, doc)::numeric, 4) AS score
  FROM m_post,
       (VALUES ('all', '{"skills": ["Java", "SQL", "Docker"]}'::jsonb),
               ('required', '{"skills": ["Java", "SQL"]}'),
               ('few', '{"skills": ["Docker", "SQL"]}'),
               ('none', '{}')) AS v(name, profile)
 WHERE id = 'group'
 ORDER BY score DESC;

-- Bad profiles and postings: 22023 naming the key.
CREATE FUNCTION pg_temp.m_err(cand jsonb, post jsonb) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM meets_requirements(cand, post);
    RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
SELECT c AS candidate, pg_temp.m_err(c, '{}') AS result
  FROM (VALUES ('{"yearsOfExperience": "9"}'::jsonb),
               ('{"yearsOfExperience": -1}'),
               ('{"skills": "Python"}'),
               ('{"skills": ["Python", 3]}'),
               ('{"educationalLevel": "wizard"}'),
               ('{"educationalLevel": 5}'),
               ('{"workplaceTypes": "remote"}'),
               ('{"workplaceTypes": ["moon"]}'),
               ('{"salaryExpectation": 100000}'),
               ('{"salaryExpectation": "lots"}'),
               ('[]'),
               ('{"nickname": "x", "yearsOfExperience": null}')) AS v(c);
SELECT p AS posting, pg_temp.m_err('{}', p) AS result
  FROM (VALUES ('{"skills": {}}'::jsonb),
               ('{"skills": [{"required": true}]}'),
               ('{"experienceRequirements": 5}'),
               ('{"educationRequirements": [{"educationalLevel": "guru"}]}'),
               ('{"experienceInPlaceOfEducation": "yes"}'),
               ('{"jobreq": {"salaryRange": "lots"}}'),
               ('"text"')) AS v(p);
-- The error as a client sees it: message and detail.
SELECT match_score('{"educationalLevel": "wizard"}', '{}');

-- STRICT: NULL in, NULL out.
SELECT meets_requirements(NULL, '{}') IS NULL AS null_candidate,
       requirements_report('{}', NULL) IS NULL AS null_posting;

-- Index helpers: the closure covers ancestors; the index array skips groups.
SELECT skill_closure(ARRAY['PyTorch', 'k8s', ' FooLang ', NULL, 'pytorch']) @>
       ARRAY['PyTorch', 'machine learning', 'Kubernetes', 'foolang'] AS closure_ok,
       'PyTorch' = ANY (skill_closure(ARRAY['machine learning'])) AS no_descendants;
SELECT skill_closure(ARRAY[]::text[]) AS empty_closure,
       skill_closure(ARRAY['FooLang', 'foolang']) AS deduplicated;
SELECT id, posting_required_skill_keys(doc), posting_skill_anchors(doc) FROM m_post
 WHERE id IN ('group', 'ml', 'empty') ORDER BY id;
SELECT posting_skill_anchors('{"skills": [{"name": "communication", "required": true},
         {"name": "SQL", "required": true}, {"name": "PyTorch", "required": true},
         {"name": "ZetaLang", "required": false}]}') AS most_specific_first;
-- The candidate's side: the closure of the profile's skills plus ''.
SELECT candidate_skill_keys('{"skills": ["PyTorch", " FooLang "]}')
         @> ARRAY['', 'PyTorch', 'machine learning', 'foolang'] AS keys_ok,
       candidate_skill_keys('{"yearsOfExperience": 3}') AS no_skills;
SELECT candidate_skill_keys('{"skills": "PyTorch"}');

-- Catalog: immutable, strict, parallel safe, commented.
SELECT p.proname, p.provolatile, p.proisstrict, p.proparallel, p.procost > 1 AS costed,
       obj_description(p.oid, 'pg_proc') IS NOT NULL AS has_comment
  FROM pg_proc p
 WHERE p.proname IN ('meets_requirements', 'requirements_report', 'match_score',
                     'skill_closure', 'candidate_skill_keys', 'posting_required_skill_keys',
                     'posting_skill_anchors')
 ORDER BY 1;
