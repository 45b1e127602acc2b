/*
 * jr_requirements.c
 *		Experience, education and base-pay extractors (see jr_requirements.h
 *		and README.md, "How requirements are read").
 *
 * Everything here is a hand-written scanner: the text is walked once, and
 * each interesting token (a number followed by "years", a degree name, a pay
 * mention) is judged by looking at a bounded window around it, the clause
 * it sits in (text between line breaks, semicolons, bullets and sentence
 * ends, at most CLAUSE_MAX bytes either side).  The number of tokens judged
 * is capped, so the cost is linear in the input whatever it holds.
 */
#include "jr_requirements.h"

#include <stdint.h>
#include <string.h>

/* How far a clause may reach either side of a token, in bytes. */
#define CLAUSE_MAX 260

/* Poll the interrupt hook once per this many bytes scanned. */
#define INTERRUPT_STRIDE 65536

/* Caps on tokens judged per posting: keeps adversarial input linear. */
#define EXP_MAX_AMOUNTS 512
#define EXP_MAX_CANDS 64
#define EDU_MAX_MENTIONS 128
#define EDU_MAX_GROUPS 64
#define CUE_MAX_HITS 256		/* cue words examined by whole-text searches */

/* Largest number of years that can be a requirement (older is company age). */
#define EXP_MAX_YEARS 20

/* ------------------------------------------------------------------------
 * Text helpers.  Letters and digits are ASCII; bytes >= 0x80 count as
 * punctuation for word boundaries (curly quotes, bullets, dashes).
 * ------------------------------------------------------------------------ */

/* ASCII lower case of a byte. */
static inline unsigned char
lower(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') ? (unsigned char) (c + 32) : c;
}

/* True for an ASCII letter. */
static inline bool
is_alpha(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* True for an ASCII digit. */
static inline bool
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* True for an ASCII letter or digit. */
static inline bool
is_alnum(unsigned char c)
{
	return is_alpha(c) || is_digit(c);
}

/* True for an ASCII upper-case letter. */
static inline bool
is_upper(unsigned char c)
{
	return c >= 'A' && c <= 'Z';
}

/* True for horizontal white space, including a UTF-8 no-break space. */
static inline bool
is_hspace_at(const char *t, size_t len, size_t i)
{
	unsigned char c = (unsigned char) t[i];

	if (c == ' ' || c == '\t' || c == '\r')
		return true;
	return c == 0xC2 && i + 1 < len && (unsigned char) t[i + 1] == 0xA0;
}

static bool word_in(const char *t, size_t ws, size_t we,
					const char *const *words);

/* Skip horizontal white space (and NBSP) from i. */
static size_t
skip_hspace(const char *t, size_t len, size_t i)
{
	while (i < len && is_hspace_at(t, len, i))
		i += ((unsigned char) t[i] == 0xC2) ? 2 : 1;
	return i;
}

/* Skip all white space, line breaks included, from i. */
static size_t
skip_space(const char *t, size_t len, size_t i)
{
	while (i < len)
	{
		if (t[i] == '\n')
			i++;
		else if (is_hspace_at(t, len, i))
			i += ((unsigned char) t[i] == 0xC2) ? 2 : 1;
		else
			break;
	}
	return i;
}

/*
 * Case-insensitive: does t[pos..] start with w?  Compares as it goes, so a
 * mismatch on the first byte costs no more than one comparison.
 */
static inline bool
starts_ci(const char *t, size_t len, size_t pos, const char *w)
{
	size_t		k;

	if (pos > len)
		return false;
	for (k = 0; w[k] != '\0'; k++)
		if (pos + k >= len ||
			lower((unsigned char) t[pos + k]) != (unsigned char) w[k])
			return false;
	return true;
}

/* True when pos is at a word start (no letter or digit just before). */
static inline bool
word_start(const char *t, size_t pos)
{
	return pos == 0 || !is_alnum((unsigned char) t[pos - 1]);
}

/* True when pos is at a word end (no letter or digit at pos). */
static inline bool
word_end(const char *t, size_t len, size_t pos)
{
	return pos >= len || !is_alnum((unsigned char) t[pos]);
}

/* True for an ASCII lower-case letter. */
static inline bool
is_lower(unsigned char c)
{
	return c >= 'a' && c <= 'z';
}

/*
 * True when list items run together at capital i (camel_break_at, after
 * its cheap test): an all-lower-case word of three
 * or more letters glued to a capitalized word ("solutionsBachelor's",
 * "experienceAbility").  Product names ("JavaScript", "iPhone") start with
 * a capital or have a one-letter head, so they do not match.
 */
static bool
camel_break_before(const char *t, size_t i)
{
	size_t		j = i;
	size_t		n = 0;

	while (j > 0 && is_lower((unsigned char) t[j - 1]))
	{
		j--;
		n++;
	}
	if (n >= 3 && (j == 0 || !is_alpha((unsigned char) t[j - 1])))
		return true;
	/* "EngineeringDesired": a long capitalized word glued to the next */
	return n >= 7 && j > 0 && is_upper((unsigned char) t[j - 1]) &&
		(j == 1 || !is_alpha((unsigned char) t[j - 2]));
}

/* camel_break_at's cheap test first: a capital before a lower-case letter. */
static inline bool
camel_break_at(const char *t, size_t len, size_t i)
{
	if (i < 3 || i + 1 >= len || !is_upper((unsigned char) t[i]) ||
		!is_lower((unsigned char) t[i + 1]))
		return false;
	return camel_break_before(t, i);
}

/*
 * Case-insensitive whole-word match of w (lower case) at pos.  A change
 * from lower to upper case also separates words, as in text whose lines
 * were run together ("preferredAccomplished", "therapyMaster's").
 */
static bool
word_at(const char *t, size_t len, size_t pos, const char *w)
{
	size_t		e;

	if (!starts_ci(t, len, pos, w))
		return false;
	e = pos + strlen(w);
	if (!word_start(t, pos) && !camel_break_at(t, len, pos))
		return false;
	return word_end(t, len, e) || camel_break_at(t, len, e) ||
		(e < len && is_digit((unsigned char) t[e]) && e - pos >= 4 &&
		 is_alpha((unsigned char) t[e - 1]));
}

/* Position of the first whole-word w in [from, to), or SIZE_MAX. */
static size_t
find_word(const char *t, size_t len, size_t from, size_t to, const char *w)
{
	size_t		n = strlen(w);
	size_t		i;

	if (to > len)
		to = len;
	for (i = from; i + n <= to; i++)
		if (lower((unsigned char) t[i]) == (unsigned char) w[0] &&
			word_at(t, len, i, w))
			return i;
	return SIZE_MAX;
}

/* Position of the last whole-word w starting in [from, to), or SIZE_MAX. */
static size_t
find_word_last(const char *t, size_t len, size_t from, size_t to,
			   const char *w)
{
	size_t		n = strlen(w);
	size_t		i;

	if (to > len)
		to = len;
	if (to < from + n)
		return SIZE_MAX;
	for (i = to - n + 1; i-- > from;)
		if (lower((unsigned char) t[i]) == (unsigned char) w[0] &&
			word_at(t, len, i, w))
			return i;
	return SIZE_MAX;
}

/* The set of first bytes of a NULL-terminated word list, as 256 bits. */
typedef struct first_bytes
{
	uint64_t	bits[4];
} first_bytes;

/* Fill fb with the first bytes of words. */
static inline void
first_bytes_of(const char *const *words, first_bytes *fb)
{
	int			k;

	memset(fb, 0, sizeof(*fb));
	for (k = 0; words[k] != NULL; k++)
	{
		unsigned char c = (unsigned char) words[k][0];

		fb->bits[c >> 6] |= (uint64_t) 1 << (c & 63);
	}
}

/* True when byte c is in fb. */
static inline bool
first_bytes_has(const first_bytes *fb, unsigned char c)
{
	return (fb->bits[c >> 6] >> (c & 63)) & 1;
}

/*
 * True when the list word at i could match there: its byte (lower case)
 * starts a listed word, and i starts a word or a run-together capitalized
 * one (word_at accepts nothing else).
 */
static inline bool
any_word_may_start(const char *t, size_t i, const first_bytes *fb)
{
	unsigned char raw = (unsigned char) t[i];

	if (!is_alnum(raw) || !first_bytes_has(fb, lower(raw)))
		return false;
	return word_start(t, i) || is_upper(raw);
}

/* True when w's second byte (if any) matches t[i + 1], ignoring case. */
static inline bool
second_byte_fits(const char *t, size_t len, size_t i, const char *w)
{
	return w[1] == '\0' ||
		(i + 1 < len && lower((unsigned char) t[i + 1]) == (unsigned char) w[1]);
}

/*
 * First of a NULL-terminated list of words found in [from, to): the
 * leftmost, and on a tie the earliest listed.  Scans position by position,
 * so a caller that resumes after each hit stays linear in the text.
 */
static size_t
find_any_word(const char *t, size_t len, size_t from, size_t to,
			  const char *const *words, int *which)
{
	size_t		i;
	int			k;
	first_bytes fb;

	if (to > len)
		to = len;
	if (from >= to)
		return SIZE_MAX;
	first_bytes_of(words, &fb);
	for (i = from; i < to; i++)
	{
		unsigned char c;

		if (!any_word_may_start(t, i, &fb))
			continue;
		c = lower((unsigned char) t[i]);
		for (k = 0; words[k] != NULL; k++)
			if ((unsigned char) words[k][0] == c &&
				second_byte_fits(t, len, i, words[k]) &&
				i + strlen(words[k]) <= to && word_at(t, len, i, words[k]))
			{
				if (which)
					*which = k;
				return i;
			}
	}
	return SIZE_MAX;
}

/* Last of a NULL-terminated list of words starting in [from, to). */
static size_t
find_any_word_last(const char *t, size_t len, size_t from, size_t to,
				   const char *const *words, int *which)
{
	size_t		i;
	int			k;
	first_bytes fb;

	if (to > len)
		to = len;
	if (from >= to)
		return SIZE_MAX;
	first_bytes_of(words, &fb);
	for (i = to; i-- > from;)
	{
		unsigned char c;

		if (!any_word_may_start(t, i, &fb))
			continue;
		c = lower((unsigned char) t[i]);
		for (k = 0; words[k] != NULL; k++)
			if ((unsigned char) words[k][0] == c &&
				second_byte_fits(t, len, i, words[k]) &&
				i + strlen(words[k]) <= to && word_at(t, len, i, words[k]))
			{
				if (which)
					*which = k;
				return i;
			}
	}
	return SIZE_MAX;
}

/* Case-insensitive substring search of s (lower case) in [from, to). */
static size_t
find_sub(const char *t, size_t len, size_t from, size_t to, const char *s)
{
	size_t		n = strlen(s);
	size_t		i;

	if (to > len)
		to = len;
	for (i = from; i + n <= to; i++)
		if (starts_ci(t, len, i, s))
			return i;
	return SIZE_MAX;
}

/* Length in bytes of an apostrophe at i (', `, ’ or mis-decoded â€™). */
static size_t
apostrophe_len(const char *t, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *) t;

	if (i < len && (t[i] == '\'' || t[i] == '`'))
		return 1;
	if (i + 2 < len && u[i] == 0xE2 && u[i + 1] == 0x80 && u[i + 2] == 0x99)
		return 3;
	if (i + 7 < len && u[i] == 0xC3 && u[i + 1] == 0xA2 && u[i + 2] == 0xE2 &&
		u[i + 3] == 0x82 && u[i + 4] == 0xAC && u[i + 5] == 0xE2 &&
		u[i + 6] == 0x84 && u[i + 7] == 0xA2)
		return 8;
	return 0;
}

/* Skip a possessive or plural ending ("'s", "’s", "s", "s'") at i. */
static size_t
skip_possessive(const char *t, size_t len, size_t i)
{
	size_t		a = apostrophe_len(t, len, i);

	if (a > 0)
	{
		if (i + a < len && lower((unsigned char) t[i + a]) == 's' &&
			word_end(t, len, i + a + 1))
			return i + a + 1;
		return i + a;
	}
	if (i < len && lower((unsigned char) t[i]) == 's' && word_end(t, len, i + 1))
		return i + 1 + apostrophe_len(t, len, i + 1);
	return i;
}

/* Byte length of a bullet character starting at i (0 when none). */
static size_t
bullet_len(const char *t, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *) t;

	if (i >= len)
		return 0;
	if (u[i] == '*' && i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t') &&
		i + 1 < len && t[i + 1] == ' ')
		return 1;				/* " * " bullets of a flattened list */
	if (u[i] < 0xC2)
		return 0;				/* every bullet below starts higher */
	if (i + 1 < len && u[i] == 0xC2 && u[i + 1] == 0xB7)
		return 2;				/* · */
	if (i + 2 < len && u[i] == 0xE2 && u[i + 1] == 0x80 && u[i + 2] == 0xA2)
		return 3;				/* • */
	if (i + 2 < len && u[i] == 0xE2 && (u[i + 1] == 0x97 || u[i + 1] == 0x96) &&
		(u[i + 2] == 0x8F || u[i + 2] == 0xAA || u[i + 2] == 0xA6 ||
		 u[i + 2] == 0xBA))
		return 3;				/* ● ▪ ◦ ► */
	if (i + 2 < len && u[i] == 0xEF && u[i + 1] == 0x82 && u[i + 2] == 0xB7)
		return 3;				/* Symbol-font bullet */
	if (i + 3 < len && u[i] == 0xE2 && u[i + 1] == 0x82 && u[i + 2] == 0xAC &&
		u[i + 3] == 0xC2)
		return 5;				/* mis-decoded bullet "€¢" */
	return 0;
}

/*
 * True when the '.', '?' or '!' at i ends a sentence.  A period after one or
 * two letters is taken as part of an abbreviation (B.S., Ph.D., e.g.) and a
 * period between digits as a decimal point.
 */
static bool
sentence_end_at(const char *t, size_t len, size_t i)
{
	size_t		n = 0;
	size_t		j = i;

	if (t[i] == '?' || t[i] == '!')
		return true;
	if (t[i] != '.')
		return false;
	if (i > 0 && is_digit((unsigned char) t[i - 1]) && i + 1 < len &&
		is_digit((unsigned char) t[i + 1]))
		return false;
	while (j > 0 && is_alpha((unsigned char) t[j - 1]) && n < 3)
	{
		j--;
		n++;
	}
	if (n >= 3)
	{
		static const char *const abbrevs[] = {
			"exp", "approx", "min", "max", "incl", "yrs", "req", "reqs",
			"pref", "dept", "mgr", "mgmt", "asst", "assoc", "govt", "corp",
			NULL
		};
		size_t		ws = i;

		while (ws > 0 && is_alpha((unsigned char) t[ws - 1]))
			ws--;
		return !word_in(t, ws, i, abbrevs);
	}
	if (n > 0 && j > 0 && is_digit((unsigned char) t[j - 1]))
		return true;			/* "11g and 12c." is no abbreviation */
	if (n == 0)
		return i + 1 >= len || t[i + 1] == ' ' || t[i + 1] == '\n' ||
			is_upper((unsigned char) t[i + 1]);
	/* one or two letters: an abbreviation unless a new sentence follows */
	return j > 0 && t[j - 1] == ' ' && i + 2 < len && t[i + 1] == ' ' &&
		is_upper((unsigned char) t[i + 2]) &&
		!(i + 3 < len && t[i + 3] == '.');
}

/* Length of a clause boundary at i: line break, ';', bullet, sentence end. */
static size_t
boundary_len(const char *t, size_t len, size_t i)
{
	if (t[i] == '\n' || t[i] == ';' || t[i] == '|')
		return 1;
	if (t[i] == '.' || t[i] == '?' || t[i] == '!')
		return sentence_end_at(t, len, i) ? 1 : 0;
	return bullet_len(t, len, i);
}

/* Start of the clause holding pos (at most CLAUSE_MAX bytes back). */
static size_t
clause_start(const char *t, size_t len, size_t pos)
{
	size_t		lim = pos > CLAUSE_MAX ? pos - CLAUSE_MAX : 0;
	size_t		j = pos;

	while (j > lim)
	{
		size_t		b = boundary_len(t, len, j - 1);

		/* multi-byte bullets: test the sequences ending at j */
		if (b == 0 && j >= 2)
			b = bullet_len(t, len, j - 2) == 2 ? 2 : 0;
		if (b == 0 && j >= 3)
			b = bullet_len(t, len, j - 3) == 3 ? 3 : 0;
		if (b == 0 && j >= 5)
			b = bullet_len(t, len, j - 5) == 5 ? 5 : 0;
		if (b > 0 || (j < len && is_upper((unsigned char) t[j]) &&
					   camel_break_at(t, len, j)))
			return j;
		j--;
	}
	return lim;
}

/* End of the clause holding pos (at most CLAUSE_MAX bytes on). */
static size_t
clause_end(const char *t, size_t len, size_t pos)
{
	size_t		lim = (len - pos > CLAUSE_MAX) ? pos + CLAUSE_MAX : len;
	size_t		j;

	for (j = pos; j < lim; j++)
		if (boundary_len(t, len, j) > 0 ||
			(j > pos && is_upper((unsigned char) t[j]) &&
			 camel_break_at(t, len, j)))
			return j;
	return lim;
}

/* Kind of the section holding pos (binary search; OTHER when none). */
static jr_section_kind
section_kind(const jr_posting_text *pt, size_t pos)
{
	int			lo = 0;
	int			hi = pt->nsections - 1;

	while (lo <= hi)
	{
		int			mid = lo + (hi - lo) / 2;
		const jr_section *s = &pt->sections[mid];

		if (pos < s->start)
			hi = mid - 1;
		else if (pos >= s->end)
			lo = mid + 1;
		else
			return s->kind;
	}
	return JR_SEC_OTHER;
}

/* Index of the section holding pos (binary search), or -1. */
static int
section_index(const jr_posting_text *pt, size_t pos)
{
	int			lo = 0;
	int			hi = pt->nsections - 1;

	while (lo <= hi)
	{
		int			mid = lo + (hi - lo) / 2;
		const jr_section *s = &pt->sections[mid];

		if (pos < s->start)
			hi = mid - 1;
		else if (pos >= s->end)
			lo = mid + 1;
		else
			return mid;
	}
	return -1;
}

/* Sections whose text never states the job's requirements. */
static bool
section_is_foreign(jr_section_kind kind)
{
	return kind == JR_SEC_ABOUT_COMPANY || kind == JR_SEC_BENEFITS ||
		kind == JR_SEC_LEGAL || kind == JR_SEC_COMPENSATION;
}

/* Start of the word ending at or before pos (skipping non-letters). */
static size_t
prev_word(const char *t, size_t from, size_t pos, size_t *wend)
{
	size_t		j = pos;

	while (j > from && !is_alnum((unsigned char) t[j - 1]))
		j--;
	*wend = j;
	while (j > from && is_alnum((unsigned char) t[j - 1]))
		j--;
	return j;
}

/* True when the word in [ws, we) equals w (lower case). */
static bool
word_is(const char *t, size_t ws, size_t we, const char *w)
{
	size_t		n = strlen(w);
	size_t		k;

	if (we - ws != n)
		return false;
	for (k = 0; k < n; k++)
		if (lower((unsigned char) t[ws + k]) != (unsigned char) w[k])
			return false;
	return true;
}

/* True when the word in [ws, we) is one of a NULL-terminated list. */
static bool
word_in(const char *t, size_t ws, size_t we, const char *const *words)
{
	int			k;

	for (k = 0; words[k] != NULL; k++)
		if (word_is(t, ws, we, words[k]))
			return true;
	return false;
}

/* True when the word at i is one of words (after horizontal space). */
static bool
next_word_in(const char *t, size_t len, size_t i, const char *const *words)
{
	size_t		j = skip_hspace(t, len, i);
	int			k;

	for (k = 0; words[k] != NULL; k++)
	{
		size_t		e = j + strlen(words[k]);

		/* it may run into the next: "OfficeExcellent", "Exchange2010" */
		if (starts_ci(t, len, j, words[k]) && word_start(t, j) &&
			(e >= len || !is_lower((unsigned char) t[e])))
			return true;
	}
	return false;
}

/* True when [from, to) holds an ASCII letter. */
static bool
has_letter(const char *t, size_t from, size_t to)
{
	size_t		i;

	for (i = from; i < to; i++)
		if (is_alpha((unsigned char) t[i]))
			return true;
	return false;
}

/* True when [from, to) holds more than spaces (":", a line break ...). */
static bool
has_separator(const char *t, size_t from, size_t to)
{
	size_t		i;

	for (i = from; i < to; i++)
		if (t[i] != ' ' && t[i] != '\t')
			return true;
	return false;
}

/* Keep an interrupt poll every INTERRUPT_STRIDE bytes of progress. */
static bool
poll_interrupt(size_t pos, size_t *next_poll)
{
	if (pos < *next_poll)
		return false;
	*next_poll = pos + INTERRUPT_STRIDE;
	return jr_interrupted();
}

/* ------------------------------------------------------------------------
 * Headings inside paragraphs.  The layout stage finds most headings; these
 * marks catch the ones run into the text ("Unix.Preferred Qualifications*
 * Experience in ..."), so that what follows a Preferred heading is
 * preferred and what follows a Requirements heading is required, up to the
 * end of the layout section.
 * ------------------------------------------------------------------------ */

#define MAX_HEADING_MARKS 64

typedef struct heading_marks
{
	int			n;
	size_t		pos[MAX_HEADING_MARKS];
	bool		preferred[MAX_HEADING_MARKS];
} heading_marks;

/* Headings that open a list of wishes, longest first per first word. */
static const char *const pref_heading_phrases[] = {
	"preferred qualifications", "preferred qualification",
	"preferred skills and experience", "preferred skills",
	"preferred experience", "preferred requirements", "preferred education",
	"preferred", "nice to haves", "nice to have", "nice-to-haves",
	"nice-to-have", "good to have", "great to have",
	"what would be great to have", "would be great to have", "bonus points",
	"bonus", "pluses", "plus", "desired qualifications", "desired skills",
	"desired experience", "desired", "ideal qualifications",
	"optional qualifications", "extra credit", "we prefer", "we'd prefer",
	"we would prefer", "ideally", "good to haves", NULL
};

/* Headings that open a list of requirements. */
static const char *const req_heading_phrases[] = {
	"required qualifications", "basic qualifications",
	"minimum qualifications", "minimum requirements", "required skills",
	"required experience", "requirements", "required", "must haves",
	"must have", "must-haves", "must-have", "qualifications",
	"job qualifications", "job requirements", "position requirements",
	"basic hiring criteria", "hiring criteria", "minimum education",
	"education requirements", "education and experience", "education",
	"experience requirements", NULL
};

/*
 * The heading phrases of both lists by first letter, in list order: index
 * k of pref_heading_phrases as k + 1, of req_heading_phrases as -(k + 1),
 * each letter's run ended by 0.  Built once per process.
 */
#define HEADING_PER_LETTER 24
static signed char heading_by_letter[26][HEADING_PER_LETTER];
static bool heading_by_letter_built = false;

/* Fill heading_by_letter (preferred phrases first, as they are tried). */
static void
build_heading_by_letter(void)
{
	int			pass;
	int			fill[26];

	memset(fill, 0, sizeof(fill));
	memset(heading_by_letter, 0, sizeof(heading_by_letter));
	for (pass = 0; pass < 2; pass++)
	{
		const char *const *list = pass == 0 ? pref_heading_phrases
			: req_heading_phrases;
		int			k;

		for (k = 0; list[k] != NULL; k++)
		{
			int			c = list[k][0] - 'a';

			/* every phrase starts with a lower-case letter */
			if (c < 0 || c >= 26 || fill[c] >= HEADING_PER_LETTER - 1)
				continue;
			heading_by_letter[c][fill[c]++] =
				(signed char) (pass == 0 ? k + 1 : -(k + 1));
		}
	}
	heading_by_letter_built = true;
}

/* True when the text before pos can start a heading. */
static bool
heading_starts_at(const char *t, size_t len, size_t pos)
{
	size_t		j = pos;

	if (camel_break_at(t, len, pos))
		return true;
	while (j > 0 && (t[j - 1] == ' ' || t[j - 1] == '\t'))
		j--;
	if (j == 0)
		return true;
	if (strchr("\n.:;|*)-", t[j - 1]) != NULL)
		return true;
	return (j >= 2 && bullet_len(t, len, j - 2) == 2) ||
		(j >= 3 && bullet_len(t, len, j - 3) == 3);
}

/* True when the text after end can end a heading. */
static bool
heading_ends_at(const char *t, size_t len, size_t end)
{
	size_t		j = skip_hspace(t, len, end);

	if (j >= len)
		return true;
	if (strchr(":\n*|-", t[j]) != NULL || bullet_len(t, len, j) > 0)
		return true;
	/* glued to the first item: "Preferred QualificationsExperience" */
	return j == end && is_upper((unsigned char) t[j]);
}

/* Find the headings that stand inside paragraphs. */
static void
find_heading_marks(const jr_posting_text *pt, heading_marks *hm)
{
	const char *t = pt->text;
	size_t		len = pt->len;
	size_t		i = 0;

	hm->n = 0;
	if (!heading_by_letter_built)
		build_heading_by_letter();
	while (i < len && hm->n < MAX_HEADING_MARKS)
	{
		unsigned char c = lower((unsigned char) t[i]);
		const signed char *r;
		size_t		matched = 0;

		/* a letter that starts a phrase, at a word start or camel break */
		if (!is_alpha((unsigned char) t[i]) ||
			heading_by_letter[c - 'a'][0] == 0 ||
			!(word_start(t, i) || camel_break_at(t, len, i)))
		{
			i++;
			continue;
		}
		for (r = heading_by_letter[c - 'a']; *r != 0; r++)
		{
			bool		preferred = *r > 0;
			const char *w = preferred ? pref_heading_phrases[*r - 1]
				: req_heading_phrases[-*r - 1];
			size_t		e;

			if (!second_byte_fits(t, len, i, w) || !starts_ci(t, len, i, w))
				continue;
			e = i + strlen(w);
			if ((word_end(t, len, e) || camel_break_at(t, len, e) ||
				 (e < len && is_upper((unsigned char) t[e]))) &&
				heading_starts_at(t, len, i) && heading_ends_at(t, len, e))
			{
				hm->pos[hm->n] = i;
				hm->preferred[hm->n] = preferred;
				hm->n++;
				matched = e;
				break;
			}
		}
		if (matched > 0)
			i = matched;
		else
			while (i < len && is_alpha((unsigned char) t[i]))
				i++;
	}
}

/* A company blurb is short: text this far into an About section is not. */
#define ABOUT_MAX_BYTES 1500

/*
 * Section kind at pos, corrected by the nearest heading mark before it in
 * the same layout section (a Requirements heading inside a run-on About
 * section starts requirements).  The header keeps its kind.
 */
static jr_section_kind
effective_kind(const jr_posting_text *pt, const heading_marks *hm, size_t pos)
{
	int			si = section_index(pt, pos);
	jr_section_kind kind = si >= 0 ? pt->sections[si].kind : JR_SEC_OTHER;
	size_t		sstart = si >= 0 ? pt->sections[si].start : 0;
	int			k;

	if (kind == JR_SEC_HEADER || hm == NULL)
		return kind;
	if (kind == JR_SEC_ABOUT_COMPANY && pos - sstart > ABOUT_MAX_BYTES)
		kind = JR_SEC_OTHER;
	for (k = hm->n - 1; k >= 0; k--)
	{
		if (hm->pos[k] >= pos)
			continue;
		if (hm->pos[k] < sstart)
			break;
		return hm->preferred[k] ? JR_SEC_PREFERRED : JR_SEC_REQUIRED;
	}
	return kind;
}

/* ------------------------------------------------------------------------
 * Markers of required and preferred, shared by experience and education.
 * ------------------------------------------------------------------------ */

/* Words after a marker that make it a heading ("Desired Qualifications"). */
static const char *const marker_heading_words[] = {
	"qualifications", "qualification", "skills", "requirements",
	"experience", "experiences", "knowledge", NULL
};

/*
 * True when a marker word at [pm, after) heads the next block instead of
 * qualifying what precedes it: "Desired Qualifications:", "Preferred:",
 * "... of IT experience Preferred • At least 2 years".
 */
static bool
marker_is_heading(const char *t, size_t len, size_t pm, size_t after)
{
	size_t		j = skip_hspace(t, len, after);

	if (j < len && t[j] == ':')
		return true;
	if (next_word_in(t, len, after, marker_heading_words))
		return true;
	return is_upper((unsigned char) t[pm]) && j < len &&
		(t[j] == '*' || t[j] == '-' || bullet_len(t, len, j) > 0);
}

static const char *const preferred_after_words[] = {
	"preferred", "preferable", "nice to have", "nice-to-have", "desired",
	"desirable", "ideally", "a plus", "big plus", "huge plus", "is plus",
	"strong plus", "added plus", "an advantage", "advantageous",
	"a bonus", "bonus", "helpful", "beneficial", "not required",
	"not necessary", "not mandatory", "optional", "welcome", "welcomed",
	"appreciated", "favorable", "favourable", "an asset", "encouraged",
	"recommended", "great to have", "good to have", "would be great",
	"would be a plus", "is a benefit", "added benefit", "valued",
	"highly valued", "not a requirement",
	"not an absolute requirement", "not mandatory", NULL
};

static const char *const required_after_words[] = {
	"required", "requirement", "must", "mandatory", "minimum", "necessary",
	"needed", "essential", "is a must", NULL
};

static const char *const preferred_before_words[] = {
	"preferred", "preferably", "ideally", "nice to have", "nice-to-have",
	"bonus", "pluses", "desired", "desirable", "bonus points",
	"great to have", "good to have", "optional", NULL
};

static const char *const required_before_words[] = {
	"required", "requires", "require", "minimum", "must", "mandatory",
	"need", "needs", NULL
};

/*
 * Judge the markers around a token: +1 preferred, -1 required, 2 negated
 * ("not required"), 0 none.  The
 * first marker after the token wins ("a plus but not required" is
 * preferred); otherwise the nearest one before it.
 */
static int
marker_around(const char *t, size_t len, size_t bfrom, size_t bto,
			  size_t afrom, size_t ato)
{
	int			pw = -1;
	int			rw = -1;
	size_t		pp = SIZE_MAX;
	size_t		rp;
	size_t		p = afrom;

	/* skip markers that head the next block: "Desired Qualifications:" */
	while ((pp = find_any_word(t, len, p, ato, preferred_after_words, &pw)) !=
		   SIZE_MAX)
	{
		size_t		after = pp + strlen(preferred_after_words[pw]);

		if (!marker_is_heading(t, len, pp, after))
			break;
		p = after;
	}
	rp = find_any_word(t, len, afrom, ato, required_after_words, &rw);

	/* "not required" contains "required": the longer phrase wins */
	if (pp != SIZE_MAX && (rp == SIZE_MAX || pp <= rp))
	{
		const char *w = preferred_after_words[pw];

		/* "A degree is not required": negated, neither need nor wish */
		if (strncmp(w, "not ", 4) == 0)
			return 2;
		return 1;
	}
	if (rp != SIZE_MAX)
		return -1;
	pp = find_any_word_last(t, len, bfrom, bto, preferred_before_words, NULL);
	rp = find_any_word_last(t, len, bfrom, bto, required_before_words, NULL);
	if (pp != SIZE_MAX && (rp == SIZE_MAX || pp > rp))
		return 1;
	if (rp != SIZE_MAX)
		return -1;
	return 0;
}

/* ------------------------------------------------------------------------
 * Degree mentions
 * ------------------------------------------------------------------------ */

/* A degree named in the text; GENERIC ones ("a degree in X") have no level. */
typedef struct edu_mention
{
	size_t		start;
	size_t		end;
	jr_edu_level level;
	bool		generic;		/* level unstated: counts as bachelor alone */
	bool		strict;			/* a two-letter abbreviation (MS, BA ...) */
} edu_mention;

/* An abbreviation and the level it names. */
typedef struct degree_abbrev
{
	const char *name;			/* lower case, periods removed */
	jr_edu_level level;
	bool		dotted_only;	/* an English word unless written with periods */
} degree_abbrev;

static const degree_abbrev degree_abbrevs[] = {
	{"ged", JR_EDU_HIGH_SCHOOL, false},
	{"aa", JR_EDU_ASSOCIATE, false}, {"as", JR_EDU_ASSOCIATE, true},
	{"aas", JR_EDU_ASSOCIATE, false}, {"aat", JR_EDU_ASSOCIATE, false},
	{"adn", JR_EDU_ASSOCIATE, false},
	{"bs", JR_EDU_BACHELOR, false}, {"ba", JR_EDU_BACHELOR, false},
	{"bsc", JR_EDU_BACHELOR, false}, {"bse", JR_EDU_BACHELOR, false},
	{"bsee", JR_EDU_BACHELOR, false}, {"bsme", JR_EDU_BACHELOR, false},
	{"bsce", JR_EDU_BACHELOR, false}, {"bscs", JR_EDU_BACHELOR, false},
	{"bsba", JR_EDU_BACHELOR, false}, {"bba", JR_EDU_BACHELOR, false},
	{"bfa", JR_EDU_BACHELOR, false}, {"beng", JR_EDU_BACHELOR, false},
	{"btech", JR_EDU_BACHELOR, false}, {"bsn", JR_EDU_BACHELOR, false},
	{"bcom", JR_EDU_BACHELOR, false}, {"barch", JR_EDU_BACHELOR, false},
	{"llb", JR_EDU_BACHELOR, false}, {"be", JR_EDU_BACHELOR, true},
	{"ms", JR_EDU_MASTER, false}, {"ma", JR_EDU_MASTER, false},
	{"msc", JR_EDU_MASTER, false}, {"mba", JR_EDU_MASTER, false},
	{"meng", JR_EDU_MASTER, false}, {"mtech", JR_EDU_MASTER, false},
	{"mpa", JR_EDU_MASTER, false}, {"mph", JR_EDU_MASTER, false},
	{"mha", JR_EDU_MASTER, false}, {"msw", JR_EDU_MASTER, false},
	{"msn", JR_EDU_MASTER, false}, {"mfa", JR_EDU_MASTER, false},
	{"mse", JR_EDU_MASTER, false}, {"msee", JR_EDU_MASTER, false},
	{"mscs", JR_EDU_MASTER, false}, {"mcs", JR_EDU_MASTER, false},
	{"mphil", JR_EDU_MASTER, false}, {"llm", JR_EDU_MASTER, true},
	{"med", JR_EDU_MASTER, true}, {"me", JR_EDU_MASTER, true},
	{"mres", JR_EDU_MASTER, false},
	{"phd", JR_EDU_DOCTORATE, false}, {"dphil", JR_EDU_DOCTORATE, false},
	{"jd", JR_EDU_DOCTORATE, false}, {"md", JR_EDU_DOCTORATE, false},
	{"pharmd", JR_EDU_DOCTORATE, false}, {"dds", JR_EDU_DOCTORATE, false},
	{"dmd", JR_EDU_DOCTORATE, false}, {"dvm", JR_EDU_DOCTORATE, false},
	{"psyd", JR_EDU_DOCTORATE, false}, {"edd", JR_EDU_DOCTORATE, false},
	{"dnp", JR_EDU_DOCTORATE, false}, {"dpt", JR_EDU_DOCTORATE, false},
	{"dsc", JR_EDU_DOCTORATE, false}, {"scd", JR_EDU_DOCTORATE, false},
	{NULL, JR_EDU_UNKNOWN, false}
};

/* Mixed-case spellings accepted without two capitals ("Phd", "MSc"). */
static const char *const degree_mixed_case[] = {
	"phd", "msc", "bsc", "beng", "meng", "btech", "mtech", "mphil", "dphil",
	"pharmd", "psyd", "edd", "llb", "llm", "mres", NULL
};

/* Words that may follow an abbreviation used as a degree. */
static const char *const degree_followers[] = {
	"in", "degree", "degrees", "or", "and", "from", "with", "plus",
	"required", "preferred", "is", "are", "strongly", "highly", "holder",
	"holders", "level", "equivalent", "only", "minimum", "diploma",
	"preferably", "ideally", "desired", "desirable", "a", "mandatory", "as",
	"must", "needed", "obtained", "completed", "qualification", "program",
	"candidates", "nice", "helpful", "welcome", "would", "also", "an",
	"desirable", "advantageous", "considered", "strongly", NULL
};

/* Words after "MS" that name Microsoft products, not a degree. */
static const char *const ms_products[] = {
	"office", "word", "excel", "powerpoint", "outlook", "access", "project",
	"visio", "teams", "dynamics", "azure", "windows", "exchange",
	"sharepoint", "power", "visual", "suite", "dos", "paint", "publisher",
	"onenote", "edge", "intune", "server", "navision", "fabric", "purview",
	"defender", "sentinel", "entra", "graph", "flow", "forms", "planner",
	"stream", "lync", "skype", "products", "applications", "apps", "tools",
	"programs", "software", "platform", "certified", "certification",
	"technologies", "technology", "stack", "environment", "environments",
	"systems", "365", "sql", "crm", "erp", "ax", "nav", "bi", NULL
};

/* Stricter list for two-letter abbreviations (MS Office, Boston, MA). */
static const char *const degree_followers_strict[] = {
	"in", "degree", "degrees", "or", "with", "from", "required", "preferred",
	"plus", "and", "holder", "holders", "level", "equivalent", NULL
};

/* Full words degree_at reads as (the start of) a degree. */
static const char *const degree_full_words[] = {
	"bachelor", "bachelors", "baccalaureate", "master", "masters",
	"doctorate", "doctorates", "doctoral", "doctor", "juris", "associate",
	"associates", "high", "secondary", "hs", "degree", "degrees", NULL
};

/*
 * Every token degree_at can accept, the full words and the abbreviations,
 * in an open-addressing hash set built once per process: most words of a
 * posting are rejected with one hash and one probe instead of a hundred
 * comparisons.
 */
#define DEGREE_SET_SIZE 512
static const char *degree_set[DEGREE_SET_SIZE];
static uint32_t degree_first_letters;	/* bit c - 'a' per first letter */
static bool degree_set_built = false;

/* FNV-1a hash of a NUL-terminated token. */
static inline uint32_t
token_hash(const char *s)
{
	uint32_t	h = 2166136261u;

	while (*s != '\0')
		h = (h ^ (unsigned char) *s++) * 16777619u;
	return h;
}

/* Add a token to the degree set. */
static void
degree_set_add(const char *w)
{
	uint32_t	slot = token_hash(w) & (DEGREE_SET_SIZE - 1);

	if (w[0] >= 'a' && w[0] <= 'z')
		degree_first_letters |= (uint32_t) 1 << (w[0] - 'a');
	while (degree_set[slot] != NULL && strcmp(degree_set[slot], w) != 0)
		slot = (slot + 1) & (DEGREE_SET_SIZE - 1);
	degree_set[slot] = w;
}

/* Build the degree set once. */
static inline void
degree_set_ensure(void)
{
	if (!degree_set_built)
	{
		int			k;

		for (k = 0; degree_full_words[k] != NULL; k++)
			degree_set_add(degree_full_words[k]);
		for (k = 0; degree_abbrevs[k].name != NULL; k++)
			degree_set_add(degree_abbrevs[k].name);
		degree_set_built = true;
	}
}

/* True when a token starting with letter c may be in the degree set. */
static inline bool
degree_first_letter(unsigned char c)
{
	c = lower(c);
	return c >= 'a' && c <= 'z' && ((degree_first_letters >> (c - 'a')) & 1);
}

/* True when norm is a token degree_at can accept (before context checks). */
static bool
degree_token_known(const char *norm)
{
	uint32_t	slot;

	degree_set_ensure();
	slot = token_hash(norm) & (DEGREE_SET_SIZE - 1);
	while (degree_set[slot] != NULL)
	{
		if (strcmp(degree_set[slot], norm) == 0)
			return true;
		slot = (slot + 1) & (DEGREE_SET_SIZE - 1);
	}
	return false;
}

/*
 * Read a token of letters with inner periods (B.S., Ph.D., M.Sc.) at p:
 * fills norm (lower case, periods dropped) and returns the end of the
 * letters; 0 when the token is too long to be an abbreviation.
 */
static size_t
read_abbrev_token(const char *t, size_t len, size_t p, char *norm,
				  size_t normcap, int *nupper, int *ndots)
{
	size_t		i = p;
	size_t		n = 0;
	size_t		seg = 0;
	size_t		end = p;

	*nupper = 0;
	*ndots = 0;
	while (i < len)
	{
		unsigned char c = (unsigned char) t[i];

		if (is_alpha(c))
		{
			/* "degreeOklahoma": list items run together */
			if (i > p && is_upper(c) && camel_break_at(t, len, i))
				break;
			if (n + 1 >= normcap)
				return 0;
			norm[n++] = (char) lower(c);
			if (is_upper(c))
				(*nupper)++;
			seg++;
			i++;
			end = i;
		}
		else if (c == '.' && seg > 0 && seg <= 3 && i + 1 < len &&
				 is_alpha((unsigned char) t[i + 1]) &&
				 !(i + 2 < len && is_alpha((unsigned char) t[i + 2]) &&
				   i + 3 < len && is_alpha((unsigned char) t[i + 3]) &&
				   i + 4 < len && is_alpha((unsigned char) t[i + 4]) &&
				   i + 5 < len && is_alpha((unsigned char) t[i + 5])))
		{
			(*ndots)++;
			seg = 0;
			i++;
		}
		else
			break;
	}
	norm[n] = '\0';
	return end;
}

/* Consume " of Science in ..." after Bachelor/Master/Doctor/Associate. */
static size_t
skip_degree_of(const char *t, size_t len, size_t i)
{
	size_t		j = skip_hspace(t, len, i);
	int			words = 0;

	if (!word_at(t, len, j, "of"))
		return i;
	j = skip_hspace(t, len, j + 2);
	while (j < len && words < 4 && is_upper((unsigned char) t[j]))
	{
		size_t		e = j;

		while (e < len && is_alpha((unsigned char) t[e]))
			e++;
		if (word_is(t, j, e, "in") || word_is(t, j, e, "or"))
			break;
		i = e;
		words++;
		j = skip_hspace(t, len, e);
	}
	return i;
}

/* Words before "degree" that set its level, and the level they set. */
static jr_edu_level
degree_qualifier_level(const char *t, size_t dpos, bool *reject)
{
	size_t		we;
	size_t		ws = prev_word(t, dpos > 40 ? dpos - 40 : 0, dpos, &we);
	size_t		ws2;
	size_t		we2;
	static const char *const none_words[] = {
		"high", "some", "certain", "great", "large", "greater", "what",
		"varying", "third", "first", "second", "honorary", "significant",
		"reasonable", "considerable", "any", "no", "without", "similar",
		NULL
	};

	*reject = false;
	if (ws == we)
		return JR_EDU_UNKNOWN;
	/* "360-degree", "90 degree": a number glued before */
	if (is_digit((unsigned char) t[we - 1]) && (we == dpos || t[we] == '-' ||
												t[we] == ' '))
	{
		/* "4-year degree" is handled below through the word "year" */
		*reject = true;
		return JR_EDU_UNKNOWN;
	}
	if (word_in(t, ws, we, none_words))
	{
		*reject = true;
		return JR_EDU_UNKNOWN;
	}
	if (word_is(t, ws, we, "undergraduate") || word_is(t, ws, we, "college") ||
		word_is(t, ws, we, "university") || word_is(t, ws, we, "baccalaureate"))
		return JR_EDU_BACHELOR;
	if (word_is(t, ws, we, "postgraduate") ||
		word_is(t, ws, we, "advanced") || word_is(t, ws, we, "masters"))
		return JR_EDU_MASTER;
	if (word_is(t, ws, we, "graduate"))
	{
		/* "post graduate", "post-graduate" are graduate degrees too */
		return JR_EDU_MASTER;
	}
	if (word_is(t, ws, we, "doctoral") || word_is(t, ws, we, "terminal"))
		return JR_EDU_DOCTORATE;
	if (word_is(t, ws, we, "year") || word_is(t, ws, we, "yr"))
	{
		ws2 = prev_word(t, ws > 20 ? ws - 20 : 0, ws, &we2);
		if (we2 > ws2)
		{
			if (word_is(t, ws2, we2, "2") || word_is(t, ws2, we2, "two"))
				return JR_EDU_ASSOCIATE;
			if (word_is(t, ws2, we2, "4") || word_is(t, ws2, we2, "four"))
				return JR_EDU_BACHELOR;
		}
	}
	return JR_EDU_UNKNOWN;
}

/* True when the token at p is a degree word or abbreviation (no context). */
static bool
degree_word_at(const char *t, size_t len, size_t p)
{
	char		norm[16];
	int			nupper;
	int			ndots;
	int			k;

	if (p >= len || !is_alpha((unsigned char) t[p]))
		return false;
	if (read_abbrev_token(t, len, p, norm, sizeof(norm), &nupper, &ndots) == 0 ||
		!degree_token_known(norm))
		return false;
	if (strcmp(norm, "bachelor") == 0 || strcmp(norm, "bachelors") == 0 ||
		strcmp(norm, "master") == 0 || strcmp(norm, "masters") == 0 ||
		strcmp(norm, "doctorate") == 0)
		return true;
	if (nupper == 0)
		return false;
	for (k = 0; degree_abbrevs[k].name != NULL; k++)
		if (strcmp(norm, degree_abbrevs[k].name) == 0)
			return !degree_abbrevs[k].dotted_only || ndots > 0;
	return false;
}

/*
 * Recognize a degree mention starting at word start p.  Returns the end of
 * the token (> p) and fills m, or 0 when the word names no degree.
 */
static size_t
degree_at(const char *t, size_t len, size_t p, edu_mention *m)
{
	char		norm[16];
	int			nupper;
	int			ndots;
	size_t		end = read_abbrev_token(t, len, p, norm, sizeof(norm), &nupper,
										&ndots);
	size_t		j;
	int			k;

	memset(m, 0, sizeof(*m));
	m->start = p;
	if (end == 0 || !degree_token_known(norm))
		return 0;
	/* full words */
	if (strcmp(norm, "bachelor") == 0 || strcmp(norm, "bachelors") == 0 ||
		strcmp(norm, "baccalaureate") == 0)
	{
		m->level = JR_EDU_BACHELOR;
		m->end = skip_degree_of(t, len, skip_possessive(t, len, end));
		return m->end;
	}
	if (strcmp(norm, "masters") == 0 || strcmp(norm, "master") == 0)
	{
		j = skip_possessive(t, len, end);
		if (strcmp(norm, "master") == 0 && j == end &&
			!next_word_in(t, len, end, (const char *const[]) {
			"degree", "degrees", "of", "in", NULL}))
			return 0;
		m->level = JR_EDU_MASTER;
		m->end = skip_degree_of(t, len, j);
		return m->end;
	}
	if (strcmp(norm, "doctorate") == 0 || strcmp(norm, "doctorates") == 0)
	{
		m->level = JR_EDU_DOCTORATE;
		m->end = end;
		return end;
	}
	if (strcmp(norm, "doctoral") == 0 || strcmp(norm, "doctor") == 0)
	{
		j = skip_hspace(t, len, end);
		if (strcmp(norm, "doctoral") == 0 &&
			(word_at(t, len, j, "degree") || word_at(t, len, j, "degrees")))
		{
			m->level = JR_EDU_DOCTORATE;
			m->end = j + 6;
			return m->end;
		}
		if (strcmp(norm, "doctor") == 0 && word_at(t, len, j, "of"))
		{
			m->level = JR_EDU_DOCTORATE;
			m->end = skip_degree_of(t, len, end);
			return m->end;
		}
		return 0;
	}
	if (strcmp(norm, "juris") == 0)
	{
		j = skip_hspace(t, len, end);
		if (!word_at(t, len, j, "doctor") && !word_at(t, len, j, "doctorate"))
			return 0;
		m->level = JR_EDU_DOCTORATE;
		m->end = j + (word_at(t, len, j, "doctor") ? 6 : 9);
		return m->end;
	}
	if (strcmp(norm, "associate") == 0 || strcmp(norm, "associates") == 0)
	{
		j = skip_possessive(t, len, end);
		{
			size_t		o = skip_hspace(t, len, j);
			bool		alt = false;

			if (o < len && t[o] == '/')
			{
				o = skip_hspace(t, len, o + 1);
				alt = true;
			}
			else if (word_at(t, len, o, "or"))
			{
				o = skip_hspace(t, len, o + 2);
				alt = true;
			}
			if (alt && degree_word_at(t, len, o))
			{
				/* "Associate or Bachelor's degree", "Associates/Bachelors" */
				m->level = JR_EDU_ASSOCIATE;
				m->end = j;
				return m->end;
			}
		}
		if (!next_word_in(t, len, j, (const char *const[]) {
			"degree", "degrees", NULL}) &&
			!(word_at(t, len, skip_hspace(t, len, j), "of") &&
			  next_word_in(t, len, skip_hspace(t, len, j) + 2,
						   (const char *const[]) {
						   "arts", "science", "applied", "occupational",
						   NULL})))
			return 0;
		m->level = JR_EDU_ASSOCIATE;
		m->end = skip_degree_of(t, len, j);
		return m->end;
	}
	if (strcmp(norm, "high") == 0 || strcmp(norm, "secondary") == 0)
	{
		j = skip_hspace(t, len, end);
		if (!word_at(t, len, j, "school"))
			return 0;
		j = skip_hspace(t, len, j + 6);
		if (j < len && t[j] == '/' && j + 1 < len)
			j = skip_hspace(t, len, j + 1);
		if (word_at(t, len, j, "or") || word_at(t, len, j, "and"))
		{
			size_t		k2 = skip_hspace(t, len, j + 2 + (t[j] != 'o' && t[j] != 'O'));

			if (!(word_at(t, len, k2, "equivalent") ||
				  word_at(t, len, k2, "equivalency") ||
				  starts_ci(t, len, k2, "ged")))
				return 0;
		}
		else if (!next_word_in(t, len, j, (const char *const[]) {
			"diploma", "diplomas", "degree", "education", "graduate",
			"graduation", "equivalent", "equivalency", "certificate",
			"completion", "level", "ged", NULL}))
			return 0;
		m->level = JR_EDU_HIGH_SCHOOL;
		m->end = skip_hspace(t, len, end) + 6;
		return m->end;
	}
	if (strcmp(norm, "hs") == 0 && nupper == 2 &&
		next_word_in(t, len, end, (const char *const[]) {
		"diploma", "diplomas", "education", "graduate", NULL}))
	{
		m->level = JR_EDU_HIGH_SCHOOL;
		m->end = end;
		return end;
	}
	if (strcmp(norm, "degree") == 0 || strcmp(norm, "degrees") == 0)
	{
		bool		reject;
		jr_edu_level q = degree_qualifier_level(t, p, &reject);

		if (reject)
			return 0;
		j = skip_hspace(t, len, end);
		if (word_at(t, len, j, "of") &&
			!next_word_in(t, len, j + 2, (const char *const[]) {
			"bachelor", "bachelors", "master", "masters", NULL}))
			return 0;
		if (j < len && (t[j] == '=' || t[j] == '-'))
			return 0;
		m->level = q == JR_EDU_UNKNOWN ? JR_EDU_BACHELOR : q;
		m->generic = q == JR_EDU_UNKNOWN;
		m->end = end;
		return end;
	}
	/* abbreviations */
	for (k = 0; degree_abbrevs[k].name != NULL; k++)
		if (strcmp(norm, degree_abbrevs[k].name) == 0)
			break;
	if (degree_abbrevs[k].name == NULL)
		return 0;
	if (ndots == 0)
	{
		size_t		nl = strlen(norm);
		int			mk;
		bool		mixed = false;

		if (degree_abbrevs[k].dotted_only &&
			!(strcmp(norm, "as") == 0 && nupper == 2 &&
			  next_word_in(t, len, end, (const char *const[]) {
			  "degree", NULL})))
			return 0;
		for (mk = 0; degree_mixed_case[mk] != NULL; mk++)
			if (strcmp(norm, degree_mixed_case[mk]) == 0)
				mixed = true;
		if (nl <= 2 ? nupper != 2
			: !(is_upper((unsigned char) t[p]) && (nupper >= 2 || mixed)) &&
			!(mixed && strcmp(norm, "phd") == 0))
			return 0;
	}
	m->level = degree_abbrevs[k].level;
	m->strict = strlen(norm) <= 2;
	m->end = end;
	/* what follows must read like a degree, not "MS Office" */
	j = skip_hspace(t, len, end);
	if (j < len && t[j] == '.')
		j = skip_hspace(t, len, j + 1);
	j = skip_possessive(t, len, j);
	if (j >= len || t[j] == '\n')
		return m->strict ? 0 : end;
	if (m->strict)
	{
		static const char *const lead_words[] = {
			"a", "an", "with", "or", "and", "have", "has", "hold", "holds",
			"requires", "require", "required", "minimum", "min", "plus",
			"preferably", "ideally", NULL
		};
		size_t		we;
		size_t		ws = prev_word(t, p > 40 ? p - 40 : 0, p, &we);
		bool		led = ws < we && (word_in(t, ws, we, lead_words) ||
									  degree_word_at(t, len, ws));

		/* "Boston, MA": a capitalized place name, a comma, the code */
		if (ndots == 0 && p >= 2 && t[p - 1] == ' ' && t[p - 2] == ',' &&
			ws + 1 < we && (ws == 0 || t[ws - 1] != '.') &&
			is_upper((unsigned char) t[ws]) && !degree_word_at(t, len, ws))
			return 0;

		if (t[j] == '/' || t[j] == '(' || t[j] == '+')
			return end;
		if (t[j] == ',' || t[j] == ')' || t[j] == ';' || t[j] == '.')
		{
			size_t		k2 = skip_hspace(t, len, j + 1);

			if (word_at(t, len, k2, "or") || word_at(t, len, k2, "and"))
				k2 = skip_hspace(t, len, k2 + (t[k2 + 1] == 'r' ||
											   t[k2 + 1] == 'R' ? 2 : 3));
			return (ndots > 0 || led || degree_word_at(t, len, k2)) ? end : 0;
		}
		if (next_word_in(t, len, j, degree_followers_strict))
			return end;
		/* "B.S. Computer Science", "BS Electrical Engineering" */
		if (is_upper((unsigned char) t[j]) && j + 1 < len &&
			is_lower((unsigned char) t[j + 1]) &&
			(ndots > 0 ||
			 ((strcmp(norm, "bs") == 0 || strcmp(norm, "ba") == 0 ||
			   strcmp(norm, "ms") == 0) &&
			  !next_word_in(t, len, j, ms_products))))
			return end;
		return 0;
	}
	if (strchr("/,;.():+&-", t[j]) != NULL)
		return end;
	return next_word_in(t, len, j, degree_followers) ? end : 0;
}

/* ------------------------------------------------------------------------
 * Amounts of time: "8+ years", "3-5 years", "two (2) years", "18 months"
 * ------------------------------------------------------------------------ */

/* An amount of time; months are exact, halves of years allowed. */
typedef struct amount
{
	size_t		start;			/* first byte of the number */
	size_t		end;			/* after the unit (and a trailing "+") */
	int32_t		lo;				/* months */
	int32_t		hi;				/* months, 0 when not a range */
	bool		plus;			/* "5+", "5 plus", "5 or more" */
	bool		range;
	bool		hyphen_unit;	/* "5-year": an adjective, often a duration */
	bool		in_months;		/* the unit was months */
} amount;

static const char *const number_words[] = {
	"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
	"sixteen", "seventeen", "eighteen", "nineteen", "twenty", NULL
};

/*
 * True when the letters at i can start a number word (its first two
 * letters, ignoring case): a cheap test before parse_amount.
 */
static inline bool
may_be_number_word(const char *t, size_t len, size_t i)
{
	unsigned char a;
	unsigned char b;

	if (i + 1 >= len)
		return false;			/* every number word has 3+ letters */
	a = lower((unsigned char) t[i]);
	b = lower((unsigned char) t[i + 1]);
	switch (a)
	{
		case 'z':
			return b == 'e';
		case 'o':
			return b == 'n';
		case 't':
			return b == 'w' || b == 'h' || b == 'e';
		case 'f':
			return b == 'o' || b == 'i';
		case 's':
			return b == 'i' || b == 'e';
		case 'e':
			return b == 'i' || b == 'l';
		case 'n':
			return b == 'i';
		default:
			return false;
	}
}

/*
 * Parse a small number at i: one or two digits with an optional ".5", or a
 * number word.  Value in halves (3.5 -> 7); end set past it.
 */
static bool
parse_small_number(const char *t, size_t len, size_t i, int *halves,
				   size_t *end)
{
	int			k;

	if (i < len && is_digit((unsigned char) t[i]))
	{
		int			v = t[i] - '0';
		size_t		j = i + 1;

		if (j < len && is_digit((unsigned char) t[j]))
		{
			v = v * 10 + (t[j] - '0');
			j++;
		}
		if (j < len && (is_digit((unsigned char) t[j]) || t[j] == ','))
			return false;		/* a long number: not a count of years */
		v *= 2;
		if (j + 1 < len && t[j] == '.' && is_digit((unsigned char) t[j + 1]))
		{
			if (t[j + 1] == '5')
				v += 1;
			else if (t[j + 1] != '0')
				return false;
			j += 2;
			if (j < len && is_digit((unsigned char) t[j]))
				return false;
		}
		*halves = v;
		*end = j;
		return true;
	}
	if (i >= len || !is_alpha((unsigned char) t[i]) || !word_start(t, i))
		return false;
	for (k = 0; number_words[k] != NULL; k++)
		if ((unsigned char) number_words[k][0] == lower((unsigned char) t[i]) &&
			word_at(t, len, i, number_words[k]))
		{
			*halves = 2 * k;
			*end = i + strlen(number_words[k]);
			return true;
		}
	return false;
}

/* Skip a parenthesized repeat of a number: "two (2)" or "2 (two)". */
static size_t
skip_paren_number(const char *t, size_t len, size_t i)
{
	size_t		j = skip_hspace(t, len, i);
	int			h;
	size_t		e;

	if (j < len && t[j] == '(' &&
		parse_small_number(t, len, skip_hspace(t, len, j + 1), &h, &e))
	{
		e = skip_hspace(t, len, e);
		if (e < len && t[e] == ')')
			return e + 1;
	}
	return i;
}

/* Length of a dash at i: '-', '~', en dash, em dash (0 when none). */
static size_t
dash_len(const char *t, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *) t;

	if (i < len && (t[i] == '-' || t[i] == '~'))
		return 1;
	if (i + 2 < len && u[i] == 0xE2 && u[i + 1] == 0x80 &&
		(u[i + 2] == 0x93 || u[i + 2] == 0x94))
		return 3;
	return 0;
}

/* Skip "+", "plus", "or more", "or greater", "and above" at i. */
static size_t
skip_plus(const char *t, size_t len, size_t i, bool *plus)
{
	size_t		j = skip_hspace(t, len, i);

	if (j < len && t[j] == '+')
	{
		*plus = true;
		return j + 1;
	}
	if (j < len && t[j] == '-' && word_at(t, len, j + 1, "plus"))
	{
		*plus = true;			/* "Seven-plus years" */
		return j + 5;
	}
	if (word_at(t, len, j, "plus"))
	{
		*plus = true;
		return j + 4;
	}
	if (word_at(t, len, j, "or") || word_at(t, len, j, "and"))
	{
		size_t		k = skip_hspace(t, len, j + (lower((unsigned char) t[j]) == 'o' ? 2 : 3));

		if (word_at(t, len, k, "more") || word_at(t, len, k, "above") ||
			word_at(t, len, k, "greater") || word_at(t, len, k, "over"))
		{
			*plus = true;
			while (k < len && is_alpha((unsigned char) t[k]))
				k++;
			return k;
		}
	}
	return i;
}

/*
 * Parse an amount of time starting at i (a digit or number word): number,
 * optional range and "+", then years/yrs/months.  False when no unit.
 */
static bool
parse_amount(const char *t, size_t len, size_t i, amount *a)
{
	int			h1;
	int			h2 = 0;
	size_t		j;
	size_t		k;
	size_t		d;
	bool		months = false;

	memset(a, 0, sizeof(*a));
	if (!parse_small_number(t, len, i, &h1, &j))
		return false;
	a->start = i;
	if (j < len && t[j] == ')' && i > 0 && t[i - 1] == '(')
		j++;					/* "Minimum (1) year" */
	j = skip_paren_number(t, len, j);
	j = skip_plus(t, len, j, &a->plus);
	k = skip_hspace(t, len, j);
	/* a range: "3-5", "3 – 5", "3 to 5", "two or three" */
	d = dash_len(t, len, k);
	if (d == 0 && (word_at(t, len, k, "to") || word_at(t, len, k, "or")))
		d = 2;
	if (d > 0)
	{
		size_t		e;

		if (parse_small_number(t, len, skip_hspace(t, len, k + d), &h2, &e) &&
			h2 > h1)
		{
			a->range = true;
			j = skip_paren_number(t, len, e);
			j = skip_plus(t, len, j, &a->plus);
		}
		else
			h2 = 0;
	}
	k = skip_hspace(t, len, j);
	d = dash_len(t, len, k);
	if (d > 0)
	{
		a->hyphen_unit = true;
		k = skip_hspace(t, len, k + d);
	}
	if (starts_ci(t, len, k, "years") || starts_ci(t, len, k, "year"))
		j = k + (starts_ci(t, len, k, "years") ? 5 : 4);
	else if (starts_ci(t, len, k, "yrs") || starts_ci(t, len, k, "yr"))
		j = k + (starts_ci(t, len, k, "yrs") ? 3 : 2);
	else if (starts_ci(t, len, k, "months") || starts_ci(t, len, k, "month"))
	{
		j = k + (starts_ci(t, len, k, "months") ? 6 : 5);
		months = true;
	}
	else
		return false;
	if (!word_end(t, len, j) &&
		!(is_upper((unsigned char) t[j]) && !is_upper((unsigned char) t[j - 1])))
		return false;			/* "yearly", "monthly"; not "yearsTerms" */
	if (j < len && t[j] == '.')
		j++;					/* "yrs." */
	j = skip_possessive(t, len, j);
	k = skip_hspace(t, len, j);
	if (k < len && t[k] == '+')
	{
		a->plus = true;
		j = k + 1;
	}
	a->end = j;
	a->in_months = months;
	if (months)
	{
		a->lo = h1 / 2;
		a->hi = h2 / 2;
	}
	else
	{
		a->lo = h1 * 6;
		a->hi = h2 * 6;
	}
	return true;
}

/* ------------------------------------------------------------------------
 * Experience
 * ------------------------------------------------------------------------ */

/* A years-of-experience statement found in the text. */
typedef struct exp_cand
{
	amount		a;
	size_t		cstart;			/* its clause */
	size_t		cend;
	bool		preferred;		/* "preferred", "a plus" ... next to it */
	bool		pref_section;	/* in a Preferred/Nice-to-have section */
	bool		substitute;		/* stands in for a degree ("or 4 years") */
	bool		or_before;		/* "... or 10 years": an alternative */
	jr_edu_level degree;		/* "MS with 3 years": the degree it goes with */
	size_t		degree_start;	/* where that degree is named */
	jr_section_kind kind;
} exp_cand;

/* Words right after the unit that make the amount an age, a date, tenure. */
static const char *const exp_after_reject[] = {
	"old", "of age", "or older", "and older", "and over", "ago", "of service",
	"of employment", "of continuous", "anniversary",
	"in a row", "from now", "later", "after", "consecutive", "off", "free",
	"at a time", "in advance", "notice", "lookback", "look-back", "visa",
	"validity", "membership", "subscription", "running", "straight",
	"olds", "with the company", "with us", "warranty", "vesting", "cliff",
	"probation", "probationary", "tenure", "history", "to hire", "to perm",
	NULL
};

/*
 * Nouns right after the unit that make it a duration ("12 month contract",
 * "2-year degree") unless experience is named just after.
 */
static const char *const exp_after_duration[] = {
	"contract", "contracts", "term", "assignment", "commitment", "guarantee",
	"agreement", "lease", "degree", "degrees", "college", "university",
	"undergraduate", "bachelor", "bachelors", "program", "programme",
	"plan", "cycle", "period", "fellowship", "appointment", "duration",
	"contract-to-hire", "course", "internship", "apprenticeship",
	"position", "role", "opportunity", "engagement", "gig", "job",
	"project", "timeline", "roadmap", "strategy", "vision", "journey",
	"residency", "loan", "lock", "horizon", "deal", "mission", "span",
	"rotation", "stint", "leave", "sabbatical", "budget", "forecast",
	"outlook", "license", "licence", "certificate", "diploma", "pilot",
	"trial", "study", "studies", "grant", "award", "renewal", "renewable",
	"extension", "extensions", "warranty", "old", NULL
};

/* The word just before the number that makes it a duration or a date. */
static const char *const exp_before_reject[] = {
	"after", "within", "upon", "in", "every", "each", "per", "aged", "age",
	"ages", "since", "past", "last", "next", "first", "initial", "during",
	"until", "under", "throughout", "following", "just", "the", "this",
	"those", "these", "our", "their", "its", "for", "nearly", "almost",
	"only", "another", "additional", "extra", "maximum", "max", NULL
};

/* Phrases that say the number is the company's age or history. */
static const char *const exp_company_cues[] = {
	"founded", "established", "been in business", "has been", "have been",
	"we've", "we have over", "we have more", "we have nearly",
	"we have almost", "we have served", "we have provided", "we have been",
	"since", "celebrating", "celebrate", "anniversary",
	"serving", "decades", "legacy", "heritage", "in just", "company has",
	"firm has", "has grown", "growth", "grew", "has helped", "we are proud",
	"proudly", "in operation", NULL
};

/* Benefit and tenure words: "vacation after 2 years", "vesting". */
static const char *const exp_benefit_cues[] = {
	"vacation", "pto", "paid time off", "vest", "vesting", "vested",
	"eligible", "eligibility", "accrue", "accrual", "sabbatical", "bonus",
	"reimbursement", "tuition", "leave", "warranty", "401k", "401(k)",
	"retirement", "pension", "holiday", "holidays", "raise", "promotion",
	"promoted", "review", "probation", "probationary", "employment with",
	"anniversary", "contract", "duration", "length", "assignment", "term",
	NULL
};

/* Words that say an amount is about experience. */
static const char *const exp_words[] = {
	"experience", "experiences", "exp", "background", "work history",
	"employment history", NULL
};

/* Qualifiers that may sit between a clause start and the amount. */
static const char *const exp_qualifiers[] = {
	"minimum", "min", "at", "least", "a", "an", "of", "over", "more", "than",
	"approximately", "approx", "around", "about", "requires", "required",
	"require", "must", "have", "has", "having", "with", "possess",
	"possesses", "you", "bring", "need", "needs", "will", "should", "ideally",
	"and", "or", "plus", "total", "overall", "combined", "solid", "strong",
	"proven", "demonstrated", "min.", "requirement", "requirements",
	"qualifications", "experience", "exp", "years", "candidate",
	"candidates", "applicant", "applicants", "ideal", "the", "is",
	"successful", "who", "has", "someone", "individual", "person",
	"looking", "for", "seeking", "preferred", "preferably", "need", NULL
};

/* True when [from, to) holds only qualifier words and punctuation. */
static bool
only_qualifiers(const char *t, size_t from, size_t to)
{
	size_t		i = from;

	while (i < to)
	{
		if (is_alpha((unsigned char) t[i]))
		{
			size_t		e = i;

			while (e < to && is_alpha((unsigned char) t[e]))
				e++;
			if (!word_in(t, i, e, exp_qualifiers))
				return false;
			i = e;
		}
		else if (is_digit((unsigned char) t[i]))
		{
			/* list numbering: "1)", "2." */
			size_t		e = i;

			while (e < to && is_digit((unsigned char) t[e]))
				e++;
			if (e - i > 2 || e >= to || (t[e] != ')' && t[e] != '.'))
				return false;
			i = e + 1;
		}
		else
			i++;
	}
	return true;
}

/* Is the word before the amount "or" (skipping qualifiers and breaks)? */
static bool
or_before_amount(const char *t, size_t a_start, size_t *or_pos)
{
	size_t		lim = a_start > 80 ? a_start - 80 : 0;
	size_t		j = a_start;
	int			words = 0;

	while (j > lim && words < 5)
	{
		size_t		we;
		size_t		ws = prev_word(t, lim, j, &we);

		if (ws == we)
			return false;
		if (word_is(t, ws, we, "or"))
		{
			*or_pos = ws;
			return true;
		}
		/* "ProgrammerOR 8 years": an upper-case OR glued to the item */
		if (we - ws > 3 && t[we - 2] == 'O' && t[we - 1] == 'R' &&
			is_lower((unsigned char) t[we - 3]))
		{
			*or_pos = we - 2;
			return true;
		}
		if (!(word_is(t, ws, we, "a") || word_is(t, ws, we, "minimum") ||
			  word_is(t, ws, we, "min") || word_is(t, ws, we, "of") ||
			  word_is(t, ws, we, "at") || word_is(t, ws, we, "least") ||
			  word_is(t, ws, we, "with") || word_is(t, ws, we, "have") ||
			  word_is(t, ws, we, "more") || word_is(t, ws, we, "than") ||
			  word_is(t, ws, we, "over")))
			return false;
		j = ws;
		words++;
	}
	return false;
}

/* Trace of rejected amounts, for rule work: build with -DJR_REQ_TRACE. */
#ifdef JR_REQ_TRACE
#include <stdio.h>
#define EXP_REJECT(why) do { \
	fprintf(stderr, "reject@%d: %.*s\n", (why), \
			(int) (a->end - a->start), t + a->start); \
	return false; } while (0)
#else
#define EXP_REJECT(why) return false
#endif

/* Is the word before a run of qualifiers ("at least", "more than") w? */
static bool
word_before_qualifiers_is(const char *t, size_t from, size_t pos,
						  const char *w)
{
	static const char *const q[] = {
		"at", "least", "more", "than", "over", "well", "just", "about",
		"around", "nearly", "almost", NULL
	};
	size_t		ws;
	size_t		we;
	int			guard = 0;

	while (guard++ < 6)
	{
		ws = prev_word(t, from, pos, &we);
		if (ws == we)
			return false;
		if (word_is(t, ws, we, w))
			return true;
		if (!word_in(t, ws, we, q))
			return false;
		pos = ws;
	}
	return false;
}

/* Markers after an amount that make it preferred, not required. */
static const char *const exp_pref_after[] = {
	"preferred", "preferable", "nice to have", "desired",
	"desirable", "a plus", "big plus", "is a plus", "an advantage",
	"advantageous", "a bonus", "helpful", "beneficial", "not required",
	"not necessary", "optional", "welcome", "appreciated", "favorable",
	"favourable", "an asset", "strongly preferred", "great to have",
	"would be great", "good to have", "bonus", NULL
};

/* Markers just before an amount: "Ideally 1-3 years", "Preferred: 5". */
static const char *const exp_pref_before[] = {
	"preferred", "preferably", "ideally", "nice to have", "bonus", "plus:",
	"desired", "desirable", "optional", NULL
};


/* Is the amount stated as preferred ("5+ years preferred", "Ideally 2")? */
static bool
amount_is_preferred(const char *t, size_t len, const amount *a, size_t b0,
					size_t c1)
{
	size_t		stop = c1;
	size_t		p = a->end;
	size_t		i;
	size_t		pm;
	size_t		j;
	int			which = 0;

	/* markers stop at the next number: "5 years, with 10+ preferred" */
	for (i = a->end; i < stop; i++)
		if (is_digit((unsigned char) t[i]))
		{
			stop = i;
			break;
		}
	while ((pm = find_any_word(t, len, p, stop, exp_pref_after, &which)) !=
		   SIZE_MAX)
	{
		size_t		after = pm + strlen(exp_pref_after[which]);
		size_t		q = pm;

		p = after;
		/* "preferably in banking": about the domain, not the years */
		if (which == 1 &&
			next_word_in(t, len, after, (const char *const[]) {
			"in", "within", "with", "at", "from", "for", "on", "as", NULL}))
			continue;
		/* a heading that follows: "Desired Qualifications:" */
		if (marker_is_heading(t, len, pm, after))
			continue;
		/* after a comma or "(": the marker is about that item */
		while (q > a->end && t[q - 1] != ',' && t[q - 1] != '(')
			q--;
		if (q > a->end && has_letter(t, q, pm))
			continue;
		return true;
	}
	pm = find_any_word_last(t, len, a->start > b0 + 25 ? a->start - 25 : b0,
							a->start, exp_pref_before, &which);
	if (pm != SIZE_MAX)
	{
		j = skip_hspace(t, len, pm + strlen(exp_pref_before[which]));
		/* "Preferred: 5 years"; a bare "preferred 5 years" ends an item */
		if ((which == 0 || which == 5 || which == 6 || which == 8) &&
			memchr(t + pm, ':', a->start - pm) == NULL)
			return false;
		/* "... field preferred* At least 3 yrs": it closed the last item */
		if (j < len && (t[j] == '*' || t[j] == '-' || t[j] == ')' ||
						t[j] == '.' || bullet_len(t, len, j) > 0))
			return false;
		if (next_word_in(t, len, pm + strlen(exp_pref_before[which]),
						 marker_heading_words))
			return false;
		return true;
	}
	return false;
}

/*
 * Judge one amount: is it a years-of-experience requirement?  Fills the
 * candidate's context flags when it is.
 */
static bool
judge_amount(const jr_posting_text *pt, const heading_marks *hm,
			 const amount *a, exp_cand *c)
{
	const char *t = pt->text;
	size_t		len = pt->len;
	size_t		c0 = clause_start(t, len, a->start);
	size_t		c1 = clause_end(t, len, a->end);
	size_t		b0 = (a->start - c0 > 120) ? a->start - 120 : c0;
	size_t		a1 = (c1 - a->end > 120) ? a->end + 120 : c1;
	size_t		ws;
	size_t		we;
	size_t		j;
	size_t		lead;
	bool		has_exp;
	bool		structural;
	int			k;

	memset(c, 0, sizeof(*c));
	c->a = *a;
	c->cstart = c0;
	c->cend = c1;
	c->kind = effective_kind(pt, hm, a->start);
	if (a->lo > EXP_MAX_YEARS * 12)
		EXP_REJECT(1394);
	/* "B.S. degree (4 year)": the length of a degree program */
	j = a->start;
	while (j > 0 && t[j - 1] == ' ')
		j--;
	if (j > 0 && t[j - 1] == '(' && skip_hspace(t, len, a->end) < len &&
		t[skip_hspace(t, len, a->end)] == ')')
	{
		ws = prev_word(t, j > 30 ? j - 30 : 0, j - 1, &we);
		if (ws < we && (word_is(t, ws, we, "degree") ||
						word_is(t, ws, we, "degrees") ||
						word_is(t, ws, we, "program") ||
						degree_word_at(t, len, ws)))
			EXP_REJECT(1390);
	}
	/* money: "$600 a month" */
	j = a->start;
	while (j > 0 && t[j - 1] == ' ')
		j--;
	if (j > 0 && (t[j - 1] == '$' || (unsigned char) t[j - 1] == 0xA3 ||
				  (unsigned char) t[j - 1] == 0xAC || t[j - 1] == '='))
		EXP_REJECT(1401);
	/* what follows the unit */
	j = skip_hspace(t, len, a->end);
	for (k = 0; exp_after_reject[k] != NULL; k++)
		if (word_at(t, len, j, exp_after_reject[k]))
			EXP_REJECT(1406);
	for (k = 0; exp_after_duration[k] != NULL; k++)
		if (word_at(t, len, j, exp_after_duration[k]) &&
			find_any_word(t, len, j, j + 40 < a1 ? j + 40 : a1, exp_words,
						  NULL) == SIZE_MAX)
			EXP_REJECT(1411);
	/* "6-month position", "2-year degree": adjectives name durations */
	if (a->hyphen_unit && !word_at(t, len, j, "experience") &&
		!word_at(t, len, j, "experiences") && !word_at(t, len, j, "of") &&
		!word_at(t, len, j, "exp") && !word_at(t, len, j, "in") &&
		!word_at(t, len, j, "minimum") && !word_at(t, len, j, "track") &&
		!word_at(t, len, j, "background") && !word_at(t, len, j, "work") &&
		!word_at(t, len, j, "professional") && !word_at(t, len, j, "industry") &&
		!word_at(t, len, j, "relevant") && !word_at(t, len, j, "related") &&
		!word_at(t, len, j, "proven") &&
		find_any_word(t, len, j, j + 40 < a1 ? j + 40 : a1, exp_words,
					  NULL) == SIZE_MAX)
		EXP_REJECT(1421);
	/* the word before the number */
	ws = prev_word(t, b0, a->start, &we);
	if (ws < we)
	{
		size_t		ws2;
		size_t		we2;

		if (word_in(t, ws, we, exp_before_reject) &&
			!has_separator(t, we, a->start))
		{
			/* "experience for 5 years" and "for at least" stay */
			if (!(word_is(t, ws, we, "for") &&
				  find_any_word(t, len, b0, ws, exp_words, NULL) != SIZE_MAX &&
				  find_any_word(t, len, b0, ws, exp_company_cues, NULL) ==
				  SIZE_MAX))
				EXP_REJECT(1436);
		}
		ws2 = prev_word(t, b0, ws, &we2);
		if (word_is(t, ws, we, "than") && ws2 < we2 &&
			(word_is(t, ws2, we2, "less") || word_is(t, ws2, we2, "fewer")))
			EXP_REJECT(1441);
		if (word_is(t, ws, we, "to") && ws2 < we2 && word_is(t, ws2, we2, "up"))
			EXP_REJECT(1443);
		if ((word_is(t, ws, we, "over") || word_is(t, ws, we, "than") ||
			 word_is(t, ws, we, "about") || word_is(t, ws, we, "around") ||
			 word_is(t, ws, we, "least")) &&
			word_before_qualifiers_is(t, b0, ws, "for") &&
			find_any_word(t, len, b0, ws, exp_words, NULL) == SIZE_MAX)
			EXP_REJECT(1449);		/* "for over 10 years" */
		if (word_is(t, ws, we, "the"))
			EXP_REJECT(1451);		/* "the 5 years" */
		/* "a two or four year program", "a 6 month assignment" */
		if ((word_is(t, ws, we, "a") || word_is(t, ws, we, "an")) &&
			!word_at(t, len, skip_hspace(t, len, a->end), "of") &&
			find_any_word(t, len, a->end, a->end + 12 < a1 ? a->end + 12 : a1,
						  exp_words, NULL) == SIZE_MAX)
			EXP_REJECT(1452);
	}
	/* company age, history, benefits */
	{
		int			cue = 0;

		if (find_any_word(t, len, b0, a->start, exp_company_cues, &cue) !=
			SIZE_MAX)
		{
#ifdef JR_REQ_TRACE
			fprintf(stderr, "company cue: %s\n", exp_company_cues[cue]);
#endif
			EXP_REJECT(1455);
		}
	}
	if (find_any_word(t, len, a->end, a->end + 40 < a1 ? a->end + 40 : a1,
					  exp_company_cues, NULL) != SIZE_MAX)
		EXP_REJECT(1458);
	if (find_any_word(t, len, a->start > b0 + 60 ? a->start - 60 : b0,
					  a->start, exp_benefit_cues, NULL) != SIZE_MAX &&
		find_any_word(t, len, b0, a1, exp_words, NULL) == SIZE_MAX)
		EXP_REJECT(1462);
	/* positive evidence */
	has_exp = find_any_word(t, len, a->end, a1, exp_words, NULL) != SIZE_MAX ||
		find_any_word(t, len, b0, a->start, exp_words, NULL) != SIZE_MAX;
	if (!has_exp)
	{
		/* "EXPERIENCE:\n1 - 3 years\nexperience." across line breaks */
		j = skip_space(t, len, a->end);
		if (find_any_word(t, len, j, j + 12, exp_words, NULL) == j)
			has_exp = true;
		else if (c0 > 0 && t[c0 - 1] == '\n' && only_qualifiers(t, c0, a->start))
		{
			size_t		e = c0 - 1;

			while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\n'))
				e--;
			if (e > 0 && t[e - 1] == ':' &&
				find_any_word(t, len, e > 40 ? e - 40 : 0, e, exp_words, NULL) !=
				SIZE_MAX)
				has_exp = true;
		}
	}
	lead = a->start;
	structural = a->plus || a->range || only_qualifiers(t, c0, lead);
	if (!structural)
	{
		/* "Mechanical knowledge: 1 year" - a label and its value */
		j = a->start;
		while (j > c0 && (t[j - 1] == ' ' || t[j - 1] == '\t'))
			j--;
		structural = j > c0 && t[j - 1] == ':';
	}
	if (!structural)
	{
		static const char *const quals[] = {"minimum", "min", "least",
		"requires", "required", NULL};

		ws = prev_word(t, b0, a->start, &we);
		if (ws < we && word_in(t, ws, we, quals))
			structural = true;
		if (ws < we && word_is(t, ws, we, "of"))
		{
			size_t		ws2;
			size_t		we2;

			ws2 = prev_word(t, b0, ws, &we2);
			if (ws2 < we2 && word_is(t, ws2, we2, "minimum"))
				structural = true;
		}
	}
	if (!has_exp && !structural)
		EXP_REJECT(1495);
	/*
	 * In an About/Benefits/Legal/Pay section only a plain requirement
	 * ("5+ years of experience") counts: layouts of run-together postings
	 * often leave requirements inside such a section.
	 */
	if (section_is_foreign(c->kind))
	{
		static const char *const us_words[] = {
			"we", "our", "us", "company", "team", "founder", "founders",
			"firm", "clients", "employees", "staff", NULL
		};

		if (!has_exp || !(a->plus || a->range || structural) ||
			find_any_word(t, len, c0, a->start, us_words, NULL) != SIZE_MAX)
			EXP_REJECT(1);
	}
	/* months are contract lengths unless experience is named */
	if (!has_exp && a->in_months)
		EXP_REJECT(1498);
	if (!has_exp)
	{
		/* without the word, demand "N years in/of/as ..." */
		j = skip_hspace(t, len, a->end);
		if (j < len && (t[j] == '.' || t[j] == ',' || t[j] == ')' ||
						t[j] == '\n'))
		{
			/* "Experience: 3 years." - a bare amount after a label */
			size_t		p = a->start;

			while (p > c0 && (t[p - 1] == ' ' || t[p - 1] == '\t'))
				p--;
			if (!(p > c0 && t[p - 1] == ':'))
				EXP_REJECT(1512);
		}
	}
	c->preferred = amount_is_preferred(t, len, a, b0, c1);
	c->pref_section = c->kind == JR_SEC_PREFERRED;
	c->or_before = or_before_amount(t, a->start, &j);
	{
		static const char *const subst[] = {
			"in lieu", "instead of", "in place of", "substitute",
			"substituted", "substitution", "equivalent combination",
			"equivalent work", "no degree", NULL
		};
		size_t		wo;
		size_t		s1 = find_word(t, len, a->end, a1, "or");
		size_t		s0 = c->or_before ? j : b0;

		/* the item runs from its "or" (or the clause) to the next "or" */
		if (s1 == SIZE_MAX)
			s1 = a1;
		if (s0 < b0 || s0 > a->start)
			s0 = b0;
		c->substitute = find_any_word(t, len, s0, s1, subst, NULL) != SIZE_MAX;
		/* "6+ years without a graduate degree" */
		wo = find_word(t, len, s0, s1, "without");
		if (wo != SIZE_MAX &&
			(find_word(t, len, wo, wo + 40 < s1 ? wo + 40 : s1, "degree") !=
			 SIZE_MAX ||
			 find_word(t, len, wo, wo + 40 < s1 ? wo + 40 : s1, "degrees") !=
			 SIZE_MAX))
			c->substitute = true;
	}
#ifdef JR_REQ_TRACE
	fprintf(stderr, "accept: %.*s pref=%d pref_section=%d kind=%d subst=%d "
			"or=%d\n", (int) (a->end - a->start), t + a->start, c->preferred,
			c->pref_section, (int) c->kind, c->substitute, c->or_before);
#endif
	return true;
}

/* ------------------------------------------------------------------------
 * Degree groups: "BS/MS/PhD", "Bachelor's or Master's degree" are one
 * statement whose level is the lowest degree named.
 * ------------------------------------------------------------------------ */

typedef struct edu_group
{
	size_t		start;
	size_t		end;
	jr_edu_level level;			/* lowest named; bachelor if only "degree" */
	bool		generic;		/* only "degree": level unstated */
	bool		ignored;		/* not a requirement of this job */
	bool		preferred;
	jr_section_kind kind;
} edu_group;

/* Connector words allowed between the degrees of one group. */
static const char *const group_connectors[] = {
	"or", "and", "either", "a", "an", "higher", "above", "greater", "s",
	"equivalent", "the", "his", "her", "their", "its", NULL
};

/* True when [from, to) only joins degree names ("/", ", or", " and "). */
static bool
gap_joins_degrees(const char *t, size_t len, size_t from, size_t to)
{
	size_t		i = from;

	if (to - from > 40)
		return false;
	while (i < to)
	{
		unsigned char c = (unsigned char) t[i];

		if (is_alpha(c))
		{
			size_t		e = i;

			while (e < to && is_alpha((unsigned char) t[e]))
				e++;
			if (!word_in(t, i, e, group_connectors))
				return false;
			i = e;
		}
		else if (c == '\n' || is_digit(c) || c == ';' || c == ':')
			return false;
		else if ((c == '.' || c == '?' || c == '!') && sentence_end_at(t, len, i))
			return false;
		else
			i++;
	}
	return true;
}

/*
 * Find the degree statements of the text, grouped, in text order.  Returns
 * the number of groups, or -1 when canceled.
 */
static int
scan_degree_groups(const jr_posting_text *pt, edu_group *groups, int cap)
{
	const char *t = pt->text;
	size_t		len = pt->len;
	size_t		i = 0;
	size_t		next_poll = INTERRUPT_STRIDE;
	int			nm = 0;
	int			ng = 0;
	int			k;
	edu_mention mentions[EDU_MAX_MENTIONS];

	degree_set_ensure();
	while (i < len && nm < EDU_MAX_MENTIONS)
	{
		if (poll_interrupt(i, &next_poll))
			return -1;
		/* no degree token starts with another letter (degree_at's norm) */
		if (degree_first_letter((unsigned char) t[i]) &&
			(word_start(t, i) ||
			 (is_upper((unsigned char) t[i]) && i > 0 &&
			  t[i - 1] >= 'a' && t[i - 1] <= 'z')))
		{
			edu_mention m;
			size_t		e = degree_at(t, len, i, &m);

			if (e > i)
			{
				mentions[nm++] = m;
				i = e;
				continue;
			}
		}
		i++;
	}
	for (k = 0; k < nm; k++)
	{
		edu_group  *g;
		bool		join = ng > 0 &&
			gap_joins_degrees(t, len, groups[ng - 1].end, mentions[k].start);

		if (!join)
		{
			if (ng >= cap)
				break;
			g = &groups[ng++];
			memset(g, 0, sizeof(*g));
			g->start = mentions[k].start;
			g->level = JR_EDU_UNKNOWN;
		}
		g = &groups[ng - 1];
		g->end = mentions[k].end;
		if (!mentions[k].generic &&
			(g->level == JR_EDU_UNKNOWN || mentions[k].level < g->level))
			g->level = mentions[k].level;
	}
	for (k = 0; k < ng; k++)
		if (groups[k].level == JR_EDU_UNKNOWN)
		{
			groups[k].level = JR_EDU_BACHELOR;	/* "a degree in X" */
			groups[k].generic = true;
		}
	return ng;
}

/* What both extractors read from one text, computed once (see header). */
struct jr_req_scan
{
	heading_marks hm;			/* headings inside paragraphs */
	int			ng;				/* degree statements found */
	edu_group	groups[EDU_MAX_GROUPS];
};

/* Compute the headings and degree statements of pt into a new scan. */
jr_status
jr_req_scan_build(const jr_posting_text *pt, jr_req_scan **out, jr_error *err)
{
	jr_req_scan *scan = jr_alloc(sizeof(jr_req_scan));

	*out = NULL;
	if (scan == NULL)
		return jr_error_set(err, JR_ERR_NOMEM, 0,
							"out of memory scanning requirements");
	scan->hm.n = 0;
	scan->ng = 0;
	if (pt->text != NULL && pt->len > 0)
	{
		find_heading_marks(pt, &scan->hm);
		scan->ng = scan_degree_groups(pt, scan->groups, EDU_MAX_GROUPS);
		if (scan->ng < 0)
		{
			jr_free(scan);
			return jr_error_set(err, JR_ERR_CANCELED, 0,
								"canceling requirement extraction");
		}
	}
	*out = scan;
	return JR_OK;
}

/* Release a scan from jr_req_scan_build; NULL is ignored. */
void
jr_req_scan_free(jr_req_scan *scan)
{
	jr_free(scan);
}

/* Words that end the part of a clause that describes a degree. */
static const char *const degree_clause_stops[] = {
	"experience", "years", "year", "knowledge", "skills", "skill",
	"proficiency", "proficient", "familiarity", "ability", "certification",
	"certifications", "license", "with", NULL
};

/* Benefit words: "tuition reimbursement for a Master's degree". */
static const char *const degree_benefit_cues[] = {
	"tuition", "reimbursement", "reimburse", "scholarship", "scholarships",
	"alumni", "sponsorship", "assistance", "pursue", NULL
};

/* Words before a degree that make the reader a student working toward it. */
static const char *const degree_student_cues[] = {
	"pursuing", "enrolled", "enrollment", "student", "students",
	"final year", "final-year", "working toward", "working towards",
	"rising", "studying", "currently attending", NULL
};

/* True when a group follows a label such as "Education:" or "Degree:". */
static bool
degree_after_label(const char *t, size_t c0, size_t start)
{
	static const char *const label_words[] = {
		"education", "level", "degree", "qualification", "qualifications",
		"requirement", "requirements", "required", "minimum", NULL
	};
	size_t		j = start;
	size_t		ws;
	size_t		we;

	while (j > c0 && (t[j - 1] == ' ' || t[j - 1] == '\t'))
		j--;
	if (j <= c0 || t[j - 1] != ':')
		return false;
	ws = prev_word(t, c0, j - 1, &we);
	return ws < we && word_in(t, ws, we, label_words);
}

/* True when [from, to) holds only the given words and punctuation. */
static bool
only_words(const char *t, size_t from, size_t to, const char *const *words)
{
	size_t		i = from;

	while (i < to)
	{
		if (is_alnum((unsigned char) t[i]))
		{
			size_t		e = i;

			while (e < to && is_alnum((unsigned char) t[e]))
				e++;
			if (!word_in(t, i, e, words))
				return false;
			i = e;
		}
		else
			i++;
	}
	return true;
}

/* Decide, for each group, whether it is ignored, required or preferred. */
static void
judge_degree_groups(const jr_posting_text *pt, const heading_marks *hm,
					edu_group *groups, int ng)
{
	const char *t = pt->text;
	size_t		len = pt->len;
	int			k;

	for (k = 0; k < ng; k++)
	{
		edu_group  *g = &groups[k];
		size_t		c0 = clause_start(t, len, g->start);
		size_t		c1 = clause_end(t, len, g->end);
		size_t		afrom = g->end;
		size_t		ato = c1;
		size_t		bfrom = c0;
		size_t		stop;
		size_t		j;
		int			m;

		g->kind = effective_kind(pt, hm, g->start);
		if (k + 1 < ng && groups[k + 1].start < ato)
			ato = groups[k + 1].start;
		if (k > 0 && groups[k - 1].end > bfrom && groups[k - 1].end <= g->start)
			bfrom = groups[k - 1].end;
		/* "(Master's Degree = 2 years)": an equivalence, not a need */
		j = skip_hspace(t, len, g->end);
		if (word_at(t, len, j, "degree") || word_at(t, len, j, "degrees"))
			j = skip_hspace(t, len, j + 6);
		if (j < len && (t[j] == 's' || t[j] == 'S'))
			j = skip_hspace(t, len, j + 1);
		if (j < len && t[j] == '=')
		{
			g->ignored = true;
			continue;
		}
		/* "If M.S. degree, ...": a condition */
		{
			size_t		f = find_word_last(t, len, g->start > bfrom + 12 ?
										   g->start - 12 : bfrom, g->start,
										   "if");

			if (f != SIZE_MAX &&
				only_words(t, f + 2, g->start, (const char *const[]) {
				"a", "an", "the", NULL}))
			{
				g->ignored = true;
				continue;
			}
		}
		if (find_any_word(t, len, c0, c1, degree_benefit_cues, NULL) != SIZE_MAX)
		{
			g->ignored = true;
			continue;
		}
		/* "currently pursuing a Bachelor's": a student holds no degree yet */
		if (find_any_word(t, len, c0, g->start, degree_student_cues, NULL) !=
			SIZE_MAX)
		{
			g->ignored = true;
			continue;
		}
		/* "a combination of work experience and degree": no level named */
		if (g->generic && find_word(t, len, c0, g->start, "combination") !=
			SIZE_MAX)
		{
			g->ignored = true;
			continue;
		}
		/* "... related field. (Not Required)": a parenthesis just after */
		if (ato == c1)
		{
			size_t		q = c1;

			while (q < len && (t[q] == '.' || t[q] == ' '))
				q++;
			if (q < len && t[q] == '(' && q < c1 + 4)
			{
				const char *close = memchr(t + q, ')', len - q < 24 ? len - q : 24);

				if (close != NULL)
					ato = (size_t) (close - t);
			}
		}
		stop = find_any_word(t, len, afrom, ato, degree_clause_stops, NULL);
		if (stop != SIZE_MAX)
			ato = stop;
		if (g->start > bfrom + 40)
			bfrom = g->start - 40;
		m = marker_around(t, len, bfrom, g->start, afrom, ato);
		if (m == 0 && degree_after_label(t, c0, g->start))
			m = -1;				/* "Education Level: Bachelor's Degree" */
		/* in About/Benefits/Pay sections only an explicit statement counts */
		if (m == 0 && section_is_foreign(g->kind))
		{
			g->ignored = true;
			continue;
		}
		/* "No college degree necessary", "a degree is not required" */
		if (m == 2 || find_word(t, len, g->start > bfrom + 18 ? g->start - 18 :
								bfrom, g->start, "no") != SIZE_MAX)
		{
			g->ignored = true;
			continue;
		}
		if (m == 0)
			g->preferred = g->kind == JR_SEC_PREFERRED;
		else
			g->preferred = m > 0;
	}
}

/* ------------------------------------------------------------------------
 * Experience extraction
 * ------------------------------------------------------------------------ */

/* Number of words (letters, digits, hyphens) in t[from, to). */
static int
count_words(const char *t, size_t from, size_t to)
{
	int			n = 0;
	bool		in = false;

	for (size_t k = from; k < to; k++)
	{
		bool		w = is_alnum((unsigned char) t[k]) || t[k] == '-' ||
			((unsigned char) t[k] & 0x80);

		if (w && !in)
			n++;
		in = w;
	}
	return n;
}

/* Phrases of an explicit "no experience required". */
static bool
find_no_experience(const jr_posting_text *pt, jr_req_span *span)
{
	const char *t = pt->text;
	size_t		len = pt->len;
	size_t		i = 0;
	int			seen = 0;

	while (seen++ < CUE_MAX_HITS &&
		   (i = find_word(t, len, i, len, "experience")) != SIZE_MAX)
	{
		size_t		e = i + 10;
		size_t		c0 = clause_start(t, len, i);
		size_t		from = i > c0 + 30 ? i - 30 : c0;
		size_t		no = find_word_last(t, len, from, i, "no");
		size_t		j = skip_hspace(t, len, e);

		if (jr_interrupted())
			return false;

		if (section_is_foreign(section_kind(pt, i)))
		{
			i = e;
			continue;
		}
		if (word_at(t, len, j, "is"))
			j = skip_hspace(t, len, j + 2);
		if (word_at(t, len, j, "not"))
		{
			size_t		k = skip_hspace(t, len, j + 3);

			if (word_at(t, len, k, "required") ||
				word_at(t, len, k, "necessary") ||
				word_at(t, len, k, "needed"))
			{
				span->start = no != SIZE_MAX ? no : i;
				span->end = k + (word_at(t, len, k, "needed") ? 6 : 8) +
					(word_at(t, len, k, "necessary") ? 1 : 0);
				return true;
			}
		}
		/* "No teaching experience needed": a domain word, then the verdict */
		if (no != SIZE_MAX && i - (no + 2) <= 24 &&
			count_words(t, no + 2, i) <= 2 &&
			(word_at(t, len, j, "required") || word_at(t, len, j, "necessary") ||
			 word_at(t, len, j, "needed")))
		{
			span->start = no;
			span->end = j + (word_at(t, len, j, "needed") ? 6 :
							 word_at(t, len, j, "required") ? 8 : 9);
			return true;
		}
		if (no != SIZE_MAX && only_qualifiers(t, no + 2, i) &&
			(word_at(t, len, j, "required") || word_at(t, len, j, "necessary") ||
			 word_at(t, len, j, "needed") || word_at(t, len, j, "is") ||
			 word_at(t, len, j, "no") || j >= len || t[j] == '!' ||
			 t[j] == '.' || t[j] == ',' || t[j] == '?' || t[j] == '\n' ||
			 t[j] == '-' || t[j] == ';'))
		{
			span->start = no;
			span->end = e;
			return true;
		}
		if (no != SIZE_MAX && i - (no + 2) <= 24 &&
			!has_letter(t, no + 2, no + 3))
		{
			/* "no prior experience", "no previous work experience" */
			static const char *const mods[] = {
				"prior", "previous", "work", "professional", "industry",
				"relevant", "related", "formal", "direct", NULL
			};
			size_t		p = skip_hspace(t, len, no + 2);
			bool		ok = true;

			while (p < i)
			{
				size_t		we = p;

				while (we < i && is_alpha((unsigned char) t[we]))
					we++;
				if (we == p || !word_in(t, p, we, mods))
				{
					ok = false;
					break;
				}
				p = skip_hspace(t, len, we);
			}
			if (ok)
			{
				span->start = no;
				span->end = e;
				return true;
			}
		}
		i = e;
	}
	return false;
}

/* Find the experience requirement of the main role. */
jr_status
jr_experience_extract(const jr_posting_text *pt, jr_experience *out,
					  jr_error *err)
{
	jr_req_scan *scan;
	jr_status	st;

	memset(out, 0, sizeof(*out));
	jr_error_clear(err);
	if (pt->text == NULL || pt->len == 0)
		return JR_OK;
	if ((st = jr_req_scan_build(pt, &scan, err)) != JR_OK)
		return st;
	st = jr_experience_extract_scan(pt, scan, out, err);
	jr_req_scan_free(scan);
	return st;
}

/* jr_experience_extract with the scan of pt already made. */
jr_status
jr_experience_extract_scan(const jr_posting_text *pt, const jr_req_scan *scan,
						   jr_experience *out, jr_error *err)
{
	const char *t = pt->text;
	size_t		len = pt->len;
	size_t		i = 0;
	size_t		next_poll = INTERRUPT_STRIDE;
	int			namounts = 0;
	int			nc = 0;
	int			ng;
	int			k;
	int			tier;
	exp_cand	cands[EXP_MAX_CANDS];
	const edu_group *groups = scan->groups;
	const heading_marks *hm = &scan->hm;

	memset(out, 0, sizeof(*out));
	jr_error_clear(err);
	if (pt->text == NULL || pt->len == 0)
		return JR_OK;
	while (i < len && nc < EXP_MAX_CANDS && namounts < EXP_MAX_AMOUNTS)
	{
		unsigned char c = (unsigned char) t[i];
		amount		a;

		if (poll_interrupt(i, &next_poll))
			return jr_error_set(err, JR_ERR_CANCELED, i,
								"canceling experience extraction");
		if (is_digit(c) && (i == 0 || (!is_digit((unsigned char) t[i - 1]) &&
									   !((t[i - 1] == '.' || t[i - 1] == ',') &&
										 i >= 2 &&
										 is_digit((unsigned char) t[i - 2])))))
		{
			if (parse_amount(t, len, i, &a))
			{
				namounts++;
				if (judge_amount(pt, hm, &a, &cands[nc]))
					nc++;
				i = a.end;
				continue;
			}
			while (i < len && is_digit((unsigned char) t[i]))
				i++;
			continue;
		}
		if (is_alpha(c) && word_start(t, i))
		{
			if (may_be_number_word(t, len, i) &&
				parse_amount(t, len, i, &a))
			{
				namounts++;
				if (judge_amount(pt, hm, &a, &cands[nc]))
					nc++;
				i = a.end;
				continue;
			}
			while (i < len && is_alpha((unsigned char) t[i]))
				i++;
			continue;
		}
		i++;
	}
	if (jr_interrupted())
		return jr_error_set(err, JR_ERR_CANCELED, len,
							"canceling experience extraction");

	/* attach degrees: "BS with 7 years", "Master's degree and 2 years" */
	ng = scan->ng;
	{
		bool		claimed[EDU_MAX_GROUPS];

		memset(claimed, 0, sizeof(claimed));
		/* "5+ years of experience with a Bachelor's degree", "(MS)" */
		for (k = 0; k < nc; k++)
		{
			exp_cand   *c = &cands[k];
			size_t		next = k + 1 < nc ? cands[k + 1].a.start : len;
			int			g;

			for (g = 0; g < ng; g++)
			{
				size_t		gs = groups[g].start;
				size_t		w0 = gs > c->a.end + 14 ? gs - 14 : c->a.end;
				size_t		p0 = gs > w0 + 3 ? gs - 3 : w0;

				if (gs < c->a.end)
					continue;
				if (gs >= c->cend || gs >= next)
					break;
				if (find_word(t, len, w0, gs, "with") != SIZE_MAX ||
					memchr(t + p0, '(', gs - p0) != NULL)
				{
					c->degree = groups[g].level;
					c->degree_start = groups[g].start;
					claimed[g] = true;
				}
				break;
			}
		}
		/* "BS with 7 years", "Master's degree and 2 years" */
		for (k = 0; k < nc; k++)
		{
			exp_cand   *c = &cands[k];
			size_t		prev_end = k > 0 ? cands[k - 1].a.end : 0;
			int			g;

			if (c->degree != JR_EDU_UNKNOWN)
				continue;
			for (g = ng - 1; g >= 0; g--)
			{
				size_t		or_pos = SIZE_MAX;

				if (groups[g].end > c->a.start)
					continue;
				if (claimed[g] || groups[g].start < c->cstart ||
					groups[g].start < prev_end)
				{
					/* "Bachelor's degree ... OR 3+ years": in its place */
					if (!claimed[g] && c->or_before &&
						groups[g].end >= prev_end &&
						c->a.start - groups[g].end < 250 &&
						or_before_amount(t, c->a.start, &or_pos) &&
						or_pos >= groups[g].end)
						c->substitute = true;
					break;
				}
				if (c->or_before && or_before_amount(t, c->a.start, &or_pos) &&
					or_pos >= groups[g].end)
					c->substitute = true;
				else
				{
					c->degree = groups[g].level;
					c->degree_start = groups[g].start;
				}
				break;
			}
		}
	}

	/*
	 * Choose the main requirement: among the required statements (then
	 * degree substitutes, then those of a Preferred section), each run of
	 * alternatives counts with its smallest value, and the largest of these
	 * is what the role needs (all requirements hold at once).
	 */
	for (tier = 0; tier < 3; tier++)
	{
		int			best_first = -1;
		int			best_min = -1;
		int32_t		best_months = -1;
		int			run_first = -1;
		int			run_min = -1;
		int			prev = -1;
		int			run_len = 0;
		int			best_len = 0;

		for (k = 0; k <= nc; k++)
		{
			bool		in_tier = false;
			bool		join = false;

			if (k < nc)
			{
				exp_cand   *c = &cands[k];

				if (c->preferred)
					in_tier = false;
				else if (tier == 0)
					in_tier = !c->pref_section && !c->substitute;
				else if (tier == 1)
					in_tier = !c->pref_section && c->substitute;
				else
					in_tier = c->pref_section;
				if (!in_tier)
					continue;
				if (prev >= 0)
				{
					exp_cand   *p = &cands[prev];

					if (c->degree != JR_EDU_UNKNOWN &&
						p->degree != JR_EDU_UNKNOWN && c->degree != p->degree &&
						c->a.start - p->a.end < 300)
						join = true;
					else if (c->or_before && c->a.start - p->a.end < 200 &&
							 c->kind == p->kind)
						join = true;
				}
			}
			if (k == nc || !join)
			{
				/* close the current run */
				if (run_first >= 0 && cands[run_min].a.lo > best_months)
				{
					best_months = cands[run_min].a.lo;
					best_first = run_first;
					best_min = run_min;
					best_len = run_len;
				}
				if (k == nc)
					break;
				run_first = k;
				run_min = k;
				run_len = 1;
			}
			else
			{
				run_len++;
				if (cands[k].a.lo < cands[run_min].a.lo)
					run_min = k;
			}
			prev = k;
		}
		if (best_first >= 0)
		{
			exp_cand   *m = &cands[best_min];
			int			n = 0;

			out->state = JR_REQ_STATED;
			out->months = m->a.lo;
			out->max_months = m->a.range ? m->a.hi : 0;
			/* the run's members: evidence, and degree alternatives */
			for (k = best_first; k < nc && n < best_len; k++)
			{
				exp_cand   *c = &cands[k];
				bool		in_tier;

				if (c->preferred)
					continue;
				in_tier = tier == 0 ? (!c->pref_section && !c->substitute)
					: tier == 1 ? (!c->pref_section && c->substitute)
					: c->pref_section;
				if (!in_tier)
					continue;
				n++;
				if (out->nspans < JR_REQ_MAX_SPANS)
				{
					out->spans[out->nspans].start = c->a.start;
					out->spans[out->nspans].end = c->a.end;
					out->nspans++;
				}
				if (best_len > 1 && c->degree != JR_EDU_UNKNOWN &&
					out->nalternatives < JR_EXP_MAX_ALTERNATIVES)
				{
					jr_exp_alternative *alt =
						&out->alternatives[out->nalternatives++];

					alt->months = c->a.lo;
					alt->level = c->degree;
					alt->span.start = c->degree_start;
					alt->span.end = c->a.end;
				}
			}
			if (out->nalternatives < 2)
				out->nalternatives = 0;
			return JR_OK;
		}
	}
	{
		jr_req_span span;

		if (find_no_experience(pt, &span))
		{
			out->state = JR_REQ_NONE;
			out->spans[0] = span;
			out->nspans = 1;
		}
	}
	if (jr_interrupted())
		return jr_error_set(err, JR_ERR_CANCELED, 0,
							"canceling experience extraction");
	return JR_OK;
}

/* ------------------------------------------------------------------------
 * Education extraction
 * ------------------------------------------------------------------------ */

/* Field-of-study words that only qualify ("a related field"). */
static const char *const field_vague_starts[] = {
	"a", "an", "the", "related", "relevant", "similar", "other", "any",
	"equivalent", "another", "comparable", "applicable", "appropriate",
	"closely", "directly", "in", "one", "two", "three", "four", "five",
	"work", "etc", NULL
};

/* Words that end a list of fields of study. */
static const char *const field_stops[] = {
	"preferred", "required", "with", "from", "plus", "and/or", "is", "are",
	"or equivalent", "preferably", "strongly", "highly", "desired",
	"experience", "required.", "including", "such", "e.g", "i.e", "at",
	"years", "year", "is", "a plus", "minimum", "will", "etc", NULL
};

/* Nouns that name a class of fields ("a quantitative field"), not a field. */
static const char *const field_classes[] = {
	"field", "fields", "discipline", "disciplines", "area", "areas",
	"subject", "subjects", "major", "majors", NULL
};

/* Skip "or higher", "or equivalent", "required" between a degree and "in". */
static size_t
skip_level_qualifier(const char *t, size_t len, size_t j)
{
	static const char *const quals[] = {
		"or higher", "or above", "or greater", "or equivalent",
		"or an equivalent", "is required", "required", "preferred", NULL
	};

	for (int round = 0; round < 2; round++)
	{
		int			k;

		for (k = 0; quals[k] != NULL; k++)
			if (word_at(t, len, j, quals[k]))
				break;
		if (quals[k] == NULL)
			break;
		j = skip_hspace(t, len, j + strlen(quals[k]));
	}
	return j;
}

/*
 * Skip a class of fields that introduces a list: "a quantitative field
 * (Statistics, ...)", "a technical discipline such as Physics, ...".  Returns
 * the start of the list (and narrows *to to the closing parenthesis), or j
 * unchanged when the text does not have that shape.
 */
static size_t
skip_field_class(const char *t, size_t len, size_t j, size_t *to)
{
	static const char *const openers[] = {
		"such as", "like", "e.g.", "e.g", "including", "for example", NULL
	};
	size_t		i = j;

	if (word_at(t, len, i, "a") || word_at(t, len, i, "an"))
		i = skip_hspace(t, len, i + (word_at(t, len, i, "a") ? 1 : 2));
	for (int w = 0; w < 4 && i < *to; w++)
	{
		size_t		e = i;

		while (e < *to && (is_alpha((unsigned char) t[e]) || t[e] == '-'))
			e++;
		if (e == i)
			return j;
		if (word_in(t, i, e, field_classes))
		{
			i = skip_hspace(t, len, e);
			if (i < *to && t[i] == ',')
				i = skip_hspace(t, len, i + 1);
			if (i < *to && t[i] == '(')
			{
				const char *close = memchr(t + i, ')', *to - i);

				if (close != NULL)
					*to = (size_t) (close - t);
				return skip_hspace(t, len, i + 1);
			}
			for (int k = 0; openers[k] != NULL; k++)
				if (word_at(t, len, i, openers[k]))
					return skip_hspace(t, len, i + strlen(openers[k]));
			return j;
		}
		i = skip_hspace(t, len, e);
	}
	return j;
}

/* Read "in Computer Science, Statistics, or a related field" after a group. */
static void
read_fields(const char *t, size_t len, size_t from, size_t to,
			jr_edu_item *item)
{
	size_t		j = skip_hspace(t, len, from);
	size_t		stop;

	/* "B.S. in Physics": the group ends before the abbreviation's dot */
	if (from >= 3 && j == from && j < len && t[j] == '.' &&
		t[from - 2] == '.' && is_alpha((unsigned char) t[from - 1]))
		j = skip_hspace(t, len, j + 1);
	if (j < len && t[j] == '(')
	{
		/* "Master's degree (M.A./M.S.) in ..." */
		size_t		e = j;

		while (e < to && t[e] != ')')
			e++;
		j = skip_hspace(t, len, e + 1);
	}
	if (word_at(t, len, j, "degree") || word_at(t, len, j, "degrees"))
		j = skip_hspace(t, len, j + (word_at(t, len, j, "degree") ? 6 : 7));
	j = skip_level_qualifier(t, len, j);
	if (!word_at(t, len, j, "in"))
		return;
	j = skip_hspace(t, len, j + 2);
	j = skip_field_class(t, len, j, &to);
	stop = find_any_word(t, len, j, to, field_stops, NULL);
	if (stop != SIZE_MAX)
		to = stop;
	while (j < to && item->nfields < JR_EDU_MAX_FIELDS)
	{
		size_t		e = j;
		size_t		ws;
		size_t		we;

		/* a field runs to the next ",", "/", "(" or " or "/" and " */
		while (e < to && t[e] != ',' && t[e] != '(' && t[e] != ')' &&
			   t[e] != '/' && t[e] != '.' && t[e] != ':' && t[e] != '*' &&
			   t[e] != '|' && !is_digit((unsigned char) t[e]) &&
			   !(e > j && word_at(t, len, e, "or")) &&
			   !(e > j && word_at(t, len, e, "and")))
			e++;
		/* trim */
		we = e;
		while (we > j && (t[we - 1] == ' ' || t[we - 1] == '\t'))
			we--;
		ws = j;
		if (we > ws && we - ws <= 60 && has_letter(t, ws, we))
		{
			size_t		fe = ws;

			while (fe < we && is_alpha((unsigned char) t[fe]))
				fe++;
			/* "or a related technical discipline" ends the list */
			if (find_any_word(t, len, ws, we, field_classes, NULL) != SIZE_MAX)
				break;
			if (!word_in(t, ws, fe, field_vague_starts))
			{
				item->fields[item->nfields].start = ws;
				item->fields[item->nfields].end = we;
				item->nfields++;
			}
		}
		if (e >= to)
			break;
		if (t[e] == '(' || t[e] == ')' || t[e] == '.' || t[e] == ':' ||
			t[e] == '*' || t[e] == '|' || is_digit((unsigned char) t[e]))
			break;
		j = e + 1;
		if (word_at(t, len, e, "or"))
			j = e + 2;
		else if (word_at(t, len, e, "and"))
			j = e + 3;
		j = skip_hspace(t, len, j);
		if (word_at(t, len, j, "or"))
			j = skip_hspace(t, len, j + 2);
		if (word_at(t, len, j, "and"))
			j = skip_hspace(t, len, j + 3);
	}
}

/* The fields of study after group k, up to its clause end or the next group. */
static void
read_group_fields(const jr_posting_text *pt, const edu_group *groups, int ng,
				  int k, jr_edu_item *item)
{
	size_t		c1 = clause_end(pt->text, pt->len, groups[k].end);

	if (k + 1 < ng && groups[k + 1].start < c1)
		c1 = groups[k + 1].start;
	read_fields(pt->text, pt->len, groups[k].end, c1, item);
}

/* Phrases saying experience may stand in for the degree. */
static bool
find_in_place(const jr_posting_text *pt, const edu_group *groups, int ng,
			  jr_req_span *span)
{
	const char *t = pt->text;
	size_t		len = pt->len;
	static const char *const cues[] = {
		"equivalent", "equivalency", "in lieu", "in place of", "instead of",
		"substitute", "substituted", "substitution", "combination", NULL
	};
	size_t		i = 0;
	int			which = 0;
	int			g;
	int			seen = 0;

	while (i < len && seen++ < CUE_MAX_HITS)
	{
		size_t		p = find_any_word(t, len, i, len, cues, &which);
		size_t		c0;
		size_t		c1;

		if (p == SIZE_MAX || jr_interrupted())
			break;
		i = p + 1;
		if (section_is_foreign(section_kind(pt, p)))
			continue;
		c0 = clause_start(t, len, p);
		c1 = clause_end(t, len, p);
		if (which <= 1)
		{
			/* "or equivalent (work) experience" */
			size_t		e = find_any_word(t, len, p, p + 60 < c1 ? p + 60 : c1,
										  exp_words, NULL);

			if (e != SIZE_MAX)
			{
				span->start = p;
				span->end = e + 10 <= len ? e + 10 : len;
				return true;
			}
			continue;
		}
		if (which == 8)
		{
			/* "a combination of education and experience" */
			if (find_any_word(t, len, p, c1, exp_words, NULL) != SIZE_MAX &&
				(find_word(t, len, p, c1, "education") != SIZE_MAX ||
				 find_word(t, len, p, c1, "degree") != SIZE_MAX ||
				 find_word(t, len, p, c1, "training") != SIZE_MAX))
			{
				span->start = p;
				span->end = c1;
				return true;
			}
			continue;
		}
		/* "in lieu of a degree", "experience may be substituted" */
		if ((find_word(t, len, c0, c1, "degree") != SIZE_MAX ||
			 find_word(t, len, c0, c1, "education") != SIZE_MAX ||
			 find_word(t, len, c0, c1, "diploma") != SIZE_MAX) &&
			find_any_word(t, len, c0, c1, exp_words, NULL) != SIZE_MAX)
		{
			span->start = p;
			span->end = c1;
			return true;
		}
	}
	/* "Bachelor's degree ... OR 3+ years of experience" */
	for (g = 0; g < ng; g++)
	{
		size_t		c1;
		size_t		o;

		if (groups[g].ignored || groups[g].preferred)
			continue;
		c1 = clause_end(t, len, groups[g].end);
		if (g + 1 < ng && groups[g + 1].start < c1)
			c1 = groups[g + 1].start;
		o = groups[g].end;
		while ((o = find_word(t, len, o, c1, "or")) != SIZE_MAX)
		{
			size_t		j = skip_hspace(t, len, o + 2);
			amount		a;
			int			guard = 0;

			while (guard++ < 4 && (word_at(t, len, j, "a") ||
								   word_at(t, len, j, "minimum") ||
								   word_at(t, len, j, "of") ||
								   word_at(t, len, j, "at") ||
								   word_at(t, len, j, "least")))
			{
				while (j < len && is_alpha((unsigned char) t[j]))
					j++;
				j = skip_hspace(t, len, j);
			}
			if (parse_amount(t, len, j, &a) && a.lo > 0)
			{
				span->start = o;
				span->end = a.end;
				return true;
			}
			o += 2;
		}
	}
	return false;
}

/* Explicit "no degree required", "degree not required". */
static bool
find_no_degree(const jr_posting_text *pt, jr_req_span *span)
{
	const char *t = pt->text;
	size_t		len = pt->len;
	static const char *const nouns[] = {
		"degree", "diploma", "education", NULL
	};
	size_t		i = 0;
	int			seen = 0;

	while (i < len && seen++ < CUE_MAX_HITS)
	{
		size_t		p = find_any_word(t, len, i, len, nouns, NULL);
		size_t		e;
		size_t		j;
		size_t		c0;
		size_t		no;

		if (p == SIZE_MAX || jr_interrupted())
			return false;
		e = p;
		while (e < len && is_alpha((unsigned char) t[e]))
			e++;
		i = e;
		if (section_is_foreign(section_kind(pt, p)))
			continue;
		c0 = clause_start(t, len, p);
		j = skip_hspace(t, len, e);
		if (word_at(t, len, j, "is"))
			j = skip_hspace(t, len, j + 2);
		if (word_at(t, len, j, "not") &&
			(word_at(t, len, skip_hspace(t, len, j + 3), "required") ||
			 word_at(t, len, skip_hspace(t, len, j + 3), "necessary") ||
			 word_at(t, len, skip_hspace(t, len, j + 3), "needed")))
		{
			span->start = p;
			span->end = skip_hspace(t, len, j + 3) + 8;
			if (span->end > len)
				span->end = len;
			return true;
		}
		no = find_word_last(t, len, p > c0 + 24 ? p - 24 : c0, p, "no");
		if (no != SIZE_MAX &&
			(word_at(t, len, j, "required") || word_at(t, len, j, "necessary") ||
			 word_at(t, len, j, "needed")))
		{
			span->start = no;
			span->end = j + 8 <= len ? j + 8 : len;
			return true;
		}
	}
	return false;
}

/* Find the education required and preferred. */
jr_status
jr_education_extract(const jr_posting_text *pt, jr_education *out,
					 jr_error *err)
{
	jr_req_scan *scan;
	jr_status	st;

	memset(out, 0, sizeof(*out));
	jr_error_clear(err);
	if (pt->text == NULL || pt->len == 0)
		return JR_OK;
	if ((st = jr_req_scan_build(pt, &scan, err)) != JR_OK)
		return st;
	st = jr_education_extract_scan(pt, scan, out, err);
	jr_req_scan_free(scan);
	return st;
}

/* jr_education_extract with the scan of pt already made. */
jr_status
jr_education_extract_scan(const jr_posting_text *pt, const jr_req_scan *scan,
						  jr_education *out, jr_error *err)
{
	edu_group	groups[EDU_MAX_GROUPS];
	int			ng = scan->ng;
	int			k;
	int			req = -1;
	jr_req_span span;

	memset(out, 0, sizeof(*out));
	jr_error_clear(err);
	if (pt->text == NULL || pt->len == 0)
		return JR_OK;
	if (jr_interrupted())
		return jr_error_set(err, JR_ERR_CANCELED, 0,
							"canceling education extraction");
	/* judging marks the groups: work on a copy */
	memcpy(groups, scan->groups, sizeof(edu_group) * (size_t) ng);
	judge_degree_groups(pt, &scan->hm, groups, ng);
	for (k = 0; k < ng; k++)
	{
		if (groups[k].ignored)
			continue;
		if (!groups[k].preferred)
		{
			if (req < 0 || groups[k].level < groups[req].level)
				req = k;
		}
		else if (groups[k].level > out->preferred_level)
			out->preferred_level = groups[k].level;
	}
	if (req >= 0)
	{
		jr_edu_item *item = &out->items[out->nitems++];

		out->required_level = groups[req].level;
		item->level = groups[req].level;
		item->required = true;
		item->span.start = groups[req].start;
		item->span.end = groups[req].end;
		read_group_fields(pt, groups, ng, req, item);
	}
	/*
	 * One preferred entry: the highest level preferred ("MS preferred, PhD
	 * a plus" -> doctorate); each statement counts with its lowest level.
	 */
	for (k = 0; k < ng && out->nitems < JR_EDU_MAX_ITEMS; k++)
	{
		jr_edu_item *item;

		if (groups[k].ignored || !groups[k].preferred ||
			groups[k].level != out->preferred_level)
			continue;
		item = &out->items[out->nitems++];
		item->level = groups[k].level;
		item->required = false;
		item->span.start = groups[k].start;
		item->span.end = groups[k].end;
		read_group_fields(pt, groups, ng, k, item);
		break;
	}
	/* every degree mention's fields of study ("in Physics or Statistics") */
	for (k = 0; k < ng && out->nall_fields < JR_EDU_MAX_ALL_FIELDS; k++)
	{
		jr_edu_item fields;

		fields.nfields = 0;
		read_group_fields(pt, groups, ng, k, &fields);
		for (int f = 0; f < fields.nfields &&
			 out->nall_fields < JR_EDU_MAX_ALL_FIELDS; f++)
			out->all_fields[out->nall_fields++] = fields.fields[f];
	}
	if (out->nitems > 0)
		out->state = JR_REQ_STATED;
	else if (find_no_degree(pt, &span))
	{
		out->state = JR_REQ_NONE;
		out->none_span = span;
	}
	if (find_in_place(pt, groups, ng, &span))
	{
		out->experience_in_place = true;
		out->in_place_span = span;
	}
	if (jr_interrupted())
		return jr_error_set(err, JR_ERR_CANCELED, 0,
							"canceling education extraction");
	return JR_OK;
}

/* ------------------------------------------------------------------------
 * Base pay
 * ------------------------------------------------------------------------ */

/* Words that put a pay mention in a base-pay context. */
static const char *const pay_cues[] = {
	"salary", "salaries", "pay", "paid", "compensation", "wage", "wages",
	"rate", "rates", "base", "hourly", "range", "earns", "annually",
	"annual", "per hour", "stipend", "income", NULL
};

/* Words that make a mention something other than base pay. */
static const char *const pay_skip_cues[] = {
	"bonus", "bonuses", "commission", "commissions", "ote", "on-target",
	"on target", "equity", "stock", "rsu", "rsus", "sign-on", "signing",
	"relocation", "revenue", "revenues", "funding", "raised", "valuation",
	"arr", "tuition", "reimbursement", "allowance", "referral", "401k",
	"401(k)", "tips", "incentive", "incentives", "profit", "fee", "fees",
	"budget", "price", "prices", "cost", "costs", "worth", "investors",
	"investment", "acquisition", "series", "earning", "earnings", "earn",
	"potential", "sales", "quota", "grant", "grants", "award", "prize", "loan",
	"discount", "credit", "donation", "assets", "aum", "capital", "market",
	"deductible", "premium", "premiums", "per diem", "uncapped", NULL
};

/* Nearest cue before a mention: +1 base pay, -1 not base pay, 0 none. */
static int
pay_context(const jr_posting_text *pt, const jr_salary_hit *h, size_t *cue)
{
	const char *t = pt->text;
	size_t		len = pt->len;
	size_t		from = h->start > 160 ? h->start - 160 : 0;
	size_t		j;
	size_t		p;
	size_t		s;
	int			which;

	/* back to the start of the sentence, but past an empty line start */
	for (j = h->start; j > from; j--)
		if ((t[j - 1] == '.' && sentence_end_at(t, len, j - 1)) ||
			t[j - 1] == ';' || t[j - 1] == '!' || t[j - 1] == '?')
			break;
	from = j;
	p = find_any_word_last(t, len, from, h->start, pay_cues, &which);
	s = find_any_word_last(t, len, from, h->start, pay_skip_cues, &which);
	/* right after: "$5,000 signing bonus", "$3B in revenue" */
	{
		size_t		a = skip_hspace(t, len, h->end);
		int			k;

		if (word_at(t, len, a, "in") || word_at(t, len, a, "of"))
			a = skip_hspace(t, len, a + 2);
		for (k = 0; pay_skip_cues[k] != NULL; k++)
			if (word_at(t, len, a, pay_skip_cues[k]))
			{
				*cue = a;
				return -1;
			}
	}
	if (s != SIZE_MAX && (p == SIZE_MAX || s > p))
	{
		*cue = s;
		return -1;
	}
	if (p != SIZE_MAX)
	{
		*cue = p;
		return 1;
	}
	return 0;
}

/* Read a location or level label before a mention ("For Seattle, WA-based"). */
static jr_req_span
pay_label(const jr_posting_text *pt, const jr_salary_hit *h)
{
	const char *t = pt->text;
	size_t		len = pt->len;
	size_t		c0 = clause_start(t, len, h->start);
	jr_req_span sp = {0, 0};
	size_t		b;
	size_t		f;

	/* "For Seattle, WA-based roles: ..." */
	b = find_sub(t, len, c0, h->start, "-based");
	f = find_word_last(t, len, c0, b == SIZE_MAX ? c0 : b, "for");
	if (b != SIZE_MAX && f != SIZE_MAX && b > f + 4)
	{
		sp.start = skip_hspace(t, len, f + 3);
		sp.end = b;
		return sp;
	}
	/* "In New York, ..." / "New York: $..." / "Level II: $..." */
	f = find_word(t, len, c0, h->start, "in");
	if (f != SIZE_MAX && f == skip_space(t, len, c0) && f + 3 < h->start &&
		is_upper((unsigned char) t[f + 3]))
	{
		size_t		e = f + 3;

		while (e < h->start && t[e] != ',' && t[e] != ':' && t[e] != '\n')
			e++;
		if (e - (f + 3) <= 40)
		{
			sp.start = f + 3;
			sp.end = e;
			return sp;
		}
	}
	{
		size_t		s0 = skip_space(t, len, c0);
		size_t		e = s0;

		while (e < h->start && t[e] != ':')
			e++;
		if (e == h->start)
		{
			/* a table row: "California   $70,350 to $235,100" */
			while (e > s0 && (t[e - 1] == ' ' || t[e - 1] == '\t' ||
							  t[e - 1] == '-'))
				e--;
			if (memchr(t + s0, '\n', e - s0) != NULL)
				e = s0;
			{
				size_t		i;

				for (i = s0; i < e; i++)
					if (is_digit((unsigned char) t[i]))
						e = s0;
			}
		}
		if (e < h->start && e > s0 && e - s0 <= 40 &&
			is_upper((unsigned char) t[s0]) &&
			!next_word_in(t, len, s0, (const char *const[]) {
			"up", "from", "starting", "between", "approximately", "about",
			"around", "plus", "and", "or", "only", "upto", "the", "this",
			"to", "at", "per", "base", NULL}) &&
			!has_letter(t, e + 1, h->start) &&
			find_any_word(t, len, s0, e, pay_cues, NULL) == SIZE_MAX &&
			find_any_word(t, len, s0, e, pay_skip_cues, NULL) == SIZE_MAX)
		{
			sp.start = s0;
			sp.end = e;
		}
	}
	return sp;
}

/* Choose the base pay among the pay mentions. */
jr_status
jr_pay_select(const jr_posting_text *pt, const jr_salary_hit *hits, int nhits,
			  jr_pay *out, jr_error *err)
{
	int			k;
	int			first_plain = -1;
	bool		commission = false;
	bool		strong = false;
	int			ctx[JR_PAY_MAX_ITEMS * 4];
	int			first_benefit = -1;
	size_t		cues[JR_PAY_MAX_ITEMS * 4];
	int			n = nhits < JR_PAY_MAX_ITEMS * 4 ? nhits : JR_PAY_MAX_ITEMS * 4;

	memset(out, 0, sizeof(*out));
	out->chosen = -1;
	jr_error_clear(err);
	if (pt->text == NULL || hits == NULL)
		return JR_OK;
	for (k = 0; k < n; k++)
	{
		jr_section_kind kind = section_kind(pt, hits[k].start);

		cues[k] = SIZE_MAX;
		ctx[k] = pay_context(pt, &hits[k], &cues[k]);
		if (ctx[k] == 0 && (kind == JR_SEC_COMPENSATION || kind == JR_SEC_HEADER))
			ctx[k] = 1;
		if (ctx[k] < 0 && cues[k] != SIZE_MAX &&
			(word_at(pt->text, pt->len, cues[k], "commission") ||
			 word_at(pt->text, pt->len, cues[k], "commissions") ||
			 word_at(pt->text, pt->len, cues[k], "ote") ||
			 word_at(pt->text, pt->len, cues[k], "on-target")))
			commission = true;
		/* "earning $1,000 per week": pay as stated, unless it is commission */
		if (ctx[k] < 0 && cues[k] != SIZE_MAX &&
			(word_at(pt->text, pt->len, cues[k], "earning") ||
			 word_at(pt->text, pt->len, cues[k], "earnings") ||
			 word_at(pt->text, pt->len, cues[k], "earn")))
		{
			size_t		we;
			size_t		ws = prev_word(pt->text, cues[k] > 20 ? cues[k] - 20 : 0,
									   cues[k], &we);

			if (ws < we && (word_is(pt->text, ws, we, "target") ||
							word_is(pt->text, ws, we, "potential")))
				commission = true;	/* "on-target earnings" */
			else
				ctx[k] = 0;
		}
		if (ctx[k] > 0)
			strong = true;
		if (ctx[k] == 0 && first_plain < 0 &&
			!section_is_foreign(kind == JR_SEC_COMPENSATION ? JR_SEC_OTHER : kind))
			first_plain = k;

		/*
		 * Boards that sum a posting up as "Job highlights" list the pay
		 * among the benefits ("$19.25 - $22.00 per hour"): a range with its
		 * currency and period stated there is the pay when nothing else is.
		 */
		if (ctx[k] == 0 && first_benefit < 0 && kind == JR_SEC_BENEFITS &&
			(hits[k].evidence & JR_HIT_CURRENCY) &&
			(hits[k].evidence & JR_HIT_PERIOD))
			first_benefit = k;
	}
	if (first_plain < 0)
		first_plain = first_benefit;
	/* a posting that pays commission: its "earnings" are no base pay */
	if (!commission && n > 0 &&
		(find_word(pt->text, pt->len, 0, pt->len, "commission") != SIZE_MAX ||
		 find_word(pt->text, pt->len, 0, pt->len, "commissions") != SIZE_MAX))
		commission = true;
	for (k = 0; k < n; k++)
		if (ctx[k] > 0)
			break;
	if (k == n)
	{
		/* no cue anywhere: a lone plain mention, unless the pay is commission */
		if (strong || commission || first_plain < 0)
			return JR_OK;
		k = first_plain;
	}
	out->chosen = 0;
	out->items[0].hit = hits[k];
	out->items[0].label = pay_label(pt, &hits[k]);
	out->nitems = 1;
	if (cues[k] != SIZE_MAX)
	{
		out->context.start = cues[k];
		out->context.end = cues[k];
		while (out->context.end < pt->len &&
			   is_alpha((unsigned char) pt->text[out->context.end]))
			out->context.end++;
	}
	/* per-location or per-level pay: keep every labelled base-pay mention */
	if (out->items[0].label.end > out->items[0].label.start)
	{
		int			m;

		for (m = k + 1; m < n && out->nitems < JR_PAY_MAX_ITEMS; m++)
		{
			jr_req_span lab;

			if (ctx[m] <= 0)
				continue;
			lab = pay_label(pt, &hits[m]);
			if (lab.end <= lab.start)
				continue;
			out->items[out->nitems].hit = hits[m];
			out->items[out->nitems].label = lab;
			out->nitems++;
		}
	}
	return JR_OK;
}

/* ------------------------------------------------------------------------
 * Level names
 * ------------------------------------------------------------------------ */

/* educationalLevel name of a level. */
const char *
jr_edu_level_name(jr_edu_level level)
{
	static const char *const names[] = {NULL, "high_school", "associate",
	"bachelor", "master", "doctorate"};

	return (level > 0 && level <= JR_EDU_DOCTORATE) ? names[level] : NULL;
}

/* credentialCategory of a level. */
const char *
jr_edu_credential_name(jr_edu_level level)
{
	static const char *const names[] = {NULL, "high school",
		"associate degree", "bachelor degree", "master degree",
	"doctoral degree"};

	return (level > 0 && level <= JR_EDU_DOCTORATE) ? names[level] : NULL;
}

/* Parse an educationalLevel name; false if unknown. */
bool
jr_edu_level_parse(const char *s, size_t len, jr_edu_level *out)
{
	static const struct
	{
		const char *name;
		jr_edu_level level;
	}			names[] = {
		{"high_school", JR_EDU_HIGH_SCHOOL}, {"high school", JR_EDU_HIGH_SCHOOL},
		{"highschool", JR_EDU_HIGH_SCHOOL}, {"ged", JR_EDU_HIGH_SCHOOL},
		{"associate", JR_EDU_ASSOCIATE}, {"associates", JR_EDU_ASSOCIATE},
		{"associate degree", JR_EDU_ASSOCIATE},
		{"bachelor", JR_EDU_BACHELOR}, {"bachelors", JR_EDU_BACHELOR},
		{"bachelor degree", JR_EDU_BACHELOR},
		{"master", JR_EDU_MASTER}, {"masters", JR_EDU_MASTER},
		{"master degree", JR_EDU_MASTER},
		{"doctorate", JR_EDU_DOCTORATE}, {"doctoral", JR_EDU_DOCTORATE},
		{"doctoral degree", JR_EDU_DOCTORATE}, {"phd", JR_EDU_DOCTORATE},
		{"doctor", JR_EDU_DOCTORATE},
		{"postgraduate", JR_EDU_MASTER}, {"graduate", JR_EDU_MASTER},
		{"undergraduate", JR_EDU_BACHELOR}, {"secondary", JR_EDU_HIGH_SCHOOL},
		{"bachelor's", JR_EDU_BACHELOR}, {"master's", JR_EDU_MASTER},
		{"associate's", JR_EDU_ASSOCIATE},
		{NULL, JR_EDU_UNKNOWN}
	};
	int			k;

	*out = JR_EDU_UNKNOWN;
	if (s == NULL)
		return false;
	while (len > 0 && (*s == ' ' || *s == '\t'))
	{
		s++;
		len--;
	}
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	for (k = 0; names[k].name != NULL; k++)
	{
		size_t		n = strlen(names[k].name);
		size_t		i;

		if (n != len)
			continue;
		for (i = 0; i < n; i++)
			if (lower((unsigned char) s[i]) != (unsigned char) names[k].name[i])
				break;
		if (i == n)
		{
			*out = names[k].level;
			return true;
		}
	}
	return false;
}
