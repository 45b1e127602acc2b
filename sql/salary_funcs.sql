-- salary_range functions: constructor, accessors, conversions, midpoint,
-- parse_salary, and their catalog properties.

CREATE FUNCTION pg_temp.try(sql text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    st text;
    msg text;
    det text;
    result text;
BEGIN
    EXECUTE sql INTO result;
    RETURN result;
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT,
                            det = PG_EXCEPTION_DETAIL;
    RETURN 'ERROR ' || st || ': ' || msg || coalesce(' | ' || nullif(det, ''), '');
END $$;

-- Constructor: defaults USD and YEAR; NULL min or max is an open bound.
SELECT salary_range(100000, 120000) AS defaults,
       salary_range(22, 45, 'USD', 'HOUR') AS hourly,
       salary_range(NULL, 90000) AS up_to,
       salary_range(120000, NULL, 'eur') AS from_eur,
       salary_range(25.5, 25.5, 'GBP', 'hour') AS point,
       salary_range(100000.00, 120000.50, 'CHF', 'monthly') AS monthly;
SELECT salary_range(1, 2, NULL) AS null_currency,
       salary_range(1, 2, 'USD', NULL) AS null_period;

-- Constructor errors: bad currency or period, min > max, both open: 22023;
-- negative or too large amounts: 22003.
SELECT call, pg_temp.try('SELECT ' || call || '::text') AS result
  FROM (VALUES ('salary_range(1, 2, ''XYZ'')'),
               ('salary_range(1, 2, ''USD'', ''FORTNIGHT'')'),
               ('salary_range(2, 1)'),
               ('salary_range(NULL, NULL)'),
               ('salary_range(1.001, 2)'),
               ('salary_range(-1, 2)'),
               ('salary_range(1, 1e15)'),
               ('salary_range(''NaN'', 2)'),
               ('salary_range(''-Infinity'', 2)'),
               ('salary_range(1, ''Infinity'')')) AS t(call);

-- Accessors.
SELECT s, salary_min(s), salary_max(s), salary_currency(s), salary_period(s),
       salary_annual(s), salary_midpoint(s)
  FROM (VALUES ('229000..262000 USD/YEAR'::salary_range), ('22..45 USD/HOUR'),
               ('..90000 EUR/YEAR'), ('120000.. GBP/YEAR'), ('25.5 USD/HOUR'),
               ('8000..9000.5 CHF/MONTH'), ('0.01..0.02 USD/YEAR'),
               ('1000000000000 USD/YEAR')) AS t(s);

-- Conversions between periods round to the cent; annual values compare
-- equal when the conversion is exact.
SELECT s, p, salary_to_period(s, p) AS converted,
       salary_to_period(s, p) = s AS still_equal
  FROM (VALUES ('104000 USD/YEAR'::salary_range), ('100000..120000 USD/YEAR'),
               ('..90000 EUR/YEAR')) AS t(s),
       (VALUES ('HOUR'), ('day'), ('WEEK'), ('Month'), ('YEAR')) AS u(p)
 ORDER BY s, p COLLATE "C";
SELECT pg_temp.try('SELECT salary_to_period(''1 USD/YEAR'', ''fortnight'')::text') AS bad_period,
       pg_temp.try('SELECT salary_annual(''1000000000000 USD/HOUR'')::text') AS too_large;

-- parse_salary finds the first base pay in prose and never errors.
SELECT left(t, 50) AS text, parse_salary(t) AS salary
  FROM (VALUES ('The base pay range for this role is $229,000 - $262,000 per year, plus equity.'),
               ('Pay: $22 - $45 per hour. Benefits include...'),
               ('We raised $50M in Series B funding. Salary: £40k-£45k pa.'),
               ('Competitive salary, DOE.'),
               ('No numbers here at all.'),
               (''),
               ('$$$ 123 ,,, ..-- €€ k k K'),
               (repeat('salary ', 2000) || '$120,000+')) AS t(t);
SELECT count(*) FILTER (WHERE parse_salary(t) IS NOT NULL) AS found, count(*) AS texts
  FROM (SELECT repeat(chr(32 + (i * 7919) % 95), 1 + i % 13) || i::text AS t
          FROM generate_series(1, 2000) i) x;

-- Catalog: every salary function is IMMUTABLE, PARALLEL SAFE and commented;
-- all but the constructor are STRICT.
SELECT p.proname, p.provolatile, p.proisstrict, p.proparallel,
       obj_description(p.oid, 'pg_proc') IS NOT NULL AS has_comment
  FROM pg_proc p
 WHERE p.proname IN ('salary_range', 'salary_min', 'salary_max', 'salary_currency',
                     'salary_period', 'salary_annual', 'salary_to_period',
                     'salary_midpoint', 'parse_salary')
 ORDER BY p.proname;
