-- salary_range text and binary I/O: every literal form DESIGN.md §2 names,
-- canonical output, round trips, and errors with their SQLSTATEs.

-- Returns the canonical output, or "ERROR <sqlstate>: <message> | <detail>".
CREATE FUNCTION pg_temp.try_salary(lit text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    st text;
    msg text;
    det text;
BEGIN
    RETURN lit::salary_range::text;
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT,
                            det = PG_EXCEPTION_DETAIL;
    RETURN 'ERROR ' || st || ': ' || msg || coalesce(' | ' || nullif(det, ''), '');
END $$;

-- Canonical literals print as they are written.
SELECT lit, pg_temp.try_salary(lit) AS output
  FROM (VALUES ('229000..262000 USD/YEAR'),
               ('..90000 USD/YEAR'),
               ('120000.. USD/YEAR'),
               ('25.5 USD/HOUR'),
               ('0.01 USD/HOUR'),
               ('1000000000000 USD/YEAR'),
               ('1..2 EUR/DAY'),
               ('400..500.5 GBP/WEEK'),
               ('8000 INR/MONTH')) AS t(lit);

-- What postings say (DESIGN.md §2), with the documented defaults:
-- no currency means USD, no period means YEAR.
SELECT lit, pg_temp.try_salary(lit) AS output
  FROM (VALUES ('$229K – $262K USD / year'),
               ('$175,800 - $200,700'),
               ('$120-150k'),
               ('$22 - $45 per hour'),
               ('$25.50/hr'),
               ('up to $90,000'),
               ('$120,000+'),
               ('from €55k'),
               ('€50.000–€60.000 per year'),
               ('£40k-£45k pa'),
               ('CHF 120''000 – 140''000'),
               ('A$120,000 - A$150,000'),
               ('$100,000 - $150,000 CAD'),
               ('₹12–18 LPA'),
               ('8,000/month')) AS t(lit);

-- Output is canonical: it reads back as an equal value with the same text.
SELECT lit,
       lit::salary_range::text::salary_range = lit::salary_range AS equal,
       lit::salary_range::text::salary_range::text = lit::salary_range::text AS same_text
  FROM (VALUES ('$229K – $262K USD / year'), ('up to $90,000'), ('$120,000+'),
               ('$25.50/hr'), ('₹12–18 LPA'), ('€50.000–€60.000 per year'),
               ('..90000 USD/YEAR'), ('120000.. USD/YEAR'), ('25.5 USD/HOUR'))
       AS t(lit);

-- Bad literals: 22P02 with a detail; amounts beyond the maximum: 22003.
SELECT lit, pg_temp.try_salary(lit) AS output
  FROM (VALUES (''),
               ('   '),
               ('hello'),
               ('competitive'),
               ('..'),
               ('100..50 USD/YEAR'),
               ('100 XYZ/YEAR'),
               ('100 USD/FORTNIGHT'),
               ('-5 USD/YEAR'),
               ('1.234 USD/YEAR'),
               ('100000000000000 USD/YEAR')) AS t(lit);

-- The error as a client sees it.
SELECT 'not a salary'::salary_range;
\set VERBOSITY sqlstate
SELECT 'not a salary'::salary_range;
SELECT '99999999999999999999 USD/YEAR'::salary_range;
\set VERBOSITY default

-- Binary form: send starts with the version byte 1; recv reads it back.
SELECT encode(salary_range_send('229000..262000 USD/YEAR'), 'hex') AS send_year,
       encode(salary_range_send('..25.5 EUR/HOUR'), 'hex') AS send_open;

-- Binary COPY round trip, and a bad version byte gives 22P03.
CREATE TEMP TABLE io_src (s salary_range);
INSERT INTO io_src VALUES ('229000..262000 USD/YEAR'), ('..90000 GBP/YEAR'),
    ('120000.. EUR/YEAR'), ('25.5 USD/HOUR'), ('1..2 JPY/DAY'), (NULL);
SELECT current_setting('data_directory') || '/salary_io.copy' AS copyfile \gset
COPY io_src TO :'copyfile' (FORMAT binary);
CREATE TEMP TABLE io_dst (s salary_range);
COPY io_dst FROM :'copyfile' (FORMAT binary);
SELECT s::text FROM io_dst;
SELECT (SELECT count(*) FROM io_src) AS src,
       (SELECT count(*) FROM io_dst) AS dst,
       (SELECT count(*) FROM (SELECT s::text FROM io_src EXCEPT ALL
                              SELECT s::text FROM io_dst) d) AS missing;

-- A file whose salary_range field has version byte 2.
SELECT lo_from_bytea(0, decode(
         '5047434f50590aff0d0a00' || '00000000' || '00000000' ||
         '0001' || '00000016' || '02' || '555344' || '04' || '00' ||
         '0000000000000064' || '00000000000000c8' || 'ffff', 'hex')) AS lo \gset
SELECT lo_export(:lo, :'copyfile');
SELECT lo_unlink(:lo);
\set VERBOSITY sqlstate
COPY io_dst FROM :'copyfile' (FORMAT binary);
\set VERBOSITY default
COPY io_dst FROM :'copyfile' (FORMAT binary);

-- The same bytes with version 1 load; with lower > upper they do not.
SELECT lo_from_bytea(0, decode(
         '5047434f50590aff0d0a00' || '00000000' || '00000000' ||
         '0001' || '00000016' || '01' || '555344' || '04' || '00' ||
         '0000000000000064' || '00000000000000c8' || 'ffff', 'hex')) AS lo \gset
SELECT lo_export(:lo, :'copyfile');
SELECT lo_unlink(:lo);
TRUNCATE io_dst;
COPY io_dst FROM :'copyfile' (FORMAT binary);
SELECT s::text FROM io_dst;
SELECT lo_from_bytea(0, decode(
         '5047434f50590aff0d0a00' || '00000000' || '00000000' ||
         '0001' || '00000016' || '01' || '555344' || '04' || '00' ||
         '00000000000000c8' || '0000000000000064' || 'ffff', 'hex')) AS lo \gset
SELECT lo_export(:lo, :'copyfile');
SELECT lo_unlink(:lo);
\set VERBOSITY sqlstate
COPY io_dst FROM :'copyfile' (FORMAT binary);
\set VERBOSITY default
