/*
 * jr_salary_text.c
 *		Find base-pay mentions in free text (parse_salary, parse_posting).
 *
 * One forward pass over the text.  Words are classified as they go by
 * (pay words, non-pay money words, period adjectives, "up to"/"from"/
 * "between"), so the context of a candidate is known in O(1) when it is
 * reached.  Candidates start at a currency symbol or code or at a number
 * that begins a token; the shared mention scanner (jr_salary_parse.c)
 * reads the amount(s) and the pass resumes after the candidate, never
 * inside it, so every byte is looked at a bounded number of times.
 *
 * A candidate is pay when:
 *	- it is not billions/millions ("$5B in revenue"), a percentage, a
 *	  401(k), a year ("2025"), or part of a phone number or identifier;
 *	- the nearest context word (looking back within the clause, or a few
 *	  words ahead up to a joiner such as "plus" or a comma) is not a
 *	  non-pay money word (revenue, funding, bonus, equity, commission, OTE,
 *	  referral, tuition, price, ...);
 *	- it states a currency, or else a pay word (salary, pay, wage, rate,
 *	  compensation, ...) is that nearest context and the number looks like
 *	  pay (a range, thousands separators, a K suffix or a period word).
 * The period is the one stated with the amounts ("per hour", "/yr",
 * "annually"); else a period adjective earlier in the clause ("Hourly pay
 * rate: $18-34") when plausible for the amounts; else guessed from the
 * magnitude: below 300 is HOUR (only for a range or with a pay word),
 * 10000 and above is YEAR, anything between is too ambiguous to report.
 */
#include "jr_salary_int.h"

#include <string.h>

/* Word classes. */
#define KW_NONE		0
#define KW_PAY		1			/* salary, pay, wage, ... */
#define KW_NONPAY	2			/* revenue, bonus, equity, ... */
#define KW_UNIT		3			/* years, employees: a count, not money */
#define KW_JOIN		4			/* plus, with: ends a look-ahead */

/* Prefix words, for "up to", "from", "between". */
#define PW_NONE		0
#define PW_UP		1
#define PW_TO		2
#define PW_UPTO		3			/* upto, max, maximum, under, below */
#define PW_LESS		4
#define PW_THAN		5
#define PW_AT		6
#define PW_MOST		7
#define PW_LEAST	8
#define PW_FROM		9			/* from, min, minimum, over, above */
#define PW_STARTING 10
#define PW_MORE		11
#define PW_BETWEEN	12
#define PW_NO		13

typedef struct lexword
{
	const char *w;
	unsigned char kw;			/* KW_* */
	signed char period;			/* period adjective, or -1 */
	unsigned char pw;			/* PW_* */
} lexword;

/* The finder's vocabulary, sorted by word for binary search. */
static const lexword lexicon[] = {
	{"above", KW_NONE, -1, PW_FROM},
	{"acquired", KW_NONPAY, -1, 0},
	{"acquisition", KW_NONPAY, -1, 0},
	{"acquisitions", KW_NONPAY, -1, 0},
	{"allowance", KW_NONPAY, -1, 0},
	{"also", KW_JOIN, -1, 0},
	{"annual", KW_NONE, JR_PERIOD_YEAR, 0},
	{"annually", KW_NONE, JR_PERIOD_YEAR, 0},
	{"arr", KW_NONPAY, -1, 0},
	{"assets", KW_NONPAY, -1, 0},
	{"at", KW_NONE, -1, PW_AT},
	{"aum", KW_NONPAY, -1, 0},
	{"award", KW_NONPAY, -1, 0},
	{"awards", KW_NONPAY, -1, 0},
	{"base", KW_PAY, -1, 0},
	{"based", KW_JOIN, -1, 0},
	{"below", KW_NONE, -1, PW_UPTO},
	{"benefit", KW_NONPAY, -1, 0},
	{"between", KW_NONE, -1, PW_BETWEEN},
	{"billion", KW_NONPAY, -1, 0},
	{"bonus", KW_NONPAY, -1, 0},
	{"bonuses", KW_NONPAY, -1, 0},
	{"budget", KW_NONPAY, -1, 0},
	{"budgets", KW_NONPAY, -1, 0},
	{"business", KW_NONPAY, -1, 0},
	{"cap", KW_NONPAY, -1, 0},
	{"capital", KW_NONPAY, -1, 0},
	{"capitalization", KW_NONPAY, -1, 0},
	{"card", KW_NONPAY, -1, 0},
	{"clients", KW_UNIT, -1, 0},
	{"commensurate", KW_JOIN, -1, 0},
	{"commission", KW_NONPAY, -1, 0},
	{"commissions", KW_NONPAY, -1, 0},
	{"comp", KW_PAY, -1, 0},
	{"company", KW_NONPAY, -1, 0},
	{"compensation", KW_PAY, -1, 0},
	{"cost", KW_NONPAY, -1, 0},
	{"costs", KW_NONPAY, -1, 0},
	{"countries", KW_UNIT, -1, 0},
	{"credit", KW_NONPAY, -1, 0},
	{"credits", KW_NONPAY, -1, 0},
	{"ctc", KW_PAY, -1, 0},
	{"customers", KW_UNIT, -1, 0},
	{"daily", KW_NONE, JR_PERIOD_DAY, 0},
	{"days", KW_UNIT, -1, 0},
	{"deal", KW_NONPAY, -1, 0},
	{"deals", KW_NONPAY, -1, 0},
	{"debt", KW_NONPAY, -1, 0},
	{"deductible", KW_NONPAY, -1, 0},
	{"depending", KW_JOIN, -1, 0},
	{"discount", KW_NONPAY, -1, 0},
	{"discounts", KW_NONPAY, -1, 0},
	{"donation", KW_NONPAY, -1, 0},
	{"donations", KW_NONPAY, -1, 0},
	{"earn", KW_PAY, -1, 0},
	{"earning", KW_PAY, -1, 0},
	{"earnings", KW_PAY, -1, 0},
	{"earns", KW_PAY, -1, 0},
	{"employees", KW_UNIT, -1, 0},
	{"equity", KW_NONPAY, -1, 0},
	{"excluding", KW_JOIN, -1, 0},
	{"expenditure", KW_NONPAY, -1, 0},
	{"expenditures", KW_NONPAY, -1, 0},
	{"fee", KW_NONPAY, -1, 0},
	{"fees", KW_NONPAY, -1, 0},
	{"financing", KW_NONPAY, -1, 0},
	{"from", KW_NONE, -1, PW_FROM},
	{"fund", KW_NONPAY, -1, 0},
	{"funded", KW_NONPAY, -1, 0},
	{"funding", KW_NONPAY, -1, 0},
	{"fundraising", KW_NONPAY, -1, 0},
	{"funds", KW_NONPAY, -1, 0},
	{"gift", KW_NONPAY, -1, 0},
	{"gifts", KW_NONPAY, -1, 0},
	{"gmv", KW_NONPAY, -1, 0},
	{"grant", KW_NONPAY, -1, 0},
	{"grants", KW_NONPAY, -1, 0},
	{"hourly", KW_PAY, JR_PERIOD_HOUR, 0},
	{"hours", KW_UNIT, -1, 0},
	{"hrs", KW_UNIT, -1, 0},
	{"includes", KW_JOIN, -1, 0},
	{"including", KW_JOIN, -1, 0},
	{"income", KW_PAY, -1, 0},
	{"industry", KW_NONPAY, -1, 0},
	{"insurance", KW_NONPAY, -1, 0},
	{"invested", KW_NONPAY, -1, 0},
	{"investment", KW_NONPAY, -1, 0},
	{"investments", KW_NONPAY, -1, 0},
	{"investor", KW_NONPAY, -1, 0},
	{"investors", KW_NONPAY, -1, 0},
	{"least", KW_NONE, -1, PW_LEAST},
	{"lent", KW_NONPAY, -1, 0},
	{"less", KW_NONE, -1, PW_LESS},
	{"loan", KW_NONPAY, -1, 0},
	{"loans", KW_NONPAY, -1, 0},
	{"locations", KW_UNIT, -1, 0},
	{"market", KW_NONPAY, -1, 0},
	{"max", KW_NONE, -1, PW_UPTO},
	{"maximum", KW_NONE, -1, PW_UPTO},
	{"members", KW_UNIT, -1, 0},
	{"miles", KW_UNIT, -1, 0},
	{"million", KW_NONPAY, -1, 0},
	{"min", KW_NONE, -1, PW_FROM},
	{"minimum", KW_NONE, -1, PW_FROM},
	{"monthly", KW_NONE, JR_PERIOD_MONTH, 0},
	{"months", KW_UNIT, -1, 0},
	{"more", KW_NONE, -1, PW_MORE},
	{"most", KW_NONE, -1, PW_MOST},
	{"no", KW_NONE, -1, PW_NO},
	{"offices", KW_UNIT, -1, 0},
	{"ote", KW_NONPAY, -1, 0},
	{"over", KW_NONE, -1, PW_FROM},
	{"paid", KW_PAY, -1, 0},
	{"patients", KW_UNIT, -1, 0},
	{"pay", KW_PAY, -1, 0},
	{"payband", KW_PAY, -1, 0},
	{"paying", KW_PAY, -1, 0},
	{"payrate", KW_PAY, -1, 0},
	{"pays", KW_PAY, -1, 0},
	{"people", KW_UNIT, -1, 0},
	{"percent", KW_UNIT, -1, 0},
	{"perk", KW_NONPAY, -1, 0},
	{"perks", KW_NONPAY, -1, 0},
	{"plus", KW_JOIN, -1, 0},
	{"premium", KW_NONPAY, -1, 0},
	{"premiums", KW_NONPAY, -1, 0},
	{"price", KW_NONPAY, -1, 0},
	{"priced", KW_NONPAY, -1, 0},
	{"prices", KW_NONPAY, -1, 0},
	{"pricing", KW_NONPAY, -1, 0},
	{"prize", KW_NONPAY, -1, 0},
	{"prizes", KW_NONPAY, -1, 0},
	{"profit", KW_NONPAY, -1, 0},
	{"profits", KW_NONPAY, -1, 0},
	{"purchase", KW_NONPAY, -1, 0},
	{"purchases", KW_NONPAY, -1, 0},
	{"raised", KW_NONPAY, -1, 0},
	{"rate", KW_PAY, -1, 0},
	{"rates", KW_PAY, -1, 0},
	{"referral", KW_NONPAY, -1, 0},
	{"referrals", KW_NONPAY, -1, 0},
	{"reimburse", KW_NONPAY, -1, 0},
	{"reimbursed", KW_NONPAY, -1, 0},
	{"reimbursement", KW_NONPAY, -1, 0},
	{"relocation", KW_NONPAY, -1, 0},
	{"remuneration", KW_PAY, -1, 0},
	{"revenue", KW_NONPAY, -1, 0},
	{"revenues", KW_NONPAY, -1, 0},
	{"round", KW_NONPAY, -1, 0},
	{"rsu", KW_NONPAY, -1, 0},
	{"rsus", KW_NONPAY, -1, 0},
	{"salaries", KW_PAY, -1, 0},
	{"salary", KW_PAY, -1, 0},
	{"sale", KW_NONPAY, -1, 0},
	{"sales", KW_NONPAY, -1, 0},
	{"savings", KW_NONPAY, -1, 0},
	{"series", KW_NONPAY, -1, 0},
	{"shares", KW_NONPAY, -1, 0},
	{"sold", KW_NONPAY, -1, 0},
	{"spend", KW_NONPAY, -1, 0},
	{"spending", KW_NONPAY, -1, 0},
	{"spent", KW_NONPAY, -1, 0},
	{"starting", KW_NONE, -1, PW_STARTING},
	{"starts", KW_NONE, -1, PW_STARTING},
	{"stipend", KW_PAY, -1, 0},
	{"stock", KW_NONPAY, -1, 0},
	{"stores", KW_UNIT, -1, 0},
	{"students", KW_UNIT, -1, 0},
	{"than", KW_NONE, -1, PW_THAN},
	{"to", KW_NONE, -1, PW_TO},
	{"transaction", KW_NONPAY, -1, 0},
	{"transactions", KW_NONPAY, -1, 0},
	{"trillion", KW_NONPAY, -1, 0},
	{"tuition", KW_NONPAY, -1, 0},
	{"turnover", KW_NONPAY, -1, 0},
	{"under", KW_NONE, -1, PW_UPTO},
	{"up", KW_NONE, -1, PW_UP},
	{"upto", KW_NONE, -1, PW_UPTO},
	{"users", KW_UNIT, -1, 0},
	{"valuation", KW_NONPAY, -1, 0},
	{"valued", KW_NONPAY, -1, 0},
	{"volume", KW_NONPAY, -1, 0},
	{"voucher", KW_NONPAY, -1, 0},
	{"wage", KW_PAY, -1, 0},
	{"wages", KW_PAY, -1, 0},
	{"weekly", KW_NONE, JR_PERIOD_WEEK, 0},
	{"weeks", KW_UNIT, -1, 0},
	{"with", KW_JOIN, -1, 0},
	{"worth", KW_NONPAY, -1, 0},
	{"yearly", KW_NONE, JR_PERIOD_YEAR, 0},
	{"years", KW_UNIT, -1, 0},
	{"yrs", KW_UNIT, -1, 0},
};

#define LEX_WORD_MAX 16

/*
 * The lexicon as an open-addressing hash table of entry numbers plus one
 * (0: empty slot), built once per process: a word costs one hash and a
 * probe or two instead of a binary search of string comparisons.
 */
#define LEX_SLOTS 1024
static uint16_t lex_slots[LEX_SLOTS];
static bool lex_slots_built = false;

/* FNV-1a hash of a NUL-terminated word. */
static inline uint32_t
lex_hash(const char *w)
{
	uint32_t	h = 2166136261u;

	while (*w != '\0')
		h = (h ^ (unsigned char) *w++) * 16777619u;
	return h;
}

/* Fill lex_slots from the lexicon. */
static void
build_lex_slots(void)
{
	size_t		k;

	for (k = 0; k < sizeof(lexicon) / sizeof(lexicon[0]); k++)
	{
		uint32_t	slot = lex_hash(lexicon[k].w) & (LEX_SLOTS - 1);

		while (lex_slots[slot] != 0)
			slot = (slot + 1) & (LEX_SLOTS - 1);
		lex_slots[slot] = (uint16_t) (k + 1);
	}
	lex_slots_built = true;
}

/* Look a lower-case word up in the lexicon; NULL when absent. */
static const lexword *
lookup(const char *w)
{
	uint32_t	slot;

	if (!lex_slots_built)
		build_lex_slots();
	slot = lex_hash(w) & (LEX_SLOTS - 1);
	while (lex_slots[slot] != 0)
	{
		const lexword *lw = &lexicon[lex_slots[slot] - 1];

		if (lw->w[0] == w[0] && strcmp(lw->w, w) == 0)
			return lw;
		slot = (slot + 1) & (LEX_SLOTS - 1);
	}
	return NULL;
}

/* True when the lexicon is strictly sorted (binary search needs it). */
bool
jr_sal_lexicon_sorted(void)
{
	size_t		i;

	for (i = 1; i < sizeof(lexicon) / sizeof(lexicon[0]); i++)
		if (strcmp(lexicon[i - 1].w, lexicon[i].w) >= 0)
			return false;
	return true;
}

/* Context carried along the forward pass. */
typedef struct context
{
	int			kw;				/* KW_PAY or KW_NONPAY of the last keyword */
	int			kw_age;			/* words read since it */
	int			period;			/* last period adjective, or -1 */
	int			period_age;		/* words read since it */
	int			pw[3];			/* the last three words' PW_* (pw[0] last) */
	size_t		last_word_end;	/* end of the last word read */
	char		last_sig;		/* last non-blank byte before a line break */
	int			last_unit;		/* period named by the last word ("day") */
} context;

#define MAX_AGE 12

static bool
is_letter(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* Forget the clause: a sentence or line ended. */
static void
clause_reset(context *cx)
{
	cx->kw = KW_NONE;
	cx->kw_age = MAX_AGE + 1;
	cx->period = -1;
	cx->period_age = MAX_AGE + 1;
	cx->pw[0] = cx->pw[1] = cx->pw[2] = PW_NONE;
	cx->last_unit = -1;
}

/* Read the word at s[i] (letters only); lower-case copy into w. */
static size_t
read_word(const char *s, size_t len, size_t i, char *w, size_t *wlen)
{
	size_t		j = i;

	while (j < len && is_letter((unsigned char) s[j]) &&
		   !(j > i && s[j] >= 'A' && s[j] <= 'Z' &&
			 jr_sal_word_break(s, len, j)))
	{
		if (j - i < LEX_WORD_MAX - 1)
		{
			char		c = s[j];

			if (c >= 'A' && c <= 'Z')
				c = (char) (c - 'A' + 'a');
			w[j - i] = c;
		}
		j++;
	}
	*wlen = j - i;
	jr_sal_work += j - i;
	w[*wlen < LEX_WORD_MAX - 1 ? *wlen : LEX_WORD_MAX - 1] = '\0';
	if (*wlen >= LEX_WORD_MAX - 1)
		w[0] = '\0';			/* too long to be in the lexicon */
	return j;
}

/* Update the context with a word just read. */
static void
context_word(context *cx, const char *w, size_t end)
{
	const lexword *lw = lookup(w);
	bool		unit_rate = cx->last_unit >= 0 && w[0] == 'r' &&
		(strcmp(w, "rate") == 0 || strcmp(w, "rates") == 0);
	int			unit = -1;

	/* "day rate", "hour rate": the period of the rate */
	if (w[0] == 'd' && strcmp(w, "day") == 0)
		unit = JR_PERIOD_DAY;
	else if (w[0] == 'h' && strcmp(w, "hour") == 0)
		unit = JR_PERIOD_HOUR;
	else if (w[0] == 'w' && strcmp(w, "week") == 0)
		unit = JR_PERIOD_WEEK;
	if (unit_rate)
	{
		cx->period = cx->last_unit;
		cx->period_age = -1;	/* becomes 0 below */
	}
	cx->last_unit = unit;

	cx->kw_age++;
	cx->period_age++;
	cx->pw[2] = cx->pw[1];
	cx->pw[1] = cx->pw[0];
	cx->pw[0] = lw ? lw->pw : PW_NONE;
	cx->last_word_end = end;
	if (lw == NULL)
		return;
	if (lw->kw == KW_PAY || lw->kw == KW_NONPAY)
	{
		cx->kw = lw->kw;
		cx->kw_age = 0;
	}
	if (lw->period >= 0)
	{
		cx->period = lw->period;
		cx->period_age = 0;
	}
}

/* True when only blanks (or a colon) lie in s[from, to). */
static bool
only_blanks(const char *s, size_t len, size_t from, size_t to)
{
	size_t		i = from;

	jr_sal_work += to - from;
	while (i < to)
	{
		size_t		n = jr_sal_space_len(s, len, i);

		if (n == 0 && s[i] != ':')
			return false;
		i += n ? n : 1;
	}
	return true;
}

/* "up to", "from", "between" right before an anchor at pos. */
static unsigned
prefix_flags(const context *cx, const char *s, size_t len, size_t pos)
{
	if (cx->last_word_end == 0 || cx->last_word_end > pos ||
		pos - cx->last_word_end > 8 ||
		!only_blanks(s, len, cx->last_word_end, pos))
		return 0;
	switch (cx->pw[0])
	{
		case PW_UPTO:
			return JR_SAL_PRE_UPTO;
		case PW_FROM:
			return JR_SAL_PRE_FROM;
		case PW_BETWEEN:
			return JR_SAL_PRE_BETWEEN;
		case PW_TO:
			return cx->pw[1] == PW_UP ? JR_SAL_PRE_UPTO : 0;
		case PW_MOST:
			return cx->pw[1] == PW_AT ? JR_SAL_PRE_UPTO : 0;
		case PW_LEAST:
			return cx->pw[1] == PW_AT ? JR_SAL_PRE_FROM : 0;
		case PW_AT:
			return cx->pw[1] == PW_STARTING ? JR_SAL_PRE_FROM : 0;
		case PW_THAN:
			if (cx->pw[1] == PW_LESS)
				return JR_SAL_PRE_UPTO;
			if (cx->pw[1] == PW_MORE)
				return cx->pw[2] == PW_NO ? JR_SAL_PRE_UPTO : JR_SAL_PRE_FROM;
			return 0;
		default:
			return 0;
	}
}

/* Pay words that also count after an amount ("$120k base salary"). */
static bool
pay_noun(const char *w)
{
	return strcmp(w, "base") == 0 || strcmp(w, "salary") == 0 ||
		strcmp(w, "pay") == 0 || strcmp(w, "wage") == 0 ||
		strcmp(w, "wages") == 0 || strcmp(w, "compensation") == 0 ||
		strcmp(w, "stipend") == 0 || strcmp(w, "ctc") == 0;
}

/*
 * Look a few words past a candidate (up to a joiner, punctuation or a line
 * break): the class of the first keyword and how many words ahead it is.
 */
static int
look_ahead(const char *s, size_t len, size_t i, int *dist, bool *unit)
{
	int			words = 0;
	size_t		limit = i + 48 < len ? i + 48 : len;
	int			found = KW_NONE;

	*dist = 0;
	*unit = false;
	jr_sal_work += limit - i;
	while (i < limit && words < 4)
	{
		unsigned char c = (unsigned char) s[i];
		size_t		n;

		if ((n = jr_sal_space_len(s, len, i)) > 0)
		{
			if (c == '\n' || c == '\r')
				break;
			i += n;
			continue;
		}
		if (is_letter(c))
		{
			char		w[LEX_WORD_MAX];
			size_t		wlen;
			const lexword *lw;
			bool		compound = i > 0 && s[i - 1] == '-';

			i = read_word(s, len, i, w, &wlen);
			words++;
			lw = lookup(w);
			if (lw == NULL || compound)
				continue;		/* "low-income" is not income */
			if (lw->kw == KW_JOIN)
				break;
			if (lw->kw == KW_UNIT)
				*unit = true;
			else if (found == KW_NONE && lw->kw != KW_NONE &&
					 (lw->kw != KW_PAY || pay_noun(w)))
			{
				found = lw->kw;
				*dist = words;
			}
			continue;
		}
		if (c == '-' && !(i > 0 && is_letter((unsigned char) s[i - 1]) &&
						  i + 1 < len && is_letter((unsigned char) s[i + 1])))
			break;				/* "85K-120K- Relocation": a separator */
		if (c == '(' || c == ')' || c == '-' || c == '\'' || c == '"')
		{
			i++;
			continue;
		}
		break;
	}
	return found;
}

/* Currencies whose salaries run into millions: no magnitude guesses. */
static bool
high_nominal(const char code[3])
{
	static const char codes[] =
	"JPY" "KRW" "INR" "IDR" "VND" "HUF" "CLP" "COP" "ISK" "PKR" "LKR" "NGN"
	"UGX" "TZS" "KZT" "IRR" "PYG" "LAK" "MMK" "KHR" "MNT" "UZS" "BDT" "NPR"
	"KES" "PHP" "ARS" "RUB" "THB" "TWD" "CZK";
	size_t		k;

	for (k = 0; k + 3 <= sizeof(codes) - 1; k += 3)
		if (memcmp(codes + k, code, 3) == 0)
			return true;
	return false;
}

/* Rough value of a scanned amount in major units (for heuristics). */
static double
rough_value(const jr_sal_amount *a)
{
	return (double) a->ival * (double) a->mult;
}

/* True when a period fits amounts of magnitude v (major units). */
static bool
plausible(int period, double v)
{
	switch (period)
	{
		case JR_PERIOD_HOUR:
			return v >= 1 && v < 2000;
		case JR_PERIOD_DAY:
			return v >= 10 && v < 20000;
		case JR_PERIOD_WEEK:
			return v >= 50 && v < 100000;
		case JR_PERIOD_MONTH:
			return v >= 100 && v < 1000000;
		default:
			return v >= 1000;
	}
}

/* True when the amount looks like a calendar year ("2025"). */
static bool
year_like(const jr_sal_amount *a)
{
	return !a->has_mult && !a->grouped && a->frac[0] == '\0' &&
		a->ival >= 1900 && a->ival <= 2100;
}

/*
 * Decide whether a scanned mention is base pay and fix its period; false
 * to drop it.  *evidence receives JR_HIT_* bits.
 */
static bool
judge(const char *s, size_t len, const context *cx, jr_sal_mention *m,
	  uint8_t *evidence)
{
	int			i;
	int			ahead;
	int			dist;
	bool		unit;
	int			chosen;
	bool		pay_word;
	bool		bare_shape = false;
	bool		all_years = true;
	double		v = 0.0;

	*evidence = 0;
	if (m->percent || (m->end < len && s[m->end] == '%'))
		return false;
	for (i = 0; i < m->namounts; i++)
	{
		const jr_sal_amount *a = &m->a[i];

		if (a->huge_mult || a->million || a->bad || a->too_big)
			return false;
		if (a->has_mult || a->grouped)
			bare_shape = true;
		if (!year_like(a))
			all_years = false;
		if (rough_value(a) > v)
			v = rough_value(a);
	}
	/* phone numbers, dates and identifiers: 555-123-4567, 1.800.309.0505 */
	if (m->start >= 2 && (s[m->start - 1] == '-' || s[m->start - 1] == '.' ||
						  s[m->start - 1] == '/' || s[m->start - 1] == ',') &&
		is_digit((unsigned char) s[m->start - 2]))
		return false;
	if (m->end + 1 < len && (s[m->end] == '-' || s[m->end] == '.' ||
							 s[m->end] == '/') &&
		is_digit((unsigned char) s[m->end + 1]))
		return false;
	/* 401(k), 403(b) */
	if (!m->has_currency && m->namounts == 1 &&
		(m->a[0].ival == 401 || m->a[0].ival == 403 ||
		 m->a[0].ival == 457) && m->a[0].frac[0] == '\0')
		return false;

	/* the nearest context word decides pay or not */
	ahead = look_ahead(s, len, m->end, &dist, &unit);
	if (unit && !m->has_currency)
		return false;		/* "3-5 years", "120 employees" */
	chosen = cx->kw_age <= MAX_AGE ? cx->kw : KW_NONE;
	if (ahead != KW_NONE &&
		(chosen == KW_NONE || dist < cx->kw_age + 1 ||
		 (dist == 1 && ahead == KW_NONPAY)))
		chosen = ahead;			/* "$500 bonus", "$120k OTE" */
	if (chosen == KW_NONPAY)
		return false;
	pay_word = chosen == KW_PAY;
	if (pay_word)
		*evidence |= JR_HIT_CONTEXT;

	if (m->has_currency)
		*evidence |= JR_HIT_CURRENCY;
	else
	{
		if (!pay_word)
			return false;
		/* "Salary: 120000", "Pay rate: 25.50" right after the pay word */
		if (m->namounts == 1 && cx->kw == KW_PAY && cx->kw_age <= 1 &&
			(m->a[0].ival >= 10000 || strlen(m->a[0].frac) == 2))
			bare_shape = true;
		if (!(bare_shape || m->namounts == 2 || m->has_period ||
			  m->lakh_default))
			return false;
		if (all_years)
			return false;
	}
	if (v <= 0.0)
		return false;

	/* the period */
	if (m->has_period)
		*evidence |= JR_HIT_PERIOD;
	else if (m->lakh_default)
	{
		m->period = JR_PERIOD_YEAR;
		*evidence |= JR_HIT_PERIOD;
	}
	else if (cx->period >= 0 && cx->period_age <= MAX_AGE &&
			 plausible(cx->period, v))
	{
		m->period = cx->period;
		*evidence |= JR_HIT_PERIOD;
	}
	else if (high_nominal(m->currency))
	{
		if (v < 1000000)
			return false;
		m->period = JR_PERIOD_YEAR;
		*evidence |= JR_HIT_PERIOD_GUESS;
	}
	else if (v < 300)
	{
		if (m->namounts < 2 && !pay_word)
			return false;
		m->period = JR_PERIOD_HOUR;
		*evidence |= JR_HIT_PERIOD_GUESS;
	}
	else if (v < 10000)
		return false;
	else
	{
		m->period = JR_PERIOD_YEAR;
		*evidence |= JR_HIT_PERIOD_GUESS;
	}
	if (m->has_period && !plausible(m->period, v) &&
		!(m->period == JR_PERIOD_YEAR && v >= 1))
		return false;
	return true;
}

/*
 * "$80-$130,000/yr": a bare lower bound below 1000 with a whole-thousands
 * upper bound means thousands too (seen often enough in postings).
 */
static void
fix_thousands_shorthand(jr_sal_mention *m)
{
	jr_sal_amount *a = &m->a[0];
	jr_sal_amount *b = &m->a[1];
	double		lo;
	double		hi;

	if (m->namounts != 2 || a->has_mult || b->has_mult || a->grouped ||
		a->frac[0] != '\0' || !b->grouped || a->ambiguous)
		return;
	if (m->period >= 0 && m->period != JR_PERIOD_YEAR)
		return;
	lo = (double) a->ival * 1000.0;
	hi = (double) b->ival;
	if (a->ival == 0 || a->ival >= 1000 || b->ival % 1000 != 0 ||
		lo > hi || lo * 4.0 < hi)
		return;
	a->mult = 1000;
	a->has_mult = true;
}

/* True when a currency code word (upper case, known) starts at s[i]. */
static bool
currency_word_at(const char *s, size_t len, size_t i, size_t wlen)
{
	char		code[3];
	size_t		k;

	if (wlen == 2 && i + 2 < len && s[i + 2] == '$')
		return true;			/* US$, A$ ... */
	if (wlen == 1 && i + 1 < len && s[i + 1] == '$' &&
		(s[i] == 'A' || s[i] == 'C' || s[i] == 'S' || s[i] == 'R'))
		return true;
	if ((wlen == 2 && s[i] == 'R' && s[i + 1] == 's'))
		return true;
	if (wlen != 3)
		return false;
	for (k = 0; k < 3; k++)
		if (s[i + k] < 'A' || s[i + k] > 'Z')
			return false;
	return jr_currency_parse(s + i, 3, code);
}

/* Find pay mentions in free text, in text order. */
int
jr_salary_find_all(const char *text, size_t len, jr_salary_hit *hits,
				   int max_hits, jr_error *err)
{
	context		cx;
	size_t		i = 0;
	size_t		next_check = 65536;
	int			nhits = 0;

	memset(&cx, 0, sizeof(cx));
	clause_reset(&cx);
	cx.last_sig = '\0';
	if (max_hits <= 0)
		return 0;
	while (i < len)
	{
		unsigned char c = (unsigned char) text[i];
		size_t		n;
		bool		anchor = false;
		char		code[3];
		bool		dollar;

		jr_sal_work++;
		if (i >= next_check)
		{
			if (jr_interrupted())
			{
				jr_error_set(err, JR_ERR_CANCELED, i,
							 "canceling statement due to user request");
				return -1;
			}
			next_check = i + 65536;
		}
		if (c == '\n' || c == '\r')
		{
			if (cx.last_sig != ':')
				clause_reset(&cx);
			i++;
			continue;
		}
		if ((n = jr_sal_space_len(text, len, i)) > 0)
		{
			i += n;
			continue;
		}
		if (is_letter(c))
		{
			char		w[LEX_WORD_MAX];
			size_t		wlen;
			size_t		end = read_word(text, len, i, w, &wlen);

			if (currency_word_at(text, len, i, wlen))
				anchor = true;
			else
			{
				context_word(&cx, w, end);
				cx.last_sig = 'a';
				/* skip digits glued to a word: "H1B", "B2B", "R2,500" */
				if (end < len && is_digit((unsigned char) text[end]))
					while (end < len &&
						   (is_digit((unsigned char) text[end]) ||
							is_letter((unsigned char) text[end]) ||
							((text[end] == ',' || text[end] == '.') &&
							 end + 1 < len &&
							 is_digit((unsigned char) text[end + 1]))))
						end++;
				i = end;
				continue;
			}
		}
		else if (is_digit(c) || jr_sal_symbol_at(text, len, i, code,
												 &dollar) > 0)
			anchor = true;

		if (!anchor)
		{
			if (c == '.' || c == ';' || c == '!' || c == '?' || c == '|')
				clause_reset(&cx);
			else if (c == 0xE2 && i + 2 < len &&
					 (unsigned char) text[i + 1] == 0x80 &&
					 (unsigned char) text[i + 2] == 0xA2)
				clause_reset(&cx);	/* bullet */
			cx.last_sig = (char) c;
			i++;
			continue;
		}

		{
			jr_sal_mention m;
			size_t		resume;
			unsigned	pre = prefix_flags(&cx, text, len, i);
			uint8_t		evidence;

			if (jr_sal_scan_mention(text, len, i, JR_SAL_MODE_FIND, pre, &m,
									&resume, NULL) == JR_OK)
			{
				fix_thousands_shorthand(&m);
				if (judge(text, len, &cx, &m, &evidence) &&
					jr_sal_mention_value(text, len, &m, JR_SAL_MODE_FIND,
										 NULL) == JR_OK)
				{
					hits[nhits].salary = m.value;
					hits[nhits].start = m.start;
					hits[nhits].end = m.end;
					hits[nhits].evidence = evidence;
					if (++nhits >= max_hits)
						return nhits;
				}
			}
			/* a candidate is one "word" of context; its text is skipped */
			cx.kw_age++;
			cx.period_age++;
			cx.pw[2] = cx.pw[1];
			cx.pw[1] = cx.pw[0];
			cx.pw[0] = PW_NONE;
			cx.last_unit = -1;
			cx.last_sig = '0';
			i = resume > i ? resume : i + 1;
		}
	}
	return nhits;
}
