
-- ---------------------------------------------------------------------------
-- Parsing postings (DESIGN.md section 3)
-- ---------------------------------------------------------------------------

-- COST: parsing runs the layout stage, about a dozen linear scans and the
-- skills matcher over the text: roughly 20-40 microseconds per KB of
-- posting, i.e. hundreds of times a simple built-in function.
CREATE FUNCTION parse_posting(raw text)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'parse_posting'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 2000;

COMMENT ON FUNCTION parse_posting(text) IS
'parse a job posting (plain text or HTML) into a schema.org JobPosting-shaped jsonb document';

CREATE FUNCTION parse_posting(raw text, evidence boolean)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'parse_posting'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 2500;

COMMENT ON FUNCTION parse_posting(text, boolean) IS
'parse a job posting; with evidence, jobreq.evidence gives for every field the 0-based character offsets [start, end) and text it came from';

CREATE FUNCTION posting_skills(doc jsonb, which text DEFAULT 'all')
RETURNS text[]
AS 'MODULE_PATHNAME', 'posting_skills'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION posting_skills(jsonb, text) IS
'skill names of a parsed posting: which = ''all'' (default), ''required'' or ''preferred''';

CREATE FUNCTION posting_min_years(doc jsonb)
RETURNS numeric
AS 'MODULE_PATHNAME', 'posting_min_years'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION posting_min_years(jsonb) IS
'fewest years of experience a parsed posting accepts (any alternative path); 0 for "no requirements", NULL when unstated';

CREATE FUNCTION posting_education(doc jsonb)
RETURNS text
AS 'MODULE_PATHNAME', 'posting_education'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION posting_education(jsonb) IS
'minimum required education level of a parsed posting (high_school, associate, bachelor, master, doctorate), none for "no requirements", NULL when unstated';

CREATE FUNCTION posting_workplace(doc jsonb)
RETURNS text
AS 'MODULE_PATHNAME', 'posting_workplace'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION posting_workplace(jsonb) IS
'workplace type of a parsed posting: onsite, hybrid or remote; NULL when unstated';

-- to_jsonld: Google's JobPosting structured data from a parsed document.
-- Google requires a description; the document keeps no full text, so the
-- responsibilities become an HTML list, or, without them, a one-line note.
CREATE FUNCTION to_jsonld(doc jsonb)
RETURNS jsonb
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
-- the body resolves names through pg_catalog only, never the caller's path
SET search_path = pg_catalog, pg_temp
AS $$
SELECT jsonb_strip_nulls(jsonb_build_object(
    '@context', 'https://schema.org/',
    '@type', 'JobPosting',
    'title', d->'title',
    'description', to_jsonb(coalesce(
        (SELECT '<ul>' || string_agg('<li>' || replace(replace(replace(r #>> '{}',
                    '&', '&amp;'), '<', '&lt;'), '>', '&gt;') || '</li>', '') || '</ul>'
           FROM jsonb_array_elements(CASE jsonb_typeof(d->'responsibilities')
                    WHEN 'array' THEN d->'responsibilities' END) r
          WHERE jsonb_typeof(r) = 'string'),
        coalesce(d->>'title', 'Job posting')
            || coalesce(' at ' || (d->'hiringOrganization'->>'name'), '')
            || '.')),
    'datePosted', d->'datePosted',
    'hiringOrganization', CASE WHEN d->'hiringOrganization'->>'name' IS NOT NULL
        THEN jsonb_build_object('@type', 'Organization',
                                'name', d->'hiringOrganization'->'name') END,
    'jobLocation', (SELECT jsonb_agg(jsonb_build_object('@type', 'Place',
                        'address', jsonb_build_object('@type', 'PostalAddress')
                                   || (l->'address')))
                      FROM jsonb_array_elements(CASE jsonb_typeof(d->'jobLocation')
                               WHEN 'array' THEN d->'jobLocation' END) l
                     WHERE jsonb_typeof(l->'address') = 'object'),
    'jobLocationType', d->'jobLocationType',
    'applicantLocationRequirements', CASE WHEN d->>'jobLocationType' = 'TELECOMMUTE' THEN
        (SELECT jsonb_agg(DISTINCT jsonb_build_object('@type', 'Country',
                    'name', l->'address'->'addressCountry'))
           FROM jsonb_array_elements(CASE jsonb_typeof(d->'jobLocation')
                    WHEN 'array' THEN d->'jobLocation' END) l
          WHERE l->'address'->>'addressCountry' IS NOT NULL) END,
    'employmentType', d->'employmentType',
    'baseSalary', CASE WHEN jsonb_typeof(d->'baseSalary'->'value') = 'object' THEN
        jsonb_build_object('@type', 'MonetaryAmount',
                           'currency', d->'baseSalary'->'currency',
                           'value', jsonb_build_object('@type', 'QuantitativeValue')
                                    || (d->'baseSalary'->'value')) END,
    'experienceRequirements', CASE
        WHEN jsonb_typeof(d->'experienceRequirements') = 'object'
             AND d->'experienceRequirements' ? 'monthsOfExperience' THEN
            jsonb_build_object('@type', 'OccupationalExperienceRequirements',
                               'monthsOfExperience',
                               d->'experienceRequirements'->'monthsOfExperience')
        WHEN d->>'experienceRequirements' = 'no requirements' THEN
            to_jsonb('no requirements'::text) END,
    'educationRequirements', CASE
        WHEN d->>'educationRequirements' = 'no requirements' THEN
            to_jsonb('no requirements'::text)
        ELSE (SELECT jsonb_build_object('@type', 'EducationalOccupationalCredential',
                        'credentialCategory',
                        CASE e->>'educationalLevel'
                            WHEN 'high_school' THEN 'high school'
                            WHEN 'associate' THEN 'associate degree'
                            WHEN 'bachelor' THEN 'bachelor degree'
                            ELSE 'postgraduate degree' END)
                FROM jsonb_array_elements(CASE jsonb_typeof(d->'educationRequirements')
                         WHEN 'array' THEN d->'educationRequirements' END) e
               WHERE coalesce(e->>'required', 'true') = 'true'
                 AND e->>'educationalLevel' IN ('high_school', 'associate',
                         'bachelor', 'master', 'doctorate')
               ORDER BY array_position(ARRAY['high_school', 'associate', 'bachelor',
                         'master', 'doctorate'], e->>'educationalLevel')
               LIMIT 1) END,
    'experienceInPlaceOfEducation', d->'experienceInPlaceOfEducation',
    'skills', (SELECT to_jsonb(string_agg(s->>'name', ', '))
                 FROM jsonb_array_elements(CASE jsonb_typeof(d->'skills')
                          WHEN 'array' THEN d->'skills' END) s
                WHERE s->>'name' IS NOT NULL),
    'industry', d->'industry'))
FROM (SELECT doc AS d) AS src
$$;

COMMENT ON FUNCTION to_jsonld(jsonb) IS
'Google JobPosting structured data (JSON-LD) from a parse_posting document';
