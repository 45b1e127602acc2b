
-- ---------------------------------------------------------------------------
-- Matching candidates against parsed postings
-- ---------------------------------------------------------------------------

-- COST: each call reads the posting's jsonb (detoasting it, about 10
-- microseconds per parse_posting document in all, measured by
-- bench/match.sh), i.e. a few hundred cpu_operator_cost units; the
-- candidate is read once per query.

CREATE FUNCTION meets_requirements(candidate jsonb, posting jsonb)
RETURNS boolean
AS 'MODULE_PATHNAME', 'meets_requirements'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 200;

COMMENT ON FUNCTION meets_requirements(jsonb, jsonb) IS
'true when the candidate profile meets every hard requirement the parsed posting states: experience (any path), education, required skills and skill groups, and workplace and salary when both sides state them';

CREATE FUNCTION requirements_report(candidate jsonb, posting jsonb)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'requirements_report'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 300;

COMMENT ON FUNCTION requirements_report(jsonb, jsonb) IS
'explains meets_requirements: {"meets", "checks": [{"check", "met", "required", "candidate", ...}], "skillCoverage", "score"}';

CREATE FUNCTION match_score(candidate jsonb, posting jsonb)
RETURNS float8
AS 'MODULE_PATHNAME', 'match_score'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 200;

COMMENT ON FUNCTION match_score(jsonb, jsonb) IS
'ranking score in [0, 1]: weighted required-skill and preferred-skill coverage, experience, education, workplace and salary; candidates who meet every requirement score at least 0.5, others below 0.5';

CREATE FUNCTION skill_closure(skills text[])
RETURNS text[]
AS 'MODULE_PATHNAME', 'skill_closure'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 20;

COMMENT ON FUNCTION skill_closure(text[]) IS
'the skill keys the given skills cover: canonical names plus all their taxonomy ancestors (unknown names lower-cased); sorted, without duplicates';

CREATE FUNCTION candidate_skill_keys(candidate jsonb)
RETURNS text[]
AS 'MODULE_PATHNAME', 'candidate_skill_keys'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 50;

COMMENT ON FUNCTION candidate_skill_keys(jsonb) IS
'skill_closure of a candidate profile''s skills plus '''' (the anchor of postings with fewer than two required skills): what the matching prefilter compares posting_skill_anchors and posting_required_skill_keys with';

CREATE FUNCTION posting_required_skill_keys(doc jsonb)
RETURNS text[]
AS 'MODULE_PATHNAME', 'posting_required_skill_keys'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 200;

COMMENT ON FUNCTION posting_required_skill_keys(jsonb) IS
'the required skills a match must cover, as skill keys (canonical names; unknown names lower-cased): required skills outside skill groups; sorted, never NULL; a match needs posting_required_skill_keys(doc) <@ candidate_skill_keys(candidate)';

CREATE FUNCTION posting_skill_anchors(doc jsonb)
RETURNS text[]
AS 'MODULE_PATHNAME', 'posting_skill_anchors'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 200;

COMMENT ON FUNCTION posting_skill_anchors(jsonb) IS
'the two most specific required skills of a parsed posting (deepest in the taxonomy, outside skill groups) as skill keys, '''' when fewer: a match needs both in candidate_skill_keys(candidate), so a btree on them prefilters matching';
