/*
 * salary_range_selfuncs.c
 *		ANALYZE support and selectivity estimators for salary_range.
 *
 * ANALYZE keeps PostgreSQL's standard statistics (most common values,
 * histogram in btree order, correlation: used by = <> < <= > >=) and adds
 * two slots of private kinds:
 *
 *	SALARY_STATS_CURRENCIES: stavalues text[] of the currencies seen (in
 *		code order), stanumbers their fractions of the non-null rows.
 *	SALARY_STATS_BOUNDS: for each currency in the same order, K values of
 *		the annual lower bound at evenly spaced ranks (min and max
 *		included, ascending), the annual upper bound of the same rows, and
 *		K quantiles of the annual upper bound; all float8 in cents, open
 *		bounds as -/+Infinity.  stanumbers holds each currency's K.
 *
 * The lower-bound and upper-bound quantiles give the separable predicates
 * (&& << >> &< &> and @> numeric) by interpolating two histograms, as in
 * PostgreSQL's range estimator; the (lower, upper) pairs are a sample
 * stratified by lower bound and give @> <@ -|- and all join estimates.
 * Across currencies every predicate is false, so each estimate is summed
 * over the currencies the query can match, weighted by their frequency.
 * Without statistics the estimators fall back to PostgreSQL's defaults for
 * range types.
 */
#include "postgres.h"

#include <math.h>

#include "access/htup_details.h"
#include "catalog/pg_statistic.h"
#include "catalog/pg_type.h"
#include "commands/vacuum.h"
#include "fmgr.h"
#include "nodes/nodeFuncs.h"
#include "optimizer/optimizer.h"
#include "utils/builtins.h"
#include "utils/float.h"
#include "utils/lsyscache.h"
#include "utils/selfuncs.h"

#include "jr_pg.h"
#include "salary_range.h"

/* Private statistics kinds (PostgreSQL reserves 10000-30000 for these). */
#define SALARY_STATS_CURRENCIES	12801
#define SALARY_STATS_BOUNDS		12802

/* Most currencies tracked per column; the rest count as unseen. */
#define SALARY_STATS_MAX_CURRENCIES 200

/* Defaults without statistics, as PostgreSQL uses for range types. */
#define SALARY_DEFAULT_OVERLAP_SEL	0.01
#define SALARY_DEFAULT_CONTAIN_SEL	0.005

/* What an operator asks of the column's value v, given the other side q. */
typedef enum SalaryPred
{
	SP_OVERLAPS,				/* v && q */
	SP_CONTAINS,				/* v @> q */
	SP_CONTAINED_BY,			/* v <@ q */
	SP_LEFT,					/* v << q: v.hi < q.lo */
	SP_RIGHT,					/* v >> q: v.lo > q.hi */
	SP_OVERLEFT,				/* v &< q: v.hi <= q.hi */
	SP_OVERRIGHT,				/* v &> q: v.lo >= q.lo */
	SP_REV_OVERLEFT,			/* q &< v: q.hi <= v.hi */
	SP_REV_OVERRIGHT,			/* q &> v: q.lo >= v.lo */
	SP_ADJACENT,				/* v -|- q */
	SP_CONTAINS_AMOUNT,			/* v @> x (x numeric, any currency) */
	SP_UNKNOWN
} SalaryPred;

/* One value's currency and annual bounds in cents (open: -/+Infinity). */
typedef struct SalarySample
{
	char		currency[3];
	double		lo;
	double		hi;
} SalarySample;

/* Statistics of one currency, pointing into the slot arrays. */
typedef struct SalaryCurrencyStats
{
	char		currency[3];
	double		freq;			/* fraction of non-null rows */
	int			k;
	double	   *lo;				/* k lower bounds, ascending */
	double	   *pair_hi;		/* upper bounds of the same rows */
	double	   *hi;				/* k upper-bound quantiles, ascending */
} SalaryCurrencyStats;

/* A column's salary statistics, loaded from pg_statistic. */
typedef struct SalaryStats
{
	double		nullfrac;
	int			ncur;
	SalaryCurrencyStats *cur;
	AttStatsSlot currencies;
	AttStatsSlot bounds;
} SalaryStats;

/* ------------------------------------------------------------------------
 * ANALYZE
 * ------------------------------------------------------------------------ */

/* What salary_range_typanalyze keeps to chain to the standard code. */
typedef struct SalaryAnalyzeExtra
{
	AnalyzeAttrComputeStatsFunc std_compute;
	void	   *std_extra;
} SalaryAnalyzeExtra;

/* qsort order: currency, then annual lower bound, then upper bound. */
static int
salary_sample_cmp(const void *a, const void *b)
{
	const SalarySample *x = a;
	const SalarySample *y = b;
	int			c = memcmp(x->currency, y->currency, 3);

	if (c != 0)
		return c;
	if (x->lo != y->lo)
		return x->lo < y->lo ? -1 : 1;
	if (x->hi != y->hi)
		return x->hi < y->hi ? -1 : 1;
	return 0;
}

/* qsort order of doubles (infinities included, no NaN). */
static int
salary_double_cmp(const void *a, const void *b)
{
	double		x = *(const double *) a;
	double		y = *(const double *) b;

	return (x > y) - (x < y);
}

/* Annual bound in cents as a double; open bounds are infinite. */
static double
salary_annual_double(int64 annual)
{
	if (annual == JR_SAL_ANNUAL_NEG_INF)
		return -get_float8_infinity();
	if (annual == JR_SAL_ANNUAL_POS_INF)
		return get_float8_infinity();
	return (double) annual;
}

/* Index of an evenly spaced rank: i of k over n rows (first and last kept). */
static int
salary_rank(int i, int k, int n)
{
	if (k <= 1)
		return 0;
	return (int) (((int64) i * (n - 1) + (k - 1) / 2) / (k - 1));
}

/* Statistics target of the column being analyzed. */
static int
salary_stats_target(VacAttrStats *stats)
{
#if PG_VERSION_NUM >= 170000
	return stats->attstattarget;
#else
	return stats->attr->attstattarget;
#endif
}

/*
 * compute_stats: the standard statistics first, then the per-currency
 * bound slots in two free slots.
 */
static void
salary_compute_stats(VacAttrStats *stats, AnalyzeAttrFetchFunc fetchfunc,
					 int samplerows, double totalrows)
{
	SalaryAnalyzeExtra *extra = (SalaryAnalyzeExtra *) stats->extra_data;
	SalarySample *samples;
	double	   *his;
	int			n = 0;
	int			i;
	int			slot_cur = -1;
	int			slot_bounds = -1;
	int			ncur = 0;
	int			target;
	int			nbounds = 0;
	Datum	   *cur_values;
	float4	   *cur_freqs;
	Datum	   *bound_values;
	float4	   *bound_ks;
	int			start;

	stats->extra_data = extra->std_extra;
	extra->std_compute(stats, fetchfunc, samplerows, totalrows);
	stats->extra_data = extra;
	if (!stats->stats_valid)
		return;

	for (i = 0; i < STATISTIC_NUM_SLOTS; i++)
	{
		if (stats->stakind[i] != 0)
			continue;
		if (slot_cur < 0)
			slot_cur = i;
		else if (slot_bounds < 0)
			slot_bounds = i;
	}
	if (slot_bounds < 0)
		return;

	samples = palloc(sizeof(SalarySample) * Max(samplerows, 1));
	for (i = 0; i < samplerows; i++)
	{
		bool		isnull;
		Datum		value = fetchfunc(stats, i, &isnull);
		const jr_salary *sal;

		vacuum_delay_point();
		if (isnull)
			continue;
		sal = DatumGetSalaryP(value);
		memcpy(samples[n].currency, sal->currency, 3);
		samples[n].lo = salary_annual_double(jr_salary_annual_lo(sal));
		samples[n].hi = salary_annual_double(jr_salary_annual_hi(sal));
		n++;
	}
	if (n == 0)
		return;
	qsort(samples, n, sizeof(SalarySample), salary_sample_cmp);

	/* Count currencies and the values each will store. */
	target = Max(salary_stats_target(stats), 1);
	for (start = 0; start < n && ncur < SALARY_STATS_MAX_CURRENCIES;)
	{
		int			end = start;
		int			k;

		while (end < n && memcmp(samples[end].currency,
								 samples[start].currency, 3) == 0)
			end++;
		k = (int) ceil((double) (end - start) / n * (target + 1));
		k = Min(end - start, Max(k, 2));
		nbounds += 3 * k;
		ncur++;
		start = end;
	}

	cur_values = MemoryContextAlloc(stats->anl_context, sizeof(Datum) * ncur);
	cur_freqs = MemoryContextAlloc(stats->anl_context, sizeof(float4) * ncur);
	bound_values = MemoryContextAlloc(stats->anl_context,
									  sizeof(Datum) * nbounds);
	bound_ks = MemoryContextAlloc(stats->anl_context, sizeof(float4) * ncur);
	his = palloc(sizeof(double) * n);

	nbounds = 0;
	ncur = 0;
	for (start = 0; start < n && ncur < SALARY_STATS_MAX_CURRENCIES;)
	{
		int			end = start;
		int			count;
		int			k;
		MemoryContext old;

		while (end < n && memcmp(samples[end].currency,
								 samples[start].currency, 3) == 0)
			end++;
		count = end - start;
		k = (int) ceil((double) count / n * (target + 1));
		k = Min(count, Max(k, 2));

		old = MemoryContextSwitchTo(stats->anl_context);
		cur_values[ncur] = PointerGetDatum(cstring_to_text_with_len(samples[start].currency, 3));
		MemoryContextSwitchTo(old);
		cur_freqs[ncur] = (float4) ((double) count / n);
		bound_ks[ncur] = (float4) k;

		for (i = 0; i < k; i++)
			bound_values[nbounds + i] =
				Float8GetDatum(samples[start + salary_rank(i, k, count)].lo);
		for (i = 0; i < k; i++)
			bound_values[nbounds + k + i] =
				Float8GetDatum(samples[start + salary_rank(i, k, count)].hi);
		for (i = 0; i < count; i++)
			his[i] = samples[start + i].hi;
		qsort(his, count, sizeof(double), salary_double_cmp);
		for (i = 0; i < k; i++)
			bound_values[nbounds + 2 * k + i] =
				Float8GetDatum(his[salary_rank(i, k, count)]);
		nbounds += 3 * k;
		ncur++;
		start = end;
	}
	pfree(his);
	pfree(samples);

	stats->stakind[slot_cur] = SALARY_STATS_CURRENCIES;
	stats->staop[slot_cur] = InvalidOid;
	stats->stacoll[slot_cur] = InvalidOid;
	stats->stavalues[slot_cur] = cur_values;
	stats->numvalues[slot_cur] = ncur;
	stats->stanumbers[slot_cur] = cur_freqs;
	stats->numnumbers[slot_cur] = ncur;
	stats->statypid[slot_cur] = TEXTOID;
	stats->statyplen[slot_cur] = -1;
	stats->statypbyval[slot_cur] = false;
	stats->statypalign[slot_cur] = TYPALIGN_INT;

	stats->stakind[slot_bounds] = SALARY_STATS_BOUNDS;
	stats->staop[slot_bounds] = InvalidOid;
	stats->stacoll[slot_bounds] = InvalidOid;
	stats->stavalues[slot_bounds] = bound_values;
	stats->numvalues[slot_bounds] = nbounds;
	stats->stanumbers[slot_bounds] = bound_ks;
	stats->numnumbers[slot_bounds] = ncur;
	stats->statypid[slot_bounds] = FLOAT8OID;
	stats->statyplen[slot_bounds] = sizeof(float8);
	stats->statypbyval[slot_bounds] = FLOAT8PASSBYVAL;
	stats->statypalign[slot_bounds] = TYPALIGN_DOUBLE;
}

PG_FUNCTION_INFO_V1(salary_range_typanalyze);

/* salary_range_typanalyze(internal): standard ANALYZE plus bound slots. */
Datum
salary_range_typanalyze(PG_FUNCTION_ARGS)
{
	VacAttrStats *stats = (VacAttrStats *) PG_GETARG_POINTER(0);
	SalaryAnalyzeExtra *extra;

	if (!std_typanalyze(stats))
		PG_RETURN_BOOL(false);
	extra = palloc(sizeof(SalaryAnalyzeExtra));
	extra->std_compute = stats->compute_stats;
	extra->std_extra = stats->extra_data;
	stats->compute_stats = salary_compute_stats;
	stats->extra_data = extra;
	PG_RETURN_BOOL(true);
}

/* ------------------------------------------------------------------------
 * Reading statistics
 * ------------------------------------------------------------------------ */

/* Load a column's salary statistics; false when there are none. */
static bool
salary_stats_load(VariableStatData *vardata, SalaryStats *st)
{
	int			i;
	int			pos = 0;
	double	   *values;

	memset(st, 0, sizeof(*st));
	if (!HeapTupleIsValid(vardata->statsTuple))
		return false;
	st->nullfrac = ((Form_pg_statistic) GETSTRUCT(vardata->statsTuple))->stanullfrac;
	if (!get_attstatsslot(&st->currencies, vardata->statsTuple,
						  SALARY_STATS_CURRENCIES, InvalidOid,
						  ATTSTATSSLOT_VALUES | ATTSTATSSLOT_NUMBERS))
		return false;
	if (!get_attstatsslot(&st->bounds, vardata->statsTuple,
						  SALARY_STATS_BOUNDS, InvalidOid,
						  ATTSTATSSLOT_VALUES | ATTSTATSSLOT_NUMBERS))
	{
		free_attstatsslot(&st->currencies);
		return false;
	}
	st->ncur = st->currencies.nvalues;
	if (st->currencies.valuetype != TEXTOID ||
		st->bounds.valuetype != FLOAT8OID ||
		st->currencies.nnumbers != st->ncur || st->bounds.nnumbers != st->ncur)
		goto bad;
	values = palloc(sizeof(double) * Max(st->bounds.nvalues, 1));
	for (i = 0; i < st->bounds.nvalues; i++)
		values[i] = DatumGetFloat8(st->bounds.values[i]);
	st->cur = palloc(sizeof(SalaryCurrencyStats) * Max(st->ncur, 1));
	for (i = 0; i < st->ncur; i++)
	{
		text	   *code = DatumGetTextPP(st->currencies.values[i]);
		SalaryCurrencyStats *c = &st->cur[i];

		if (VARSIZE_ANY_EXHDR(code) != 3)
			goto bad;
		memcpy(c->currency, VARDATA_ANY(code), 3);
		c->freq = st->currencies.numbers[i];
		c->k = (int) st->bounds.numbers[i];
		if (c->k < 1 || pos + 3 * c->k > st->bounds.nvalues)
			goto bad;
		c->lo = values + pos;
		c->pair_hi = values + pos + c->k;
		c->hi = values + pos + 2 * c->k;
		pos += 3 * c->k;
	}
	return true;

bad:
	free_attstatsslot(&st->currencies);
	free_attstatsslot(&st->bounds);
	return false;
}

/* Release what salary_stats_load took. */
static void
salary_stats_free(SalaryStats *st)
{
	free_attstatsslot(&st->currencies);
	free_attstatsslot(&st->bounds);
}

/* The statistics of one currency, or NULL when it was not seen. */
static const SalaryCurrencyStats *
salary_stats_currency(const SalaryStats *st, const char currency[3])
{
	int			i;

	for (i = 0; i < st->ncur; i++)
		if (memcmp(st->cur[i].currency, currency, 3) == 0)
			return &st->cur[i];
	return NULL;
}

/*
 * Estimated P(X < v) (strict) or P(X <= v) from k ascending quantiles
 * h[0] = min ... h[k-1] = max, interpolating linearly inside a bin and
 * taking half a bin when a bin edge is infinite.
 */
static double
salary_hist_cdf(const double *h, int k, double v, bool strict)
{
	int			lo = 0;
	int			hi = k;
	int			j;
	double		t;

	if (k == 1)
		return (strict ? h[0] < v : h[0] <= v) ? 1.0 : 0.0;
	/* j = number of entries < v (strict) or <= v. */
	while (lo < hi)
	{
		int			mid = (lo + hi) / 2;

		if (strict ? h[mid] < v : h[mid] <= v)
			lo = mid + 1;
		else
			hi = mid;
	}
	j = lo;
	if (j == 0)
		return 0.0;
	if (j == k)
		return 1.0;
	if (strict)
	{
		/* h[j-1] < v <= h[j] */
		if (h[j] == v)
			return (double) j / (k - 1);
	}
	else
	{
		/* h[j-1] <= v < h[j] */
		if (h[j - 1] == v)
			return (double) (j - 1) / (k - 1);
	}
	if (isinf(h[j - 1]) || isinf(h[j]) || h[j] <= h[j - 1])
		t = 0.5;
	else
		t = (v - h[j - 1]) / (h[j] - h[j - 1]);
	return (j - 1 + t) / (k - 1);
}

/* Is predicate pred true of value (vlo, vhi) against query (qlo, qhi)? */
static bool
salary_pred_holds(SalaryPred pred, double vlo, double vhi, double qlo,
				  double qhi)
{
	switch (pred)
	{
		case SP_OVERLAPS:
			return vlo <= qhi && qlo <= vhi;
		case SP_CONTAINS:
			return vlo <= qlo && vhi >= qhi;
		case SP_CONTAINED_BY:
			return vlo >= qlo && vhi <= qhi;
		case SP_LEFT:
			return vhi < qlo;
		case SP_RIGHT:
			return vlo > qhi;
		case SP_OVERLEFT:
			return vhi <= qhi;
		case SP_OVERRIGHT:
			return vlo >= qlo;
		case SP_REV_OVERLEFT:
			return qhi <= vhi;
		case SP_REV_OVERRIGHT:
			return qlo >= vlo;
		case SP_ADJACENT:
			return (!isinf(vhi) && !isinf(qlo) && vhi + 1 == qlo) ||
				(!isinf(qhi) && !isinf(vlo) && qhi + 1 == vlo);
		case SP_CONTAINS_AMOUNT:
			return vlo <= qlo && qlo <= vhi;
		case SP_UNKNOWN:
			break;
	}
	return false;
}

/* Fraction of a currency's (lower, upper) sample satisfying pred vs q. */
static double
salary_pairs_fraction(const SalaryCurrencyStats *c, SalaryPred pred,
					  double qlo, double qhi)
{
	int			i;
	int			hits = 0;

	for (i = 0; i < c->k; i++)
		if (salary_pred_holds(pred, c->lo[i], c->pair_hi[i], qlo, qhi))
			hits++;
	if (hits == 0)
		return 0.5 / c->k;		/* rarer than the sample can show */
	return (double) hits / c->k;
}

/* P(pred) within one currency for a constant query [qlo, qhi]. */
static double
salary_currency_sel(const SalaryCurrencyStats *c, SalaryPred pred,
					double qlo, double qhi)
{
	double		p;
	double		bound;

	switch (pred)
	{
		case SP_OVERLAPS:
			p = salary_hist_cdf(c->lo, c->k, qhi, false) -
				salary_hist_cdf(c->hi, c->k, qlo, true);
			break;
		case SP_CONTAINS_AMOUNT:
			p = salary_hist_cdf(c->lo, c->k, qlo, false) -
				salary_hist_cdf(c->hi, c->k, qlo, true);
			break;
		case SP_LEFT:
			p = salary_hist_cdf(c->hi, c->k, qlo, true);
			break;
		case SP_RIGHT:
			p = 1.0 - salary_hist_cdf(c->lo, c->k, qhi, false);
			break;
		case SP_OVERLEFT:
			p = salary_hist_cdf(c->hi, c->k, qhi, false);
			break;
		case SP_OVERRIGHT:
			p = 1.0 - salary_hist_cdf(c->lo, c->k, qlo, true);
			break;
		case SP_REV_OVERLEFT:
			p = 1.0 - salary_hist_cdf(c->hi, c->k, qhi, true);
			break;
		case SP_REV_OVERRIGHT:
			p = salary_hist_cdf(c->lo, c->k, qlo, false);
			break;
		case SP_CONTAINS:
			bound = Min(salary_hist_cdf(c->lo, c->k, qlo, false),
						1.0 - salary_hist_cdf(c->hi, c->k, qhi, true));
			p = Min(bound, salary_pairs_fraction(c, pred, qlo, qhi));
			break;
		case SP_CONTAINED_BY:
			bound = Min(1.0 - salary_hist_cdf(c->lo, c->k, qlo, true),
						salary_hist_cdf(c->hi, c->k, qhi, false));
			p = Min(bound, salary_pairs_fraction(c, pred, qlo, qhi));
			break;
		case SP_ADJACENT:
			p = salary_pairs_fraction(c, pred, qlo, qhi);
			break;
		default:
			p = 0.0;
			break;
	}
	return Max(p, 0.0);
}

/* Selectivity without statistics (PostgreSQL's range-type defaults). */
static double
salary_default_sel(SalaryPred pred)
{
	switch (pred)
	{
		case SP_OVERLAPS:
			return SALARY_DEFAULT_OVERLAP_SEL;
		case SP_LEFT:
		case SP_RIGHT:
		case SP_OVERLEFT:
		case SP_OVERRIGHT:
		case SP_REV_OVERLEFT:
		case SP_REV_OVERRIGHT:
			return DEFAULT_INEQ_SEL;
		default:
			return SALARY_DEFAULT_CONTAIN_SEL;
	}
}

/*
 * What the operator asks of the salary_range side; *salary_on_left tells
 * which argument must be the salary_range column for the estimate to apply.
 */
static SalaryPred
salary_operator_pred(Oid operator, bool var_on_left)
{
	char	   *name = get_opname(operator);
	Oid			lefttype;
	Oid			righttype;

	if (name == NULL)
		return SP_UNKNOWN;
	op_input_types(operator, &lefttype, &righttype);
	if (strcmp(name, "&&") == 0)
		return SP_OVERLAPS;
	if (strcmp(name, "-|-") == 0)
		return SP_ADJACENT;
	if (strcmp(name, "@>") == 0)
	{
		if (righttype == NUMERICOID)
			return var_on_left ? SP_CONTAINS_AMOUNT : SP_UNKNOWN;
		return var_on_left ? SP_CONTAINS : SP_CONTAINED_BY;
	}
	if (strcmp(name, "<@") == 0)
	{
		if (lefttype == NUMERICOID)
			return var_on_left ? SP_UNKNOWN : SP_CONTAINS_AMOUNT;
		return var_on_left ? SP_CONTAINED_BY : SP_CONTAINS;
	}
	if (strcmp(name, "<<") == 0)
		return var_on_left ? SP_LEFT : SP_RIGHT;
	if (strcmp(name, ">>") == 0)
		return var_on_left ? SP_RIGHT : SP_LEFT;
	if (strcmp(name, "&<") == 0)
		return var_on_left ? SP_OVERLEFT : SP_REV_OVERLEFT;
	if (strcmp(name, "&>") == 0)
		return var_on_left ? SP_OVERRIGHT : SP_REV_OVERRIGHT;
	return SP_UNKNOWN;
}

/* ------------------------------------------------------------------------
 * Restriction selectivity
 * ------------------------------------------------------------------------ */

/* Selectivity of "column pred constant" from the column's statistics. */
static double
salary_restriction_sel(VariableStatData *vardata, SalaryPred pred,
					   Const *other)
{
	SalaryStats st;
	double		sel = 0.0;
	double		qlo;
	double		qhi;
	int			i;

	if (!salary_stats_load(vardata, &st))
		return salary_default_sel(pred);

	if (pred == SP_CONTAINS_AMOUNT)
	{
		jr_amount	x;

		salary_amount_from_numeric(NULL, other->constvalue, &x);
		qlo = qhi = x.value * 100.0;
		for (i = 0; i < st.ncur; i++)
			sel += st.cur[i].freq *
				salary_currency_sel(&st.cur[i], pred, qlo, qhi);
	}
	else
	{
		const jr_salary *q = DatumGetSalaryP(other->constvalue);
		const SalaryCurrencyStats *c = salary_stats_currency(&st, q->currency);

		qlo = salary_annual_double(jr_salary_annual_lo(q));
		qhi = salary_annual_double(jr_salary_annual_hi(q));
		if (c != NULL)
			sel = c->freq * salary_currency_sel(c, pred, qlo, qhi);
		else
		{
			/* A currency ANALYZE never saw: rarer than its sample shows. */
			sel = 0.0;
		}
	}
	sel *= 1.0 - st.nullfrac;
	salary_stats_free(&st);
	return sel;
}

PG_FUNCTION_INFO_V1(salary_range_sel);

/* salary_range_sel: restriction estimator of && @> <@ << >> &< &> -|-. */
Datum
salary_range_sel(PG_FUNCTION_ARGS)
{
	PlannerInfo *root = (PlannerInfo *) PG_GETARG_POINTER(0);
	Oid			operator = PG_GETARG_OID(1);
	List	   *args = (List *) PG_GETARG_POINTER(2);
	int			varRelid = PG_GETARG_INT32(3);
	VariableStatData vardata;
	Node	   *other;
	bool		varonleft;
	SalaryPred	pred;
	double		sel;

	if (!get_restriction_variable(root, args, varRelid, &vardata, &other,
								  &varonleft))
	{
		pred = salary_operator_pred(operator, true);
		PG_RETURN_FLOAT8(salary_default_sel(pred));
	}
	pred = salary_operator_pred(operator, varonleft);
	if (pred == SP_UNKNOWN || !IsA(other, Const))
		sel = salary_default_sel(pred);
	else if (((Const *) other)->constisnull)
		sel = 0.0;
	else
		sel = salary_restriction_sel(&vardata, pred, (Const *) other);
	ReleaseVariableStats(vardata);
	CLAMP_PROBABILITY(sel);
	PG_RETURN_FLOAT8(sel);
}

/* ------------------------------------------------------------------------
 * Join selectivity
 * ------------------------------------------------------------------------ */

/* P(pred) between two columns' samples of one currency. */
static double
salary_join_currency_sel(const SalaryCurrencyStats *a,
						 const SalaryCurrencyStats *b, SalaryPred pred)
{
	int			i;
	int			j;
	int64		hits = 0;

	for (i = 0; i < a->k; i++)
		for (j = 0; j < b->k; j++)
			if (salary_pred_holds(pred, a->lo[i], a->pair_hi[i],
								  b->lo[j], b->pair_hi[j]))
				hits++;
	if (hits == 0)
		return 0.5 / ((double) a->k * b->k);
	return (double) hits / ((double) a->k * b->k);
}

PG_FUNCTION_INFO_V1(salary_range_joinsel);

/*
 * salary_range_joinsel: join estimator of && @> <@ << >> &< &> -|- between
 * two salary_range columns: the predicate's rate over every pair of their
 * statistics samples, currency by currency.  For semi and anti joins, the
 * chance that an outer row has at least one match.
 */
Datum
salary_range_joinsel(PG_FUNCTION_ARGS)
{
	PlannerInfo *root = (PlannerInfo *) PG_GETARG_POINTER(0);
	Oid			operator = PG_GETARG_OID(1);
	List	   *args = (List *) PG_GETARG_POINTER(2);
	JoinType	jointype = (JoinType) PG_GETARG_INT16(3);
	SpecialJoinInfo *sjinfo = (SpecialJoinInfo *) PG_GETARG_POINTER(4);
	VariableStatData vardata1;
	VariableStatData vardata2;
	bool		reversed;
	SalaryPred	pred = salary_operator_pred(operator, true);
	SalaryStats st1;
	SalaryStats st2;
	double		sel = 0.0;
	int			i;

	if (pred == SP_UNKNOWN || pred == SP_CONTAINS_AMOUNT ||
		list_length(args) != 2)
		PG_RETURN_FLOAT8(salary_default_sel(pred));

	get_join_variables(root, args, sjinfo, &vardata1, &vardata2, &reversed);
	if (!salary_stats_load(&vardata1, &st1))
	{
		ReleaseVariableStats(vardata1);
		ReleaseVariableStats(vardata2);
		PG_RETURN_FLOAT8(salary_default_sel(pred));
	}
	if (!salary_stats_load(&vardata2, &st2))
	{
		salary_stats_free(&st1);
		ReleaseVariableStats(vardata1);
		ReleaseVariableStats(vardata2);
		PG_RETURN_FLOAT8(salary_default_sel(pred));
	}

	for (i = 0; i < st1.ncur; i++)
	{
		const SalaryCurrencyStats *c2 = salary_stats_currency(&st2,
															  st1.cur[i].currency);

		if (c2 != NULL)
			sel += st1.cur[i].freq * c2->freq *
				salary_join_currency_sel(&st1.cur[i], c2, pred);
	}
	sel *= (1.0 - st1.nullfrac) * (1.0 - st2.nullfrac);

	if (jointype == JOIN_SEMI || jointype == JOIN_ANTI)
	{
		RelOptInfo *inner = reversed ? vardata1.rel : vardata2.rel;
		double		inner_rows = inner ? inner->rows : 0.0;

		/* Poisson chance of at least one match among the inner rows. */
		if (inner_rows > 0)
			sel = 1.0 - exp(-sel * inner_rows);
	}

	salary_stats_free(&st1);
	salary_stats_free(&st2);
	ReleaseVariableStats(vardata1);
	ReleaseVariableStats(vardata2);
	CLAMP_PROBABILITY(sel);
	PG_RETURN_FLOAT8(sel);
}
