/*
 * jr_salary_gist.c
 *		GiST math for salary_range on plain arrays (see jr_salary_gist.h).
 *
 * Keys hold annualized bounds in cents as float4, rounded outward, so the
 * key interval always covers the values below it.  Comparisons between a
 * key bound (float) and a query bound (exact int64 cents) are done exactly
 * (cmp_key_bound), so rounding never causes a false negative: consistent
 * tests for inner keys and lossy leaves are necessary conditions derived
 * from "the key covers every value below it", and exact leaves evaluate
 * the operator itself.
 *
 * The split is grouped by currency first; within one currency it is the
 * double-sorting split of Korotkov (as used by PostgreSQL's range types,
 * see rangetypes_gist.c): choose a left upper bound L and a right lower
 * bound R from the sorted bounds so that every interval fits the left
 * group (hi <= L) or the right group (lo >= R), minimising the overlap L - R
 * under a balance limit, then place the intervals that fit both sides by
 * how far they lean to either side.
 */
#include "jr_salary_gist.h"
#include "jr_salary_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Minimum share of entries on each side of a double-sorting split. */
#define LIMIT_RATIO 0.3

/* Stand-in for an infinite bound in split arithmetic (beyond any amount). */
#define BIG_BOUND 1e30

/* Pack a 3-letter upper-case code into 16 bits (alphabetical order). */
uint16_t
jr_currency_pack(const char code[3])
{
	return (uint16_t) (((code[0] - 'A') * 26 + (code[1] - 'A')) * 26 +
					   (code[2] - 'A'));
}

/* Unpack a packed code into out[0..2]; false for JR_SALKEY_MIXED. */
bool
jr_currency_unpack(uint16_t packed, char out[3])
{
	if (packed >= 26 * 26 * 26)
		return false;
	out[2] = (char) ('A' + packed % 26);
	packed /= 26;
	out[1] = (char) ('A' + packed % 26);
	out[0] = (char) ('A' + packed / 26);
	return true;
}

/* Exact three-way comparison of a finite or infinite float with an int64. */
static int
cmp_float_int64(float f, int64_t x)
{
	double		d = f;
	double		fl;
	int64_t		t;

	if (d >= 9223372036854775808.0)
		return 1;
	if (d < -9223372036854775808.0)
		return -1;
	fl = floor(d);
	t = (int64_t) fl;
	if (t < x)
		return -1;
	if (t > x)
		return 1;
	return d > fl ? 1 : 0;
}

/*
 * Compare a key bound with an exact annual bound, where the query's
 * JR_SAL_ANNUAL_NEG_INF / POS_INF sentinels equal the key's -Inf / +Inf.
 */
static int
cmp_key_bound(float f, int64_t q)
{
	if (q == JR_SAL_ANNUAL_NEG_INF)
		return (isinf(f) && f < 0) ? 0 : 1;
	if (q == JR_SAL_ANNUAL_POS_INF)
		return (isinf(f) && f > 0) ? 0 : -1;
	return cmp_float_int64(f, q);
}

/* Largest float <= x (x exact cents). */
static float
float_down(int64_t x)
{
	float		f = (float) x;

	while (cmp_float_int64(f, x) > 0)
		f = nextafterf(f, -INFINITY);
	return f;
}

/* Smallest float >= x. */
static float
float_up(int64_t x)
{
	float		f = (float) x;

	while (cmp_float_int64(f, x) < 0)
		f = nextafterf(f, INFINITY);
	return f;
}

/* A key bound rounded down to whole cents (sentinel when infinite). */
static int64_t
key_floor(float f)
{
	if (isinf(f))
		return f < 0 ? JR_SAL_ANNUAL_NEG_INF : JR_SAL_ANNUAL_POS_INF;
	return (int64_t) floor((double) f);
}

/* A key bound rounded up to whole cents (sentinel when infinite). */
static int64_t
key_ceil(float f)
{
	if (isinf(f))
		return f < 0 ? JR_SAL_ANNUAL_NEG_INF : JR_SAL_ANNUAL_POS_INF;
	return (int64_t) ceil((double) f);
}

/* The leaf key of a value (compress). */
void
jr_salary_key_from_value(const jr_salary *sal, jr_salary_key *key)
{
	bool		exact = true;

	memset(key, 0, sizeof(*key));
	key->currency = jr_currency_pack(sal->currency);
	if (sal->flags & JR_SAL_LO_INF)
		key->lo = -INFINITY;
	else
	{
		int64_t		lo = jr_salary_annual_lo(sal);

		key->lo = float_down(lo);
		exact = exact && cmp_float_int64(key->lo, lo) == 0;
	}
	if (sal->flags & JR_SAL_HI_INF)
		key->hi = INFINITY;
	else
	{
		int64_t		hi = jr_salary_annual_hi(sal);

		key->hi = float_up(hi);
		exact = exact && cmp_float_int64(key->hi, hi) == 0;
	}
	if (exact)
		key->flags |= JR_SALKEY_EXACT;
}

/* The smallest key covering keys[0..n) (union; n >= 1). */
void
jr_salary_key_union(const jr_salary_key *keys, int n, jr_salary_key *out)
{
	jr_salary_key u = keys[0];
	int			i;

	for (i = 1; i < n; i++)
	{
		if (keys[i].currency != u.currency)
			u.currency = JR_SALKEY_MIXED;
		if (keys[i].lo < u.lo)
			u.lo = keys[i].lo;
		if (keys[i].hi > u.hi)
			u.hi = keys[i].hi;
	}
	u.flags = 0;				/* an inner key is never an exact leaf */
	u.reserved = 0;
	*out = u;
}

/* True when two keys are identical (same). */
bool
jr_salary_key_same(const jr_salary_key *a, const jr_salary_key *b)
{
	return a->currency == b->currency && a->lo == b->lo && a->hi == b->hi &&
		a->flags == b->flags;
}

/* Cost of adding key add to subtree orig. */
float
jr_salary_key_penalty(const jr_salary_key *orig, const jr_salary_key *add)
{
	double		tier = 0.0;
	double		ext = 0.0;

	/* tiers: currency mismatch, then opening a bound, then growth */
	if (orig->currency != add->currency)
		tier += orig->currency == JR_SALKEY_MIXED ? 1e34 : 2e34;
	if (add->lo < orig->lo)
	{
		if (isinf(add->lo))
			tier += 1e32;
		else
			ext += (double) orig->lo - (double) add->lo;
	}
	if (add->hi > orig->hi)
	{
		if (isinf(add->hi))
			tier += 1e32;
		else
			ext += (double) add->hi - (double) orig->hi;
	}
	if (isinf(ext) || ext > 1e30)
		ext = 1e30;				/* growth from an infinite bound */
	return (float) (tier + ext);
}

/* ------------------------------------------------------------------------
 * Picksplit
 * ------------------------------------------------------------------------ */

/* One entry of a split: its index and finite stand-ins for its bounds. */
typedef struct split_item
{
	int			index;
	uint16_t	currency;
	double		lo;
	double		hi;
	double		delta;			/* common entries: lean to the right */
} split_item;

/* Order by currency, then lower bound. */
static int
cmp_currency(const void *a, const void *b)
{
	const split_item *x = a;
	const split_item *y = b;

	if (x->currency != y->currency)
		return x->currency < y->currency ? -1 : 1;
	if (x->lo != y->lo)
		return x->lo < y->lo ? -1 : 1;
	return x->index - y->index;
}

/* Order by lower bound. */
static int
cmp_lower(const void *a, const void *b)
{
	const split_item *x = a;
	const split_item *y = b;

	if (x->lo != y->lo)
		return x->lo < y->lo ? -1 : 1;
	if (x->hi != y->hi)
		return x->hi < y->hi ? -1 : 1;
	return x->index - y->index;
}

/* Order by upper bound. */
static int
cmp_upper(const void *a, const void *b)
{
	const split_item *x = a;
	const split_item *y = b;

	if (x->hi != y->hi)
		return x->hi < y->hi ? -1 : 1;
	if (x->lo != y->lo)
		return x->lo < y->lo ? -1 : 1;
	return x->index - y->index;
}

/* Order common entries by delta. */
static int
cmp_delta(const void *a, const void *b)
{
	const split_item *x = a;
	const split_item *y = b;

	if (x->delta != y->delta)
		return x->delta < y->delta ? -1 : 1;
	return x->index - y->index;
}

/* The best split found so far. */
typedef struct split_choice
{
	bool		found;
	double		overlap;
	double		ratio;
	double		left_upper;
	double		right_lower;
} split_choice;

/*
 * Consider the split "left: hi <= left_upper, right: lo >= right_lower"
 * where min_left entries must go left and max_left can.
 */
static void
consider_split(split_choice *best, int n, double right_lower, int min_left,
			   double left_upper, int max_left)
{
	int			left;
	double		ratio;
	double		overlap;

	if (min_left > max_left)
		return;
	left = n / 2;
	if (left < min_left)
		left = min_left;
	if (left > max_left)
		left = max_left;
	ratio = (double) (left < n - left ? left : n - left) / (double) n;
	if (ratio <= LIMIT_RATIO)
		return;
	overlap = left_upper - right_lower;
	if (!best->found || overlap < best->overlap ||
		(overlap == best->overlap && ratio > best->ratio))
	{
		best->found = true;
		best->overlap = overlap;
		best->ratio = ratio;
		best->left_upper = left_upper;
		best->right_lower = right_lower;
	}
}

/* Double-sorting split of items[0..n); false when no split qualifies. */
static bool
double_sorting_split(split_item *items, int n, int *left, int *nleft,
					 int *right, int *nright)
{
	split_item *by_lo = jr_alloc(sizeof(split_item) * (size_t) n);
	split_item *by_hi = jr_alloc(sizeof(split_item) * (size_t) n);
	split_item *common = jr_alloc(sizeof(split_item) * (size_t) n);
	split_choice best;
	int			i;
	int			j;
	int			ncommon = 0;
	int			min_side;
	bool		ok = false;

	memset(&best, 0, sizeof(best));
	if (by_lo == NULL || by_hi == NULL || common == NULL)
		goto done;
	memcpy(by_lo, items, sizeof(split_item) * (size_t) n);
	memcpy(by_hi, items, sizeof(split_item) * (size_t) n);
	qsort(by_lo, (size_t) n, sizeof(split_item), cmp_lower);
	qsort(by_hi, (size_t) n, sizeof(split_item), cmp_upper);

	/* pass 1: each lower bound as R; L = max upper of entries below R */
	{
		double		left_upper = -BIG_BOUND * 2;

		j = 0;
		for (i = 0; i < n;)
		{
			double		r = by_lo[i].lo;

			if (i > 0)
			{
				while (j < n && by_hi[j].hi <= left_upper)
					j++;
				consider_split(&best, n, r, i, left_upper, j);
			}
			while (i < n && by_lo[i].lo == r)
			{
				if (by_lo[i].hi > left_upper)
					left_upper = by_lo[i].hi;
				i++;
			}
		}
	}
	/* pass 2: each upper bound as L; R = min lower of entries above L */
	{
		double		right_lower = BIG_BOUND * 2;

		j = n - 1;
		for (i = n - 1; i >= 0;)
		{
			double		l = by_hi[i].hi;

			if (i < n - 1)
			{
				while (j >= 0 && by_lo[j].lo >= right_lower)
					j--;
				consider_split(&best, n, right_lower, j + 1, l, i + 1);
			}
			while (i >= 0 && by_hi[i].hi == l)
			{
				if (by_hi[i].lo < right_lower)
					right_lower = by_hi[i].lo;
				i--;
			}
		}
	}
	if (!best.found)
		goto done;

	/* distribute */
	*nleft = *nright = 0;
	for (i = 0; i < n; i++)
	{
		bool		can_left = items[i].hi <= best.left_upper;
		bool		can_right = items[i].lo >= best.right_lower;

		if (can_left && !can_right)
			left[(*nleft)++] = items[i].index;
		else if (can_right && !can_left)
			right[(*nright)++] = items[i].index;
		else
		{
			common[ncommon] = items[i];
			/* how far it sits inside the right region minus the left */
			common[ncommon].delta = (items[i].lo - best.right_lower) -
				(best.left_upper - items[i].hi);
			ncommon++;
		}
	}
	qsort(common, (size_t) ncommon, sizeof(split_item), cmp_delta);
	min_side = (int) ceil(LIMIT_RATIO * n);
	{
		int			left_needed = min_side - *nleft;
		int			right_needed = min_side - *nright;

		/* the most left-leaning fill the left, the most right-leaning the
		 * right, the rest go where they lean */
		for (i = 0; i < ncommon; i++)
		{
			if (i < left_needed)
				left[(*nleft)++] = common[i].index;
			else if (i >= ncommon - right_needed)
				right[(*nright)++] = common[i].index;
			else if (common[i].delta <= 0)
				left[(*nleft)++] = common[i].index;
			else
				right[(*nright)++] = common[i].index;
		}
	}
	ok = *nleft > 0 && *nright > 0;

done:
	jr_free(by_lo);
	jr_free(by_hi);
	jr_free(common);
	return ok;
}

/* Split keys[0..n) into two non-empty groups. */
jr_status
jr_salary_key_picksplit(const jr_salary_key *keys, int n,
						int *left, int *nleft, jr_salary_key *left_union,
						int *right, int *nright, jr_salary_key *right_union,
						jr_error *err)
{
	split_item *items;
	jr_salary_key *tmp;
	int			i;
	bool		mixed = false;

	if (n < 2)
	{
		jr_error_set(err, JR_ERR_INTERNAL, 0,
					 "salary_range picksplit needs at least two entries");
		return JR_ERR_INTERNAL;
	}
	items = jr_alloc(sizeof(split_item) * (size_t) n);
	tmp = jr_alloc(sizeof(jr_salary_key) * (size_t) n);
	if (items == NULL || tmp == NULL)
	{
		jr_free(items);
		jr_free(tmp);
		jr_error_set(err, JR_ERR_NOMEM, 0, "out of memory");
		return JR_ERR_NOMEM;
	}
	for (i = 0; i < n; i++)
	{
		items[i].index = i;
		items[i].currency = keys[i].currency;
		items[i].lo = isinf(keys[i].lo) ? -BIG_BOUND : keys[i].lo;
		items[i].hi = isinf(keys[i].hi) ? BIG_BOUND : keys[i].hi;
		items[i].delta = 0;
		if (keys[i].currency != keys[0].currency)
			mixed = true;
	}
	*nleft = *nright = 0;
	if (mixed)
	{
		/* several currencies: cut at the currency change nearest the middle */
		int			cut = -1;

		qsort(items, (size_t) n, sizeof(split_item), cmp_currency);
		for (i = 1; i < n; i++)
			if (items[i].currency != items[i - 1].currency &&
				(cut < 0 || abs(i - n / 2) < abs(cut - n / 2)))
				cut = i;
		for (i = 0; i < n; i++)
		{
			if (i < cut)
				left[(*nleft)++] = items[i].index;
			else
				right[(*nright)++] = items[i].index;
		}
	}
	else if (!double_sorting_split(items, n, left, nleft, right, nright))
	{
		/* nothing qualified (e.g. all equal): halves in sorted order */
		qsort(items, (size_t) n, sizeof(split_item), cmp_lower);
		*nleft = *nright = 0;
		for (i = 0; i < n; i++)
		{
			if (i < n / 2)
				left[(*nleft)++] = items[i].index;
			else
				right[(*nright)++] = items[i].index;
		}
	}
	for (i = 0; i < *nleft; i++)
		tmp[i] = keys[left[i]];
	jr_salary_key_union(tmp, *nleft, left_union);
	for (i = 0; i < *nright; i++)
		tmp[i] = keys[right[i]];
	jr_salary_key_union(tmp, *nright, right_union);
	jr_free(items);
	jr_free(tmp);
	return JR_OK;
}

/* ------------------------------------------------------------------------
 * Consistent and distance
 * ------------------------------------------------------------------------ */

/* True when values under key may have the query's currency. */
static bool
currency_may_match(const jr_salary_key *key, const char code[3])
{
	return key->currency == JR_SALKEY_MIXED ||
		key->currency == jr_currency_pack(code);
}

/* Consistent for a salary_range query. */
bool
jr_salary_key_consistent(const jr_salary_key *key, bool is_leaf,
						 int strategy, const jr_salary *query, bool *recheck)
{
	int64_t		qlo = jr_salary_annual_lo(query);
	int64_t		qhi = jr_salary_annual_hi(query);
	bool		exact = is_leaf && (key->flags & JR_SALKEY_EXACT);
	bool		q_lo_open = (query->flags & JR_SAL_LO_INF) != 0;
	bool		q_hi_open = (query->flags & JR_SAL_HI_INF) != 0;

	*recheck = is_leaf && !exact;
	if (!currency_may_match(key, query->currency))
		return false;

	if (exact)
	{
		/* the key's bounds are the value's: evaluate the operator */
		switch (strategy)
		{
			case JR_SALSTRAT_LEFT:
				return cmp_key_bound(key->hi, qlo) < 0;
			case JR_SALSTRAT_OVERLEFT:
				return cmp_key_bound(key->hi, qhi) <= 0;
			case JR_SALSTRAT_OVERLAPS:
				return cmp_key_bound(key->lo, qhi) <= 0 &&
					cmp_key_bound(key->hi, qlo) >= 0;
			case JR_SALSTRAT_OVERRIGHT:
				return cmp_key_bound(key->lo, qlo) >= 0;
			case JR_SALSTRAT_RIGHT:
				return cmp_key_bound(key->lo, qhi) > 0;
			case JR_SALSTRAT_SAME:
				return cmp_key_bound(key->lo, qlo) == 0 &&
					cmp_key_bound(key->hi, qhi) == 0;
			case JR_SALSTRAT_CONTAINS:
				return cmp_key_bound(key->lo, qlo) <= 0 &&
					cmp_key_bound(key->hi, qhi) >= 0;
			case JR_SALSTRAT_CONTAINED_BY:
				return cmp_key_bound(key->lo, qlo) >= 0 &&
					cmp_key_bound(key->hi, qhi) <= 0;
			case JR_SALSTRAT_ADJACENT:
				return (!q_lo_open && !isinf(key->hi) &&
						cmp_key_bound(key->hi, qlo - 1) == 0) ||
					(!q_hi_open && !isinf(key->lo) &&
					 cmp_key_bound(key->lo, qhi + 1) == 0);
			default:
				return false;
		}
	}

	/*
	 * Inner keys and lossy leaves: the key covers every value v below it
	 * (key.lo <= v.lo <= v.hi <= key.hi), so test what some v would need.
	 */
	switch (strategy)
	{
		case JR_SALSTRAT_LEFT:	/* v.hi < q.lo needs key.lo < q.lo */
			return cmp_key_bound(key->lo, qlo) < 0;
		case JR_SALSTRAT_OVERLEFT:	/* v.hi <= q.hi needs key.lo <= q.hi */
			return cmp_key_bound(key->lo, qhi) <= 0;
		case JR_SALSTRAT_OVERLAPS:
		case JR_SALSTRAT_CONTAINED_BY:	/* v within q overlaps q */
			return cmp_key_bound(key->lo, qhi) <= 0 &&
				cmp_key_bound(key->hi, qlo) >= 0;
		case JR_SALSTRAT_OVERRIGHT:	/* v.lo >= q.lo needs key.hi >= q.lo */
			return cmp_key_bound(key->hi, qlo) >= 0;
		case JR_SALSTRAT_RIGHT:	/* v.lo > q.hi needs key.hi > q.hi */
			return cmp_key_bound(key->hi, qhi) > 0;
		case JR_SALSTRAT_SAME:
		case JR_SALSTRAT_CONTAINS:	/* v contains q: so does the key */
			return cmp_key_bound(key->lo, qlo) <= 0 &&
				cmp_key_bound(key->hi, qhi) >= 0;
		case JR_SALSTRAT_ADJACENT:	/* v.hi = q.lo - 1 or v.lo = q.hi + 1 */
			return (!q_lo_open &&
					cmp_key_bound(key->lo, qlo - 1) <= 0 &&
					cmp_key_bound(key->hi, qlo - 1) >= 0) ||
				(!q_hi_open &&
				 cmp_key_bound(key->lo, qhi + 1) <= 0 &&
				 cmp_key_bound(key->hi, qhi + 1) >= 0);
		default:
			return false;
	}
}

/* Consistent for JR_SALSTRAT_CONTAINS_ELEM with an amount query. */
bool
jr_salary_key_consistent_amount(const jr_salary_key *key, bool is_leaf,
								int strategy, const jr_amount *query,
								bool *recheck)
{
	bool		exact = is_leaf && (key->flags & JR_SALKEY_EXACT);

	*recheck = is_leaf && !exact;
	if (strategy != JR_SALSTRAT_CONTAINS_ELEM)
		return false;
	if (exact)
		return jr_sal_interval_contains_amount(key_floor(key->lo),
											   key_ceil(key->hi), query);
	/* some v has v.lo <= x <= v.hi; v.lo <= floor(x), v.hi >= ceil(x) */
	if (cmp_key_bound(key->lo, query->cents) > 0)
		return false;
	if (query->inexact)
		return cmp_key_bound(key->hi, query->cents + 1) >= 0;
	return cmp_key_bound(key->hi, query->cents) >= 0;
}

/* KNN distance from a salary_range query to any value under key. */
double
jr_salary_key_distance(const jr_salary_key *key, bool is_leaf,
					   const jr_salary *query, bool *recheck)
{
	*recheck = is_leaf && !(key->flags & JR_SALKEY_EXACT);
	if (!currency_may_match(key, query->currency))
		return HUGE_VAL;

	/*
	 * Rounding the key outward to whole cents keeps the key interval around
	 * every value below it; the gap formula is monotone, so the result is
	 * a lower bound (and exact for exact leaves).
	 */
	return jr_sal_interval_gap(key_floor(key->lo), key_ceil(key->hi),
							   jr_salary_annual_lo(query),
							   jr_salary_annual_hi(query));
}

/* KNN distance from an amount query (currency-blind). */
double
jr_salary_key_distance_amount(const jr_salary_key *key, bool is_leaf,
							  const jr_amount *query, bool *recheck)
{
	*recheck = is_leaf && !(key->flags & JR_SALKEY_EXACT);
	return jr_sal_interval_gap_amount(key_floor(key->lo), key_ceil(key->hi),
									  query);
}

/* ------------------------------------------------------------------------
 * Sort order for sorted builds
 * ------------------------------------------------------------------------ */

/* Map a float to a uint32 with the same order. */
static uint32_t
float_order_bits(float f)
{
	uint32_t	u;

	memcpy(&u, &f, sizeof(u));
	return (u & 0x80000000u) ? ~u : (u | 0x80000000u);
}

/*
 * Order-preserving 64-bit summary: currency (16 bits), bound class (2 bits:
 * closed, open lower, open upper, both), midpoint of the interval (32
 * bits, as an ordered float; the finite bound for an open interval), then
 * the top of the width's float bits (14 bits).
 */
uint64_t
jr_salary_key_sort_value(const jr_salary_key *key)
{
	bool		lo_inf = isinf(key->lo);
	bool		hi_inf = isinf(key->hi);
	uint64_t	cls = (uint64_t) (lo_inf ? 1 : 0) | (uint64_t) (hi_inf ? 2 : 0);
	float		mid;
	float		width;

	if (lo_inf && hi_inf)
		mid = 0.0f;
	else if (lo_inf)
		mid = key->hi;
	else if (hi_inf)
		mid = key->lo;
	else
		mid = (float) (((double) key->lo + (double) key->hi) / 2.0);
	width = (lo_inf || hi_inf) ? 0.0f : key->hi - key->lo;
	return ((uint64_t) key->currency << 48) | (cls << 46) |
		((uint64_t) float_order_bits(mid) << 14) |
		(uint64_t) (float_order_bits(width) >> 18);
}

/* Three-way comparator for sorted builds. */
int
jr_salary_key_sort_cmp(const jr_salary_key *a, const jr_salary_key *b)
{
	uint64_t	x = jr_salary_key_sort_value(a);
	uint64_t	y = jr_salary_key_sort_value(b);

	if (x != y)
		return x < y ? -1 : 1;
	if (a->lo != b->lo)
		return a->lo < b->lo ? -1 : 1;
	if (a->hi != b->hi)
		return a->hi < b->hi ? -1 : 1;
	if (a->flags != b->flags)
		return a->flags < b->flags ? -1 : 1;
	return 0;
}
