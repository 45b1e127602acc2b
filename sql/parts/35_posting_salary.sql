
-- posting_salary needs salary_range (sql/parts/10_salary_range.sql), so it
-- lives in its own part that sorts after the type.
CREATE FUNCTION posting_salary(doc jsonb)
RETURNS salary_range
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
-- every name is schema-qualified (the body runs with the caller's search_path,
-- and stays inlinable); see the search-path test in test/ops/server.sh
SELECT CASE WHEN pg_catalog.jsonb_typeof(doc OPERATOR(pg_catalog.->) 'baseSalary')
                 OPERATOR(pg_catalog.=) 'object'
            THEN (doc OPERATOR(pg_catalog.->) 'baseSalary')::@extschema@.salary_range END
$$;

COMMENT ON FUNCTION posting_salary(jsonb) IS
'base pay of a parsed posting (its baseSalary) as a salary_range; NULL when absent';
