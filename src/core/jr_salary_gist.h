/*
 * jr_salary_gist.h
 *		GiST math for salary_range on plain arrays: the compact index key,
 *		union, penalty, picksplit, consistent, KNN distance and the sort
 *		order for sorted builds.  No PostgreSQL types; the glue in src/pg
 *		wraps these in the GiST support functions.
 *
 * A key is 12 bytes: the annualized bounds in cents as float4 rounded
 * outward (down for the lower bound, up for the upper), so a key always
 * covers the value it stands for; open bounds are -Inf/+Inf.  The currency
 * is packed into 16 bits (three letters base 26, alphabetical order), or
 * JR_SALKEY_MIXED for a union over several currencies.  A leaf key whose
 * bounds were representable exactly is flagged JR_SALKEY_EXACT and answers
 * without recheck; other leaves are lossy and ask for a recheck.
 */
#ifndef JR_SALARY_GIST_H
#define JR_SALARY_GIST_H

#include "jr_salary.h"

/* Strategy numbers, the same as PostgreSQL's RT*StrategyNumber. */
#define JR_SALSTRAT_LEFT			1	/* << */
#define JR_SALSTRAT_OVERLEFT		2	/* &< */
#define JR_SALSTRAT_OVERLAPS		3	/* && */
#define JR_SALSTRAT_OVERRIGHT		4	/* &> */
#define JR_SALSTRAT_RIGHT			5	/* >> */
#define JR_SALSTRAT_SAME			6	/* = */
#define JR_SALSTRAT_CONTAINS		7	/* @> salary_range */
#define JR_SALSTRAT_CONTAINED_BY	8	/* <@ salary_range */
#define JR_SALSTRAT_DISTANCE		15	/* <-> (ordering) */
#define JR_SALSTRAT_CONTAINS_ELEM	16	/* @> numeric */
#define JR_SALSTRAT_ADJACENT		17	/* -|- */

#define JR_SALKEY_MIXED		UINT16_C(0xFFFF)	/* union over currencies */
#define JR_SALKEY_EXACT		0x01	/* leaf bounds are exact (no recheck) */

/* The GiST key: 12 bytes, fixed length, stored in the index. */
typedef struct jr_salary_key
{
	float		lo;				/* annual cents, rounded down; -Inf if open */
	float		hi;				/* annual cents, rounded up; +Inf if open */
	uint16_t	currency;		/* packed code or JR_SALKEY_MIXED */
	uint8_t		flags;			/* JR_SALKEY_* */
	uint8_t		reserved;		/* zero */
} jr_salary_key;

/* Pack a 3-letter upper-case code into 16 bits (alphabetical order). */
uint16_t	jr_currency_pack(const char code[3]);

/* Unpack a packed code into out[0..2]; false for JR_SALKEY_MIXED. */
bool		jr_currency_unpack(uint16_t packed, char out[3]);

/* The leaf key of a value (compress). */
void		jr_salary_key_from_value(const jr_salary *sal, jr_salary_key *key);

/* The smallest key covering keys[0..n) (union; n >= 1). */
void		jr_salary_key_union(const jr_salary_key *keys, int n,
								jr_salary_key *out);

/* True when two keys are identical (same). */
bool		jr_salary_key_same(const jr_salary_key *a, const jr_salary_key *b);

/*
 * Cost of adding key add to subtree orig: a currency mismatch costs most,
 * then making a bound open, then the growth of the annual interval.
 * Non-negative, finite, 0 when orig already covers add.
 */
float		jr_salary_key_penalty(const jr_salary_key *orig,
								  const jr_salary_key *add);

/*
 * Split keys[0..n) (n >= 2) into two non-empty groups: left[] and right[]
 * receive indexes into keys (each must have room for n), with their counts
 * and unions.  Groups by currency first, then a double-sorting split of the
 * annual intervals.  JR_ERR_NOMEM on allocation failure.
 */
jr_status	jr_salary_key_picksplit(const jr_salary_key *keys, int n,
									int *left, int *nleft,
									jr_salary_key *left_union,
									int *right, int *nright,
									jr_salary_key *right_union,
									jr_error *err);

/*
 * Consistent for a salary_range query: could a value under key satisfy
 * "value OP query" for strategy?  Exact for JR_SALKEY_EXACT leaves; for
 * other leaves and inner keys conservative (never a false negative), with
 * *recheck set for lossy leaves.  Unknown strategy: false.
 */
bool		jr_salary_key_consistent(const jr_salary_key *key, bool is_leaf,
									 int strategy, const jr_salary *query,
									 bool *recheck);

/* Consistent for JR_SALSTRAT_CONTAINS_ELEM with an amount query. */
bool		jr_salary_key_consistent_amount(const jr_salary_key *key,
											bool is_leaf, int strategy,
											const jr_amount *query,
											bool *recheck);

/*
 * KNN distance (major units) from the query to any value under key: a
 * lower bound of the true distance, exact for JR_SALKEY_EXACT leaves
 * (*recheck false) and lossy otherwise (*recheck true on leaves).
 */
double		jr_salary_key_distance(const jr_salary_key *key, bool is_leaf,
								   const jr_salary *query, bool *recheck);

/* KNN distance from an amount query (currency-blind), as above. */
double		jr_salary_key_distance_amount(const jr_salary_key *key,
										  bool is_leaf,
										  const jr_amount *query,
										  bool *recheck);

/*
 * Sort order for sorted GiST builds: currency, then the midpoint of the
 * annual interval, then its width, so sorted runs make tight pages.
 * jr_salary_key_sort_value is an order-preserving 64-bit summary (usable
 * as an abbreviated key); the comparator breaks its ties.
 */
uint64_t	jr_salary_key_sort_value(const jr_salary_key *key);

/* Three-way comparator for sorted builds (see above). */
int			jr_salary_key_sort_cmp(const jr_salary_key *a,
								   const jr_salary_key *b);

#endif							/* JR_SALARY_GIST_H */
