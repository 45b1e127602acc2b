/*
 * jr_salary.h
 *		Pay ranges: the salary_range value, its literal parser and printer,
 *		annualized comparison, and the finder of base pay in free text.
 *
 * Amounts are exact integers in cents of the stated period.  Values compare
 * on annualized bounds (HOUR x2080, DAY x260, WEEK x52, MONTH x12, fixed so
 * that indexes stay valid) within one currency; nothing converts currencies.
 *
 * Bounds are inclusive and exact to the cent.  Open bounds ("up to 90k",
 * "120k+") are flagged and compare as minus/plus infinity.  Predicates
 * follow PostgreSQL's range operators with inclusive bounds on a discrete
 * axis of cents; across currencies every predicate is false.
 */
#ifndef JR_SALARY_H
#define JR_SALARY_H

#include "jr_buf.h"
#include "jr_core.h"

typedef enum jr_period
{
	JR_PERIOD_HOUR = 0,
	JR_PERIOD_DAY = 1,
	JR_PERIOD_WEEK = 2,
	JR_PERIOD_MONTH = 3,
	JR_PERIOD_YEAR = 4
} jr_period;

#define JR_SAL_LO_INF	0x01	/* no lower bound ("up to 90k") */
#define JR_SAL_HI_INF	0x02	/* no upper bound ("120k+") */

/* Largest amount accepted, in cents: one trillion major units. */
#define JR_SAL_MAX_CENTS INT64_C(100000000000000)

/* Largest annualized amount: JR_SAL_MAX_CENTS per hour, in cents per year. */
#define JR_SAL_MAX_ANNUAL_CENTS (JR_SAL_MAX_CENTS * 2080)

/*
 * Annualized bounds of an open side: below/above every real amount, so
 * comparisons need no special cases.  Real annual amounts are in
 * [0, JR_SAL_MAX_ANNUAL_CENTS].
 */
#define JR_SAL_ANNUAL_NEG_INF INT64_MIN
#define JR_SAL_ANNUAL_POS_INF INT64_MAX

/*
 * A pay range; exactly 24 bytes, fixed length, the on-disk value of the SQL
 * type salary_range.  Unused bound fields are 0.
 */
typedef struct jr_salary
{
	int64_t		lo;				/* cents per period, unless JR_SAL_LO_INF */
	int64_t		hi;				/* cents per period, unless JR_SAL_HI_INF */
	char		currency[3];	/* ISO 4217 code, upper case, not terminated */
	uint8_t		period;			/* jr_period */
	uint8_t		flags;			/* JR_SAL_* */
	uint8_t		reserved[3];	/* zero */
} jr_salary;

/* ------------------------------------------------------------------------
 * Periods and currencies
 * ------------------------------------------------------------------------ */

/* Annualization factor of a period (HOUR 2080 ... YEAR 1). */
int64_t		jr_period_factor(jr_period period);

/* Upper-case name of a period ("HOUR" ... "YEAR"). */
const char *jr_period_name(jr_period period);

/*
 * Parse a period name or abbreviation (case-insensitive, surrounding blanks
 * ignored): HOUR/hourly/hr/h, DAY/daily, WEEK/weekly/wk, MONTH/monthly/mo/
 * mth, YEAR/yearly/yr/annual/annually/annum/pa/p.a.; false if unknown.
 */
bool		jr_period_parse(const char *s, size_t len, jr_period *out);

/*
 * True when s[0, len) is a known ISO 4217 code (case-insensitive); the
 * upper-case code is stored in out[0..2].
 */
bool		jr_currency_parse(const char *s, size_t len, char out[3]);

/* ------------------------------------------------------------------------
 * Literals
 * ------------------------------------------------------------------------ */

/*
 * Parse a salary_range literal (canonical or as postings write it).  On
 * failure: JR_ERR_SYNTAX (message "invalid input syntax for type
 * salary_range: \"...\"", detail a sentence) or JR_ERR_RANGE for amounts
 * above JR_SAL_MAX_CENTS.  Input need not be NUL-terminated.
 */
jr_status	jr_salary_parse_literal(const char *s, size_t len, jr_salary *out,
									jr_error *err);

/* Append the canonical literal, e.g. "229000..262000 USD/YEAR". */
void		jr_salary_format(const jr_salary *sal, jr_buf *out);

/*
 * Parse a plain decimal amount in major units ("120000", "25.5", "-3",
 * " 1e3" is not accepted) into cents; must be exact to the cent.  Used for
 * numeric arguments (the glue passes numeric_out text).  JR_ERR_ARGUMENT
 * when not a number or finer than a cent, JR_ERR_RANGE when beyond
 * +-JR_SAL_MAX_ANNUAL_CENTS.
 */
jr_status	jr_amount_parse(const char *s, size_t len, int64_t *cents,
							jr_error *err);

/* Append cents as a decimal in major units without trailing zeros. */
void		jr_amount_format(int64_t cents, jr_buf *out);

/*
 * Build a value from min/max amount text (NULL: open bound), currency code
 * and period name (as jr_period_parse accepts).  Bad currency or period or
 * min > max: JR_ERR_ARGUMENT; a negative amount or one above
 * JR_SAL_MAX_CENTS: JR_ERR_RANGE; both bounds open: JR_ERR_ARGUMENT.
 * "-Infinity" as min and "Infinity" as max mean an open bound.
 */
jr_status	jr_salary_make(const char *min, size_t min_len,
						   const char *max, size_t max_len,
						   const char *currency, size_t currency_len,
						   const char *period, size_t period_len,
						   jr_salary *out, jr_error *err);

/* True when sal is well-formed (flags, period, currency, bounds, order). */
bool		jr_salary_valid(const jr_salary *sal);

/* ------------------------------------------------------------------------
 * Annualized comparison
 * ------------------------------------------------------------------------ */

/* Annual lower bound in cents, JR_SAL_ANNUAL_NEG_INF when open. */
int64_t		jr_salary_annual_lo(const jr_salary *sal);

/* Annual upper bound in cents, JR_SAL_ANNUAL_POS_INF when open. */
int64_t		jr_salary_annual_hi(const jr_salary *sal);

/* Three-way comparison in btree order (currency, annual lo, annual hi). */
int			jr_salary_cmp(const jr_salary *a, const jr_salary *b);

/* Equality: same currency, annual bounds and bound kinds (period ignored). */
bool		jr_salary_eq(const jr_salary *a, const jr_salary *b);

/*
 * Hash agreeing with jr_salary_eq (currency, annual bounds, flags; not the
 * period).  With seed 0 the low 32 bits are the standard hash, as
 * PostgreSQL's extended hash support requires.
 */
uint64_t	jr_salary_hash(const jr_salary *sal, uint64_t seed);

/* Predicates, all false across currencies.  && overlap (inclusive). */
bool		jr_salary_overlaps(const jr_salary *a, const jr_salary *b);

/* @>: a contains b. */
bool		jr_salary_contains(const jr_salary *a, const jr_salary *b);

/* <@: a is contained by b. */
bool		jr_salary_contained_by(const jr_salary *a, const jr_salary *b);

/* <<: a is strictly left of b (a.hi < b.lo). */
bool		jr_salary_left(const jr_salary *a, const jr_salary *b);

/* >>: a is strictly right of b (a.lo > b.hi). */
bool		jr_salary_right(const jr_salary *a, const jr_salary *b);

/* &<: a does not extend to the right of b (a.hi <= b.hi). */
bool		jr_salary_overleft(const jr_salary *a, const jr_salary *b);

/* &>: a does not extend to the left of b (a.lo >= b.lo). */
bool		jr_salary_overright(const jr_salary *a, const jr_salary *b);

/*
 * -|-: adjacent.  Bounds are inclusive on a discrete axis of annual cents,
 * so a and b are adjacent when a.hi + 1 cent == b.lo or b.hi + 1 cent ==
 * a.lo (like int4range's [1,5] and [6,9]).  Open bounds are never adjacent.
 */
bool		jr_salary_adjacent(const jr_salary *a, const jr_salary *b);

/*
 * A plain annual amount as a query operand (salary_range @> numeric,
 * <-> numeric), taken to be in the range's currency.  Any numeric value is
 * representable: finer than a cent, or beyond every stored amount.
 */
typedef struct jr_amount
{
	int64_t		cents;			/* floor in cents, saturated to
								 * +-(JR_SAL_MAX_ANNUAL_CENTS + 1) */
	bool		inexact;		/* strictly between cents and cents + 1 (or
								 * beyond the saturation point) */
	double		value;			/* the amount in major units, for distances */
} jr_amount;

/* An amount of exactly annual_cents (|annual_cents| <= the maximum). */
jr_amount	jr_amount_from_cents(int64_t annual_cents);

/*
 * Parse any decimal text ("100000", "-1.005", "1e6" is not accepted,
 * "Infinity", "-Infinity") as a query amount; false when it is not a
 * number (e.g. "NaN").
 */
bool		jr_amount_parse_query(const char *s, size_t len, jr_amount *out);

/* @> amount: the annual amount (in sal's currency) is in sal. */
bool		jr_salary_contains_amount(const jr_salary *sal, const jr_amount *x);

/*
 * <->: 0 when overlapping, else the annual gap in major units; +Infinity
 * across currencies.
 */
double		jr_salary_distance(const jr_salary *a, const jr_salary *b);

/* <-> amount: 0 when inside, else the annual gap in major units. */
double		jr_salary_distance_amount(const jr_salary *sal, const jr_amount *x);

/* ------------------------------------------------------------------------
 * Conversions
 * ------------------------------------------------------------------------ */

/*
 * The same range stated per target period: annual bounds divided by the
 * target's factor, exact when divisible, else rounded to the nearest cent
 * (half away from zero; amounts are never negative, so half-up).  Open
 * bounds stay open.  JR_ERR_RANGE when a bound exceeds JR_SAL_MAX_CENTS
 * (e.g. a huge hourly rate stated per YEAR).
 */
jr_status	jr_salary_to_period(const jr_salary *sal, jr_period period,
								jr_salary *out, jr_error *err);

/* salary_annual: jr_salary_to_period(sal, JR_PERIOD_YEAR, ...). */
jr_status	jr_salary_annual(const jr_salary *sal, jr_salary *out,
							 jr_error *err);

/*
 * Annual midpoint in cents, rounded half-up to the cent; false (nothing
 * stored) when a bound is open.
 */
bool		jr_salary_midpoint(const jr_salary *sal, int64_t *annual_cents);

/* ------------------------------------------------------------------------
 * Pay in free text
 * ------------------------------------------------------------------------ */

/* jr_salary_hit.evidence bits: what the mention itself stated. */
#define JR_HIT_CURRENCY		0x01	/* a currency symbol or code */
#define JR_HIT_PERIOD		0x02	/* a period word ("per hour", "/yr") */
#define JR_HIT_PERIOD_GUESS	0x04	/* period inferred from magnitude */
#define JR_HIT_CONTEXT		0x08	/* a pay word nearby (salary, pay, ...) */

/* A base-pay mention found in free text. */
typedef struct jr_salary_hit
{
	jr_salary	salary;
	size_t		start;			/* byte offsets [start, end) of the mention */
	size_t		end;
	uint8_t		evidence;		/* JR_HIT_* */
} jr_salary_hit;

/*
 * Find pay mentions in free text, in text order: at most max_hits into
 * hits.  Returns the number found (>= 0), or -1 with err set (only for
 * limits, cancellation or OOM; prose never causes an error).  Revenue,
 * funding, prices and "competitive" are not pay.  Linear in len.
 */
int			jr_salary_find_all(const char *text, size_t len,
							   jr_salary_hit *hits, int max_hits,
							   jr_error *err);

#endif							/* JR_SALARY_H */
