-- jobreq_version() reports the version stamped from META.json, and it
-- agrees with the extension catalog.
SELECT jobreq_version() ~ '^\d+\.\d+\.\d+$' AS looks_like_semver;
SELECT jobreq_version() = extversion AS matches_catalog
  FROM pg_extension WHERE extname = 'jobreq';
SELECT provolatile, proisstrict, proparallel
  FROM pg_proc WHERE proname = 'jobreq_version';
SELECT obj_description('jobreq_version()'::regprocedure, 'pg_proc') IS NOT NULL AS has_comment;
