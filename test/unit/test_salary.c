/*
 * test_salary.c
 *		Unit tests of the salary_range core: literals (good and bad, exact
 *		outputs and error details), round trips, comparison, equality and
 *		hashing, every predicate against a reference model, conversions,
 *		the free-text finder, and the GiST math, with randomized property
 *		tests under a fixed seed.
 */
#include "jr_salary.h"
#include "jr_salary_gist.h"
#include "jr_salary_int.h"
#include "unit.h"

#include <stdlib.h>

/* ------------------------------------------------------------------------
 * Helpers
 * ------------------------------------------------------------------------ */

static uint64_t rng_state = UINT64_C(0x2545F4914F6CDD1D);

/* Deterministic xorshift64* generator (fixed seed). */
static uint64_t
rng(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * UINT64_C(2685821657736338717);
}

/* Uniform integer in [0, n). */
static int64_t
rnd(int64_t n)
{
	return (int64_t) (rng() % (uint64_t) n);
}

/* Canonical text of a value, in a static buffer. */
static const char *
fmt(const jr_salary *v)
{
	static char out[128];
	jr_buf		b;

	jr_buf_init(&b);
	jr_salary_format(v, &b);
	snprintf(out, sizeof(out), "%s", b.data ? b.data : "(oom)");
	jr_buf_free(&b);
	return out;
}

/* Parse a literal and check its canonical output. */
static void
lit_ok(const char *in, const char *want)
{
	jr_salary	v;
	jr_error	err;
	char		name[256];
	jr_status	st;

	jr_error_clear(&err);
	st = jr_salary_parse_literal(in, strlen(in), &v, &err);
	snprintf(name, sizeof(name), "literal \"%s\" -> %s", in, want);
	if (st != JR_OK)
	{
		unit_ok(0, "%s", name);
		printf("#   error: %s | %s\n", err.message, err.detail);
		return;
	}
	if (!jr_salary_valid(&v))
	{
		unit_ok(0, "%s (valid)", name);
		return;
	}
	unit_is_str(fmt(&v), want, name);
}

/* Parse a bad literal and check the status and the detail sentence. */
static void
lit_err(const char *in, jr_status want, const char *detail)
{
	jr_salary	v;
	jr_error	err;
	char		name[256];
	jr_status	st;

	jr_error_clear(&err);
	st = jr_salary_parse_literal(in, strlen(in), &v, &err);
	snprintf(name, sizeof(name), "literal \"%s\" fails: %s", in, detail);
	if (st != want)
	{
		unit_ok(0, "%s", name);
		printf("#   got status %s (%s)\n", jr_status_name(st),
			   st == JR_OK ? fmt(&v) : err.detail);
		return;
	}
	if (!unit_is_str(err.detail, detail, name))
		printf("#   message: %s\n", err.message);
}

/* Build a value directly. */
static jr_salary
mk(int64_t lo, int64_t hi, const char *cur, jr_period p, uint8_t flags)
{
	jr_salary	v;

	memset(&v, 0, sizeof(v));
	v.lo = (flags & JR_SAL_LO_INF) ? 0 : lo;
	v.hi = (flags & JR_SAL_HI_INF) ? 0 : hi;
	memcpy(v.currency, cur, 3);
	v.period = (uint8_t) p;
	v.flags = flags;
	return v;
}

/*
 * Parse a literal that must be good (for building test values); the
 * result lives in a ring of static slots so that &L("...") works.
 */
static jr_salary *
literal_slot(const char *in)
{
	static jr_salary ring[32];
	static int	next = 0;
	jr_salary  *v = &ring[next++ % 32];
	jr_error	err;

	memset(v, 0, sizeof(*v));
	if (jr_salary_parse_literal(in, strlen(in), v, &err) != JR_OK)
	{
		printf("# bad test literal %s: %s\n", in, err.detail);
		abort();
	}
	return v;
}

#define L(s) (*literal_slot(s))

/* ------------------------------------------------------------------------
 * Literals
 * ------------------------------------------------------------------------ */

/* The forms the design names, and canonical literals. */
static void
test_literal_forms(void)
{
	/* canonical */
	lit_ok("229000..262000 USD/YEAR", "229000..262000 USD/YEAR");
	lit_ok("..90000 USD/YEAR", "..90000 USD/YEAR");
	lit_ok("120000.. USD/YEAR", "120000.. USD/YEAR");
	lit_ok("25.5 USD/HOUR", "25.5 USD/HOUR");
	lit_ok("0.05 EUR/DAY", "0.05 EUR/DAY");
	lit_ok("1.5..2.25 GBP/WEEK", "1.5..2.25 GBP/WEEK");
	lit_ok("100..100 USD/MONTH", "100 USD/MONTH");
	lit_ok("  229000..262000 USD/YEAR  ", "229000..262000 USD/YEAR");
	lit_ok("229000 .. 262000 usd / year", "229000..262000 USD/YEAR");
	lit_ok("0 USD/YEAR", "0 USD/YEAR");
	lit_ok("1000000000000 USD/YEAR", "1000000000000 USD/YEAR");
	lit_ok("999999999999.99 JPY/HOUR", "999999999999.99 JPY/HOUR");
	lit_ok("5", "5 USD/YEAR");
	lit_ok("..5", "..5 USD/YEAR");
	lit_ok("5..", "5.. USD/YEAR");
	/* the forms postings use */
	lit_ok("$229K \xE2\x80\x93 $262K USD / year", "229000..262000 USD/YEAR");
	lit_ok("$175,800 - $200,700", "175800..200700 USD/YEAR");
	lit_ok("$120-150k", "120000..150000 USD/YEAR");
	lit_ok("$22 - $45 per hour", "22..45 USD/HOUR");
	lit_ok("$25.50/hr", "25.5 USD/HOUR");
	lit_ok("up to $90,000", "..90000 USD/YEAR");
	lit_ok("$120,000+", "120000.. USD/YEAR");
	lit_ok("from \xE2\x82\xAC" "55k", "55000.. EUR/YEAR");
	lit_ok("\xE2\x82\xAC" "50.000\xE2\x80\x93\xE2\x82\xAC" "60.000 per year",
		   "50000..60000 EUR/YEAR");
	lit_ok("\xC2\xA3" "40k-\xC2\xA3" "45k pa", "40000..45000 GBP/YEAR");
	lit_ok("CHF 120'000 \xE2\x80\x93 140'000", "120000..140000 CHF/YEAR");
	lit_ok("A$120,000 - A$150,000", "120000..150000 AUD/YEAR");
	lit_ok("$100,000 - $150,000 CAD", "100000..150000 CAD/YEAR");
	lit_ok("\xE2\x82\xB9" "12\xE2\x80\x93" "18 LPA",
		   "1200000..1800000 INR/YEAR");
	lit_ok("8,000/month", "8000 USD/MONTH");
	lit_ok("USD 120k", "120000 USD/YEAR");
	lit_ok("$1.5k", "1500 USD/YEAR");
	lit_ok("$25.550/hr", "25.55 USD/HOUR");
	lit_ok("$1.555k", "1555 USD/YEAR");
	lit_ok("$1.2345k", "1234.5 USD/YEAR");
	lit_ok("$1.23456k", "1234.56 USD/YEAR");
	lit_ok("$2.5M", "2500000 USD/YEAR");
	lit_ok("$1 million", "1000000 USD/YEAR");
	lit_ok("120 thousand USD", "120000 USD/YEAR");
	lit_ok("120 thousand dollars", "120000 USD/YEAR");
	lit_ok("50 euros an hour", "50 EUR/HOUR");
	lit_ok("12 lakh rupees", "1200000 INR/YEAR");
	lit_ok("5000000 yen", "5000000 JPY/YEAR");
	lit_ok("$1.5B", "1500000000 USD/YEAR");
	lit_ok("$1.5 billion", "1500000000 USD/YEAR");
}

/* Separators of several locales. */
static void
test_literal_numbers(void)
{
	lit_ok("1 234 567 EUR", "1234567 EUR/YEAR");
	lit_ok("1\xC2\xA0" "234\xC2\xA0" "567 EUR", "1234567 EUR/YEAR");
	lit_ok("1\xE2\x80\xAF" "234 EUR", "1234 EUR/YEAR");
	lit_ok("1\xE2\x80\x89" "234 EUR", "1234 EUR/YEAR");
	lit_ok("12,00,000 INR", "1200000 INR/YEAR");
	lit_ok("1,00,00,000 INR", "10000000 INR/YEAR");
	lit_ok("Rs 12,50,000", "1250000 INR/YEAR");
	lit_ok("Rs. 45000 per month", "45000 INR/MONTH");
	lit_ok("1.234.567 EUR", "1234567 EUR/YEAR");
	lit_ok("1.234,56 \xE2\x82\xAC", "1234.56 EUR/YEAR");
	lit_ok("25,50 \xE2\x82\xAC", "25.5 EUR/YEAR");
	lit_ok("25,5 EUR/HOUR", "25.5 EUR/HOUR");
	lit_ok("103,852.15 USD", "103852.15 USD/YEAR");
	lit_ok("120'000.50 CHF", "120000.5 CHF/YEAR");
	lit_ok("120\xE2\x80\x99" "000 CHF", "120000 CHF/YEAR");
	lit_ok("1 234,5 EUR", "1234.5 EUR/YEAR");
	lit_ok("50.000 EUR", "50000 EUR/YEAR");
	lit_ok("50.000 SEK", "50000 SEK/YEAR");
	lit_ok("50.000 BRL", "50000 BRL/YEAR");
	lit_ok("50.500 USD", "50.5 USD/YEAR");
	lit_ok("50.000 USD", "50000 USD/YEAR");
	lit_ok("$1.000k", "1000 USD/YEAR");
	lit_ok("$50.500", "50.5 USD/YEAR");
	lit_ok("0.125k", "125 USD/YEAR");
	lit_ok("007", "7 USD/YEAR");
	lit_ok("1234.5", "1234.5 USD/YEAR");
	lit_ok("1,234", "1234 USD/YEAR");
	lit_ok("1,234.5", "1234.5 USD/YEAR");
	lit_ok("12.00", "12 USD/YEAR");
	lit_ok("12.10", "12.1 USD/YEAR");
	lit_ok("12.01", "12.01 USD/YEAR");
	lit_ok("0.01", "0.01 USD/YEAR");
	lit_ok("0.1", "0.1 USD/YEAR");
}

/* Currencies: symbols, codes and prefixes. */
static void
test_literal_currencies(void)
{
	static const struct
	{
		const char *in;
		const char *want;
	}			cases[] =
	{
		{"$5", "5 USD/YEAR"},
		{"US$5", "5 USD/YEAR"},
		{"USD$5", "5 USD/YEAR"},
		{"USD 5", "5 USD/YEAR"},
		{"5 USD", "5 USD/YEAR"},
		{"5USD", "5 USD/YEAR"},
		{"usd 5", "5 USD/YEAR"},
		{"\xE2\x82\xAC" "5", "5 EUR/YEAR"},
		{"5 \xE2\x82\xAC", "5 EUR/YEAR"},
		{"5\xE2\x82\xAC", "5 EUR/YEAR"},
		{"\xC2\xA3" "5", "5 GBP/YEAR"},
		{"\xC2\xA5" "500", "500 JPY/YEAR"},
		{"\xEF\xBF\xA5" "500", "500 JPY/YEAR"},
		{"\xE2\x82\xB9" "500", "500 INR/YEAR"},
		{"Rs 500", "500 INR/YEAR"},
		{"Rs.500", "500 INR/YEAR"},
		{"INR 500", "500 INR/YEAR"},
		{"A$5", "5 AUD/YEAR"},
		{"AU$5", "5 AUD/YEAR"},
		{"C$5", "5 CAD/YEAR"},
		{"CA$5", "5 CAD/YEAR"},
		{"NZ$5", "5 NZD/YEAR"},
		{"S$5", "5 SGD/YEAR"},
		{"HK$5", "5 HKD/YEAR"},
		{"R$5", "5 BRL/YEAR"},
		{"MX$5", "5 MXN/YEAR"},
		{"CHF 5", "5 CHF/YEAR"},
		{"5 SEK", "5 SEK/YEAR"},
		{"5 kr SEK", "5 SEK/YEAR"},
		{"NOK 5 kr", "5 NOK/YEAR"},
		{"5 kr. DKK", "5 DKK/YEAR"},
		{"5 z\xC5\x82", "5 PLN/YEAR"},
		{"5 K\xC4\x8D", "5 CZK/YEAR"},
		{"\xE2\x82\xA9" "5", "5 KRW/YEAR"},
		{"\xE2\x82\xAA" "5", "5 ILS/YEAR"},
		{"\xE2\x82\xB1" "5", "5 PHP/YEAR"},
		{"\xE2\x82\xA6" "5", "5 NGN/YEAR"},
		{"\xE2\x82\xBD" "5", "5 RUB/YEAR"},
		{"\xE2\x82\xBA" "5", "5 TRY/YEAR"},
		{"R250 000", "250000 ZAR/YEAR"},
		{"ZAR 250 000", "250000 ZAR/YEAR"},
		{"$5 CAD", "5 CAD/YEAR"},
		{"$5 MXN", "5 MXN/YEAR"},
		{"AED 5", "5 AED/YEAR"},
		{"5 XOF", "5 XOF/YEAR"},
		{"5 HRK", "5 HRK/YEAR"},
		{"5 zwg", "5 ZWG/YEAR"},
		{"$5 USD", "5 USD/YEAR"},
		{"USD 5 USD", "5 USD/YEAR"},
	};
	size_t		i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		lit_ok(cases[i].in, cases[i].want);
}

/* Periods: words, abbreviations, slashes. */
static void
test_literal_periods(void)
{
	static const struct
	{
		const char *suffix;
		const char *period;
	}			cases[] =
	{
		{"", "YEAR"},
		{" per year", "YEAR"}, {"/year", "YEAR"}, {"/yr", "YEAR"},
		{" / yr", "YEAR"}, {" a year", "YEAR"}, {" per annum", "YEAR"},
		{" annually", "YEAR"}, {" annual", "YEAR"}, {" yearly", "YEAR"},
		{" pa", "YEAR"}, {" p.a.", "YEAR"}, {" p.a", "YEAR"},
		{" PER YEAR", "YEAR"}, {"/y", "YEAR"}, {" per yr", "YEAR"},
		{" per hour", "HOUR"}, {"/hr", "HOUR"}, {"/h", "HOUR"},
		{" an hour", "HOUR"}, {" hourly", "HOUR"}, {" per hr", "HOUR"},
		{"/hour", "HOUR"}, {" /Hr", "HOUR"}, {" each hour", "HOUR"},
		{" per day", "DAY"}, {"/day", "DAY"}, {" daily", "DAY"},
		{" a day", "DAY"}, {"/d", "DAY"},
		{" per week", "WEEK"}, {"/wk", "WEEK"}, {" weekly", "WEEK"},
		{" a week", "WEEK"}, {"/week", "WEEK"},
		{" per month", "MONTH"}, {"/mo", "MONTH"}, {"/mth", "MONTH"},
		{" monthly", "MONTH"}, {" a month", "MONTH"}, {"/month", "MONTH"},
		{" every month", "MONTH"}, {" USD/MONTH", "MONTH"},
		{" USD / month", "MONTH"},
	};
	size_t		i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		char		in[64];
		char		want[64];

		snprintf(in, sizeof(in), "$40%s", cases[i].suffix);
		snprintf(want, sizeof(want), "40 USD/%s", cases[i].period);
		lit_ok(in, want);
		snprintf(in, sizeof(in), "$30 - $40%s", cases[i].suffix);
		snprintf(want, sizeof(want), "30..40 USD/%s", cases[i].period);
		lit_ok(in, want);
	}
}

/* Ranges: connectors, suffix propagation, open bounds. */
static void
test_literal_ranges(void)
{
	static const char *const dashes[] = {
		"-", " - ", "\xE2\x80\x93", " \xE2\x80\x93 ", "\xE2\x80\x94",
		" \xE2\x80\x94 ", "--", " -- ", " to ", " TO ", "~", " ~ ",
		"\xE2\x88\x92", "\xE2\x80\x90", " through ", " up to ", "..",
	};
	size_t		i;

	for (i = 0; i < sizeof(dashes) / sizeof(dashes[0]); i++)
	{
		char		in[64];

		snprintf(in, sizeof(in), "$120k%s$150k", dashes[i]);
		lit_ok(in, "120000..150000 USD/YEAR");
		snprintf(in, sizeof(in), "120%s150k", dashes[i]);
		lit_ok(in, "120000..150000 USD/YEAR");
	}
	lit_ok("between 50k and 60k", "50000..60000 USD/YEAR");
	lit_ok("between $50,000 and $60,000 per year", "50000..60000 USD/YEAR");
	lit_ok("from $50k to $60k", "50000..60000 USD/YEAR");
	lit_ok("$120k-150", "120000..150000 USD/YEAR");
	lit_ok("50-70K", "50000..70000 USD/YEAR");
	lit_ok("$90,000-150k", "90000..150000 USD/YEAR");
	lit_ok("12-18 lakhs", "1200000..1800000 INR/YEAR");
	lit_ok("12 lakh", "1200000 INR/YEAR");
	lit_ok("1.2 crore", "12000000 INR/YEAR");
	lit_ok("\xE2\x82\xB9" "12L", "1200000 INR/YEAR");
	lit_ok("12 LPA", "1200000 INR/YEAR");
	lit_ok("12 - 18 LPA", "1200000..1800000 INR/YEAR");
	lit_ok("upto $90,000", "..90000 USD/YEAR");
	lit_ok("max $90,000", "..90000 USD/YEAR");
	lit_ok("maximum 90k", "..90000 USD/YEAR");
	lit_ok("under 90k", "..90000 USD/YEAR");
	lit_ok("less than 90k", "..90000 USD/YEAR");
	lit_ok("at most 90k", "..90000 USD/YEAR");
	lit_ok("no more than 90k", "..90000 USD/YEAR");
	lit_ok("Up To $30/hour", "..30 USD/HOUR");
	lit_ok("from $55,000", "55000.. USD/YEAR");
	lit_ok("starting at $18/hr", "18.. USD/HOUR");
	lit_ok("starting from 18 USD/HOUR", "18.. USD/HOUR");
	lit_ok("at least $100k", "100000.. USD/YEAR");
	lit_ok("min 100k", "100000.. USD/YEAR");
	lit_ok("minimum $100,000", "100000.. USD/YEAR");
	lit_ok("over $100k", "100000.. USD/YEAR");
	lit_ok("more than $100k", "100000.. USD/YEAR");
	lit_ok("$100k or more", "100000.. USD/YEAR");
	lit_ok("$100k and up", "100000.. USD/YEAR");
	lit_ok("$100k and above", "100000.. USD/YEAR");
	lit_ok("$20+/hr", "20.. USD/HOUR");
	lit_ok("$20/hr+", "20.. USD/HOUR");
	lit_ok("$120,000+ per year", "120000.. USD/YEAR");
	lit_ok("$120,000 + USD", "120000.. USD/YEAR");
	lit_ok("..25.5 USD/HOUR", "..25.5 USD/HOUR");
	lit_ok("25.5.. USD/HOUR", "25.5.. USD/HOUR");
	lit_ok("USD$232,000 per year - USD$258,000 per year",
		   "232000..258000 USD/YEAR");
	lit_ok("$30/hr to $35/hr", "30..35 USD/HOUR");
	lit_ok("103,852.15USD -140,505.85 USD", "103852.15..140505.85 USD/YEAR");
	lit_ok("$100,000.00 - $150,000.00 /year", "100000..150000 USD/YEAR");
	lit_ok("\xC2\xA3" "2,500 - \xC2\xA3" "3,500 GBP monthly",
		   "2500..3500 GBP/MONTH");
	lit_ok("45 000 - 50 000 SEK/month", "45000..50000 SEK/MONTH");
	lit_ok("5 - 5", "5 USD/YEAR");
}

/* Bad literals: exact status and detail. */
static void
test_literal_errors(void)
{
	lit_err("", JR_ERR_SYNTAX, "Expected an amount at position 1.");
	lit_err("   ", JR_ERR_SYNTAX, "Expected an amount at position 4.");
	lit_err("$", JR_ERR_SYNTAX, "Expected an amount at position 2.");
	lit_err("USD", JR_ERR_SYNTAX, "Expected an amount at position 4.");
	lit_err("abc", JR_ERR_SYNTAX, "Expected an amount at position 1.");
	lit_err("XYZ 5", JR_ERR_SYNTAX, "Unknown currency code \"XYZ\".");
	lit_err("5 XYZ", JR_ERR_SYNTAX, "Unknown currency code \"XYZ\".");
	lit_err("5..6 XYZ/YEAR", JR_ERR_SYNTAX, "Unknown currency code \"XYZ\".");
	lit_err("5 USD/FORTNIGHT", JR_ERR_SYNTAX,
			"Unexpected \"/\" at position 6.");
	lit_err("50000..40000", JR_ERR_SYNTAX,
			"Lower bound 50000 is greater than upper bound 40000.");
	lit_err("$50k - $40k", JR_ERR_SYNTAX,
			"Lower bound 50000 is greater than upper bound 40000.");
	lit_err("2.5..1.25 EUR/DAY", JR_ERR_SYNTAX,
			"Lower bound 2.5 is greater than upper bound 1.25.");
	lit_err("$25.555/hr", JR_ERR_SYNTAX,
			"Amount 25.555 has more than 2 decimal places.");
	lit_err("0.125", JR_ERR_SYNTAX,
			"Amount 0.125 has more than 2 decimal places.");
	lit_err("1234.567", JR_ERR_SYNTAX,
			"Amount 1234.567 has more than 2 decimal places.");
	lit_err("$1.234567k", JR_ERR_SYNTAX,
			"Amount 1.234567 has more than 2 decimal places.");
	lit_err("45 000 kr", JR_ERR_SYNTAX,
			"Currency \"kr\" is ambiguous; write SEK, NOK, DKK or ISK.");
	lit_err("5 kr EUR", JR_ERR_SYNTAX, "Conflicting currencies kr and EUR.");
	lit_err("\xE2\x82\xAC" "5 USD", JR_ERR_SYNTAX,
			"Conflicting currencies EUR and USD.");
	lit_err("5 EUR - 6 GBP", JR_ERR_SYNTAX,
			"Conflicting currencies EUR and GBP.");
	lit_err("$5/hr per year", JR_ERR_SYNTAX,
			"Conflicting periods HOUR and YEAR.");
	lit_err("$5/hr - $6/day", JR_ERR_SYNTAX,
			"Conflicting periods HOUR and DAY.");
	lit_err("5/month LPA", JR_ERR_SYNTAX,
			"Conflicting periods MONTH and YEAR.");
	lit_err("-5 USD/YEAR", JR_ERR_RANGE, "Amounts must not be negative.");
	lit_err("..-5 USD/YEAR", JR_ERR_RANGE, "Amounts must not be negative.");
	lit_err("-5..5", JR_ERR_RANGE, "Amounts must not be negative.");
	lit_err("2000000000000", JR_ERR_RANGE,
			"Amount at position 1 exceeds the maximum of 1000000000000.");
	lit_err("1000000000000.01", JR_ERR_RANGE,
			"Amount at position 1 exceeds the maximum of 1000000000000.");
	lit_err("$5..99999999999999999999999", JR_ERR_RANGE,
			"Amount at position 5 exceeds the maximum of 1000000000000.");
	lit_err("2000000 million", JR_ERR_RANGE,
			"Amount at position 1 exceeds the maximum of 1000000000000.");
	lit_err("5 -", JR_ERR_SYNTAX, "Expected an amount at position 4.");
	lit_err("5 to", JR_ERR_SYNTAX, "Expected an amount at position 5.");
	lit_err("5 to $", JR_ERR_SYNTAX, "Expected an amount at position 7.");
	lit_err("$120,000 + bonus", JR_ERR_SYNTAX,
			"Unexpected \"+\" at position 10.");
	lit_err("$120k bonus", JR_ERR_SYNTAX,
			"Unexpected \"bonus\" at position 7.");
	lit_err("5%", JR_ERR_SYNTAX, "A percentage is not an amount (position 2).");
	lit_err("1e5", JR_ERR_SYNTAX, "Unexpected \"e\" at position 2.");
	lit_err("1,2,3", JR_ERR_SYNTAX,
			"Malformed number \"1,2,3\" at position 1.");
	lit_err("$1,23,4", JR_ERR_SYNTAX,
			"Malformed number \"1,23,4\" at position 2.");
	lit_err("1,2345", JR_ERR_SYNTAX,
			"Malformed number \"1,2345\" at position 1.");
	lit_err("1.234,567.8", JR_ERR_SYNTAX,
			"Malformed number \"1.234,567.8\" at position 1.");
	lit_err("Competitive", JR_ERR_SYNTAX, "Expected an amount at position 1.");
	lit_err("DOE", JR_ERR_SYNTAX, "Expected an amount at position 1.");
	lit_err("up to", JR_ERR_SYNTAX, "Expected an amount at position 6.");
	lit_err("up to 5+", JR_ERR_SYNTAX, "Both bounds are open.");
	lit_err("..5..", JR_ERR_SYNTAX, "Both bounds are open.");
	lit_err("5.. ..", JR_ERR_SYNTAX, "Unexpected \"..\" at position 5.");
	lit_err("5 6", JR_ERR_SYNTAX, "Unexpected \"6\" at position 3.");
	lit_err("5 USD/YEAR extra", JR_ERR_SYNTAX,
			"Unexpected \"extra\" at position 12.");
	lit_err("\xE2\x82\xAC\xC2\xA2 5", JR_ERR_SYNTAX,
			"Expected an amount at position 1.");
	lit_err("5 per fortnight", JR_ERR_SYNTAX,
			"Unexpected \"per\" at position 3.");
	lit_err("5 hours", JR_ERR_SYNTAX, "Unexpected \"hours\" at position 3.");
	lit_err("1 000 000 000 000 000", JR_ERR_RANGE,
			"Amount at position 1 exceeds the maximum of 1000000000000.");
}

/* The error message names the type and quotes the input, truncated. */
static void
test_literal_messages(void)
{
	jr_salary	v;
	jr_error	err;
	const char *longin =
		"$1 a b c d e f g h i j k l m n o p q r s t u v w x y z 0 1 2 3 4";

	jr_salary_parse_literal("XYZ 5", 5, &v, &err);
	unit_is_str(err.message,
				"invalid input syntax for type salary_range: \"XYZ 5\"",
				"syntax error message quotes the input");
	unit_is_long((long long) err.offset, 0, "error offset of XYZ");
	jr_salary_parse_literal(longin, strlen(longin), &v, &err);
	unit_is_str(err.message,
				"invalid input syntax for type salary_range: \"$1 a b c d e f "
				"g h i j k l m n o p q r s t u v w x y z 0 1 2...\"",
				"long input is truncated with an ellipsis");
	jr_salary_parse_literal("-5", 2, &v, &err);
	unit_is_str(err.message,
				"value \"-5\" is out of range for type salary_range",
				"range error message");
	unit_is_long(err.code, JR_ERR_RANGE, "range error code");
	/* not NUL-terminated input: only len bytes are read */
	unit_ok(jr_salary_parse_literal("12345", 2, &v, &err) == JR_OK &&
			strcmp(fmt(&v), "12 USD/YEAR") == 0,
			"parse reads only len bytes");
	/* truncation does not split a UTF-8 character */
	{
		char		in[200];
		size_t		i;

		strcpy(in, "XYZ ");
		for (i = 0; i < 40; i++)
			strcat(in, "\xE2\x82\xAC");
		jr_salary_parse_literal(in, strlen(in), &v, &err);
		unit_ok(jr_utf8_valid(err.message, strlen(err.message)),
				"truncated message is valid UTF-8");
	}
}

/* Generated combinations: amounts x currencies x periods x dashes. */
static void
test_literal_matrix(void)
{
	static const struct
	{
		const char *lo;
		const char *hi;
		const char *want;
	}			amounts[] =
	{
		{"120,000", "150,000", "120000..150000"},
		{"120k", "150k", "120000..150000"},
		{"120K", "150K", "120000..150000"},
		{"120000", "150000", "120000..150000"},
		{"120 000", "150 000", "120000..150000"},
		{"120000.00", "150000.50", "120000..150000.5"},
		{"22", "45.5", "22..45.5"},
		{"1.5k", "2.25k", "1500..2250"},
	};
	static const struct
	{
		const char *pre;
		const char *post;
		const char *code;
	}			curs[] =
	{
		{"$", "", "USD"}, {"\xE2\x82\xAC", "", "EUR"}, {"\xC2\xA3", "", "GBP"},
		{"", " USD", "USD"}, {"", " EUR", "EUR"}, {"CHF ", "", "CHF"},
		{"A$", "", "AUD"}, {"", "", "USD"},
	};
	static const struct
	{
		const char *text;
		const char *period;
	}			periods[] =
	{
		{"", "YEAR"}, {" per hour", "HOUR"}, {"/mo", "MONTH"},
		{" weekly", "WEEK"},
	};
	size_t		a;
	size_t		c;
	size_t		p;

	for (a = 0; a < sizeof(amounts) / sizeof(amounts[0]); a++)
		for (c = 0; c < sizeof(curs) / sizeof(curs[0]); c++)
			for (p = 0; p < sizeof(periods) / sizeof(periods[0]); p++)
			{
				char		in[128];
				char		want[128];

				snprintf(in, sizeof(in), "%s%s%s - %s%s%s%s", curs[c].pre,
						 amounts[a].lo, curs[c].post, curs[c].pre,
						 amounts[a].hi, curs[c].post, periods[p].text);
				snprintf(want, sizeof(want), "%s %s/%s", amounts[a].want,
						 curs[c].code, periods[p].period);
				lit_ok(in, want);
			}
}

/* parse(format(x)) == x, byte for byte, on random values. */
static void
test_round_trip(void)
{
	static const char *const codes[] = {"USD", "EUR", "GBP", "JPY", "INR",
	"CHF", "XOF", "ZWG"};
	int			i;
	int			bad = 0;

	for (i = 0; i < 3000; i++)
	{
		jr_salary	v;
		jr_salary	w;
		jr_error	err;
		int64_t		a = rnd(4) == 0 ? rnd(JR_SAL_MAX_CENTS + 1) :
			rnd(100000000);
		int64_t		b = rnd(4) == 0 ? rnd(JR_SAL_MAX_CENTS + 1) :
			rnd(100000000);
		uint8_t		flags = (uint8_t) (rnd(5) == 0 ? JR_SAL_LO_INF :
									   rnd(5) == 0 ? JR_SAL_HI_INF : 0);
		const char *text;

		if (a > b)
		{
			int64_t		t = a;

			a = b;
			b = t;
		}
		if (rnd(5) == 0)
			b = a;
		v = mk(a, b, codes[rnd(8)], (jr_period) rnd(5), flags);
		text = fmt(&v);
		if (jr_salary_parse_literal(text, strlen(text), &w, &err) != JR_OK ||
			memcmp(&v, &w, sizeof(v)) != 0)
		{
			if (bad++ < 5)
				printf("# round trip failed: %s\n", text);
		}
		else
		{
			/* a leading blank takes the general scanner, not the fast
			 * path for canonical text: both must agree */
			char		padded[140];

			snprintf(padded, sizeof(padded), " %s", text);
			if (jr_salary_parse_literal(padded, strlen(padded), &w,
										&err) != JR_OK ||
				memcmp(&v, &w, sizeof(v)) != 0)
			{
				if (bad++ < 5)
					printf("# general scanner differs: %s\n", text);
			}
		}
	}
	unit_ok(bad == 0, "3000 random values round-trip exactly, through the "
			"canonical fast path and the general scanner alike");
	unit_is_long(sizeof(jr_salary), 24, "jr_salary is 24 bytes");
}

/* ------------------------------------------------------------------------
 * Comparison, predicates, conversions
 * ------------------------------------------------------------------------ */

/* A reference model of one value: annual bounds with explicit flags. */
typedef struct ref
{
	char		cur[3];
	bool		lo_inf;
	bool		hi_inf;
	int64_t		lo;
	int64_t		hi;
} ref;

/* The reference view of a value. */
static ref
ref_of(const jr_salary *v)
{
	ref			r;

	memcpy(r.cur, v->currency, 3);
	r.lo_inf = (v->flags & JR_SAL_LO_INF) != 0;
	r.hi_inf = (v->flags & JR_SAL_HI_INF) != 0;
	r.lo = r.lo_inf ? 0 : v->lo * jr_period_factor((jr_period) v->period);
	r.hi = r.hi_inf ? 0 : v->hi * jr_period_factor((jr_period) v->period);
	return r;
}

/* Reference predicates, written case by case (not with sentinels). */
static bool
ref_pred(int op, const ref *a, const ref *b)
{
	if (memcmp(a->cur, b->cur, 3) != 0)
		return false;
	switch (op)
	{
		case JR_SALSTRAT_OVERLAPS:
			return (a->lo_inf || b->hi_inf || a->lo <= b->hi) &&
				(b->lo_inf || a->hi_inf || b->lo <= a->hi);
		case JR_SALSTRAT_CONTAINS:
			return (a->lo_inf || (!b->lo_inf && a->lo <= b->lo)) &&
				(a->hi_inf || (!b->hi_inf && b->hi <= a->hi));
		case JR_SALSTRAT_CONTAINED_BY:
			return ref_pred(JR_SALSTRAT_CONTAINS, b, a);
		case JR_SALSTRAT_LEFT:
			return !a->hi_inf && !b->lo_inf && a->hi < b->lo;
		case JR_SALSTRAT_RIGHT:
			return ref_pred(JR_SALSTRAT_LEFT, b, a);
		case JR_SALSTRAT_OVERLEFT:
			return b->hi_inf || (!a->hi_inf && a->hi <= b->hi);
		case JR_SALSTRAT_OVERRIGHT:
			return b->lo_inf || (!a->lo_inf && a->lo >= b->lo);
		case JR_SALSTRAT_ADJACENT:
			return (!a->hi_inf && !b->lo_inf && a->hi + 1 == b->lo) ||
				(!b->hi_inf && !a->lo_inf && b->hi + 1 == a->lo);
		case JR_SALSTRAT_SAME:
			return a->lo_inf == b->lo_inf && a->hi_inf == b->hi_inf &&
				(a->lo_inf || a->lo == b->lo) && (a->hi_inf || a->hi == b->hi);
	}
	return false;
}

/* The library's predicate for a strategy number. */
static bool
lib_pred(int op, const jr_salary *a, const jr_salary *b)
{
	switch (op)
	{
		case JR_SALSTRAT_OVERLAPS:
			return jr_salary_overlaps(a, b);
		case JR_SALSTRAT_CONTAINS:
			return jr_salary_contains(a, b);
		case JR_SALSTRAT_CONTAINED_BY:
			return jr_salary_contained_by(a, b);
		case JR_SALSTRAT_LEFT:
			return jr_salary_left(a, b);
		case JR_SALSTRAT_RIGHT:
			return jr_salary_right(a, b);
		case JR_SALSTRAT_OVERLEFT:
			return jr_salary_overleft(a, b);
		case JR_SALSTRAT_OVERRIGHT:
			return jr_salary_overright(a, b);
		case JR_SALSTRAT_ADJACENT:
			return jr_salary_adjacent(a, b);
		case JR_SALSTRAT_SAME:
			return jr_salary_eq(a, b);
	}
	return false;
}

static const int all_ops[] = {
	JR_SALSTRAT_LEFT, JR_SALSTRAT_OVERLEFT, JR_SALSTRAT_OVERLAPS,
	JR_SALSTRAT_OVERRIGHT, JR_SALSTRAT_RIGHT, JR_SALSTRAT_SAME,
	JR_SALSTRAT_CONTAINS, JR_SALSTRAT_CONTAINED_BY, JR_SALSTRAT_ADJACENT
};

#define NOPS ((int) (sizeof(all_ops) / sizeof(all_ops[0])))

/*
 * A random value with small annual amounts (so that equal, adjacent and
 * overlapping pairs are common), across periods and a few currencies.
 */
static jr_salary
random_small_value(void)
{
	static const char *const codes[] = {"USD", "USD", "USD", "EUR"};
	jr_period	p = rnd(2) ? JR_PERIOD_YEAR : (jr_period) rnd(5);
	int64_t		a = rnd(40);
	int64_t		b = rnd(40);
	uint8_t		flags = (uint8_t) (rnd(6) == 0 ? JR_SAL_LO_INF :
								   rnd(6) == 0 ? JR_SAL_HI_INF : 0);

	if (p != JR_PERIOD_YEAR && rnd(2))
	{
		/* pick amounts whose annual values land on the same grid */
		a = rnd(3);
		b = a + rnd(2);
	}
	if (a > b)
	{
		int64_t		t = a;

		a = b;
		b = t;
	}
	return mk(a, b, codes[rnd(4)], p, flags);
}

/* Named cases of each predicate, open bounds and mixed periods. */
static void
test_predicates_named(void)
{
	jr_salary	y100_200 = L("100..200 USD/YEAR");
	jr_salary	y150_250 = L("150..250 USD/YEAR");
	jr_salary	y200_300 = L("200..300 USD/YEAR");
	jr_salary	y201_300 = L("200.01..300 USD/YEAR");
	jr_salary	y300 = L("300..400 USD/YEAR");
	jr_salary	up200 = L("..200 USD/YEAR");
	jr_salary	from150 = L("150.. USD/YEAR");
	jr_salary	e100_200 = L("100..200 EUR/YEAR");
	jr_salary	h52 = L("52 USD/HOUR");
	jr_salary	y108160 = L("108160 USD/YEAR");
	jr_salary	m9000 = L("9000 USD/MONTH");
	jr_salary	y108000 = L("108000 USD/YEAR");
	jr_salary	h50_60 = L("$50-60/hr");
	jr_salary	y110k = L("110000..120000 USD/YEAR");

	unit_ok(jr_salary_overlaps(&y100_200, &y150_250), "&& overlapping");
	unit_ok(jr_salary_overlaps(&y100_200, &y200_300), "&& touching bounds");
	unit_ok(!jr_salary_overlaps(&y100_200, &y201_300), "&& one cent apart");
	unit_ok(jr_salary_adjacent(&y100_200, &y201_300), "-|- one cent apart");
	unit_ok(jr_salary_adjacent(&y201_300, &y100_200), "-|- is symmetric");
	unit_ok(!jr_salary_adjacent(&y100_200, &y200_300), "-|- not if touching");
	unit_ok(!jr_salary_adjacent(&y100_200, &y300), "-|- not if gap");
	unit_ok(!jr_salary_overlaps(&y100_200, &e100_200), "&& across currencies");
	unit_ok(!jr_salary_contains(&y100_200, &e100_200), "@> across currencies");
	unit_ok(!jr_salary_eq(&y100_200, &e100_200), "= across currencies");
	unit_ok(!jr_salary_left(&y100_200, &L("500 EUR/YEAR")),
			"<< across currencies");
	unit_ok(isinf(jr_salary_distance(&y100_200, &e100_200)),
			"<-> across currencies is Infinity");
	unit_ok(jr_salary_eq(&h52, &y108160), "52/HOUR = 108160/YEAR");
	unit_ok(jr_salary_hash(&h52, 0) == jr_salary_hash(&y108160, 0),
			"hash agrees across periods");
	unit_ok(jr_salary_hash(&h52, 7) == jr_salary_hash(&y108160, 7),
			"seeded hash agrees across periods");
	unit_ok(jr_salary_hash(&h52, 0) != jr_salary_hash(&h52, 1),
			"the seed changes the hash");
	unit_ok(jr_salary_eq(&m9000, &y108000), "9000/MONTH = 108000/YEAR");
	unit_ok(jr_salary_overlaps(&h50_60, &y110k), "hourly overlaps yearly");
	unit_ok(jr_salary_contains(&up200, &y100_200), "..200 @> 100..200");
	unit_ok(!jr_salary_contains(&up200, &y150_250), "..200 not @> 150..250");
	unit_ok(jr_salary_contains(&from150, &y300), "150.. @> 300..400");
	unit_ok(jr_salary_overlaps(&up200, &from150), "..200 && 150..");
	unit_ok(!jr_salary_adjacent(&up200, &from150), "open bounds not adjacent");
	unit_ok(jr_salary_left(&y100_200, &y300), "<< with a gap");
	unit_ok(!jr_salary_left(&y100_200, &y200_300), "<< not when touching");
	unit_ok(jr_salary_right(&y300, &y100_200), ">>");
	unit_ok(jr_salary_overleft(&y100_200, &y150_250), "&<");
	unit_ok(!jr_salary_overleft(&y150_250, &y100_200), "not &<");
	unit_ok(jr_salary_overright(&y150_250, &y100_200), "&>");
	unit_ok(jr_salary_overleft(&up200, &from150), "..200 &< 150..");
	unit_ok(!jr_salary_overright(&up200, &from150), "..200 not &> 150..");
	unit_ok(jr_salary_contained_by(&y100_200, &up200), "<@ open");
	unit_is_double(jr_salary_distance(&y100_200, &y300), 100.0, 1e-9,
				   "<-> gap in major units");
	unit_is_double(jr_salary_distance(&y100_200, &y150_250), 0.0, 0,
				   "<-> 0 when overlapping");
	unit_is_double(jr_salary_distance(&y100_200, &y201_300), 0.01, 1e-12,
				   "<-> one cent");
	unit_is_double(jr_salary_distance(&h52, &L("100000 USD/YEAR")), 8160,
				   1e-9, "<-> on annualized bounds");
	unit_is_double(jr_salary_distance(&up200, &y300), 100.0, 1e-9,
				   "<-> with an open bound");
	{
		jr_amount	x = jr_amount_from_cents(15000);
		jr_amount	y;

		unit_ok(jr_salary_contains_amount(&y100_200, &x), "@> amount inside");
		x = jr_amount_from_cents(20000);
		unit_ok(jr_salary_contains_amount(&y100_200, &x), "@> upper bound");
		x = jr_amount_from_cents(20001);
		unit_ok(!jr_salary_contains_amount(&y100_200, &x), "@> above");
		unit_is_double(jr_salary_distance_amount(&y100_200, &x), 0.01, 1e-12,
					   "<-> amount above");
		unit_ok(jr_amount_parse_query("199.995", 7, &y), "parse 199.995");
		unit_ok(jr_salary_contains_amount(&y100_200, &y),
				"@> an amount finer than a cent");
		unit_ok(jr_amount_parse_query("200.005", 7, &y) &&
				!jr_salary_contains_amount(&y100_200, &y),
				"not @> 200.005");
		unit_is_double(jr_salary_distance_amount(&y100_200, &y), 0.005, 1e-9,
					   "<-> 200.005");
		unit_ok(jr_amount_parse_query("99.999", 6, &y) &&
				!jr_salary_contains_amount(&y100_200, &y),
				"not @> 99.999");
		unit_ok(jr_amount_parse_query("1e400", 5, &y) == false,
				"exponents are not amounts");
		unit_ok(jr_amount_parse_query("NaN", 3, &y) == false, "NaN is not");
		unit_ok(jr_amount_parse_query("Infinity", 8, &y) &&
				jr_salary_contains_amount(&from150, &y) &&
				!jr_salary_contains_amount(&y100_200, &y),
				"Infinity is in open-upper ranges only");
		unit_ok(jr_amount_parse_query("-Infinity", 9, &y) &&
				jr_salary_contains_amount(&up200, &y),
				"-Infinity is in open-lower ranges");
		unit_ok(jr_amount_parse_query("123456789012345678901234567890", 30,
									  &y) &&
				jr_salary_contains_amount(&from150, &y) &&
				!jr_salary_contains_amount(&L("1000000000000 USD/HOUR"), &y),
				"huge amounts saturate");
		unit_ok(jr_amount_parse_query("-5", 2, &y) &&
				jr_salary_contains_amount(&up200, &y) &&
				!jr_salary_contains_amount(&y100_200, &y),
				"negative amounts");
		unit_ok(jr_amount_parse_query("-1.005", 6, &y) && y.cents == -101 &&
				y.inexact, "-1.005 floors to -101 cents");
		unit_is_double(jr_salary_distance_amount(&h52, &x), 107959.99,
					   1e-6, "<-> amount vs hourly value");
	}
}

/* Random pairs: predicates equal the reference; =, cmp and hash agree. */
static void
test_predicates_random(void)
{
	int			i;
	int			k;
	int			wrong[NOPS] = {0};
	int			hash_bad = 0;
	int			cmp_bad = 0;
	int			dist_bad = 0;
	int			hits[NOPS] = {0};

	for (i = 0; i < 20000; i++)
	{
		jr_salary	a = random_small_value();
		jr_salary	b = rnd(8) ? random_small_value() : a;
		ref			ra;
		ref			rb;
		int			c;
		double		d;
		double		want;

		if (rnd(16) == 0 && !(a.flags & (JR_SAL_LO_INF | JR_SAL_HI_INF)))
		{
			/* the same annual range stated per HOUR: equal */
			a = mk(a.lo * 2080, a.hi * 2080, "USD", JR_PERIOD_YEAR, 0);
			b = mk(a.lo / 2080, a.hi / 2080, "USD", JR_PERIOD_HOUR, 0);
		}
		ra = ref_of(&a);
		rb = ref_of(&b);
		c = jr_salary_cmp(&a, &b);

		for (k = 0; k < NOPS; k++)
		{
			bool		r = ref_pred(all_ops[k], &ra, &rb);

			hits[k] += r;
			if (lib_pred(all_ops[k], &a, &b) != r)
				wrong[k]++;
		}
		if (jr_salary_eq(&a, &b) &&
			(jr_salary_hash(&a, 0) != jr_salary_hash(&b, 0) ||
			 jr_salary_hash(&a, 99) != jr_salary_hash(&b, 99)))
			hash_bad++;
		if ((c == 0) != jr_salary_eq(&a, &b) || c != -jr_salary_cmp(&b, &a))
			cmp_bad++;
		/* distance: 0 iff overlapping; else the gap */
		d = jr_salary_distance(&a, &b);
		if (memcmp(ra.cur, rb.cur, 3) != 0)
			want = HUGE_VAL;
		else if (ref_pred(JR_SALSTRAT_OVERLAPS, &ra, &rb))
			want = 0;
		else if (ref_pred(JR_SALSTRAT_LEFT, &ra, &rb))
			want = (double) (rb.lo - ra.hi) / 100.0;
		else
			want = (double) (ra.lo - rb.hi) / 100.0;
		if (d != want)
			dist_bad++;
	}
	for (k = 0; k < NOPS; k++)
		unit_ok(wrong[k] == 0 && hits[k] > 50,
				"strategy %d matches the reference on 20000 random pairs "
				"(%d true)", all_ops[k], hits[k]);
	unit_ok(hash_bad == 0, "equal values hash equal");
	unit_ok(cmp_bad == 0, "cmp is antisymmetric and 0 exactly when =");
	unit_ok(dist_bad == 0, "<-> matches the reference");
}

/* Btree order: sorting random values gives a consistent total order. */
static void
test_btree_order(void)
{
	jr_salary	v[400];
	int			i;
	int			j;
	int			bad = 0;

	for (i = 0; i < 400; i++)
		v[i] = random_small_value();
	/* transitivity over all triples would be slow: check sortedness after
	 * an insertion sort, plus pairwise consistency */
	for (i = 1; i < 400; i++)
	{
		jr_salary	x = v[i];

		for (j = i; j > 0 && jr_salary_cmp(&v[j - 1], &x) > 0; j--)
			v[j] = v[j - 1];
		v[j] = x;
	}
	for (i = 0; i < 400; i++)
		for (j = i + 1; j < 400; j++)
			if (jr_salary_cmp(&v[i], &v[j]) > 0)
				bad++;
	unit_ok(bad == 0, "sorted order is consistent for every pair");
	unit_ok(jr_salary_cmp(&L("5 EUR/YEAR"), &L("1 USD/YEAR")) < 0,
			"currency first");
	unit_ok(jr_salary_cmp(&L("..5 USD/YEAR"), &L("0..5 USD/YEAR")) < 0,
			"open lower bound first");
	unit_ok(jr_salary_cmp(&L("0.. USD/YEAR"), &L("0..1000000000000 USD/YEAR"))
			> 0, "open upper bound last");
	unit_ok(jr_salary_cmp(&L("1 USD/HOUR"), &L("2000 USD/YEAR")) > 0,
			"annualized: 1/HOUR (2080) > 2000/YEAR");
	unit_ok(jr_salary_cmp(&L("10..20 USD/YEAR"), &L("10..30 USD/YEAR")) < 0,
			"then upper bound");
}

/* strlen that accepts NULL. */
static size_t
slen(const char *s)
{
	return s ? strlen(s) : 0;
}

/* Conversions: to_period, annual, midpoint, make. */
static void
test_conversions(void)
{
	jr_salary	v;
	jr_error	err;
	int64_t		mid;

	jr_salary_to_period(&L("52 USD/HOUR"), JR_PERIOD_YEAR, &v, &err);
	unit_is_str(fmt(&v), "108160 USD/YEAR", "HOUR to YEAR");
	jr_salary_to_period(&L("108160 USD/YEAR"), JR_PERIOD_HOUR, &v, &err);
	unit_is_str(fmt(&v), "52 USD/HOUR", "YEAR to HOUR exact");
	jr_salary_to_period(&L("100000 USD/YEAR"), JR_PERIOD_HOUR, &v, &err);
	unit_is_str(fmt(&v), "48.08 USD/HOUR", "YEAR to HOUR rounds");
	jr_salary_to_period(&L("0.05 USD/YEAR"), JR_PERIOD_MONTH, &v, &err);
	unit_is_str(fmt(&v), "0 USD/MONTH", "5 cents a year is 0 a month");
	jr_salary_to_period(&L("0.06 USD/YEAR"), JR_PERIOD_MONTH, &v, &err);
	unit_is_str(fmt(&v), "0.01 USD/MONTH", "half a cent rounds up");
	jr_salary_to_period(&L("10.4 USD/YEAR"), JR_PERIOD_HOUR, &v, &err);
	unit_is_str(fmt(&v), "0.01 USD/HOUR", "1040/2080 rounds half up");
	jr_salary_to_period(&L("10.39 USD/YEAR"), JR_PERIOD_HOUR, &v, &err);
	unit_is_str(fmt(&v), "0 USD/HOUR", "1039/2080 rounds down");
	jr_salary_to_period(&L("..90000 EUR/YEAR"), JR_PERIOD_MONTH, &v, &err);
	unit_is_str(fmt(&v), "..7500 EUR/MONTH", "open lower stays open");
	jr_salary_to_period(&L("$20-30/hr"), JR_PERIOD_WEEK, &v, &err);
	unit_is_str(fmt(&v), "800..1200 USD/WEEK", "HOUR to WEEK");
	jr_salary_to_period(&L("$200/day"), JR_PERIOD_MONTH, &v, &err);
	unit_is_str(fmt(&v), "4333.33 USD/MONTH", "DAY to MONTH");
	jr_salary_annual(&L("4000.. USD/MONTH"), &v, &err);
	unit_is_str(fmt(&v), "48000.. USD/YEAR", "salary_annual");
	unit_is_long(jr_salary_to_period(&L("1000000000000 USD/HOUR"),
									 JR_PERIOD_YEAR, &v, &err), JR_ERR_RANGE,
				 "annualizing a huge hourly rate is out of range");
	unit_is_long(jr_salary_to_period(&L("1 USD/HOUR"), (jr_period) 9, &v,
									 &err), JR_ERR_ARGUMENT, "bad period");
	unit_ok(jr_salary_midpoint(&L("100..201 USD/YEAR"), &mid) && mid == 15050,
			"midpoint rounds half up (cents)");
	unit_ok(jr_salary_midpoint(&L("$20-30/hr"), &mid) && mid == 5200000,
			"midpoint is annual");
	unit_ok(!jr_salary_midpoint(&L("100.. USD/YEAR"), &mid),
			"no midpoint with an open bound");

	/* constructor */
#define MAKE(mn, mx, cur, per) \
	jr_salary_make(mn, slen(mn), mx, slen(mx), \
				   cur, strlen(cur), per, strlen(per), &v, &err)
	unit_ok(MAKE("100000", "150000", "USD", "YEAR") == JR_OK &&
			strcmp(fmt(&v), "100000..150000 USD/YEAR") == 0, "make range");
	unit_ok(MAKE("25.5", "25.5", "eur", "hour") == JR_OK &&
			strcmp(fmt(&v), "25.5 EUR/HOUR") == 0, "make point, lower case");
	unit_ok(MAKE(NULL, "90000", "USD", "YEAR") == JR_OK &&
			strcmp(fmt(&v), "..90000 USD/YEAR") == 0, "make NULL min");
	unit_ok(MAKE("120000", NULL, "GBP", "annual") == JR_OK &&
			strcmp(fmt(&v), "120000.. GBP/YEAR") == 0, "make NULL max");
	unit_ok(MAKE("-Infinity", "5", "USD", "YEAR") == JR_OK &&
			strcmp(fmt(&v), "..5 USD/YEAR") == 0, "make -Infinity min");
	unit_ok(MAKE("5", "Infinity", "USD", " month ") == JR_OK &&
			strcmp(fmt(&v), "5.. USD/MONTH") == 0, "make Infinity max");
	unit_is_long(MAKE("5", "6", "XYZ", "YEAR"), JR_ERR_ARGUMENT,
				 "make unknown currency");
	unit_is_str(err.message,
				"invalid currency for type salary_range: \"XYZ\"",
				"make currency message");
	unit_is_str(err.detail, "The currency must be an ISO 4217 code such as "
				"USD, EUR or GBP.", "make currency detail");
	unit_is_long(MAKE("5", "6", "USD", "fortnight"), JR_ERR_ARGUMENT,
				 "make unknown period");
	unit_is_str(err.detail, "The period must be one of HOUR, DAY, WEEK, MONTH "
				"or YEAR.", "make period detail");
	unit_is_long(MAKE("6", "5", "USD", "YEAR"), JR_ERR_ARGUMENT,
				 "make min > max");
	unit_is_str(err.detail, "Lower bound 6 is greater than upper bound 5.",
				"make order detail");
	unit_is_long(MAKE(NULL, NULL, "USD", "YEAR"), JR_ERR_ARGUMENT,
				 "make with both bounds open");
	unit_is_long(MAKE("-1", "5", "USD", "YEAR"), JR_ERR_RANGE,
				 "make negative");
	unit_is_str(err.detail, "Amounts must not be negative.",
				"make negative detail");
	unit_is_long(MAKE("1000000000000.01", NULL, "USD", "YEAR"), JR_ERR_RANGE,
				 "make too large");
	unit_is_long(MAKE("1.005", "2", "USD", "YEAR"), JR_ERR_ARGUMENT,
				 "make finer than a cent");
	unit_is_long(MAKE("NaN", "2", "USD", "YEAR"), JR_ERR_ARGUMENT, "make NaN");
	unit_is_long(MAKE("Infinity", "2", "USD", "YEAR"), JR_ERR_ARGUMENT,
				 "make Infinity as min");
	unit_is_long(MAKE("abc", "2", "USD", "YEAR"), JR_ERR_ARGUMENT,
				 "make non-number");
	unit_ok(MAKE("1.50", "2.000", "USD", "YEAR") == JR_OK &&
			strcmp(fmt(&v), "1.5..2 USD/YEAR") == 0, "make trailing zeros");
#undef MAKE

	/* periods, currencies, validity */
	{
		jr_period	p;
		char		code[3];

		unit_ok(jr_period_parse("Hourly", 6, &p) && p == JR_PERIOD_HOUR,
				"period Hourly");
		unit_ok(jr_period_parse("p.a.", 4, &p) && p == JR_PERIOD_YEAR,
				"period p.a.");
		unit_ok(jr_period_parse("MONTH", 5, &p) && p == JR_PERIOD_MONTH,
				"period MONTH");
		unit_ok(!jr_period_parse("hours", 5, &p), "period hours is not one");
		unit_ok(!jr_period_parse("", 0, &p), "empty period");
		unit_ok(jr_currency_parse("chf", 3, code) &&
				memcmp(code, "CHF", 3) == 0, "currency chf");
		unit_ok(!jr_currency_parse("XYZ", 3, code), "currency XYZ unknown");
		unit_ok(!jr_currency_parse("XAU", 3, code), "gold is not a currency");
		unit_ok(!jr_currency_parse("US", 2, code), "two letters");
		unit_is_long(jr_period_factor(JR_PERIOD_DAY), 260, "DAY factor");
		unit_is_str(jr_period_name(JR_PERIOD_WEEK), "WEEK", "WEEK name");
		v = L("5 USD/YEAR");
		unit_ok(jr_salary_valid(&v), "valid value");
		v.reserved[1] = 1;
		unit_ok(!jr_salary_valid(&v), "reserved bytes must be zero");
		v = L("5 USD/YEAR");
		v.flags = JR_SAL_LO_INF | JR_SAL_HI_INF;
		v.lo = v.hi = 0;
		unit_ok(!jr_salary_valid(&v), "both bounds open is invalid");
		v = L("5..6 USD/YEAR");
		v.lo = 700;
		unit_ok(!jr_salary_valid(&v), "lo > hi is invalid");
		v = L("5 USD/YEAR");
		memcpy(v.currency, "usd", 3);
		unit_ok(!jr_salary_valid(&v), "lower-case currency is invalid");
		v = L("5 USD/YEAR");
		v.period = 5;
		unit_ok(!jr_salary_valid(&v), "period 5 is invalid");
		v = L("..5 USD/YEAR");
		v.lo = 3;
		unit_ok(!jr_salary_valid(&v), "open bound with a value is invalid");
	}
	/* amounts */
	{
		int64_t		c;
		jr_buf		b;

		unit_ok(jr_amount_parse("120000.50", 9, &c, &err) == JR_OK &&
				c == 12000050, "amount 120000.50");
		unit_ok(jr_amount_parse("-3", 2, &c, &err) == JR_OK && c == -300,
				"amount -3");
		unit_ok(jr_amount_parse(".5", 2, &c, &err) == JR_OK && c == 50,
				"amount .5");
		unit_is_long(jr_amount_parse("1.001", 5, &c, &err), JR_ERR_ARGUMENT,
					 "amount finer than a cent");
		unit_is_long(jr_amount_parse("1,000", 5, &c, &err), JR_ERR_ARGUMENT,
					 "amount with a separator");
		unit_is_long(jr_amount_parse("", 0, &c, &err), JR_ERR_ARGUMENT,
					 "empty amount");
		unit_is_long(jr_amount_parse("999999999999999999999", 21, &c, &err),
					 JR_ERR_RANGE, "amount too large");
		jr_buf_init(&b);
		jr_amount_format(-12345, &b);
		jr_amount_format(5, &b);
		jr_amount_format(50, &b);
		unit_is_str(b.data, "-123.450.050.5", "amount format");
		jr_buf_free(&b);
	}
}

/* ------------------------------------------------------------------------
 * Finding pay in text
 * ------------------------------------------------------------------------ */

/* Run the finder and join the hits as literals with " | ". */
static const char *
find(const char *text)
{
	static char out[1024];
	jr_salary_hit hits[16];
	jr_error	err;
	int			n;
	int			i;

	n = jr_salary_find_all(text, strlen(text), hits, 16, &err);
	out[0] = '\0';
	if (n < 0)
		return "ERROR";
	for (i = 0; i < n; i++)
	{
		if (i)
			strcat(out, " | ");
		strcat(out, fmt(&hits[i].salary));
	}
	return out;
}

/* A test name from text: line breaks shown as \n, at most 150 bytes. */
static void
escaped_name(char *name, size_t size, const char *prefix, const char *text)
{
	size_t		n = strlen(prefix);
	size_t		i;

	memcpy(name, prefix, n);
	for (i = 0; text[i] && n + 3 < size && i < 150; i++)
	{
		if (text[i] == '\n')
		{
			name[n++] = '\\';
			name[n++] = 'n';
		}
		else
			name[n++] = text[i];
	}
	name[n] = '\0';
}

/* Check the finder on one text. */
static void
find_is(const char *text, const char *want)
{
	char		name[200];

	escaped_name(name, sizeof(name), "find: ", text);
	unit_is_str(find(text), want, name);
}

/* Pay versus revenue, funding, bonuses, years, phone numbers ... */
static void
test_find(void)
{
	unit_ok(jr_sal_lexicon_sorted(), "the finder's word list is sorted");
	/* pay */
	find_is("Salary: $120,000 - $150,000 per year", "120000..150000 USD/YEAR");
	find_is("The pay range is $22 - $45 per hour.", "22..45 USD/HOUR");
	find_is("Pay: $25.50/hr", "25.5 USD/HOUR");
	find_is("Salary: USD 72000 - 108000 per year", "72000..108000 USD/YEAR");
	find_is("we expect a starting base salary between $131,400 and $235,950.",
			"131400..235950 USD/YEAR");
	find_is("Compensation: $105,000 - $115,000 / year",
			"105000..115000 USD/YEAR");
	find_is("Base salary starting at $49,920 with uncapped commissions",
			"49920.. USD/YEAR");
	find_is("Salary: up to $90,000", "..90000 USD/YEAR");
	find_is("Salary: $120,000+ base, plus commission", "120000.. USD/YEAR");
	find_is("Compensation: $95k+ depending on experience",
			"95000.. USD/YEAR");
	find_is("Pay: $100k + bonus", "100000 USD/YEAR");
	find_is("Pay: $100k+ bonus", "100000 USD/YEAR");
	find_is("Pay: $60k+ commission", "60000 USD/YEAR");
	find_is("Competitive salary up to 115K", "..115000 USD/YEAR");
	find_is("Base salary of 50-70K", "50000..70000 USD/YEAR");
	find_is("Salary: 8,000/month", "8000 USD/MONTH");
	find_is("Gehalt: \xE2\x82\xAC" "50.000\xE2\x80\x93\xE2\x82\xAC"
			"60.000 per year",
			"50000..60000 EUR/YEAR");
	find_is("Salary \xC2\xA3" "40k-\xC2\xA3" "45k pa", "40000..45000 GBP/YEAR");
	find_is("Lohn CHF 120'000 \xE2\x80\x93 140'000", "120000..140000 CHF/YEAR");
	find_is("CTC \xE2\x82\xB9" "12\xE2\x80\x93" "18 LPA",
			"1200000..1800000 INR/YEAR");
	find_is("Package: A$120,000 - A$150,000", "120000..150000 AUD/YEAR");
	find_is("$100,000 - $150,000 CAD plus benefits",
			"100000..150000 CAD/YEAR");
	find_is("Hourly Pay Rate based on experience:$18-34", "18..34 USD/HOUR");
	find_is("The hourly base range for this position is $35 to $45.",
			"35..45 USD/HOUR");
	find_is("Basic Monthly Salary: \xC2\xA3" "2,500 - \xC2\xA3" "3,500",
			"2500..3500 GBP/MONTH");
	find_is("Rate: $60 to $69/hr. W2", "60..69 USD/HOUR");
	find_is("Earn $100-$200 Daily", "100..200 USD/DAY");
	find_is("Average yearly income of $80-$130,000 based on sales",
			"80000..130000 USD/YEAR");
	find_is("Pay: $22 - $45", "22..45 USD/HOUR");
	find_is("Salary Range:\n\n$141,300.00 - $237,400.00",
			"141300..237400 USD/YEAR");
	find_is("Salary Range\n\n103,852.15USD -140,505.85 USD",
			"103852.15..140505.85 USD/YEAR");
	find_is("TitleSalary: $90K - $120KLocation: Pittsburgh",
			"90000..120000 USD/YEAR");
	find_is("Compensation: 165,000-185,000\nApply now",
			"165000..185000 USD/YEAR");
	find_is("earns between\xE2\x80\xAF$158,200-$237,400 USD Annual",
			"158200..237400 USD/YEAR");
	find_is("Primary Location Full Time Salary Range:\n\n"
			"$125 600,00 - $188 400,00",
			"125600..188400 USD/YEAR");
	find_is("Salary: $140,000- $175,000Benefits: 401k, Medical",
			"140000..175000 USD/YEAR");
	find_is("$120k base salary", "120000 USD/YEAR");
	find_is("Salary: 120000", "120000 USD/YEAR");
	find_is("Gehalt: 55.000 \xE2\x82\xAC - 65.000 \xE2\x82\xAC brutto",
			"55000..65000 EUR/YEAR");
	find_is("Salaire : 45 000 \xE2\x82\xAC - 55 000 \xE2\x82\xAC par an",
			"45000..55000 EUR/YEAR");
	find_is("Salary: \xC2\xA5" "5,000,000 - \xC2\xA5" "8,000,000",
			"5000000..8000000 JPY/YEAR");
	find_is("Salary: \xC2\xA5" "5,000", "");
	find_is("The role pays between 90 and 110 thousand dollars",
			"90000..110000 USD/YEAR");
	find_is("- Competitive salary 85K-120K- Relocation assistance",
			"85000..120000 USD/YEAR");
	find_is("Pay rate: 25.50", "25.5 USD/HOUR");
	find_is("Pay grade 7", "");
	find_is("Day rate: \xC2\xA3" "500", "500 GBP/DAY");
	find_is("Hour rate $45", "45 USD/HOUR");
	find_is("Salary: $60k base, $120k OTE", "60000 USD/YEAR");
	find_is("OTE $200k (base $100k)", "100000 USD/YEAR");
	find_is("a salary of $90,000 plus a $5,000 signing bonus",
			"90000 USD/YEAR");
	find_is("Job Type: Full-timeSalary: 120,000 - 170,000 per year",
			"120000..170000 USD/YEAR");
	find_is("USD$ 100.000-120.000per year", "100000..120000 USD/YEAR");
	find_is("*3rd Shift - $10,000 SIGN-ON BONUS \n Atrium", "");
	find_is("a $150.00 daily hospital benefit", "");
	find_is("Monthly salary: \xC2\xA3" "2,500GBP \xE2\x82\xAC\xE2\x80\x9C "
			"\xC2\xA3" "3,500GBP",
			"2500 GBP/MONTH | 3500 GBP/MONTH");
	/* several, per location, in order */
	find_is("In New York the range is $150,000\xE2\x80\x93$190,000; in Austin "
			"$130,000\xE2\x80\x93$170,000.",
			"150000..190000 USD/YEAR | 130000..170000 USD/YEAR");
	find_is("Pay: $45,000 - $77,000 per year, annual salary. Hourly "
			"equivalent: $26.70 to $36.36/hr",
			"45000..77000 USD/YEAR | 26.7..36.36 USD/HOUR");
	find_is("Cambridge, MA: $197,300 - $225,100\nNew York, NY: $215,200 - "
			"$245,600", "197300..225100 USD/YEAR | 215200..245600 USD/YEAR");
	/* not pay */
	find_is("grew Uber Freight to $5B in revenue", "");
	find_is("we've raised $80M, put our equipment into the field", "");
	find_is("a $2 billion company", "");
	find_is("annual revenues over $120 million", "");
	find_is("Minimum experience operating revenue of $600,000 or higher "
			"annual revenue", "");
	find_is("Segment's $3.2B acquisition", "");
	find_is("a sign-on bonus of $10,000", "");
	find_is("Referral Bonus Program & earn $500 - $1,000 per hired referral",
			"");
	find_is("a $500 bonus will be awarded", "");
	find_is("equity worth $50,000", "");
	find_is("Tuition Reimbursement up to $3K/year", "");
	find_is("on-target earnings (OTE) of $80,000+", "");
	find_is("Commission: $80,000.00 to $150,000.00 /year", "");
	find_is("Competitive salary, DOE", "");
	find_is("Salary: Competitive", "");
	find_is("Founded in 2025, we have 300 employees.", "");
	find_is("Salary reviewed in 2025", "");
	find_is("Call 555-123-4567 about pay", "");
	find_is("Call 1.800.309.0505 for salary details", "");
	find_is("Pay: 401k match and dental", "");
	find_is("401(k) with 5% match", "");
	find_is("Salary increases of 5% per year", "");
	find_is("Salary: 3-5 years of experience required", "");
	find_is("Alhambra, CA 91801", "");
	find_is("We have 120 - 150 clients", "");
	find_is("The product costs $19.99 per month", "");
	find_is("H1B visa, B2B sales, 10 years", "");
	find_is("Average deal size $25,000", "");
	find_is("$5,000", "");
	find_is("Salary $5,000", "");
	find_is("$40 gift card", "");
	find_is("we invest $40 million in R&D", "");
	find_is("pay \xE2\x82\xAC\xC2\xA2 benefits", "");
	find_is("", "");
	/* period inference by magnitude */
	find_is("$22 - $45", "22..45 USD/HOUR");
	find_is("Salary $120,000", "120000 USD/YEAR");
	find_is("$1,000 - $2,000", "");
}

/* Evidence bits and spans. */
static void
test_find_spans(void)
{
	const char *t = "Pay: $22 - $45 per hour, bonus";
	jr_salary_hit h[4];
	jr_error	err;
	int			n = jr_salary_find_all(t, strlen(t), h, 4, &err);

	unit_is_long(n, 1, "one hit");
	unit_is_long((long long) h[0].start, 5, "span start");
	unit_is_long((long long) h[0].end, 23, "span end");
	unit_ok(h[0].evidence == (JR_HIT_CURRENCY | JR_HIT_PERIOD | JR_HIT_CONTEXT),
			"evidence: currency, period, context");
	t = "$22 - $45";
	n = jr_salary_find_all(t, strlen(t), h, 4, &err);
	unit_ok(n == 1 && (h[0].evidence & JR_HIT_PERIOD_GUESS),
			"evidence: period guessed");
	t = "$1 $2 $3 a b c. Salary $30/hr. Salary $40/hr. Salary $50/hr";
	n = jr_salary_find_all(t, strlen(t), h, 2, &err);
	unit_is_long(n, 2, "max_hits is respected");
	n = jr_salary_find_all(t, strlen(t), h, 0, &err);
	unit_is_long(n, 0, "max_hits 0 finds nothing");
}

static bool cancel_now = false;

/* Interrupt hook for the tests. */
static bool
test_cancel(void)
{
	return cancel_now;
}

/*
 * Linear time on adversarial text, measured by the scanner's own work
 * counter (bytes examined), not by a clock.
 */
static void
test_find_linear(void)
{
	static const char *const patterns[] = {
		"$", "$ ", "1", "1,", "1 ", "1-", "$1-", "up to ", "1.", "$1,000 ",
		"between $1 and ", "\xE2\x82\xAC", "12,00,", "1'", "salary $1k-",
		"k", "..", "1..", "USD ", "US$", "-", "\xC2\xA0", "\n", "Salary:\n",
	};
	size_t		size = 1 << 20;
	char	   *buf = malloc(size);
	jr_salary_hit *hits = malloc(sizeof(jr_salary_hit) * 100000);
	size_t		p;

	if (buf == NULL || hits == NULL)
	{
		unit_ok(0, "allocate 1 MB for the linear-time test");
		return;
	}
	for (p = 0; p < sizeof(patterns) / sizeof(patterns[0]); p++)
	{
		size_t		plen = strlen(patterns[p]);
		size_t		i;
		uint64_t	before = jr_sal_work;
		uint64_t	work;
		int			n;
		jr_error	err;

		for (i = 0; i < size; i++)
			buf[i] = patterns[p][i % plen];
		char		name[64];

		n = jr_salary_find_all(buf, size, hits, 100000, &err);
		work = jr_sal_work - before;
		escaped_name(name, sizeof(name), "", patterns[p]);
		unit_ok(n >= 0 && work <= 200 * (uint64_t) size,
				"find_all on 1 MB of \"%s\" repeated: %llu bytes examined "
				"(%.1f per input byte)", name, (unsigned long long) work,
				(double) work / (double) size);
	}
	/* one giant number, one giant word */
	memset(buf, '7', size);
	{
		uint64_t	before = jr_sal_work;
		jr_error	err;
		int			n = jr_salary_find_all(buf, size, hits, 10, &err);

		unit_ok(n == 0 && jr_sal_work - before <= 20 * (uint64_t) size,
				"1 MB digit run");
		memset(buf, 'a', size);
		before = jr_sal_work;
		n = jr_salary_find_all(buf, size, hits, 10, &err);
		unit_ok(n == 0 && jr_sal_work - before <= 20 * (uint64_t) size,
				"1 MB letter run");
	}
	/* the literal parser too */
	{
		uint64_t	before = jr_sal_work;
		jr_salary	v;
		jr_error	err;

		memset(buf, '1', size);
		buf[0] = '$';
		unit_is_long(jr_salary_parse_literal(buf, size, &v, &err),
					 JR_ERR_RANGE, "1 MB literal is out of range");
		unit_ok(jr_sal_work - before <= 20 * (uint64_t) size,
				"1 MB literal parse is linear");
		for (p = 0; p < size; p++)
			buf[p] = " -"[p % 2];
		before = jr_sal_work;
		unit_is_long(jr_salary_parse_literal(buf, size, &v, &err),
					 JR_ERR_SYNTAX, "1 MB of dashes is a syntax error");
		unit_ok(jr_sal_work - before <= 20 * (uint64_t) size,
				"1 MB bad literal parse is linear");
	}
	/* cancellation */
	{
		jr_error	err;
		int			n;

		memset(buf, ' ', size);
		jr_set_interrupt_check(test_cancel);
		cancel_now = true;
		n = jr_salary_find_all(buf, size, hits, 10, &err);
		unit_ok(n == -1 && err.code == JR_ERR_CANCELED,
				"find_all honours the interrupt hook");
		cancel_now = false;
		n = jr_salary_find_all(buf, size, hits, 10, &err);
		unit_is_long(n, 0, "and runs to the end when not interrupted");
		jr_set_interrupt_check(NULL);
	}
	/* random bytes never crash and never report out-of-range values */
	{
		int			round;
		int			bad = 0;

		for (round = 0; round < 200; round++)
		{
			size_t		n = 2000;
			int			k;
			int			got;
			jr_error	err;
			static const char alphabet[] = "0123456789$.,'- kKmM/+%~"
				"USDEURper hourly salary pay up to from between and\n:";

			for (p = 0; p < n; p++)
				buf[p] = rnd(8) == 0 ? (char) rnd(256) :
					alphabet[rnd(sizeof(alphabet) - 1)];
			got = jr_salary_find_all(buf, n, hits, 1000, &err);
			for (k = 0; k < got; k++)
				if (!jr_salary_valid(&hits[k].salary) ||
					hits[k].start >= hits[k].end || hits[k].end > n ||
					(k > 0 && hits[k].start < hits[k - 1].end))
					bad++;
			if (got < 0)
				bad++;
		}
		unit_ok(bad == 0, "random text: hits are valid, ordered, in bounds");
	}
	free(buf);
	free(hits);
}

/* ------------------------------------------------------------------------
 * GiST math
 * ------------------------------------------------------------------------ */

/*
 * A random value for index tests: mostly realistic amounts (many of them
 * not representable exactly in float4, so leaves are lossy), some tiny
 * ones, open bounds, three currencies.
 */
static jr_salary
random_index_value(void)
{
	static const char *const codes[] = {"USD", "USD", "EUR", "GBP"};
	jr_period	p = (jr_period) rnd(5);
	int64_t		a;
	int64_t		b;
	uint8_t		flags = (uint8_t) (rnd(8) == 0 ? JR_SAL_LO_INF :
								   rnd(8) == 0 ? JR_SAL_HI_INF : 0);

	switch (rnd(4))
	{
		case 0:
			a = rnd(50);
			b = a + rnd(50);
			break;
		case 1:
			a = rnd(JR_SAL_MAX_CENTS);
			b = a + rnd(JR_SAL_MAX_CENTS - a + 1);
			break;
		default:
			a = 1000000 + rnd(30000000);
			b = a + rnd(10000000);
			break;
	}
	return mk(a, b, codes[rnd(4)], p, flags);
}

/* Keys: compress covers the value; union covers inputs; sort order. */
static void
test_gist_keys(void)
{
	int			i;
	int			bad_cover = 0;
	int			exact_wrong = 0;
	int			nexact = 0;
	char		code[3];
	jr_salary_key k;

	unit_is_long(sizeof(jr_salary_key), 12, "the key is 12 bytes");
	unit_is_long(jr_currency_pack("AAA"), 0, "pack AAA");
	unit_ok(jr_currency_pack("USD") > jr_currency_pack("EUR"),
			"packing keeps alphabetical order");
	unit_ok(jr_currency_unpack(jr_currency_pack("ZWG"), code) &&
			memcmp(code, "ZWG", 3) == 0, "unpack");
	unit_ok(!jr_currency_unpack(JR_SALKEY_MIXED, code),
			"MIXED unpacks to no code");

	jr_salary_key_from_value(&L("229000..262000 USD/YEAR"), &k);
	unit_ok((k.flags & JR_SALKEY_EXACT) && k.lo == 22900000.0f &&
			k.hi == 26200000.0f, "typical salary keys are exact");
	jr_salary_key_from_value(&L("..5 USD/YEAR"), &k);
	unit_ok(isinf(k.lo) && k.lo < 0 && (k.flags & JR_SALKEY_EXACT),
			"open lower bound is -Inf");

	for (i = 0; i < 5000; i++)
	{
		jr_salary	v = random_index_value();
		ref			r = ref_of(&v);
		double		lo;
		double		hi;

		jr_salary_key_from_value(&v, &k);
		lo = k.lo;
		hi = k.hi;
		/* compare in long double: 64-bit mantissa holds these exactly */
		if ((!r.lo_inf && (long double) lo > (long double) r.lo) ||
			(!r.hi_inf && (long double) hi < (long double) r.hi) ||
			(r.lo_inf && !isinf(k.lo)) || (r.hi_inf && !isinf(k.hi)))
			bad_cover++;
		if (k.flags & JR_SALKEY_EXACT)
		{
			nexact++;
			if ((!r.lo_inf && (long double) lo != (long double) r.lo) ||
				(!r.hi_inf && (long double) hi != (long double) r.hi))
				exact_wrong++;
		}
	}
	unit_ok(bad_cover == 0, "every key covers its value (5000 random)");
	unit_ok(exact_wrong == 0 && nexact > 500 && nexact < 5000,
			"exact keys are exact (%d of 5000)", nexact);

	/* union */
	{
		int			bad = 0;

		for (i = 0; i < 500; i++)
		{
			jr_salary_key keys[20];
			jr_salary_key u;
			int			n = 1 + (int) rnd(20);
			int			j;
			bool		same_cur = true;

			for (j = 0; j < n; j++)
			{
				jr_salary	v = random_index_value();

				jr_salary_key_from_value(&v, &keys[j]);
				if (keys[j].currency != keys[0].currency)
					same_cur = false;
			}
			jr_salary_key_union(keys, n, &u);
			for (j = 0; j < n; j++)
				if (keys[j].lo < u.lo || keys[j].hi > u.hi)
					bad++;
			if (same_cur ? u.currency != keys[0].currency
				: u.currency != JR_SALKEY_MIXED)
				bad++;
			if (u.flags & JR_SALKEY_EXACT)
				bad++;
		}
		unit_ok(bad == 0, "union covers its inputs; MIXED across currencies");
	}
	/* penalty */
	{
		jr_salary_key a;
		jr_salary_key b;
		jr_salary_key c;
		jr_salary_key e;

		jr_salary_key_from_value(&L("100..200 USD/YEAR"), &a);
		jr_salary_key_from_value(&L("150..160 USD/YEAR"), &b);
		jr_salary_key_from_value(&L("150..300 USD/YEAR"), &c);
		jr_salary_key_from_value(&L("150..160 EUR/YEAR"), &e);
		unit_ok(jr_salary_key_penalty(&a, &b) == 0.0f, "no penalty inside");
		unit_ok(jr_salary_key_penalty(&a, &c) > 0.0f, "penalty for growth");
		unit_ok(jr_salary_key_penalty(&a, &e) > jr_salary_key_penalty(&a, &c),
				"currency mismatch costs more than growth");
		jr_salary_key_from_value(&L("150.. USD/YEAR"), &c);
		unit_ok(jr_salary_key_penalty(&a, &c) > 1e20f &&
				jr_salary_key_penalty(&a, &c) < jr_salary_key_penalty(&a, &e),
				"opening a bound costs more than growth, less than currency");
		unit_ok(!isnan(jr_salary_key_penalty(&c, &c)) &&
				jr_salary_key_penalty(&c, &c) == 0.0f, "open in open: 0");
		unit_ok(jr_salary_key_same(&a, &a) && !jr_salary_key_same(&a, &b),
				"same");
	}
	/* sort order */
	{
		int			bad = 0;

		for (i = 0; i < 20000; i++)
		{
			jr_salary	v = random_index_value();
			jr_salary	w = random_index_value();
			jr_salary_key a;
			jr_salary_key b;
			int			c;

			jr_salary_key_from_value(&v, &a);
			jr_salary_key_from_value(&w, &b);
			c = jr_salary_key_sort_cmp(&a, &b);
			if (c != -jr_salary_key_sort_cmp(&b, &a))
				bad++;
			if (c < 0 && jr_salary_key_sort_value(&a) >
				jr_salary_key_sort_value(&b))
				bad++;
			if (c < 0 && a.currency > b.currency)
				bad++;
			if (jr_salary_key_sort_cmp(&a, &a) != 0)
				bad++;
		}
		unit_ok(bad == 0, "sort comparator: antisymmetric, groups by "
				"currency, agrees with the 64-bit sort value");
	}
}

/* Consistent never misses a match; exact leaves answer exactly. */
static void
test_gist_consistent(void)
{
	const int	elem = JR_SALSTRAT_CONTAINS_ELEM;
	int			i;
	int			k;
	int			leaf_fn = 0;
	int			leaf_wrong = 0;
	int			inner_fn = 0;
	int			amount_fn = 0;
	int			amount_wrong = 0;
	int			recheck_leaves = 0;
	long		pruned = 0;
	long		tested = 0;

	for (i = 0; i < 3000; i++)
	{
		jr_salary	vals[16];
		jr_salary_key keys[16];
		jr_salary_key u;
		jr_salary	q = rnd(2) ? random_index_value() : random_small_value();
		int			n = 1 + (int) rnd(16);
		int			j;
		jr_amount	x;
		char		text[64];

		for (j = 0; j < n; j++)
		{
			vals[j] = rnd(3) ? random_index_value() : random_small_value();
			if (rnd(4) == 0)
				vals[j] = q;	/* exact matches too */
			jr_salary_key_from_value(&vals[j], &keys[j]);
		}
		jr_salary_key_union(keys, n, &u);
		for (k = 0; k < NOPS; k++)
		{
			bool		any = false;
			bool		recheck;
			bool		inner;

			for (j = 0; j < n; j++)
			{
				ref			rv = ref_of(&vals[j]);
				ref			rq = ref_of(&q);
				bool		truth = ref_pred(all_ops[k], &rv, &rq);
				bool		got = jr_salary_key_consistent(&keys[j], true,
														   all_ops[k], &q,
														   &recheck);

				any = any || truth;
				if (truth && !got)
					leaf_fn++;
				if (!recheck && got != truth)
					leaf_wrong++;
				recheck_leaves += recheck;
			}
			inner = jr_salary_key_consistent(&u, false, all_ops[k], &q,
											 &recheck);
			if (any && !inner)
				inner_fn++;
			if (recheck)
				inner_fn++;		/* inner keys never ask for a recheck */
			pruned += !inner;
			tested++;
		}
		/* amount queries */
		if (rnd(2))
			x = jr_amount_from_cents(rnd(3) ? rnd(60) :
									 rnd(JR_SAL_MAX_ANNUAL_CENTS));
		else
		{
			snprintf(text, sizeof(text), "%lld.%03d",
					 (long long) rnd(1000000), (int) rnd(1000));
			jr_amount_parse_query(text, strlen(text), &x);
		}
		{
			bool		any = false;
			bool		recheck;

			for (j = 0; j < n; j++)
			{
				bool		truth = jr_salary_contains_amount(&vals[j], &x);
				bool		got;

				got = jr_salary_key_consistent_amount(&keys[j], true, elem,
													  &x, &recheck);

				any = any || truth;
				if (truth && !got)
					amount_fn++;
				if (!recheck && got != truth)
					amount_wrong++;
			}
			if (any && !jr_salary_key_consistent_amount(&u, false, elem, &x,
														&recheck))
				amount_fn++;
		}
	}
	unit_ok(leaf_fn == 0, "leaf consistent: no false negatives");
	unit_ok(leaf_wrong == 0, "leaf consistent without recheck is exact");
	unit_ok(recheck_leaves > 0, "some leaves are lossy and ask for recheck");
	unit_ok(inner_fn == 0, "inner consistent: no false negatives");
	unit_ok(pruned > tested / 10, "inner consistent prunes (%ld of %ld)",
			pruned, tested);
	unit_ok(amount_fn == 0, "@> amount: no false negatives");
	unit_ok(amount_wrong == 0, "@> amount on exact leaves is exact");
	{
		bool		recheck;
		jr_salary_key kk;

		jr_salary_key_from_value(&L("5 USD/YEAR"), &kk);
		unit_ok(!jr_salary_key_consistent(&kk, true, 99, &L("5 USD/YEAR"),
										  &recheck), "unknown strategy: false");
	}
}

/* KNN distance is a lower bound on inner keys, exact on exact leaves. */
static void
test_gist_distance(void)
{
	int			i;
	int			bad_bound = 0;
	int			bad_exact = 0;
	int			bad_amount = 0;

	for (i = 0; i < 3000; i++)
	{
		jr_salary	vals[16];
		jr_salary_key keys[16];
		jr_salary_key u;
		jr_salary	q = random_index_value();
		int			n = 1 + (int) rnd(16);
		int			j;
		bool		recheck;
		double		best = HUGE_VAL;
		double		best_amount = HUGE_VAL;
		jr_amount	x = jr_amount_from_cents(rnd(2) ? rnd(100) :
											 rnd(JR_SAL_MAX_ANNUAL_CENTS));

		for (j = 0; j < n; j++)
		{
			double		d;
			double		kd;

			vals[j] = random_index_value();
			jr_salary_key_from_value(&vals[j], &keys[j]);
			d = jr_salary_distance(&vals[j], &q);
			kd = jr_salary_key_distance(&keys[j], true, &q, &recheck);
			if (d < best)
				best = d;
			if (kd > d)
				bad_bound++;
			if (!recheck && kd != d)
				bad_exact++;
			d = jr_salary_distance_amount(&vals[j], &x);
			kd = jr_salary_key_distance_amount(&keys[j], true, &x, &recheck);
			if (d < best_amount)
				best_amount = d;
			if (kd > d || (!recheck && kd != d))
				bad_amount++;
		}
		jr_salary_key_union(keys, n, &u);
		if (jr_salary_key_distance(&u, false, &q, &recheck) > best)
			bad_bound++;
		if (jr_salary_key_distance_amount(&u, false, &x, &recheck) >
			best_amount)
			bad_amount++;
	}
	unit_ok(bad_bound == 0, "key distance is a lower bound (leaves, unions)");
	unit_ok(bad_exact == 0, "exact leaves give the exact distance");
	unit_ok(bad_amount == 0, "amount distance: lower bound, exact on exact "
			"leaves");
}

/* Picksplit partitions every entry, both sides non-empty, unions right. */
static void
test_gist_picksplit(void)
{
	int			round;
	int			bad = 0;
	int			currency_mixed_sides = 0;
	double		total_overlap_share = 0;
	int			single_rounds = 0;

	for (round = 0; round < 600; round++)
	{
		int			n = 2 + (int) rnd(round < 300 ? 40 : 300);
		jr_salary_key *keys = malloc(sizeof(jr_salary_key) * (size_t) n);
		int		   *left = malloc(sizeof(int) * (size_t) n);
		int		   *right = malloc(sizeof(int) * (size_t) n);
		int		   *seen = calloc((size_t) n, sizeof(int));
		int			nl;
		int			nr;
		int			i;
		jr_salary_key lu;
		jr_salary_key ru;
		jr_salary_key chk;
		jr_error	err;
		int			kind = round % 5;
		bool		one_currency = round % 3 != 0 || kind == 1;

		for (i = 0; i < n; i++)
		{
			jr_salary	v = random_index_value();

			if (one_currency)
				memcpy(v.currency, "USD", 3);
			if (kind == 1)
				v = mk(1000, 2000, "USD", JR_PERIOD_YEAR, 0);	/* all equal */
			jr_salary_key_from_value(&v, &keys[i]);
		}
		if (jr_salary_key_picksplit(keys, n, left, &nl, &lu, right, &nr, &ru,
									&err) != JR_OK)
		{
			bad++;
			goto next;
		}
		if (nl < 1 || nr < 1 || nl + nr != n)
			bad++;
		for (i = 0; i < nl; i++)
			if (left[i] < 0 || left[i] >= n || seen[left[i]]++)
				bad++;
		for (i = 0; i < nr; i++)
			if (right[i] < 0 || right[i] >= n || seen[right[i]]++)
				bad++;
		for (i = 0; i < n; i++)
			if (seen[i] != 1)
				bad++;
		{
			jr_salary_key *tmp = malloc(sizeof(jr_salary_key) * (size_t) n);

			for (i = 0; i < nl; i++)
				tmp[i] = keys[left[i]];
			jr_salary_key_union(tmp, nl, &chk);
			if (!jr_salary_key_same(&chk, &lu))
				bad++;
			/* no currency may appear on both sides */
			for (i = 0; i < nl; i++)
			{
				int			r2;

				for (r2 = 0; r2 < nr; r2++)
					if (keys[left[i]].currency == keys[right[r2]].currency &&
						!one_currency)
					{
						currency_mixed_sides++;
						r2 = nr;
						i = nl;
					}
			}
			for (i = 0; i < nr; i++)
				tmp[i] = keys[right[i]];
			jr_salary_key_union(tmp, nr, &chk);
			if (!jr_salary_key_same(&chk, &ru))
				bad++;
			free(tmp);
		}
		if (one_currency && kind != 1 && !isinf(lu.hi) && !isinf(ru.lo) &&
			!isinf(lu.lo) && !isinf(ru.hi))
		{
			double		span = (double) (lu.hi > ru.hi ? lu.hi : ru.hi) -
				(double) (lu.lo < ru.lo ? lu.lo : ru.lo);
			double		ov = (double) lu.hi - (double) ru.lo;

			if (span > 0)
			{
				total_overlap_share += (ov > 0 ? ov : 0) / span;
				single_rounds++;
			}
		}
next:
		free(keys);
		free(left);
		free(right);
		free(seen);
	}
	unit_ok(bad == 0, "picksplit: every entry once, both sides non-empty, "
			"unions match (600 random splits)");
	unit_ok(currency_mixed_sides == 0,
			"picksplit never puts one currency on both sides");
	unit_ok(single_rounds == 0 ||
			total_overlap_share / single_rounds < 0.5,
			"picksplit overlap is small (mean share %.3f)",
			single_rounds ? total_overlap_share / single_rounds : 0.0);
	{
		jr_salary_key k1[1];
		int			l[1];
		int			r[1];
		int			nl;
		int			nr;
		jr_salary_key lu;
		jr_salary_key ru;
		jr_error	err;

		jr_salary_key_from_value(&L("5 USD/YEAR"), &k1[0]);
		unit_is_long(jr_salary_key_picksplit(k1, 1, l, &nl, &lu, r, &nr, &ru,
											 &err), JR_ERR_INTERNAL,
					 "picksplit of one entry is refused");
	}
}

int
main(void)
{
	test_literal_forms();
	test_literal_numbers();
	test_literal_currencies();
	test_literal_periods();
	test_literal_ranges();
	test_literal_errors();
	test_literal_messages();
	test_literal_matrix();
	test_round_trip();
	test_predicates_named();
	test_predicates_random();
	test_btree_order();
	test_conversions();
	test_find();
	test_find_spans();
	test_find_linear();
	test_gist_keys();
	test_gist_consistent();
	test_gist_distance();
	test_gist_picksplit();
	return unit_done();
}
