/*
 * jr_skills.c
 *		The skills taxonomy (compiled in by gen_skills.py) and the extractor
 *		that finds skills in free text.
 *
 * Text is normalized on the fly (ASCII case folded, runs of separators read
 * as one space, with the exceptions that keep C++, C#, .NET and R&D
 * distinct) and fed to an Aho-Corasick automaton over the normalized names
 * and aliases, so extraction is one linear pass with no per-skill pattern.
 *
 * A key found by the automaton is a candidate; which candidates become
 * mentions depends on word boundaries in the normalized stream:
 *
 *	 HARD  a separator, or the start or end of the text;
 *	 SOFT  a boundary implied by the writing, with no separator: a
 *		   lower-to-upper case change ("PythonScala"), the last capital of
 *		   a capital run before a lower-case word ("AWSAzure"), a change
 *		   between letters and digits ("Java8"), a letter after "+"/"#";
 *	 NONE  inside a word.
 *
 * A candidate is a mention when it starts and ends at a boundary, or when
 * it is a link of a run-together chain: keys that tile a word exactly, as
 * job boards print keyword lists with the commas dropped
 * ("computer scienceelectrical engineeringmathematics", "awsazuregcp",
 * "PythonScalaor Java").  A chain counts when it has three links or more, a
 * multi-word link, or starts at a SOFT boundary; this keeps "scalable"
 * from reading as Scala.  Among overlapping mentions the earliest start
 * wins, then the longest (so JavaScript beats Java, Objective-C beats C).
 * Stop phrases ("C-suite", "go-to-market") compete like skills and hide
 * what they contain.
 *
 * Forms flagged exact_case must appear with the case of a name or alias;
 * forms flagged context also need technical context: a technical skill
 * within a few words, a cue such as "experience with" just before, or a
 * neighbouring context word that has such context ("Go, Rust and Python").
 */
#include "jr_skills.h"
#include "jr_skills_data.h"

#include <stdlib.h>
#include <string.h>

#define BOUND_NONE	0
#define BOUND_SOFT	1
#define BOUND_HARD	2

/* Ring of recent normalized bytes; must exceed the longest key + 2. */
#define RING_SIZE	512
#define RING_MASK	(RING_SIZE - 1)

/* Context windows, in words. */
#define CONTEXT_DISTANCE	3	/* a technical skill this close */
#define CUE_DISTANCE		4	/* a cue ending this close before */
#define CONTEXT_SCAN_LIMIT	16	/* neighbours examined each way */

/* Check for interrupts after this many input bytes. */
#define INTERRUPT_INTERVAL	65536

#define NO_INDEX	SIZE_MAX

static size_t last_work = 0;

/* ------------------------------------------------------------------------
 * Taxonomy accessors
 * ------------------------------------------------------------------------
 */

/* Taxonomy version, part of every output that uses it. */
const char *
jr_skills_version(void)
{
	return jr_skills_data_version;
}

/* Number of canonical skills. */
int
jr_skill_count(void)
{
	return jr_skills_data_count;
}

/* True when id names a skill. */
static inline bool
valid_id(int id)
{
	return id >= 0 && id < jr_skills_data_count;
}

/* Canonical name of skill id. */
const char *
jr_skill_name(int id)
{
	if (!valid_id(id))
		return NULL;
	return jr_skills_strings + jr_skills_data[id].name;
}

/* Category of skill id. */
const char *
jr_skill_category(int id)
{
	if (!valid_id(id))
		return NULL;
	return jr_skills_strings +
		jr_skills_category_names[jr_skills_data[id].category];
}

/* Parent id of skill id, or -1 for a root. */
int
jr_skill_parent(int id)
{
	if (!valid_id(id))
		return -1;
	return jr_skills_data[id].parent;
}

/* Number of aliases of skill id. */
int
jr_skill_alias_count(int id)
{
	if (!valid_id(id))
		return 0;
	return jr_skills_data[id].alias_count;
}

/* The i-th alias of skill id. */
const char *
jr_skill_alias(int id, int i)
{
	if (!valid_id(id) || i < 0 || i >= jr_skills_data[id].alias_count)
		return NULL;
	return jr_skills_strings +
		jr_skills_alias_names[jr_skills_data[id].alias_first + i];
}

/* Depth of skill id in the hierarchy (0 for a root), -1 for a bad id. */
int
jr_skill_depth(int id)
{
	if (!valid_id(id))
		return -1;
	return jr_skills_data[id].depth;
}

/* Id of the skill whose canonical name is exactly name, or -1. */
int
jr_skill_by_name(const char *name)
{
	int			id = jr_skill_lookup(name, strlen(name));

	if (id >= 0 && strcmp(jr_skill_name(id), name) == 0)
		return id;
	return -1;
}

/* True when having skill `have` satisfies wanting `want` (same or ancestor). */
bool
jr_skill_covers(int have, int want)
{
	int			x = have;

	if (!valid_id(have) || !valid_id(want))
		return false;
	while (x >= 0)
	{
		if (x == want)
			return true;
		x = jr_skills_data[x].parent;
	}
	return false;
}

/* Work done by the last jr_skills_extract call in this process. */
size_t
jr_skills_last_work(void)
{
	return last_work;
}

/* ------------------------------------------------------------------------
 * Normalization (must agree with normalize() in gen_skills.py)
 * ------------------------------------------------------------------------
 */

/* One byte of the normalized stream. */
typedef struct norm_byte
{
	unsigned char c;
	uint8_t		bound;			/* boundary before this byte */
	size_t		orig_start;		/* the input character it came from */
	size_t		orig_end;
} norm_byte;

/* Streaming normalizer state. */
typedef struct norm_state
{
	const unsigned char *s;
	size_t		len;
	size_t		i;				/* next input byte */
	bool		pending;		/* a space is owed before the next word byte */
	bool		prev_word;		/* the previous input char was a word char */
	bool		any;			/* something has been emitted */
} norm_state;

#define IS_LOWER(c) ((c) >= 'a' && (c) <= 'z')
#define IS_UPPER(c) ((c) >= 'A' && (c) <= 'Z')
#define IS_DIGIT(c) ((c) >= '0' && (c) <= '9')
#define IS_ALPHA(c) (IS_LOWER(c) || IS_UPPER(c))
#define IS_ALNUM(c) (IS_ALPHA(c) || IS_DIGIT(c))

/* Start normalizing s[0, len). */
static void
norm_init(norm_state *n, const char *s, size_t len)
{
	n->s = (const unsigned char *) s;
	n->len = len;
	n->i = 0;
	n->pending = false;
	n->prev_word = false;
	n->any = false;
}

/* Decode the UTF-8 character at s[i]; 0 when malformed, else its length. */
static size_t
utf8_decode(const unsigned char *s, size_t avail, uint32_t *cp)
{
	unsigned char c = s[0];
	size_t		n;
	size_t		k;
	uint32_t	v;

	if (c >= 0xC2 && c <= 0xDF)
	{
		n = 2;
		v = c & 0x1F;
	}
	else if (c >= 0xE0 && c <= 0xEF)
	{
		n = 3;
		v = c & 0x0F;
	}
	else if (c >= 0xF0 && c <= 0xF4)
	{
		n = 4;
		v = c & 0x07;
	}
	else
		return 0;
	if (avail < n)
		return 0;
	for (k = 1; k < n; k++)
	{
		if ((s[k] & 0xC0) != 0x80)
			return 0;
		v = (v << 6) | (s[k] & 0x3F);
	}
	if ((n == 3 && v < 0x800) || (n == 4 && (v < 0x10000 || v > 0x10FFFF)) ||
		(v >= 0xD800 && v <= 0xDFFF))
		return 0;
	*cp = v;
	return n;
}

/* True for non-ASCII code points that separate words. */
static inline bool
separator_cp(uint32_t cp)
{
	return (cp >= 0x80 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 ||
		(cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) ||
		(cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF ||
		(cp >= 0xFFF0 && cp <= 0xFFFF) || (cp >= 0x1F000 && cp <= 0x1FAFF);
}

/*
 * Boundary before the ASCII word character at s[i] when the previous input
 * character was a word character too: SOFT where the writing implies a new
 * word without a separator, else NONE.
 */
static inline uint8_t
case_boundary(const unsigned char *s, size_t len, size_t i)
{
	unsigned char p = s[i - 1];
	unsigned char c = s[i];

	if (IS_LOWER(p) && IS_UPPER(c))
		return BOUND_SOFT;
	if (IS_UPPER(p) && IS_UPPER(c) && i + 1 < len && IS_LOWER(s[i + 1]))
	{
		/* "AWSAzure" splits before "Azure"; "APIs" is a plural */
		if (s[i + 1] == 's' && (i + 2 >= len || !IS_ALPHA(s[i + 2])))
			return BOUND_NONE;
		return BOUND_SOFT;
	}
	if ((IS_ALPHA(p) && IS_DIGIT(c)) || (IS_DIGIT(p) && IS_ALPHA(c)))
		return BOUND_SOFT;
	if ((p == '+' || p == '#') && IS_ALNUM(c))
		return BOUND_SOFT;
	return BOUND_NONE;
}

/* Append one normalized byte, with the space owed before it, to out. */
static inline int
norm_put(norm_state *n, norm_byte *out, int k, unsigned char c,
		 uint8_t bound, size_t os, size_t oe)
{
	if (!n->any)
		bound = BOUND_HARD;
	else if (n->pending)
	{
		out[k].c = ' ';
		out[k].bound = BOUND_HARD;
		out[k].orig_start = os;
		out[k].orig_end = os;
		k++;
		bound = BOUND_HARD;
	}
	n->pending = false;
	n->any = true;
	out[k].c = c;
	out[k].bound = bound;
	out[k].orig_start = os;
	out[k].orig_end = oe;
	return k + 1;
}

/*
 * Normalize the next input character into out (room for 8 bytes); returns
 * the number of bytes written (0 for a separator), or -1 at the end.
 */
static int
norm_next(norm_state *n, norm_byte *out)
{
	const unsigned char *s = n->s;
	size_t		i = n->i;
	unsigned char c;
	int			k = 0;

	if (i >= n->len)
		return -1;
	c = s[i];
	if (c < 0x80)
	{
		n->i = i + 1;
		if (IS_ALNUM(c))
		{
			uint8_t		b = n->prev_word ? case_boundary(s, n->len, i)
				: BOUND_NONE;

			k = norm_put(n, out, k, IS_UPPER(c) ? c + 32 : c, b, i, i + 1);
			n->prev_word = true;
		}
		else if ((c == '+' || c == '#') && n->prev_word)
			k = norm_put(n, out, k, c, BOUND_NONE, i, i + 1);
		else if (c == '.' && !n->prev_word && i + 1 < n->len &&
				 IS_ALNUM(s[i + 1]))
		{
			k = norm_put(n, out, k, c, BOUND_NONE, i, i + 1);
			n->prev_word = true;
		}
		else if (c == '&' && n->prev_word && i + 1 < n->len &&
				 IS_ALNUM(s[i + 1]))
			k = norm_put(n, out, k, c, BOUND_NONE, i, i + 1);
		else if (c == '&')
		{
			/* a free-standing ampersand reads as the word "and" */
			n->pending = true;
			k = norm_put(n, out, k, 'a', BOUND_HARD, i, i + 1);
			k = norm_put(n, out, k, 'n', BOUND_NONE, i, i + 1);
			k = norm_put(n, out, k, 'd', BOUND_NONE, i, i + 1);
			n->pending = true;
			n->prev_word = false;
		}
		else
		{
			n->pending = true;
			n->prev_word = false;
		}
		return k;
	}
	else
	{
		uint32_t	cp = 0;
		size_t		len = utf8_decode(s + i, n->len - i, &cp);
		size_t		j;

		if (len == 0 || separator_cp(cp))
		{
			n->i = i + (len == 0 ? 1 : len);
			n->pending = true;
			n->prev_word = false;
			return 0;
		}
		n->i = i + len;
		for (j = 0; j < len; j++)
		{
			unsigned char b = s[i + j];

			/* fold Latin-1 capitals: U+00C0..U+00DE (not U+00D7) */
			if (j == 1 && s[i] == 0xC3 && b >= 0x80 && b <= 0x9E && b != 0x97)
				b += 0x20;
			k = norm_put(n, out, k, b, BOUND_NONE, i, i + len);
		}
		n->prev_word = true;
		return k;
	}
}

/* Normalize s[0, len) into out (cap bytes with the NUL); full length. */
size_t
jr_skill_normalize(const char *s, size_t len, char *out, size_t cap)
{
	norm_state n;
	norm_byte	buf[8];
	size_t		total = 0;
	int			k;

	norm_init(&n, s, len);
	while ((k = norm_next(&n, buf)) >= 0)
	{
		int			j;

		for (j = 0; j < k; j++)
		{
			if (total + 1 < cap)
				out[total] = (char) buf[j].c;
			total++;
		}
	}
	if (cap > 0)
		out[total < cap ? total : cap - 1] = '\0';
	return total;
}

/* ------------------------------------------------------------------------
 * Automaton
 * ------------------------------------------------------------------------
 */

/* Aho-Corasick transition from state st on normalized byte b. */
static inline int32_t
ac_step(int32_t st, unsigned char b, size_t *work)
{
	int			cls = jr_skills_ac_class[b];

	if (cls == 0)
		return 0;
	for (;;)
	{
		int32_t		t = jr_skills_ac_base[st] + cls;

		if (t < jr_skills_data_state_count && jr_skills_ac_check[t] == st)
			return t;
		if (st == 0)
			return 0;
		st = jr_skills_ac_fail[st];
		(*work)++;
	}
}

/* Id of the skill a name or alias denotes (normalize_skill), or -1. */
int
jr_skill_lookup(const char *s, size_t len)
{
	norm_state n;
	norm_byte	buf[8];
	int32_t		st = 0;
	size_t		count = 0;
	int32_t		kid;
	int			k;

	norm_init(&n, s, len);
	while ((k = norm_next(&n, buf)) >= 0)
	{
		int			j;

		for (j = 0; j < k; j++)
		{
			int			cls = jr_skills_ac_class[buf[j].c];
			int32_t		t;

			if (++count > (size_t) jr_skills_data_max_key_len || cls == 0)
				return -1;
			t = jr_skills_ac_base[st] + cls;
			if (t >= jr_skills_data_state_count ||
				jr_skills_ac_check[t] != st)
				return -1;
			st = t;
		}
	}
	if (count == 0)
		return -1;
	kid = jr_skills_ac_key[st];
	if (kid < 0 || !(jr_skills_keys[kid].kind & JR_KK_SKILL))
		return -1;
	return jr_skills_keys[kid].skill;
}

/* ------------------------------------------------------------------------
 * Extraction
 * ------------------------------------------------------------------------
 */

/* One recent byte of the normalized stream. */
typedef struct ring_entry
{
	size_t		orig_start;
	size_t		orig_end;
	size_t		word;			/* index of the word this byte is in */
	int32_t		state;			/* automaton state after this byte */
	unsigned char c;
	uint8_t		bound;
} ring_entry;

/* A key found in the text, before boundaries and context are judged. */
typedef struct candidate
{
	size_t		start;			/* normalized positions [start, end) */
	size_t		end;
	size_t		orig_start;		/* byte offsets in the text */
	size_t		orig_end;
	size_t		word_start;		/* word indexes of first and last byte */
	size_t		word_end;
	size_t		next;			/* next link of its chain, or NO_INDEX */
	uint32_t	links;			/* chain length from here (0: no valid end) */
	int32_t		key;
	uint8_t		kind;			/* JR_KK_SKILL, JR_KK_STOP or JR_KK_JOIN */
	uint8_t		start_bound;
	uint8_t		end_bound;
	bool		multi;			/* its chain has a multi-word link */
} candidate;

/* A chosen mention. */
typedef struct mention
{
	size_t		orig_start;
	size_t		orig_end;
	size_t		word_start;
	size_t		word_end;
	int32_t		key;
	bool		accepted;
	bool		anchor;
} mention;

/* Everything one extraction call owns. */
typedef struct extractor
{
	const char *text;
	ring_entry	ring[RING_SIZE];
	candidate  *cands;
	size_t		ncands;
	size_t		capcands;
	size_t	   *cues;			/* word index where each cue ends */
	size_t		ncues;
	size_t		capcues;
	size_t		work;
	bool		oom;
} extractor;

/* Append a candidate; false on OOM. */
static bool
push_candidate(extractor *x, const candidate *c)
{
	if (x->ncands == x->capcands)
	{
		size_t		cap = x->capcands ? x->capcands * 2 : 64;
		candidate  *p;

		if (cap > SIZE_MAX / sizeof(candidate))
			return false;
		p = jr_realloc(x->cands, cap * sizeof(candidate));
		if (p == NULL)
			return false;
		x->cands = p;
		x->capcands = cap;
	}
	x->cands[x->ncands++] = *c;
	return true;
}

/* Append a cue end; false on OOM. */
static bool
push_cue(extractor *x, size_t word)
{
	if (x->ncues > 0 && x->cues[x->ncues - 1] == word)
		return true;
	if (x->ncues == x->capcues)
	{
		size_t		cap = x->capcues ? x->capcues * 2 : 16;
		size_t	   *p;

		if (cap > SIZE_MAX / sizeof(size_t))
			return false;
		p = jr_realloc(x->cues, cap * sizeof(size_t));
		if (p == NULL)
			return false;
		x->cues = p;
		x->capcues = cap;
	}
	x->cues[x->ncues++] = word;
	return true;
}

/* True when the significant characters of t[0, n) equal those of form. */
static bool
same_case(const char *t, size_t n, const char *form)
{
	size_t		i = 0;
	const unsigned char *f = (const unsigned char *) form;

	for (;;)
	{
		unsigned char a = 0;
		unsigned char b = 0;

		while (i < n)
		{
			a = (unsigned char) t[i];
			if (IS_ALNUM(a) || a >= 0x80 || a == '+' || a == '#')
				break;
			i++;
		}
		while (*f)
		{
			b = *f;
			if (IS_ALNUM(b) || b >= 0x80 || b == '+' || b == '#')
				break;
			f++;
		}
		if (i >= n || *f == '\0')
			return i >= n && *f == '\0';
		if (a != b)
			return false;
		i++;
		f++;
	}
}

/* True when text[os, oe) is written like one of key k's forms. */
static bool
case_matches(const char *text, size_t os, size_t oe, const jr_skill_key *k)
{
	int			i;

	for (i = 0; i < k->form_count; i++)
	{
		const char *form = jr_skills_strings +
			jr_skills_key_forms[k->form_first + i];

		if (same_case(text + os, oe - os, form))
			return true;
	}
	return false;
}

/*
 * Record the keys that end at normalized position e (the automaton was in
 * state st after byte e - 1).  end_bound is the boundary at e; plural says
 * e holds an "s" that ends a word ("APIs"), with orig_plural_end its end.
 */
static bool
record_keys(extractor *x, int32_t st, size_t e, uint8_t end_bound,
			bool plural, size_t plural_bound, size_t orig_plural_end,
			size_t plural_word)
{
	int32_t		s = jr_skills_ac_key[st] >= 0 ? st : jr_skills_ac_dict[st];

	while (s >= 0)
	{
		int32_t		kid = jr_skills_ac_key[s];
		const jr_skill_key *k = &jr_skills_keys[kid];
		size_t		start = e - k->len;
		const ring_entry *rs = &x->ring[start & RING_MASK];
		const ring_entry *rl = &x->ring[(e - 1) & RING_MASK];
		candidate	c;

		x->work++;
		c.start = start;
		c.end = e;
		c.orig_start = rs->orig_start;
		c.orig_end = rl->orig_end;
		c.word_start = rs->word;
		c.word_end = rl->word;
		c.next = NO_INDEX;
		c.links = 0;
		c.key = kid;
		c.start_bound = rs->bound;
		c.end_bound = end_bound;
		c.multi = false;

		if ((k->kind & JR_KK_JOIN) && rs->bound == BOUND_NONE &&
			end_bound != BOUND_NONE)
		{
			c.kind = JR_KK_JOIN;
			if (!push_candidate(x, &c))
				return false;
		}
		if ((k->kind & (JR_KK_STOP | JR_KK_CUE)) &&
			rs->bound != BOUND_NONE && end_bound != BOUND_NONE)
		{
			if (k->kind & JR_KK_STOP)
			{
				c.kind = JR_KK_STOP;
				if (!push_candidate(x, &c))
					return false;
			}
			if ((k->kind & JR_KK_CUE) && !push_cue(x, rl->word))
				return false;
		}
		if (k->kind & JR_KK_SKILL)
		{
			bool		plain = (k->flags & JR_KF_PLAIN) != 0;
			bool		keep;

			c.kind = JR_KK_SKILL;
			if (!plain)
				keep = rs->bound != BOUND_NONE && end_bound != BOUND_NONE &&
					case_matches(x->text, c.orig_start, c.orig_end, k);
			else if (rs->bound != BOUND_NONE && end_bound != BOUND_NONE)
				keep = true;
			else if (rs->bound == BOUND_NONE && end_bound == BOUND_NONE)
				keep = k->len >= 3;
			else
				keep = k->len >= 2;
			if (keep && plain && end_bound == BOUND_NONE && plural &&
				k->len >= 3)
			{
				/* "APIs", "databases": the plural s ends the mention */
				c.end = e + 1;
				c.end_bound = (uint8_t) plural_bound;
				c.orig_end = orig_plural_end;
				c.word_end = plural_word;
			}
			if (keep && !push_candidate(x, &c))
				return false;
		}
		s = jr_skills_ac_dict[s];
	}
	return true;
}

/* Order candidates by start, longest first, then kind and key. */
static int
candidate_cmp(const void *a, const void *b)
{
	const candidate *x = a;
	const candidate *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end > y->end ? -1 : 1;
	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	return x->key < y->key ? -1 : (x->key > y->key);
}

/* Index of the first candidate starting at or after pos. */
static size_t
first_starting_at(const candidate *c, size_t n, size_t pos)
{
	size_t		lo = 0;
	size_t		hi = n;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (c[mid].start < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * Chains, right to left: for each plain skill candidate, the best way to
 * end it at a boundary, possibly through further links that start exactly
 * where it ends.  links = 0 means it cannot end validly.
 */
static void
resolve_chains(extractor *x)
{
	candidate  *c = x->cands;
	size_t		n = x->ncands;
	size_t		i = n;

	while (i-- > 0)
	{
		candidate  *a = &c[i];
		const jr_skill_key *k = &jr_skills_keys[a->key];
		size_t		j;
		size_t		best = NO_INDEX;
		bool		join = false;

		x->work++;
		if (a->kind != JR_KK_SKILL)
			continue;
		a->multi = (k->flags & JR_KF_MULTIWORD) != 0;
		if (a->end_bound != BOUND_NONE)
		{
			a->links = 1;
			continue;
		}
		if (!(k->flags & JR_KF_PLAIN))
			continue;
		for (j = first_starting_at(c, n, a->end);
			 j < n && c[j].start == a->end; j++)
		{
			const candidate *b = &c[j];

			x->work++;
			if (b->kind == JR_KK_JOIN)
				join = true;
			else if (b->kind == JR_KK_SKILL && b->links > 0 &&
					 (jr_skills_keys[b->key].flags & JR_KF_PLAIN) &&
					 (best == NO_INDEX || b->links > c[best].links ||
					  (b->links == c[best].links && b->multi &&
					   !c[best].multi)))
				best = j;
		}
		if (best != NO_INDEX)
		{
			a->links = c[best].links + 1;
			a->multi = a->multi || c[best].multi;
			a->next = best;
		}
		else if (join)
			a->links = 1;
	}
}

/* True when candidate a may start a mention (it starts at a boundary). */
static inline bool
valid_mention(const candidate *a)
{
	if (a->links == 0)
		return false;
	if (a->end_bound != BOUND_NONE)
		return true;
	/* a run-together chain, or a list item glued to "or"/"and" */
	return a->links >= 3 || a->multi || a->start_bound == BOUND_SOFT;
}

/* Append a mention; false on OOM. */
static bool
push_mention(mention **m, size_t *n, size_t *cap, const candidate *c)
{
	if (*n == *cap)
	{
		size_t		newcap = *cap ? *cap * 2 : 16;
		mention    *p;

		if (newcap > SIZE_MAX / sizeof(mention))
			return false;
		p = jr_realloc(*m, newcap * sizeof(mention));
		if (p == NULL)
			return false;
		*m = p;
		*cap = newcap;
	}
	(*m)[*n].orig_start = c->orig_start;
	(*m)[*n].orig_end = c->orig_end;
	(*m)[*n].word_start = c->word_start;
	(*m)[*n].word_end = c->word_end;
	(*m)[*n].key = c->key;
	(*m)[*n].accepted = false;
	(*m)[*n].anchor = false;
	(*n)++;
	return true;
}

/* True when a skill candidate that can end validly starts at pos. */
static bool
skill_starts_at(const extractor *x, size_t pos)
{
	size_t		j;

	for (j = first_starting_at(x->cands, x->ncands, pos);
		 j < x->ncands && x->cands[j].start == pos; j++)
		if (x->cands[j].kind == JR_KK_SKILL && x->cands[j].links > 0)
			return true;
	return false;
}

/*
 * A form flagged exact_case or context at a SOFT boundary counts only
 * between other skills ("PythonRSQL" has R, "iOS" has no OS).
 */
static bool
flagged_fits(const extractor *x, const candidate *a, size_t last_end)
{
	if (jr_skills_keys[a->key].flags & JR_KF_PLAIN)
		return true;
	if (a->start_bound == BOUND_SOFT && last_end != a->start)
		return false;
	if (a->end_bound == BOUND_SOFT && !skill_starts_at(x, a->end))
		return false;
	return true;
}

/* Greedy choice: earliest start, then longest, no overlaps. */
static bool
select_mentions(extractor *x, mention **m, size_t *nm)
{
	candidate  *c = x->cands;
	size_t		n = x->ncands;
	size_t		cap = 0;
	size_t		pos = 0;
	size_t		last_end = NO_INDEX;
	size_t		i;

	*m = NULL;
	*nm = 0;
	for (i = 0; i < n; i++)
	{
		const candidate *a = &c[i];

		x->work++;
		if (a->kind == JR_KK_JOIN || a->start < pos ||
			a->start_bound == BOUND_NONE)
			continue;
		if (a->kind == JR_KK_STOP)
		{
			pos = a->end;
			continue;
		}
		if (!valid_mention(a) || !flagged_fits(x, a, last_end))
			continue;
		for (;;)
		{
			if (!push_mention(m, nm, &cap, a))
				return false;
			pos = last_end = a->end;
			if (a->end_bound != BOUND_NONE || a->next == NO_INDEX)
				break;
			a = &c[a->next];
			x->work++;
		}
	}
	return true;
}

/* True when a cue ends within CUE_DISTANCE words before word w. */
static bool
cue_before(const extractor *x, size_t w)
{
	size_t		lo = 0;
	size_t		hi = x->ncues;

	/* first cue ending at or after w */
	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (x->cues[mid] < w)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo > 0 && w - x->cues[lo - 1] <= CUE_DISTANCE;
}

/* Decide which context words have technical context. */
static void
judge_context(extractor *x, mention *m, size_t n)
{
	size_t		i;

	for (i = 0; i < n; i++)
	{
		const jr_skill_key *k = &jr_skills_keys[m[i].key];
		const jr_skill_rec *r = &jr_skills_data[k->skill];

		m[i].accepted = !(k->flags & JR_KF_CONTEXT);
		m[i].anchor = m[i].accepted && (r->flags & JR_SF_ANCHOR);
	}
	for (i = 0; i < n; i++)
	{
		size_t		j;
		size_t		seen;

		if (m[i].accepted)
			continue;
		x->work++;
		if (cue_before(x, m[i].word_start))
		{
			m[i].accepted = true;
			continue;
		}
		for (j = i, seen = 0; j-- > 0 && seen < CONTEXT_SCAN_LIMIT; seen++)
		{
			x->work++;
			if (m[i].word_start - m[j].word_end > CONTEXT_DISTANCE)
				break;
			if (m[j].anchor)
			{
				m[i].accepted = true;
				break;
			}
		}
		for (j = i + 1, seen = 0;
			 !m[i].accepted && j < n && seen < CONTEXT_SCAN_LIMIT;
			 j++, seen++)
		{
			x->work++;
			if (m[j].word_start - m[i].word_end > CONTEXT_DISTANCE)
				break;
			if (m[j].anchor)
				m[i].accepted = true;
		}
	}
	/* context words next to accepted context words: "Go, Rust, Python" */
	for (i = 1; i < n; i++)
	{
		const jr_skill_key *k = &jr_skills_keys[m[i].key];
		const jr_skill_key *p = &jr_skills_keys[m[i - 1].key];

		if (!m[i].accepted && m[i - 1].accepted &&
			(p->flags & JR_KF_CONTEXT) &&
			m[i].word_start - m[i - 1].word_end <= CONTEXT_DISTANCE)
			m[i].accepted = (k->flags & JR_KF_CONTEXT) != 0;
	}
	for (i = n; i-- > 1;)
	{
		const jr_skill_key *k = &jr_skills_keys[m[i - 1].key];
		const jr_skill_key *p = &jr_skills_keys[m[i].key];

		if (!m[i - 1].accepted && m[i].accepted &&
			(p->flags & JR_KF_CONTEXT) &&
			m[i].word_start - m[i - 1].word_end <= CONTEXT_DISTANCE)
			m[i - 1].accepted = (k->flags & JR_KF_CONTEXT) != 0;
	}
}

/* Scan the text and record candidates. */
static jr_status
scan_text(extractor *x, const char *text, size_t len, jr_error *err)
{
	norm_state n;
	norm_byte	buf[8];
	size_t		q = 0;			/* normalized bytes so far */
	size_t		word = 0;
	int32_t		st = 0;
	size_t		next_check = INTERRUPT_INTERVAL;
	int			k;

	norm_init(&n, text, len);
	while ((k = norm_next(&n, buf)) >= 0)
	{
		int			j;

		for (j = 0; j < k; j++)
		{
			ring_entry *r = &x->ring[q & RING_MASK];

			if (buf[j].c != ' ' && buf[j].bound != BOUND_NONE)
				word++;
			r->c = buf[j].c;
			r->bound = buf[j].bound;
			r->orig_start = buf[j].orig_start;
			r->orig_end = buf[j].orig_end;
			r->word = word;
			if (q >= 2)
			{
				const ring_entry *prev2 = &x->ring[(q - 2) & RING_MASK];
				const ring_entry *prev1 = &x->ring[(q - 1) & RING_MASK];

				if ((jr_skills_ac_key[prev2->state] >= 0 ||
					 jr_skills_ac_dict[prev2->state] >= 0) &&
					!record_keys(x, prev2->state, q - 1, prev1->bound,
								 prev1->c == 's' &&
								 prev1->bound == BOUND_NONE &&
								 buf[j].bound != BOUND_NONE,
								 buf[j].bound, prev1->orig_end, prev1->word))
					return jr_error_set(err, JR_ERR_NOMEM, 0,
										"out of memory extracting skills");
			}
			st = ac_step(st, buf[j].c, &x->work);
			r->state = st;
			x->work++;
			q++;
		}
		if (n.i >= next_check)
		{
			next_check = n.i + INTERRUPT_INTERVAL;
			if (jr_interrupted())
				return jr_error_set(err, JR_ERR_CANCELED, n.i,
									"skill extraction canceled");
		}
	}
	/* keys ending one byte before the end, then at the end */
	if (q >= 2)
	{
		const ring_entry *prev2 = &x->ring[(q - 2) & RING_MASK];
		const ring_entry *prev1 = &x->ring[(q - 1) & RING_MASK];

		if (!record_keys(x, prev2->state, q - 1, prev1->bound,
						 prev1->c == 's' && prev1->bound == BOUND_NONE,
						 BOUND_HARD, prev1->orig_end, prev1->word))
			return jr_error_set(err, JR_ERR_NOMEM, 0,
								"out of memory extracting skills");
	}
	if (q >= 1 &&
		!record_keys(x, x->ring[(q - 1) & RING_MASK].state, q, BOUND_HARD,
					 false, BOUND_HARD, 0, 0))
		return jr_error_set(err, JR_ERR_NOMEM, 0,
							"out of memory extracting skills");
	return JR_OK;
}

/* Find skill mentions in text, one linear pass. */
jr_status
jr_skills_extract(const char *text, size_t len, jr_skill_hit **hits,
				  size_t *nhits, jr_error *err)
{
	extractor  *x;
	mention    *m = NULL;
	size_t		nm = 0;
	jr_skill_hit *out = NULL;
	size_t		nout = 0;
	size_t		i;
	jr_status	status;

	*hits = NULL;
	*nhits = 0;
	last_work = 0;
	if (jr_skills_data_max_key_len + 2 >= RING_SIZE)
		return jr_error_set(err, JR_ERR_INTERNAL, 0,
							"skills taxonomy key longer than the matcher's "
							"window");
	x = jr_calloc(1, sizeof(extractor));
	if (x == NULL)
		return jr_error_set(err, JR_ERR_NOMEM, 0,
							"out of memory extracting skills");
	x->text = text;
	status = scan_text(x, text, len, err);
	if (status != JR_OK)
		goto done;
	if (x->ncands > 0)
		qsort(x->cands, x->ncands, sizeof(candidate), candidate_cmp);
	resolve_chains(x);
	if (!select_mentions(x, &m, &nm))
	{
		status = jr_error_set(err, JR_ERR_NOMEM, 0,
							  "out of memory extracting skills");
		goto done;
	}
	judge_context(x, m, nm);
	for (i = 0; i < nm; i++)
		if (m[i].accepted)
			nout++;
	if (nout > 0)
	{
		out = jr_alloc(nout * sizeof(jr_skill_hit));
		if (out == NULL)
		{
			status = jr_error_set(err, JR_ERR_NOMEM, 0,
								  "out of memory extracting skills");
			goto done;
		}
		nout = 0;
		for (i = 0; i < nm; i++)
		{
			if (!m[i].accepted)
				continue;
			out[nout].id = jr_skills_keys[m[i].key].skill;
			out[nout].start = m[i].orig_start;
			out[nout].end = m[i].orig_end;
			nout++;
		}
	}
	*hits = out;
	*nhits = nout;
	status = JR_OK;
done:
	last_work = x->work;
	jr_free(m);
	jr_free(x->cands);
	jr_free(x->cues);
	jr_free(x);
	return status;
}

/* ------------------------------------------------------------------------
 * Overlap
 * ------------------------------------------------------------------------
 */

/* An unknown item's text, trimmed. */
typedef struct text_key
{
	const char *s;
	size_t		len;
} text_key;

/* Trim ASCII whitespace from both ends. */
static text_key
trim_text(const char *s, size_t len)
{
	text_key	t;

	while (len > 0 && (*s == ' ' || (*s >= '\t' && *s <= '\r')))
	{
		s++;
		len--;
	}
	while (len > 0 && (s[len - 1] == ' ' ||
					   (s[len - 1] >= '\t' && s[len - 1] <= '\r')))
		len--;
	t.s = s;
	t.len = len;
	return t;
}

/* Fold one ASCII letter to lower case. */
static inline unsigned char
fold(unsigned char c)
{
	return IS_UPPER(c) ? c + 32 : c;
}

/* Case-insensitive (ASCII) hash of a trimmed text. */
static uint64_t
text_hash(text_key t)
{
	uint64_t	h = 1469598103934665603ULL;
	size_t		i;

	for (i = 0; i < t.len; i++)
	{
		h ^= fold((unsigned char) t.s[i]);
		h *= 1099511628211ULL;
	}
	return h;
}

/* Case-insensitive (ASCII) equality of two trimmed texts. */
static bool
text_equal(text_key a, text_key b)
{
	size_t		i;

	if (a.len != b.len)
		return false;
	for (i = 0; i < a.len; i++)
		if (fold((unsigned char) a.s[i]) != fold((unsigned char) b.s[i]))
			return false;
	return true;
}

/* An open-addressing set of texts. */
typedef struct text_set
{
	text_key   *slots;			/* s == NULL: empty */
	size_t		mask;
} text_set;

/* Make a set with room for n texts; false on OOM. */
static bool
text_set_init(text_set *set, size_t n)
{
	size_t		size = 16;

	while (size < n * 2 + 1)
	{
		if (size > SIZE_MAX / 2 / sizeof(text_key))
			return false;
		size *= 2;
	}
	set->slots = jr_calloc(size, sizeof(text_key));
	set->mask = size - 1;
	return set->slots != NULL;
}

/* Add t; returns true when it was not there yet. */
static bool
text_set_add(text_set *set, text_key t)
{
	size_t		i = (size_t) text_hash(t) & set->mask;

	while (set->slots[i].s != NULL)
	{
		if (text_equal(set->slots[i], t))
			return false;
		i = (i + 1) & set->mask;
	}
	set->slots[i] = t;
	return true;
}

/* True when t is in the set. */
static bool
text_set_has(const text_set *set, text_key t)
{
	size_t		i = (size_t) text_hash(t) & set->mask;

	while (set->slots[i].s != NULL)
	{
		if (text_equal(set->slots[i], t))
			return true;
		i = (i + 1) & set->mask;
	}
	return false;
}

/* Share of the distinct want units covered by have. */
jr_status
jr_skill_overlap(const jr_skill_item *have, size_t nhave,
				 const jr_skill_item *want, size_t nwant,
				 double *share, jr_error *err)
{
	size_t		nbits = (size_t) jr_skills_data_count;
	size_t		nbytes = (nbits + 7) / 8;
	unsigned char *covered = NULL;
	unsigned char *seen = NULL;
	unsigned char *group_seen = NULL;
	unsigned char *group_cov = NULL;
	text_set	have_texts = {NULL, 0};
	text_set	want_texts = {NULL, 0};
	size_t		units = 0;
	size_t		hits = 0;
	size_t		i;
	jr_status	status = JR_OK;

	*share = 1.0;
	covered = jr_calloc(nbytes, 1);
	seen = jr_calloc(nbytes, 1);
	group_seen = jr_calloc(nwant ? nwant : 1, 1);
	group_cov = jr_calloc(nwant ? nwant : 1, 1);
	if (covered == NULL || seen == NULL || group_seen == NULL ||
		group_cov == NULL || !text_set_init(&have_texts, nhave) ||
		!text_set_init(&want_texts, nwant))
	{
		status = jr_error_set(err, JR_ERR_NOMEM, 0,
							  "out of memory comparing skills");
		goto done;
	}
	/* everything have covers: each skill and its ancestors */
	for (i = 0; i < nhave; i++)
	{
		int			x = have[i].id;

		if (x < 0)
		{
			text_key	t = trim_text(have[i].text, have[i].len);

			if (t.len > 0)
				text_set_add(&have_texts, t);
			continue;
		}
		while (valid_id(x) && !(covered[x >> 3] & (1 << (x & 7))))
		{
			covered[x >> 3] |= (unsigned char) (1 << (x & 7));
			x = jr_skills_data[x].parent;
		}
	}
	for (i = 0; i < nwant; i++)
	{
		const jr_skill_item *w = &want[i];
		bool		is_covered;
		text_key	t = {NULL, 0};

		if (w->group >= (int) nwant)
		{
			status = jr_error_set(err, JR_ERR_INTERNAL, 0,
								  "skill group %d out of range", w->group);
			goto done;
		}
		if (w->id >= 0)
		{
			if (!valid_id(w->id))
			{
				status = jr_error_set(err, JR_ERR_INTERNAL, 0,
									  "skill id %d out of range", w->id);
				goto done;
			}
			is_covered = (covered[w->id >> 3] & (1 << (w->id & 7))) != 0;
		}
		else
		{
			t = trim_text(w->text, w->len);
			if (t.len == 0)
				continue;
			is_covered = text_set_has(&have_texts, t);
		}
		if (w->group >= 0)
		{
			if (!group_seen[w->group])
			{
				group_seen[w->group] = 1;
				units++;
			}
			if (is_covered && !group_cov[w->group])
			{
				group_cov[w->group] = 1;
				hits++;
			}
			continue;
		}
		if (w->id >= 0)
		{
			if (seen[w->id >> 3] & (1 << (w->id & 7)))
				continue;
			seen[w->id >> 3] |= (unsigned char) (1 << (w->id & 7));
		}
		else if (!text_set_add(&want_texts, t))
			continue;
		units++;
		if (is_covered)
			hits++;
	}
	*share = units == 0 ? 1.0 : (double) hits / (double) units;
done:
	jr_free(covered);
	jr_free(seen);
	jr_free(group_seen);
	jr_free(group_cov);
	jr_free(have_texts.slots);
	jr_free(want_texts.slots);
	return status;
}
