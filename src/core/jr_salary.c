/*
 * jr_salary.c
 *		The salary_range value: periods, currencies, amounts, the canonical
 *		printer, constructor, annualized comparison, predicates and
 *		conversions.  The literal parser is in jr_salary_parse.c and the
 *		free-text finder in jr_salary_text.c.
 */
#include "jr_salary.h"
#include "jr_salary_int.h"

#include <math.h>
#include <string.h>

static const char *const period_names[] = {"HOUR", "DAY", "WEEK", "MONTH",
"YEAR"};
static const int64_t period_factors[] = {2080, 260, 52, 12, 1};

/*
 * ISO 4217 codes accepted, sorted, three letters each: the active codes
 * plus HRK (replaced in 2023, still seen in postings).  Precious metals,
 * test and fund codes are left out.
 */
static const char currency_codes[] =
"AED" "AFN" "ALL" "AMD" "ANG" "AOA" "ARS" "AUD" "AWG" "AZN"
"BAM" "BBD" "BDT" "BGN" "BHD" "BIF" "BMD" "BND" "BOB" "BRL"
"BSD" "BTN" "BWP" "BYN" "BZD" "CAD" "CDF" "CHF" "CLP" "CNY"
"COP" "CRC" "CUP" "CVE" "CZK" "DJF" "DKK" "DOP" "DZD" "EGP"
"ERN" "ETB" "EUR" "FJD" "FKP" "GBP" "GEL" "GHS" "GIP" "GMD"
"GNF" "GTQ" "GYD" "HKD" "HNL" "HRK" "HTG" "HUF" "IDR" "ILS"
"INR" "IQD" "IRR" "ISK" "JMD" "JOD" "JPY" "KES" "KGS" "KHR"
"KMF" "KPW" "KRW" "KWD" "KYD" "KZT" "LAK" "LBP" "LKR" "LRD"
"LSL" "LYD" "MAD" "MDL" "MGA" "MKD" "MMK" "MNT" "MOP" "MRU"
"MUR" "MVR" "MWK" "MXN" "MYR" "MZN" "NAD" "NGN" "NIO" "NOK"
"NPR" "NZD" "OMR" "PAB" "PEN" "PGK" "PHP" "PKR" "PLN" "PYG"
"QAR" "RON" "RSD" "RUB" "RWF" "SAR" "SBD" "SCR" "SDG" "SEK"
"SGD" "SHP" "SLE" "SLL" "SOS" "SRD" "SSP" "STN" "SVC" "SYP"
"SZL" "THB" "TJS" "TMT" "TND" "TOP" "TRY" "TTD" "TWD" "TZS"
"UAH" "UGX" "USD" "UYU" "UZS" "VED" "VES" "VND" "VUV" "WST"
"XAF" "XCD" "XCG" "XOF" "XPF" "YER" "ZAR" "ZMW" "ZWG" "ZWL";

/* Annualization factor of a period (HOUR 2080 ... YEAR 1). */
int64_t
jr_period_factor(jr_period period)
{
	if ((unsigned) period > JR_PERIOD_YEAR)
		return 1;
	return period_factors[period];
}

/* Upper-case name of a period ("HOUR" ... "YEAR"). */
const char *
jr_period_name(jr_period period)
{
	if ((unsigned) period > JR_PERIOD_YEAR)
		return "?";
	return period_names[period];
}

/* Period words and abbreviations, lower case, with their period. */
static const struct
{
	const char *word;
	jr_period	period;
}			period_words[] =
{
	{"hour", JR_PERIOD_HOUR}, {"hourly", JR_PERIOD_HOUR},
	{"hr", JR_PERIOD_HOUR}, {"h", JR_PERIOD_HOUR},
	{"day", JR_PERIOD_DAY}, {"daily", JR_PERIOD_DAY}, {"d", JR_PERIOD_DAY},
	{"week", JR_PERIOD_WEEK}, {"weekly", JR_PERIOD_WEEK},
	{"wk", JR_PERIOD_WEEK},
	{"month", JR_PERIOD_MONTH}, {"monthly", JR_PERIOD_MONTH},
	{"mo", JR_PERIOD_MONTH}, {"mth", JR_PERIOD_MONTH},
	{"mon", JR_PERIOD_MONTH},
	{"year", JR_PERIOD_YEAR}, {"yearly", JR_PERIOD_YEAR},
	{"yr", JR_PERIOD_YEAR}, {"y", JR_PERIOD_YEAR},
	{"annual", JR_PERIOD_YEAR}, {"annually", JR_PERIOD_YEAR},
	{"annum", JR_PERIOD_YEAR}, {"pa", JR_PERIOD_YEAR},
	{"p.a.", JR_PERIOD_YEAR}, {"p.a", JR_PERIOD_YEAR},
};

/* Case-insensitive comparison of s[0, len) with a lower-case word. */
bool
jr_sal_word_eq(const char *s, size_t len, const char *word)
{
	size_t		i;

	for (i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (word[i] == '\0')
			return false;
		if (c >= 'A' && c <= 'Z')
			c = (unsigned char) (c - 'A' + 'a');
		if (c != (unsigned char) word[i])
			return false;
	}
	return word[len] == '\0';
}

/* True for the blanks a period or currency argument may be padded with. */
static bool
is_pad(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Parse a period name or abbreviation (case-insensitive); false if unknown. */
bool
jr_period_parse(const char *s, size_t len, jr_period *out)
{
	size_t		i;

	while (len > 0 && is_pad(s[0]))
	{
		s++;
		len--;
	}
	while (len > 0 && is_pad(s[len - 1]))
		len--;
	for (i = 0; i < sizeof(period_words) / sizeof(period_words[0]); i++)
	{
		if (jr_sal_word_eq(s, len, period_words[i].word))
		{
			*out = period_words[i].period;
			return true;
		}
	}
	return false;
}

/* True when code (3 upper-case letters) is in the built-in ISO 4217 list. */
static bool
currency_known(const char code[3])
{
	int			lo = 0;
	int			hi = (int) (sizeof(currency_codes) - 1) / 3 - 1;

	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;
		int			c = memcmp(code, currency_codes + 3 * mid, 3);

		if (c == 0)
			return true;
		if (c < 0)
			hi = mid - 1;
		else
			lo = mid + 1;
	}
	return false;
}

/* True when s[0, len) is a known ISO 4217 code (case-insensitive). */
bool
jr_currency_parse(const char *s, size_t len, char out[3])
{
	char		code[3];
	size_t		i;

	while (len > 0 && is_pad(s[0]))
	{
		s++;
		len--;
	}
	while (len > 0 && is_pad(s[len - 1]))
		len--;
	if (len != 3)
		return false;
	for (i = 0; i < 3; i++)
	{
		char		c = s[i];

		if (c >= 'a' && c <= 'z')
			c = (char) (c - 'a' + 'A');
		if (c < 'A' || c > 'Z')
			return false;
		code[i] = c;
	}
	if (!currency_known(code))
		return false;
	memcpy(out, code, 3);
	return true;
}

/* ------------------------------------------------------------------------
 * Amounts
 * ------------------------------------------------------------------------ */

/* Append cents as a decimal in major units without trailing zeros. */
void
jr_amount_format(int64_t cents, jr_buf *out)
{
	uint64_t	mag;
	uint64_t	units;
	unsigned	frac;

	if (cents < 0)
	{
		jr_buf_putc(out, '-');
		mag = (uint64_t) 0 - (uint64_t) cents;
	}
	else
		mag = (uint64_t) cents;
	units = mag / 100;
	frac = (unsigned) (mag % 100);
	if (frac == 0)
		jr_buf_printf(out, "%llu", (unsigned long long) units);
	else if (frac % 10 == 0)
		jr_buf_printf(out, "%llu.%u", (unsigned long long) units, frac / 10);
	else
		jr_buf_printf(out, "%llu.%02u", (unsigned long long) units, frac);
}

/*
 * Scan a plain decimal "[-+]digits[.digits]" (no grouping, no exponent) in
 * s[0, len), blanks around allowed.  Sets the sign, the integer digits'
 * span and the fraction digits' span; false when malformed.
 */
static bool
scan_plain_decimal(const char *s, size_t len, bool *negative,
				   const char **ip, size_t *ilen,
				   const char **fp, size_t *flen)
{
	size_t		i = 0;

	while (len > 0 && is_pad(s[len - 1]))
		len--;
	while (i < len && is_pad(s[i]))
		i++;
	*negative = false;
	if (i < len && (s[i] == '-' || s[i] == '+'))
	{
		*negative = s[i] == '-';
		i++;
	}
	*ip = s + i;
	*ilen = 0;
	while (i < len && s[i] >= '0' && s[i] <= '9')
	{
		i++;
		(*ilen)++;
	}
	*fp = s + i;
	*flen = 0;
	if (i < len && s[i] == '.')
	{
		i++;
		*fp = s + i;
		while (i < len && s[i] >= '0' && s[i] <= '9')
		{
			i++;
			(*flen)++;
		}
	}
	if (i != len || (*ilen == 0 && *flen == 0))
		return false;
	return true;
}

/* True when s[0, len), blanks aside, equals word case-insensitively. */
static bool
padded_word_eq(const char *s, size_t len, const char *word)
{
	while (len > 0 && is_pad(s[0]))
	{
		s++;
		len--;
	}
	while (len > 0 && is_pad(s[len - 1]))
		len--;
	return jr_sal_word_eq(s, len, word);
}

/*
 * Convert integer and fraction digit strings to saturated floor cents;
 * *exact false when digits beyond the cent are non-zero or saturated.
 * *rest receives the fraction of a cent dropped (0 <= rest < 1).
 */
static int64_t
digits_to_cents(bool negative, const char *ip, size_t ilen,
				const char *fp, size_t flen, bool *exact, double *rest)
{
	const int64_t limit = JR_SAL_MAX_ANNUAL_CENTS + 1;
	int64_t		mag = 0;
	bool		sat = false;
	bool		below_cent = false;
	double		r = 0.0;
	double		scale = 0.1;
	size_t		i;

	for (i = 0; i < ilen && !sat; i++)
	{
		mag = mag * 10 + (ip[i] - '0');
		if (mag > limit / 100)
			sat = true;
	}
	if (!sat)
	{
		mag *= 100;
		if (flen > 0)
			mag += (fp[0] - '0') * 10;
		if (flen > 1)
			mag += fp[1] - '0';
		for (i = 2; i < flen; i++)
		{
			if (fp[i] != '0')
				below_cent = true;
			if (i < 20)
			{
				r += (fp[i] - '0') * scale;
				scale /= 10.0;
			}
		}
		if (mag > limit)
			sat = true;
	}
	if (sat)
	{
		*exact = false;
		*rest = 0.0;
		return negative ? -limit : limit;
	}
	*exact = !below_cent;
	if (!negative || !below_cent)
	{
		*rest = r;
		return negative ? -mag : mag;
	}
	/* floor of a negative non-integral number of cents */
	*rest = 1.0 - r;
	return -mag - 1;
}

/* Parse a plain decimal amount in major units into exact cents. */
jr_status
jr_amount_parse(const char *s, size_t len, int64_t *cents, jr_error *err)
{
	bool		negative;
	const char *ip;
	const char *fp;
	size_t		ilen;
	size_t		flen;
	bool		exact;
	double		rest;
	int64_t		v;

	if (!scan_plain_decimal(s, len, &negative, &ip, &ilen, &fp, &flen))
	{
		jr_error_set(err, JR_ERR_ARGUMENT, 0,
					 "invalid amount for type salary_range: \"%.*s\"",
					 (int) (len > 60 ? 60 : len), s);
		jr_error_detail(err, "An amount must be a plain decimal number.");
		return JR_ERR_ARGUMENT;
	}
	v = digits_to_cents(negative, ip, ilen, fp, flen, &exact, &rest);
	if (v > JR_SAL_MAX_ANNUAL_CENTS || v < -JR_SAL_MAX_ANNUAL_CENTS)
	{
		jr_error_set(err, JR_ERR_RANGE, 0,
					 "value \"%.*s\" is out of range for type salary_range",
					 (int) (len > 60 ? 60 : len), s);
		jr_error_detail(err, "Amounts must be at most 1000000000000.");
		return JR_ERR_RANGE;
	}
	if (!exact)
	{
		jr_error_set(err, JR_ERR_ARGUMENT, 0,
					 "invalid amount for type salary_range: \"%.*s\"",
					 (int) (len > 60 ? 60 : len), s);
		jr_error_detail(err, "Amounts are exact to the cent; "
						"at most 2 decimal places are allowed.");
		return JR_ERR_ARGUMENT;
	}
	*cents = v;
	return JR_OK;
}

/* An amount of exactly annual_cents. */
jr_amount
jr_amount_from_cents(int64_t annual_cents)
{
	jr_amount	a;

	a.cents = annual_cents;
	a.inexact = false;
	a.value = (double) annual_cents / 100.0;
	return a;
}

/* Parse any decimal text as a query amount; false when not a number. */
bool
jr_amount_parse_query(const char *s, size_t len, jr_amount *out)
{
	bool		negative;
	const char *ip;
	const char *fp;
	size_t		ilen;
	size_t		flen;
	bool		exact;
	double		rest;

	if (padded_word_eq(s, len, "infinity") ||
		padded_word_eq(s, len, "+infinity"))
	{
		out->cents = JR_SAL_MAX_ANNUAL_CENTS + 1;
		out->inexact = true;
		out->value = HUGE_VAL;
		return true;
	}
	if (padded_word_eq(s, len, "-infinity"))
	{
		out->cents = -(JR_SAL_MAX_ANNUAL_CENTS + 1);
		out->inexact = true;
		out->value = -HUGE_VAL;
		return true;
	}
	if (!scan_plain_decimal(s, len, &negative, &ip, &ilen, &fp, &flen))
		return false;
	out->cents = digits_to_cents(negative, ip, ilen, fp, flen, &exact, &rest);
	out->inexact = !exact;
	if (out->cents > JR_SAL_MAX_ANNUAL_CENTS ||
		out->cents < -JR_SAL_MAX_ANNUAL_CENTS)
	{
		/* saturated: the value only matters for distances */
		double		v = 0.0;
		size_t		i;

		for (i = 0; i < ilen; i++)
			v = v * 10.0 + (ip[i] - '0');
		out->value = negative ? -v : v;
	}
	else
		out->value = ((double) out->cents + rest) / 100.0;
	return true;
}

/* ------------------------------------------------------------------------
 * Constructor and validity
 * ------------------------------------------------------------------------ */

/* Parse one constructor bound; *open set for NULL or an infinity. */
static jr_status
make_bound(const char *s, size_t len, bool is_min, int64_t *cents,
		   bool *open, jr_error *err)
{
	*open = false;
	*cents = 0;
	if (s == NULL)
	{
		*open = true;
		return JR_OK;
	}
	if (padded_word_eq(s, len, is_min ? "-infinity" : "infinity") ||
		(!is_min && padded_word_eq(s, len, "+infinity")))
	{
		*open = true;
		return JR_OK;
	}
	if (padded_word_eq(s, len, "nan") || padded_word_eq(s, len, "infinity") ||
		padded_word_eq(s, len, "-infinity") ||
		padded_word_eq(s, len, "+infinity"))
	{
		jr_error_set(err, JR_ERR_ARGUMENT, 0,
					 "invalid %s bound for type salary_range: \"%.*s\"",
					 is_min ? "lower" : "upper",
					 (int) (len > 60 ? 60 : len), s);
		jr_error_detail(err, "A bound must be a finite amount, or NULL for "
						"an open bound.");
		return JR_ERR_ARGUMENT;
	}
	if (jr_amount_parse(s, len, cents, err) != JR_OK)
		return err ? err->code : JR_ERR_ARGUMENT;
	if (*cents < 0 || *cents > JR_SAL_MAX_CENTS)
	{
		jr_error_set(err, JR_ERR_RANGE, 0,
					 "value \"%.*s\" is out of range for type salary_range",
					 (int) (len > 60 ? 60 : len), s);
		jr_error_detail(err, *cents < 0
						? "Amounts must not be negative."
						: "Amounts must be at most 1000000000000.");
		return JR_ERR_RANGE;
	}
	return JR_OK;
}

/* Build a value from min/max text, currency and period names. */
jr_status
jr_salary_make(const char *min, size_t min_len,
			   const char *max, size_t max_len,
			   const char *currency, size_t currency_len,
			   const char *period, size_t period_len,
			   jr_salary *out, jr_error *err)
{
	jr_salary	v;
	bool		lo_open;
	bool		hi_open;
	jr_period	p;
	jr_status	st;

	memset(&v, 0, sizeof(v));
	if (currency == NULL || !jr_currency_parse(currency, currency_len,
											   v.currency))
	{
		size_t		n = currency ? currency_len : 0;

		jr_error_set(err, JR_ERR_ARGUMENT, 0,
					 "invalid currency for type salary_range: \"%.*s\"",
					 (int) (n > 60 ? 60 : n), currency ? currency : "");
		jr_error_detail(err, "The currency must be an ISO 4217 code such as "
						"USD, EUR or GBP.");
		return JR_ERR_ARGUMENT;
	}
	if (period == NULL || !jr_period_parse(period, period_len, &p))
	{
		size_t		n = period ? period_len : 0;

		jr_error_set(err, JR_ERR_ARGUMENT, 0,
					 "invalid period for type salary_range: \"%.*s\"",
					 (int) (n > 60 ? 60 : n), period ? period : "");
		jr_error_detail(err, "The period must be one of HOUR, DAY, WEEK, "
						"MONTH or YEAR.");
		return JR_ERR_ARGUMENT;
	}
	v.period = (uint8_t) p;
	st = make_bound(min, min_len, true, &v.lo, &lo_open, err);
	if (st != JR_OK)
		return st;
	st = make_bound(max, max_len, false, &v.hi, &hi_open, err);
	if (st != JR_OK)
		return st;
	if (lo_open && hi_open)
	{
		jr_error_set(err, JR_ERR_ARGUMENT, 0,
					 "invalid bounds for type salary_range");
		jr_error_detail(err, "At least one of the bounds must be given.");
		return JR_ERR_ARGUMENT;
	}
	if (lo_open)
		v.flags |= JR_SAL_LO_INF;
	if (hi_open)
		v.flags |= JR_SAL_HI_INF;
	if (!lo_open && !hi_open && v.lo > v.hi)
	{
		jr_buf		b;

		jr_buf_init(&b);
		jr_buf_puts(&b, "Lower bound ");
		jr_amount_format(v.lo, &b);
		jr_buf_puts(&b, " is greater than upper bound ");
		jr_amount_format(v.hi, &b);
		jr_buf_puts(&b, ".");
		jr_error_set(err, JR_ERR_ARGUMENT, 0,
					 "invalid bounds for type salary_range");
		jr_error_detail(err, "%s", b.data ? b.data : "Lower bound is "
						"greater than upper bound.");
		jr_buf_free(&b);
		return JR_ERR_ARGUMENT;
	}
	*out = v;
	return JR_OK;
}

/* True when sal is well-formed. */
bool
jr_salary_valid(const jr_salary *sal)
{
	bool		lo_inf = (sal->flags & JR_SAL_LO_INF) != 0;
	bool		hi_inf = (sal->flags & JR_SAL_HI_INF) != 0;

	if (sal->flags & ~(JR_SAL_LO_INF | JR_SAL_HI_INF))
		return false;
	if (sal->period > JR_PERIOD_YEAR)
		return false;
	if (sal->reserved[0] || sal->reserved[1] || sal->reserved[2])
		return false;
	if (!currency_known(sal->currency))
		return false;
	if (lo_inf && hi_inf)
		return false;
	if (lo_inf ? sal->lo != 0 : (sal->lo < 0 || sal->lo > JR_SAL_MAX_CENTS))
		return false;
	if (hi_inf ? sal->hi != 0 : (sal->hi < 0 || sal->hi > JR_SAL_MAX_CENTS))
		return false;
	if (!lo_inf && !hi_inf && sal->lo > sal->hi)
		return false;
	return true;
}

/* ------------------------------------------------------------------------
 * Printing
 * ------------------------------------------------------------------------ */

/* Append the canonical literal, e.g. "229000..262000 USD/YEAR". */
void
jr_salary_format(const jr_salary *sal, jr_buf *out)
{
	bool		lo_inf = (sal->flags & JR_SAL_LO_INF) != 0;
	bool		hi_inf = (sal->flags & JR_SAL_HI_INF) != 0;

	if (!lo_inf && !hi_inf && sal->lo == sal->hi)
		jr_amount_format(sal->lo, out);
	else
	{
		if (!lo_inf)
			jr_amount_format(sal->lo, out);
		jr_buf_puts(out, "..");
		if (!hi_inf)
			jr_amount_format(sal->hi, out);
	}
	jr_buf_putc(out, ' ');
	jr_buf_append(out, sal->currency, 3);
	jr_buf_putc(out, '/');
	jr_buf_puts(out, jr_period_name((jr_period) sal->period));
}

/* ------------------------------------------------------------------------
 * Annualized comparison and predicates
 * ------------------------------------------------------------------------ */

/* Annual lower bound in cents, JR_SAL_ANNUAL_NEG_INF when open. */
int64_t
jr_salary_annual_lo(const jr_salary *sal)
{
	if (sal->flags & JR_SAL_LO_INF)
		return JR_SAL_ANNUAL_NEG_INF;
	return sal->lo * jr_period_factor((jr_period) sal->period);
}

/* Annual upper bound in cents, JR_SAL_ANNUAL_POS_INF when open. */
int64_t
jr_salary_annual_hi(const jr_salary *sal)
{
	if (sal->flags & JR_SAL_HI_INF)
		return JR_SAL_ANNUAL_POS_INF;
	return sal->hi * jr_period_factor((jr_period) sal->period);
}

/* Three-way comparison in btree order (currency, annual lo, annual hi). */
int
jr_salary_cmp(const jr_salary *a, const jr_salary *b)
{
	int			c = memcmp(a->currency, b->currency, 3);
	int64_t		x;
	int64_t		y;

	if (c != 0)
		return c < 0 ? -1 : 1;
	x = jr_salary_annual_lo(a);
	y = jr_salary_annual_lo(b);
	if (x != y)
		return x < y ? -1 : 1;
	x = jr_salary_annual_hi(a);
	y = jr_salary_annual_hi(b);
	if (x != y)
		return x < y ? -1 : 1;
	return 0;
}

/* Equality: same currency, annual bounds and bound kinds. */
bool
jr_salary_eq(const jr_salary *a, const jr_salary *b)
{
	return jr_salary_cmp(a, b) == 0;
}

/* A 64-bit finalizer (splitmix64's), spreading every input bit. */
static uint64_t
mix64(uint64_t x)
{
	x ^= x >> 30;
	x *= UINT64_C(0xbf58476d1ce4e5b9);
	x ^= x >> 27;
	x *= UINT64_C(0x94d049bb133111eb);
	x ^= x >> 31;
	return x;
}

/* Hash agreeing with jr_salary_eq. */
uint64_t
jr_salary_hash(const jr_salary *sal, uint64_t seed)
{
	uint64_t	h;

	h = mix64(seed ^ UINT64_C(0x9e3779b97f4a7c15));
	h = mix64(h ^ ((uint64_t) (unsigned char) sal->currency[0] << 16 |
				   (uint64_t) (unsigned char) sal->currency[1] << 8 |
				   (uint64_t) (unsigned char) sal->currency[2]));
	h = mix64(h ^ (uint64_t) jr_salary_annual_lo(sal));
	h = mix64(h ^ (uint64_t) jr_salary_annual_hi(sal) ^ UINT64_C(0x5bd1e995));
	return h;
}

/* True when a and b state the same currency. */
static bool
same_currency(const jr_salary *a, const jr_salary *b)
{
	return memcmp(a->currency, b->currency, 3) == 0;
}

/* && : overlap with inclusive bounds. */
bool
jr_salary_overlaps(const jr_salary *a, const jr_salary *b)
{
	return same_currency(a, b) &&
		jr_salary_annual_lo(a) <= jr_salary_annual_hi(b) &&
		jr_salary_annual_lo(b) <= jr_salary_annual_hi(a);
}

/* @>: a contains b. */
bool
jr_salary_contains(const jr_salary *a, const jr_salary *b)
{
	return same_currency(a, b) &&
		jr_salary_annual_lo(a) <= jr_salary_annual_lo(b) &&
		jr_salary_annual_hi(b) <= jr_salary_annual_hi(a);
}

/* <@: a is contained by b. */
bool
jr_salary_contained_by(const jr_salary *a, const jr_salary *b)
{
	return jr_salary_contains(b, a);
}

/* <<: a is strictly left of b. */
bool
jr_salary_left(const jr_salary *a, const jr_salary *b)
{
	return same_currency(a, b) &&
		jr_salary_annual_hi(a) < jr_salary_annual_lo(b);
}

/* >>: a is strictly right of b. */
bool
jr_salary_right(const jr_salary *a, const jr_salary *b)
{
	return jr_salary_left(b, a);
}

/* &<: a does not extend to the right of b. */
bool
jr_salary_overleft(const jr_salary *a, const jr_salary *b)
{
	return same_currency(a, b) &&
		jr_salary_annual_hi(a) <= jr_salary_annual_hi(b);
}

/* &>: a does not extend to the left of b. */
bool
jr_salary_overright(const jr_salary *a, const jr_salary *b)
{
	return same_currency(a, b) &&
		jr_salary_annual_lo(a) >= jr_salary_annual_lo(b);
}

/* -|-: one range ends one cent before the other begins. */
bool
jr_salary_adjacent(const jr_salary *a, const jr_salary *b)
{
	if (!same_currency(a, b))
		return false;
	if (!(a->flags & JR_SAL_HI_INF) && !(b->flags & JR_SAL_LO_INF) &&
		jr_salary_annual_hi(a) + 1 == jr_salary_annual_lo(b))
		return true;
	if (!(b->flags & JR_SAL_HI_INF) && !(a->flags & JR_SAL_LO_INF) &&
		jr_salary_annual_hi(b) + 1 == jr_salary_annual_lo(a))
		return true;
	return false;
}

/*
 * True when the exact annual interval [lo, hi] (cents, sentinels for open
 * bounds) contains the amount x.  x lies in [x->cents, x->cents + 1),
 * strictly inside when inexact.
 */
bool
jr_sal_interval_contains_amount(int64_t lo, int64_t hi, const jr_amount *x)
{
	if (lo > x->cents)
		return false;
	if (x->inexact)
		return x->cents < hi;
	return x->cents <= hi;
}

/* @> amount: the annual amount is in sal. */
bool
jr_salary_contains_amount(const jr_salary *sal, const jr_amount *x)
{
	return jr_sal_interval_contains_amount(jr_salary_annual_lo(sal),
										   jr_salary_annual_hi(sal), x);
}

/* Gap between [alo, ahi] and [blo, bhi] in major units; 0 if they meet. */
double
jr_sal_interval_gap(int64_t alo, int64_t ahi, int64_t blo, int64_t bhi)
{
	if (ahi < blo)
		return (double) (blo - ahi) / 100.0;
	if (bhi < alo)
		return (double) (alo - bhi) / 100.0;
	return 0.0;
}

/* <->: 0 when overlapping, else the annual gap; +Inf across currencies. */
double
jr_salary_distance(const jr_salary *a, const jr_salary *b)
{
	if (!same_currency(a, b))
		return HUGE_VAL;
	return jr_sal_interval_gap(jr_salary_annual_lo(a), jr_salary_annual_hi(a),
							   jr_salary_annual_lo(b), jr_salary_annual_hi(b));
}

/* Gap between the exact interval [lo, hi] and amount x, major units. */
double
jr_sal_interval_gap_amount(int64_t lo, int64_t hi, const jr_amount *x)
{
	if (jr_sal_interval_contains_amount(lo, hi, x))
		return 0.0;
	if (lo > x->cents)
	{
		if (!x->inexact)
			return (double) (lo - x->cents) / 100.0;
		return (double) lo / 100.0 - x->value;
	}
	if (!x->inexact)
		return (double) (x->cents - hi) / 100.0;
	return x->value - (double) hi / 100.0;
}

/* <-> amount: 0 when inside, else the annual gap in major units. */
double
jr_salary_distance_amount(const jr_salary *sal, const jr_amount *x)
{
	return jr_sal_interval_gap_amount(jr_salary_annual_lo(sal),
									  jr_salary_annual_hi(sal), x);
}

/* ------------------------------------------------------------------------
 * Conversions
 * ------------------------------------------------------------------------ */

/* annual / factor, rounded half-up (annual >= 0). */
static int64_t
div_round_half_up(int64_t annual, int64_t factor)
{
	int64_t		q = annual / factor;
	int64_t		r = annual % factor;

	if (2 * r >= factor)
		q++;
	return q;
}

/* The same range stated per target period. */
jr_status
jr_salary_to_period(const jr_salary *sal, jr_period period,
					jr_salary *out, jr_error *err)
{
	jr_salary	v = *sal;
	int64_t		f;

	if ((unsigned) period > JR_PERIOD_YEAR)
	{
		jr_error_set(err, JR_ERR_ARGUMENT, 0,
					 "invalid period for type salary_range");
		jr_error_detail(err, "The period must be one of HOUR, DAY, WEEK, "
						"MONTH or YEAR.");
		return JR_ERR_ARGUMENT;
	}
	f = jr_period_factor(period);
	v.period = (uint8_t) period;
	if (!(sal->flags & JR_SAL_LO_INF))
		v.lo = div_round_half_up(jr_salary_annual_lo(sal), f);
	if (!(sal->flags & JR_SAL_HI_INF))
		v.hi = div_round_half_up(jr_salary_annual_hi(sal), f);
	if ((!(v.flags & JR_SAL_LO_INF) && v.lo > JR_SAL_MAX_CENTS) ||
		(!(v.flags & JR_SAL_HI_INF) && v.hi > JR_SAL_MAX_CENTS))
	{
		jr_error_set(err, JR_ERR_RANGE, 0,
					 "salary_range value out of range when stated per %s",
					 jr_period_name(period));
		jr_error_detail(err, "Amounts must be at most 1000000000000 per "
						"period.");
		return JR_ERR_RANGE;
	}
	*out = v;
	return JR_OK;
}

/* salary_annual: the same range stated per YEAR. */
jr_status
jr_salary_annual(const jr_salary *sal, jr_salary *out, jr_error *err)
{
	return jr_salary_to_period(sal, JR_PERIOD_YEAR, out, err);
}

/* Annual midpoint in cents, half-up; false when a bound is open. */
bool
jr_salary_midpoint(const jr_salary *sal, int64_t *annual_cents)
{
	if (sal->flags & (JR_SAL_LO_INF | JR_SAL_HI_INF))
		return false;
	*annual_cents = (jr_salary_annual_lo(sal) + jr_salary_annual_hi(sal) + 1)
		/ 2;
	return true;
}
