-- Every error path of every jobreq SQL function, with its SQLSTATE.
-- Messages and details are tested in each concern's own file; here the
-- output is only the SQLSTATE (VERBOSITY sqlstate), so this file is the
-- catalogue of which condition raises which code.  The free-text functions
-- (parse_posting, parse_salary, extract_skills, normalize_skill) never
-- raise on text: the last section shows odd text giving results, not errors.
\set VERBOSITY sqlstate
\set SHOW_CONTEXT never

-- ---------------------------------------------------------------------------
-- salary_range input: 22P02 malformed, 22003 out of range
-- ---------------------------------------------------------------------------
SELECT 'hello'::salary_range;
SELECT ''::salary_range;
SELECT '$'::salary_range;
SELECT '1..2..3 USD/YEAR'::salary_range;
SELECT '100 USD/FORTNIGHT'::salary_range;
SELECT '100 XYZ/YEAR'::salary_range;
SELECT 'competitive'::salary_range;
SELECT '2000000000000 USD/YEAR'::salary_range;
SELECT '99999999999999999999999 USD/YEAR'::salary_range;
SELECT '5..1 USD/YEAR'::salary_range;
SELECT '1.005 USD/YEAR'::salary_range;
SELECT repeat('9', 100000)::salary_range;
SELECT repeat('$', 100000)::salary_range;

-- salary_range(min, max, currency, period): 22023 bad argument, 22003 range
SELECT salary_range(2, 1);
SELECT salary_range(NULL, NULL);
SELECT salary_range(1, 2, 'XYZ');
SELECT salary_range(1, 2, 'USD', 'FORTNIGHT');
SELECT salary_range('NaN', 2);
SELECT salary_range(1.001, 2);
SELECT salary_range(1, 1e15);
SELECT salary_range(-1, 2);

-- conversions between periods overflow: 22003; unknown period: 22023
SELECT salary_to_period('100 USD/YEAR', 'FORTNIGHT');
SELECT salary_annual('1000000000000 USD/HOUR');
SELECT salary_to_period('1000000000000 USD/HOUR', 'YEAR');

-- casts: numrange (22023 empty, 22003 negative or huge), jsonb (22023 shape,
-- 22P02 a bad literal inside a JSON string)
SELECT 'empty'::numrange::salary_range;
SELECT '[-5,10]'::numrange::salary_range;
SELECT '[1,1e20]'::numrange::salary_range;
SELECT 'true'::jsonb::salary_range;
SELECT '[1,2]'::jsonb::salary_range;
SELECT '{"currency": "XYZ", "value": 1}'::jsonb::salary_range;
SELECT '{"currency": "USD", "value": {"minValue": 200, "maxValue": 100}}'::jsonb::salary_range;
SELECT '{"currency": "USD", "value": {"minValue": -5}}'::jsonb::salary_range;
SELECT '"hello"'::jsonb::salary_range;

-- comparisons with a numeric amount: NaN is not an amount (22023)
SELECT '100 USD/YEAR'::salary_range @> 'NaN'::numeric;
SELECT '100 USD/YEAR'::salary_range <-> 'NaN'::numeric;

-- the GiST key type is internal: 0A000
SELECT 'x'::salary_range_gist_key;

-- ---------------------------------------------------------------------------
-- skills: 2202E for a multi-dimensional array, 22023 for a bad document
-- ---------------------------------------------------------------------------
SELECT skill_overlap(ARRAY[['Python'], ['SQL']], ARRAY['Python']);
SELECT skill_overlap(ARRAY['Python'], ARRAY[['Python'], ['SQL']]);
SELECT skill_overlap('[1]'::jsonb, '{"skills": []}'::jsonb);
SELECT skill_overlap('{"skills": "Python"}'::jsonb, '{"skills": []}'::jsonb);
SELECT skill_overlap('{"skills": [1]}'::jsonb, '{"skills": []}'::jsonb);
SELECT skill_overlap('{"skills": [{"name": 1}]}'::jsonb, '{"skills": []}'::jsonb);
SELECT skill_overlap('{"skills": []}'::jsonb, '{"skills": ["Python"]}'::jsonb);
SELECT skill_overlap('{"skills": []}'::jsonb, '{"skills": [{"name": "Python", "required": "yes"}]}'::jsonb);
SELECT skill_overlap('{"skills": []}'::jsonb, '{"skills": [{"name": "Python", "required": true, "group": []}]}'::jsonb);
SELECT skill_closure(ARRAY[['Python'], ['SQL']]);

-- ---------------------------------------------------------------------------
-- posting accessors: 22023 for a bad argument or a bad baseSalary
-- ---------------------------------------------------------------------------
SELECT posting_skills('{}'::jsonb, 'mandatory');
SELECT posting_salary('{"baseSalary": {"currency": "XYZ", "value": 1}}'::jsonb);
SELECT posting_salary('{"baseSalary": {"currency": "USD", "value": {"minValue": 5, "maxValue": 1}}}'::jsonb);

-- ---------------------------------------------------------------------------
-- matching: 22023 naming the key of the wrong type or value
-- ---------------------------------------------------------------------------
SELECT meets_requirements('[]'::jsonb, '{}'::jsonb);
SELECT meets_requirements('{}'::jsonb, '"posting"'::jsonb);
SELECT meets_requirements('{"skills": "Python"}'::jsonb, '{}'::jsonb);
SELECT meets_requirements('{"skills": [1, 2]}'::jsonb, '{}'::jsonb);
SELECT meets_requirements('{"yearsOfExperience": "nine"}'::jsonb, '{}'::jsonb);
SELECT meets_requirements('{"yearsOfExperience": -1}'::jsonb, '{}'::jsonb);
SELECT meets_requirements('{"yearsOfExperience": 1e308}'::jsonb, '{}'::jsonb);
SELECT meets_requirements('{"educationalLevel": "wizard"}'::jsonb, '{}'::jsonb);
SELECT meets_requirements('{"educationalLevel": 3}'::jsonb, '{}'::jsonb);
SELECT meets_requirements('{"workplaceTypes": "remote"}'::jsonb, '{}'::jsonb);
SELECT meets_requirements('{"workplaceTypes": ["moon"]}'::jsonb, '{}'::jsonb);
SELECT meets_requirements('{"salaryExpectation": "lots"}'::jsonb, '{}'::jsonb);
SELECT meets_requirements('{"salaryExpectation": 5}'::jsonb, '{}'::jsonb);
SELECT meets_requirements('{}'::jsonb, '{"skills": "Python"}'::jsonb);
SELECT meets_requirements('{}'::jsonb, '{"skills": [{"name": 5}]}'::jsonb);
SELECT meets_requirements('{}'::jsonb, '{"experienceRequirements": 5}'::jsonb);
SELECT meets_requirements('{}'::jsonb, '{"experienceRequirements": {"monthsOfExperience": "x"}}'::jsonb);
SELECT meets_requirements('{}'::jsonb, '{"educationRequirements": 5}'::jsonb);
SELECT meets_requirements('{}'::jsonb, '{"experienceInPlaceOfEducation": "yes"}'::jsonb);
SELECT requirements_report('{"yearsOfExperience": "nine"}'::jsonb, '{}'::jsonb);
SELECT match_score('{"skills": {}}'::jsonb, '{}'::jsonb);

-- ---------------------------------------------------------------------------
-- free text never raises: odd input gives a result (NULL, [] or an object)
-- ---------------------------------------------------------------------------
SELECT parse_salary('$$$ 1,1,1,1 <<<< &amp;&#x110000; 9999999999999999999999') AS pay;
SELECT parse_salary('') AS empty_pay;
SELECT extract_skills(repeat('<li>', 1000) || repeat('(', 1000)) AS skills;
SELECT normalize_skill(repeat('x', 100000)) AS unknown_skill;
SELECT jsonb_typeof(parse_posting('')) AS empty_posting,
       jsonb_typeof(parse_posting(repeat('<div>', 10000))) AS nested,
       jsonb_typeof(parse_posting('<script type="application/ld+json">{"@type": "JobPosting", "baseSalary": {"currency": "XYZ"}}</script>')) AS bad_jsonld,
       jsonb_typeof(parse_posting(repeat('5+ years of ', 10000), true)) AS years;
