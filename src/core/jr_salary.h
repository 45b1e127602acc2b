/*
 * jr_salary.h
 *		Pay ranges: the salary_range value, its literal parser and printer,
 *		annualized comparison, and the finder of base pay in free text.
 *
 * Amounts are exact integers in cents of the stated period.  Values compare
 * on annualized bounds (HOUR x2080, DAY x260, WEEK x52, MONTH x12, fixed so
 * that indexes stay valid) within one currency; nothing converts currencies.
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

/* Annualization factor of a period (HOUR 2080 ... YEAR 1). */
int64_t		jr_period_factor(jr_period period);

/* Upper-case name of a period ("HOUR" ... "YEAR"). */
const char *jr_period_name(jr_period period);

/* Parse a period name or abbreviation (case-insensitive); false if unknown. */
bool		jr_period_parse(const char *s, size_t len, jr_period *out);

/* Parse a salary_range literal (canonical or as postings write it). */
jr_status	jr_salary_parse_literal(const char *s, size_t len, jr_salary *out,
									jr_error *err);

/* Append the canonical literal, e.g. "229000..262000 USD/YEAR". */
void		jr_salary_format(const jr_salary *sal, jr_buf *out);

/* Three-way comparison in btree order (currency, annual lo, annual hi). */
int			jr_salary_cmp(const jr_salary *a, const jr_salary *b);

/* A base-pay mention found in free text. */
typedef struct jr_salary_hit
{
	jr_salary	salary;
	size_t		start;			/* byte offsets [start, end) of the mention */
	size_t		end;
} jr_salary_hit;

/*
 * Find pay mentions in free text, in text order: at most max_hits into
 * hits.  Returns the number found (>= 0), or -1 with err set (only for
 * limits, cancellation or OOM; prose never causes an error).  Revenue,
 * funding, prices and "competitive" are not pay.
 */
int			jr_salary_find_all(const char *text, size_t len,
							   jr_salary_hit *hits, int max_hits,
							   jr_error *err);

#endif							/* JR_SALARY_H */
