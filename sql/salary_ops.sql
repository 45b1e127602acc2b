-- salary_range operators: closed and open bounds, mixed periods (compared
-- annualized: HOUR x2080, DAY x260, WEEK x52, MONTH x12) and mixed
-- currencies (every predicate false, distance Infinity).

CREATE TEMP TABLE pairs (n int, a salary_range, b salary_range, note text);
INSERT INTO pairs VALUES
 (1, '100000..120000 USD/YEAR', '110000..130000 USD/YEAR', 'overlap'),
 (2, '100000..120000 USD/YEAR', '120000..130000 USD/YEAR', 'touch at 120000'),
 (3, '100000..120000 USD/YEAR', '120000.01..130000 USD/YEAR', 'one cent apart'),
 (4, '100000..120000 USD/YEAR', '130000..140000 USD/YEAR', 'gap 10000'),
 (5, '100000..150000 USD/YEAR', '110000..120000 USD/YEAR', 'a contains b'),
 (6, '110000..120000 USD/YEAR', '100000..150000 USD/YEAR', 'b contains a'),
 (7, '50 USD/HOUR', '104000 USD/YEAR', 'same amount, other period'),
 (8, '50..60 USD/HOUR', '8000..10000 USD/MONTH', 'hour vs month'),
 (9, '100000..120000 USD/YEAR', '100000..120000 EUR/YEAR', 'other currency'),
 (10, '..90000 USD/YEAR', '80000..100000 USD/YEAR', 'open lower'),
 (11, '..90000 USD/YEAR', '..50000 USD/YEAR', 'both open lower'),
 (12, '120000.. USD/YEAR', '..119999.99 USD/YEAR', 'open both sides, adjacent'),
 (13, '120000.. USD/YEAR', '200000.. USD/YEAR', 'both open upper'),
 (14, '..90000 USD/YEAR', '120000.. USD/YEAR', 'open, gap 30000'),
 (15, '25.5 USD/HOUR', '53040 USD/YEAR', 'point = point'),
 (16, '400 USD/DAY', '2000 USD/WEEK', 'day vs week: 104000 each'),
 (17, '100000..120000 USD/YEAR', '100000..120000 USD/YEAR', 'identical');

SELECT n, note,
       a = b AS eq, a <> b AS ne, a < b AS lt, a > b AS gt,
       a && b AS ov, a @> b AS ct, a <@ b AS cb,
       a << b AS l, a >> b AS r, a &< b AS ol, a &> b AS orr,
       a -|- b AS adj, a <-> b AS dist
  FROM pairs ORDER BY n;

-- The same pairs reversed: && = -|- <-> are symmetric, @> mirrors <@,
-- << mirrors >>.
SELECT n, b && a AS ov, b @> a AS ct, b <@ a AS cb, b << a AS l, b >> a AS r,
       b &< a AS ol, b &> a AS orr, b -|- a AS adj, b <-> a AS dist
  FROM pairs ORDER BY n;

-- Symmetry and mirror laws hold on every pair.
SELECT bool_and((a && b) = (b && a)) AS overlap_symmetric,
       bool_and((a @> b) = (b <@ a)) AS contains_mirror,
       bool_and((a << b) = (b >> a)) AS left_mirror,
       bool_and((a -|- b) = (b -|- a)) AS adjacent_symmetric,
       bool_and((a <-> b) = (b <-> a)) AS distance_symmetric,
       bool_and((a = b) = (a <= b AND a >= b)) AS eq_is_le_and_ge,
       bool_and((a <-> b = 0) = (a && b) OR salary_currency(a) <> salary_currency(b))
           AS zero_distance_iff_overlap
  FROM pairs;

-- Annual amounts (numeric) in the range's currency.
SELECT s, x, s @> x AS contains, x <@ s AS contained, s <-> x AS dist, x <-> s AS dist_rev
  FROM (VALUES ('100000..120000 USD/YEAR'::salary_range, 100000::numeric),
               ('100000..120000 USD/YEAR', 120000),
               ('100000..120000 USD/YEAR', 120000.001),
               ('100000..120000 USD/YEAR', 99999.999),
               ('100000..120000 USD/YEAR', 90000),
               ('100000..120000 USD/YEAR', 150000),
               ('50 USD/HOUR', 104000),
               ('50 USD/HOUR', 50),
               ('..90000 EUR/YEAR', 0),
               ('..90000 EUR/YEAR', 'Infinity'),
               ('120000.. GBP/YEAR', 'Infinity'),
               ('120000.. GBP/YEAR', '-Infinity'),
               ('120000.. GBP/YEAR', 1e30)) AS t(s, x);

-- NaN is not an annual amount.
SELECT '1..2 USD/YEAR'::salary_range @> 'NaN'::numeric;
SELECT '1..2 USD/YEAR'::salary_range <-> 'NaN'::numeric;

-- Operators and NULL.
SELECT '1..2 USD/YEAR'::salary_range && NULL AS null_overlap,
       NULL::salary_range <-> 5::numeric AS null_distance;
