
-- ---------------------------------------------------------------------------
-- Version
-- ---------------------------------------------------------------------------

CREATE FUNCTION jobreq_version()
RETURNS text
AS 'MODULE_PATHNAME', 'jobreq_version'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION jobreq_version() IS
'jobreq extension version (from META.json, compiled into the library)';
