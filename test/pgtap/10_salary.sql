-- pgTAP: salary_range catalog contract, operator classes (amvalidate),
-- binary COPY round trip, and a mutation test of the input function.
BEGIN;
SELECT plan(35);

-- The type, as DESIGN.md §2 and issue 3 pin it.
SELECT has_type('salary_range', 'type salary_range exists');
SELECT is((SELECT typlen::int FROM pg_type WHERE typname = 'salary_range'), 24,
          'salary_range is fixed-length, 24 bytes');
SELECT is((SELECT typalign::text || typstorage::text || typbyval::text
             FROM pg_type WHERE typname = 'salary_range'), 'dpfalse',
          'salary_range is double-aligned, plain storage, by reference');
SELECT ok((SELECT typsend <> 0 AND typreceive <> 0 AND typanalyze <> 0
             FROM pg_type WHERE typname = 'salary_range'),
          'salary_range has send, receive and analyze functions');

-- Functions and their signatures.
SELECT has_function('salary_range', ARRAY['numeric', 'numeric', 'text', 'text'],
                    'salary_range(min, max, currency, period) exists');
SELECT is((SELECT pronargdefaults::int FROM pg_proc
            WHERE oid = 'salary_range(numeric,numeric,text,text)'::regprocedure), 2,
          'currency and period have defaults');
SELECT function_returns('salary_min', ARRAY['salary_range'], 'numeric', 'salary_min returns numeric');
SELECT function_returns('salary_max', ARRAY['salary_range'], 'numeric', 'salary_max returns numeric');
SELECT function_returns('salary_currency', ARRAY['salary_range'], 'text', 'salary_currency returns text');
SELECT function_returns('salary_period', ARRAY['salary_range'], 'text', 'salary_period returns text');
SELECT function_returns('salary_annual', ARRAY['salary_range'], 'salary_range', 'salary_annual returns salary_range');
SELECT function_returns('salary_to_period', ARRAY['salary_range', 'text'], 'salary_range', 'salary_to_period returns salary_range');
SELECT function_returns('salary_midpoint', ARRAY['salary_range'], 'numeric', 'salary_midpoint returns numeric');
SELECT function_returns('parse_salary', ARRAY['text'], 'salary_range', 'parse_salary returns salary_range');
SELECT ok((SELECT proisstrict AND provolatile = 'i' AND proparallel = 's'
             FROM pg_proc WHERE oid = 'parse_salary(text)'::regprocedure),
          'parse_salary is STRICT IMMUTABLE PARALLEL SAFE');

-- Every operator the contract names, with the right operand types.
SELECT is((SELECT count(*)::int FROM pg_operator
            WHERE oprleft = 'salary_range'::regtype AND oprright = 'salary_range'::regtype
              AND oprname IN ('=', '<>', '<', '<=', '>', '>=', '&&', '@>', '<@',
                              '<<', '>>', '&<', '&>', '-|-', '<->')), 15,
          'all 15 salary_range-salary_range operators exist');
SELECT has_operator('salary_range', '@>', 'numeric', 'boolean', 'salary_range @> numeric');
SELECT has_operator('numeric', '<@', 'salary_range', 'boolean', 'numeric <@ salary_range');
SELECT has_operator('salary_range', '<->', 'numeric', 'double precision', 'salary_range <-> numeric');
SELECT has_operator('numeric', '<->', 'salary_range', 'double precision', 'numeric <-> salary_range');

-- Casts.
SELECT has_cast('salary_range', 'numrange', 'cast salary_range -> numrange');
SELECT has_cast('numrange', 'salary_range', 'cast numrange -> salary_range');
SELECT has_cast('jsonb', 'salary_range', 'cast jsonb -> salary_range');
SELECT has_cast('salary_range', 'jsonb', 'cast salary_range -> jsonb');

-- Comments on every operator, cast and operator class of the type.
SELECT is((SELECT count(*)::int FROM pg_operator o
            WHERE 'salary_range'::regtype IN (o.oprleft, o.oprright)
              AND obj_description(o.oid, 'pg_operator') IS NULL), 0,
          'every salary_range operator has a COMMENT');
SELECT is((SELECT count(*)::int FROM pg_cast c
            WHERE 'salary_range'::regtype IN (c.castsource, c.casttarget)
              AND obj_description(c.oid, 'pg_cast') IS NULL), 0,
          'every salary_range cast has a COMMENT');

-- Operator classes: default btree, hash and gist, all valid.
SELECT is((SELECT string_agg(a.amname, ',' ORDER BY a.amname)
             FROM pg_opclass c JOIN pg_am a ON a.oid = c.opcmethod
            WHERE c.opcintype = 'salary_range'::regtype AND c.opcdefault),
          'btree,gist,hash', 'default btree, hash and gist operator classes');
SELECT is((SELECT count(*)::int FROM pg_opclass
            WHERE opcname LIKE 'salary_range%'
              AND obj_description(oid, 'pg_opclass') IS NOT NULL), 3,
          'every salary_range operator class has a COMMENT');
SELECT ok((SELECT bool_and(amvalidate(oid)) AND count(*) = 3
             FROM pg_opclass WHERE opcname LIKE 'salary_range%'),
          'amvalidate() is true for every salary_range operator class');

-- Binary COPY round trip: every value and period survives.
SELECT setseed(0.25);
CREATE TEMP TABLE copy_src AS
SELECT i, CASE WHEN i % 50 = 0 THEN NULL
               ELSE salary_range(CASE WHEN i % 7 = 0 THEN NULL ELSE lo END,
                                 CASE WHEN i % 11 = 0 AND i % 7 <> 0 THEN NULL ELSE lo + w END,
                                 (ARRAY['USD', 'EUR', 'GBP', 'JPY', 'INR'])[1 + i % 5],
                                 (ARRAY['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR'])[1 + (i / 5) % 5])
          END AS s
  FROM (SELECT i, round((random() * 200000)::numeric, 2) AS lo,
               round((random() * 50000)::numeric, 2) AS w
          FROM generate_series(1, 2000) i) g;
CREATE TEMP TABLE copy_dst (i int, s salary_range);
SELECT current_setting('data_directory') || '/jobreq_salary_tap.copy' AS copyfile \gset
COPY copy_src TO :'copyfile' (FORMAT binary);
COPY copy_dst FROM :'copyfile' (FORMAT binary);
SELECT is((SELECT count(*)::int FROM copy_dst), 2000, 'binary COPY loads every row');
SELECT is((SELECT count(*)::int FROM copy_src s FULL JOIN copy_dst d USING (i)
            WHERE s.s IS DISTINCT FROM d.s OR s.s::text IS DISTINCT FROM d.s::text),
          0, 'binary COPY round trip keeps every value, period and NULL');

-- Mutation test of the input function: random one-character replacements,
-- deletions and insertions (ASCII and multibyte characters; text must stay
-- valid UTF-8, so mutations act on characters) of valid literals.  Every
-- outcome is a value that round-trips through output and input, or an
-- error with SQLSTATE 22P02 or 22003.
CREATE FUNCTION pg_temp.salary_mutations(n int)
RETURNS TABLE (outcome text, cnt bigint)
LANGUAGE plpgsql AS $$
DECLARE
    seeds text[] := ARRAY[
        '229000..262000 USD/YEAR', '..90000 USD/YEAR', '120000.. USD/YEAR',
        '25.5 USD/HOUR', '$229K – $262K USD / year', '$175,800 - $200,700',
        '$120-150k', '$22 - $45 per hour', '$25.50/hr', 'up to $90,000',
        '$120,000+', 'from €55k', '€50.000–€60.000 per year', '£40k-£45k pa',
        'CHF 120''000 – 140''000', 'A$120,000 - A$150,000',
        '$100,000 - $150,000 CAD', '₹12–18 LPA', '8,000/month'];
    alphabet text := '0123456789.,-–+$€£₹kKmM /''USDEURGBPCHFINRhryeaourpwkday LPA…' || chr(9);
    lit text;
    pos int;
    ch text;
    kind int;
    v salary_range;
    results text[] := '{}';
    st text;
    i int;
BEGIN
    PERFORM setseed(0.5);
    FOR i IN 1..n LOOP
        lit := seeds[1 + floor(random() * array_length(seeds, 1))::int];
        FOR k IN 1..(1 + floor(random() * 2)::int) LOOP
            pos := 1 + floor(random() * (length(lit) + 1))::int;
            ch := substr(alphabet, 1 + floor(random() * length(alphabet))::int, 1);
            kind := floor(random() * 3)::int;
            IF kind = 0 THEN        -- replace
                lit := overlay(lit placing ch from pos for 1);
            ELSIF kind = 1 THEN     -- delete
                lit := overlay(lit placing '' from pos for 1);
            ELSE                    -- insert
                lit := overlay(lit placing ch from pos for 0);
            END IF;
        END LOOP;
        BEGIN
            v := lit::salary_range;
            IF v::text::salary_range = v AND v::text::salary_range::text = v::text THEN
                results := results || 'value round-trips'::text;
            ELSE
                results := results || ('value does not round-trip: ' || lit);
            END IF;
        EXCEPTION WHEN OTHERS THEN
            GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE;
            IF st IN ('22P02', '22003') THEN
                results := results || ('error ' || st);
            ELSE
                results := results || ('unexpected error ' || st || ': ' || lit);
            END IF;
        END;
    END LOOP;
    RETURN QUERY SELECT r, count(*) FROM unnest(results) r GROUP BY r;
END $$;

CREATE TEMP TABLE mutations AS SELECT * FROM pg_temp.salary_mutations(4000);
SELECT diag('mutation outcomes: ' || string_agg(outcome || ' ' || cnt, ', ' ORDER BY outcome)) FROM mutations;
SELECT is((SELECT sum(cnt)::int FROM mutations), 4000, '4000 mutated literals tried');
SELECT is((SELECT coalesce(sum(cnt), 0)::int FROM mutations
            WHERE outcome NOT IN ('value round-trips', 'error 22P02', 'error 22003')),
          0, 'every mutated literal is a round-tripping value or a 22P02/22003 error');
SELECT ok((SELECT cnt FROM mutations WHERE outcome = 'value round-trips') > 100
          AND (SELECT cnt FROM mutations WHERE outcome = 'error 22P02') > 100,
          'mutations produce both values and syntax errors');
SELECT is((SELECT string_agg(outcome, '; ') FROM mutations
            WHERE outcome NOT IN ('value round-trips', 'error 22P02', 'error 22003')),
          NULL, 'no unexpected outcome (listed here if any)');

SELECT * FROM finish();
ROLLBACK;
