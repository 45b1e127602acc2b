-- pgTAP: the extension's objects are installed as DESIGN.md promises.
BEGIN;
SELECT plan(6);

SELECT has_extension('jobreq', 'jobreq is installed');
SELECT has_function('jobreq_version', 'jobreq_version() exists');
SELECT function_returns('jobreq_version', 'text', 'jobreq_version() returns text');
SELECT is(jobreq_version(),
          (SELECT extversion FROM pg_extension WHERE extname = 'jobreq'),
          'library version equals the catalog version');
SELECT is((SELECT count(*)::int
             FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid
             JOIN pg_extension e ON e.oid = d.refobjid
            WHERE e.extname = 'jobreq' AND d.deptype = 'e'
              AND obj_description(p.oid, 'pg_proc') IS NULL),
          0, 'every jobreq function has a COMMENT');
SELECT is((SELECT count(*)::int
             FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid
             JOIN pg_extension e ON e.oid = d.refobjid
            WHERE e.extname = 'jobreq' AND d.deptype = 'e'
              AND p.proparallel <> 's'),
          0, 'every jobreq function is PARALLEL SAFE');

SELECT * FROM finish();
ROLLBACK;
