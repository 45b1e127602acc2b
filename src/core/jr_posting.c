/*
 * jr_posting.c
 *		parse_posting: stages, field extractors and the JSON writer.
 *
 * Spans inside the parser are byte offsets of the final cleaned text
 * (ctx->text) unless named raw_*.  The cleaning stages each keep a map to
 * their input, so any span maps back to bytes of the raw input and, for
 * evidence, to character offsets.
 */
#include "jr_posting.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jr_html.h"
#include "jr_json.h"
#include "jr_layout.h"
#include "jr_regex.h"
#include "jr_requirements.h"
#include "jr_salary.h"
#include "jr_skills.h"

#define MAX_STAGES 3
#define MAX_LOCATIONS 8
#define MAX_EVIDENCE 512
#define MAX_SALARY_HITS 64
#define MAX_TYPES 8
#define MAX_WARNINGS 16

/* Employment types, in the order of DESIGN.md. */
enum
{
	ET_FULL_TIME = 0,
	ET_PART_TIME,
	ET_CONTRACTOR,
	ET_TEMPORARY,
	ET_INTERN,
	ET_VOLUNTEER,
	ET_PER_DIEM,
	ET_OTHER,
	ET_COUNT
};

static const char *const et_names[ET_COUNT] = {
	"FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN",
	"VOLUNTEER", "PER_DIEM", "OTHER"};

/* Workplace types. */
enum
{
	WP_NONE = 0,
	WP_ONSITE,
	WP_HYBRID,
	WP_REMOTE
};

static const char *const wp_names[] = {NULL, "onsite", "hybrid", "remote"};

/* Seniority levels. */
enum
{
	SN_NONE = 0,
	SN_INTERN,
	SN_ENTRY,
	SN_MID,
	SN_SENIOR,
	SN_LEAD,
	SN_MANAGER,
	SN_DIRECTOR,
	SN_EXECUTIVE
};

static const char *const sn_names[] = {
	NULL, "intern", "entry", "mid", "senior", "lead", "manager", "director",
"executive"};

/* A span and which coordinates it is in. */
typedef struct pspan
{
	size_t		start;
	size_t		end;
	bool		raw;			/* raw input bytes, not cleaned text */
} pspan;

/* One evidence entry. */
typedef struct evidence_item
{
	const char *field;
	size_t		raw_start;		/* bytes, converted to characters at output */
	size_t		raw_end;
} evidence_item;

/* A parsed location. */
typedef struct plocation
{
	char		locality[96];
	char		region[64];
	char		country[4];
	pspan		span;
} plocation;

/* A skill found, with its role in the posting. */
typedef struct pskill
{
	int			id;
	bool		required;
	int			group;
	bool		strong;			/* named outside duties and the title */
	size_t		start;			/* first mention (cleaned text) */
	size_t		end;
} pskill;

/* What a type mention in running text may be. */
typedef struct type_scan
{
	bool		strict;			/* running text: need job context */
	int			found[16];
	size_t		at[16];
	size_t		end[16];
	int			n;
} type_scan;

/* Signals collected from running text. */
typedef struct wp_scan
{
	int			count[4];
	size_t		first[4];
	size_t		first_end[4];
} wp_scan;

/* Everything one parse works with. */
typedef struct pctx
{
	const char *raw;			/* the input as given */
	size_t		rawlen;
	char	   *scrubbed;		/* a scrubbed copy when raw was not valid */
	const char *src;			/* raw or scrubbed: input of stage 0 */
	bool		is_html;
	bool		from_description;	/* text is the JSON-LD description */
	size_t		desc_raw_start;
	size_t		desc_raw_end;
	jr_buf		desc;			/* decoded description */

	jr_ctext	stages[MAX_STAGES];
	int			nstages;
	const char *text;			/* final cleaned text */
	size_t		len;
	jr_layout	lo;
	jr_html_info hinfo;

	jr_json		ld;				/* JSON-LD document holding the posting */
	size_t		ld_base;		/* raw offset of ld's text */
	int			jp;				/* JobPosting node, or -1 */

	/* results */
	pspan		title;
	bool		has_title;
	jr_buf		title_text;
	pspan		company;
	bool		has_company;
	jr_buf		company_text;
	plocation	locs[MAX_LOCATIONS];
	int			nlocs;
	int			types[MAX_TYPES];
	int			ntypes;
	pspan		type_span;
	int			workplace;
	pspan		workplace_span;
	char		date[11];
	pspan		date_span;
	int			seniority;
	pspan		seniority_span;
	pspan		industry;
	bool		has_industry;
	jr_buf		industry_text;
	pskill	   *skills;
	int			nskills;
	int			ngroups;

	jr_experience exp;
	jr_education edu;
	jr_pay		pay;
	jr_salary_hit hits[MAX_SALARY_HITS];
	int			nhits;
	bool		ld_salary;
	jr_salary	ld_sal;
	pspan		ld_salary_span;

	/* output */
	bool		want_evidence;
	evidence_item *ev;
	int			nev;
	int			capev;
	bool		ev_dropped;
	type_scan	text_types;		/* type mentions in the running text */
	wp_scan		text_wp;		/* workplace signals in the running text */
	bool		limit_hit;		/* a pattern hit its match limit */
	const char *warnings[MAX_WARNINGS];
	char		warnbuf[MAX_WARNINGS][160];
	int			nwarnings;
	jr_error   *err;
} pctx;

/* ------------------------------------------------------------------------
 * Small text helpers
 * ------------------------------------------------------------------------ */

/* ASCII lower-case of c. */
static inline char
lc(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
}

/* True when c is an ASCII letter or digit. */
static inline bool
is_alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		(c >= '0' && c <= '9');
}

/* True when s[0, n) equals w (lower case) ignoring case. */
static bool
eq_ci(const char *s, size_t n, const char *w)
{
	size_t		i;

	for (i = 0; i < n; i++)
		if (w[i] == '\0' || lc(s[i]) != w[i])
			return false;
	return w[n] == '\0';
}

/* True when s[0, n) starts with w (lower case) ignoring case. */
static bool
prefix_ci(const char *s, size_t n, const char *w)
{
	size_t		m = strlen(w);

	if (m > n)
		return false;
	for (size_t i = 0; i < m; i++)
		if (lc(s[i]) != w[i])
			return false;
	return true;
}

/*
 * Offset of the first occurrence of word w (lower case) in s[0, n) as a
 * whole word (ignoring case), or SIZE_MAX.
 */
static size_t
find_word_ci(const char *s, size_t n, const char *w)
{
	size_t		m = strlen(w);

	if (m == 0 || m > n)
		return SIZE_MAX;
	for (size_t i = 0; i + m <= n; i++)
	{
		if (lc(s[i]) != w[0])
			continue;
		if (i > 0 && is_alnum(s[i - 1]))
			continue;
		if (i + m < n && is_alnum(s[i + m]))
			continue;
		if (prefix_ci(s + i, n - i, w))
			return i;
	}
	return SIZE_MAX;
}

/* Trim spaces and the given punctuation from both ends of [*a, *b). */
static void
trim_span(const char *s, size_t *a, size_t *b, const char *punct)
{
	while (*a < *b && (s[*a] == ' ' || strchr(punct, s[*a]) != NULL))
		(*a)++;
	while (*b > *a && (s[*b - 1] == ' ' || strchr(punct, s[*b - 1]) != NULL))
		(*b)--;
}

/* Number of words in s[0, n). */
static int
nwords(const char *s, size_t n)
{
	int			w = 0;
	bool		in = false;

	for (size_t i = 0; i < n; i++)
	{
		if (s[i] == ' ')
			in = false;
		else if (!in)
		{
			in = true;
			w++;
		}
	}
	return w;
}

/* Record a warning (formatted); extra warnings beyond the cap are dropped. */
static void
warn(pctx *c, const char *fmt,...)
	__attribute__((format(printf, 2, 3)));

static void
warn(pctx *c, const char *fmt,...)
{
	va_list		ap;

	if (c->nwarnings >= MAX_WARNINGS)
		return;
	va_start(ap, fmt);
	vsnprintf(c->warnbuf[c->nwarnings], sizeof(c->warnbuf[0]), fmt, ap);
	va_end(ap);
	c->warnings[c->nwarnings] = c->warnbuf[c->nwarnings];
	c->nwarnings++;
}

/* ------------------------------------------------------------------------
 * Spans back to the raw input
 * ------------------------------------------------------------------------ */

/* pos moved back to the start of the UTF-8 character it is in (>= lo). */
static inline size_t
utf8_floor(const char *s, size_t pos, size_t lo)
{
	while (pos > lo && ((unsigned char) s[pos] & 0xC0) == 0x80)
		pos--;
	return pos;
}

/* pos moved on to the end of the UTF-8 character it is in (<= hi). */
static inline size_t
utf8_ceil(const char *s, size_t pos, size_t hi)
{
	while (pos < hi && ((unsigned char) s[pos] & 0xC0) == 0x80)
		pos++;
	return pos;
}

/* Raw byte span of a span of the cleaned text (or of the raw input). */
static void
span_to_raw(const pctx *c, pspan sp, size_t *rs, size_t *re)
{
	size_t		s = sp.start;
	size_t		e = sp.end;

	if (!sp.raw)
	{
		for (int k = c->nstages - 1; k >= 0; k--)
		{
			size_t		ns = jr_ctext_src_start(&c->stages[k], s);
			size_t		ne = e > s ? jr_ctext_src_end(&c->stages[k], e) : ns;

			s = ns;
			e = ne < ns ? ns : ne;
		}
		if (c->from_description)
		{
			s = c->desc_raw_start;
			e = c->desc_raw_end;
		}
	}
	if (s > c->rawlen)
		s = c->rawlen;
	if (e > c->rawlen)
		e = c->rawlen;
	/* whole characters: a cleaning step may map inside a UTF-8 sequence */
	if (s < c->rawlen)
		s = utf8_floor(c->src, s, 0);
	e = utf8_ceil(c->src, e, c->rawlen);
	*rs = s;
	*re = e < s ? s : e;
}

/* Add evidence for field from a span. */
static void
add_evidence(pctx *c, const char *field, pspan sp)
{
	size_t		rs;
	size_t		re;

	if (!c->want_evidence)
		return;
	if (c->nev >= MAX_EVIDENCE)
	{
		c->ev_dropped = true;
		return;
	}
	if (c->nev == c->capev)
	{
		int			cap = c->capev ? c->capev * 2 : 32;
		evidence_item *ev = jr_realloc(c->ev, (size_t) cap * sizeof(*ev));

		if (ev == NULL)
		{
			c->ev_dropped = true;
			return;
		}
		c->ev = ev;
		c->capev = cap;
	}
	span_to_raw(c, sp, &rs, &re);
	c->ev[c->nev].field = field;
	c->ev[c->nev].raw_start = rs;
	c->ev[c->nev].raw_end = re;
	c->nev++;
}

/* A span of the cleaned text. */
static inline pspan
tspan(size_t s, size_t e)
{
	pspan		p = {s, e, false};

	return p;
}

/*
 * Append to out the text of a cleaned-text span as the reader wrote it:
 * from the raw input (whitespace collapsed) for plain text, so dashes and
 * quotes stay as typed; from the cleaned text for HTML.
 */
static void
span_value(const pctx *c, pspan sp, jr_buf *out)
{
	const char *s;
	size_t		a;
	size_t		b;
	bool		space = false;

	if (sp.raw)
	{
		s = c->src;
		a = sp.start;
		b = sp.end;
	}
	else if (c->is_html && c->nstages >= 2)
	{
		/* the HTML pass's output: references decoded, dashes as written */
		a = sp.start;
		b = sp.end;
		for (int k = c->nstages - 1; k >= 1; k--)
		{
			size_t		na = jr_ctext_src_start(&c->stages[k], a);
			size_t		nb = b > a ? jr_ctext_src_end(&c->stages[k], b) : na;

			a = na;
			b = nb < na ? na : nb;
		}
		s = c->stages[0].text.data ? c->stages[0].text.data : "";
		if (b > c->stages[0].text.len)
			b = c->stages[0].text.len;
		if (a > b)
			a = b;
		/* whole characters */
		if (a < c->stages[0].text.len)
			a = utf8_floor(s, a, 0);
		if (b > a)
			b = utf8_ceil(s, b, c->stages[0].text.len);
	}
	else if (c->is_html || c->from_description)
	{
		s = c->text;
		a = sp.start;
		b = sp.end;
	}
	else
	{
		span_to_raw(c, sp, &a, &b);
		s = c->src;
	}
	for (size_t i = a; i < b; i++)
	{
		unsigned char ch = (unsigned char) s[i];

		if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r')
		{
			space = true;
			continue;
		}
		if (ch == 0xC2 && i + 1 < b && (unsigned char) s[i + 1] == 0xA0)
		{
			space = true;
			i++;
			continue;
		}
		if (space && out->len > 0)
			jr_buf_putc(out, ' ');
		space = false;
		jr_buf_putc(out, (char) ch);
	}
}

/* ------------------------------------------------------------------------
 * Pattern helpers
 * ------------------------------------------------------------------------ */

/* Called for each match; return false to stop. */
typedef bool (*match_fn) (pctx *c, const jr_match *m, size_t line_start,
						  size_t line_end, void *arg);

/*
 * True when a match starting at s[ms] begins a word: after a non-letter,
 * or glued to a lower-case word with a capital ("remotelyStrong").
 */
static inline bool
word_start_at(const char *s, size_t from, size_t ms)
{
	char		p;

	if (ms <= from)
		return true;
	p = s[ms - 1];
	if (!is_alnum(p))
		return true;
	return p >= 'a' && p <= 'z' && s[ms] >= 'A' && s[ms] <= 'Z';
}

/*
 * Run re over [from, to) of the text in windows of about 64 KB (ending at
 * a line break), calling fn for every match with the bounds of its line.
 * With word_start, matches must begin a word (see word_start_at).  A
 * tripped pattern limit skips the rest of that window.  Returns JR_OK or
 * an error status.
 */
static jr_status
each_match_ws(pctx *c, jr_regex *re, size_t from, size_t to, bool word_start,
			  match_fn fn, void *arg)
{
	size_t		pos = from;

	while (pos < to)
	{
		size_t		end = to;
		size_t		at = pos;

		if (to - pos > 65536)
		{
			const char *nl = memchr(c->text + pos + 65536, '\n',
									to - pos - 65536);

			end = nl ? (size_t) (nl - c->text) : to;
			if (end - pos > 131072)
			{
				/* a huge line: cut at a space */
				end = pos + 65536;
				while (end > pos + 32768 && c->text[end] != ' ')
					end--;
				end = utf8_floor(c->text, end, pos + 1);
			}
		}
		while (at < end)
		{
			jr_match	m;
			int			rc = jr_regex_search(re, c->text, end, at, &m, c->err);
			size_t		ls;
			size_t		le;
			const char *q;

			if (rc < 0)
			{
				if (c->err->code == JR_ERR_LIMIT)
				{
					c->limit_hit = true;
					jr_error_clear(c->err);
					break;
				}
				return c->err->code;
			}
			if (rc == 0)
				break;
			at = m.end[0] > m.start[0] ? m.end[0] : m.start[0] + 1;
			if (word_start && !word_start_at(c->text, from, m.start[0]))
				continue;
			/* the line around the match, looked at up to 300 bytes away */
			ls = m.start[0];
			while (ls > from && ls + 300 > m.start[0] && c->text[ls - 1] != '\n')
				ls--;
			le = to - m.end[0] > 300 ? m.end[0] + 300 : to;
			q = memchr(c->text + m.end[0], '\n', le - m.end[0]);
			if (q != NULL)
				le = (size_t) (q - c->text);
			if (!fn(c, &m, ls, le, arg))
				return JR_OK;
		}
		pos = end;
		if (jr_interrupted())
			return jr_error_set(c->err, JR_ERR_CANCELED, pos,
								"canceling statement due to user request");
	}
	return JR_OK;
}

/* Kinds of keyword the single-pass scanner looks for. */
#define KW_TYPE		0x01		/* employment type words */
#define KW_WP		0x02		/* workplace words */
#define KW_OFFICE	0x04		/* office words (office days, weekdays) */
#define KW_DATE		0x08		/* "Posted", "Date posted", ... */

static jr_status scan_keywords(pctx *c, size_t from, size_t to, unsigned kinds,
							   type_scan *ts, wp_scan *w);

/* each_match_ws without the word-start check. */
static jr_status
each_match(pctx *c, jr_regex *re, size_t from, size_t to, match_fn fn,
		   void *arg)
{
	return each_match_ws(c, re, from, to, false, fn, arg);
}

/* ------------------------------------------------------------------------
 * Locations
 * ------------------------------------------------------------------------ */

/* A name and the code it stands for. */
typedef struct code_name
{
	const char *code;
	const char *name;			/* lower case */
} code_name;

static const code_name us_states[] = {
	{"AL", "alabama"}, {"AK", "alaska"}, {"AZ", "arizona"},
	{"AR", "arkansas"}, {"CA", "california"}, {"CO", "colorado"},
	{"CT", "connecticut"}, {"DE", "delaware"}, {"FL", "florida"},
	{"GA", "georgia"}, {"HI", "hawaii"}, {"ID", "idaho"},
	{"IL", "illinois"}, {"IN", "indiana"}, {"IA", "iowa"},
	{"KS", "kansas"}, {"KY", "kentucky"}, {"LA", "louisiana"},
	{"ME", "maine"}, {"MD", "maryland"}, {"MA", "massachusetts"},
	{"MI", "michigan"}, {"MN", "minnesota"}, {"MS", "mississippi"},
	{"MO", "missouri"}, {"MT", "montana"}, {"NE", "nebraska"},
	{"NV", "nevada"}, {"NH", "new hampshire"}, {"NJ", "new jersey"},
	{"NM", "new mexico"}, {"NY", "new york"}, {"NC", "north carolina"},
	{"ND", "north dakota"}, {"OH", "ohio"}, {"OK", "oklahoma"},
	{"OR", "oregon"}, {"PA", "pennsylvania"}, {"RI", "rhode island"},
	{"SC", "south carolina"}, {"SD", "south dakota"}, {"TN", "tennessee"},
	{"TX", "texas"}, {"UT", "utah"}, {"VT", "vermont"},
	{"VA", "virginia"}, {"WA", "washington"}, {"WV", "west virginia"},
	{"WI", "wisconsin"}, {"WY", "wyoming"}, {"DC", "district of columbia"},
	{"PR", "puerto rico"}, {NULL, NULL}
};

static const code_name ca_provinces[] = {
	{"AB", "alberta"}, {"BC", "british columbia"}, {"MB", "manitoba"},
	{"NB", "new brunswick"}, {"NL", "newfoundland and labrador"},
	{"NS", "nova scotia"}, {"NT", "northwest territories"},
	{"NU", "nunavut"}, {"ON", "ontario"}, {"PE", "prince edward island"},
	{"QC", "quebec"}, {"SK", "saskatchewan"}, {"YT", "yukon"},
	{NULL, NULL}
};

static const code_name au_states[] = {
	{"NSW", "new south wales"}, {"VIC", "victoria"}, {"QLD", "queensland"},
	{"TAS", "tasmania"}, {"ACT", "australian capital territory"},
	{"SA", "south australia"}, {"WA", "western australia"},
	{"NT", "northern territory"}, {NULL, NULL}
};

static const char *const in_states[] = {
	"karnataka", "maharashtra", "telangana", "tamil nadu", "delhi",
	"haryana", "uttar pradesh", "west bengal", "gujarat", "kerala",
	"rajasthan", "andhra pradesh", "punjab", "madhya pradesh", "odisha",
	"goa", NULL};

static const code_name countries[] = {
	{"US", "united states"}, {"US", "united states of america"},
	{"US", "usa"}, {"US", "us"}, {"US", "u.s."}, {"US", "u.s.a."},
	{"GB", "united kingdom"}, {"GB", "uk"}, {"GB", "england"},
	{"GB", "scotland"}, {"GB", "wales"}, {"GB", "great britain"},
	{"GB", "northern ireland"}, {"CA", "canada"}, {"DE", "germany"},
	{"DE", "deutschland"}, {"NL", "netherlands"}, {"NL", "the netherlands"},
	{"NL", "holland"}, {"IN", "india"}, {"AU", "australia"},
	{"IE", "ireland"}, {"FR", "france"}, {"ES", "spain"}, {"IT", "italy"},
	{"PL", "poland"}, {"PT", "portugal"}, {"SE", "sweden"},
	{"CH", "switzerland"}, {"AT", "austria"}, {"BE", "belgium"},
	{"DK", "denmark"}, {"NO", "norway"}, {"FI", "finland"},
	{"SG", "singapore"}, {"JP", "japan"}, {"MX", "mexico"},
	{"BR", "brazil"}, {"NZ", "new zealand"}, {"IL", "israel"},
	{"AE", "united arab emirates"}, {"AE", "uae"}, {"PH", "philippines"},
	{"ZA", "south africa"}, {"CN", "china"}, {"HK", "hong kong"},
	{"CZ", "czech republic"}, {"CZ", "czechia"}, {"RO", "romania"},
	{"GR", "greece"}, {"HU", "hungary"}, {"AR", "argentina"},
	{"CO", "colombia"}, {"CL", "chile"}, {"KR", "south korea"},
	{"TW", "taiwan"}, {"MY", "malaysia"}, {"ID", "indonesia"},
	{"VN", "vietnam"}, {"NG", "nigeria"}, {"KE", "kenya"},
	{"EG", "egypt"}, {"TR", "turkey"}, {"UA", "ukraine"},
	{"LU", "luxembourg"}, {"EE", "estonia"}, {NULL, NULL}
};

/* Cities that name their country on their own. */
static const code_name cities[] = {
	{"GB", "london"}, {"GB", "manchester"}, {"GB", "leeds"},
	{"GB", "edinburgh"}, {"GB", "glasgow"}, {"GB", "bristol"},
	{"GB", "liverpool"}, {"GB", "cambridge uk"}, {"GB", "belfast"},
	{"GB", "cardiff"}, {"GB", "sheffield"}, {"GB", "newcastle"},
	{"DE", "berlin"}, {"DE", "munich"}, {"DE", "münchen"},
	{"DE", "hamburg"}, {"DE", "frankfurt"}, {"DE", "cologne"},
	{"DE", "stuttgart"}, {"NL", "amsterdam"}, {"NL", "rotterdam"},
	{"NL", "utrecht"}, {"NL", "the hague"}, {"NL", "eindhoven"},
	{"FR", "paris"}, {"FR", "lyon"}, {"IE", "dublin"}, {"IE", "cork"},
	{"ES", "madrid"}, {"ES", "barcelona"}, {"PT", "lisbon"},
	{"PL", "warsaw"}, {"PL", "krakow"}, {"SE", "stockholm"},
	{"CH", "zurich"}, {"CH", "zürich"}, {"CH", "geneva"},
	{"AT", "vienna"}, {"BE", "brussels"}, {"DK", "copenhagen"},
	{"NO", "oslo"}, {"FI", "helsinki"}, {"SG", "singapore"},
	{"JP", "tokyo"}, {"CA", "toronto"}, {"CA", "vancouver"},
	{"CA", "montreal"}, {"CA", "ottawa"}, {"CA", "calgary"},
	{"CA", "winnipeg"}, {"AU", "sydney"}, {"AU", "melbourne"},
	{"AU", "brisbane"}, {"AU", "perth"}, {"IN", "bengaluru"},
	{"IN", "bangalore"}, {"IN", "mumbai"}, {"IN", "pune"},
	{"IN", "hyderabad"}, {"IN", "chennai"}, {"IN", "new delhi"},
	{"IN", "gurgaon"}, {"IN", "gurugram"}, {"IN", "noida"},
	{"IN", "kolkata"}, {"IL", "tel aviv"}, {"AE", "dubai"},
	{NULL, NULL}
};

/* Code of s[0, n) in table (by name, or by code when codes), or NULL. */
static const char *
lookup_code(const code_name *table, const char *s, size_t n, bool codes)
{
	for (int k = 0; table[k].code; k++)
	{
		if (eq_ci(s, n, table[k].name))
			return table[k].code;
		if (codes && n == strlen(table[k].code) &&
			memcmp(s, table[k].code, n) == 0)
			return table[k].code;
	}
	return NULL;
}

/* Country code of a country name or code s[0, n), or NULL. */
static const char *
country_code(const char *s, size_t n)
{
	const char *cc = lookup_code(countries, s, n, false);

	if (cc == NULL && n == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' &&
		s[1] <= 'Z')
	{
		/* an ISO code: only those the table knows */
		for (int k = 0; countries[k].code; k++)
			if (memcmp(countries[k].code, s, 2) == 0)
				return countries[k].code;
	}
	return cc;
}

/* Copy s[0, n) into a fixed buffer, truncated at a character boundary. */
static void
copy_field(char *dst, size_t cap, const char *s, size_t n)
{
	if (n >= cap)
	{
		n = cap - 1;
		while (n > 0 && ((unsigned char) s[n] & 0xC0) == 0x80)
			n--;
	}
	memcpy(dst, s, n);
	dst[n] = '\0';
}

/* True when word s[0, n) is a workplace word, not a place. */
static bool
workplace_word(const char *s, size_t n)
{
	return eq_ci(s, n, "remote") || eq_ci(s, n, "hybrid") ||
		eq_ci(s, n, "on-site") || eq_ci(s, n, "onsite") ||
		eq_ci(s, n, "on site") || eq_ci(s, n, "unknown") ||
		eq_ci(s, n, "anywhere") || eq_ci(s, n, "in office") ||
		eq_ci(s, n, "in-office") || eq_ci(s, n, "various") ||
		eq_ci(s, n, "multiple locations") || eq_ci(s, n, "not specified") ||
		eq_ci(s, n, "flexible") || eq_ci(s, n, "work from home") ||
		eq_ci(s, n, "in person") || eq_ci(s, n, "in-person") ||
		eq_ci(s, n, "on the road") || eq_ci(s, n, "field") ||
		eq_ci(s, n, "us or canada") || eq_ci(s, n, "worldwide");
}

/*
 * Parse one place "City, ST", "City, State, Country", "US, CA, San Jose",
 * "Sydney NSW", "London" into loc.  Returns true when something was found;
 * *confident when the place has a recognized region or country.
 */
static bool
parse_place(const char *s, size_t a, size_t b, plocation *loc,
			bool *confident)
{
	size_t		parts[4][2];
	int			np = 0;
	size_t		i;
	size_t		p;
	const char *code;

	memset(loc, 0, sizeof(*loc));
	*confident = false;
	/* strip a parenthetical, "+2", zip codes and workplace words */
	for (i = a; i < b; i++)
		if (s[i] == '(' || s[i] == '[')
		{
			b = i;
			break;
		}
	trim_span(s, &a, &b, ".;:-|/");
	for (;;)
	{
		size_t		e = b;

		while (e > a && s[e - 1] != ' ' && s[e - 1] != ',')
			e--;
		if (e < b && ((s[e] == '+' && b - e <= 3) ||
					  (b - e == 5 && s[e] >= '0' && s[e] <= '9') ||
					  workplace_word(s + e, b - e)))
		{
			b = e;
			trim_span(s, &a, &b, ",-|/");
			continue;
		}
		break;
	}
	if (b <= a || b - a > 80)
		return false;
	if (workplace_word(s + a, b - a))
		return false;
	/* leading "Remote - " / "Remote, " */
	if (prefix_ci(s + a, b - a, "remote") && b - a > 7 &&
		(s[a + 6] == ' ' || s[a + 6] == ','))
	{
		a += 6;
		trim_span(s, &a, &b, ",-|/:");
		if (b <= a)
			return false;
	}
	/* strip trailing " city centre" and the like */
	{
		static const char *const tails[] = {
			" city centre", " city center", " downtown", " area",
			" metropolitan area", " metro area", NULL};

		for (int k = 0; tails[k]; k++)
		{
			size_t		tl = strlen(tails[k]);

			if (b - a > tl && eq_ci(s + b - tl, tl, tails[k]) &&
				!eq_ci(s + a, b - a, "san francisco bay area"))
			{
				b -= tl;
				break;
			}
		}
	}
	p = a;
	for (i = a; i <= b && np < 4; i++)
		if (i == b || s[i] == ',')
		{
			size_t		x = p;
			size_t		y = i;

			trim_span(s, &x, &y, "");
			if (y > x)
			{
				parts[np][0] = x;
				parts[np][1] = y;
				np++;
			}
			p = i + 1;
		}
	if (np == 0)
		return false;

	/* "Sydney NSW", "Austin TX": a trailing code inside one part */
	if (np == 1)
	{
		size_t		x = parts[0][0];
		size_t		y = parts[0][1];
		size_t		sp = y;

		while (sp > x && s[sp - 1] != ' ')
			sp--;
		if (sp > x && y - sp >= 2 && y - sp <= 3 && s[sp] >= 'A' &&
			s[sp] <= 'Z' && s[y - 1] >= 'A' && s[y - 1] <= 'Z')
		{
			const char *code2;

			if ((code2 = lookup_code(au_states, s + sp, y - sp, true)) != NULL &&
				y - sp == 3)
			{
				copy_field(loc->locality, sizeof(loc->locality), s + x,
						   sp - 1 - x);
				strcpy(loc->region, code2);
				strcpy(loc->country, "AU");
				*confident = true;
				goto done;
			}
			if ((code2 = lookup_code(us_states, s + sp, y - sp, true)) != NULL)
			{
				copy_field(loc->locality, sizeof(loc->locality), s + x,
						   sp - 1 - x);
				strcpy(loc->region, code2);
				strcpy(loc->country, "US");
				*confident = true;
				goto done;
			}
		}
	}

	/* emscad style "US, CA, San Jose" */
	if (np == 3 && parts[0][1] - parts[0][0] == 2 &&
		(code = country_code(s + parts[0][0], 2)) != NULL)
	{
		copy_field(loc->locality, sizeof(loc->locality), s + parts[2][0],
				   parts[2][1] - parts[2][0]);
		{
			const char *rc = strcmp(code, "US") == 0 ?
				lookup_code(us_states, s + parts[1][0], parts[1][1] - parts[1][0], true) :
				strcmp(code, "CA") == 0 ?
				lookup_code(ca_provinces, s + parts[1][0], parts[1][1] - parts[1][0], true) :
				NULL;

			if (rc != NULL)
				strcpy(loc->region, rc);
			else
				copy_field(loc->region, sizeof(loc->region), s + parts[1][0],
						   parts[1][1] - parts[1][0]);
		}
		strcpy(loc->country, code);
		*confident = true;
		goto done;
	}

	/* the last part may be a country (a two-letter state code is a state) */
	code = country_code(s + parts[np - 1][0], parts[np - 1][1] - parts[np - 1][0]);
	if (code != NULL && np >= 2 && parts[np - 1][1] - parts[np - 1][0] == 2 &&
		(lookup_code(us_states, s + parts[np - 1][0], 2, true) != NULL ||
		 lookup_code(ca_provinces, s + parts[np - 1][0], 2, true) != NULL))
		code = NULL;
	if (code != NULL)
	{
		strcpy(loc->country, code);
		*confident = true;
		np--;
		if (np == 0)
			goto done;
	}
	/* the next may be a region */
	if (np >= 2)
	{
		const char *r = s + parts[np - 1][0];
		size_t		rn = parts[np - 1][1] - parts[np - 1][0];
		const char *rc;

		if ((rc = lookup_code(us_states, r, rn, true)) != NULL &&
			(loc->country[0] == '\0' || strcmp(loc->country, "US") == 0))
		{
			strcpy(loc->region, rc);
			strcpy(loc->country, "US");
			*confident = true;
		}
		else if ((rc = lookup_code(ca_provinces, r, rn, true)) != NULL &&
				 (loc->country[0] == '\0' || strcmp(loc->country, "CA") == 0))
		{
			strcpy(loc->region, rc);
			strcpy(loc->country, "CA");
			*confident = true;
		}
		else if ((rc = lookup_code(au_states, r, rn, true)) != NULL &&
				 (strcmp(loc->country, "AU") == 0 || rn == 3))
		{
			strcpy(loc->region, rc);
			strcpy(loc->country, "AU");
			*confident = true;
		}
		else
		{
			bool		india = false;

			for (int k = 0; in_states[k]; k++)
				if (eq_ci(r, rn, in_states[k]))
					india = true;
			if (india)
			{
				copy_field(loc->region, sizeof(loc->region), r, rn);
				strcpy(loc->country, "IN");
				*confident = true;
			}
			else if (loc->country[0] != '\0' && rn <= 40)
				copy_field(loc->region, sizeof(loc->region), r, rn);
			else
			{
				/* "London, Covent Garden": a known city then a district */
				const char *cc = lookup_code(cities, s + parts[0][0],
											 parts[0][1] - parts[0][0],
											 false);

				if (cc == NULL)
					return false;
				strcpy(loc->country, cc);
				*confident = true;
			}
		}
		np--;
	}
	if (np >= 1)
	{
		/* "Hotel, Savannah, GA": the place is the part before the region */
		const char *l = s + parts[np - 1][0];
		size_t		ln = parts[np - 1][1] - parts[np - 1][0];
		const char *rc;

		if (np == 1 && loc->region[0] == '\0' &&
			(loc->country[0] == '\0' || strcmp(loc->country, "US") == 0) &&
			(rc = lookup_code(us_states, l, ln, false)) != NULL)
		{
			strcpy(loc->region, rc);
			strcpy(loc->country, "US");
			*confident = true;
			goto done;
		}
		if (nwords(l, ln) > 5)
			return false;
		copy_field(loc->locality, sizeof(loc->locality), l, ln);
		if (loc->country[0] == '\0')
		{
			const char *cc = lookup_code(cities, l, ln, false);

			if (cc != NULL)
			{
				strcpy(loc->country, cc);
				*confident = true;
			}
		}
	}
done:
	loc->span = tspan(a, b);
	return loc->locality[0] || loc->region[0] || loc->country[0];
}

/* Add a parsed place unless an equal one is there already. */
static void
add_location(pctx *c, const plocation *loc)
{
	for (int k = 0; k < c->nlocs; k++)
		if (strcmp(c->locs[k].locality, loc->locality) == 0 &&
			strcmp(c->locs[k].region, loc->region) == 0 &&
			strcmp(c->locs[k].country, loc->country) == 0)
			return;
	if (c->nlocs < MAX_LOCATIONS)
		c->locs[c->nlocs++] = *loc;
}

/*
 * Parse a location value that may list several places ("New York, NY;
 * Austin, TX", "Seattle, WA or Remote").  Returns the number added.
 */
static int
parse_locations(pctx *c, size_t a, size_t b, bool need_confident)
{
	const char *s = c->text;
	size_t		p = a;
	int			added = 0;
	bool		several = false;

	/* with several parts, each must be a recognizable place */
	for (size_t i = a; i < b && !several; i++)
		if (s[i] == ';' || s[i] == '|' || s[i] == '/' || s[i] == '(' ||
			(i + 3 < b && s[i] == ' ' && ((s[i + 1] == '-' && s[i + 2] == ' ') ||
										  (lc(s[i + 1]) == 'o' && lc(s[i + 2]) == 'r' &&
										   s[i + 3] == ' '))))
			several = true;
	if (several)
		need_confident = true;
	for (size_t i = a; i <= b; i++)
	{
		bool		sep = false;
		size_t		skip = 1;

		if (i == b || s[i] == ';' || s[i] == '|' || s[i] == '/' ||
			s[i] == '(' || s[i] == ')')
			sep = true;
		else if (i + 4 <= b && s[i] == ' ' && lc(s[i + 1]) == 'o' &&
				 lc(s[i + 2]) == 'r' && s[i + 3] == ' ')
		{
			sep = true;
			skip = 4;
		}
		else if (i + 3 <= b && s[i] == ' ' && s[i + 1] == '-' &&
				 s[i + 2] == ' ')
		{
			sep = true;
			skip = 3;
		}
		if (sep)
		{
			plocation	loc;
			bool		conf;

			if (i > p && parse_place(s, p, i, &loc, &conf) &&
				(conf || !need_confident))
			{
				add_location(c, &loc);
				added++;
			}
			p = i + skip;
			i += skip - 1;
		}
	}
	return added;
}

/* ------------------------------------------------------------------------
 * Header: title, company, location, industry, workplace chips
 * ------------------------------------------------------------------------ */

/* Workplace named by a chip word s[0, n), or WP_NONE. */
static int
workplace_chip(const char *s, size_t n)
{
	size_t		a = 0;
	size_t		b = n;

	trim_span(s, &a, &b, "()[]-,.:|");
	s += a;
	n = b - a;
	if (eq_ci(s, n, "remote") || eq_ci(s, n, "fully remote") ||
		eq_ci(s, n, "remote-eligible") || eq_ci(s, n, "remote eligible") ||
		eq_ci(s, n, "100% remote") || eq_ci(s, n, "work from home") ||
		eq_ci(s, n, "anywhere") || eq_ci(s, n, "remote first") ||
		eq_ci(s, n, "telecommute") || prefix_ci(s, n, "remote ("))
		return WP_REMOTE;
	if (eq_ci(s, n, "hybrid") || prefix_ci(s, n, "hybrid ("))
		return WP_HYBRID;
	if (eq_ci(s, n, "on-site") || eq_ci(s, n, "onsite") ||
		eq_ci(s, n, "on site") || eq_ci(s, n, "in office") ||
		eq_ci(s, n, "in-office") || eq_ci(s, n, "in person") ||
		eq_ci(s, n, "in-person"))
		return WP_ONSITE;
	return WP_NONE;
}

/* Note a workplace chip from the header (strongest text evidence). */
static void
note_chip(pctx *c, int wp, size_t a, size_t b)
{
	trim_span(c->text, &a, &b, "()[]-,.:|");
	if (wp != WP_NONE && c->workplace == WP_NONE)
	{
		c->workplace = wp;
		c->workplace_span = tspan(a, b);
	}
}

/* Words that mark a title suffix or parenthetical as not part of the name. */
static bool
title_noise(const char *s, size_t a, size_t b)
{
	static const char *const words[] = {
		"remote", "hybrid", "on-site", "onsite", "contract", "contractor",
		"temporary", "temp", "part-time", "full-time", "part time",
		"full time", "month", "months", "nights", "days", "weekends",
		"evenings", "m/w/d", "m/f/d", "f/m/d", "w/m/d", "f/m/x", "m/f/x",
		"all genders", "mid-level", "mid level", "entry level",
		"entry-level", "w2", "c2c", "1099", "per diem", "prn", "ft", "pt",
		"remote-eligible", "home weekly", "home daily", "home every",
		"day 1", "urgent", "immediate start", "hiring now", "relocation",
		"us", "usa", "uk", "visa sponsorship", "6-month", "12-month",
		"fixed-term", "permanent", "seasonal", "summer", "winter", "fall",
		"spring", "2024", "2025", "2026", "2027", "2028", NULL};

	for (int k = 0; words[k]; k++)
		if (find_word_ci(s + a, b - a, words[k]) != SIZE_MAX)
			return true;
	return false;
}

/*
 * "HEAVY EQUIPMENT OPERATOR" -> "Heavy Equipment Operator": a title with
 * no lower-case letter is title-cased; words of up to three letters that
 * are not small words stay upper case ("QA", "RN", "CDL").
 */
static void
title_case_if_shouting(jr_buf *t)
{
	static const char *const small[] = {
		"of", "and", "the", "for", "to", "in", "at", "on", "a", "an", "or",
		"with", "by", NULL};
	int			letters = 0;
	size_t		i = 0;
	bool		first = true;

	for (size_t k = 0; k < t->len; k++)
	{
		if (t->data[k] >= 'a' && t->data[k] <= 'z')
			return;
		if (t->data[k] >= 'A' && t->data[k] <= 'Z')
			letters++;
	}
	if (letters < 4)
		return;
	while (i < t->len)
	{
		size_t		e = i;
		size_t		n;
		bool		is_small = false;

		while (e < t->len && ((t->data[e] >= 'A' && t->data[e] <= 'Z') ||
							  (t->data[e] >= 'a' && t->data[e] <= 'z')))
			e++;
		n = e - i;
		for (int k = 0; small[k]; k++)
			if (eq_ci(t->data + i, n, small[k]))
				is_small = true;
		if (n > 0 && (n > 3 || is_small))
			for (size_t k = i + (is_small && !first ? 0 : 1); k < e; k++)
				t->data[k] = lc(t->data[k]);
		if (n > 0)
			first = false;
		i = e > i ? e : i + 1;
	}
}

/* Set the title from line span [a, b), dropping bracketed and suffix noise. */
static void
set_title(pctx *c, size_t a, size_t b)
{
	const char *s = c->text;
	size_t		keep[8][2];
	int			nk = 0;
	size_t		i;
	size_t		p;

	trim_span(s, &a, &b, "*#_");
	if (b <= a)
		return;
	c->title = tspan(a, b);
	c->has_title = true;

	/* a trailing bracketed suffix is never part of the name */
	for (;;)
	{
		size_t		e = b;

		while (e > a && s[e - 1] == ' ')
			e--;
		if (e > a && (s[e - 1] == ')' || s[e - 1] == ']'))
		{
			char		open = s[e - 1] == ')' ? '(' : '[';
			size_t		o = e - 1;

			while (o > a && s[o] != open)
				o--;
			if (o > a && s[o] == open)
			{
				b = o;
				while (b > a && (s[b - 1] == ' ' || s[b - 1] == '-' ||
								 s[b - 1] == ','))
					b--;
				continue;
			}
		}
		break;
	}

	/* drop trailing " - suffix" / " | suffix" segments that are noise */
	for (;;)
	{
		size_t		cut = SIZE_MAX;
		size_t		seg;

		for (i = b; i > a + 2; i--)
			if (s[i - 1] == ' ' && (s[i - 2] == '-' || s[i - 2] == '|') &&
				i >= a + 3 && s[i - 3] == ' ')
			{
				cut = i - 3;
				break;
			}
		if (cut == SIZE_MAX || cut <= a)
			break;
		seg = cut + 3;
		{
			plocation	loc;
			bool		conf = false;

			if (!title_noise(s, seg, b) &&
				!(parse_place(s, seg, b, &loc, &conf) && conf &&
				  loc.locality[0]) &&
				!(c->has_company && c->company.end - c->company.start == b - seg &&
				  memcmp(s + c->company.start, s + seg, b - seg) == 0))
				break;
		}
		b = cut;
	}

	/* keep the text outside noisy parentheticals */
	p = a;
	for (i = a; i < b && nk < 7; i++)
	{
		if (s[i] == '(' || s[i] == '[')
		{
			char		close = s[i] == '(' ? ')' : ']';
			const char *q = memchr(s + i, close, b - i);
			size_t		e = q ? (size_t) (q - s) + 1 : b;

			if (title_noise(s, i, e))
			{
				if (i > p)
				{
					keep[nk][0] = p;
					keep[nk][1] = i;
					nk++;
				}
				p = e;
			}
			i = e - 1;
		}
	}
	if (b > p)
	{
		keep[nk][0] = p;
		keep[nk][1] = b;
		nk++;
	}
	jr_buf_truncate(&c->title_text, 0);
	for (int k = 0; k < nk; k++)
	{
		size_t		x = keep[k][0];
		size_t		y = keep[k][1];

		trim_span(s, &x, &y, ",");
		if (y <= x)
			continue;
		if (c->title_text.len > 0)
			jr_buf_putc(&c->title_text, ' ');
		span_value(c, tspan(x, y), &c->title_text);
	}
	{
		/* a dangling separator left by a dropped parenthetical */
		size_t		n = c->title_text.len;

		while (n > 0 && (c->title_text.data[n - 1] == ' ' ||
						 c->title_text.data[n - 1] == '-' ||
						 c->title_text.data[n - 1] == ','))
			n--;
		jr_buf_truncate(&c->title_text, n);
	}
	if (c->title_text.len == 0)
		c->has_title = false;
	else
		title_case_if_shouting(&c->title_text);
}

/* Set the company from span [a, b) ("Capital One Capital One" halved). */
static void
set_company(pctx *c, size_t a, size_t b)
{
	const char *s = c->text;

	trim_span(s, &a, &b, "*#_,:");
	if (prefix_ci(s + a, b - a, "staffed by "))
		a += 11;
	if (b <= a || b - a > 120)
		return;
	if ((b - a) % 2 == 1)
	{
		size_t		h = (b - a) / 2;

		if (s[a + h] == ' ' && memcmp(s + a, s + a + h + 1, h) == 0)
			b = a + h;
	}
	c->company = tspan(a, b);
	c->has_company = true;
	jr_buf_truncate(&c->company_text, 0);
	span_value(c, c->company, &c->company_text);
}

/* True when the UTF-8 character at s is a symbol (emoji, dingbat, arrow). */
static bool
symbol_at(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *) s;

	if (n == 0)
		return false;
	if (u[0] >= 0xF0)
		return true;			/* emoji planes */
	if (u[0] == 0xE2 && n >= 3)
		return true;			/* U+2000..U+2FFF: punctuation, dingbats */
	return false;
}

/* The pin line: "📍 McLean, VA Unknown 💰 $229K ... Posted March 13, 2026". */
static void
header_pin_line(pctx *c, size_t a, size_t b)
{
	const char *s = c->text;
	const char *pin = NULL;
	size_t		i;
	size_t		e;

	for (i = a; i + 4 <= b; i++)
		if ((unsigned char) s[i] == 0xF0 && (unsigned char) s[i + 1] == 0x9F &&
			(unsigned char) s[i + 2] == 0x93 && (unsigned char) s[i + 3] == 0x8D)
		{
			pin = s + i;
			break;
		}
	if (pin == NULL)
		return;
	i += 4;
	e = i;
	while (e < b && !((unsigned char) s[e] >= 0xF0))
		e++;
	/* "McLean, VA Unknown": the last word may be a workplace chip */
	{
		size_t		x = i;
		size_t		y = e;
		size_t		w;

		trim_span(s, &x, &y, "");
		w = y;
		while (w > x && s[w - 1] != ' ')
			w--;
		if (w > x)
		{
			int			wp = workplace_chip(s + w, y - w);

			if (wp != WP_NONE)
				note_chip(c, wp, w, y);
			if (wp != WP_NONE || eq_ci(s + w, y - w, "unknown"))
				y = w;
		}
		if (c->nlocs == 0)
			parse_locations(c, x, y, false);
	}
}

/* True when line [a, b) looks like a location line. */
static bool
location_line(pctx *c, size_t a, size_t b)
{
	plocation	loc;
	bool		conf;
	size_t		x = a;
	size_t		y = b;

	trim_span(c->text, &x, &y, "");
	if (workplace_chip(c->text + x, y - x) != WP_NONE)
		return true;
	return parse_place(c->text, x, y, &loc, &conf) && conf;
}

/* True when [a, b) names an employment type or schedule ("Full-time"). */
static bool
type_words_in(const pctx *c, size_t a, size_t b)
{
	static const char *const words[] = {
		"full-time", "part-time", "full time", "part time", "contract",
		"temporary", "internship", "permanent", "seasonal", "per diem",
		"freelance", "volunteer", "shifts", NULL};

	for (int k = 0; words[k]; k++)
		if (find_word_ci(c->text + a, b - a, words[k]) != SIZE_MAX)
			return true;
	return false;
}

/* Length of the last word of [a, b). */
static size_t
last_word_len(const char *s, size_t a, size_t b)
{
	size_t		w = b;

	while (w > a && s[w - 1] != ' ')
		w--;
	return b - w;
}

/* True when line [a, b) can be a company name. */
static bool
company_candidate(const pctx *c, size_t a, size_t b)
{
	const char *s = c->text;
	size_t		n = b - a;

	if (n == 0 || n > 100 || nwords(s + a, n) > 8 ||
		(s[b - 1] == '.' && last_word_len(s, a, b) > 5) ||
		memchr(s + a, ':', n) != NULL)
		return false;
	if ((s[a] >= '0' && s[a] <= '9') || s[a] == '$' || symbol_at(s + a, n))
		return false;
	if (prefix_ci(s + a, n, "posted") || prefix_ci(s + a, n, "date ") ||
		prefix_ci(s + a, n, "apply") || prefix_ci(s + a, n, "full job") ||
		prefix_ci(s + a, n, "job ") || prefix_ci(s + a, n, "starts"))
		return false;
	if (jr_heading_is_generic(s + a, n))
		return false;
	if (type_words_in(c, a, b) || workplace_chip(s + a, n) != WP_NONE ||
		find_word_ci(s + a, n, "office") != SIZE_MAX ||
		find_word_ci(s + a, n, "remote") != SIZE_MAX ||
		find_word_ci(s + a, n, "hybrid") != SIZE_MAX ||
		find_word_ci(s + a, n, "days") != SIZE_MAX)
		return false;
	return true;
}

/* True when segment [a, b) can be an industry ("Banking"). */
static bool
industry_candidate(const pctx *c, size_t a, size_t b)
{
	const char *s = c->text;

	if (b <= a || nwords(s + a, b - a) > 4 || type_words_in(c, a, b))
		return false;
	for (size_t i = a; i < b; i++)
		if ((s[i] >= '0' && s[i] <= '9') || s[i] == '$' || s[i] == ':')
			return false;
	return !prefix_ci(s + a, b - a, "posted") && !prefix_ci(s + a, b - a, "starts");
}

/*
 * "Company - Location" (a dash, or an en/em dash made one by cleaning):
 * true (and both set) when the part after the last " - " is a place and
 * the part before can be a company.
 */
static bool
company_dash_location(pctx *c, size_t a, size_t b)
{
	const char *s = c->text;

	for (size_t i = b; i > a + 3; i--)
		if (s[i - 3] == ' ' && s[i - 2] == '-' && s[i - 1] == ' ')
		{
			size_t		cut = i - 3;

			if (location_line(c, i, b) && company_candidate(c, a, cut) &&
				!location_line(c, a, cut))
			{
				set_company(c, a, cut);
				if (c->nlocs == 0)
					parse_locations(c, i, b, false);
				return true;
			}
			return false;
		}
	return false;
}

/* Segments of a "A · B · C" or "A | B | C" line. */
static void
header_segments(pctx *c, size_t a, size_t b)
{
	const char *s = c->text;
	size_t		seg[8][2];
	int			nseg = 0;
	size_t		p = a;
	int			last_loc = -1;

	for (size_t i = a; i <= b && nseg < 8; i++)
	{
		size_t		skip = 0;

		if (i == b)
			skip = 1;
		else if (s[i] == '|' && i > a && s[i - 1] == ' ')
			skip = 1;
		else if ((unsigned char) s[i] == 0xC2 && i + 1 < b &&
				 (unsigned char) s[i + 1] == 0xB7)
			skip = 2;
		if (skip == 0)
			continue;
		{
			size_t		x = p;
			size_t		y = i;

			trim_span(s, &x, &y, "");
			if (y > x)
			{
				seg[nseg][0] = x;
				seg[nseg][1] = y;
				nseg++;
			}
		}
		p = i + skip;
		i += skip - 1;
	}
	for (int k = 0; k < nseg; k++)
		if (location_line(c, seg[k][0], seg[k][1]) &&
			workplace_chip(s + seg[k][0], seg[k][1] - seg[k][0]) == WP_NONE)
			last_loc = k;
	for (int k = 0; k < nseg; k++)
	{
		size_t		x = seg[k][0];
		size_t		y = seg[k][1];
		int			wp = workplace_chip(s + x, y - x);

		if (wp != WP_NONE)
			note_chip(c, wp, x, y);
		else if (location_line(c, x, y))
		{
			if (c->nlocs == 0 || k > 0)
				parse_locations(c, x, y, false);
		}
		else if (k == 0)
		{
			if (!c->has_company && company_candidate(c, x, y))
				set_company(c, x, y);
		}
		else if (!c->has_industry && k < last_loc && industry_candidate(c, x, y))
		{
			c->industry = tspan(x, y);
			c->has_industry = true;
		}
	}
}

/* Notes the workplace words inside parentheses of [a, b): "(Hybrid)". */
static void
paren_chips(pctx *c, size_t a, size_t b)
{
	const char *s = c->text;

	for (size_t i = a; i < b; i++)
		if (s[i] == '(')
		{
			const char *q = memchr(s + i, ')', b - i);
			size_t		e = q ? (size_t) (q - s) : b;
			size_t		w = i + 1;

			for (size_t k = i + 1; k <= e; k++)
				if (k == e || s[k] == ',')
				{
					note_chip(c, workplace_chip(s + w, k - w), w, k);
					w = k + 1;
				}
			i = e;
		}
}

/* Read title, company, location, industry and chips from the header. */
static void
extract_header(pctx *c)
{
	const jr_layout *lo = &c->lo;
	const char *s = c->text;
	int			seen = 0;

	for (size_t li = 0; li < lo->nlines && seen < 10; li++)
	{
		const jr_line *ln = &lo->lines[li];
		size_t		a = ln->start;
		size_t		b = ln->end;
		bool		has_pin = false;
		bool		has_segments = false;

		if (ln->kind == JR_LINE_BLANK)
			continue;
		if (a >= lo->header_end && seen > 0)
			break;
		seen++;
		if (ln->kind == JR_LINE_LABEL)
			continue;
		if (ln->kind == JR_LINE_BULLET || ln->kind == JR_LINE_HEADING)
			break;
		for (size_t i = a; i + 4 <= b; i++)
			if ((unsigned char) s[i] == 0xF0 && (unsigned char) s[i + 1] == 0x9F &&
				(unsigned char) s[i + 2] == 0x93 &&
				(unsigned char) s[i + 3] == 0x8D)
				has_pin = true;
		if (has_pin)
		{
			header_pin_line(c, a, b);
			continue;
		}
		if (symbol_at(s + a, b - a) && !c->has_title)
			continue;			/* a site banner */
		if (jr_heading_is_generic(s + a, b - a))
			continue;
		for (size_t i = a; i + 2 < b; i++)
			if ((s[i] == '|' && i > a && s[i - 1] == ' ' && s[i + 1] == ' ') ||
				((unsigned char) s[i] == 0xC2 && (unsigned char) s[i + 1] == 0xB7))
				has_segments = true;

		if (!c->has_title)
		{
			if (b - a > 200 || nwords(s + a, b - a) > 16 ||
				(s[b - 1] == '.' && nwords(s + a, b - a) > 6))
				break;
			if (seen > 1 && (location_line(c, a, b) || has_segments))
			{
				if (has_segments)
					header_segments(c, a, b);
				else
					parse_locations(c, a, b, false);
				continue;
			}
			set_title(c, a, b);
			if (c->has_title)
			{
				size_t		t = c->title.start;

				/* "Title - Location, hybrid": the dropped tail may be a place */
				for (size_t i = t; i + 3 <= b; i++)
					if (s[i] == ' ' && s[i + 1] == '-' && s[i + 2] == ' ')
					{
						size_t		x = i + 3;

						for (size_t k = x; k < b; k++)
							if (s[k] == ',')
								note_chip(c, workplace_chip(s + k + 1, b - k - 1),
										  k + 1, b);
						if (c->nlocs == 0)
							parse_locations(c, x, b, true);
					}
				paren_chips(c, t, b);
			}
			continue;
		}
		if (has_segments)
		{
			header_segments(c, a, b);
			continue;
		}
		if (b - a > 3 && s[a] == 'a' && s[a + 1] == 't' && s[a + 2] == ' ' &&
			!c->has_company)
		{
			set_company(c, a + 3, b);
			continue;
		}
		if (!c->has_company && company_dash_location(c, a, b))
			continue;
		if (location_line(c, a, b))
		{
			size_t		x = a;
			size_t		y = b;

			trim_span(s, &x, &y, "");
			note_chip(c, workplace_chip(s + x, y - x), x, y);
			if (c->nlocs == 0)
				parse_locations(c, a, b, false);
			paren_chips(c, a, b);
			/* "The Larkspur Hotel, Savannah, GA" */
			if (!c->has_company)
			{
				const char *c1 = memchr(s + a, ',', b - a);
				const char *c2 = c1 ? memchr(c1 + 1, ',', (size_t) (s + b - c1 - 1)) : NULL;
				size_t		cut = c1 ? (size_t) (c1 - s) : a;

				if (c2 != NULL && company_candidate(c, a, cut) &&
					!location_line(c, a, cut))
				{
					plocation	loc;
					bool		conf;

					/* only when the rest is the place ("City, ST") */
					if (parse_place(s, cut + 1, b, &loc, &conf) && conf &&
						loc.locality[0])
						set_company(c, a, cut);
				}
			}
			continue;
		}
		if (!c->has_company && company_candidate(c, a, b))
		{
			set_company(c, a, b);
			continue;
		}
		if (seen > 4)
			break;
	}
}

/* ------------------------------------------------------------------------
 * Date posted
 * ------------------------------------------------------------------------ */

static jr_regex date_re = JR_REGEX(
	"\\b(?:date\\s+posted|posted(?:\\s+on)?|published(?:\\s+on)?|"
	"posting\\s+date|listed(?:\\s+on)?|post\\s+date)\\s*:?\\s*(?:on\\s+)?"
	"(?:(\\d{4})-(\\d{1,2})-(\\d{1,2})"
	"|([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"
	"|(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})"
	"|(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}))", JR_RE_CASELESS);

/* Month number of a month name or abbreviation, 0 when not a month. */
static int
month_number(const char *s, size_t n)
{
	static const char *const names[] = {
		"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"};

	if (eq_ci(s, n, "sept"))
		return 9;
	for (int k = 0; k < 12; k++)
	{
		size_t		full = strlen(names[k]);

		if (n == 3 || n == full)
		{
			bool		ok = true;

			for (size_t i = 0; i < n; i++)
				if (lc(s[i]) != names[k][i])
					ok = false;
			if (ok)
				return k + 1;
		}
	}
	return 0;
}

/* Integer value of digits s[0, n). */
static int
digits_value(const char *s, size_t n)
{
	int			v = 0;

	for (size_t i = 0; i < n && i < 9; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

/* True when the posting's place writes dates day first. */
static bool
day_first_country(const pctx *c)
{
	static const char *const dm[] = {
		"GB", "IE", "AU", "NZ", "IN", "DE", "NL", "FR", "ES", "IT", "PT",
		"BE", "AT", "CH", "DK", "NO", "SE", "FI", "PL", "BR", "ZA", "SG",
		"AE", "IL", NULL};

	for (int l = 0; l < c->nlocs; l++)
		for (int k = 0; dm[k]; k++)
			if (strcmp(c->locs[l].country, dm[k]) == 0)
				return true;
	return false;
}

/* Callback: the first valid "Posted <date>" wins. */
static bool
date_match(pctx *c, const jr_match *m, size_t ls, size_t le, void *arg)
{
	const char *s = c->text;
	int			y = 0;
	int			mo = 0;
	int			d = 0;

	(void) ls;
	(void) le;
	(void) arg;
	if (jr_match_has(m, 1))
	{
		y = digits_value(s + m->start[1], jr_match_len(m, 1));
		mo = digits_value(s + m->start[2], jr_match_len(m, 2));
		d = digits_value(s + m->start[3], jr_match_len(m, 3));
	}
	else if (jr_match_has(m, 4))
	{
		mo = month_number(s + m->start[4], jr_match_len(m, 4));
		d = digits_value(s + m->start[5], jr_match_len(m, 5));
		y = digits_value(s + m->start[6], jr_match_len(m, 6));
	}
	else if (jr_match_has(m, 7))
	{
		d = digits_value(s + m->start[7], jr_match_len(m, 7));
		mo = month_number(s + m->start[8], jr_match_len(m, 8));
		y = digits_value(s + m->start[9], jr_match_len(m, 9));
	}
	else if (jr_match_has(m, 10))
	{
		int			p = digits_value(s + m->start[10], jr_match_len(m, 10));
		int			q = digits_value(s + m->start[11], jr_match_len(m, 11));

		y = digits_value(s + m->start[12], jr_match_len(m, 12));
		if (p > 12 || (q <= 12 && day_first_country(c)))
		{
			d = p;
			mo = q;
		}
		else
		{
			mo = p;
			d = q;
		}
	}
	if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31)
		return true;
	snprintf(c->date, sizeof(c->date), "%04d-%02d-%02d", y, mo, d);
	c->date_span = tspan(m->start[0], m->end[0]);
	return false;
}

/* ------------------------------------------------------------------------
 * Employment type
 * ------------------------------------------------------------------------ */

/* The word after position pos on its line, as [*a, *b). */
static void
next_word(const char *s, size_t pos, size_t end, size_t *a, size_t *b)
{
	while (pos < end && (s[pos] == ' ' || s[pos] == ','))
		pos++;
	*a = pos;
	while (pos < end && (is_alnum(s[pos]) || s[pos] == '-' || s[pos] == '\''))
		pos++;
	*b = pos;
}

/* The word before position pos on its line, as [*a, *b). */
static void
prev_word(const char *s, size_t pos, size_t start, size_t *a, size_t *b)
{
	while (pos > start && s[pos - 1] == ' ')
		pos--;
	*b = pos;
	while (pos > start && (is_alnum(s[pos - 1]) || s[pos - 1] == '-' ||
						   s[pos - 1] == '%'))
		pos--;
	*a = pos;
}

/* True when word s[a, b) is one of the lower-case words. */
static bool
word_in(const char *s, size_t a, size_t b, const char *const *words)
{
	for (int k = 0; words[k]; k++)
		if (eq_ci(s + a, b - a, words[k]))
			return true;
	return false;
}

/* Employment type of a type word s[0, n) (full-time, contract...). */
static int
type_of_word(const char *s, size_t n)
{
	if (prefix_ci(s, n, "full"))
		return ET_FULL_TIME;
	if (prefix_ci(s, n, "part"))
		return ET_PART_TIME;
	if (prefix_ci(s, n, "contract") || prefix_ci(s, n, "c2") ||
		prefix_ci(s, n, "consulting") ||
		prefix_ci(s, n, "corp") || prefix_ci(s, n, "w") ||
		prefix_ci(s, n, "1099") || prefix_ci(s, n, "freelance"))
		return ET_CONTRACTOR;
	if (prefix_ci(s, n, "temp") || prefix_ci(s, n, "seasonal") ||
		prefix_ci(s, n, "fixed"))
		return ET_TEMPORARY;
	if (prefix_ci(s, n, "intern") || prefix_ci(s, n, "co-op"))
		return ET_INTERN;
	if (prefix_ci(s, n, "volunteer"))
		return ET_VOLUNTEER;
	if (prefix_ci(s, n, "per") || prefix_ci(s, n, "prn"))
		return ET_PER_DIEM;
	return -1;
}

/* Add an employment type once. */
static void
add_type(pctx *c, int t)
{
	for (int k = 0; k < c->ntypes; k++)
		if (c->types[k] == t)
			return;
	if (c->ntypes < MAX_TYPES)
		c->types[c->ntypes++] = t;
}

/* Callback: keep type words that describe the job. */
static bool
type_match(pctx *c, const jr_match *m, size_t ls, size_t le, void *arg)
{
	static const char *const job_words[] = {
		"role", "roles", "position", "positions", "job", "jobs",
		"opportunity", "assignment", "basis", "engagement", "employment",
		"contract", "schedule", "hire", "work", "worker", "staff", "shift",
		"shifts", "hours", "program", "programme", "team", "employee",
		"associate", NULL};
	static const char *const not_job[] = {
		"student", "students", "equivalent", "mba", "degree", "study",
		"studies", "fte", "employees", "employee", "experience", "staff",
		"members", "team", "workers", "basis-equivalent", NULL};
	static const char *const ft_next[] = {
		"role", "roles", "position", "positions", "job", "jobs",
		"opportunity", "opportunities", "basis", "schedule", "employment",
		"contract", "hire", "permanent", "temporary", "salaried", "hourly",
		"exempt", "non-exempt", "w2", "shift", "shifts", "hours", "and",
		"or", "assignment", "engagement", "appointment", "office", "onsite",
		"on-site", "remote", "hybrid", "in-office", "in-person", NULL};
	static const char *const intern_prev[] = {
		"this", "our", "summer", "paid", "unpaid", "fall", "spring",
		"winter", "week", "month", "12-week", "10-week", NULL};
	static const char *const intern_next[] = {
		"role", "position", "program", "programme", "opportunity", "runs",
		"will", "is", "lasts", "starts", "begins", NULL};
	static const char *const ft_not_prev[] = {
		"of", "for", "to", "possible", "potential", "eventually", "become",
		"becomes", "into", "convert", "possibly", NULL};
	static const char *const ft_prev[] = {
		"is", "a", "an", "this", "be", "are", "offers", "both", NULL};
	type_scan  *ts = arg;
	const char *s = c->text;
	size_t		ms = m->start[0];
	size_t		me = m->end[0];
	int			t = type_of_word(s + ms, me - ms);
	size_t		na;
	size_t		nb;
	size_t		pa;
	size_t		pb;
	bool		ok = false;
	jr_section_kind sec = jr_section_at(&c->lo.pt, ms);

	if (t < 0 || ts->n >= 16)
		return ts->n < 16;
	next_word(s, me, le, &na, &nb);
	prev_word(s, ms, ls, &pa, &pb);
	if (!ts->strict)
		ok = true;
	else
	{
		bool		whole_line = (ms <= ls + 2 && me + 2 >= le);
		char		after = me < le ? s[me] : '\n';

		if (word_in(s, na, nb, not_job))
			ok = false;
		else if (t == ET_FULL_TIME || t == ET_PART_TIME)
			ok = sec != JR_SEC_LEGAL &&
				!word_in(s, pa, pb, ft_not_prev) &&
				(word_in(s, na, nb, ft_next) || whole_line ||
				 ms <= ls + 1 || after == ',' || after == '.' ||
				 after == ')' || after == '/' || after == '\n' ||
				 after == ';' || after == ':' || me == le ||
				 word_in(s, pa, pb, ft_prev));
		else if (t == ET_CONTRACTOR)
		{
			/* "contract role", "6-month contract", "W2", "C2C" */
			if (prefix_ci(s + ms, me - ms, "1099") || prefix_ci(s + ms, me - ms, "w") ||
				prefix_ci(s + ms, me - ms, "c2c"))
				ok = word_in(s, na, nb, job_words) || whole_line ||
					after == ')' || after == ',' || after == '/' ||
					eq_ci(s + na, nb - na, "contractor") ||
					eq_ci(s + na, nb - na, "only") ||
					eq_ci(s + na, nb - na, "candidates") ||
					eq_ci(s + na, nb - na, "or") ||
					eq_ci(s + pa, pb - pa, "a") || eq_ci(s + pa, pb - pa, "on");
			else if (prefix_ci(s + ms, me - ms, "consulting"))
				ok = eq_ci(s + na, nb - na, "role") ||
					eq_ci(s + na, nb - na, "position") ||
					eq_ci(s + na, nb - na, "assignment") ||
					eq_ci(s + na, nb - na, "engagement") ||
					eq_ci(s + na, nb - na, "opportunity") ||
					eq_ci(s + na, nb - na, "contract");
			else if (!prefix_ci(s + ms, me - ms, "contract"))
				ok = true;
			else if (me - ms > 10)
				ok = true;		/* contract-to-hire */
			else if (me - ms == 10)
				ok = eq_ci(s + pa, pb - pa, "independent") ||
					eq_ci(s + pa, pb - pa, "1099") ||
					(eq_ci(s + pa, pb - pa, "a") && ms >= ls + 5 &&
					 prefix_ci(s + ms - 5, 5, "as a ")) ||
					word_in(s, na, nb, job_words);	/* contractor */
			else if (word_in(s, na, nb, job_words) || whole_line ||
					 after == ')' || eq_ci(s + pa, pb - pa, "month") ||
					 eq_ci(s + pa, pb - pa, "months") ||
					 eq_ci(s + pa, pb - pa, "w2") ||
					 eq_ci(s + pa, pb - pa, "w-2") ||
					 (pb > pa && s[pb - 1] >= '0' && s[pb - 1] <= '9') ||
					 (pb > pa && s[pa] >= '0' && s[pa] <= '9') ||
					 eq_ci(s + pa, pb - pa, "year") ||
					 eq_ci(s + pa, pb - pa, "term") ||
					 eq_ci(s + pa, pb - pa, "temporary") ||
					 eq_ci(s + pa, pb - pa, "hourly"))
				ok = true;
			if (eq_ci(s + na, nb - na, "management") ||
				eq_ci(s + na, nb - na, "manufacturing") ||
				eq_ci(s + na, nb - na, "negotiation") ||
				eq_ci(s + na, nb - na, "negotiations") ||
				eq_ci(s + na, nb - na, "review"))
				ok = false;
		}
		else if (t == ET_TEMPORARY)
			ok = word_in(s, na, nb, job_words) || whole_line ||
				after == ')' || me - ms > 9 ||
				eq_ci(s + na, nb - na, "to");
		else if (t == ET_INTERN)
			ok = prefix_ci(s + ms, me - ms, "internship") &&
				(word_in(s, pa, pb, intern_prev) ||
				 word_in(s, na, nb, intern_next) || whole_line);
		else if (t == ET_VOLUNTEER)
			ok = eq_ci(s + na, nb - na, "role") ||
				eq_ci(s + na, nb - na, "position") ||
				eq_ci(s + na, nb - na, "opportunity") || whole_line ||
				eq_ci(s + na, nb - na, "tutor") ||
				eq_ci(s + na, nb - na, "tutors");
		else if (t == ET_PER_DIEM)
			ok = word_in(s, na, nb, job_words) || whole_line ||
				after == ')' || after == ',';
	}
	if (ok)
	{
		ts->found[ts->n] = t;
		ts->at[ts->n] = ms;
		ts->end[ts->n] = me;
		ts->n++;
	}
	return true;
}

/* Types stated in [a, b) of the text; strict for running text. */
static jr_status
scan_types(pctx *c, size_t a, size_t b, bool strict, type_scan *ts)
{
	memset(ts, 0, sizeof(*ts));
	ts->strict = strict;
	return scan_keywords(c, a, b, KW_TYPE, ts, NULL);
}

/* Fill employmentType from label, title and text (JSON-LD comes later). */
static jr_status
extract_types(pctx *c)
{
	type_scan	ts;
	jr_status	st;
	const jr_label_value *lv;
	size_t		first_main = SIZE_MAX;

	/* a label ("Type Full-Time", "Employment type: Part-time") */
	lv = &c->lo.labels[JR_LABEL_TYPE];
	if (lv->found)
	{
		if ((st = scan_types(c, lv->start, lv->end, false, &ts)) != JR_OK)
			return st;
		for (int k = 0; k < ts.n; k++)
			add_type(c, ts.found[k]);
		if (c->ntypes > 0)
		{
			c->type_span = tspan(lv->start, lv->end);
			return JR_OK;
		}
		if (prefix_ci(c->text + lv->start, lv->end - lv->start, "permanent"))
		{
			add_type(c, ET_FULL_TIME);
			c->type_span = tspan(lv->start, lv->end);
			return JR_OK;
		}
	}
	for (int l = 0; l < 2; l++)
	{
		lv = &c->lo.labels[l == 0 ? JR_LABEL_DURATION : JR_LABEL_SCHEDULE];
		if (!lv->found)
			continue;
		if ((st = scan_types(c, lv->start, lv->end, false, &ts)) != JR_OK)
			return st;
		for (int k = 0; k < ts.n && k < 1; k++)
			add_type(c, ts.found[k]);
		if (c->ntypes > 0)
		{
			c->type_span = tspan(lv->start, lv->end);
			return JR_OK;
		}
	}
	lv = &c->lo.labels[JR_LABEL_SCHEDULE];
	if (lv->found)
	{
		if ((st = scan_types(c, lv->start, lv->end, false, &ts)) != JR_OK)
			return st;
		for (int k = 0; k < ts.n && k < 1; k++)
			add_type(c, ts.found[k]);
		if (c->ntypes > 0)
		{
			c->type_span = tspan(lv->start, lv->end);
			return JR_OK;
		}
	}
	/* the title line */
	if (c->has_title)
	{
		if ((st = scan_types(c, c->title.start, c->title.end, false, &ts)) != JR_OK)
			return st;
		for (int k = 0; k < ts.n; k++)
			if (ts.found[k] != ET_PER_DIEM)
				add_type(c, ts.found[k]);
		if (c->ntypes > 0)
		{
			c->type_span = c->title;
			return JR_OK;
		}
	}
	/* running text: job context needed; perks and legal text count last */
	ts = c->text_types;
	for (int pass = 0; pass < 2 && c->ntypes == 0; pass++)
		for (int k = 0; k < ts.n; k++)
		{
			jr_section_kind sec = jr_section_at(&c->lo.pt, ts.at[k]);
			bool		side = sec == JR_SEC_BENEFITS ||
				sec == JR_SEC_ABOUT_COMPANY || sec == JR_SEC_LEGAL;

			if (side != (pass == 1))
				continue;
			if (c->ntypes == 0)
				first_main = k;
			add_type(c, ts.found[k]);
		}
	if (c->ntypes > 0 && first_main != SIZE_MAX)
		c->type_span = tspan(ts.at[first_main], ts.end[first_main]);
	/* "contract-to-hire ... full-time after": contract first */
	return JR_OK;
}

/* ------------------------------------------------------------------------
 * Workplace
 * ------------------------------------------------------------------------ */

static jr_regex office_days_re = JR_REGEX(
	"\\b(\\d|one|two|three|four|five)(?:\\s*(?:-|to|or)\\s*"
	"(?:\\d|two|three|four|five))?\\s*(?:days?|x)\\b[^.\\n]{0,40}?"
	"\\b(?:office|on[- ]?site|in[- ]person)\\b"
	"|\\b(?:office|on[- ]?site)\\b[^.\\n]{0,30}?"
	"\\b(\\d|one|two|three|four|five)\\s*days?\\b", JR_RE_CASELESS);

/* Record a workplace signal. */
static void
wp_note(wp_scan *w, int wp, size_t a, size_t b)
{
	if (w->count[wp] == 0)
	{
		w->first[wp] = a;
		w->first_end[wp] = b;
	}
	w->count[wp]++;
}

/* Number of a digit or number word s[0, n); -1 otherwise. */
static int
small_number(const char *s, size_t n)
{
	static const char *const words[] = {
		"zero", "one", "two", "three", "four", "five"};

	if (n == 1 && s[0] >= '0' && s[0] <= '9')
		return s[0] - '0';
	for (int k = 0; k < 6; k++)
		if (eq_ci(s, n, words[k]))
			return k;
	return -1;
}

/* Weekday number (1 Monday .. 7 Sunday) of the word at s[a, e), or 0. */
static int
weekday_at(const char *s, size_t a, size_t e)
{
	static const char *const days[] = {
		"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

	if (e - a < 3 || (a > 0 && is_alnum(s[a - 1])))
		return 0;
	for (int k = 0; k < 7; k++)
		if (prefix_ci(s + a, e - a, days[k]))
		{
			size_t		i = a + 3;

			while (i < e && ((s[i] >= 'a' && s[i] <= 'z') || s[i] == '.'))
				i++;
			if (i - a > 10)
				return 0;
			return k + 1;
		}
	return 0;
}

/*
 * Callback: "office on Tuesdays, Wednesdays and Thursdays", "hybrid
 * (Tuesday-Thursday in office)": one to four named office days is hybrid.
 */
static bool
office_weekdays_match(pctx *c, const jr_match *m, size_t ls, size_t le,
					  void *arg)
{
	wp_scan    *w = arg;
	const char *s = c->text;
	size_t		a = m->start[0] > ls + 60 ? m->start[0] - 60 : ls;
	size_t		e = m->end[0] + 60 < le ? m->end[0] + 60 : le;
	bool		days[8] = {false};
	int			last = 0;
	bool		range = false;
	int			n = 0;

	/* stay within the sentence */
	for (size_t i = m->start[0]; i > a; i--)
		if (s[i - 1] == '.' && i < m->start[0] && s[i] == ' ')
		{
			a = i;
			break;
		}
	for (size_t i = m->end[0]; i + 1 < e; i++)
		if (s[i] == '.' && s[i + 1] == ' ')
		{
			e = i;
			break;
		}
	for (size_t i = a; i < e; i++)
	{
		int			d;

		if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z')))
		{
			if (s[i] == '-' && last > 0)
				range = true;
			continue;
		}
		if ((d = weekday_at(s, i, e)) > 0)
		{
			if (range && last > 0 && d > last)
				for (int k = last; k <= d; k++)
					days[k] = true;
			days[d] = true;
			last = d;
			range = false;
		}
		else if (last > 0 && (prefix_ci(s + i, e - i, "through ") ||
							  prefix_ci(s + i, e - i, "thru ") ||
							  prefix_ci(s + i, e - i, "to ")))
			range = true;
		else if (last > 0 && !prefix_ci(s + i, e - i, "and ") &&
				 !prefix_ci(s + i, e - i, "or "))
			range = false;
		while (i + 1 < e && ((s[i + 1] >= 'A' && s[i + 1] <= 'Z') ||
							 (s[i + 1] >= 'a' && s[i + 1] <= 'z')))
			i++;
	}
	for (int k = 1; k <= 5; k++)
		n += days[k];
	if (n >= 1 && n <= 4)
		wp_note(w, WP_HYBRID, m->start[0], m->end[0]);
	return true;
}

/* Callback: "N days a week in the office". */
static bool
office_days_match(pctx *c, const jr_match *m, size_t ls, size_t le, void *arg)
{
	wp_scan    *w = arg;
	int			g = jr_match_has(m, 1) ? 1 : 2;
	int			n = small_number(c->text + m->start[g], jr_match_len(m, g));

	(void) ls;
	(void) le;
	if (n >= 1 && n <= 4)
		wp_note(w, WP_HYBRID, m->start[0], m->end[0]);
	else if (n == 5)
		wp_note(w, WP_ONSITE, m->start[0], m->end[0]);
	return true;
}

/* True when s[a, e) starts with a workplace word. */
static bool
workplace_word_at(const char *s, size_t a, size_t e)
{
	static const char *const words[] = {
		"remote", "hybrid", "on-site", "onsite", "in-person", "in person",
		"in-office", "in office", "office", NULL};

	for (int k = 0; words[k]; k++)
		if (prefix_ci(s + a, e - a, words[k]))
			return true;
	return false;
}

/*
 * True when the workplace word at [ms, me) is one of a list of them ("we
 * support in-person, hybrid, and remote work"): a statement about the
 * company, not this job.
 */
static bool
in_workplace_list(const char *s, size_t ms, size_t me, size_t ls, size_t le)
{
	size_t		i = me;
	size_t		j = ms;

	/* after: ", and remote", " or hybrid", "/remote" */
	while (i < le && (s[i] == ' ' || s[i] == ',' || s[i] == '/'))
		i++;
	if (i + 4 <= le && (prefix_ci(s + i, le - i, "and ") ||
						prefix_ci(s + i, le - i, "or ")))
		i += prefix_ci(s + i, le - i, "and ") ? 4 : 3;
	if (i > me && i < le && workplace_word_at(s, i, le))
		return true;
	/* before: "remote or hybrid", "in-person, hybrid" */
	while (j > ls && (s[j - 1] == ' ' || s[j - 1] == ',' || s[j - 1] == '/'))
		j--;
	if (j >= ls + 3 && prefix_ci(s + j - 3, 3, "and"))
		j -= 3;
	else if (j >= ls + 2 && prefix_ci(s + j - 2, 2, "or"))
		j -= 2;
	while (j > ls && (s[j - 1] == ' ' || s[j - 1] == ','))
		j--;
	if (j < ms)
	{
		size_t		k = j;

		while (k > ls && (is_alnum(s[k - 1]) || s[k - 1] == '-'))
			k--;
		if (k < j && workplace_word_at(s, k, j))
			return true;
	}
	return false;
}

/* Callback: classify one workplace word by its neighbours. */
static bool
workplace_match(pctx *c, const jr_match *m, size_t ls, size_t le, void *arg)
{
	static const char *const remote_not[] = {
		"monitoring", "sensing", "access", "patient", "patients", "desktop",
		"control", "diagnostics", "sites", "locations", "areas", "server",
		"servers", "management", "support", "assistance", "devices",
		"device", "learning", "teams", "team", "employees", "colleagues",
		"users", "customers", "clients", "villages", "communities",
		"environments", "infrastructure", "connections", "training",
		"instruction", "education", "meetings", "interviews", NULL};
	static const char *const remote_yes[] = {
		"eligible", "first", "role", "position", "job", "opportunity",
		"work", "working", "option", "based", "friendly", "only", "us",
		"usa", "allowed", "possible", "available", "employee",
		"candidates", "setup", "arrangement", "schedule", NULL};
	static const char *const hybrid_not[] = {
		"cloud", "clouds", "search", "vehicle", "vehicles", "app", "apps",
		"mobile", "models", "approach", "approaches", "architecture",
		"architectures", "infrastructure", "solutions", "solution",
		"systems", "system", "retrieval", "integration", "it", "networks",
		"network", "storage", "methods", "method", "deployments",
		"deployment", "environments", "events", "event", "learning",
		"multicloud", "data", "algorithms", "techniques", "car", "cars",
		"electric", "modeling", "simulation", NULL};
	static const char *const site_not[] = {
		"interview", "interviews", "gym", "gyms", "parking", "cafeteria",
		"childcare", "daycare", "fitness", "clinic", "amenities", "dining",
		"meals", "visits", "visit", "inspections", "inspection", "audits",
		"meetings", "events", "health", "wellness", "café", "cafe",
		"restaurant", "shower", "showers", "laundry", "car", "bike",
		"training", "trainings", "coffee", NULL};
	static const char *const hybrid_yes[] = {
		"role", "position", "job", "schedule", "work", "working", "model",
		"arrangement", "opportunity", "setup", "set-up", "policy",
		"environment", "workplace", "basis", "office", "structure", "in",
		"remote", "with", "1", "2", "3", "4", "one", "two", "three", "four",
		"onsite", "on-site", "in-office", "flexible", "format", "mode",
		"location", "team", "employee", "employees", "culture", NULL};
	static const char *const hybrid_prev[] = {
		"is", "be", "fully", "this", "a", "our", "are", NULL};
	static const char *const site_yes[] = {
		"role", "position", "job", "work", "only", "basis", "presence",
		"5", "five", "full-time", "employment", "schedule", "requirement",
		"at", "position.", "environment", "candidates", "daily", "every",
		"100%", "monday", "mon", NULL};
	static const char *const site_prev[] = {
		"is", "be", "an", "this", "fully", "100%", "work", "working",
		"based", "located", "must", "are", "remain", "entirely", "strictly",
		"completely", "require", "requires", "required", "performed",
		"done", "conducted", "happen", "happens", "held", NULL};
	wp_scan    *w = arg;
	const char *s = c->text;
	size_t		ms = m->start[0];
	size_t		me = m->end[0];
	size_t		na;
	size_t		nb;
	size_t		pa;
	size_t		pb;
	size_t		ae = me;
	char		after;
	char		before = ms > ls ? s[ms - 1] : '\n';
	bool		phrase_end;
	bool		chip;
	bool		negated;
	jr_section_kind sec = jr_section_at(&c->lo.pt, ms);

	while (ae < le && s[ae] == ' ')
		ae++;
	after = ae < le ? s[ae] : '\n';
	phrase_end = after == '\n' || after == '.' || after == ',' ||
		after == ')' || after == ';' || after == ':' || after == '/' ||
		after == '(' || after == '|' || ae == le;
	chip = (before == '(' || before == '\n' || ms == ls ||
			before == '|') && phrase_end;

	next_word(s, me, le, &na, &nb);
	prev_word(s, ms, ls, &pa, &pb);
	negated = eq_ci(s + pa, pb - pa, "not") || eq_ci(s + pa, pb - pa, "no") ||
		eq_ci(s + pa, pb - pa, "non") ||
		(ms >= ls + 6 && prefix_ci(s + ms - 6, 6, "not a ")) ||
		(ms >= ls + 7 && prefix_ci(s + ms - 7, 7, "not an "));
	if (sec == JR_SEC_LEGAL || in_workplace_list(s, ms, me, ls, le))
		return true;

	if (prefix_ci(s + ms, me - ms, "remote"))
	{
		if (negated)
		{
			wp_note(w, WP_ONSITE, ms, me);
			return true;
		}
		if (word_in(s, na, nb, remote_not))
			return true;
		if (me - ms == 8 ||		/* remotely */
			word_in(s, na, nb, remote_yes) || chip || phrase_end ||
			after == '-' || eq_ci(s + pa, pb - pa, "fully") ||
			eq_ci(s + pa, pb - pa, "100%") || eq_ci(s + pa, pb - pa, "is") ||
			eq_ci(s + pa, pb - pa, "be") || eq_ci(s + pa, pb - pa, "a") ||
			eq_ci(s + pa, pb - pa, "completely") ||
			eq_ci(s + pa, pb - pa, "entirely"))
			wp_note(w, WP_REMOTE, ms, me);
		return true;
	}
	if (prefix_ci(s + ms, me - ms, "hybrid"))
	{
		if (word_in(s, na, nb, hybrid_not))
			return true;
		if (word_in(s, na, nb, hybrid_yes) || chip || phrase_end ||
			after == '-' || word_in(s, pa, pb, hybrid_prev))
			wp_note(w, WP_HYBRID, ms, me);
		return true;
	}
	if ((prefix_ci(s + ms, me - ms, "on") && me - ms > 9) ||
		prefix_ci(s + ms, me - ms, "based"))
	{
		/* "on job sites", "based in store" */
		wp_note(w, WP_ONSITE, ms, me);
		return true;
	}
	if (ms >= ls + 4 && prefix_ci(s + ms - 4, 4, "#li-"))
	{
		/* LinkedIn's workplace tags: #LI-Remote, #LI-Hybrid, #LI-Onsite */
		int			wp = workplace_chip(s + ms, me - ms);

		if (wp != WP_NONE)
		{
			wp_note(w, wp, ms, me);
			wp_note(w, wp, ms, me);
		}
		return true;
	}
	if (prefix_ci(s + ms, me - ms, "on") || prefix_ci(s + ms, me - ms, "in") ||
		prefix_ci(s + ms, me - ms, "office"))
	{
		bool		person = find_word_ci(s + ms, me - ms, "person") != SIZE_MAX;

		if (word_in(s, na, nb, site_not) || negated)
			return true;
		if (word_in(s, na, nb, site_yes) || chip ||
			word_in(s, pa, pb, site_prev) ||
			(phrase_end && !person && !eq_ci(s + ms, me - ms, "on site")) ||
			prefix_ci(s + ms, me - ms, "office"))
			wp_note(w, WP_ONSITE, ms, me);
		return true;
	}
	if (prefix_ci(s + ms, me - ms, "work") && find_word_ci(s + ms, me - ms,
														   "anywhere") != SIZE_MAX)
	{
		/* "work from anywhere for up to 4 weeks a year" is a perk */
		size_t		e = me + 60 < le ? me + 60 : le;

		if (find_word_ci(s + me, e - me, "weeks") != SIZE_MAX ||
			find_word_ci(s + me, e - me, "days") != SIZE_MAX ||
			find_word_ci(s + me, e - me, "month") != SIZE_MAX ||
			find_word_ci(s + me, e - me, "months") != SIZE_MAX ||
			sec == JR_SEC_BENEFITS)
			return true;
		wp_note(w, WP_REMOTE, ms, me);
		return true;
	}
	/* work from home, wfh, telecommute, telework */
	if (eq_ci(s + pa, pb - pa, "occasional") || eq_ci(s + pa, pb - pa, "some") ||
		eq_ci(s + pa, pb - pa, "partial") || eq_ci(s + na, nb - na, "days") ||
		eq_ci(s + na, nb - na, "day") || eq_ci(s + na, nb - na, "on") ||
		eq_ci(s + na, nb - na, "one") || eq_ci(s + na, nb - na, "two"))
		wp_note(w, WP_HYBRID, ms, me);
	else
		wp_note(w, WP_REMOTE, ms, me);
	return true;
}

/* Workplace of a label value ("Hybrid", "Remote", "On-site"). */
static int
workplace_of_value(const char *s, size_t n)
{
	if (find_word_ci(s, n, "hybrid") != SIZE_MAX)
		return WP_HYBRID;
	if (find_word_ci(s, n, "remote") != SIZE_MAX)
		return WP_REMOTE;
	if (find_word_ci(s, n, "on-site") != SIZE_MAX ||
		find_word_ci(s, n, "onsite") != SIZE_MAX ||
		find_word_ci(s, n, "on site") != SIZE_MAX ||
		find_word_ci(s, n, "in person") != SIZE_MAX ||
		find_word_ci(s, n, "in-person") != SIZE_MAX ||
		find_word_ci(s, n, "office") != SIZE_MAX)
		return WP_ONSITE;
	return WP_NONE;
}

/* Fill workplaceType from label, header chips and text. */
static jr_status
extract_workplace(pctx *c)
{
	wp_scan		w;
	const jr_label_value *lv = &c->lo.labels[JR_LABEL_WORKPLACE];

	if (lv->found)
	{
		int			wp = workplace_of_value(c->text + lv->start,
											lv->end - lv->start);

		if (wp != WP_NONE)
		{
			c->workplace = wp;
			c->workplace_span = tspan(lv->start, lv->end);
			return JR_OK;
		}
	}
	w = c->text_wp;
	/* a location label that says it ("Location: Remote - United States") */
	lv = &c->lo.labels[JR_LABEL_LOCATION];
	if (lv->found && c->workplace == WP_NONE)
	{
		int			wp = workplace_of_value(c->text + lv->start,
											lv->end - lv->start);

		if (wp != WP_NONE)
		{
			c->workplace = wp;
			c->workplace_span = tspan(lv->start, lv->end);
		}
	}
	if (c->workplace != WP_NONE)
	{
		/* header chip; hybrid in the text refines "Remote"/"On-site" */
		if (c->workplace != WP_HYBRID && w.count[WP_HYBRID] > 0 &&
			w.count[WP_HYBRID] >= w.count[c->workplace])
		{
			c->workplace = WP_HYBRID;
			c->workplace_span = tspan(w.first[WP_HYBRID],
									  w.first_end[WP_HYBRID]);
		}
		return JR_OK;
	}
	if (w.count[WP_HYBRID] > 0)
		c->workplace = WP_HYBRID;
	else if (w.count[WP_REMOTE] > 0 && w.count[WP_REMOTE] >= w.count[WP_ONSITE])
		c->workplace = WP_REMOTE;
	else if (w.count[WP_ONSITE] > 0)
		c->workplace = WP_ONSITE;
	if (c->workplace != WP_NONE)
		c->workplace_span = tspan(w.first[c->workplace],
								  w.first_end[c->workplace]);
	return JR_OK;
}

/* ------------------------------------------------------------------------
 * The keyword scanner: one pass over the words of the text finds the
 * employment-type, workplace, office and date-posted phrases; each is then
 * judged by its neighbours (the *_match functions above).
 * ------------------------------------------------------------------------ */

/* A word that may start a keyword phrase. */
typedef struct kw_word
{
	const char *word;			/* lower case, sorted, each once */
	uint8_t		kinds;
} kw_word;

static const kw_word kw_words[] = {
	{"1099", KW_TYPE}, {"based", KW_WP}, {"c2c", KW_TYPE}, {"c2h", KW_TYPE},
	{"co-op", KW_TYPE}, {"consulting", KW_TYPE}, {"contract", KW_TYPE},
	{"contract-to-hire", KW_TYPE}, {"contractor", KW_TYPE}, {"corp", KW_TYPE},
	{"corp-to-corp", KW_TYPE}, {"date", KW_DATE}, {"fixed", KW_TYPE},
	{"fixed-term", KW_TYPE}, {"freelance", KW_TYPE}, {"full", KW_TYPE},
	{"full-time", KW_TYPE}, {"fulltime", KW_TYPE}, {"hybrid", KW_WP},
	{"in", KW_WP | KW_OFFICE}, {"in-office", KW_WP},
	{"in-person", KW_WP | KW_OFFICE}, {"intern", KW_TYPE},
	{"internship", KW_TYPE}, {"internships", KW_TYPE}, {"listed", KW_DATE},
	{"office", KW_OFFICE | KW_WP}, {"office-based", KW_WP},
	{"on", KW_WP | KW_OFFICE}, {"on-site", KW_WP | KW_OFFICE},
	{"onsite", KW_WP | KW_OFFICE}, {"part", KW_TYPE}, {"part-time", KW_TYPE},
	{"parttime", KW_TYPE}, {"per", KW_TYPE}, {"per-diem", KW_TYPE},
	{"post", KW_DATE}, {"posted", KW_DATE}, {"posting", KW_DATE},
	{"prn", KW_TYPE}, {"published", KW_DATE}, {"remote", KW_WP},
	{"remotely", KW_WP}, {"seasonal", KW_TYPE}, {"telecommute", KW_WP},
	{"telecommuting", KW_WP}, {"telework", KW_WP}, {"teleworking", KW_WP},
	{"temp", KW_TYPE}, {"temp-to-hire", KW_TYPE}, {"temp-to-perm", KW_TYPE},
	{"temporary", KW_TYPE}, {"volunteer", KW_TYPE}, {"volunteering", KW_TYPE},
	{"w-2", KW_TYPE}, {"w2", KW_TYPE}, {"wfh", KW_WP}, {"work", KW_WP},
	{"work-from-anywhere", KW_WP}, {"work-from-home", KW_WP},
	{"working", KW_WP}
};

/*
 * kw_words as an open-addressing hash table of entry numbers plus one,
 * built once per process: the same answers as a binary search of the
 * sorted list, with one hash instead of six string comparisons.
 */
#define KW_SLOTS 256
static uint8_t kw_slots[KW_SLOTS];
static bool kw_slots_built = false;

/* FNV-1a hash of a NUL-terminated word. */
static inline uint32_t
kw_hash(const char *w)
{
	uint32_t	h = 2166136261u;

	while (*w != '\0')
		h = (h ^ (unsigned char) *w++) * 16777619u;
	return h;
}

/* The kw_words entry for a lower-case word, or NULL. */
static const kw_word *
kw_lookup(const char *w)
{
	uint32_t	slot;

	if (!kw_slots_built)
	{
		for (size_t k = 0; k < sizeof(kw_words) / sizeof(kw_words[0]); k++)
		{
			slot = kw_hash(kw_words[k].word) & (KW_SLOTS - 1);
			while (kw_slots[slot] != 0)
				slot = (slot + 1) & (KW_SLOTS - 1);
			kw_slots[slot] = (uint8_t) (k + 1);
		}
		kw_slots_built = true;
	}
	slot = kw_hash(w) & (KW_SLOTS - 1);
	while (kw_slots[slot] != 0)
	{
		const kw_word *kw = &kw_words[kw_slots[slot] - 1];

		if (kw->word[0] == w[0] && strcmp(kw->word, w) == 0)
			return kw;
		slot = (slot + 1) & (KW_SLOTS - 1);
	}
	return NULL;
}

/* End of the word starting at i (letters, digits, inner hyphens). */
static size_t
word_end(const char *s, size_t i, size_t to)
{
	size_t		b = i + 1;

	while (b < to)
	{
		char		ch = s[b];

		if (is_alnum(ch))
		{
			/* "remotelyStrong": a capital after lower case starts a word */
			if (ch >= 'A' && ch <= 'Z' && s[b - 1] >= 'a' && s[b - 1] <= 'z')
				break;
			b++;
		}
		else if ((ch == '-' || ch == '\'') && b + 1 < to && is_alnum(s[b + 1]))
			b++;
		else
			break;
	}
	return b;
}

/* The word after position e on the line: [*a, *b), empty at line end. */
static void
following_word(const char *s, size_t e, size_t to, size_t *a, size_t *b)
{
	size_t		i = e;

	while (i < to && s[i] == ' ')
		i++;
	*a = i;
	*b = (i < to && is_alnum(s[i])) ? word_end(s, i, to) : i;
}

/* True when the word following position e is w; *end gets its end. */
static bool
followed_by(const char *s, size_t e, size_t to, const char *w, size_t *end)
{
	size_t		a;
	size_t		b;

	following_word(s, e, to, &a, &b);
	if (b > a && eq_ci(s + a, b - a, w))
	{
		*end = b;
		return true;
	}
	return false;
}

/*
 * The whole keyword phrase starting with word [a, b) (lower case in low):
 * returns its end, or 0 when the word starts no phrase of these kinds.
 */
static size_t
phrase_end(const char *s, size_t a, size_t b, size_t to, const char *low,
		   unsigned kinds, unsigned *kind_out)
{
	size_t		e = b;
	size_t		e2;

	(void) a;
	*kind_out = kinds;
	if (kinds & KW_TYPE)
	{
		if (strcmp(low, "full") == 0 || strcmp(low, "part") == 0)
			return followed_by(s, b, to, "time", &e) ? e : 0;
		if (strcmp(low, "per") == 0)
			return followed_by(s, b, to, "diem", &e) ? e : 0;
		if (strcmp(low, "fixed") == 0)
			return followed_by(s, b, to, "term", &e) ? e : 0;
		if (strcmp(low, "corp") == 0)
			return followed_by(s, b, to, "to", &e) &&
				followed_by(s, e, to, "corp", &e2) ? e2 : 0;
		if (strcmp(low, "contract") == 0 || strcmp(low, "temp") == 0)
		{
			if (followed_by(s, b, to, "to", &e) &&
				(followed_by(s, e, to, "hire", &e2) ||
				 followed_by(s, e, to, "perm", &e2)))
				return e2;
			return b;
		}
		return b;
	}
	if (kinds & (KW_WP | KW_OFFICE))
	{
		if (strcmp(low, "on") == 0)
		{
			size_t		x;
			size_t		y;

			if (followed_by(s, b, to, "site", &e))
			{
				*kind_out = KW_WP | KW_OFFICE;
				return e;
			}
			following_word(s, b, to, &x, &y);
			if (eq_ci(s + x, y - x, "the"))
				following_word(s, y, to, &x, &y);
			if (eq_ci(s + x, y - x, "job") || eq_ci(s + x, y - x, "work") ||
				eq_ci(s + x, y - x, "construction") ||
				eq_ci(s + x, y - x, "client"))
			{
				if (followed_by(s, y, to, "site", &e) ||
					followed_by(s, y, to, "sites", &e))
				{
					*kind_out = KW_WP;
					return e;
				}
			}
			else if (eq_ci(s + x, y - x, "job-site") ||
					 eq_ci(s + x, y - x, "job-sites") ||
					 eq_ci(s + x, y - x, "jobsite") ||
					 eq_ci(s + x, y - x, "jobsites"))
			{
				*kind_out = KW_WP;
				return y;
			}
			return 0;
		}
		if (strcmp(low, "in") == 0)
		{
			if (followed_by(s, b, to, "office", &e))
			{
				*kind_out = KW_WP;
				return e;
			}
			if (followed_by(s, b, to, "person", &e))
			{
				*kind_out = KW_WP | KW_OFFICE;
				return e;
			}
			return 0;
		}
		if (strcmp(low, "work") == 0 || strcmp(low, "working") == 0)
		{
			if (followed_by(s, b, to, "from", &e) &&
				(followed_by(s, e, to, "home", &e2) ||
				 followed_by(s, e, to, "anywhere", &e2)))
			{
				*kind_out = KW_WP;
				return e2;
			}
			return 0;
		}
		if (strcmp(low, "office") == 0)
		{
			if (followed_by(s, b, to, "based", &e))
			{
				*kind_out = KW_WP;
				return e;
			}
			*kind_out = KW_OFFICE;
			return b;
		}
		if (strcmp(low, "based") == 0)
		{
			static const char *const places[] = {
				"store", "office", "shop", "branch", "site", "warehouse",
				"restaurant", "hospital", "clinic", "facility", "plant",
				"school", NULL};
			size_t		x;
			size_t		y;

			if (!followed_by(s, b, to, "in", &e) &&
				!followed_by(s, b, to, "at", &e))
				return 0;
			following_word(s, e, to, &x, &y);
			if (eq_ci(s + x, y - x, "the") || eq_ci(s + x, y - x, "our"))
				following_word(s, y, to, &x, &y);
			if (!word_in(s, x, y, places))
				return 0;
			*kind_out = KW_WP;
			return y;
		}
		return b;
	}
	if (kinds & KW_DATE)
		return b;
	return 0;
}

/* Office words: named weekdays and "N days in the office" around them. */
static void
office_context(pctx *c, const jr_match *m, size_t ls, size_t le, wp_scan *w)
{
	size_t		a = utf8_floor(c->text, m->start[0] > ls + 60 ?
							   m->start[0] - 60 : ls, ls);
	size_t		e = utf8_floor(c->text, m->end[0] + 45 < le ?
							   m->end[0] + 45 : le, m->end[0]);
	size_t		at = a;

	office_weekdays_match(c, m, ls, le, w);
	while (at < e)
	{
		jr_match	dm;
		int			rc = jr_regex_search(&office_days_re, c->text, e, at, &dm,
										 c->err);

		if (rc < 0)
		{
			jr_error_clear(c->err);
			break;
		}
		if (rc == 0)
			break;
		/* count a phrase once: the one naming this office word */
		if (dm.start[0] <= m->start[0] && dm.end[0] >= m->end[0])
			office_days_match(c, &dm, ls, le, w);
		at = dm.end[0] > at ? dm.end[0] : at + 1;
	}
}

/*
 * One pass over the words of [from, to): every keyword phrase of the
 * given kinds goes to its judge (types into ts, workplace into w, the
 * first date posted into the context).
 */
static jr_status
scan_keywords(pctx *c, size_t from, size_t to, unsigned kinds, type_scan *ts,
			  wp_scan *w)
{
	static bool first_letter[256];
	static bool ready = false;
	const char *s = c->text;
	size_t		i = from;
	size_t		next_check = from + 65536;

	if (!ready)
	{
		for (size_t k = 0; k < sizeof(kw_words) / sizeof(kw_words[0]); k++)
		{
			unsigned char f = (unsigned char) kw_words[k].word[0];

			first_letter[f] = true;
			if (f >= 'a' && f <= 'z')
				first_letter[f - 32] = true;
		}
		ready = true;
	}
	while (i < to)
	{
		size_t		b;
		char		low[24];
		const kw_word *kw;
		unsigned	kind;
		size_t		pe;
		jr_match	m;
		size_t		ls;
		size_t		le;
		const char *q;

		if (!is_alnum(s[i]))
		{
			i++;
			continue;
		}
		b = word_end(s, i, to);
		if (!first_letter[(unsigned char) s[i]] || b - i >= sizeof(low))
		{
			i = b;
			if (i >= next_check)
			{
				if (jr_interrupted())
					return jr_error_set(c->err, JR_ERR_CANCELED, i,
										"canceling statement due to user request");
				next_check = i + 65536;
			}
			continue;
		}
		for (size_t k = 0; k < b - i; k++)
			low[k] = lc(s[i + k]);
		low[b - i] = '\0';
		kw = kw_lookup(low);
		if (kw == NULL || (kw->kinds & kinds) == 0)
		{
			i = b;
			continue;
		}
		pe = phrase_end(s, i, b, to, low, kw->kinds & kinds, &kind);
		kind &= kinds;
		if (pe == 0 || kind == 0)
		{
			i = b;
			continue;
		}
		memset(&m, 0, sizeof(m));
		m.ngroups = 1;
		m.start[0] = i;
		m.end[0] = pe;
		ls = i;
		while (ls > from && ls + 300 > i && s[ls - 1] != '\n')
			ls--;
		le = to - pe > 300 ? pe + 300 : to;
		q = memchr(s + pe, '\n', le - pe);
		if (q != NULL)
			le = (size_t) (q - s);
		if ((kind & KW_TYPE) && ts != NULL)
			type_match(c, &m, ls, le, ts);
		if ((kind & KW_WP) && w != NULL)
			workplace_match(c, &m, ls, le, w);
		if ((kind & KW_OFFICE) && w != NULL)
			office_context(c, &m, ls, le, w);
		if ((kind & KW_DATE) && c->date[0] == '\0')
		{
			jr_match	dm;
			size_t		de = utf8_floor(s, to - i > 80 ? i + 80 : to, i);

			if (jr_regex_search(&date_re, s, de, i, &dm, c->err) == 1 &&
				dm.start[0] == i)
				date_match(c, &dm, ls, le, NULL);
			jr_error_clear(c->err);
		}
		/* a phrase word may start another phrase ("on-site, in person") */
		i = b;
	}
	return JR_OK;
}

/* Scan the running text once for types, workplace and the date posted. */
static jr_status
scan_text_keywords(pctx *c)
{
	memset(&c->text_types, 0, sizeof(c->text_types));
	memset(&c->text_wp, 0, sizeof(c->text_wp));
	c->text_types.strict = true;
	return scan_keywords(c, 0, c->len, KW_TYPE | KW_WP | KW_OFFICE | KW_DATE,
						 &c->text_types, &c->text_wp);
}

/*
 * Without a company in the header, the opening sentence often names it:
 * "Brightwell Freight moves ...", "Ledgerly builds ...", "At Acme, we ...".
 */
static void
company_from_body(pctx *c)
{
	static const char *const verbs[] = {
		"is", "builds", "moves", "makes", "sells", "helps", "has", "runs",
		"provides", "connects", "offers", "was", "designs", "develops",
		"operates", "serves", "creates", "delivers", "powers", "brings",
		"empowers", "enables", "manufactures", "supports", "insures",
		"partners", "specializes", "operates", "invests", "combines", NULL};
	static const char *const not_names[] = {
		"our", "we", "the", "this", "you", "as", "in", "join", "about",
		"job", "role", "position", "team", "company", "client", "a", "an",
		"if", "are", "do", "it", "who", "what", "why", "how", NULL};
	const jr_layout *lo = &c->lo;
	const char *s = c->text;

	if (c->has_company)
		return;
	for (size_t li = 0; li < lo->nlines; li++)
	{
		const jr_line *ln = &lo->lines[li];
		size_t		i = ln->start;
		size_t		name_start;
		size_t		name_end = 0;
		int			words = 0;
		bool		at_form = false;

		if (ln->start < lo->header_end || ln->kind != JR_LINE_TEXT)
			continue;
		if (nwords(s + ln->start, ln->end - ln->start) < 8)
			continue;
		if (prefix_ci(s + i, ln->end - i, "at ") && s[i + 3] >= 'A' && s[i + 3] <= 'Z')
		{
			at_form = true;
			i += 3;
		}
		name_start = i;
		while (i < ln->end && words < 5)
		{
			size_t		e = i;

			if (!(s[i] >= 'A' && s[i] <= 'Z'))
				break;
			while (e < ln->end && s[e] != ' ' && s[e] != ',')
				e++;
			if (word_in(s, i, e, not_names) ||
				(words == 0 && word_in(s, i, e, verbs)))
				break;
			words++;
			name_end = e;
			i = e;
			if (i < ln->end && s[i] == ',')
				break;
			while (i < ln->end && s[i] == ' ')
				i++;
		}
		if (words > 0 && words <= 4)
		{
			size_t		na;
			size_t		nb;

			if (at_form)
			{
				if (name_end < ln->end && s[name_end] == ',')
					set_company(c, name_start, name_end);
			}
			else
			{
				next_word(s, name_end, ln->end, &na, &nb);
				if (word_in(s, na, nb, verbs))
					set_company(c, name_start, name_end);
			}
		}
		return;					/* only the first paragraph */
	}
}

/* ------------------------------------------------------------------------
 * Seniority and industry
 * ------------------------------------------------------------------------ */

/* Seniority a title (or level label) states, SN_NONE when none. */
static int
seniority_of(const char *s, size_t n, bool label)
{
	static const char *const exec[] = {
		"chief", "ceo", "cto", "cfo", "coo", "cio", "cmo", "cpo", "vp",
		"svp", "evp", "avp", "vice president", "president", "c-level",
		"executive", NULL};
	static const char *const ic_managers[] = {
		"product", "project", "program", "programme", "account", "success",
		"case", "relationship", "community", "media", "content", "channel",
		"partner", "portfolio", "property", "category", "marketing",
		"brand", "campaign", "release", "data", "practice", "care",
		"contract", "grants", "grant", "territory", "client", NULL};
	static const char *const staff_next[] = {
		"engineer", "software", "scientist", "data", "ml", "machine",
		"developer", "architect", "researcher", "product", "designer", NULL};
	size_t		k;

	for (int i = 0; exec[i]; i++)
		if ((k = find_word_ci(s, n, exec[i])) != SIZE_MAX)
		{
			/* "Executive Assistant", "Account Executive" are not executives */
			if (strcmp(exec[i], "executive") == 0 && !label)
				continue;
			/* "Executive Assistant to the CEO" serves one */
			if (k >= 4 && (prefix_ci(s + k - 4, 4, "the ") ||
						   prefix_ci(s + k - 3, 3, "to ")))
				continue;
			return SN_EXECUTIVE;
		}
	if (find_word_ci(s, n, "director") != SIZE_MAX ||
		find_word_ci(s, n, "head of") != SIZE_MAX)
		return SN_DIRECTOR;
	if ((k = find_word_ci(s, n, "manager")) != SIZE_MAX ||
		(k = find_word_ci(s, n, "supervisor")) != SIZE_MAX ||
		(k = find_word_ci(s, n, "superintendent")) != SIZE_MAX)
	{
		size_t		pa;
		size_t		pb;

		prev_word(s, k, 0, &pa, &pb);
		if (label || !word_in(s, pa, pb, ic_managers))
			return SN_MANAGER;
	}
	if ((k = find_word_ci(s, n, "lead")) != SIZE_MAX ||
		(k = find_word_ci(s, n, "leader")) != SIZE_MAX)
	{
		size_t		na;
		size_t		nb;

		next_word(s, k + 4, n, &na, &nb);
		if (!eq_ci(s + na, nb - na, "generation") &&
			!eq_ci(s + na, nb - na, "gen"))
			return SN_LEAD;
	}
	if (find_word_ci(s, n, "senior") != SIZE_MAX ||
		find_word_ci(s, n, "sr") != SIZE_MAX ||
		find_word_ci(s, n, "principal") != SIZE_MAX ||
		find_word_ci(s, n, "mid-senior") != SIZE_MAX)
		return SN_SENIOR;
	if ((k = find_word_ci(s, n, "staff")) != SIZE_MAX)
	{
		size_t		na;
		size_t		nb;

		next_word(s, k + 5, n, &na, &nb);
		if (word_in(s, na, nb, staff_next))
			return SN_SENIOR;
	}
	if (find_word_ci(s, n, "mid-level") != SIZE_MAX ||
		find_word_ci(s, n, "mid level") != SIZE_MAX ||
		find_word_ci(s, n, "intermediate") != SIZE_MAX ||
		(label && find_word_ci(s, n, "mid") != SIZE_MAX))
		return SN_MID;
	if (find_word_ci(s, n, "intern") != SIZE_MAX ||
		find_word_ci(s, n, "internship") != SIZE_MAX ||
		find_word_ci(s, n, "co-op") != SIZE_MAX)
		return SN_INTERN;
	if (find_word_ci(s, n, "junior") != SIZE_MAX ||
		find_word_ci(s, n, "jr") != SIZE_MAX ||
		find_word_ci(s, n, "entry level") != SIZE_MAX ||
		find_word_ci(s, n, "entry-level") != SIZE_MAX ||
		find_word_ci(s, n, "graduate") != SIZE_MAX ||
		find_word_ci(s, n, "trainee") != SIZE_MAX ||
		find_word_ci(s, n, "apprentice") != SIZE_MAX ||
		find_word_ci(s, n, "new grad") != SIZE_MAX ||
		(label && (find_word_ci(s, n, "entry") != SIZE_MAX ||
				   find_word_ci(s, n, "associate") != SIZE_MAX)))
		return SN_ENTRY;
	return SN_NONE;
}

/* Fill seniority: the title first, then a level label. */
static void
extract_seniority(pctx *c)
{
	const jr_label_value *lv = &c->lo.labels[JR_LABEL_LEVEL];

	if (c->has_title)
	{
		if (c->title.raw)		/* a JSON-LD title: read the decoded text */
			c->seniority = seniority_of(c->title_text.data,
										c->title_text.len, false);
		else
			c->seniority = seniority_of(c->text + c->title.start,
										c->title.end - c->title.start, false);
		if (c->seniority != SN_NONE)
		{
			c->seniority_span = c->title;
			return;
		}
	}
	if (lv->found)
	{
		c->seniority = seniority_of(c->text + lv->start, lv->end - lv->start,
									true);
		if (c->seniority != SN_NONE)
			c->seniority_span = tspan(lv->start, lv->end);
	}
}

/* Fill industry from an Industry label, else a Category label. */
static void
extract_industry(pctx *c)
{
	const jr_label_value *lv = &c->lo.labels[JR_LABEL_INDUSTRY];

	if (!lv->found && !c->has_industry)
		lv = &c->lo.labels[JR_LABEL_CATEGORY];
	if (lv->found)
	{
		c->industry = tspan(lv->start, lv->end);
		c->has_industry = true;
	}
	if (c->has_industry)
	{
		jr_buf_truncate(&c->industry_text, 0);
		span_value(c, c->industry, &c->industry_text);
	}
}

/* ------------------------------------------------------------------------
 * Embedded JSON-LD
 * ------------------------------------------------------------------------ */

/* True when node's @type is (or includes) JobPosting. */
static bool
is_jobposting(const jr_json *d, int node)
{
	int			t = jr_json_get(d, node, "@type");

	if (t < 0)
		return false;
	if (jr_json_string_is(d, t, "JobPosting"))
		return true;
	if (d->nodes[t].type == JR_JSON_ARRAY)
		for (int k = d->nodes[t].first_child; k >= 0; k = d->nodes[k].next)
			if (jr_json_string_is(d, k, "JobPosting"))
				return true;
	return false;
}

/* Read the JSON-LD scripts; keep the first JobPosting found. */
static jr_status
load_jsonld(pctx *c)
{
	c->jp = -1;
	for (int i = 0; i < c->hinfo.njsonld && c->jp < 0; i++)
	{
		size_t		a = c->hinfo.jsonld[i].start;
		size_t		b = c->hinfo.jsonld[i].end;
		jr_json		doc;
		jr_error	jerr;
		jr_status	st;

		trim_span(c->src, &a, &b, "\n\r\t");
		if (b - a >= 4 && memcmp(c->src + a, "<!--", 4) == 0)
			a += 4;
		if (b - a >= 3 && memcmp(c->src + b - 3, "-->", 3) == 0)
			b -= 3;
		trim_span(c->src, &a, &b, "\n\r\t");
		if (b <= a)
			continue;
		jr_error_clear(&jerr);
		st = jr_json_parse(c->src + a, b - a, &doc, &jerr);
		if (st == JR_ERR_NOMEM)
		{
			jr_json_free(&doc);
			return jr_error_set(c->err, JR_ERR_NOMEM, 0,
								"out of memory reading JSON-LD");
		}
		if (st != JR_OK)
		{
			warn(c, "embedded JSON-LD ignored: %s at byte %zu of the script",
				 jerr.message, jerr.offset);
			jr_json_free(&doc);
			continue;
		}
		for (int n = 0; n < doc.nnodes; n++)
			if (doc.nodes[n].type == JR_JSON_OBJECT && is_jobposting(&doc, n))
			{
				c->jp = n;
				break;
			}
		if (c->jp >= 0)
		{
			c->ld = doc;
			c->ld_base = a;
		}
		else
			jr_json_free(&doc);
	}
	if (c->hinfo.jsonld_skipped > 0)
		warn(c, "only the first %d JSON-LD scripts were read",
			 JR_HTML_MAX_JSONLD);
	return JR_OK;
}

/* Raw span of a JSON-LD node. */
static pspan
ld_span(const pctx *c, int node)
{
	pspan		p = {c->ld_base + c->ld.nodes[node].start,
	c->ld_base + c->ld.nodes[node].end, true};

	return p;
}

/* Decoded text of a JSON-LD string node into out (replacing). */
static bool
ld_text(const pctx *c, int node, jr_buf *out)
{
	if (node < 0 || c->ld.nodes[node].type != JR_JSON_STRING)
		return false;
	jr_buf_truncate(out, 0);
	jr_json_string(&c->ld, node, out);
	/* collapse whitespace */
	{
		size_t		w = 0;
		bool		sp = false;

		for (size_t r = 0; r < out->len; r++)
		{
			char		ch = out->data[r];

			if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r')
			{
				sp = w > 0;
				continue;
			}
			if (sp)
				out->data[w++] = ' ';
			sp = false;
			out->data[w++] = ch;
		}
		jr_buf_truncate(out, w);
	}
	return out->len > 0;
}

/* Period of a unitText ("YEAR", "hour", "annual"); false if unknown. */
static bool
period_of_unit(const char *s, size_t n, jr_period *out)
{
	if (prefix_ci(s, n, "hour"))
		*out = JR_PERIOD_HOUR;
	else if (prefix_ci(s, n, "day") || prefix_ci(s, n, "daily"))
		*out = JR_PERIOD_DAY;
	else if (prefix_ci(s, n, "week"))
		*out = JR_PERIOD_WEEK;
	else if (prefix_ci(s, n, "month"))
		*out = JR_PERIOD_MONTH;
	else if (prefix_ci(s, n, "year") || prefix_ci(s, n, "annual") ||
			 prefix_ci(s, n, "annum"))
		*out = JR_PERIOD_YEAR;
	else
		return false;
	return true;
}

/* Cents of a JSON-LD amount; false when not a sane amount. */
static bool
ld_cents(const pctx *c, int node, int64_t *cents)
{
	double		v;

	if (!jr_json_number(&c->ld, node, &v) || !(v >= 0) || v > 1e12)
		return false;
	*cents = (int64_t) (v * 100.0 + 0.5);
	return true;
}

/* baseSalary of the JobPosting into ctx->ld_sal. */
static void
ld_salary(pctx *c, int bs)
{
	int			cur = jr_json_get(&c->ld, bs, "currency");
	int			val = jr_json_get(&c->ld, bs, "value");
	int			unit = jr_json_get(&c->ld, bs, "unitText");
	int64_t		lo = 0;
	int64_t		hi = 0;
	bool		has_lo = false;
	bool		has_hi = false;
	jr_period	period = JR_PERIOD_YEAR;
	jr_salary  *sal = &c->ld_sal;

	memset(sal, 0, sizeof(*sal));
	if (val >= 0 && c->ld.nodes[val].type == JR_JSON_OBJECT)
	{
		int			u2 = jr_json_get(&c->ld, val, "unitText");
		int			mn = jr_json_get(&c->ld, val, "minValue");
		int			mx = jr_json_get(&c->ld, val, "maxValue");
		int			pt = jr_json_get(&c->ld, val, "value");

		if (u2 >= 0)
			unit = u2;
		has_lo = ld_cents(c, mn, &lo);
		has_hi = ld_cents(c, mx, &hi);
		if (!has_lo && !has_hi && ld_cents(c, pt, &lo))
		{
			hi = lo;
			has_lo = has_hi = true;
		}
	}
	else if (val >= 0 && ld_cents(c, val, &lo))
	{
		hi = lo;
		has_lo = has_hi = true;
	}
	if (!has_lo && !has_hi)
		return;
	if (has_lo && has_hi && lo > hi)
		return;
	if (unit >= 0 && c->ld.nodes[unit].type == JR_JSON_STRING)
	{
		jr_json_node *un = &c->ld.nodes[unit];

		if (!period_of_unit(c->ld.src + un->start, un->end - un->start, &period))
			return;
	}
	memcpy(sal->currency, "USD", 3);
	if (cur >= 0 && c->ld.nodes[cur].type == JR_JSON_STRING &&
		c->ld.nodes[cur].end - c->ld.nodes[cur].start == 3)
	{
		const char *cs = c->ld.src + c->ld.nodes[cur].start;

		for (int k = 0; k < 3; k++)
			sal->currency[k] = (cs[k] >= 'a' && cs[k] <= 'z') ?
				(char) (cs[k] - 32) : cs[k];
		for (int k = 0; k < 3; k++)
			if (sal->currency[k] < 'A' || sal->currency[k] > 'Z')
				return;
	}
	sal->period = (uint8_t) period;
	sal->lo = has_lo ? lo : 0;
	sal->hi = has_hi ? hi : 0;
	sal->flags = (uint8_t) ((has_lo ? 0 : JR_SAL_LO_INF) |
							(has_hi ? 0 : JR_SAL_HI_INF));
	c->ld_salary = true;
	c->ld_salary_span = ld_span(c, bs);
}

/* One JSON-LD Place (or address) into a location. */
static void
ld_place(pctx *c, int place)
{
	int			addr = jr_json_get(&c->ld, place, "address");
	plocation	loc;
	jr_buf		b;

	memset(&loc, 0, sizeof(loc));
	if (addr < 0)
		addr = place;
	jr_buf_init(&b);
	if (c->ld.nodes[addr].type == JR_JSON_OBJECT)
	{
		static const char *const keys[3] = {
			"addressLocality", "addressRegion", "addressCountry"};

		for (int k = 0; k < 3; k++)
		{
			int			v = jr_json_get(&c->ld, addr, keys[k]);

			if (v >= 0 && c->ld.nodes[v].type == JR_JSON_OBJECT)
				v = jr_json_get(&c->ld, v, "name");
			if (!ld_text(c, v, &b) || b.failed)
				continue;
			if (k == 0)
				copy_field(loc.locality, sizeof(loc.locality), b.data, b.len);
			else if (k == 1)
				copy_field(loc.region, sizeof(loc.region), b.data, b.len);
			else
			{
				const char *cc = country_code(b.data, b.len);

				if (cc == NULL && b.len == 2)
					cc = NULL;
				if (cc != NULL)
					strcpy(loc.country, cc);
				else if (b.len == 2 && b.data[0] >= 'A' && b.data[0] <= 'Z' &&
						 b.data[1] >= 'A' && b.data[1] <= 'Z')
					copy_field(loc.country, sizeof(loc.country), b.data, 2);
			}
		}
	}
	else if (ld_text(c, addr, &b) && !b.failed)
	{
		bool		conf;

		if (!parse_place(b.data, 0, b.len, &loc, &conf))
			memset(&loc, 0, sizeof(loc));
	}
	jr_buf_free(&b);
	loc.span = ld_span(c, place);
	if (loc.locality[0] || loc.region[0] || loc.country[0])
		add_location(c, &loc);
}

/* Employment type of a JSON-LD value ("FULL_TIME", "Full-time"). */
static int
ld_type(const pctx *c, int node)
{
	const jr_json_node *n = &c->ld.nodes[node];

	if (n->type != JR_JSON_STRING)
		return -1;
	if (eq_ci(c->ld.src + n->start, n->end - n->start, "other"))
		return ET_OTHER;
	return type_of_word(c->ld.src + n->start, n->end - n->start);
}

/* Use the JobPosting's fields where it has them (DESIGN.md section 3). */
static void
apply_jsonld(pctx *c)
{
	const jr_json *d = &c->ld;
	int			jp = c->jp;
	int			v;

	if (jp < 0)
		return;
	if ((v = jr_json_get(d, jp, "title")) >= 0 && ld_text(c, v, &c->title_text))
	{
		/* the same cleanup as a text title: no bracketed suffix */
		size_t		n = c->title_text.len;

		while (n > 0 && c->title_text.data[n - 1] == ' ')
			n--;
		if (n > 0 && c->title_text.data[n - 1] == ')')
		{
			size_t		o = n - 1;

			while (o > 0 && c->title_text.data[o] != '(')
				o--;
			if (o > 0)
			{
				while (o > 0 && (c->title_text.data[o - 1] == ' ' ||
								 c->title_text.data[o - 1] == '-'))
					o--;
				jr_buf_truncate(&c->title_text, o);
			}
		}
		title_case_if_shouting(&c->title_text);
		c->title = ld_span(c, v);
		c->has_title = true;
	}
	if ((v = jr_json_get(d, jp, "hiringOrganization")) >= 0)
	{
		int			name = d->nodes[v].type == JR_JSON_OBJECT ?
			jr_json_get(d, v, "name") : v;

		if (name >= 0 && ld_text(c, name, &c->company_text))
		{
			c->company = ld_span(c, name);
			c->has_company = true;
		}
	}
	if ((v = jr_json_get(d, jp, "jobLocation")) >= 0)
	{
		int			saved = c->nlocs;

		c->nlocs = 0;
		if (d->nodes[v].type == JR_JSON_ARRAY)
		{
			for (int k = d->nodes[v].first_child; k >= 0; k = d->nodes[k].next)
				ld_place(c, k);
		}
		else
			ld_place(c, v);
		if (c->nlocs == 0)
			c->nlocs = saved;
	}
	if ((v = jr_json_get(d, jp, "jobLocationType")) >= 0 &&
		jr_json_string_is(d, v, "TELECOMMUTE"))
	{
		c->workplace = WP_REMOTE;
		c->workplace_span = ld_span(c, v);
	}
	if ((v = jr_json_get(d, jp, "employmentType")) >= 0)
	{
		int			saved[MAX_TYPES];
		int			nsaved = c->ntypes;

		memcpy(saved, c->types, sizeof(saved));
		c->ntypes = 0;
		if (d->nodes[v].type == JR_JSON_ARRAY)
		{
			for (int k = d->nodes[v].first_child; k >= 0; k = d->nodes[k].next)
				if (ld_type(c, k) >= 0)
					add_type(c, ld_type(c, k));
		}
		else if (ld_type(c, v) >= 0)
			add_type(c, ld_type(c, v));
		if (c->ntypes > 0)
			c->type_span = ld_span(c, v);
		else
		{
			memcpy(c->types, saved, sizeof(saved));
			c->ntypes = nsaved;
		}
	}
	if ((v = jr_json_get(d, jp, "datePosted")) >= 0 &&
		d->nodes[v].type == JR_JSON_STRING &&
		d->nodes[v].end - d->nodes[v].start >= 10)
	{
		const char *ds = d->src + d->nodes[v].start;
		bool		ok = true;

		for (int k = 0; k < 10; k++)
			if ((k == 4 || k == 7) ? ds[k] != '-' : !(ds[k] >= '0' && ds[k] <= '9'))
				ok = false;
		if (ok && digits_value(ds + 5, 2) >= 1 && digits_value(ds + 5, 2) <= 12 &&
			digits_value(ds + 8, 2) >= 1 && digits_value(ds + 8, 2) <= 31)
		{
			memcpy(c->date, ds, 10);
			c->date[10] = '\0';
			c->date_span = ld_span(c, v);
		}
	}
	if ((v = jr_json_get(d, jp, "baseSalary")) >= 0 &&
		d->nodes[v].type == JR_JSON_OBJECT)
		ld_salary(c, v);
	if ((v = jr_json_get(d, jp, "industry")) >= 0 &&
		ld_text(c, v, &c->industry_text))
	{
		c->industry = ld_span(c, v);
		c->has_industry = true;
	}
	if ((v = jr_json_get(d, jp, "experienceRequirements")) >= 0 &&
		d->nodes[v].type == JR_JSON_OBJECT)
	{
		int			m = jr_json_get(d, v, "monthsOfExperience");
		double		months;

		if (m >= 0 && jr_json_number(d, m, &months) && months >= 0 &&
			months < 1200)
		{
			memset(&c->exp, 0, sizeof(c->exp));
			c->exp.state = JR_REQ_STATED;
			c->exp.months = (int32_t) months;
			c->exp.nspans = 0;
		}
	}
	if ((v = jr_json_get(d, jp, "educationRequirements")) >= 0)
	{
		int			items[JR_EDU_MAX_ITEMS];
		int			ni = 0;
		jr_edu_level lowest = JR_EDU_UNKNOWN;

		if (d->nodes[v].type == JR_JSON_ARRAY)
		{
			for (int k = d->nodes[v].first_child; k >= 0 && ni < JR_EDU_MAX_ITEMS;
				 k = d->nodes[k].next)
				items[ni++] = k;
		}
		else
			items[ni++] = v;
		for (int k = 0; k < ni; k++)
		{
			int			cat = d->nodes[items[k]].type == JR_JSON_OBJECT ?
				jr_json_get(d, items[k], "credentialCategory") : items[k];
			jr_edu_level lvl;

			if (cat >= 0 && d->nodes[cat].type == JR_JSON_STRING)
			{
				const jr_json_node *cn = &d->nodes[cat];
				size_t		n = cn->end - cn->start;
				const char *cs = d->src + cn->start;

				/* "bachelor degree" -> "bachelor" */
				if (n > 7 && eq_ci(cs + n - 7, 7, " degree"))
					n -= 7;
				if (jr_edu_level_parse(cs, n, &lvl) &&
					(lowest == JR_EDU_UNKNOWN || lvl < lowest))
					lowest = lvl;
			}
		}
		if (lowest != JR_EDU_UNKNOWN)
		{
			jr_education keep = c->edu;
			int			w = 0;

			/* JSON-LD states the required level; keep preferred ones */
			c->edu.state = JR_REQ_STATED;
			c->edu.required_level = lowest;
			c->edu.items[w].level = lowest;
			c->edu.items[w].required = true;
			c->edu.items[w].span.start = c->edu.items[w].span.end = 0;
			c->edu.items[w].nfields = 0;
			w++;
			for (int k = 0; k < keep.nitems && w < JR_EDU_MAX_ITEMS; k++)
				if (!keep.items[k].required && keep.items[k].level > lowest)
					c->edu.items[w++] = keep.items[k];
			c->edu.nitems = w;
			if (c->edu.preferred_level != JR_EDU_UNKNOWN &&
				c->edu.preferred_level <= lowest)
				c->edu.preferred_level = JR_EDU_UNKNOWN;
		}
	}
}

/* ------------------------------------------------------------------------
 * Skills
 * ------------------------------------------------------------------------ */

/* Words that mark a clause as required. */
static const char *const required_cues[] = {"required", "must", NULL};

/* Cues that make a sentence's skills preferred rather than required. */
static const char *const preferred_cues[] = {
	"preferred", "prefer", "nice to have", "nice-to-have", "a plus",
	"bonus", "desirable", "desired", "ideally", "advantage",
	"advantageous", "an asset", "good to have", "optional", "not required",
	"would be great", "helpful", "beneficial", "is a plus", "pluses",
	"preferably", NULL};

/* First letters (a-z) of a NULL-terminated word list, as bits. */
static uint32_t
first_letters(const char *const *words)
{
	uint32_t	firsts = 0;

	for (int k = 0; words[k]; k++)
		if (words[k][0] >= 'a' && words[k][0] <= 'z')
			firsts |= (uint32_t) 1 << (words[k][0] - 'a');
	return firsts;
}

/* True when one of words (lower case) stands at s[i] as a whole word. */
static bool
word_of_list_at(const char *s, size_t n, size_t i, char ch,
				const char *const *words)
{
	for (int k = 0; words[k]; k++)
	{
		const char *w = words[k];
		size_t		j = 1;

		if (w[0] != ch)
			continue;
		while (w[j] != '\0' && i + j < n && lc(s[i + j]) == w[j])
			j++;
		if (w[j] == '\0' && (i + j == n || !is_alnum(s[i + j])))
			return true;
	}
	return false;
}

#define MAX_CUE_LISTS 3

/*
 * pos[k]: offset in s[0, n) of the first word of lists[k] (lower case,
 * whole words, ignoring case), SIZE_MAX for none.  One pass over s for all
 * the lists.
 */
static void
first_of_lists(const char *s, size_t n, const char *const *const *lists,
			   int nlists, size_t *pos)
{
	uint32_t	firsts[MAX_CUE_LISTS];
	uint32_t	any = 0;
	int			left = nlists;

	for (int k = 0; k < nlists; k++)
	{
		firsts[k] = first_letters(lists[k]);
		any |= firsts[k];
		pos[k] = SIZE_MAX;
	}
	for (size_t i = 0; i < n && left > 0; i++)
	{
		char		ch = lc(s[i]);
		uint32_t	bit;

		if (ch < 'a' || ch > 'z')
			continue;
		bit = (uint32_t) 1 << (ch - 'a');
		if (!(any & bit) || (i > 0 && is_alnum(s[i - 1])))
			continue;
		for (int k = 0; k < nlists; k++)
			if (pos[k] == SIZE_MAX && (firsts[k] & bit) &&
				word_of_list_at(s, n, i, ch, lists[k]))
			{
				pos[k] = i;
				left--;
			}
	}
}

/*
 * Cues of a hiring-process, legal or benefits sentence ("any other
 * characteristic protected by law", "an E-Verify employer", "eligible for
 * health insurance"): what it names is not asked of the candidate.
 */
static const char *const boilerplate_cues[] = {
	"protected by", "protected under", "regardless of", "without regard",
	"equal opportunity", "equal employment", "affirmative action",
	"e-verify", "eligibility to work", "right to work", "authorized to work",
	"authorization to work", "reasonable accommodation",
	"reasonable accommodations", "applicable law", "applicable laws",
	"drug-free", "eligible for", "benefits include", "benefits including",
	"your recruiter", "our recruiter", "talent acquisition team",
	"discriminate", "discrimination", "privacy notice", "privacy policy",
	"pay transparency", NULL};

/* Longest sentence read as boilerplate as a whole (run-together text). */
#define BOILERPLATE_MAX_SENTENCE 600

/* True when c is a sentence boundary character at s[i]. */
static bool
sentence_break(const char *s, size_t len, size_t i)
{
	char		ch = s[i];

	if (ch == '\n' || ch == ';')
		return true;
	if ((ch == '.' || ch == '!' || ch == '?') &&
		(i + 1 >= len || s[i + 1] == ' ' || s[i + 1] == '\n'))
		return true;
	return false;
}

#define SEP_NONE	0			/* not a list */
#define SEP_LIST	1			/* commas or spaces only */
#define SEP_AND		2			/* "and", "&" */
#define SEP_OR		3			/* "or", "/", "and/or" */

/* Kind of separator between two skill mentions (SEP_*). */
static int
list_separator(const char *s, size_t a, size_t b)
{
	bool		or_word = false;
	bool		and_word = false;
	size_t		i = a;

	if (b - a > 14)
		return SEP_NONE;
	while (i < b)
	{
		char		ch = s[i];

		if (ch == ' ' || ch == ',' || ch == '(' || ch == ')')
		{
			i++;
			continue;
		}
		if (ch == '&')
		{
			and_word = true;
			i++;
			continue;
		}
		if (ch == '/')
		{
			or_word = true;
			i++;
			continue;
		}
		if (b - i >= 7 && prefix_ci(s + i, b - i, "and/or") &&
			!is_alnum(s[i + 6]))
		{
			or_word = true;
			i += 6;
			continue;
		}
		if (b - i >= 2 && prefix_ci(s + i, b - i, "or") &&
			(i + 2 == b || !is_alnum(s[i + 2])))
		{
			or_word = true;
			i += 2;
			continue;
		}
		if (b - i >= 3 && prefix_ci(s + i, b - i, "and") &&
			(i + 3 == b || !is_alnum(s[i + 3])))
		{
			and_word = true;
			i += 3;
			continue;
		}
		return SEP_NONE;
	}
	return or_word ? SEP_OR : and_word ? SEP_AND : SEP_LIST;
}

/* True when ", or"/" or" follows position e (before the sentence end). */
static bool
or_follows(const char *s, size_t e, size_t se)
{
	while (e < se && (s[e] == ' ' || s[e] == ','))
		e++;
	return e + 3 <= se && lc(s[e]) == 'o' && lc(s[e + 1]) == 'r' &&
		s[e + 2] == ' ';
}

/* True when [a, b) lies in a header label value other than a skills list. */
static bool
inside_label_value(const pctx *c, size_t a, size_t b)
{
	for (int l = JR_LABEL_TITLE; l < JR_LABEL_COUNT; l++)
	{
		const jr_label_value *v = &c->lo.labels[l];

		if (l == JR_LABEL_SKILLS || !v->found)
			continue;
		if (a >= v->start && b <= v->end)
			return true;
	}
	for (int k = 0; k < c->nhits; k++)
		if (a < c->hits[k].end && b > c->hits[k].start)
			return true;		/* "$4,100 CAD" is not CAD drafting */
	return false;
}

/*
 * True when [a, b) lies in a field of study of a degree ("in Computer
 * Science or Statistics"): a field is what the degree is in, not a skill.
 */
static bool
inside_field_of_study(const pctx *c, size_t a, size_t b)
{
	for (int f = 0; f < c->edu.nall_fields; f++)
		if (a >= c->edu.all_fields[f].start && b <= c->edu.all_fields[f].end)
			return true;
	return false;
}

/* Index of skill id in ctx->skills, or -1. */
static int
skill_index(const pctx *c, int id)
{
	for (int k = 0; k < c->nskills; k++)
		if (c->skills[k].id == id)
			return k;
	return -1;
}

/*
 * Which skills count only when named elsewhere too: 1 those in duties,
 * 2 those in the title (bits).
 */
static int
drop_weak_skills(void)
{
#ifdef JR_POSTING_DEBUG
	const char *e = getenv("JR_DROP_WEAK");

	if (e != NULL)
		return atoi(e);
#endif
	return 2;					/* the title only (measured on dev_gold) */
}

/* True when [a, b) lies in the company name or a location of the header. */
static bool
inside_header_value(const pctx *c, size_t a, size_t b)
{
	if (c->has_company && !c->company.raw && a >= c->company.start &&
		b <= c->company.end)
		return true;
	for (int k = 0; k < c->nlocs; k++)
		if (!c->locs[k].span.raw && a >= c->locs[k].span.start &&
			b <= c->locs[k].span.end)
			return true;
	return false;
}

/* Veto a run-together split inside a known skill name ("PyTorch"). */
static bool
keep_skill_word(const char *word, size_t len)
{
	return jr_skill_lookup(word, len) >= 0;
}

/*
 * Skills: every taxonomy mention outside company, benefits and legal text;
 * required unless in a preferred section or a sentence that says
 * "preferred", "a plus", ...; "X, Y, or Z" lists share a group number.
 */
static jr_status
extract_skills(pctx *c)
{
	jr_skill_hit *hits = NULL;
	size_t		nhits = 0;
	jr_status	st;
	size_t		ss = 0;			/* current sentence [ss, se) */
	size_t		se = 0;
	size_t		scan = 0;
	size_t		cue = SIZE_MAX; /* preferred cue of the sentence */
	bool		cue_clause = false;
	bool		boilerplate = false;	/* a legal or benefits sentence */
	int			chain_start = -1;	/* first hit of the current list */
	int			chain_kind = 0;
	int			chain_group = 0;	/* the list's group once it has one */
	size_t		chain_next = 0; /* first list hit not yet given a group */
	int		   *hit_skill;
	int			sep;
	size_t		prev_kept = SIZE_MAX;
	size_t		first_req = 0;	/* start of the first requirements section */

	for (size_t k = 0; k < c->lo.nsections; k++)
		if (c->lo.sections[k].kind == JR_SEC_REQUIRED ||
			c->lo.sections[k].kind == JR_SEC_PREFERRED ||
			c->lo.sections[k].kind == JR_SEC_SKILLS)
		{
			first_req = c->lo.sections[k].start;
			break;
		}
	st = jr_skills_extract(c->text, c->len, &hits, &nhits, c->err);
	if (st != JR_OK)
		return st;
	if (nhits == 0)
	{
		jr_free(hits);
		return JR_OK;
	}
	c->skills = jr_calloc(nhits, sizeof(pskill));
	hit_skill = jr_calloc(nhits, sizeof(int));
	if (c->skills == NULL || hit_skill == NULL)
	{
		jr_free(hits);
		jr_free(hit_skill);
		return jr_error_set(c->err, JR_ERR_NOMEM, 0,
							"out of memory collecting skills");
	}
	for (size_t h = 0; h < nhits; h++)
	{
		jr_skill_hit *hit = &hits[h];
		jr_section_kind sec;
		bool		preferred;
		bool		weak;
		int			k;

		hit_skill[h] = -1;
		if (hit->start >= c->len || hit->end > c->len || hit->end < hit->start)
			continue;
		if ((h & 1023) == 1023 && jr_interrupted())
		{
			jr_free(hits);
			jr_free(hit_skill);
			return jr_error_set(c->err, JR_ERR_CANCELED, hit->start,
								"canceling statement due to user request");
		}
		/* advance to the sentence holding this hit */
		if (hit->start >= se)
		{
			if (scan < se)
				scan = se;
			while (scan < hit->start)
			{
				if (sentence_break(c->text, c->len, scan))
					ss = scan + 1;
				scan++;
			}
			se = hit->end;
			while (se < c->len && !sentence_break(c->text, c->len, se))
				se++;
			scan = se;
			{
				static const char *const *const cue_lists[MAX_CUE_LISTS] = {
					preferred_cues, required_cues, boilerplate_cues
				};
				size_t		found[MAX_CUE_LISTS];

				/*
				 * The first preferred cue, whether a required cue occurs,
				 * whether the sentence is legal or benefits text.
				 */
				first_of_lists(c->text + ss, se - ss, cue_lists, MAX_CUE_LISTS,
							   found);
				cue = found[0] != SIZE_MAX ? found[0] + ss : SIZE_MAX;
				cue_clause = found[1] != SIZE_MAX;
				boilerplate = se - ss <= BOILERPLATE_MAX_SENTENCE &&
					found[2] != SIZE_MAX;
			}
			chain_start = -1;
			prev_kept = SIZE_MAX;
		}
		sec = jr_section_at(&c->lo.pt, hit->start);
		if ((sec == JR_SEC_ABOUT_COMPANY || sec == JR_SEC_BENEFITS ||
			 sec == JR_SEC_LEGAL || sec == JR_SEC_COMPENSATION) &&
			!(drop_weak_skills() & 8))
			continue;
		if ((boilerplate && !(drop_weak_skills() & 32)) ||
			inside_header_value(c, hit->start, hit->end) ||
			inside_label_value(c, hit->start, hit->end) ||
			((drop_weak_skills() & 16) == 0 &&
			 inside_field_of_study(c, hit->start, hit->end)))
			continue;			/* "Montréal, QC" is not quality control */
		weak = ((drop_weak_skills() & 4) && sec == JR_SEC_OTHER &&
				hit->start < first_req) ||
			((drop_weak_skills() & 1) && sec == JR_SEC_RESPONSIBILITIES) ||
			((drop_weak_skills() & 2) && c->has_title && !c->title.raw &&
			 hit->start >= c->title.start && hit->end <= c->title.end);
		preferred = sec == JR_SEC_PREFERRED;
		if (!preferred && cue != SIZE_MAX)
		{
			/* a cue in parentheses covers only what is inside them */
			size_t		open = SIZE_MAX;
			size_t		close = SIZE_MAX;

			for (size_t i = cue; i > ss; i--)
				if (c->text[i - 1] == '(')
				{
					open = i - 1;
					break;
				}
				else if (c->text[i - 1] == ')')
					break;
			if (open != SIZE_MAX)
			{
				const char *q = memchr(c->text + cue, ')', se - cue);

				close = q ? (size_t) (q - c->text) : se;
				preferred = hit->start > open && hit->end <= close;
			}
			else if (cue_clause)
			{
				/* "Python required, Go preferred": the cue's clause only */
				size_t		cs = cue;
				size_t		ce = cue;

				while (cs > ss && c->text[cs - 1] != ',')
					cs--;
				while (ce < se && c->text[ce] != ',')
					ce++;
				preferred = (hit->start >= cs && hit->end <= ce) ||
					(hit->start < cs && ce == se && cue > hit->end &&
					 list_separator(c->text, hit->end, cs) != 0);
			}
			else
				preferred = true;
		}
		k = skill_index(c, hit->id);
		if (k < 0)
		{
			k = c->nskills++;
			c->skills[k].id = hit->id;
			c->skills[k].required = !preferred;
			c->skills[k].group = 0;
			c->skills[k].start = hit->start;
			c->skills[k].end = hit->end;
			c->skills[k].strong = !weak;
		}
		else if (!preferred)
			c->skills[k].required = true;
		if (!weak)
			c->skills[k].strong = true;
		hit_skill[h] = k;

		/*
		 * Lists: "Python, Scala, or Java" and "Elasticsearch, OpenSearch or
		 * Vespa" are alternatives; in "Westlaw or LexisNexis and Microsoft
		 * Office" the "and" closes the alternatives.
		 */
		sep = prev_kept != SIZE_MAX ?
			list_separator(c->text, hits[prev_kept].end, hit->start) : SEP_NONE;
		if (sep != SEP_NONE)
		{
			if (chain_start < 0)
			{
				chain_start = (int) prev_kept;
				chain_kind = SEP_NONE;
				chain_group = 0;
				chain_next = prev_kept;
			}
			if (sep == SEP_AND && chain_kind == SEP_OR)
			{
				chain_start = (int) h;
				chain_kind = SEP_NONE;
				chain_group = 0;
				chain_next = h;
			}
			else if (sep == SEP_OR)
				chain_kind = SEP_OR;
			if (chain_kind != SEP_OR && sep != SEP_AND &&
				or_follows(c->text, hit->end, se))
				chain_kind = SEP_OR;
			if (chain_kind == SEP_OR && (size_t) chain_start < h)
			{
				/*
				 * Give the whole list a group (new mentions only).  Hits
				 * before chain_next already have the list's group (or are
				 * not new mentions), so each hit is visited once and a long
				 * list stays linear.
				 */
				int			g = chain_group ? chain_group : ++c->ngroups;

				for (size_t q = chain_next; q <= h; q++)
					if (hit_skill[q] >= 0 &&
						c->skills[hit_skill[q]].start == hits[q].start)
					{
						c->skills[hit_skill[q]].group = g;
						chain_group = g;
					}
				chain_next = h + 1;
			}
		}
		else
		{
			chain_start = -1;
			chain_kind = SEP_NONE;
		}
		prev_kept = h;
	}
	/*
	 * A skill named only in the title ("Machine Learning Engineer") is
	 * what the job is about, not what it asks for: drop it.
	 */
	{
		int			w = 0;

		for (int k = 0; k < c->nskills; k++)
			if (c->skills[k].strong)
				c->skills[w++] = c->skills[k];
		c->nskills = w;
	}
	/*
	 * A group needs two distinct skills; number groups 1, 2, ... in order.
	 * Members are counted in one pass (groups x skills loops are quadratic
	 * on long texts).
	 */
	{
		int			next = 0;
		int		   *members = jr_calloc((size_t) c->ngroups + 1, sizeof(int));

		if (members == NULL)
		{
			jr_free(hits);
			jr_free(hit_skill);
			return jr_error_set(c->err, JR_ERR_NOMEM, 0,
								"out of memory collecting skills");
		}
		for (int k = 0; k < c->nskills; k++)
			members[c->skills[k].group]++;
		/* members[g] becomes the new number of group g, 0 when dropped */
		members[0] = 0;
		for (int g = 1; g <= c->ngroups; g++)
			members[g] = members[g] >= 2 ? ++next : 0;
		for (int k = 0; k < c->nskills; k++)
			c->skills[k].group = members[c->skills[k].group];
		jr_free(members);
		c->ngroups = next;
	}
	jr_free(hits);
	jr_free(hit_skill);
	return JR_OK;
}

/* Skills a JSON-LD "skills" value lists (text or DefinedTerm names). */
static void
apply_jsonld_skills(pctx *c)
{
	int			v;
	int			items[64];
	int			ni = 0;
	jr_buf		b;

	if (c->jp < 0 || (v = jr_json_get(&c->ld, c->jp, "skills")) < 0)
		return;
	if (c->ld.nodes[v].type == JR_JSON_ARRAY)
	{
		for (int k = c->ld.nodes[v].first_child; k >= 0 && ni < 64;
			 k = c->ld.nodes[k].next)
			items[ni++] = k;
	}
	else
		items[ni++] = v;
	jr_buf_init(&b);
	for (int i = 0; i < ni; i++)
	{
		int			node = items[i];
		size_t		p = 0;

		if (c->ld.nodes[node].type == JR_JSON_OBJECT)
			node = jr_json_get(&c->ld, node, "name");
		if (!ld_text(c, node, &b) || b.failed)
			continue;
		for (size_t q = 0; q <= b.len; q++)
			if (q == b.len || b.data[q] == ',' || b.data[q] == ';')
			{
				size_t		x = p;
				size_t		y = q;
				int			id;

				trim_span(b.data, &x, &y, "");
				p = q + 1;
				if (y <= x || (id = jr_skill_lookup(b.data + x, y - x)) < 0 ||
					skill_index(c, id) >= 0)
					continue;
				{
					pskill	   *ns = jr_realloc(c->skills,
											   (size_t) (c->nskills + 1) * sizeof(pskill));

					if (ns == NULL)
						continue;
					c->skills = ns;
					ns[c->nskills].id = id;
					ns[c->nskills].required = true;
					ns[c->nskills].group = 0;
					ns[c->nskills].start = SIZE_MAX;
					ns[c->nskills].end = (size_t) node;
					c->nskills++;
				}
			}
	}
	jr_buf_free(&b);
}

/* ------------------------------------------------------------------------
 * Responsibilities
 * ------------------------------------------------------------------------ */

/* Collected responsibility items (spans of the text). */
typedef struct resp_list
{
	pspan		items[JR_POSTING_MAX_RESPONSIBILITIES];
	int			n;
	bool		truncated;
} resp_list;

/* Add item [a, b) unless too short. */
static void
resp_add(pctx *c, resp_list *r, size_t a, size_t b)
{
	trim_span(c->text, &a, &b, ";,");
	if (b <= a || nwords(c->text + a, b - a) < 2)
		return;
	if (r->n >= JR_POSTING_MAX_RESPONSIBILITIES)
	{
		r->truncated = true;
		return;
	}
	r->items[r->n++] = tspan(a, b);
}

/* Split [a, b) into sentences and add each. */
static void
resp_sentences(pctx *c, resp_list *r, size_t a, size_t b)
{
	size_t		p = a;

	for (size_t i = a; i < b && !r->truncated; i++)
	{
		if (c->text[i] == '\n' ||
			((c->text[i] == '.' || c->text[i] == ';') && i + 2 < b &&
			 c->text[i + 1] == ' ' &&
			 ((c->text[i + 2] >= 'A' && c->text[i + 2] <= 'Z'))))
		{
			resp_add(c, r, p, c->text[i] == '.' ? i : i);
			p = i + 1;
		}
	}
	if (p < b)
	{
		size_t		e = b;

		while (e > p && (c->text[e - 1] == '.' || c->text[e - 1] == ' '))
			e--;
		resp_add(c, r, p, e);
	}
}

/* Items of the responsibilities section(s), or a first unheaded list. */
static void
extract_responsibilities(pctx *c, resp_list *r)
{
	const jr_layout *lo = &c->lo;
	size_t		li = 0;

	memset(r, 0, sizeof(*r));
	for (size_t si = 0; si < lo->nsections && !r->truncated; si++)
	{
		const jr_section *sec = &lo->sections[si];
		int			bullets = 0;
		size_t		first_line;

		if (sec->kind != JR_SEC_RESPONSIBILITIES)
			continue;
		while (li < lo->nlines && lo->lines[li].end < sec->start)
			li++;
		first_line = li;
		for (size_t k = li; k < lo->nlines && lo->lines[k].start < sec->end; k++)
			if (lo->lines[k].kind == JR_LINE_BULLET &&
				lo->lines[k].start >= sec->start)
				bullets++;
		if (bullets > 0)
		{
			for (size_t k = li; k < lo->nlines && lo->lines[k].start < sec->end;
				 k++)
				if (lo->lines[k].kind == JR_LINE_BULLET &&
					lo->lines[k].start >= sec->start)
					resp_add(c, r, lo->lines[k].body,
							 lo->lines[k].end < sec->end ? lo->lines[k].end : sec->end);
			continue;
		}
		/* no list: sentences after the heading */
		{
			size_t		a = sec->start;
			size_t		b = sec->end;

			if (first_line < lo->nlines && lo->lines[first_line].start == a &&
				lo->lines[first_line].kind == JR_LINE_HEADING)
				a = lo->lines[first_line].end;
			else
			{
				/* an inline heading "Key Responsibilities:" */
				const char *colon = memchr(c->text + a, ':',
										   (b - a) < 80 ? (b - a) : 80);

				if (colon != NULL)
					a = (size_t) (colon - c->text) + 1;
			}
			resp_sentences(c, r, a, b);
		}
	}
	if (r->n > 0)
		return;
	/* no section: the first list of two or more items before requirements */
	for (size_t k = 0; k < lo->nlines; k++)
	{
		const jr_line *ln = &lo->lines[k];
		jr_section_kind sec;

		if (ln->start < lo->header_end || ln->kind == JR_LINE_BLANK)
			continue;
		sec = jr_section_at(&lo->pt, ln->start);
		if (sec == JR_SEC_REQUIRED || sec == JR_SEC_PREFERRED ||
			sec == JR_SEC_SKILLS)
			break;
		if (ln->kind != JR_LINE_BULLET || ln->glued || sec != JR_SEC_OTHER)
			continue;
		if (k + 1 < lo->nlines && lo->lines[k + 1].kind == JR_LINE_BULLET)
		{
			for (; k < lo->nlines && lo->lines[k].kind == JR_LINE_BULLET; k++)
				resp_add(c, r, lo->lines[k].body, lo->lines[k].end);
			break;
		}
	}
}

/* ------------------------------------------------------------------------
 * Requirements (experience, education, pay): jr_requirements.h
 * ------------------------------------------------------------------------ */

/* Run the requirement extractors over the cleaned text. */
static jr_status
extract_requirements(pctx *c)
{
	jr_status	st;
	int			n;
	jr_req_scan *scan;

	/* headings and degree statements are scanned once for both */
	if ((st = jr_req_scan_build(&c->lo.pt, &scan, c->err)) != JR_OK)
		return st;
	st = jr_experience_extract_scan(&c->lo.pt, scan, &c->exp, c->err);
	if (st == JR_OK)
		st = jr_education_extract_scan(&c->lo.pt, scan, &c->edu, c->err);
	jr_req_scan_free(scan);
	if (st != JR_OK)
		return st;
	n = jr_salary_find_all(c->text, c->len, c->hits, MAX_SALARY_HITS, c->err);
	if (n < 0)
	{
		if (c->err->code != JR_ERR_LIMIT)
			return c->err->code;
		warn(c, "pay search stopped at a pattern limit: %s", c->err->message);
		jr_error_clear(c->err);
		n = 0;
	}
	if (n >= MAX_SALARY_HITS)
		warn(c, "only the first %d pay mentions were considered",
			 MAX_SALARY_HITS);
	c->nhits = n;
	return jr_pay_select(&c->lo.pt, c->hits, n, &c->pay, c->err);
}

/* ------------------------------------------------------------------------
 * JSON output
 * ------------------------------------------------------------------------ */

/* Append a key (with a leading comma unless first). */
static void
json_key(jr_buf *out, bool *first, const char *key)
{
	if (!*first)
		jr_buf_putc(out, ',');
	*first = false;
	jr_buf_json_string(out, key, strlen(key));
	jr_buf_putc(out, ':');
}

/* Append a NUL-terminated string as a JSON string. */
static void
json_str(jr_buf *out, const char *s)
{
	jr_buf_json_string(out, s, strlen(s));
}

/*
 * Split a field of study that is several run together ("computer
 * sciencestatistics") at the taxonomy names that tile it; otherwise keep it.
 */
static int
split_field(const pctx *c, jr_req_span f, jr_req_span *pieces, int max)
{
	jr_skill_hit *hits = NULL;
	size_t		nhits = 0;
	jr_error	err;
	int			n = 0;
	size_t		pos = f.start;
	bool		tiled = true;

	jr_error_clear(&err);
	if (jr_skills_extract(c->text + f.start, f.end - f.start, &hits, &nhits,
						  &err) == JR_OK && nhits >= 2 && (int) nhits <= max)
	{
		for (size_t h = 0; h < nhits && tiled; h++)
		{
			size_t		a = f.start + hits[h].start;

			for (; pos < a; pos++)
				if (c->text[pos] != ' ' && c->text[pos] != '-')
					tiled = false;
			pieces[n].start = a;
			pieces[n].end = f.start + hits[h].end;
			pos = pieces[n++].end;
		}
		for (; pos < f.end; pos++)
			if (c->text[pos] != ' ')
				tiled = false;
	}
	else
		tiled = false;
	jr_free(hits);
	if (!tiled)
	{
		pieces[0] = f;
		n = 1;
	}
	return n;
}

/*
 * Append "about": the fields of study of a degree ("in Computer Science or
 * Statistics"), each once, as the text names them.
 */
static void
write_fields_of_study(pctx *c, jr_buf *out, const jr_edu_item *it)
{
	jr_req_span all[JR_EDU_MAX_FIELDS * 4];
	int			nall = 0;
	int			written = 0;

	for (int f = 0; f < it->nfields && f < JR_EDU_MAX_FIELDS; f++)
	{
		if (it->fields[f].end <= it->fields[f].start ||
			it->fields[f].end > c->len)
			continue;
		nall += split_field(c, it->fields[f], all + nall, 4);
	}
	for (int f = 0; f < nall; f++)
	{
		size_t		a = all[f].start;
		size_t		n = all[f].end - a;
		bool		seen = false;

		for (int g = 0; g < f && !seen; g++)
		{
			const char *p = c->text + all[g].start;

			if (all[g].end - all[g].start != n)
				continue;
			seen = true;
			for (size_t i = 0; i < n && seen; i++)
				seen = lc(p[i]) == lc(c->text[a + i]);
		}
		if (seen)
			continue;
		jr_buf_puts(out, written++ == 0 ? ",\"about\":[" : ",");
		jr_buf_json_string(out, c->text + a, n);
	}
	if (written > 0)
		jr_buf_putc(out, ']');
}

/* Append an amount in cents as a JSON number in major units. */
static void
json_cents(jr_buf *out, int64_t cents)
{
	if (cents % 100 == 0)
		jr_buf_printf(out, "%lld", (long long) (cents / 100));
	else if (cents % 10 == 0)
		jr_buf_printf(out, "%lld.%lld", (long long) (cents / 100),
					  (long long) ((cents % 100) / 10));
	else
		jr_buf_printf(out, "%lld.%02lld", (long long) (cents / 100),
					  (long long) (cents % 100));
}

/* Append a MonetaryAmount for sal. */
static void
json_salary(jr_buf *out, const jr_salary *sal)
{
	bool		first = true;

	jr_buf_puts(out, "{\"currency\":");
	jr_buf_json_string(out, sal->currency, 3);
	jr_buf_puts(out, ",\"value\":{");
	if (!(sal->flags & JR_SAL_LO_INF))
	{
		json_key(out, &first, "minValue");
		json_cents(out, sal->lo);
	}
	if (!(sal->flags & JR_SAL_HI_INF))
	{
		json_key(out, &first, "maxValue");
		json_cents(out, sal->hi);
	}
	json_key(out, &first, "unitText");
	json_str(out, jr_period_name((jr_period) sal->period));
	jr_buf_puts(out, "}}");
}

/* The base pay chosen: JSON-LD first, then the text. */
static const jr_salary *
chosen_salary(const pctx *c)
{
	if (c->ld_salary)
		return &c->ld_sal;
	if (c->pay.chosen >= 0 && c->pay.chosen < c->pay.nitems)
		return &c->pay.items[c->pay.chosen].hit.salary;
	return NULL;
}

/* Byte offset to character offset mapping, for a sorted sweep. */
typedef struct offref
{
	size_t		byte;
	size_t	   *out;
} offref;

/* qsort comparator on byte offsets. */
static int
offref_cmp(const void *a, const void *b)
{
	size_t		x = ((const offref *) a)->byte;
	size_t		y = ((const offref *) b)->byte;

	return x < y ? -1 : x > y;
}

/* Append jobreq.evidence. */
static jr_status
write_evidence(pctx *c, jr_buf *out)
{
	size_t	   *chars;
	offref	   *refs;
	size_t		nrefs = (size_t) c->nev * 2;
	size_t		pos = 0;
	size_t		count = 0;
	const char *lastfield = NULL;
	bool		firstfield = true;

	chars = jr_calloc(nrefs + 1, sizeof(size_t));
	refs = jr_calloc(nrefs + 1, sizeof(offref));
	if (chars == NULL || refs == NULL)
	{
		jr_free(chars);
		jr_free(refs);
		return jr_error_set(c->err, JR_ERR_NOMEM, 0,
							"out of memory writing evidence");
	}
	for (int i = 0; i < c->nev; i++)
	{
		refs[2 * i].byte = c->ev[i].raw_start;
		refs[2 * i].out = &chars[2 * i];
		refs[2 * i + 1].byte = c->ev[i].raw_end;
		refs[2 * i + 1].out = &chars[2 * i + 1];
	}
	qsort(refs, nrefs, sizeof(offref), offref_cmp);
	for (size_t r = 0; r < nrefs; r++)
	{
		while (pos < refs[r].byte && pos < c->rawlen)
		{
			if (((unsigned char) c->src[pos] & 0xC0) != 0x80)
				count++;
			pos++;
		}
		*refs[r].out = count;
	}
	jr_free(refs);

	jr_buf_putc(out, '{');
	for (int i = 0; i < c->nev; i++)
	{
		/* entries of one field are adjacent (added together) */
		if (lastfield == NULL || strcmp(lastfield, c->ev[i].field) != 0)
		{
			bool		seen = false;

			for (int j = 0; j < i; j++)
				if (strcmp(c->ev[j].field, c->ev[i].field) == 0)
					seen = true;
			if (seen)
				continue;
			if (lastfield != NULL)
				jr_buf_putc(out, ']');
			json_key(out, &firstfield, c->ev[i].field);
			jr_buf_putc(out, '[');
			lastfield = c->ev[i].field;
			for (int j = i; j < c->nev; j++)
			{
				if (strcmp(c->ev[j].field, lastfield) != 0)
					continue;
				if (j != i)
					jr_buf_putc(out, ',');
				jr_buf_printf(out, "{\"start\":%zu,\"end\":%zu,\"text\":",
							  chars[2 * j], chars[2 * j + 1]);
				jr_buf_json_string(out, c->src + c->ev[j].raw_start,
								   c->ev[j].raw_end - c->ev[j].raw_start);
				jr_buf_putc(out, '}');
			}
		}
	}
	if (lastfield != NULL)
		jr_buf_putc(out, ']');
	jr_buf_putc(out, '}');
	jr_free(chars);
	return JR_OK;
}

/* Span of the text of a requirements span. */
static inline pspan
rspan(jr_req_span s)
{
	return tspan(s.start, s.end);
}

/* True when a pay label is only a pay word ("CTC", "Stipend"). */
static bool
pay_word_label(const char *s, size_t n)
{
	static const char *const words[] = {
		"ctc", "stipend", "pay", "salary", "base", "base pay", "base salary",
		"compensation", "rate", "wage", "wages", "earn", "earnings", "ote",
		"pay range", "salary range", "hourly rate", "pay rate", NULL};

	return word_in(s, 0, n, words);
}

/* True when a pay label names a place rather than a level. */
static bool
pay_label_is_place(pctx *c, jr_req_span sp)
{
	plocation	loc;
	bool		conf;

	if (sp.end <= sp.start || sp.end > c->len)
		return false;
	if (workplace_chip(c->text + sp.start, sp.end - sp.start) != WP_NONE)
		return true;
	return parse_place(c->text, sp.start, sp.end, &loc, &conf) && conf;
}

/* Write the whole document. */
static jr_status
write_json(pctx *c, const resp_list *r, jr_buf *out)
{
	bool		first = true;
	const jr_salary *sal = chosen_salary(c);
	jr_buf		tmp;

	jr_buf_init(&tmp);
	jr_buf_putc(out, '{');
	if (c->has_title && c->title_text.len > 0)
	{
		json_key(out, &first, "title");
		jr_buf_json_string(out, c->title_text.data, c->title_text.len);
		add_evidence(c, "title", c->title);
	}
	if (c->has_company && c->company_text.len > 0)
	{
		json_key(out, &first, "hiringOrganization");
		jr_buf_puts(out, "{\"name\":");
		jr_buf_json_string(out, c->company_text.data, c->company_text.len);
		jr_buf_putc(out, '}');
		add_evidence(c, "hiringOrganization", c->company);
	}
	if (c->nlocs > 0)
	{
		json_key(out, &first, "jobLocation");
		jr_buf_putc(out, '[');
		for (int k = 0; k < c->nlocs; k++)
		{
			bool		f2 = true;

			if (k > 0)
				jr_buf_putc(out, ',');
			jr_buf_puts(out, "{\"address\":{");
			if (c->locs[k].locality[0])
			{
				json_key(out, &f2, "addressLocality");
				json_str(out, c->locs[k].locality);
			}
			if (c->locs[k].region[0])
			{
				json_key(out, &f2, "addressRegion");
				json_str(out, c->locs[k].region);
			}
			if (c->locs[k].country[0])
			{
				json_key(out, &f2, "addressCountry");
				json_str(out, c->locs[k].country);
			}
			jr_buf_puts(out, "}}");
			add_evidence(c, "jobLocation", c->locs[k].span);
		}
		jr_buf_putc(out, ']');
	}
	if (c->workplace == WP_REMOTE)
	{
		json_key(out, &first, "jobLocationType");
		json_str(out, "TELECOMMUTE");
	}
	if (c->ntypes > 0)
	{
		json_key(out, &first, "employmentType");
		jr_buf_putc(out, '[');
		for (int k = 0; k < c->ntypes; k++)
		{
			if (k > 0)
				jr_buf_putc(out, ',');
			json_str(out, et_names[c->types[k]]);
		}
		jr_buf_putc(out, ']');
		add_evidence(c, "employmentType", c->type_span);
	}
	if (c->date[0])
	{
		json_key(out, &first, "datePosted");
		json_str(out, c->date);
		add_evidence(c, "datePosted", c->date_span);
	}
	if (c->ld_salary && c->pay.chosen >= 0 && c->pay.chosen < c->pay.nitems &&
		jr_salary_cmp(&c->ld_sal, &c->pay.items[c->pay.chosen].hit.salary) != 0)
	{
		jr_buf_truncate(&tmp, 0);
		jr_salary_format(&c->pay.items[c->pay.chosen].hit.salary, &tmp);
		warn(c, "the JSON-LD baseSalary differs from the pay the text states (%s); "
			 "the JSON-LD value is used", tmp.data ? tmp.data : "");
	}
	if (sal != NULL)
	{
		json_key(out, &first, "baseSalary");
		json_salary(out, sal);
		if (c->ld_salary)
			add_evidence(c, "baseSalary", c->ld_salary_span);
		else
		{
			const jr_salary_hit *h = &c->pay.items[c->pay.chosen].hit;

			add_evidence(c, "baseSalary", tspan(h->start, h->end));
		}
	}
	if (c->exp.state == JR_REQ_NONE)
	{
		json_key(out, &first, "experienceRequirements");
		json_str(out, "no requirements");
	}
	else if (c->exp.state == JR_REQ_STATED)
	{
		json_key(out, &first, "experienceRequirements");
		jr_buf_printf(out, "{\"monthsOfExperience\":%d", (int) c->exp.months);
		if (c->exp.max_months > c->exp.months)
			jr_buf_printf(out, ",\"maxMonthsOfExperience\":%d",
						  (int) c->exp.max_months);
		if (c->exp.nalternatives > 0)
		{
			jr_buf_puts(out, ",\"alternatives\":[");
			for (int k = 0; k < c->exp.nalternatives &&
				 k < JR_EXP_MAX_ALTERNATIVES; k++)
			{
				const jr_exp_alternative *alt = &c->exp.alternatives[k];

				if (k > 0)
					jr_buf_putc(out, ',');
				jr_buf_printf(out, "{\"monthsOfExperience\":%d", (int) alt->months);
				if (jr_edu_level_name(alt->level) != NULL)
				{
					jr_buf_puts(out, ",\"educationalLevel\":");
					json_str(out, jr_edu_level_name(alt->level));
				}
				jr_buf_putc(out, '}');
			}
			jr_buf_putc(out, ']');
		}
		jr_buf_putc(out, '}');
	}
	if (c->exp.state != JR_REQ_UNSTATED)
		for (int k = 0; k < c->exp.nspans && k < JR_REQ_MAX_SPANS; k++)
			add_evidence(c, "experienceRequirements", rspan(c->exp.spans[k]));
	if (c->edu.state == JR_REQ_NONE)
	{
		json_key(out, &first, "educationRequirements");
		json_str(out, "no requirements");
		add_evidence(c, "educationRequirements", rspan(c->edu.none_span));
	}
	else if (c->edu.state == JR_REQ_STATED && c->edu.nitems > 0)
	{
		int			written = 0;

		json_key(out, &first, "educationRequirements");
		jr_buf_putc(out, '[');
		for (int k = 0; k < c->edu.nitems && k < JR_EDU_MAX_ITEMS; k++)
		{
			const jr_edu_item *it = &c->edu.items[k];

			if (jr_edu_level_name(it->level) == NULL)
				continue;
			if (written++ > 0)
				jr_buf_putc(out, ',');
			jr_buf_puts(out, "{\"credentialCategory\":");
			json_str(out, jr_edu_credential_name(it->level));
			jr_buf_puts(out, ",\"educationalLevel\":");
			json_str(out, jr_edu_level_name(it->level));
			jr_buf_printf(out, ",\"required\":%s", it->required ? "true" : "false");
			write_fields_of_study(c, out, it);
			jr_buf_putc(out, '}');
			if (it->span.end > it->span.start)
				add_evidence(c, "educationRequirements", rspan(it->span));
		}
		jr_buf_putc(out, ']');
	}
	if (c->edu.experience_in_place)
	{
		json_key(out, &first, "experienceInPlaceOfEducation");
		jr_buf_puts(out, "true");
		add_evidence(c, "experienceInPlaceOfEducation",
					 rspan(c->edu.in_place_span));
	}
	if (c->nskills > 0)
	{
		json_key(out, &first, "skills");
		jr_buf_putc(out, '[');
		for (int k = 0; k < c->nskills; k++)
		{
			const char *name = jr_skill_name(c->skills[k].id);

			if (k > 0)
				jr_buf_putc(out, ',');
			jr_buf_puts(out, "{\"name\":");
			json_str(out, name ? name : "");
			jr_buf_printf(out, ",\"required\":%s",
						  c->skills[k].required ? "true" : "false");
			if (c->skills[k].group > 0)
				jr_buf_printf(out, ",\"group\":%d", c->skills[k].group);
#ifdef JR_POSTING_DEBUG
			/* development aid: where the first mention sits */
			if (c->skills[k].start != SIZE_MAX)
				jr_buf_printf(out, ",\"_section\":\"%s\"",
							  jr_section_kind_name(jr_section_at(&c->lo.pt,
																 c->skills[k].start)));
#endif
			jr_buf_putc(out, '}');
			if (c->skills[k].start == SIZE_MAX)
				add_evidence(c, "skills", ld_span(c, (int) c->skills[k].end));
			else
				add_evidence(c, "skills", tspan(c->skills[k].start,
												c->skills[k].end));
		}
		jr_buf_putc(out, ']');
	}
	if (r->n > 0)
	{
		json_key(out, &first, "responsibilities");
		jr_buf_putc(out, '[');
		for (int k = 0; k < r->n; k++)
		{
			if (k > 0)
				jr_buf_putc(out, ',');
			jr_buf_truncate(&tmp, 0);
			span_value(c, r->items[k], &tmp);
			jr_buf_json_string(out, tmp.data ? tmp.data : "", tmp.len);
			add_evidence(c, "responsibilities", r->items[k]);
		}
		jr_buf_putc(out, ']');
	}
	if (c->has_industry && c->industry_text.len > 0)
	{
		json_key(out, &first, "industry");
		jr_buf_json_string(out, c->industry_text.data, c->industry_text.len);
		add_evidence(c, "industry", c->industry);
	}

	/* jobreq: what schema.org has no place for */
	json_key(out, &first, "jobreq");
	{
		bool		f2 = true;

		jr_buf_putc(out, '{');
		json_key(out, &f2, "parserVersion");
		jr_buf_truncate(&tmp, 0);
		jr_buf_printf(&tmp, "%s/skills-%s", JR_PARSER_VERSION,
					  jr_skills_version());
		jr_buf_json_string(out, tmp.data, tmp.len);
		if (sal != NULL)
		{
			json_key(out, &f2, "salaryRange");
			jr_buf_truncate(&tmp, 0);
			jr_salary_format(sal, &tmp);
			jr_buf_json_string(out, tmp.data ? tmp.data : "", tmp.len);
		}
		if (c->pay.nitems > 0)
		{
			json_key(out, &f2, "salaries");
			jr_buf_putc(out, '[');
			for (int k = 0; k < c->pay.nitems && k < JR_PAY_MAX_ITEMS; k++)
			{
				const jr_pay_item *it = &c->pay.items[k];

				if (k > 0)
					jr_buf_putc(out, ',');
				jr_buf_puts(out, "{\"literal\":");
				jr_buf_truncate(&tmp, 0);
				jr_salary_format(&it->hit.salary, &tmp);
				jr_buf_json_string(out, tmp.data ? tmp.data : "", tmp.len);
				if (it->label.end > it->label.start && it->label.end <= c->len &&
					!pay_word_label(c->text + it->label.start,
									it->label.end - it->label.start))
				{
					jr_buf_puts(out, pay_label_is_place(c, it->label) ?
								",\"location\":" : ",\"level\":");
					jr_buf_truncate(&tmp, 0);
					span_value(c, rspan(it->label), &tmp);
					jr_buf_json_string(out, tmp.data ? tmp.data : "", tmp.len);
				}
				jr_buf_putc(out, '}');
				add_evidence(c, "salaries", tspan(it->hit.start, it->hit.end));
			}
			jr_buf_putc(out, ']');
		}
		if (c->workplace != WP_NONE)
		{
			json_key(out, &f2, "workplaceType");
			json_str(out, wp_names[c->workplace]);
			add_evidence(c, "workplaceType", c->workplace_span);
		}
		if (c->seniority != SN_NONE)
		{
			json_key(out, &f2, "seniority");
			json_str(out, sn_names[c->seniority]);
			add_evidence(c, "seniority", c->seniority_span);
		}
		if (c->ev_dropped)
			warn(c, "evidence kept for the first %d spans only", MAX_EVIDENCE);
		if (c->limit_hit)
			warn(c, "a pattern hit its match limit; part of the text was skipped");
		json_key(out, &f2, "warnings");
		jr_buf_putc(out, '[');
		for (int k = 0; k < c->nwarnings; k++)
		{
			if (k > 0)
				jr_buf_putc(out, ',');
			json_str(out, c->warnings[k]);
		}
		jr_buf_putc(out, ']');
		if (c->want_evidence)
		{
			jr_status	st;

			json_key(out, &f2, "evidence");
			if ((st = write_evidence(c, out)) != JR_OK)
			{
				jr_buf_free(&tmp);
				return st;
			}
		}
		jr_buf_putc(out, '}');
	}
	jr_buf_putc(out, '}');
	jr_buf_free(&tmp);
	if (out->failed || tmp.failed)
		return jr_error_set(c->err, JR_ERR_NOMEM, 0,
							"out of memory writing the posting document");
	return JR_OK;
}

/* ------------------------------------------------------------------------
 * Driver
 * ------------------------------------------------------------------------ */

/* Release everything a parse allocated. */
static void
pctx_free(pctx *c)
{
	for (int k = 0; k < MAX_STAGES; k++)
		jr_ctext_free(&c->stages[k]);
	jr_layout_free(&c->lo);
	jr_json_free(&c->ld);
	jr_free(c->scrubbed);
	jr_free(c->skills);
	jr_free(c->ev);
	jr_buf_free(&c->desc);
	jr_buf_free(&c->title_text);
	jr_buf_free(&c->company_text);
	jr_buf_free(&c->industry_text);
}

/* Text of the last cleaning stage. */
static void
set_final_text(pctx *c)
{
	jr_ctext   *last = &c->stages[c->nstages - 1];

	c->text = last->text.data ? last->text.data : "";
	c->len = last->text.data ? last->text.len : 0;
}

/* The stages before extraction: scrub, HTML, clean, unglue, layout. */
static jr_status
prepare(pctx *c)
{
	jr_status	st;
	jr_forced_span *forced = NULL;
	size_t		nforced = 0;

	c->src = c->raw;
	if (!jr_utf8_valid(c->raw, c->rawlen))
	{
		size_t		bad;

		c->scrubbed = jr_alloc(c->rawlen + 1);
		if (c->scrubbed == NULL)
			return jr_error_set(c->err, JR_ERR_NOMEM, 0,
								"out of memory copying the posting");
		memcpy(c->scrubbed, c->raw, c->rawlen);
		c->scrubbed[c->rawlen] = '\0';
		bad = jr_utf8_scrub(c->scrubbed, c->rawlen);
		warn(c, "%zu bytes of invalid UTF-8 (or NUL) read as '?'", bad);
		c->src = c->scrubbed;
	}
	c->is_html = jr_html_detect(c->src, c->rawlen);
	if (c->is_html)
	{
		st = jr_html_to_text(c->src, c->rawlen, &c->stages[0], &c->hinfo,
							 c->err);
		if (st != JR_OK)
			return st;
		c->nstages = 1;
		if (c->hinfo.unclosed_comment)
			warn(c, "an HTML comment is never closed; the text after it was ignored");
		if (c->hinfo.unclosed_tag)
			warn(c, "a '<' is never closed by '>'; it was read as text");
		if ((st = load_jsonld(c)) != JR_OK)
			return st;
		st = jr_layout_clean(c->stages[0].text.data ? c->stages[0].text.data : "",
							 c->stages[0].text.len, false, &c->stages[1], c->err);
		if (st != JR_OK)
			return st;
		c->nstages = 2;
	}
	else
	{
		st = jr_layout_clean(c->src, c->rawlen, true, &c->stages[0], c->err);
		if (st != JR_OK)
			return st;
		c->nstages = 1;
	}
	set_final_text(c);
	if ((st = jr_layout_build(c->text, c->len, NULL, 0, &c->lo, c->err)) != JR_OK)
		return st;
	if (c->lo.nglued > 0)
	{
		st = jr_layout_unglue(&c->lo, keep_skill_word, &c->stages[c->nstages],
							  &forced, &nforced, c->err);
		if (st != JR_OK)
			return st;
		if (c->stages[c->nstages].text.data != NULL)
		{
			c->nstages++;
			set_final_text(c);
			jr_layout_free(&c->lo);
			st = jr_layout_build(c->text, c->len, forced, nforced, &c->lo,
								 c->err);
		}
		jr_free(forced);
		if (st != JR_OK)
			return st;
	}
	return JR_OK;
}

/* Parse a posting into the JSON text of its document (see jr_posting.h). */
jr_status
jr_posting_parse(const char *raw, size_t len, bool evidence, jr_buf *json_out,
				 jr_error *err)
{
	pctx	   *c;
	jr_status	st;
	resp_list	resp;

	c = jr_calloc(1, sizeof(pctx));
	if (c == NULL)
		return jr_error_set(err, JR_ERR_NOMEM, 0,
							"out of memory parsing a posting");
	c->raw = raw ? raw : "";
	c->rawlen = raw ? len : 0;
	c->err = err;
	c->want_evidence = evidence;
	c->jp = -1;
	jr_buf_init(&c->desc);
	jr_buf_init(&c->title_text);
	jr_buf_init(&c->company_text);
	jr_buf_init(&c->industry_text);
	for (int k = 0; k < MAX_STAGES; k++)
		jr_ctext_init(&c->stages[k]);
	c->pay.chosen = -1;

	if ((st = prepare(c)) != JR_OK)
		goto done;
	if (c->len == 0)
		warn(c, "the posting has no text");

	extract_header(c);
	company_from_body(c);
	{
		const jr_label_value *lv;

		lv = &c->lo.labels[JR_LABEL_TITLE];
		if (lv->found)
			set_title(c, lv->start, lv->end);
		else if (c->is_html && c->hinfo.has_h1 && c->nstages >= 2)
		{
			/* the <h1> span is in stage 0; find it in the cleaned text */
			size_t		a = c->hinfo.h1.start;
			size_t		b = c->hinfo.h1.end;

			for (size_t li = 0; li < c->lo.nlines; li++)
			{
				const jr_line *ln = &c->lo.lines[li];
				size_t		rs;
				size_t		re;

				span_to_raw(c, tspan(ln->start, ln->end), &rs, &re);
				if (ln->kind != JR_LINE_BLANK &&
					rs >= jr_ctext_src_start(&c->stages[0], a) &&
					re <= jr_ctext_src_end(&c->stages[0], b) + 1)
				{
					set_title(c, ln->start, ln->end);
					break;
				}
			}
		}
		lv = &c->lo.labels[JR_LABEL_COMPANY];
		if (lv->found)
			set_company(c, lv->start, lv->end);
		lv = &c->lo.labels[JR_LABEL_LOCATION];
		if (lv->found)
		{
			int			saved = c->nlocs;

			plocation	keep[MAX_LOCATIONS];

			/* a label wins over the header, unless only the header is clear */
			memcpy(keep, c->locs, sizeof(keep));
			c->nlocs = 0;
			if (parse_locations(c, lv->start, lv->end, saved > 0) == 0)
			{
				memcpy(c->locs, keep, sizeof(keep));
				c->nlocs = saved;
			}
		}
	}
	{
		/* a date label first, then "Posted ..." anywhere (in the scan) */
		const jr_label_value *lv = &c->lo.labels[JR_LABEL_DATE];

		if (lv->found)
			st = each_match(c, &date_re,
							utf8_floor(c->text, lv->start > 40 ? lv->start - 40 : 0, 0),
							lv->end, date_match, NULL);
		if (st != JR_OK)
			goto done;
	}
	if ((st = scan_text_keywords(c)) != JR_OK)
		goto done;
	if ((st = extract_types(c)) != JR_OK)
		goto done;
	if ((st = extract_workplace(c)) != JR_OK)
		goto done;
	extract_industry(c);
	if ((st = extract_requirements(c)) != JR_OK)
		goto done;
	if ((st = extract_skills(c)) != JR_OK)
		goto done;
	apply_jsonld(c);
	apply_jsonld_skills(c);
	extract_seniority(c);
	if (c->seniority == SN_NONE && c->exp.state == JR_REQ_NONE)
		c->seniority = SN_ENTRY;	/* "no experience necessary" */
	extract_responsibilities(c, &resp);
	if (resp.truncated)
		warn(c, "only the first %d responsibilities were kept",
			 JR_POSTING_MAX_RESPONSIBILITIES);
	st = write_json(c, &resp, json_out);

done:
	pctx_free(c);
	jr_free(c);
	return st;
}
