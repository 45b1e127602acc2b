-- salary_range casts: numrange both ways, jsonb (schema.org MonetaryAmount)
-- both ways, with the errors each direction can raise.

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

-- salary_range -> numrange: annual bounds, inclusive; open bounds infinite.
SELECT s, s::numrange AS annual
  FROM (VALUES ('229000..262000 USD/YEAR'::salary_range), ('25.5 USD/HOUR'),
               ('..90000 USD/YEAR'), ('120000.. EUR/YEAR'), ('8000..9000.5 GBP/MONTH'),
               ('1000000000000 USD/HOUR')) AS t(s);

-- numrange -> salary_range: USD/YEAR, the cent amounts the range contains.
SELECT r, pg_temp.try(format('SELECT %L::numrange::salary_range::text', r)) AS salary
  FROM (VALUES ('[100000,120000]'), ('[100000,120000)'), ('(100000,120000]'),
               ('[100000.001,120000.009]'), ('(,90000]'), ('[120000,)'),
               ('[5,5]'), ('(100,100.01)'), ('empty'), ('(,)'), ('[-5,10]'),
               ('[1,1e20]')) AS t(r);

-- Round trip through numrange for YEAR values.
SELECT s, s::numrange::salary_range = s AS round_trip
  FROM (VALUES ('229000..262000 USD/YEAR'::salary_range), ('..90000 USD/YEAR'),
               ('120000.. USD/YEAR'), ('0.01 USD/YEAR')) AS t(s);

-- salary_range -> jsonb: a schema.org MonetaryAmount.
SELECT s, s::jsonb AS monetary_amount
  FROM (VALUES ('229000..262000 USD/YEAR'::salary_range), ('25.5 USD/HOUR'),
               ('..90000 EUR/YEAR'), ('120000.. GBP/MONTH')) AS t(s);

-- jsonb -> salary_range: value as object or number, unitText in any case,
-- defaults USD and YEAR, or a JSON string holding a literal.
SELECT j, pg_temp.try(format('SELECT %L::jsonb::salary_range::text', j)) AS salary
  FROM (VALUES
   ('{"@type":"MonetaryAmount","currency":"USD","value":{"@type":"QuantitativeValue","minValue":229000,"maxValue":262000,"unitText":"YEAR"}}'),
   ('{"currency":"USD","value":{"minValue":22,"maxValue":45,"unitText":"HOUR"}}'),
   ('{"currency":"eur","value":{"value":25.5,"unitText":"hour"}}'),
   ('{"currency":"GBP","value":{"minValue":400,"unitText":"Day"}}'),
   ('{"currency":"USD","value":{"maxValue":2000,"unitText":"week"}}'),
   ('{"currency":"USD","value":{"minValue":"8000","maxValue":"9000","unitText":"MONTH"}}'),
   ('{"currency":"USD","value":104000}'),
   ('{"value":{"minValue":100000,"maxValue":120000}}'),
   ('"$120-150k"'),
   ('"229000..262000 USD/YEAR"')) AS t(j);

-- Round trip through jsonb keeps the value and its period.
SELECT s, s::jsonb::salary_range::text = s::text AS round_trip
  FROM (VALUES ('229000..262000 USD/YEAR'::salary_range), ('25.5 USD/HOUR'),
               ('..90000 EUR/YEAR'), ('120000.. GBP/MONTH'), ('400 CHF/DAY')) AS t(s);

-- Wrong shapes: 22023 with a detail; bad literals in a string: 22P02.
SELECT j, pg_temp.try(format('SELECT %L::jsonb::salary_range::text', j)) AS salary
  FROM (VALUES
   ('[1,2]'), ('42'), ('null'), ('true'), ('{}'),
   ('{"@type":"PriceSpecification","currency":"USD","value":1}'),
   ('{"currency":"XYZ","value":1}'), ('{"currency":7,"value":1}'),
   ('{"currency":"USD","value":null}'), ('{"currency":"USD","value":[1,2]}'),
   ('{"currency":"USD","value":{"unitText":"YEAR"}}'),
   ('{"currency":"USD","value":{"value":1,"unitText":"FORTNIGHT"}}'),
   ('{"currency":"USD","value":{"value":1,"unitText":3}}'),
   ('{"currency":"USD","value":{"minValue":true}}'),
   ('{"currency":"USD","value":{"minValue":200,"maxValue":100}}'),
   ('{"currency":"USD","value":{"minValue":-5}}'),
   ('{"currency":"USD","value":{"value":1.005}}'),
   ('{"currency":"USD","value":{"@type":"Thing","value":1}}'),
   ('"not a salary"')) AS t(j);
