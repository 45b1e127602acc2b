
-- ---------------------------------------------------------------------------
-- Skills: the built-in taxonomy, extraction and overlap
--
-- COSTs (units of cpu_operator_cost, roughly 50 ns of CPU): a lookup takes
-- about 100 ns; extraction runs at about 50 MB/s, some 60 us for a posting
-- of 3 KB; an overlap of two skill lists about 2 us; the jsonb form also
-- reads two documents.
-- ---------------------------------------------------------------------------

CREATE FUNCTION normalize_skill(text)
RETURNS text
AS 'MODULE_PATHNAME', 'normalize_skill'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 5;

COMMENT ON FUNCTION normalize_skill(text) IS
'canonical taxonomy name of a skill name or alias (case- and punctuation-insensitive); NULL when unknown';

CREATE FUNCTION extract_skills(text)
RETURNS text[]
AS 'MODULE_PATHNAME', 'extract_skills'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 1000;

COMMENT ON FUNCTION extract_skills(text) IS
'canonical names of the taxonomy skills mentioned in free text, in first-seen order, without duplicates';

CREATE FUNCTION skill_overlap(have text[], want text[])
RETURNS float8
AS 'MODULE_PATHNAME', 'skill_overlap_arrays'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 50;

COMMENT ON FUNCTION skill_overlap(text[], text[]) IS
'share (0..1) of the distinct wanted skills covered by the skills had; a skill covers itself and its ancestors (PyTorch covers machine learning); 1 when nothing is wanted';

CREATE FUNCTION skill_overlap(candidate jsonb, posting jsonb)
RETURNS float8
AS 'MODULE_PATHNAME', 'skill_overlap_jsonb'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 100;

COMMENT ON FUNCTION skill_overlap(jsonb, jsonb) IS
'share (0..1) of a posting''s required skills (skills items with "required": true; a "group" of alternatives counts once) covered by a candidate''s "skills"';

CREATE FUNCTION skill_taxonomy(
    OUT name text, OUT category text, OUT parent text, OUT aliases text[])
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'skill_taxonomy'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 10 ROWS 2600;

COMMENT ON FUNCTION skill_taxonomy() IS
'the built-in skills taxonomy: every canonical skill with its category, parent and aliases';

CREATE FUNCTION jobreq_skills_version()
RETURNS text
AS 'MODULE_PATHNAME', 'jobreq_skills_version'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION jobreq_skills_version() IS
'version of the built-in skills taxonomy compiled into the library';
