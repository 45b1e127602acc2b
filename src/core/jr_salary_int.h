/*
 * jr_salary_int.h
 *		Internals shared by the salary_range core files: the scanner of pay
 *		mentions used both by the literal parser and by the finder of pay in
 *		free text.  Not part of the core API.
 */
#ifndef JR_SALARY_INT_H
#define JR_SALARY_INT_H

#include "jr_salary.h"

/* How strictly a mention is scanned. */
typedef enum jr_sal_mode
{
	JR_SAL_MODE_LITERAL,		/* whole input, every problem is an error */
	JR_SAL_MODE_FIND			/* a prefix of running text, stop quietly */
} jr_sal_mode;

/* Words before a mention that the finder saw (JR_SAL_PRE_*). */
#define JR_SAL_PRE_UPTO		0x01	/* "up to", "max": open lower bound */
#define JR_SAL_PRE_FROM		0x02	/* "from", "starting at": open upper */
#define JR_SAL_PRE_BETWEEN	0x04	/* "between": "and" joins bounds */

/* One amount as written, before currency-dependent interpretation. */
typedef struct jr_sal_amount
{
	bool		present;
	bool		negative;		/* a leading minus sign (literal only) */
	bool		too_big;		/* more integer digits than we keep */
	bool		bad;			/* malformed digit grouping */
	bool		grouped;		/* thousands separators were used */
	bool		ambiguous;		/* "d.ddd": decimal or thousands */
	uint64_t	ival;			/* integer part (dot as decimal point) */
	uint64_t	alt_ival;		/* integer part if ambiguous (thousands) */
	char		frac[24];		/* fraction digits, NUL-terminated */
	int64_t		mult;			/* multiplier (1, 1000, 100000, ...) */
	bool		has_mult;		/* a suffix such as K was written */
	bool		huge_mult;		/* billion/trillion: never pay */
	bool		million;		/* M/million: rarely pay */
	int			period;			/* jr_period stated with it, or -1 */
	size_t		start;			/* byte span of the digits */
	size_t		end;
} jr_sal_amount;

/* A scanned mention: up to two amounts plus currency and period. */
typedef struct jr_sal_mention
{
	size_t		start;
	size_t		end;
	jr_sal_amount a[2];			/* a[0] lower or single, a[1] upper */
	int			namounts;
	bool		open_lo;		/* "up to", "..HI" */
	bool		open_hi;		/* "+", "from", "LO.." */
	bool		has_currency;
	bool		has_symbol;		/* written as a symbol ($, EUR sign) */
	bool		has_period;
	int			period;			/* resolved jr_period or -1 */
	char		currency[3];	/* resolved, when has_currency */
	bool		lakh_default;	/* LPA/lakh/crore: INR when no currency */
	bool		percent;		/* followed by '%' */
	jr_salary	value;			/* filled by jr_sal_mention_value() */
} jr_sal_mention;

/*
 * Scan a mention starting at byte pos of s[0, len).  In literal mode the
 * whole input must be one mention; in find mode the mention ends quietly
 * at the first token that does not belong to it.  Returns JR_OK with m
 * filled, or an error (syntax/range) with err set; *resume receives a
 * position after pos from which a caller scanning text may continue.
 */
jr_status	jr_sal_scan_mention(const char *s, size_t len, size_t pos,
								jr_sal_mode mode, unsigned pre,
								jr_sal_mention *m, size_t *resume,
								jr_error *err);

/*
 * Turn a scanned mention into a value: resolve ambiguous numbers by
 * currency, apply multipliers, check precision, range and order.  Period
 * must be resolved (m->period >= 0) by the caller or defaults to YEAR.
 */
jr_status	jr_sal_mention_value(const char *s, size_t len,
								 jr_sal_mention *m, jr_sal_mode mode,
								 jr_error *err);

/* Case-insensitive comparison of s[0, len) with a lower-case word. */
bool		jr_sal_word_eq(const char *s, size_t len, const char *word);

/* Exact interval helpers shared with the GiST code. */
bool		jr_sal_interval_contains_amount(int64_t lo, int64_t hi,
											const jr_amount *x);
double		jr_sal_interval_gap(int64_t alo, int64_t ahi, int64_t blo,
								int64_t bhi);
double		jr_sal_interval_gap_amount(int64_t lo, int64_t hi,
									   const jr_amount *x);

/* Length of the whitespace (ASCII or Unicode) at s[i], 0 if none. */
size_t		jr_sal_space_len(const char *s, size_t len, size_t i);

/* True when a word ends before s[j] in run-together text ("aB", "ABc"). */
bool		jr_sal_word_break(const char *s, size_t len, size_t j);

/* True when a symbol ending at s[i] is followed by garbled text. */
bool		jr_sal_symbol_garbled(const char *s, size_t len, size_t i);

/* Code of a currency symbol at s[i] and its byte length (0 if none). */
size_t		jr_sal_symbol_at(const char *s, size_t len, size_t i,
							 char code[3], bool *generic_dollar);

/* True when the finder's word list is sorted (a unit test checks). */
bool		jr_sal_lexicon_sorted(void);

/*
 * Bytes examined by the scanner and the finder since the process started:
 * a work counter the unit tests use to prove linear time without timing.
 */
extern uint64_t jr_sal_work;

#endif							/* JR_SALARY_INT_H */
