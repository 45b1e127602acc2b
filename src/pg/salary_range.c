/*
 * salary_range.c
 *		fmgr glue for the salary_range type: text and binary I/O, the
 *		constructor and accessors, casts, comparison, hashing, predicates
 *		and distances.  Everything of substance is in src/core/jr_salary.c.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/jsonb.h"
#include "utils/numeric.h"
#include "utils/rangetypes.h"
#include "utils/sortsupport.h"
#include "utils/typcache.h"

#include "jr_pg.h"
#include "salary_range.h"

#include "../core/jr_buf.h"

/* Raise an out-of-memory error if a core buffer lost an allocation. */
static void
salary_check_buf(const jr_buf *buf)
{
	if (buf->failed)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory")));
}

/* A palloc'd copy of a value, for returning by reference. */
static jr_salary *
salary_copy(const jr_salary *sal)
{
	jr_salary  *out = palloc(sizeof(jr_salary));

	memcpy(out, sal, sizeof(jr_salary));
	return out;
}

/* Amount in cents as a numeric (major units, no trailing zeros). */
static Datum
salary_cents_to_numeric(int64 cents)
{
	jr_buf		buf;
	Datum		result;

	jr_buf_init(&buf);
	jr_amount_format(cents, &buf);
	salary_check_buf(&buf);
	result = DirectFunctionCall3(numeric_in, CStringGetDatum(buf.data),
								 ObjectIdGetDatum(InvalidOid),
								 Int32GetDatum(-1));
	jr_buf_free(&buf);
	return result;
}

/* Text of a numeric, as numeric_out prints it. */
static char *
salary_numeric_text(Datum num)
{
	return DatumGetCString(DirectFunctionCall1(numeric_out, num));
}

/* Raise 22023 naming a bad period argument. */
static pg_attribute_noreturn() void
salary_bad_period(const char *period)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid period for type salary_range: \"%s\"", period),
			 errdetail("The period must be one of HOUR, DAY, WEEK, MONTH or YEAR.")));
}

/* ------------------------------------------------------------------------
 * Text and binary I/O
 * ------------------------------------------------------------------------ */

PG_FUNCTION_INFO_V1(salary_range_in);

/* salary_range_in(cstring): parse a literal (canonical or posting style). */
Datum
salary_range_in(PG_FUNCTION_ARGS)
{
	const char *str = PG_GETARG_CSTRING(0);
	jr_salary	sal;
	jr_error	err;
	jr_status	status;

	jr_error_clear(&err);
	status = jr_salary_parse_literal(str, strlen(str), &sal, &err);
	if (status != JR_OK)
	{
#if PG_VERSION_NUM >= 160000
		if (status == JR_ERR_SYNTAX || status == JR_ERR_RANGE)
			ereturn(fcinfo->context, (Datum) 0,
					(errcode(jr_pg_sqlstate(status)),
					 errmsg("%s", err.message),
					 err.detail[0] ? errdetail("%s", err.detail) : 0));
#endif
		jr_pg_raise(&err);
	}
	PG_RETURN_SALARY_P(salary_copy(&sal));
}

PG_FUNCTION_INFO_V1(salary_range_out);

/* salary_range_out(salary_range): the canonical literal. */
Datum
salary_range_out(PG_FUNCTION_ARGS)
{
	const jr_salary *sal = PG_GETARG_SALARY_P(0);
	jr_buf		buf;

	jr_buf_init(&buf);
	jr_salary_format(sal, &buf);
	salary_check_buf(&buf);
	PG_RETURN_CSTRING(jr_buf_detach(&buf, NULL));
}

PG_FUNCTION_INFO_V1(salary_range_recv);

/*
 * salary_range_recv(internal): binary input.  Layout: version byte (1),
 * currency (3 bytes), period byte, flags byte, lower and upper bound in
 * cents of the period (int64 each, network order).
 */
Datum
salary_range_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	jr_salary	sal;
	int			version;

	version = pq_getmsgbyte(buf);
	if (version != SALARY_RANGE_BINARY_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported binary format version %d for type salary_range",
						version),
				 errdetail("This server reads salary_range binary format version %d.",
						   SALARY_RANGE_BINARY_VERSION)));
	memset(&sal, 0, sizeof(sal));
	pq_copymsgbytes(buf, sal.currency, 3);
	sal.period = (uint8_t) pq_getmsgbyte(buf);
	sal.flags = (uint8_t) pq_getmsgbyte(buf);
	sal.lo = pq_getmsgint64(buf);
	sal.hi = pq_getmsgint64(buf);
	if (!jr_salary_valid(&sal))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary value for type salary_range"),
				 errdetail("The currency, period, flags or bounds are out of range, or the lower bound exceeds the upper bound.")));
	PG_RETURN_SALARY_P(salary_copy(&sal));
}

PG_FUNCTION_INFO_V1(salary_range_send);

/* salary_range_send(salary_range): binary output (see salary_range_recv). */
Datum
salary_range_send(PG_FUNCTION_ARGS)
{
	const jr_salary *sal = PG_GETARG_SALARY_P(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, SALARY_RANGE_BINARY_VERSION);
	pq_sendbytes(&buf, sal->currency, 3);
	pq_sendbyte(&buf, sal->period);
	pq_sendbyte(&buf, sal->flags);
	pq_sendint64(&buf, sal->lo);
	pq_sendint64(&buf, sal->hi);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ------------------------------------------------------------------------
 * Constructor and accessors
 * ------------------------------------------------------------------------ */

/* Build a value from amount texts (NULL: open) and currency/period text. */
static jr_salary *
salary_build(const char *min, const char *max, const char *currency,
			 const char *period)
{
	jr_salary	sal;
	jr_error	err;
	jr_status	status;

	jr_error_clear(&err);
	status = jr_salary_make(min, min ? strlen(min) : 0,
							max, max ? strlen(max) : 0,
							currency, strlen(currency),
							period, strlen(period), &sal, &err);
	jr_pg_check(status, &err);
	return salary_copy(&sal);
}

PG_FUNCTION_INFO_V1(salary_range_make);

/*
 * salary_range(min numeric, max numeric, currency text, period text): a
 * NULL min or max is an open bound; a NULL currency or period gives NULL.
 */
Datum
salary_range_make(PG_FUNCTION_ARGS)
{
	char	   *min = NULL;
	char	   *max = NULL;

	if (PG_ARGISNULL(2) || PG_ARGISNULL(3))
		PG_RETURN_NULL();
	if (!PG_ARGISNULL(0))
		min = salary_numeric_text(PG_GETARG_DATUM(0));
	if (!PG_ARGISNULL(1))
		max = salary_numeric_text(PG_GETARG_DATUM(1));
	PG_RETURN_SALARY_P(salary_build(min, max,
									text_to_cstring(PG_GETARG_TEXT_PP(2)),
									text_to_cstring(PG_GETARG_TEXT_PP(3))));
}

PG_FUNCTION_INFO_V1(salary_min);

/* salary_min(salary_range): lower bound in the stated period, NULL if open. */
Datum
salary_min(PG_FUNCTION_ARGS)
{
	const jr_salary *sal = PG_GETARG_SALARY_P(0);

	if (sal->flags & JR_SAL_LO_INF)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(salary_cents_to_numeric(sal->lo));
}

PG_FUNCTION_INFO_V1(salary_max);

/* salary_max(salary_range): upper bound in the stated period, NULL if open. */
Datum
salary_max(PG_FUNCTION_ARGS)
{
	const jr_salary *sal = PG_GETARG_SALARY_P(0);

	if (sal->flags & JR_SAL_HI_INF)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(salary_cents_to_numeric(sal->hi));
}

PG_FUNCTION_INFO_V1(salary_currency);

/* salary_currency(salary_range): the ISO 4217 code. */
Datum
salary_currency(PG_FUNCTION_ARGS)
{
	const jr_salary *sal = PG_GETARG_SALARY_P(0);

	PG_RETURN_TEXT_P(cstring_to_text_with_len(sal->currency, 3));
}

PG_FUNCTION_INFO_V1(salary_period);

/* salary_period(salary_range): HOUR, DAY, WEEK, MONTH or YEAR. */
Datum
salary_period(PG_FUNCTION_ARGS)
{
	const jr_salary *sal = PG_GETARG_SALARY_P(0);

	PG_RETURN_TEXT_P(cstring_to_text(jr_period_name((jr_period) sal->period)));
}

PG_FUNCTION_INFO_V1(salary_annual);

/* salary_annual(salary_range): the same range stated per YEAR. */
Datum
salary_annual(PG_FUNCTION_ARGS)
{
	const jr_salary *sal = PG_GETARG_SALARY_P(0);
	jr_salary	out;
	jr_error	err;

	jr_error_clear(&err);
	jr_pg_check(jr_salary_annual(sal, &out, &err), &err);
	PG_RETURN_SALARY_P(salary_copy(&out));
}

PG_FUNCTION_INFO_V1(salary_to_period);

/* salary_to_period(salary_range, period text): restated per period. */
Datum
salary_to_period(PG_FUNCTION_ARGS)
{
	const jr_salary *sal = PG_GETARG_SALARY_P(0);
	text	   *period_text = PG_GETARG_TEXT_PP(1);
	jr_period	period;
	jr_salary	out;
	jr_error	err;

	if (!jr_period_parse(VARDATA_ANY(period_text),
						 VARSIZE_ANY_EXHDR(period_text), &period))
		salary_bad_period(text_to_cstring(period_text));
	jr_error_clear(&err);
	jr_pg_check(jr_salary_to_period(sal, period, &out, &err), &err);
	PG_RETURN_SALARY_P(salary_copy(&out));
}

PG_FUNCTION_INFO_V1(salary_midpoint);

/* salary_midpoint(salary_range): annual midpoint, NULL if a bound is open. */
Datum
salary_midpoint(PG_FUNCTION_ARGS)
{
	const jr_salary *sal = PG_GETARG_SALARY_P(0);
	int64_t		mid;

	if (!jr_salary_midpoint(sal, &mid))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(salary_cents_to_numeric(mid));
}

PG_FUNCTION_INFO_V1(parse_salary);

/* parse_salary(text): the first base pay stated in free text, or NULL. */
Datum
parse_salary(PG_FUNCTION_ARGS)
{
	text	   *txt = PG_GETARG_TEXT_PP(0);
	jr_salary_hit hit;
	jr_error	err;
	int			n;

	jr_error_clear(&err);
	n = jr_salary_find_all(VARDATA_ANY(txt), VARSIZE_ANY_EXHDR(txt), &hit, 1,
						   &err);
	if (n < 0)
		jr_pg_raise(&err);
	if (n == 0)
		PG_RETURN_NULL();
	PG_RETURN_SALARY_P(salary_copy(&hit.salary));
}

/* ------------------------------------------------------------------------
 * Casts
 * ------------------------------------------------------------------------ */

PG_FUNCTION_INFO_V1(salary_range_to_numrange);

/* salary_range::numrange: annual bounds, inclusive; open bounds infinite. */
Datum
salary_range_to_numrange(PG_FUNCTION_ARGS)
{
	const jr_salary *sal = PG_GETARG_SALARY_P(0);
	TypeCacheEntry *typcache = range_get_typcache(fcinfo, NUMRANGEOID);
	RangeBound	lower;
	RangeBound	upper;

	lower.infinite = (sal->flags & JR_SAL_LO_INF) != 0;
	lower.val = lower.infinite ? (Datum) 0 :
		salary_cents_to_numeric(jr_salary_annual_lo(sal));
	lower.inclusive = !lower.infinite;
	lower.lower = true;
	upper.infinite = (sal->flags & JR_SAL_HI_INF) != 0;
	upper.val = upper.infinite ? (Datum) 0 :
		salary_cents_to_numeric(jr_salary_annual_hi(sal));
	upper.inclusive = !upper.infinite;
	upper.lower = false;
#if PG_VERSION_NUM >= 160000
	PG_RETURN_RANGE_P(make_range(typcache, &lower, &upper, false, NULL));
#else
	PG_RETURN_RANGE_P(make_range(typcache, &lower, &upper, false));
#endif
}

/*
 * The amount text of a numrange bound after moving it inward to whole
 * cents: the smallest cent amount inside for a lower bound, the largest for
 * an upper bound.  NULL for an infinite bound.
 */
static char *
salary_numrange_bound_text(const RangeBound *bound)
{
	Datum		hundred;
	Datum		cents;

	if (bound->infinite)
		return NULL;
	hundred = DirectFunctionCall3(numeric_in, CStringGetDatum("100"),
								  ObjectIdGetDatum(InvalidOid),
								  Int32GetDatum(-1));
	cents = DirectFunctionCall2(numeric_mul, bound->val, hundred);
	if (bound->lower)
	{
		if (bound->inclusive)
			cents = DirectFunctionCall1(numeric_ceil, cents);
		else
			cents = DirectFunctionCall1(numeric_inc,
										DirectFunctionCall1(numeric_floor,
															cents));
	}
	else
	{
		if (bound->inclusive)
			cents = DirectFunctionCall1(numeric_floor, cents);
		else
			cents = DirectFunctionCall2(numeric_sub,
										DirectFunctionCall1(numeric_ceil,
															cents),
										DirectFunctionCall3(numeric_in,
															CStringGetDatum("1"),
															ObjectIdGetDatum(InvalidOid),
															Int32GetDatum(-1)));
	}
	cents = DirectFunctionCall2(numeric_div, cents, hundred);
	cents = DirectFunctionCall2(numeric_round, cents, Int32GetDatum(2));
	return salary_numeric_text(cents);
}

PG_FUNCTION_INFO_V1(salary_range_from_numrange);

/* numrange::salary_range: the cent amounts it contains, USD/YEAR. */
Datum
salary_range_from_numrange(PG_FUNCTION_ARGS)
{
	RangeType  *range = PG_GETARG_RANGE_P(0);
	TypeCacheEntry *typcache = range_get_typcache(fcinfo,
												  RangeTypeGetOid(range));
	RangeBound	lower;
	RangeBound	upper;
	bool		empty;

	range_deserialize(typcache, range, &lower, &upper, &empty);
	if (empty)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot convert empty numrange to salary_range"),
				 errdetail("A salary_range always holds at least one amount.")));
	PG_RETURN_SALARY_P(salary_build(salary_numrange_bound_text(&lower),
									salary_numrange_bound_text(&upper),
									"USD", "YEAR"));
}

/* Raise 22023 for a jsonb value of the wrong shape. */
static pg_attribute_noreturn() void
salary_bad_jsonb(const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("cannot convert jsonb to salary_range"),
			 errdetail("%s", detail)));
}

/* Look up key in a jsonb object container; false when absent. */
static bool
salary_jsonb_get(JsonbContainer *obj, const char *key, JsonbValue *out)
{
	return getKeyJsonValueFromContainer(obj, key, strlen(key), out) != NULL;
}

/* A palloc'd C string of a jsonb string value. */
static char *
salary_jsonb_cstring(const JsonbValue *v)
{
	return pnstrdup(v->val.string.val, v->val.string.len);
}

/*
 * Amount text of a MonetaryAmount number (a JSON number or a string holding
 * one); NULL for an absent key or JSON null.
 */
static char *
salary_jsonb_amount(JsonbContainer *obj, const char *key)
{
	JsonbValue	v;

	if (!salary_jsonb_get(obj, key, &v) || v.type == jbvNull)
		return NULL;
	if (v.type == jbvNumeric)
		return salary_numeric_text(NumericGetDatum(v.val.numeric));
	if (v.type == jbvString)
		return salary_jsonb_cstring(&v);
	salary_bad_jsonb(psprintf("Key \"%s\" must be a number.", key));
}

/* Check an optional "@type" key against the expected schema.org type. */
static void
salary_jsonb_check_type(JsonbContainer *obj, const char *expected)
{
	JsonbValue	v;

	if (!salary_jsonb_get(obj, "@type", &v))
		return;
	if (v.type != jbvString || v.val.string.len != (int) strlen(expected) ||
		pg_strncasecmp(v.val.string.val, expected, v.val.string.len) != 0)
		salary_bad_jsonb(psprintf("Key \"@type\" must be \"%s\".", expected));
}

PG_FUNCTION_INFO_V1(salary_range_from_jsonb);

/*
 * jsonb::salary_range: a schema.org MonetaryAmount object
 * {"currency": "USD", "value": {"minValue", "maxValue", "value",
 * "unitText"}} ("value" may also be a bare number), or a JSON string
 * holding a salary_range literal.
 */
Datum
salary_range_from_jsonb(PG_FUNCTION_ARGS)
{
	Jsonb	   *jb = PG_GETARG_JSONB_P(0);
	JsonbValue	v;
	const char *currency = "USD";
	const char *period = "YEAR";
	char	   *min = NULL;
	char	   *max = NULL;
	char		code[3];
	jr_period	p;

	if (JB_ROOT_IS_SCALAR(jb))
	{
		jr_salary	sal;
		jr_error	err;

		if (!JsonbExtractScalar(&jb->root, &v) || v.type != jbvString)
			salary_bad_jsonb("Expected a MonetaryAmount object or a string holding a salary_range literal.");
		jr_error_clear(&err);
		jr_pg_check(jr_salary_parse_literal(v.val.string.val,
											v.val.string.len, &sal, &err),
					&err);
		PG_RETURN_SALARY_P(salary_copy(&sal));
	}
	if (!JB_ROOT_IS_OBJECT(jb))
		salary_bad_jsonb("Expected a MonetaryAmount object or a string holding a salary_range literal.");

	salary_jsonb_check_type(&jb->root, "MonetaryAmount");
	if (salary_jsonb_get(&jb->root, "currency", &v))
	{
		if (v.type != jbvString ||
			!jr_currency_parse(v.val.string.val, v.val.string.len, code))
			salary_bad_jsonb("Key \"currency\" must be an ISO 4217 currency code.");
		currency = pnstrdup(code, 3);
	}
	if (!salary_jsonb_get(&jb->root, "value", &v) || v.type == jbvNull)
		salary_bad_jsonb("A MonetaryAmount needs a \"value\": a number or a QuantitativeValue object.");
	if (v.type == jbvNumeric)
		min = max = salary_numeric_text(NumericGetDatum(v.val.numeric));
	else if (v.type == jbvString)
		min = max = salary_jsonb_cstring(&v);
	else if (v.type == jbvBinary && JsonContainerIsObject(v.val.binary.data))
	{
		JsonbContainer *qv = v.val.binary.data;
		JsonbValue	unit;

		salary_jsonb_check_type(qv, "QuantitativeValue");
		min = salary_jsonb_amount(qv, "minValue");
		max = salary_jsonb_amount(qv, "maxValue");
		if (min == NULL && max == NULL)
		{
			min = max = salary_jsonb_amount(qv, "value");
			if (min == NULL)
				salary_bad_jsonb("A QuantitativeValue needs \"minValue\", \"maxValue\" or \"value\".");
		}
		if (salary_jsonb_get(qv, "unitText", &unit))
		{
			if (unit.type != jbvString ||
				!jr_period_parse(unit.val.string.val, unit.val.string.len,
								 &p))
				salary_bad_jsonb("Key \"unitText\" must be one of HOUR, DAY, WEEK, MONTH or YEAR.");
			period = jr_period_name(p);
		}
	}
	else
		salary_bad_jsonb("Key \"value\" must be a number or a QuantitativeValue object.");

	PG_RETURN_SALARY_P(salary_build(min, max, currency, period));
}

PG_FUNCTION_INFO_V1(salary_range_to_jsonb);

/* salary_range::jsonb: a schema.org MonetaryAmount object. */
Datum
salary_range_to_jsonb(PG_FUNCTION_ARGS)
{
	const jr_salary *sal = PG_GETARG_SALARY_P(0);
	bool		point = sal->flags == 0 && sal->lo == sal->hi;
	jr_buf		buf;
	Datum		result;

	jr_buf_init(&buf);
	jr_buf_puts(&buf, "{\"@type\": \"MonetaryAmount\", \"currency\": ");
	jr_buf_json_string(&buf, sal->currency, 3);
	jr_buf_puts(&buf, ", \"value\": {\"@type\": \"QuantitativeValue\"");
	if (point)
	{
		jr_buf_puts(&buf, ", \"value\": ");
		jr_amount_format(sal->lo, &buf);
	}
	else
	{
		if (!(sal->flags & JR_SAL_LO_INF))
		{
			jr_buf_puts(&buf, ", \"minValue\": ");
			jr_amount_format(sal->lo, &buf);
		}
		if (!(sal->flags & JR_SAL_HI_INF))
		{
			jr_buf_puts(&buf, ", \"maxValue\": ");
			jr_amount_format(sal->hi, &buf);
		}
	}
	jr_buf_printf(&buf, ", \"unitText\": \"%s\"}}",
				  jr_period_name((jr_period) sal->period));
	salary_check_buf(&buf);
	result = DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data));
	jr_buf_free(&buf);
	PG_RETURN_DATUM(result);
}

/* ------------------------------------------------------------------------
 * Comparison and hashing
 * ------------------------------------------------------------------------ */

#define SALARY_CMP_FUNC(name, expr) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	int			c = jr_salary_cmp(PG_GETARG_SALARY_P(0), PG_GETARG_SALARY_P(1)); \
	PG_RETURN_BOOL(expr); \
}

/* salary_range_lt ... salary_range_ge: btree order operators. */
SALARY_CMP_FUNC(salary_range_lt, c < 0)
SALARY_CMP_FUNC(salary_range_le, c <= 0)
SALARY_CMP_FUNC(salary_range_gt, c > 0)
SALARY_CMP_FUNC(salary_range_ge, c >= 0)

PG_FUNCTION_INFO_V1(salary_range_eq);

/* salary_range_eq: same currency, annual bounds and bound kinds. */
Datum
salary_range_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(jr_salary_eq(PG_GETARG_SALARY_P(0),
								PG_GETARG_SALARY_P(1)));
}

PG_FUNCTION_INFO_V1(salary_range_ne);

/* salary_range_ne: not salary_range_eq. */
Datum
salary_range_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(!jr_salary_eq(PG_GETARG_SALARY_P(0),
								 PG_GETARG_SALARY_P(1)));
}

PG_FUNCTION_INFO_V1(salary_range_cmp);

/* salary_range_cmp: btree support function 1. */
Datum
salary_range_cmp(PG_FUNCTION_ARGS)
{
	int			c = jr_salary_cmp(PG_GETARG_SALARY_P(0), PG_GETARG_SALARY_P(1));

	PG_RETURN_INT32(c < 0 ? -1 : (c > 0 ? 1 : 0));
}

/* Sort comparator over salary_range datums. */
static int
salary_range_fastcmp(Datum a, Datum b, SortSupport ssup)
{
	return jr_salary_cmp(DatumGetSalaryP(a), DatumGetSalaryP(b));
}

PG_FUNCTION_INFO_V1(salary_range_sortsupport);

/* salary_range_sortsupport: btree support function 2 (no fmgr per call). */
Datum
salary_range_sortsupport(PG_FUNCTION_ARGS)
{
	SortSupport ssup = (SortSupport) PG_GETARG_POINTER(0);

	ssup->comparator = salary_range_fastcmp;
	PG_RETURN_VOID();
}

PG_FUNCTION_INFO_V1(salary_range_hash);

/* salary_range_hash: hash support function 1, agrees with =. */
Datum
salary_range_hash(PG_FUNCTION_ARGS)
{
	uint64_t	h = jr_salary_hash(PG_GETARG_SALARY_P(0), 0);

	PG_RETURN_INT32((int32) (uint32) h);
}

PG_FUNCTION_INFO_V1(salary_range_hash_extended);

/* salary_range_hash_extended: hash support function 2 (seeded, 64-bit). */
Datum
salary_range_hash_extended(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64((int64) jr_salary_hash(PG_GETARG_SALARY_P(0),
										   (uint64_t) PG_GETARG_INT64(1)));
}

/* ------------------------------------------------------------------------
 * Predicates and distances
 * ------------------------------------------------------------------------ */

#define SALARY_PRED_FUNC(name, corefn) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(corefn(PG_GETARG_SALARY_P(0), PG_GETARG_SALARY_P(1))); \
}

/* && @> <@ << >> &< &> -|- : thin wrappers over the core predicates. */
SALARY_PRED_FUNC(salary_range_overlaps, jr_salary_overlaps)
SALARY_PRED_FUNC(salary_range_contains, jr_salary_contains)
SALARY_PRED_FUNC(salary_range_contained_by, jr_salary_contained_by)
SALARY_PRED_FUNC(salary_range_left, jr_salary_left)
SALARY_PRED_FUNC(salary_range_right, jr_salary_right)
SALARY_PRED_FUNC(salary_range_overleft, jr_salary_overleft)
SALARY_PRED_FUNC(salary_range_overright, jr_salary_overright)
SALARY_PRED_FUNC(salary_range_adjacent, jr_salary_adjacent)

/* Cached conversion of a numeric operand (see salary_amount_from_numeric). */
typedef struct SalaryAmountCache
{
	jr_amount	amount;
	Size		size;			/* VARSIZE of the cached numeric */
	char		bytes[FLEXIBLE_ARRAY_MEMBER];
} SalaryAmountCache;

/* Convert a numeric annual amount for the core, caching by its bytes. */
void
salary_amount_from_numeric(FmgrInfo *flinfo, Datum num, jr_amount *out)
{
	Numeric		n = DatumGetNumeric(num);
	Size		size = VARSIZE(n);
	SalaryAmountCache *cache = flinfo ? flinfo->fn_extra : NULL;
	char	   *str;

	if (cache != NULL && cache->size == size &&
		memcmp(cache->bytes, n, size) == 0)
	{
		*out = cache->amount;
		return;
	}
	str = salary_numeric_text(NumericGetDatum(n));
	if (!jr_amount_parse_query(str, strlen(str), out))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot compare salary_range with numeric \"%s\"", str),
				 errdetail("Only numbers, Infinity and -Infinity are annual amounts.")));
	pfree(str);
	if (flinfo != NULL)
	{
		if (cache == NULL || cache->size < size)
		{
			if (cache != NULL)
				pfree(cache);
			cache = MemoryContextAlloc(flinfo->fn_mcxt,
									   offsetof(SalaryAmountCache, bytes) +
									   Max(size, 32));
			flinfo->fn_extra = cache;
		}
		cache->amount = *out;
		cache->size = size;
		memcpy(cache->bytes, n, size);
	}
}

PG_FUNCTION_INFO_V1(salary_range_contains_amount);

/* salary_range @> numeric: the annual amount lies within (same currency). */
Datum
salary_range_contains_amount(PG_FUNCTION_ARGS)
{
	jr_amount	x;

	salary_amount_from_numeric(fcinfo->flinfo, PG_GETARG_DATUM(1), &x);
	PG_RETURN_BOOL(jr_salary_contains_amount(PG_GETARG_SALARY_P(0), &x));
}

PG_FUNCTION_INFO_V1(salary_amount_contained_by);

/* numeric <@ salary_range: commutator of salary_range_contains_amount. */
Datum
salary_amount_contained_by(PG_FUNCTION_ARGS)
{
	jr_amount	x;

	salary_amount_from_numeric(fcinfo->flinfo, PG_GETARG_DATUM(0), &x);
	PG_RETURN_BOOL(jr_salary_contains_amount(PG_GETARG_SALARY_P(1), &x));
}

PG_FUNCTION_INFO_V1(salary_range_distance);

/* salary_range <-> salary_range: annual gap, Infinity across currencies. */
Datum
salary_range_distance(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(jr_salary_distance(PG_GETARG_SALARY_P(0),
										PG_GETARG_SALARY_P(1)));
}

PG_FUNCTION_INFO_V1(salary_range_distance_amount);

/* salary_range <-> numeric: annual gap to the amount, 0 when inside. */
Datum
salary_range_distance_amount(PG_FUNCTION_ARGS)
{
	jr_amount	x;

	salary_amount_from_numeric(fcinfo->flinfo, PG_GETARG_DATUM(1), &x);
	PG_RETURN_FLOAT8(jr_salary_distance_amount(PG_GETARG_SALARY_P(0), &x));
}

PG_FUNCTION_INFO_V1(salary_amount_distance);

/* numeric <-> salary_range: commutator of salary_range_distance_amount. */
Datum
salary_amount_distance(PG_FUNCTION_ARGS)
{
	jr_amount	x;

	salary_amount_from_numeric(fcinfo->flinfo, PG_GETARG_DATUM(0), &x);
	PG_RETURN_FLOAT8(jr_salary_distance_amount(PG_GETARG_SALARY_P(1), &x));
}
