
-- ---------------------------------------------------------------------------
-- salary_range: a pay range with a currency and a period (DESIGN.md §2)
-- ---------------------------------------------------------------------------

CREATE TYPE salary_range;

CREATE FUNCTION salary_range_in(cstring)
RETURNS salary_range
AS 'MODULE_PATHNAME', 'salary_range_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION salary_range_out(salary_range)
RETURNS cstring
AS 'MODULE_PATHNAME', 'salary_range_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION salary_range_recv(internal)
RETURNS salary_range
AS 'MODULE_PATHNAME', 'salary_range_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION salary_range_send(salary_range)
RETURNS bytea
AS 'MODULE_PATHNAME', 'salary_range_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION salary_range_typanalyze(internal)
RETURNS boolean
AS 'MODULE_PATHNAME', 'salary_range_typanalyze'
LANGUAGE C STRICT PARALLEL SAFE;

CREATE TYPE salary_range (
    INPUT = salary_range_in,
    OUTPUT = salary_range_out,
    RECEIVE = salary_range_recv,
    SEND = salary_range_send,
    ANALYZE = salary_range_typanalyze,
    INTERNALLENGTH = 24,
    ALIGNMENT = double,
    STORAGE = plain
);

COMMENT ON TYPE salary_range IS
'pay range with currency and period, e.g. 229000..262000 USD/YEAR; compares on annualized bounds within one currency';
COMMENT ON FUNCTION salary_range_in(cstring) IS
'salary_range input: canonical literals and the ways postings write pay';
COMMENT ON FUNCTION salary_range_out(salary_range) IS
'salary_range output: canonical literal LO..HI CUR/PERIOD';
COMMENT ON FUNCTION salary_range_recv(internal) IS
'salary_range binary input (version byte 1)';
COMMENT ON FUNCTION salary_range_send(salary_range) IS
'salary_range binary output (version byte 1)';
COMMENT ON FUNCTION salary_range_typanalyze(internal) IS
'ANALYZE support for salary_range: standard statistics plus per-currency bound histograms';

-- The GiST index key: 12 bytes (annual bounds as float4 rounded outward,
-- packed currency, flags).  It exists only so indexes can store it.
CREATE TYPE salary_range_gist_key;

CREATE FUNCTION salary_range_gist_key_in(cstring)
RETURNS salary_range_gist_key
AS 'MODULE_PATHNAME', 'salary_range_gist_key_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION salary_range_gist_key_out(salary_range_gist_key)
RETURNS cstring
AS 'MODULE_PATHNAME', 'salary_range_gist_key_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE salary_range_gist_key (
    INPUT = salary_range_gist_key_in,
    OUTPUT = salary_range_gist_key_out,
    INTERNALLENGTH = 12,
    ALIGNMENT = int4,
    STORAGE = plain
);

COMMENT ON TYPE salary_range_gist_key IS
'internal: the GiST index key of salary_range (not for use in tables)';
COMMENT ON FUNCTION salary_range_gist_key_in(cstring) IS
'internal: salary_range_gist_key has no input (always raises an error)';
COMMENT ON FUNCTION salary_range_gist_key_out(salary_range_gist_key) IS
'internal: salary_range_gist_key output, for inspecting index pages';

-- Constructor, accessors, conversions ---------------------------------------

CREATE FUNCTION salary_range(min numeric, max numeric,
                             currency text DEFAULT 'USD',
                             period text DEFAULT 'YEAR')
RETURNS salary_range
AS 'MODULE_PATHNAME', 'salary_range_make'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION salary_range(numeric, numeric, text, text) IS
'build a salary_range; a NULL min or max is an open bound, a NULL currency or period gives NULL';

CREATE FUNCTION salary_min(salary_range)
RETURNS numeric
AS 'MODULE_PATHNAME', 'salary_min'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION salary_min(salary_range) IS
'lower bound in the stated period, NULL when open';

CREATE FUNCTION salary_max(salary_range)
RETURNS numeric
AS 'MODULE_PATHNAME', 'salary_max'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION salary_max(salary_range) IS
'upper bound in the stated period, NULL when open';

CREATE FUNCTION salary_currency(salary_range)
RETURNS text
AS 'MODULE_PATHNAME', 'salary_currency'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION salary_currency(salary_range) IS
'ISO 4217 currency code';

CREATE FUNCTION salary_period(salary_range)
RETURNS text
AS 'MODULE_PATHNAME', 'salary_period'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION salary_period(salary_range) IS
'stated period: HOUR, DAY, WEEK, MONTH or YEAR';

CREATE FUNCTION salary_annual(salary_range)
RETURNS salary_range
AS 'MODULE_PATHNAME', 'salary_annual'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION salary_annual(salary_range) IS
'the same range stated per YEAR (HOUR x2080, DAY x260, WEEK x52, MONTH x12)';

CREATE FUNCTION salary_to_period(salary_range, period text)
RETURNS salary_range
AS 'MODULE_PATHNAME', 'salary_to_period'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION salary_to_period(salary_range, text) IS
'the same range stated per another period, rounded to the cent';

CREATE FUNCTION salary_midpoint(salary_range)
RETURNS numeric
AS 'MODULE_PATHNAME', 'salary_midpoint'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION salary_midpoint(salary_range) IS
'annual midpoint, NULL when a bound is open';

CREATE FUNCTION parse_salary(text)
RETURNS salary_range
AS 'MODULE_PATHNAME', 'parse_salary'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 50;

COMMENT ON FUNCTION parse_salary(text) IS
'first base pay stated in free text, NULL when none (never errors on prose)';

-- Casts ---------------------------------------------------------------------

CREATE FUNCTION salary_range_to_numrange(salary_range)
RETURNS numrange
AS 'MODULE_PATHNAME', 'salary_range_to_numrange'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION salary_range_to_numrange(salary_range) IS
'annual bounds as a numrange with inclusive bounds (open bounds are infinite)';

CREATE FUNCTION salary_range_from_numrange(numrange)
RETURNS salary_range
AS 'MODULE_PATHNAME', 'salary_range_from_numrange'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION salary_range_from_numrange(numrange) IS
'the cent amounts a numrange contains, as USD/YEAR';

CREATE FUNCTION salary_range_from_jsonb(jsonb)
RETURNS salary_range
AS 'MODULE_PATHNAME', 'salary_range_from_jsonb'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION salary_range_from_jsonb(jsonb) IS
'salary_range from a schema.org MonetaryAmount object or a JSON string holding a literal';

CREATE FUNCTION salary_range_to_jsonb(salary_range)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'salary_range_to_jsonb'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION salary_range_to_jsonb(salary_range) IS
'salary_range as a schema.org MonetaryAmount object';

CREATE CAST (salary_range AS numrange)
    WITH FUNCTION salary_range_to_numrange(salary_range);
CREATE CAST (numrange AS salary_range)
    WITH FUNCTION salary_range_from_numrange(numrange);
CREATE CAST (jsonb AS salary_range)
    WITH FUNCTION salary_range_from_jsonb(jsonb);
CREATE CAST (salary_range AS jsonb)
    WITH FUNCTION salary_range_to_jsonb(salary_range);

COMMENT ON CAST (salary_range AS numrange) IS
'annual bounds, inclusive; open bounds become infinite';
COMMENT ON CAST (numrange AS salary_range) IS
'USD/YEAR; the cent amounts the range contains; an empty range is an error';
COMMENT ON CAST (jsonb AS salary_range) IS
'schema.org MonetaryAmount object, or a JSON string holding a literal';
COMMENT ON CAST (salary_range AS jsonb) IS
'schema.org MonetaryAmount object';

-- Comparison (btree order: currency, annual lower bound, annual upper bound)

CREATE FUNCTION salary_range_eq(salary_range, salary_range)
RETURNS boolean
AS 'MODULE_PATHNAME', 'salary_range_eq'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION salary_range_ne(salary_range, salary_range)
RETURNS boolean
AS 'MODULE_PATHNAME', 'salary_range_ne'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION salary_range_lt(salary_range, salary_range)
RETURNS boolean
AS 'MODULE_PATHNAME', 'salary_range_lt'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION salary_range_le(salary_range, salary_range)
RETURNS boolean
AS 'MODULE_PATHNAME', 'salary_range_le'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION salary_range_gt(salary_range, salary_range)
RETURNS boolean
AS 'MODULE_PATHNAME', 'salary_range_gt'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION salary_range_ge(salary_range, salary_range)
RETURNS boolean
AS 'MODULE_PATHNAME', 'salary_range_ge'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION salary_range_cmp(salary_range, salary_range)
RETURNS integer
AS 'MODULE_PATHNAME', 'salary_range_cmp'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION salary_range_sortsupport(internal)
RETURNS void
AS 'MODULE_PATHNAME', 'salary_range_sortsupport'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION salary_range_hash(salary_range)
RETURNS integer
AS 'MODULE_PATHNAME', 'salary_range_hash'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION salary_range_hash_extended(salary_range, bigint)
RETURNS bigint
AS 'MODULE_PATHNAME', 'salary_range_hash_extended'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

COMMENT ON FUNCTION salary_range_eq(salary_range, salary_range) IS
'implementation of = : same currency and annual bounds';
COMMENT ON FUNCTION salary_range_ne(salary_range, salary_range) IS
'implementation of <>';
COMMENT ON FUNCTION salary_range_lt(salary_range, salary_range) IS
'implementation of < (currency, annual lower, annual upper)';
COMMENT ON FUNCTION salary_range_le(salary_range, salary_range) IS
'implementation of <=';
COMMENT ON FUNCTION salary_range_gt(salary_range, salary_range) IS
'implementation of >';
COMMENT ON FUNCTION salary_range_ge(salary_range, salary_range) IS
'implementation of >=';
COMMENT ON FUNCTION salary_range_cmp(salary_range, salary_range) IS
'btree comparison: currency, annual lower bound (open first), annual upper bound';
COMMENT ON FUNCTION salary_range_sortsupport(internal) IS
'btree sort support for salary_range';
COMMENT ON FUNCTION salary_range_hash(salary_range) IS
'hash agreeing with = (currency and annual bounds)';
COMMENT ON FUNCTION salary_range_hash_extended(salary_range, bigint) IS
'seeded 64-bit hash agreeing with =';

-- Range predicates and distance --------------------------------------------

CREATE FUNCTION salary_range_overlaps(salary_range, salary_range)
RETURNS boolean
AS 'MODULE_PATHNAME', 'salary_range_overlaps'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION salary_range_contains(salary_range, salary_range)
RETURNS boolean
AS 'MODULE_PATHNAME', 'salary_range_contains'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION salary_range_contained_by(salary_range, salary_range)
RETURNS boolean
AS 'MODULE_PATHNAME', 'salary_range_contained_by'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION salary_range_contains_amount(salary_range, numeric)
RETURNS boolean
AS 'MODULE_PATHNAME', 'salary_range_contains_amount'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION salary_amount_contained_by(numeric, salary_range)
RETURNS boolean
AS 'MODULE_PATHNAME', 'salary_amount_contained_by'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION salary_range_left(salary_range, salary_range)
RETURNS boolean
AS 'MODULE_PATHNAME', 'salary_range_left'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION salary_range_right(salary_range, salary_range)
RETURNS boolean
AS 'MODULE_PATHNAME', 'salary_range_right'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION salary_range_overleft(salary_range, salary_range)
RETURNS boolean
AS 'MODULE_PATHNAME', 'salary_range_overleft'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION salary_range_overright(salary_range, salary_range)
RETURNS boolean
AS 'MODULE_PATHNAME', 'salary_range_overright'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION salary_range_adjacent(salary_range, salary_range)
RETURNS boolean
AS 'MODULE_PATHNAME', 'salary_range_adjacent'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION salary_range_distance(salary_range, salary_range)
RETURNS float8
AS 'MODULE_PATHNAME', 'salary_range_distance'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION salary_range_distance_amount(salary_range, numeric)
RETURNS float8
AS 'MODULE_PATHNAME', 'salary_range_distance_amount'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION salary_amount_distance(numeric, salary_range)
RETURNS float8
AS 'MODULE_PATHNAME', 'salary_amount_distance'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION salary_range_overlaps(salary_range, salary_range) IS
'implementation of && : same currency and a common annual amount';
COMMENT ON FUNCTION salary_range_contains(salary_range, salary_range) IS
'implementation of @> : same currency, first contains second';
COMMENT ON FUNCTION salary_range_contained_by(salary_range, salary_range) IS
'implementation of <@ : same currency, first is contained by second';
COMMENT ON FUNCTION salary_range_contains_amount(salary_range, numeric) IS
'implementation of @> numeric: the annual amount, in the range''s currency, lies within';
COMMENT ON FUNCTION salary_amount_contained_by(numeric, salary_range) IS
'implementation of numeric <@ : the annual amount, in the range''s currency, lies within';
COMMENT ON FUNCTION salary_range_left(salary_range, salary_range) IS
'implementation of << : same currency, strictly below';
COMMENT ON FUNCTION salary_range_right(salary_range, salary_range) IS
'implementation of >> : same currency, strictly above';
COMMENT ON FUNCTION salary_range_overleft(salary_range, salary_range) IS
'implementation of &< : same currency, does not extend above';
COMMENT ON FUNCTION salary_range_overright(salary_range, salary_range) IS
'implementation of &> : same currency, does not extend below';
COMMENT ON FUNCTION salary_range_adjacent(salary_range, salary_range) IS
'implementation of -|- : same currency, one ends one cent before the other starts';
COMMENT ON FUNCTION salary_range_distance(salary_range, salary_range) IS
'implementation of <-> : 0 when overlapping, else the annual gap; Infinity across currencies';
COMMENT ON FUNCTION salary_range_distance_amount(salary_range, numeric) IS
'implementation of <-> numeric: 0 when the annual amount lies within, else the annual gap';
COMMENT ON FUNCTION salary_amount_distance(numeric, salary_range) IS
'implementation of numeric <-> salary_range';

-- Selectivity estimation ----------------------------------------------------

CREATE FUNCTION salary_range_sel(internal, oid, internal, integer)
RETURNS float8
AS 'MODULE_PATHNAME', 'salary_range_sel'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

CREATE FUNCTION salary_range_joinsel(internal, oid, internal, smallint, internal)
RETURNS float8
AS 'MODULE_PATHNAME', 'salary_range_joinsel'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION salary_range_sel(internal, oid, internal, integer) IS
'restriction selectivity of salary_range predicates, from per-currency bound histograms';
COMMENT ON FUNCTION salary_range_joinsel(internal, oid, internal, smallint, internal) IS
'join selectivity of salary_range predicates, from per-currency bound samples';

-- Operators -----------------------------------------------------------------

CREATE OPERATOR = (
    LEFTARG = salary_range, RIGHTARG = salary_range,
    FUNCTION = salary_range_eq,
    COMMUTATOR = =, NEGATOR = <>,
    RESTRICT = eqsel, JOIN = eqjoinsel,
    HASHES, MERGES
);
CREATE OPERATOR <> (
    LEFTARG = salary_range, RIGHTARG = salary_range,
    FUNCTION = salary_range_ne,
    COMMUTATOR = <>, NEGATOR = =,
    RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR < (
    LEFTARG = salary_range, RIGHTARG = salary_range,
    FUNCTION = salary_range_lt,
    COMMUTATOR = >, NEGATOR = >=,
    RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR <= (
    LEFTARG = salary_range, RIGHTARG = salary_range,
    FUNCTION = salary_range_le,
    COMMUTATOR = >=, NEGATOR = >,
    RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR > (
    LEFTARG = salary_range, RIGHTARG = salary_range,
    FUNCTION = salary_range_gt,
    COMMUTATOR = <, NEGATOR = <=,
    RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR >= (
    LEFTARG = salary_range, RIGHTARG = salary_range,
    FUNCTION = salary_range_ge,
    COMMUTATOR = <=, NEGATOR = <,
    RESTRICT = scalargesel, JOIN = scalargejoinsel
);
CREATE OPERATOR && (
    LEFTARG = salary_range, RIGHTARG = salary_range,
    FUNCTION = salary_range_overlaps,
    COMMUTATOR = &&,
    RESTRICT = salary_range_sel, JOIN = salary_range_joinsel
);
CREATE OPERATOR @> (
    LEFTARG = salary_range, RIGHTARG = salary_range,
    FUNCTION = salary_range_contains,
    COMMUTATOR = <@,
    RESTRICT = salary_range_sel, JOIN = salary_range_joinsel
);
CREATE OPERATOR <@ (
    LEFTARG = salary_range, RIGHTARG = salary_range,
    FUNCTION = salary_range_contained_by,
    COMMUTATOR = @>,
    RESTRICT = salary_range_sel, JOIN = salary_range_joinsel
);
CREATE OPERATOR @> (
    LEFTARG = salary_range, RIGHTARG = numeric,
    FUNCTION = salary_range_contains_amount,
    COMMUTATOR = <@,
    RESTRICT = salary_range_sel, JOIN = salary_range_joinsel
);
CREATE OPERATOR <@ (
    LEFTARG = numeric, RIGHTARG = salary_range,
    FUNCTION = salary_amount_contained_by,
    COMMUTATOR = @>,
    RESTRICT = salary_range_sel, JOIN = salary_range_joinsel
);
CREATE OPERATOR << (
    LEFTARG = salary_range, RIGHTARG = salary_range,
    FUNCTION = salary_range_left,
    COMMUTATOR = >>,
    RESTRICT = salary_range_sel, JOIN = salary_range_joinsel
);
CREATE OPERATOR >> (
    LEFTARG = salary_range, RIGHTARG = salary_range,
    FUNCTION = salary_range_right,
    COMMUTATOR = <<,
    RESTRICT = salary_range_sel, JOIN = salary_range_joinsel
);
CREATE OPERATOR &< (
    LEFTARG = salary_range, RIGHTARG = salary_range,
    FUNCTION = salary_range_overleft,
    RESTRICT = salary_range_sel, JOIN = salary_range_joinsel
);
CREATE OPERATOR &> (
    LEFTARG = salary_range, RIGHTARG = salary_range,
    FUNCTION = salary_range_overright,
    RESTRICT = salary_range_sel, JOIN = salary_range_joinsel
);
CREATE OPERATOR -|- (
    LEFTARG = salary_range, RIGHTARG = salary_range,
    FUNCTION = salary_range_adjacent,
    COMMUTATOR = -|-,
    RESTRICT = salary_range_sel, JOIN = salary_range_joinsel
);
CREATE OPERATOR <-> (
    LEFTARG = salary_range, RIGHTARG = salary_range,
    FUNCTION = salary_range_distance,
    COMMUTATOR = <->
);
CREATE OPERATOR <-> (
    LEFTARG = salary_range, RIGHTARG = numeric,
    FUNCTION = salary_range_distance_amount,
    COMMUTATOR = <->
);
CREATE OPERATOR <-> (
    LEFTARG = numeric, RIGHTARG = salary_range,
    FUNCTION = salary_amount_distance,
    COMMUTATOR = <->
);

COMMENT ON OPERATOR = (salary_range, salary_range) IS
'equal: same currency, same annual bounds and bound kinds';
COMMENT ON OPERATOR <> (salary_range, salary_range) IS 'not equal';
COMMENT ON OPERATOR < (salary_range, salary_range) IS
'less than (currency, annual lower bound, annual upper bound)';
COMMENT ON OPERATOR <= (salary_range, salary_range) IS 'less than or equal';
COMMENT ON OPERATOR > (salary_range, salary_range) IS 'greater than';
COMMENT ON OPERATOR >= (salary_range, salary_range) IS 'greater than or equal';
COMMENT ON OPERATOR && (salary_range, salary_range) IS
'overlaps (same currency)';
COMMENT ON OPERATOR @> (salary_range, salary_range) IS
'contains (same currency)';
COMMENT ON OPERATOR <@ (salary_range, salary_range) IS
'is contained by (same currency)';
COMMENT ON OPERATOR @> (salary_range, numeric) IS
'contains the annual amount (in the range''s currency)';
COMMENT ON OPERATOR <@ (numeric, salary_range) IS
'annual amount (in the range''s currency) is contained by';
COMMENT ON OPERATOR << (salary_range, salary_range) IS
'strictly below (same currency)';
COMMENT ON OPERATOR >> (salary_range, salary_range) IS
'strictly above (same currency)';
COMMENT ON OPERATOR &< (salary_range, salary_range) IS
'does not extend above (same currency)';
COMMENT ON OPERATOR &> (salary_range, salary_range) IS
'does not extend below (same currency)';
COMMENT ON OPERATOR -|- (salary_range, salary_range) IS
'is adjacent to (same currency, one cent apart)';
COMMENT ON OPERATOR <-> (salary_range, salary_range) IS
'distance: 0 when overlapping, else the annual gap; Infinity across currencies';
COMMENT ON OPERATOR <-> (salary_range, numeric) IS
'distance to an annual amount: 0 when inside, else the annual gap';
COMMENT ON OPERATOR <-> (numeric, salary_range) IS
'distance from an annual amount: 0 when inside, else the annual gap';

-- Operator classes ----------------------------------------------------------

CREATE OPERATOR CLASS salary_range_ops
DEFAULT FOR TYPE salary_range USING btree AS
    OPERATOR 1 <,
    OPERATOR 2 <=,
    OPERATOR 3 =,
    OPERATOR 4 >=,
    OPERATOR 5 >,
    FUNCTION 1 salary_range_cmp(salary_range, salary_range),
    FUNCTION 2 salary_range_sortsupport(internal);

CREATE OPERATOR CLASS salary_range_ops
DEFAULT FOR TYPE salary_range USING hash AS
    OPERATOR 1 =,
    FUNCTION 1 salary_range_hash(salary_range),
    FUNCTION 2 salary_range_hash_extended(salary_range, bigint);

CREATE FUNCTION salary_range_gist_consistent(internal, salary_range, smallint, oid, internal)
RETURNS boolean
AS 'MODULE_PATHNAME', 'salary_range_gist_consistent'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION salary_range_gist_union(internal, internal)
RETURNS salary_range_gist_key
AS 'MODULE_PATHNAME', 'salary_range_gist_union'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION salary_range_gist_compress(internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'salary_range_gist_compress'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION salary_range_gist_decompress(internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'salary_range_gist_decompress'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION salary_range_gist_penalty(internal, internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'salary_range_gist_penalty'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION salary_range_gist_picksplit(internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'salary_range_gist_picksplit'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION salary_range_gist_same(salary_range_gist_key, salary_range_gist_key, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'salary_range_gist_same'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION salary_range_gist_distance(internal, salary_range, smallint, oid, internal)
RETURNS float8
AS 'MODULE_PATHNAME', 'salary_range_gist_distance'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION salary_range_gist_sortsupport(internal)
RETURNS void
AS 'MODULE_PATHNAME', 'salary_range_gist_sortsupport'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION salary_range_gist_consistent(internal, salary_range, smallint, oid, internal) IS
'GiST support: could a subtree hold matches (rechecks lossy leaves)';
COMMENT ON FUNCTION salary_range_gist_union(internal, internal) IS
'GiST support: smallest key covering a set of keys';
COMMENT ON FUNCTION salary_range_gist_compress(internal) IS
'GiST support: salary_range to its 12-byte index key';
COMMENT ON FUNCTION salary_range_gist_decompress(internal) IS
'GiST support: index keys are used as stored';
COMMENT ON FUNCTION salary_range_gist_penalty(internal, internal, internal) IS
'GiST support: cost of inserting a key into a subtree';
COMMENT ON FUNCTION salary_range_gist_picksplit(internal, internal) IS
'GiST support: split a page by currency, then a double-sorting split';
COMMENT ON FUNCTION salary_range_gist_same(salary_range_gist_key, salary_range_gist_key, internal) IS
'GiST support: are two keys identical';
COMMENT ON FUNCTION salary_range_gist_distance(internal, salary_range, smallint, oid, internal) IS
'GiST support: KNN lower bound of <-> (rechecked for lossy leaves)';
COMMENT ON FUNCTION salary_range_gist_sortsupport(internal) IS
'GiST support: key order for sorted index builds';

CREATE OPERATOR CLASS salary_range_ops
DEFAULT FOR TYPE salary_range USING gist AS
    OPERATOR 1 << (salary_range, salary_range),
    OPERATOR 2 &< (salary_range, salary_range),
    OPERATOR 3 && (salary_range, salary_range),
    OPERATOR 4 &> (salary_range, salary_range),
    OPERATOR 5 >> (salary_range, salary_range),
    OPERATOR 7 @> (salary_range, salary_range),
    OPERATOR 8 <@ (salary_range, salary_range),
    OPERATOR 15 <-> (salary_range, salary_range) FOR ORDER BY float_ops,
    OPERATOR 15 <-> (salary_range, numeric) FOR ORDER BY float_ops,
    OPERATOR 16 @> (salary_range, numeric),
    OPERATOR 17 -|- (salary_range, salary_range),
    OPERATOR 18 = (salary_range, salary_range),
    FUNCTION 1 salary_range_gist_consistent(internal, salary_range, smallint, oid, internal),
    FUNCTION 2 salary_range_gist_union(internal, internal),
    FUNCTION 3 salary_range_gist_compress(internal),
    FUNCTION 4 salary_range_gist_decompress(internal),
    FUNCTION 5 salary_range_gist_penalty(internal, internal, internal),
    FUNCTION 6 salary_range_gist_picksplit(internal, internal),
    FUNCTION 7 salary_range_gist_same(salary_range_gist_key, salary_range_gist_key, internal),
    FUNCTION 8 salary_range_gist_distance(internal, salary_range, smallint, oid, internal),
    FUNCTION 11 salary_range_gist_sortsupport(internal),
    STORAGE salary_range_gist_key;

COMMENT ON OPERATOR CLASS salary_range_ops USING btree IS
'salary_range order: currency, annual lower bound, annual upper bound';
COMMENT ON OPERATOR CLASS salary_range_ops USING hash IS
'salary_range hashing agreeing with =';
COMMENT ON OPERATOR CLASS salary_range_ops USING gist IS
'salary_range GiST: && @> <@ << >> &< &> -|- = and @> numeric; ORDER BY <->';
