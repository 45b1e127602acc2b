-- parse_posting on odd input: it always returns a document, in time linear
-- in the input, with warnings for what it could not read.

-- Empty and blank input.
SELECT parse_posting('') #- '{jobreq,parserVersion}' AS empty;
SELECT parse_posting(E' \n\t\r\n ') #- '{jobreq,parserVersion}' AS blank;
SELECT parse_posting(NULL) IS NULL AS strict;

-- Large input built with repeat() (about 11 MB).
SELECT length(r) AS chars,
       jsonb_typeof(d) AS type,
       d->>'title' AS title,
       jsonb_array_length(d->'skills') AS skills,
       d->'jobreq'->'warnings' AS warnings
  FROM (SELECT r, parse_posting(r) AS d
          FROM (SELECT 'Senior Python Engineer' || E'\n\n' ||
                       repeat('We use Python, SQL, or Go every day (remote-eligible). ', 200000) AS r) s) t;

-- Adversarial markup and text.
SELECT jsonb_typeof(parse_posting(repeat('<a ', 200000))) AS unclosed_tags,
       jsonb_typeof(parse_posting(repeat('<p>"=''', 200000))) AS quotes,
       jsonb_typeof(parse_posting(repeat('<!--', 200000))) AS comments,
       jsonb_typeof(parse_posting(repeat('&#x', 200000))) AS entities,
       jsonb_typeof(parse_posting(repeat('(((', 200000))) AS parens,
       jsonb_typeof(parse_posting(repeat('Requirements: ', 200000))) AS headings,
       jsonb_typeof(parse_posting(repeat('PythonScalaJava', 50000))) AS glued,
       jsonb_typeof(parse_posting(repeat('$1,', 200000))) AS money;

-- HTML with unclosed tags and invalid entities.
SELECT jsonb_pretty(parse_posting(
  '<html><body><h1>Line Cook &amp; Prep</h1><p>Ember &bogus; Kitchen &#99999999; &#x0;'
  || '<ul><li>Knife skills<li>1 year in a kitchen</ul><b never closed') #- '{jobreq,parserVersion}');

-- Malformed and odd JSON-LD: the visible text is used, with a warning.
SELECT parse_posting('<html><script type="application/ld+json">{"@type": "JobPosting", "title": }</script>'
                     || '<h1>Barista</h1><p>Part-time role.</p></html>')
       #- '{jobreq,parserVersion}' AS malformed;
SELECT parse_posting('<script type="application/ld+json">[{"@type": ["Thing", "JobPosting"], '
                     || '"title": "Barista", "employmentType": "PART_TIME", '
                     || '"baseSalary": {"currency": "EUR", "value": 2500, "unitText": "MONTH"}}]</script><p>Coffee.</p>')
       #- '{jobreq,parserVersion}' AS array_and_type_list;
SELECT parse_posting('<script type="application/ld+json">' || repeat('[', 100) || repeat(']', 100)
                     || '</script><p>Deep.</p>')->'jobreq'->'warnings' AS too_deep;

-- Evidence offsets are 0-based characters, end exclusive: substr() agrees,
-- also with multibyte characters before the spans.
SELECT f.key AS field, e->>'text' AS text,
       substr(raw, (e->>'start')::int + 1, (e->>'end')::int - (e->>'start')::int) = e->>'text' AS matches
  FROM (SELECT E'Ingénieure Données – Senior (Hybrid)\nÉlan Café\nMontréal, QC\nPosted 2026-02-01\n\n'
               || E'Requirements:\n• 5+ years of Python, SQL, or Scala\n• Bachelor’s degree\n\nThis is a full-time role. Salary: $120,000 - $140,000 per year.' AS raw) s,
       jsonb_each(parse_posting(raw, true)->'jobreq'->'evidence') f,
       jsonb_array_elements(f.value) e
 ORDER BY 1, 2;
SELECT parse_posting('<p>R&amp;D <b>Lead</b></p>', true)->'jobreq'->'evidence'->'title' AS html_title_evidence;

-- Query cancel and statement_timeout stop a long parse.
SET statement_timeout = '100ms';
SELECT parse_posting(repeat('Python SQL Go remote hybrid full-time ', 3000000)) IS NOT NULL;
RESET statement_timeout;
