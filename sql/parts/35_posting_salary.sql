
-- posting_salary needs salary_range (sql/parts/10_salary_range.sql), so it
-- lives in its own part that sorts after the type.
CREATE FUNCTION posting_salary(doc jsonb)
RETURNS salary_range
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
SELECT CASE WHEN jsonb_typeof(doc->'baseSalary') = 'object'
            THEN (doc->'baseSalary')::@extschema@.salary_range END
$$;

COMMENT ON FUNCTION posting_salary(jsonb) IS
'base pay of a parsed posting (its baseSalary) as a salary_range; NULL when absent';
