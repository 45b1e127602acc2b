/*
 * jr_salary_parse.c
 *		The scanner of pay mentions ("$120-150k", "CHF 120'000 - 140'000",
 *		"25.5 USD/HOUR") and the salary_range literal parser built on it.
 *
 * A hand-written tokenizer feeds a small recursive-descent scanner; every
 * byte is looked at a bounded number of times, so scanning is linear.  The
 * same scanner serves the literal parser (the whole input must be one
 * mention, every problem is an error with a sentence saying why) and the
 * finder of pay in free text (jr_salary_text.c), which scans a prefix of
 * running text and stops quietly at the first token that does not fit.
 *
 * Numbers: thousands separators "," "." "'" (and U+2019) and blanks (space,
 * NBSP, thin and narrow spaces, groups of exactly three digits), Indian
 * grouping "12,00,000", decimal point "." or "," (the last separator, when
 * it differs from the others).  "d.ddd" with one dot is ambiguous: it is a
 * decimal when a multiplier follows ("1.555k") or the currency writes
 * decimals with a dot (USD, GBP, ...) and the digits are not "000", else
 * thousands ("EUR 50.000", "USD 100.000").
 */
#include "jr_salary_int.h"

#include <stdio.h>
#include <string.h>

static size_t dash_len(const char *s, size_t len, size_t i);

uint64_t	jr_sal_work = 0;

/* Token kinds. */
typedef enum tkind
{
	T_END,
	T_NUM,
	T_WORD,
	T_CUR,
	T_DASH,
	T_DOTDOT,
	T_SLASH,
	T_PLUS,
	T_PERCENT,
	T_OTHER
} tkind;

/* Currency token kinds. */
#define CK_SPECIFIC 0			/* names one currency */
#define CK_DOLLAR	1			/* "$": any dollar, USD unless told */
#define CK_KR		2			/* "kr": SEK, NOK, DKK or ISK */

#define WORD_MAX 24

typedef struct tok
{
	tkind		kind;
	size_t		start;
	size_t		end;
	bool		space_before;	/* blanks between the previous token and it */
	char		w[WORD_MAX];	/* T_WORD: lower-cased, NUL-terminated */
	size_t		wlen;			/* real length (may exceed WORD_MAX - 1) */
	bool		upper;			/* T_WORD: every letter upper case */
	char		code[3];		/* T_CUR */
	int			ckind;			/* T_CUR: CK_* */
	jr_sal_amount num;			/* T_NUM */
} tok;

/* Separator classes inside numbers. */
#define SEP_COMMA	1
#define SEP_DOT		2
#define SEP_APOS	3
#define SEP_SPACE	4

#define MAX_GROUPS	12
#define MAX_INT_DIGITS 18

/* Scanner state. */
typedef struct scanner
{
	const char *s;
	size_t		len;
	size_t		pos;			/* end of the last consumed token */
	jr_sal_mode mode;
	jr_error   *err;
	jr_status	status;			/* first error, JR_OK if none */
	jr_sal_mention *m;
	int			ncur;
	char		cur_code[6][3];
	int			cur_kind[6];
	size_t		cur_pos[6];
	int			trailer_period;
	size_t		trailer_period_pos;
	bool		lpa;			/* "LPA": lakh per annum */
	int			ncached;		/* tokens in cache[] */
	int			next_slot;		/* round-robin replacement */
	size_t		cache_pos[4];	/* where each cached token was read from */
	tok			cache[4];
} scanner;

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool
is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Length of the whitespace (ASCII or Unicode) at s[i], 0 if none. */
size_t
jr_sal_space_len(const char *s, size_t len, size_t i)
{
	unsigned char c = (unsigned char) s[i];

	if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
		c == '\v')
		return 1;
	if (c == 0xC2 && i + 1 < len && (unsigned char) s[i + 1] == 0xA0)
		return 2;
	if (c == 0xE2 && i + 2 < len)
	{
		unsigned char c1 = (unsigned char) s[i + 1];
		unsigned char c2 = (unsigned char) s[i + 2];

		if (c1 == 0x80 && (c2 <= 0x8A || c2 == 0xAF))
			return 3;
		if (c1 == 0x81 && c2 == 0x9F)
			return 3;
	}
	if (c == 0xE3 && i + 2 < len && (unsigned char) s[i + 1] == 0x80 &&
		(unsigned char) s[i + 2] == 0x80)
		return 3;
	return 0;
}

/*
 * True when a word ends before s[j] although letters go on: run-together
 * text such as "EngineerSalary" or "$120KLocation" ("aB", or "ABc" before
 * the "B").
 */
bool
jr_sal_word_break(const char *s, size_t len, size_t j)
{
	bool		up = s[j] >= 'A' && s[j] <= 'Z';

	if (!up || j == 0)
		return false;
	if (s[j - 1] >= 'a' && s[j - 1] <= 'z')
		return true;
	return s[j - 1] >= 'A' && s[j - 1] <= 'Z' && j + 1 < len &&
		s[j + 1] >= 'a' && s[j + 1] <= 'z';
}

/*
 * True when a currency symbol is followed by another non-blank non-ASCII
 * character: mis-decoded text ("\u20AC\u00A2" for a bullet) rather than
 * money.
 */
bool
jr_sal_symbol_garbled(const char *s, size_t len, size_t i)
{
	if (i >= len || (unsigned char) s[i] < 0xC0)
		return false;
	return jr_sal_space_len(s, len, i) == 0 && dash_len(s, len, i) == 0;
}

/* Currency symbols (UTF-8) and their codes. */
static const struct
{
	const char *sym;
	const char *code;
}			symbols[] =
{
	{"\xE2\x82\xAC", "EUR"}, {"\xC2\xA3", "GBP"}, {"\xC2\xA5", "JPY"},
	{"\xEF\xBF\xA5", "JPY"}, {"\xE2\x82\xB9", "INR"}, {"\xE2\x82\xA9", "KRW"},
	{"\xE2\x82\xAA", "ILS"}, {"\xE2\x82\xB1", "PHP"}, {"\xE2\x82\xA6", "NGN"},
	{"\xE2\x82\xBD", "RUB"}, {"\xE2\x82\xBA", "TRY"}, {"\xE2\x82\xAB", "VND"},
	{"\xE0\xB8\xBF", "THB"}, {"\xE2\x82\xB4", "UAH"}, {"\xE2\x82\xB8", "KZT"},
	{"\xE2\x82\xBC", "AZN"}, {"\xE2\x82\xBE", "GEL"}, {"\xE2\x82\xA1", "CRC"},
	{"\xE2\x82\xB2", "PYG"}, {"\xE2\x82\xB5", "GHS"}, {"\xE2\x82\xAD", "LAK"},
	{"\xE0\xA7\xB3", "BDT"},
};

/* Code of a currency symbol at s[i] and its byte length (0 if none). */
size_t
jr_sal_symbol_at(const char *s, size_t len, size_t i, char code[3],
				 bool *generic_dollar)
{
	size_t		k;

	*generic_dollar = false;
	if (s[i] == '$')
	{
		*generic_dollar = true;
		memcpy(code, "USD", 3);
		return 1;
	}
	if ((unsigned char) s[i] < 0x80)
		return 0;
	for (k = 0; k < sizeof(symbols) / sizeof(symbols[0]); k++)
	{
		size_t		n = strlen(symbols[k].sym);

		if (i + n <= len && memcmp(s + i, symbols[k].sym, n) == 0)
		{
			memcpy(code, symbols[k].code, 3);
			return n;
		}
	}
	return 0;
}

/* Dollar-sign prefixes written before "$": "US$", "A$", "NZ$" ... */
static const struct
{
	const char *prefix;			/* lower case */
	const char *code;
}			dollar_prefixes[] =
{
	{"us", "USD"}, {"a", "AUD"}, {"au", "AUD"}, {"c", "CAD"}, {"ca", "CAD"},
	{"can", "CAD"}, {"nz", "NZD"}, {"s", "SGD"}, {"sg", "SGD"},
	{"hk", "HKD"}, {"r", "BRL"}, {"mx", "MXN"}, {"mex", "MXN"},
	{"nt", "TWD"},
};

/* Length of a dash at s[i] (hyphen, en/em dash, minus, tilde), 0 if none. */
static size_t
dash_len(const char *s, size_t len, size_t i)
{
	unsigned char c = (unsigned char) s[i];

	if (c == '-' || c == '~')
		return 1;
	if (c == 0xE2 && i + 2 < len)
	{
		unsigned char c1 = (unsigned char) s[i + 1];
		unsigned char c2 = (unsigned char) s[i + 2];

		if (c1 == 0x80 && c2 >= 0x90 && c2 <= 0x95)
			return 3;
		if (c1 == 0x88 && c2 == 0x92)
			return 3;
	}
	return 0;
}

/* Length and class of a digit-group separator at s[i], 0 if none. */
static size_t
sep_at(const char *s, size_t len, size_t i, int *cls)
{
	unsigned char c;

	if (i >= len)
		return 0;
	c = (unsigned char) s[i];
	if (c == ',')
	{
		*cls = SEP_COMMA;
		return 1;
	}
	if (c == '.')
	{
		*cls = SEP_DOT;
		return 1;
	}
	if (c == '\'')
	{
		*cls = SEP_APOS;
		return 1;
	}
	if (c == 0xE2 && i + 2 < len && (unsigned char) s[i + 1] == 0x80 &&
		(unsigned char) s[i + 2] == 0x99)
	{
		*cls = SEP_APOS;
		return 3;
	}
	if (c == ' ' || (c == 0xC2 && i + 1 < len &&
					 (unsigned char) s[i + 1] == 0xA0) ||
		(c == 0xE2 && i + 2 < len && (unsigned char) s[i + 1] == 0x80 &&
		 ((unsigned char) s[i + 2] == 0xAF ||
		  (unsigned char) s[i + 2] == 0x89 ||
		  (unsigned char) s[i + 2] == 0x87)))
	{
		*cls = SEP_SPACE;
		return c == ' ' ? 1 : (c == 0xC2 ? 2 : 3);
	}
	return 0;
}

/* True when groups g[0..n) after a lead of r0 digits group thousands. */
static bool
valid_grouping(size_t r0, const size_t *g, int n, int cls)
{
	int			i;
	bool		western = r0 >= 1 && r0 <= 3;
	bool		indian = cls == SEP_COMMA && n >= 2 && r0 >= 1 && r0 <= 2;

	for (i = 0; i < n; i++)
	{
		if (g[i] != 3)
			western = false;
		if (i < n - 1 ? g[i] != 2 : g[i] != 3)
			indian = false;
	}
	return western || indian;
}

/* Append digits s[from, from + n) to a value; false on overflow. */
static bool
add_digits(uint64_t *v, int *ndigits, const char *s, size_t from, size_t n)
{
	size_t		i;

	for (i = 0; i < n; i++)
	{
		if (*ndigits == 0 && s[from + i] == '0')
			continue;			/* leading zeros do not count */
		if (++(*ndigits) > MAX_INT_DIGITS)
			return false;
		*v = *v * 10 + (uint64_t) (s[from + i] - '0');
	}
	return true;
}

/*
 * Scan a number starting with a digit at s[i]; fills the numeric fields of
 * a and returns the end.  A run with too many groups or a malformed
 * grouping is consumed whole and flagged bad.
 */
static size_t
scan_number(const char *s, size_t len, size_t i, jr_sal_amount *a)
{
	size_t		r0s = i;
	size_t		r0;
	int			cls[MAX_GROUPS];
	size_t		gs[MAX_GROUPS];
	size_t		gl[MAX_GROUPS];
	int			n = 0;
	int			dec = -1;
	int			ndig = 0;
	int			k;

	memset(a, 0, sizeof(*a));
	a->mult = 1;
	a->period = -1;
	a->start = i;
	while (i < len && is_digit(s[i]))
		i++;
	r0 = i - r0s;
	for (;;)
	{
		int			c;
		size_t		sl = sep_at(s, len, i, &c);
		size_t		j;
		size_t		e;

		if (sl == 0)
			break;
		j = i + sl;
		e = j;
		while (e < len && is_digit(s[e]))
			e++;
		if (e == j)
			break;
		if ((c == SEP_SPACE || c == SEP_APOS) && e - j != 3)
			break;
		if (n == MAX_GROUPS)
			a->bad = true;
		else
		{
			cls[n] = c;
			gs[n] = j;
			gl[n] = e - j;
			n++;
		}
		i = e;
	}
	a->end = i;
	if (a->bad)
		return i;

	if (n == 1)
	{
		if (cls[0] == SEP_COMMA)
		{
			if (gl[0] <= 2)
				dec = 0;
			else if (gl[0] != 3)
				a->bad = true;
		}
		else if (cls[0] == SEP_DOT)
		{
			if (gl[0] == 3 && r0 >= 1 && r0 <= 3 &&
				!(r0 == 1 && s[r0s] == '0'))
				a->ambiguous = true;
			else
				dec = 0;
		}
	}
	else if (n >= 2)
	{
		for (k = 1; k < n - 1; k++)
			if (cls[k] != cls[0])
				a->bad = true;
		if (!a->bad)
		{
			if (cls[n - 1] == cls[0])
				a->bad = !valid_grouping(r0, gl, n, cls[0]);
			else if (cls[n - 1] == SEP_COMMA || cls[n - 1] == SEP_DOT)
			{
				dec = n - 1;
				a->bad = !valid_grouping(r0, gl, n - 1, cls[0]);
			}
			else
				a->bad = true;
		}
	}
	if (a->bad)
		return i;

	if (!add_digits(&a->ival, &ndig, s, r0s, r0))
		a->too_big = true;
	if (a->ambiguous)
	{
		int			nd2 = ndig;

		a->alt_ival = a->ival;
		if (!add_digits(&a->alt_ival, &nd2, s, gs[0], 3))
			a->too_big = true;
		memcpy(a->frac, s + gs[0], 3);
		a->frac[3] = '\0';
		return i;
	}
	for (k = 0; k < n; k++)
	{
		if (k == dec)
			continue;
		a->grouped = true;
		if (!add_digits(&a->ival, &ndig, s, gs[k], gl[k]))
			a->too_big = true;
	}
	if (dec >= 0)
	{
		if (gl[dec] >= sizeof(a->frac))
			a->bad = true;
		else
		{
			memcpy(a->frac, s + gs[dec], gl[dec]);
			a->frac[gl[dec]] = '\0';
		}
	}
	return i;
}

/*
 * Read the token at or after pos.  In find mode a line break ends the
 * mention (it is returned as T_OTHER) and long runs of blanks too.
 */
static void
lex_uncached(const scanner *sc, size_t pos, tok *t)
{
	const char *s = sc->s;
	size_t		len = sc->len;
	size_t		i = pos;
	size_t		blanks = 0;
	size_t		n;
	bool		dollar;

	/* only the fields every kind uses; T_NUM fills num itself */
	t->kind = T_OTHER;
	t->w[0] = '\0';
	t->wlen = 0;
	t->upper = false;
	t->ckind = CK_SPECIFIC;
	while (i < len && (n = jr_sal_space_len(s, len, i)) > 0)
	{
		if (sc->mode == JR_SAL_MODE_FIND &&
			(s[i] == '\n' || s[i] == '\r' || blanks >= 24))
			break;
		blanks += n;
		i += n;
	}
	t->space_before = i > pos;
	t->start = i;
	if (i >= len)
	{
		t->kind = T_END;
		t->end = i;
		return;
	}
	if (sc->mode == JR_SAL_MODE_FIND && jr_sal_space_len(s, len, i) > 0)
	{
		t->kind = T_OTHER;
		t->end = i;
		return;
	}
	if (is_digit(s[i]))
	{
		t->kind = T_NUM;
		t->end = scan_number(s, len, i, &t->num);
		return;
	}
	if ((n = jr_sal_symbol_at(s, len, i, t->code, &dollar)) > 0 &&
		!jr_sal_symbol_garbled(s, len, i + n))
	{
		t->kind = T_CUR;
		t->ckind = dollar ? CK_DOLLAR : CK_SPECIFIC;
		t->end = i + n;
		return;
	}
	if (is_alpha(s[i]))
	{
		size_t		j = i;
		size_t		k;

		t->upper = true;
		while (j < len && is_alpha(s[j]) &&
			   !(j > i && jr_sal_word_break(s, len, j)))
		{
			char		c = s[j];

			if (c >= 'A' && c <= 'Z')
				c = (char) (c - 'A' + 'a');
			else
				t->upper = false;
			if (j - i < WORD_MAX - 1)
				t->w[j - i] = c;
			j++;
		}
		t->wlen = j - i;
		t->w[t->wlen < WORD_MAX - 1 ? t->wlen : WORD_MAX - 1] = '\0';
		t->kind = T_WORD;
		t->end = j;
		/* "US$", "A$", "USD$" ... */
		if (j < len && s[j] == '$' && t->wlen <= 3)
		{
			for (k = 0; k < sizeof(dollar_prefixes) /
				 sizeof(dollar_prefixes[0]); k++)
			{
				if (strcmp(t->w, dollar_prefixes[k].prefix) == 0)
				{
					t->kind = T_CUR;
					t->ckind = CK_SPECIFIC;
					memcpy(t->code, dollar_prefixes[k].code, 3);
					t->end = j + 1;
					return;
				}
			}
			if (t->wlen == 3 && jr_currency_parse(s + i, 3, t->code))
			{
				t->kind = T_CUR;
				t->ckind = CK_SPECIFIC;
				t->end = j + 1;
				return;
			}
		}
		/* "R250 000": rand, in literals only (too ambiguous in prose) */
		if (sc->mode == JR_SAL_MODE_LITERAL && t->wlen == 1 &&
			s[i] == 'R' && j < len && is_digit(s[j]))
		{
			t->kind = T_CUR;
			t->ckind = CK_SPECIFIC;
			memcpy(t->code, "ZAR", 3);
			return;
		}
		/* currency names written out */
		if (strcmp(t->w, "dollars") == 0 || strcmp(t->w, "dollar") == 0)
		{
			t->kind = T_CUR;
			t->ckind = CK_DOLLAR;
			memcpy(t->code, "USD", 3);
			return;
		}
		if (strcmp(t->w, "euros") == 0 || strcmp(t->w, "euro") == 0 ||
			strcmp(t->w, "rupees") == 0 || strcmp(t->w, "yen") == 0)
		{
			t->kind = T_CUR;
			t->ckind = CK_SPECIFIC;
			memcpy(t->code, t->w[0] == 'e' ? "EUR" : t->w[0] == 'r' ? "INR" :
				   "JPY", 3);
			return;
		}
		/* "Rs", "Rs." rupees; "kr", "kr." kronor/kroner */
		if (strcmp(t->w, "rs") == 0 || strcmp(t->w, "kr") == 0)
		{
			t->kind = T_CUR;
			t->ckind = t->w[0] == 'r' ? CK_SPECIFIC : CK_KR;
			memcpy(t->code, t->w[0] == 'r' ? "INR" : "SEK", 3);
			if (j < len && s[j] == '.' && !(j + 1 < len && is_alpha(s[j + 1])))
				t->end = j + 1;
			return;
		}
		/* "zł" (PLN), "Kč" (CZK) */
		if (t->wlen == 1 && j + 1 < len)
		{
			if (t->w[0] == 'z' && (unsigned char) s[j] == 0xC5 &&
				(unsigned char) s[j + 1] == 0x82)
			{
				t->kind = T_CUR;
				memcpy(t->code, "PLN", 3);
				t->end = j + 2;
				return;
			}
			if (t->w[0] == 'k' && (unsigned char) s[j] == 0xC4 &&
				(unsigned char) s[j + 1] == 0x8D)
			{
				t->kind = T_CUR;
				memcpy(t->code, "CZK", 3);
				t->end = j + 2;
				return;
			}
			/* "p.a." */
			if (t->w[0] == 'p' && s[j] == '.' && j + 1 < len &&
				(s[j + 1] == 'a' || s[j + 1] == 'A') &&
				!(j + 2 < len && is_alpha(s[j + 2])))
			{
				strcpy(t->w, "pa");
				t->wlen = 2;
				t->end = j + 2;
				if (t->end < len && s[t->end] == '.')
					t->end++;
				return;
			}
		}
		return;
	}
	if ((n = dash_len(s, len, i)) > 0)
	{
		t->kind = T_DASH;
		i += n;
		while (i < len && (n = dash_len(s, len, i)) > 0)
			i += n;
		t->end = i;
		return;
	}
	if (s[i] == '.' && i + 1 < len && s[i + 1] == '.')
	{
		t->kind = T_DOTDOT;
		t->end = i + 2;
		return;
	}
	t->end = i + 1;
	if (s[i] == '/')
		t->kind = T_SLASH;
	else if (s[i] == '+')
		t->kind = T_PLUS;
	else if (s[i] == '%')
		t->kind = T_PERCENT;
	else
	{
		t->kind = T_OTHER;
		/* one whole UTF-8 character */
		while (t->end < len && ((unsigned char) s[t->end] & 0xC0) == 0x80)
			t->end++;
	}
}

/*
 * Read the token at or after pos.  The scanner peeks at the same few
 * tokens repeatedly, so the last four are cached: a long digit run is
 * scanned once, not once per peek.
 */
static void
lex(scanner *sc, size_t pos, tok *t)
{
	int			i;

	for (i = 0; i < sc->ncached; i++)
	{
		if (sc->cache_pos[i] == pos)
		{
			*t = sc->cache[i];
			return;
		}
	}
	lex_uncached(sc, pos, t);
	jr_sal_work += t->end - pos + 1;
	i = sc->next_slot;
	sc->next_slot = (sc->next_slot + 1) % 4;
	if (sc->ncached < 4)
		sc->ncached++;
	sc->cache[i] = *t;
	sc->cache_pos[i] = pos;
}

/* 1-based character position of byte offset off. */
static size_t
char_pos(const char *s, size_t off)
{
	size_t		n = 1;
	size_t		i;

	for (i = 0; i < off; i++)
		if (((unsigned char) s[i] & 0xC0) != 0x80)
			n++;
	return n;
}

/* Copy at most max bytes of s[0, len) to out, not splitting a character. */
static size_t
utf8_prefix(const char *s, size_t len, size_t max)
{
	size_t		n = len;

	if (n <= max)
		return n;
	n = max;
	while (n > 0 && ((unsigned char) s[n] & 0xC0) == 0x80)
		n--;
	return n;
}

/* Record a syntax or range error (the first one wins). */
static bool
fail(scanner *sc, jr_status code, size_t offset, const char *fmt,...)
__attribute__((format(printf, 4, 5)));

static bool
fail(scanner *sc, jr_status code, size_t offset, const char *fmt,...)
{
	va_list		args;
	char		detail[JR_ERROR_MESSAGE_LEN];
	size_t		n;
	const char *ell;

	if (sc->status != JR_OK)
		return false;
	sc->status = code;
	if (sc->err == NULL)
		return false;
	va_start(args, fmt);
	vsnprintf(detail, sizeof(detail), fmt, args);
	va_end(args);
	n = utf8_prefix(sc->s, sc->len, 60);
	ell = n < sc->len ? "..." : "";
	if (code == JR_ERR_RANGE)
		jr_error_set(sc->err, code, offset,
					 "value \"%.*s%s\" is out of range for type salary_range",
					 (int) n, sc->s, ell);
	else
		jr_error_set(sc->err, code, offset,
					 "invalid input syntax for type salary_range: \"%.*s%s\"",
					 (int) n, sc->s, ell);
	jr_error_detail(sc->err, "%s", detail);
	return false;
}

/* Report the token t as unexpected. */
static bool
fail_unexpected(scanner *sc, const tok *t)
{
	size_t		n;

	if (t->kind == T_END)
		return fail(sc, JR_ERR_SYNTAX, t->start,
					"Unexpected end of input at position %zu.",
					char_pos(sc->s, t->start));
	n = utf8_prefix(sc->s + t->start, t->end - t->start, 20);
	return fail(sc, JR_ERR_SYNTAX, t->start,
				"Unexpected \"%.*s\" at position %zu.", (int) n,
				sc->s + t->start, char_pos(sc->s, t->start));
}

/* True when t is the word w. */
static bool
is_word(const tok *t, const char *w)
{
	return t->kind == T_WORD && strcmp(t->w, w) == 0;
}

/* Currencies a finder accepts as upper-case codes in running text. */
static const char common_codes[] =
"USD" "EUR" "GBP" "CAD" "AUD" "NZD" "CHF" "SEK" "NOK" "DKK" "PLN" "INR"
"JPY" "CNY" "SGD" "HKD" "BRL" "MXN" "ZAR" "ILS" "AED" "SAR" "KRW" "TWD"
"PHP" "MYR" "THB" "IDR" "VND" "TRY" "RUB" "UAH" "CZK" "HUF" "RON" "BGN"
"ISK" "NGN" "KES" "EGP" "PKR" "BDT" "LKR" "ARS" "CLP" "COP" "PEN" "QAR";

/* True when the word token t names a currency here; code filled. */
static bool
word_currency(const scanner *sc, const tok *t, char code[3])
{
	size_t		k;

	if (t->kind != T_WORD || t->wlen != 3)
		return false;
	if (!jr_currency_parse(sc->s + t->start, 3, code))
		return false;
	if (sc->mode == JR_SAL_MODE_LITERAL)
		return true;
	if (!t->upper)
		return false;
	for (k = 0; k + 3 <= sizeof(common_codes) - 1; k += 3)
		if (memcmp(common_codes + k, code, 3) == 0)
			return true;
	return false;
}

/* Words that mean something to the scanner (never "unknown currency"). */
static bool
known_word(const tok *t)
{
	static const char *const words[] = {
		"per", "and", "max", "min", "day", "for", "the", "you", "are",
		"not", "can", "all", "top", "any", "one", "two", "lpa", "mil",
		"hrs", "yrs", "mth", "wks", "ote", "doe", "eoe", "bonus", NULL
	};
	int			i;

	for (i = 0; words[i]; i++)
		if (is_word(t, words[i]))
			return true;
	return false;
}

/* Accept a currency token or code word at the scanner position. */
static bool
take_currency(scanner *sc)
{
	tok			t;
	char		code[3];
	int			kind;

	lex(sc, sc->pos, &t);
	if (t.kind == T_CUR)
	{
		memcpy(code, t.code, 3);
		kind = t.ckind;
	}
	else if (word_currency(sc, &t, code))
		kind = CK_SPECIFIC;
	else
	{
		if (sc->mode == JR_SAL_MODE_LITERAL && t.kind == T_WORD &&
			t.wlen == 3 && t.upper && !known_word(&t))
			return fail(sc, JR_ERR_SYNTAX, t.start,
						"Unknown currency code \"%c%c%c\".",
						sc->s[t.start] & ~0x20, sc->s[t.start + 1] & ~0x20,
						sc->s[t.start + 2] & ~0x20);
		return false;
	}
	if (sc->mode == JR_SAL_MODE_FIND && kind == CK_SPECIFIC)
	{
		int			i;

		/* "$100 EUR 5": a different currency starts another mention */
		for (i = 0; i < sc->ncur; i++)
			if (sc->cur_kind[i] == CK_SPECIFIC &&
				memcmp(sc->cur_code[i], code, 3) != 0)
				return false;
	}
	if (sc->ncur < 6)
	{
		memcpy(sc->cur_code[sc->ncur], code, 3);
		sc->cur_kind[sc->ncur] = kind;
		sc->cur_pos[sc->ncur] = t.start;
		sc->ncur++;
	}
	if (kind != CK_DOLLAR && t.kind == T_CUR)
		sc->m->has_symbol = true;
	if (kind == CK_DOLLAR)
		sc->m->has_symbol = true;
	sc->pos = t.end;
	return true;
}

/* Period of a noun or abbreviation after "per", "/", "a", or -1. */
static int
period_noun(const tok *t, bool abbrev)
{
	static const struct
	{
		const char *w;
		int			p;
		bool		abbrev;
	}			nouns[] =
	{
		{"hour", JR_PERIOD_HOUR, false}, {"hr", JR_PERIOD_HOUR, true},
		{"h", JR_PERIOD_HOUR, true}, {"hrs", JR_PERIOD_HOUR, true},
		{"day", JR_PERIOD_DAY, false}, {"d", JR_PERIOD_DAY, true},
		{"week", JR_PERIOD_WEEK, false}, {"wk", JR_PERIOD_WEEK, true},
		{"w", JR_PERIOD_WEEK, true},
		{"month", JR_PERIOD_MONTH, false}, {"mo", JR_PERIOD_MONTH, true},
		{"mth", JR_PERIOD_MONTH, true}, {"mon", JR_PERIOD_MONTH, true},
		{"m", JR_PERIOD_MONTH, true},
		{"year", JR_PERIOD_YEAR, false}, {"yr", JR_PERIOD_YEAR, true},
		{"y", JR_PERIOD_YEAR, true}, {"annum", JR_PERIOD_YEAR, false},
		{"yrs", JR_PERIOD_YEAR, true},
	};
	size_t		k;

	if (t->kind != T_WORD)
		return -1;
	for (k = 0; k < sizeof(nouns) / sizeof(nouns[0]); k++)
		if (strcmp(t->w, nouns[k].w) == 0 && (abbrev || !nouns[k].abbrev))
			return nouns[k].p;
	return -1;
}

/* Period of an adjective standing alone ("hourly", "annually", "p.a."). */
static int
period_adjective(const tok *t)
{
	if (t->kind != T_WORD)
		return -1;
	if (strcmp(t->w, "hourly") == 0)
		return JR_PERIOD_HOUR;
	if (strcmp(t->w, "daily") == 0)
		return JR_PERIOD_DAY;
	if (strcmp(t->w, "weekly") == 0)
		return JR_PERIOD_WEEK;
	if (strcmp(t->w, "monthly") == 0)
		return JR_PERIOD_MONTH;
	if (strcmp(t->w, "yearly") == 0 || strcmp(t->w, "annually") == 0 ||
		strcmp(t->w, "annual") == 0 || strcmp(t->w, "pa") == 0)
		return JR_PERIOD_YEAR;
	return -1;
}

/* Accept a period phrase at the scanner position; its period or -1. */
static int
take_period(scanner *sc, size_t *where)
{
	tok			t;
	tok			t2;
	int			p;

	lex(sc, sc->pos, &t);
	*where = t.start;
	if (t.kind == T_SLASH)
	{
		lex(sc, t.end, &t2);
		if ((p = period_noun(&t2, true)) >= 0)
		{
			sc->pos = t2.end;
			return p;
		}
		if (t2.kind == T_WORD && (p = period_adjective(&t2)) >= 0)
		{
			sc->pos = t2.end;
			return p;
		}
		return -1;
	}
	if (is_word(&t, "per"))
	{
		lex(sc, t.end, &t2);
		if ((p = period_noun(&t2, true)) >= 0 && t2.wlen > 1)
		{
			sc->pos = t2.end;
			return p;
		}
		return -1;
	}
	if (is_word(&t, "a") || is_word(&t, "an") || is_word(&t, "each") ||
		is_word(&t, "every"))
	{
		lex(sc, t.end, &t2);
		if ((p = period_noun(&t2, false)) >= 0 && strcmp(t2.w, "annum") != 0)
		{
			sc->pos = t2.end;
			return p;
		}
		return -1;
	}
	if ((p = period_adjective(&t)) >= 0)
	{
		sc->pos = t.end;
		return p;
	}
	return -1;
}

/* Multiplier of a suffix word, 0 if none; flags what kind it is. */
static int64_t
multiplier(const tok *t, bool *huge, bool *million, bool *lakh)
{
	static const struct
	{
		const char *w;
		int64_t		mult;
		int			kind;		/* 0 plain, 1 million, 2 huge, 3 lakh */
		bool		attached;	/* only written right after the digits */
	}			mults[] =
	{
		{"k", 1000, 0, false}, {"thousand", 1000, 0, false},
		{"m", 1000000, 1, true}, {"mm", 1000000, 1, true},
		{"mn", 1000000, 1, true}, {"mil", 1000000, 1, false},
		{"million", 1000000, 1, false}, {"millions", 1000000, 1, false},
		{"b", 1000000000, 2, true}, {"bn", 1000000000, 2, false},
		{"billion", 1000000000, 2, false}, {"billions", 1000000000, 2, false},
		{"tn", INT64_C(1000000000000), 2, false},
		{"trillion", INT64_C(1000000000000), 2, false},
		{"l", 100000, 3, true}, {"lakh", 100000, 3, false},
		{"lakhs", 100000, 3, false}, {"lac", 100000, 3, false},
		{"lacs", 100000, 3, false}, {"cr", 10000000, 3, false},
		{"crore", 10000000, 3, false}, {"crores", 10000000, 3, false},
	};
	size_t		k;

	*huge = *million = *lakh = false;
	if (t->kind != T_WORD)
		return 0;
	for (k = 0; k < sizeof(mults) / sizeof(mults[0]); k++)
	{
		if (strcmp(t->w, mults[k].w) != 0)
			continue;
		if (mults[k].attached && t->space_before)
			return 0;
		*million = mults[k].kind == 1;
		*huge = mults[k].kind == 2;
		*lakh = mults[k].kind == 3;
		return mults[k].mult;
	}
	return 0;
}

/* Scan one amount (digits and suffix) into a; false if there is none. */
static bool
take_amount(scanner *sc, jr_sal_amount *a, bool allow_sign)
{
	tok			t;
	tok			t2;
	bool		negative = false;
	bool		huge;
	bool		million;
	bool		lakh;
	int64_t		mult;

	lex(sc, sc->pos, &t);
	if (allow_sign && sc->mode == JR_SAL_MODE_LITERAL && t.kind == T_DASH &&
		t.end - t.start <= 3)
	{
		lex(sc, t.end, &t2);
		if (t2.kind == T_NUM && !t2.space_before)
		{
			negative = true;
			t = t2;
		}
	}
	if (t.kind != T_NUM)
	{
		if (sc->mode == JR_SAL_MODE_LITERAL)
			return fail(sc, JR_ERR_SYNTAX, t.start,
						"Expected an amount at position %zu.",
						char_pos(sc->s, t.start));
		return false;
	}
	*a = t.num;
	a->negative = negative;
	sc->pos = t.end;
	lex(sc, sc->pos, &t2);
	mult = multiplier(&t2, &huge, &million, &lakh);
	if (mult > 0)
	{
		a->mult = mult;
		a->has_mult = true;
		a->huge_mult = huge;
		a->million = million;
		if (lakh)
			sc->m->lakh_default = true;
		sc->pos = t2.end;
		lex(sc, sc->pos, &t2);
	}
	if (t2.kind == T_PERCENT && !t2.space_before)
	{
		sc->m->percent = true;
		if (sc->mode == JR_SAL_MODE_LITERAL)
			return fail(sc, JR_ERR_SYNTAX, t2.start,
						"A percentage is not an amount (position %zu).",
						char_pos(sc->s, t2.start));
	}
	return true;
}

/* Scan "[currency] amount [currency] [period]" into m->a[idx]. */
static bool
take_bound(scanner *sc, int idx, bool allow_sign)
{
	jr_sal_amount *a = &sc->m->a[idx];
	size_t		save = sc->pos;
	int			ncur = sc->ncur;
	int			i;
	size_t		where;

	for (i = 0; i < 2 && take_currency(sc); i++)
		;
	if (sc->status != JR_OK)
		return false;
	if (!take_amount(sc, a, allow_sign))
	{
		sc->pos = save;
		sc->ncur = ncur;
		return false;
	}
	for (i = 0; i < 3; i++)
	{
		int			p;

		if (take_currency(sc))
			continue;
		if (sc->status != JR_OK)
			return false;
		if (a->period < 0 && (p = take_period(sc, &where)) >= 0)
		{
			a->period = p;
			continue;
		}
		break;
	}
	return true;
}

/* True when the token t (read at pos) begins a bound: an amount ahead. */
static bool
starts_bound(scanner *sc, const tok *t)
{
	char		code[3];
	tok			t2;
	tok			t3;

	if (t->kind == T_NUM)
		return true;
	if (t->kind == T_DASH && sc->mode == JR_SAL_MODE_LITERAL)
	{
		lex(sc, t->end, &t2);
		return t2.kind == T_NUM;
	}
	if (t->kind != T_CUR && !word_currency(sc, t, code))
		return false;
	lex(sc, t->end, &t2);
	if (t2.kind == T_NUM)
		return true;
	if (t2.kind != T_CUR && !word_currency(sc, &t2, code))
		return false;
	lex(sc, t2.end, &t3);
	return t3.kind == T_NUM;
}

/* Literal-mode prefix words ("up to", "from", "between"); flags. */
static unsigned
take_prefix(scanner *sc)
{
	tok			t;
	tok			t2;
	tok			t3;

	lex(sc, sc->pos, &t);
	if (t.kind != T_WORD)
		return 0;
	lex(sc, t.end, &t2);
	if ((is_word(&t, "up") && is_word(&t2, "to")) ||
		(is_word(&t, "less") && is_word(&t2, "than")) ||
		(is_word(&t, "at") && is_word(&t2, "most")))
	{
		sc->pos = t2.end;
		return JR_SAL_PRE_UPTO;
	}
	if ((is_word(&t, "starting") || is_word(&t, "starts")) &&
		(is_word(&t2, "at") || is_word(&t2, "from")))
	{
		sc->pos = t2.end;
		return JR_SAL_PRE_FROM;
	}
	if ((is_word(&t, "at") && is_word(&t2, "least")) ||
		(is_word(&t, "more") && is_word(&t2, "than")))
	{
		sc->pos = t2.end;
		return JR_SAL_PRE_FROM;
	}
	if (is_word(&t, "no") && is_word(&t2, "more"))
	{
		lex(sc, t2.end, &t3);
		if (is_word(&t3, "than"))
		{
			sc->pos = t3.end;
			return JR_SAL_PRE_UPTO;
		}
		return 0;
	}
	if (is_word(&t, "upto") || is_word(&t, "max") || is_word(&t, "maximum") ||
		is_word(&t, "under") || is_word(&t, "below"))
	{
		sc->pos = t.end;
		if (t2.kind == T_OTHER && sc->s[t2.start] == '.' && !t2.space_before)
			sc->pos = t2.end;
		return JR_SAL_PRE_UPTO;
	}
	if (is_word(&t, "from") || is_word(&t, "min") || is_word(&t, "minimum") ||
		is_word(&t, "over") || is_word(&t, "above"))
	{
		sc->pos = t.end;
		if (t2.kind == T_OTHER && sc->s[t2.start] == '.' && !t2.space_before)
			sc->pos = t2.end;
		return JR_SAL_PRE_FROM;
	}
	if (is_word(&t, "between"))
	{
		sc->pos = t.end;
		return JR_SAL_PRE_BETWEEN;
	}
	return 0;
}

/* True for a word naming pay on top of the base ("+ bonus", "+ tips"). */
static bool
is_pay_extra(const tok *t)
{
	static const char *const extras[] = {
		"bonus", "bonuses", "commission", "commissions", "equity", "stock",
		"tips", "tip", "incentive", "incentives", "ote", "benefits",
		"overtime", "shift", "differential", "per", "rsu", "rsus", "options",
		"profit", "allowance", "relocation", "sign", "signing", NULL
	};

	for (int k = 0; extras[k] != NULL; k++)
		if (is_word(t, extras[k]))
			return true;
	return false;
}

/* Accept "or more", "and up", "+" style open-upper markers. */
static bool
take_open_marker(scanner *sc)
{
	tok			t;
	tok			t2;
	char		code[3];

	lex(sc, sc->pos, &t);
	if (t.kind == T_PLUS)
	{
		lex(sc, t.end, &t2);

		/*
		 * "+ bonus" adds something; "+", "+/yr", "+ USD" mark openness, and
		 * so does a "+" glued to the amount before a word ("$120,000+ base",
		 * "$105k+ depending on experience") unless the word is more pay.
		 */
		if (t2.kind == T_WORD && period_adjective(&t2) < 0 &&
			!is_word(&t2, "per") && !is_word(&t2, "a") &&
			!is_word(&t2, "an") && !word_currency(sc, &t2, code) &&
			!(t.start == sc->pos && t.end < sc->len &&
			  (sc->s[t.end] == ' ' || sc->s[t.end] == '\t') &&
			  !is_pay_extra(&t2)))
			return false;
		if (t2.kind == T_NUM || t2.kind == T_CUR || t2.kind == T_PLUS)
			return false;
		sc->pos = t.end;
		return true;
	}
	if (is_word(&t, "or") || is_word(&t, "and"))
	{
		lex(sc, t.end, &t2);
		if ((is_word(&t, "or") && (is_word(&t2, "more") ||
								   is_word(&t2, "higher") ||
								   is_word(&t2, "above") ||
								   is_word(&t2, "greater"))) ||
			(is_word(&t, "and") && (is_word(&t2, "up") ||
									is_word(&t2, "above") ||
									is_word(&t2, "upwards") ||
									is_word(&t2, "over"))))
		{
			sc->pos = t2.end;
			return true;
		}
	}
	return false;
}

/* Resolve the currency from every currency token seen. */
static bool
resolve_currency(scanner *sc)
{
	jr_sal_mention *m = sc->m;
	int			i;
	int			specific = -1;
	bool		dollar = false;
	bool		kr = false;

	for (i = 0; i < sc->ncur; i++)
	{
		if (sc->cur_kind[i] == CK_DOLLAR)
			dollar = true;
		else if (sc->cur_kind[i] == CK_KR)
			kr = true;
		else if (specific < 0)
			specific = i;
		else if (memcmp(sc->cur_code[i], sc->cur_code[specific], 3) != 0)
			return fail(sc, JR_ERR_SYNTAX, sc->cur_pos[i],
						"Conflicting currencies %.3s and %.3s.",
						sc->cur_code[specific], sc->cur_code[i]);
	}
	if (specific >= 0)
	{
		const char *code = sc->cur_code[specific];

		if (kr && !(memcmp(code, "SEK", 3) == 0 ||
					memcmp(code, "NOK", 3) == 0 ||
					memcmp(code, "DKK", 3) == 0 ||
					memcmp(code, "ISK", 3) == 0))
			return fail(sc, JR_ERR_SYNTAX, sc->cur_pos[specific],
						"Conflicting currencies kr and %.3s.", code);
		memcpy(m->currency, code, 3);
		m->has_currency = true;
	}
	else if (kr)
	{
		for (i = 0; i < sc->ncur && sc->cur_kind[i] != CK_KR; i++)
			;
		return fail(sc, JR_ERR_SYNTAX, sc->cur_pos[i],
					"Currency \"kr\" is ambiguous; write SEK, NOK, DKK or "
					"ISK.");
	}
	else if (dollar)
	{
		memcpy(m->currency, "USD", 3);
		m->has_currency = true;
	}
	else if (m->lakh_default)
		memcpy(m->currency, "INR", 3);
	else
		memcpy(m->currency, "USD", 3);
	return true;
}

/* Resolve the period from the amounts' and trailing period words. */
static bool
resolve_period(scanner *sc)
{
	jr_sal_mention *m = sc->m;
	int			p = -1;
	int			i;

	for (i = 0; i < m->namounts; i++)
	{
		int			q = m->a[i].period;

		if (q < 0)
			continue;
		if (p >= 0 && q != p)
			return fail(sc, JR_ERR_SYNTAX, m->a[i].start,
						"Conflicting periods %s and %s.",
						jr_period_name((jr_period) p),
						jr_period_name((jr_period) q));
		p = q;
	}
	if (sc->trailer_period >= 0)
	{
		if (p >= 0 && sc->trailer_period != p)
			return fail(sc, JR_ERR_SYNTAX, sc->trailer_period_pos,
						"Conflicting periods %s and %s.",
						jr_period_name((jr_period) p),
						jr_period_name((jr_period) sc->trailer_period));
		p = sc->trailer_period;
	}
	m->has_period = p >= 0;
	m->period = p;
	return true;
}

static void resolve_ambiguous(jr_sal_mention *m);

/* Set up a scanner (the token cache starts empty and is not cleared). */
static void
scanner_init(scanner *sc, const char *s, size_t len, jr_sal_mode mode,
			 jr_error *err, jr_sal_mention *m)
{
	sc->s = s;
	sc->len = len;
	sc->pos = 0;
	sc->mode = mode;
	sc->err = err;
	sc->status = JR_OK;
	sc->m = m;
	sc->ncur = 0;
	sc->trailer_period = -1;
	sc->trailer_period_pos = 0;
	sc->lpa = false;
	sc->ncached = 0;
	sc->next_slot = 0;
}

/* Scan a mention starting at byte pos of s[0, len). */
jr_status
jr_sal_scan_mention(const char *s, size_t len, size_t pos, jr_sal_mode mode,
					unsigned pre, jr_sal_mention *m, size_t *resume,
					jr_error *err)
{
	scanner		sc;
	tok			t;
	size_t		where;
	int			p;
	int			i;

	memset(m, 0, sizeof(*m));
	scanner_init(&sc, s, len, mode, err, m);
	sc.s = s;
	sc.len = len;
	sc.pos = pos;
	sc.mode = mode;
	sc.err = err;
	sc.m = m;
	sc.trailer_period = -1;
	m->period = -1;
	m->a[0].period = m->a[1].period = -1;

	lex(&sc, pos, &t);
	m->start = t.start;
	/* where a caller scanning text continues if nothing is found here */
	*resume = t.end > pos ? t.end : pos + 1;

	if (mode == JR_SAL_MODE_LITERAL)
	{
		pre = take_prefix(&sc);
		lex(&sc, sc.pos, &t);
		if (pre == 0 && t.kind == T_DOTDOT)
		{
			pre = JR_SAL_PRE_UPTO;
			sc.pos = t.end;
		}
	}
	if (!take_bound(&sc, 0, true))
		goto failed;
	m->namounts = 1;

	lex(&sc, sc.pos, &t);
	if (t.kind == T_DOTDOT)
	{
		tok			t2;

		lex(&sc, t.end, &t2);
		sc.pos = t.end;
		if (starts_bound(&sc, &t2))
		{
			if (!take_bound(&sc, 1, true))
				goto failed;
			m->namounts = 2;
		}
		else
			m->open_hi = true;
	}
	else if (t.kind == T_DASH || is_word(&t, "to") || is_word(&t, "through") ||
			 is_word(&t, "thru") ||
			 (is_word(&t, "and") && (pre & JR_SAL_PRE_BETWEEN)) ||
			 is_word(&t, "up"))
	{
		size_t		save = sc.pos;
		bool		ok = true;

		sc.pos = t.end;
		if (is_word(&t, "up"))
		{
			tok			t2;

			lex(&sc, t.end, &t2);
			ok = is_word(&t2, "to");
			sc.pos = t2.end;
		}
		if (ok && take_bound(&sc, 1, false))
			m->namounts = 2;
		else if (sc.status != JR_OK)
			goto failed;
		else if (mode == JR_SAL_MODE_LITERAL && ok)
		{
			lex(&sc, sc.pos, &t);
			fail(&sc, JR_ERR_SYNTAX, t.start,
				 "Expected an amount at position %zu.",
				 char_pos(s, t.start));
			goto failed;
		}
		else
			sc.pos = save;
	}

	/* trailing currencies, periods and open-upper markers */
	for (i = 0; i < 6; i++)
	{
		if (take_currency(&sc))
			continue;
		if (sc.status != JR_OK)
			goto failed;
		if (sc.trailer_period < 0 && (p = take_period(&sc, &where)) >= 0)
		{
			sc.trailer_period = p;
			sc.trailer_period_pos = where;
			continue;
		}
		lex(&sc, sc.pos, &t);
		if (is_word(&t, "lpa") && !sc.lpa)
		{
			sc.lpa = true;
			m->lakh_default = true;
			if (sc.trailer_period >= 0 &&
				sc.trailer_period != JR_PERIOD_YEAR)
			{
				fail(&sc, JR_ERR_SYNTAX, t.start,
					 "Conflicting periods %s and YEAR.",
					 jr_period_name((jr_period) sc.trailer_period));
				goto failed;
			}
			sc.trailer_period = JR_PERIOD_YEAR;
			sc.trailer_period_pos = t.start;
			sc.pos = t.end;
			continue;
		}
		if (m->namounts == 1 && !m->open_hi && take_open_marker(&sc))
		{
			m->open_hi = true;
			continue;
		}
		break;
	}
	if (mode == JR_SAL_MODE_LITERAL)
	{
		lex(&sc, sc.pos, &t);
		if (t.kind != T_END)
		{
			if (t.kind == T_WORD && t.wlen == 3 && t.upper && !known_word(&t))
				take_currency(&sc);
			fail_unexpected(&sc, &t);
			goto failed;
		}
	}
	if (sc.lpa)
	{
		for (i = 0; i < m->namounts; i++)
			if (!m->a[i].has_mult)
			{
				m->a[i].mult = 100000;
				m->a[i].has_mult = true;
			}
	}
	if (m->namounts == 1)
	{
		if (pre & JR_SAL_PRE_UPTO)
			m->open_lo = true;
		else if (pre & JR_SAL_PRE_FROM)
			m->open_hi = true;
	}
	if (m->open_lo && m->open_hi)
	{
		fail(&sc, JR_ERR_SYNTAX, m->start, "Both bounds are open.");
		goto failed;
	}
	if (!resolve_currency(&sc) || !resolve_period(&sc))
		goto failed;
	resolve_ambiguous(m);
	m->end = sc.pos;
	/* never resume inside the first number: keeps the finder linear */
	if (m->end > *resume)
		*resume = m->end;
	return JR_OK;

failed:
	if (sc.status == JR_OK)
		sc.status = JR_ERR_SYNTAX;
	return sc.status;
}

/* True when the currency writes "1.234" for one thousand two hundred... */
static bool
dot_groups_thousands(const char code[3])
{
	static const char codes[] =
	"EUR" "DKK" "NOK" "SEK" "ISK" "BRL" "ARS" "CLP" "COP" "IDR" "TRY" "PLN"
	"CZK" "HUF" "RON" "RUB" "VND" "UYU" "PYG" "HRK" "RSD" "BGN" "CHF" "UAH";
	size_t		k;

	for (k = 0; k + 3 <= sizeof(codes) - 1; k += 3)
		if (memcmp(codes + k, code, 3) == 0)
			return true;
	return false;
}

/*
 * "d.ddd": a decimal with a multiplier, or with a currency that writes
 * decimals with a dot unless the digits are "000"; else thousands.
 */
static void
resolve_ambiguous(jr_sal_mention *m)
{
	int			i;

	for (i = 0; i < m->namounts; i++)
	{
		jr_sal_amount *a = &m->a[i];

		if (!a->ambiguous)
			continue;
		if (!a->has_mult && (dot_groups_thousands(m->currency) ||
							 strcmp(a->frac, "000") == 0))
		{
			a->ival = a->alt_ival;
			a->frac[0] = '\0';
			a->grouped = true;
		}
		a->ambiguous = false;
	}
}

/* Format cents-free "integer.fraction" text of a raw amount for errors. */
static void
raw_amount_text(const jr_sal_amount *a, char *out, size_t outlen)
{
	if (a->frac[0])
		snprintf(out, outlen, "%llu.%s", (unsigned long long) a->ival, a->frac);
	else
		snprintf(out, outlen, "%llu", (unsigned long long) a->ival);
}

/* Exact cents of one amount; false with the scanner's error set. */
static bool
amount_cents(scanner *sc, const jr_sal_amount *a, int64_t *cents)
{
	const int64_t max_major = JR_SAL_MAX_CENTS / 100;
	uint64_t	frac = 0;
	uint64_t	scale = 100;	/* mult * 100 = 10^e: every multiplier is a
								 * power of ten */
	int			e = 2;
	int			fd;
	int			i;

	if (a->bad)
		return fail(sc, JR_ERR_SYNTAX, a->start,
					"Malformed number \"%.*s\" at position %zu.",
					(int) utf8_prefix(sc->s + a->start, a->end - a->start, 30),
					sc->s + a->start, char_pos(sc->s, a->start));
	if (a->negative)
		return fail(sc, JR_ERR_RANGE, a->start,
					"Amounts must not be negative.");
	if (a->too_big || a->ival > (uint64_t) (max_major / a->mult))
		return fail(sc, JR_ERR_RANGE, a->start,
					"Amount at position %zu exceeds the maximum of "
					"1000000000000.", char_pos(sc->s, a->start));
	for (i = 1; i < 19 && scale < (uint64_t) a->mult * 100; i++)
	{
		scale *= 10;
		e++;
	}
	/* drop trailing zeros of the fraction */
	fd = (int) strlen(a->frac);
	while (fd > 0 && a->frac[fd - 1] == '0')
		fd--;
	if (fd > e)
	{
		char		text[48];

		raw_amount_text(a, text, sizeof(text));
		return fail(sc, JR_ERR_SYNTAX, a->start,
					"Amount %s has more than 2 decimal places.", text);
	}
	for (i = 0; i < fd; i++)
		frac = frac * 10 + (uint64_t) (a->frac[i] - '0');
	for (i = fd; i < e; i++)
		frac *= 10;
	*cents = (int64_t) (a->ival * scale + frac);
	if (*cents > JR_SAL_MAX_CENTS)
		return fail(sc, JR_ERR_RANGE, a->start,
					"Amount at position %zu exceeds the maximum of "
					"1000000000000.", char_pos(sc->s, a->start));
	return true;
}

/* Turn a scanned mention into a value. */
jr_status
jr_sal_mention_value(const char *s, size_t len, jr_sal_mention *m,
					 jr_sal_mode mode, jr_error *err)
{
	scanner		sc;
	int			i;
	int64_t		c[2] = {0, 0};
	jr_salary  *v = &m->value;

	scanner_init(&sc, s, len, mode, err, m);

	resolve_ambiguous(m);

	/* "$120-150k": a suffix on one bound applies to a bare small other */
	if (m->namounts == 2)
	{
		jr_sal_amount *a = &m->a[0];
		jr_sal_amount *b = &m->a[1];

		if (!a->has_mult && b->has_mult && !a->grouped && a->ival < 1000 &&
			a->ival <= b->ival)
			a->mult = b->mult;
		else if (a->has_mult && !b->has_mult && !b->grouped &&
				 b->ival < 1000 && b->ival >= a->ival)
			b->mult = a->mult;
	}
	for (i = 0; i < m->namounts; i++)
		if (!amount_cents(&sc, &m->a[i], &c[i]))
			return sc.status;

	memset(v, 0, sizeof(*v));
	memcpy(v->currency, m->currency, 3);
	v->period = (uint8_t) (m->period >= 0 ? m->period : JR_PERIOD_YEAR);
	if (m->namounts == 2)
	{
		v->lo = c[0];
		v->hi = c[1];
		if (v->lo > v->hi)
		{
			jr_buf		b;

			jr_buf_init(&b);
			jr_amount_format(v->lo, &b);
			jr_buf_puts(&b, " is greater than upper bound ");
			jr_amount_format(v->hi, &b);
			fail(&sc, JR_ERR_SYNTAX, m->a[1].start, "Lower bound %s.",
				 b.data ? b.data : "");
			jr_buf_free(&b);
			return sc.status;
		}
	}
	else if (m->open_lo)
	{
		v->flags = JR_SAL_LO_INF;
		v->hi = c[0];
	}
	else if (m->open_hi)
	{
		v->flags = JR_SAL_HI_INF;
		v->lo = c[0];
	}
	else
		v->lo = v->hi = c[0];
	return JR_OK;
}

/*
 * Read a canonical amount "digits[.d[d]]" at s[*i]: cents, or -1 when the
 * text is not in canonical form or is out of range.
 */
static int64_t
canonical_amount(const char *s, size_t len, size_t *i)
{
	size_t		j = *i;
	int64_t		v = 0;
	int			digits = 0;
	int			fd = 0;

	while (j < len && is_digit(s[j]))
	{
		if (++digits > 13)
			return -1;
		v = v * 10 + (s[j++] - '0');
	}
	if (digits == 0)
		return -1;
	v *= 100;
	if (j + 1 < len && s[j] == '.' && is_digit(s[j + 1]))
	{
		j++;
		while (j < len && is_digit(s[j]))
		{
			if (++fd > 2)
				return -1;
			v += (s[j++] - '0') * (fd == 1 ? 10 : 1);
		}
	}
	if (v > JR_SAL_MAX_CENTS)
		return -1;
	*i = j;
	return v;
}

/*
 * Fast path for exactly the canonical output ("229000..262000 USD/YEAR",
 * "..5 EUR/DAY", "5.. GBP/WEEK", "25.5 USD/HOUR"), the form dumps, COPY
 * and drivers send; false sends the input to the general scanner (which
 * gives the same value, or the error).
 */
static bool
parse_canonical(const char *s, size_t len, jr_salary *out)
{
	jr_salary	v;
	size_t		i = 0;
	int64_t		a = -1;
	int64_t		b = -1;
	bool		range = false;
	int			p;

	memset(&v, 0, sizeof(v));
	if (i < len && is_digit(s[i]) && (a = canonical_amount(s, len, &i)) < 0)
		return false;
	if (i + 1 < len && s[i] == '.' && s[i + 1] == '.')
	{
		range = true;
		i += 2;
		if (i < len && is_digit(s[i]) &&
			(b = canonical_amount(s, len, &i)) < 0)
			return false;
	}
	if ((a < 0 && b < 0) || (!range && a < 0))
		return false;
	if (i + 5 > len || s[i] != ' ' || s[i + 4] != '/')
		return false;
	if (!jr_currency_parse(s + i + 1, 3, v.currency) ||
		!(s[i + 1] >= 'A' && s[i + 1] <= 'Z' && s[i + 2] >= 'A' &&
		  s[i + 2] <= 'Z' && s[i + 3] >= 'A' && s[i + 3] <= 'Z'))
		return false;
	i += 5;
	for (p = JR_PERIOD_HOUR; p <= JR_PERIOD_YEAR; p++)
	{
		const char *name = jr_period_name((jr_period) p);
		size_t		n = strlen(name);

		if (len - i == n && memcmp(s + i, name, n) == 0)
			break;
	}
	if (p > JR_PERIOD_YEAR)
		return false;
	v.period = (uint8_t) p;
	if (!range)
		v.lo = v.hi = a;
	else if (a < 0)
	{
		v.flags = JR_SAL_LO_INF;
		v.hi = b;
	}
	else if (b < 0)
	{
		v.flags = JR_SAL_HI_INF;
		v.lo = a;
	}
	else
	{
		if (a > b)
			return false;
		v.lo = a;
		v.hi = b;
	}
	*out = v;
	return true;
}

/* Parse a salary_range literal (canonical or as postings write it). */
jr_status
jr_salary_parse_literal(const char *s, size_t len, jr_salary *out,
						jr_error *err)
{
	jr_sal_mention m;
	size_t		resume;
	jr_status	st;

	if (parse_canonical(s, len, out))
		return JR_OK;

	st = jr_sal_scan_mention(s, len, 0, JR_SAL_MODE_LITERAL, 0, &m, &resume,
							 err);
	if (st != JR_OK)
		return st;
	st = jr_sal_mention_value(s, len, &m, JR_SAL_MODE_LITERAL, err);
	if (st != JR_OK)
		return st;
	*out = m.value;
	return JR_OK;
}
