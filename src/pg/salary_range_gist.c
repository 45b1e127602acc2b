/*
 * salary_range_gist.c
 *		GiST support for salary_range: thin wrappers over the key math in
 *		src/core/jr_salary_gist.c.  The index stores a 12-byte key (type
 *		salary_range_gist_key): annual bounds as float4 rounded outward, so
 *		leaves whose bounds were not exactly representable ask for a recheck
 *		of both the condition and the KNN distance.
 */
#include "postgres.h"

#include "access/gist.h"
#include "access/stratnum.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/sortsupport.h"

#include "jr_pg.h"
#include "salary_range.h"

#include "../core/jr_buf.h"

/* Map a SQL strategy number to the core's; = is RTEqualStrategyNumber. */
static int
salary_gist_strategy(StrategyNumber strategy)
{
	if (strategy == RTEqualStrategyNumber)
		return JR_SALSTRAT_SAME;
	return (int) strategy;
}

PG_FUNCTION_INFO_V1(salary_range_gist_key_in);

/* salary_range_gist_key_in(cstring): keys are never typed in. */
Datum
salary_range_gist_key_in(PG_FUNCTION_ARGS)
{
	ereport(ERROR,
			(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
			 errmsg("cannot accept a value of type salary_range_gist_key"),
			 errdetail("salary_range_gist_key is the internal GiST key of salary_range.")));
	PG_RETURN_VOID();
}

PG_FUNCTION_INFO_V1(salary_range_gist_key_out);

/*
 * salary_range_gist_key_out(salary_range_gist_key): "CUR [lo,hi]" with the
 * annual bounds in cents (or "* [lo,hi]" over several currencies) and
 * " exact" for an exact leaf key; for inspecting index pages.
 */
Datum
salary_range_gist_key_out(PG_FUNCTION_ARGS)
{
	const jr_salary_key *key = DatumGetSalaryKeyP(PG_GETARG_DATUM(0));
	char		code[4] = "*";
	char		lo[64];
	char		hi[64];

	if (jr_currency_unpack(key->currency, code))
		code[3] = '\0';
	snprintf(lo, sizeof(lo), "%.9g", (double) key->lo);
	snprintf(hi, sizeof(hi), "%.9g", (double) key->hi);
	PG_RETURN_CSTRING(psprintf("%s [%s,%s]%s", code, lo, hi,
							   (key->flags & JR_SALKEY_EXACT) ? " exact" : ""));
}

PG_FUNCTION_INFO_V1(salary_range_gist_compress);

/* GiST compress: a leaf value becomes its 12-byte key; inner keys stay. */
Datum
salary_range_gist_compress(PG_FUNCTION_ARGS)
{
	GISTENTRY  *entry = (GISTENTRY *) PG_GETARG_POINTER(0);
	GISTENTRY  *retval;
	jr_salary_key *key;

	if (!entry->leafkey)
		PG_RETURN_POINTER(entry);
	key = palloc(sizeof(jr_salary_key));
	jr_salary_key_from_value(DatumGetSalaryP(entry->key), key);
	retval = palloc(sizeof(GISTENTRY));
	gistentryinit(*retval, PointerGetDatum(key), entry->rel, entry->page,
				  entry->offset, false);
	PG_RETURN_POINTER(retval);
}

PG_FUNCTION_INFO_V1(salary_range_gist_decompress);

/* GiST decompress: keys are used as stored. */
Datum
salary_range_gist_decompress(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(PG_GETARG_POINTER(0));
}

PG_FUNCTION_INFO_V1(salary_range_gist_consistent);

/*
 * GiST consistent: could a value under this key satisfy the condition?
 * Strategy 16 (@> numeric) takes a numeric query; the others a
 * salary_range.  Lossy leaves set *recheck.
 */
Datum
salary_range_gist_consistent(PG_FUNCTION_ARGS)
{
	GISTENTRY  *entry = (GISTENTRY *) PG_GETARG_POINTER(0);
	StrategyNumber strategy = (StrategyNumber) PG_GETARG_UINT16(2);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(4);
	const jr_salary_key *key = DatumGetSalaryKeyP(entry->key);
	bool		is_leaf = GIST_LEAF(entry);
	bool		result;

	*recheck = false;
	if (strategy == RTContainsElemStrategyNumber)
	{
		jr_amount	x;

		salary_amount_from_numeric(fcinfo->flinfo, PG_GETARG_DATUM(1), &x);
		result = jr_salary_key_consistent_amount(key, is_leaf,
												 JR_SALSTRAT_CONTAINS_ELEM,
												 &x, recheck);
	}
	else
		result = jr_salary_key_consistent(key, is_leaf,
										  salary_gist_strategy(strategy),
										  DatumGetSalaryP(PG_GETARG_DATUM(1)),
										  recheck);
	PG_RETURN_BOOL(result);
}

PG_FUNCTION_INFO_V1(salary_range_gist_distance);

/*
 * GiST distance for ORDER BY <->: a lower bound of the distance from the
 * query (salary_range or numeric, told apart by the operator's right type)
 * to every value under the key; lossy leaves set *recheck.
 */
Datum
salary_range_gist_distance(PG_FUNCTION_ARGS)
{
	GISTENTRY  *entry = (GISTENTRY *) PG_GETARG_POINTER(0);
	Oid			subtype = PG_GETARG_OID(3);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(4);
	const jr_salary_key *key = DatumGetSalaryKeyP(entry->key);
	bool		is_leaf = GIST_LEAF(entry);
	double		distance;

	*recheck = false;
	if (subtype == NUMERICOID)
	{
		jr_amount	x;

		salary_amount_from_numeric(fcinfo->flinfo, PG_GETARG_DATUM(1), &x);
		distance = jr_salary_key_distance_amount(key, is_leaf, &x, recheck);
	}
	else
		distance = jr_salary_key_distance(key, is_leaf,
										  DatumGetSalaryP(PG_GETARG_DATUM(1)),
										  recheck);
	PG_RETURN_FLOAT8(distance);
}

PG_FUNCTION_INFO_V1(salary_range_gist_union);

/* GiST union: the smallest key covering every entry. */
Datum
salary_range_gist_union(PG_FUNCTION_ARGS)
{
	GistEntryVector *entryvec = (GistEntryVector *) PG_GETARG_POINTER(0);
	int		   *sizep = (int *) PG_GETARG_POINTER(1);
	int			n = entryvec->n;
	jr_salary_key *keys = palloc(sizeof(jr_salary_key) * n);
	jr_salary_key *out = palloc(sizeof(jr_salary_key));
	int			i;

	for (i = 0; i < n; i++)
		keys[i] = *DatumGetSalaryKeyP(entryvec->vector[i].key);
	jr_salary_key_union(keys, n, out);
	pfree(keys);
	*sizep = sizeof(jr_salary_key);
	PG_RETURN_POINTER(out);
}

PG_FUNCTION_INFO_V1(salary_range_gist_penalty);

/* GiST penalty: cost of adding the new key to the original subtree. */
Datum
salary_range_gist_penalty(PG_FUNCTION_ARGS)
{
	GISTENTRY  *origentry = (GISTENTRY *) PG_GETARG_POINTER(0);
	GISTENTRY  *newentry = (GISTENTRY *) PG_GETARG_POINTER(1);
	float	   *penalty = (float *) PG_GETARG_POINTER(2);

	*penalty = jr_salary_key_penalty(DatumGetSalaryKeyP(origentry->key),
									 DatumGetSalaryKeyP(newentry->key));
	PG_RETURN_POINTER(penalty);
}

PG_FUNCTION_INFO_V1(salary_range_gist_picksplit);

/*
 * GiST picksplit: the core groups by currency, then does a double-sorting
 * split; entries are numbered from FirstOffsetNumber.
 */
Datum
salary_range_gist_picksplit(PG_FUNCTION_ARGS)
{
	GistEntryVector *entryvec = (GistEntryVector *) PG_GETARG_POINTER(0);
	GIST_SPLITVEC *v = (GIST_SPLITVEC *) PG_GETARG_POINTER(1);
	int			n = entryvec->n - FirstOffsetNumber;
	jr_salary_key *keys = palloc(sizeof(jr_salary_key) * n);
	int		   *left = palloc(sizeof(int) * n);
	int		   *right = palloc(sizeof(int) * n);
	jr_salary_key *left_union = palloc(sizeof(jr_salary_key));
	jr_salary_key *right_union = palloc(sizeof(jr_salary_key));
	int			nleft;
	int			nright;
	jr_error	err;
	int			i;

	for (i = 0; i < n; i++)
		keys[i] = *DatumGetSalaryKeyP(entryvec->vector[i + FirstOffsetNumber].key);
	jr_error_clear(&err);
	jr_pg_check(jr_salary_key_picksplit(keys, n, left, &nleft, left_union,
										right, &nright, right_union, &err),
				&err);

	v->spl_left = palloc(sizeof(OffsetNumber) * (nleft + 1));
	v->spl_right = palloc(sizeof(OffsetNumber) * (nright + 1));
	for (i = 0; i < nleft; i++)
		v->spl_left[i] = (OffsetNumber) (left[i] + FirstOffsetNumber);
	for (i = 0; i < nright; i++)
		v->spl_right[i] = (OffsetNumber) (right[i] + FirstOffsetNumber);
	v->spl_nleft = nleft;
	v->spl_nright = nright;
	v->spl_ldatum = PointerGetDatum(left_union);
	v->spl_rdatum = PointerGetDatum(right_union);
	pfree(keys);
	pfree(left);
	pfree(right);
	PG_RETURN_POINTER(v);
}

PG_FUNCTION_INFO_V1(salary_range_gist_same);

/* GiST same: are two keys identical. */
Datum
salary_range_gist_same(PG_FUNCTION_ARGS)
{
	const jr_salary_key *a = DatumGetSalaryKeyP(PG_GETARG_DATUM(0));
	const jr_salary_key *b = DatumGetSalaryKeyP(PG_GETARG_DATUM(1));
	bool	   *result = (bool *) PG_GETARG_POINTER(2);

	*result = jr_salary_key_same(a, b);
	PG_RETURN_POINTER(result);
}

/* Sorted-build comparator over key datums. */
static int
salary_gist_sort_cmp(Datum a, Datum b, SortSupport ssup)
{
	return jr_salary_key_sort_cmp(DatumGetSalaryKeyP(a), DatumGetSalaryKeyP(b));
}

#if SIZEOF_DATUM >= 8
/* Abbreviated key: the core's order-preserving 64-bit summary. */
static Datum
salary_gist_abbrev_convert(Datum original, SortSupport ssup)
{
	return UInt64GetDatum(jr_salary_key_sort_value(DatumGetSalaryKeyP(original)));
}

/* Compare two abbreviated keys as unsigned integers. */
static int
salary_gist_abbrev_cmp(Datum a, Datum b, SortSupport ssup)
{
	uint64		x = DatumGetUInt64(a);
	uint64		y = DatumGetUInt64(b);

	return (x > y) - (x < y);
}

/* Never abandon abbreviation: the summary is cheap and rarely ties. */
static bool
salary_gist_abbrev_abort(int memtupcount, SortSupport ssup)
{
	return false;
}
#endif

PG_FUNCTION_INFO_V1(salary_range_gist_sortsupport);

/*
 * GiST sort support for sorted builds: currency, then interval midpoint,
 * then width (the core's order), with a 64-bit abbreviated key.
 */
Datum
salary_range_gist_sortsupport(PG_FUNCTION_ARGS)
{
	SortSupport ssup = (SortSupport) PG_GETARG_POINTER(0);

#if SIZEOF_DATUM >= 8
	if (ssup->abbreviate)
	{
		ssup->comparator = salary_gist_abbrev_cmp;
		ssup->abbrev_converter = salary_gist_abbrev_convert;
		ssup->abbrev_abort = salary_gist_abbrev_abort;
		ssup->abbrev_full_comparator = salary_gist_sort_cmp;
		PG_RETURN_VOID();
	}
#endif
	ssup->comparator = salary_gist_sort_cmp;
	PG_RETURN_VOID();
}
