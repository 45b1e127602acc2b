/*
 * jr_skills.c
 *		The skills taxonomy (compiled in by gen_skills.py) and the extractor
 *		that finds skills in free text.
 *
 * Text is normalized on the fly (ASCII case folded, runs of separators read
 * as one space, with the exceptions that keep C++, C#, .NET and R&D
 * distinct) and every key (normalized name, alias or grammar phrase) is
 * looked for by walking a trie of keys from each place a mention may
 * start, so extraction is one linear pass with no per-skill pattern.
 * Positions are classified by the boundary before them:
 *
 *	 HARD  a separator, or the start or end of the text;
 *	 SOFT  a boundary implied by the writing, with no separator: a
 *		   lower-to-upper case change ("PythonScala"), the last capital of
 *		   a capital run before a lower-case word ("AWSAzure"), a change
 *		   between letters and digits ("Java8"), a letter after "+"/"#";
 *	 NONE  inside a word.
 *
 * A walk starts at every HARD or SOFT boundary, and also inside a word
 * where a key just ended: this is the Aho-Corasick idea (Aho & Corasick,
 * CACM 18(6), 1975) restricted to the starts that matter, so no failure
 * links are needed and each walk dies after a few bytes.  Each key a walk
 * completes is a candidate.
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

/*
 * Trie walks alive at once: one starts per normalized byte at most and
 * none outlives the longest key, so this must exceed the longest key.
 */
#define MAX_WALKS	512

/* Context windows, in words. */
#define CONTEXT_DISTANCE	3	/* a technical skill this close */
#define CUE_DISTANCE		4	/* a cue ending this close before */
#define CONTEXT_SCAN_LIMIT	16	/* neighbours examined each way */

/* Check for interrupts after this many input bytes. */
#define INTERRUPT_INTERVAL	65536

#define NO_INDEX	SIZE_MAX

/* The scanner's per-byte step is worth inlining into its callers. */
#if defined(__GNUC__)
#define JR_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define JR_ALWAYS_INLINE inline
#endif

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
	unsigned char pending;		/* owed before the next word byte: ' ', ','
								 * (a list separator) or 0 */
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
	n->pending = 0;
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

/*
 * True when the ASCII separator at s[i] ends a list item (comma,
 * semicolon, colon, bar, bracket, !, ?, line break, tab, or a period not
 * followed by a letter or digit): no multi-word key spans it.
 */
static inline bool
barrier_ascii(const unsigned char *s, size_t len, size_t i)
{
	switch (s[i])
	{
		case '.':
			return i + 1 >= len || !IS_ALNUM(s[i + 1]);
		case ',':
		case ';':
		case ':':
		case '|':
		case '(':
		case ')':
		case '[':
		case ']':
		case '{':
		case '}':
		case '<':
		case '>':
		case '!':
		case '?':
		case '\n':
		case '\r':
		case '\t':
			return true;
		default:
			return false;
	}
}

/* True for non-ASCII separators that end a list item (bullets and such). */
static inline bool
barrier_cp(uint32_t cp)
{
	return cp == 0xB7 || cp == 0x2022 || cp == 0x2023 || cp == 0x2026 ||
		cp == 0x2028 || cp == 0x2029 || cp == 0x2043 || cp == 0x2219 ||
		cp == 0x3001 || cp == 0x3002 || cp == 0xFF0C || cp == 0xFF1B ||
		(cp >= 0x25A0 && cp <= 0x25FF) || (cp >= 0x2700 && cp <= 0x27BF);
}

/* A separator: owe a space, or a comma when it ends a list item. */
static inline void
norm_separate(norm_state *n, bool barrier)
{
	if (barrier)
		n->pending = ',';
	else if (n->pending == 0)
		n->pending = ' ';
	n->prev_word = false;
}

/* Append one normalized byte, with the separator owed before it, to out. */
static inline int
norm_put(norm_state *n, norm_byte *out, int k, unsigned char c,
		 uint8_t bound, size_t os, size_t oe)
{
	if (!n->any)
		bound = BOUND_HARD;
	else if (n->pending)
	{
		out[k].c = n->pending;
		out[k].bound = BOUND_HARD;
		out[k].orig_start = os;
		out[k].orig_end = os;
		k++;
		bound = BOUND_HARD;
	}
	n->pending = 0;
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
			norm_separate(n, false);
			k = norm_put(n, out, k, 'a', BOUND_HARD, i, i + 1);
			k = norm_put(n, out, k, 'n', BOUND_NONE, i, i + 1);
			k = norm_put(n, out, k, 'd', BOUND_NONE, i, i + 1);
			norm_separate(n, false);
		}
		else
			norm_separate(n, barrier_ascii(s, n->len, i));
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
			norm_separate(n, len > 0 && barrier_cp(cp));
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
 * Trie
 * ------------------------------------------------------------------------
 */

/* Skill id of key kid, or -1 when it is not a skill's key. */
static inline int
skill_of_key(int32_t kid)
{
	if (kid < 0 || !(jr_skills_keys[kid].kind & JR_KK_SKILL))
		return -1;
	return jr_skills_keys[kid].skill;
}

/*
 * Normalize ASCII s[0, len) into out (cap bytes) following norm_next's
 * rules in one tight loop; returns the length, SIZE_MAX when s is not
 * ASCII, or SIZE_MAX - 1 when the result does not fit (longer than any
 * key).
 */
static size_t
normalize_ascii(const unsigned char *s, size_t len, unsigned char *out,
				size_t cap)
{
	size_t		n = 0;
	unsigned char pending = 0;
	bool		prev_word = false;
	size_t		i;

	for (i = 0; i < len; i++)
	{
		unsigned char c = s[i];
		bool		keep;

		if (IS_LOWER(c) || IS_DIGIT(c))
			keep = true;
		else if (IS_UPPER(c))
		{
			keep = true;
			c += 32;
		}
		else if (c >= 0x80)
			return SIZE_MAX;
		else if (c == '+' || c == '#')
			keep = prev_word;
		else if (c == '.')
			keep = !prev_word && i + 1 < len && IS_ALNUM(s[i + 1]);
		else if (c == '&' && !(prev_word && i + 1 < len &&
							   IS_ALNUM(s[i + 1])))
		{
			/* a free-standing ampersand reads as the word "and" */
			if (n + 4 > cap)
				return SIZE_MAX - 1;
			if (n > 0)
				out[n++] = pending ? pending : ' ';
			out[n++] = 'a';
			out[n++] = 'n';
			out[n++] = 'd';
			pending = ' ';
			prev_word = false;
			continue;
		}
		else
			keep = c == '&';
		if (!keep)
		{
			if (barrier_ascii(s, len, i))
				pending = ',';
			else if (pending == 0)
				pending = ' ';
			prev_word = false;
			continue;
		}
		if (n + 2 > cap)
			return SIZE_MAX - 1;
		if (pending && n > 0)
			out[n++] = pending;
		out[n++] = c;
		pending = 0;
		prev_word = true;
	}
	return n;
}

/*
 * 32-bit hash of s[0, n), eight bytes at a time (the same function as
 * key_hash() in gen_skills.py).  s must have room for zero padding up to
 * the next multiple of 8; words are read little-endian on every host.
 */
static uint32_t
key_hash(unsigned char *s, size_t n)
{
	uint64_t	h = UINT64_C(0x243F6A8885A308D3) ^ (uint64_t) n;
	size_t		i;

	memset(s + n, 0, (8 - n % 8) % 8);
	for (i = 0; i < n; i += 8)
	{
		uint64_t	w = (uint64_t) s[i] | (uint64_t) s[i + 1] << 8 |
			(uint64_t) s[i + 2] << 16 | (uint64_t) s[i + 3] << 24 |
			(uint64_t) s[i + 4] << 32 | (uint64_t) s[i + 5] << 40 |
			(uint64_t) s[i + 6] << 48 | (uint64_t) s[i + 7] << 56;

		h = (h ^ w) * UINT64_C(0x9E3779B97F4A7C15);
		h ^= h >> 29;
	}
	return (uint32_t) (h ^ (h >> 32));
}

/* Key id of normalized text s[0, n) with hash h, or -1. */
static int32_t
find_key(const unsigned char *s, size_t n, uint32_t h)
{
	uint32_t	mask = (uint32_t) jr_skills_hash_size - 1;
	uint32_t	i = h & mask;

	for (;; i = (i + 1) & mask)
	{
		const jr_hash_slot *slot = &jr_skills_hash[i];
		const unsigned char *k;
		size_t		j;

		if (slot->key < 0)
			return -1;
		if (slot->hash != h || slot->len != n)
			continue;
		k = (const unsigned char *) jr_skills_strings + slot->norm;
		for (j = 0; j < n && k[j] == s[j]; j++)
			;
		if (j == n)
			return slot->key;
	}
}

/* Id of the skill a name or alias denotes, computed. */
static int
lookup_uncached(const char *s, size_t len)
{
	unsigned char buf[256 + 8];
	size_t		cap = (size_t) jr_skills_data_max_key_len + 1;
	size_t		n;

	if (cap > 256)
		cap = 256;
	n = normalize_ascii((const unsigned char *) s, len, buf, cap);
	if (n == SIZE_MAX - 1)
		return -1;
	if (n == SIZE_MAX)
	{
		/* non-ASCII: the general normalizer */
		n = jr_skill_normalize(s, len, (char *) buf, 256);
		if (n >= 256)
			return -1;
	}
	if (n == 0 || n > (size_t) jr_skills_data_max_key_len)
		return -1;
	return skill_of_key(find_key(buf, n, key_hash(buf, n)));
}

/*
 * A per-process cache of recent lookups, keyed by the bytes as given: the
 * same names come back again and again (skill lists repeat), and a hit
 * skips normalization.  16384 slots of one 64-byte cache line (1 MB,
 * allocated with aligned_alloc on first use: a process-lifetime cache),
 * two-way set-associative: a name lives in one of the two adjacent slots
 * of its set, the most recently filled first, so two names that hash to
 * the same set do not evict each other (with one way, the 8,719 names and
 * aliases would share a slot with another in about 40% of cases).  Strings longer than a
 * slot's bytes are not cached.
 */
#define LOOKUP_CACHE_SLOTS	16384
#define LOOKUP_CACHE_BYTES	48

typedef struct lookup_slot
{
	uint64_t	hash;
	int32_t		id;
	uint32_t	len;			/* UINT32_MAX: empty */
	char		bytes[LOOKUP_CACHE_BYTES];
} lookup_slot;

static lookup_slot *lookup_cache = NULL;
static bool lookup_cache_failed = false;

/* 64-bit hash of s[0, len), eight bytes at a time. */
static inline uint64_t
raw_hash(const char *s, size_t len)
{
	uint64_t	h = UINT64_C(0x13198A2E03707344) ^ (uint64_t) len;
	uint64_t	w;
	size_t		i;

	for (i = 0; i + 8 <= len; i += 8)
	{
		memcpy(&w, s + i, 8);
		h = (h ^ w) * UINT64_C(0x9E3779B97F4A7C15);
		h ^= h >> 29;
	}
	if (i < len)
	{
		w = 0;
		memcpy(&w, s + i, len - i);
		h = (h ^ w) * UINT64_C(0x9E3779B97F4A7C15);
		h ^= h >> 29;
	}
	return h;
}

/* Allocate the lookup cache on first use; false when there is none. */
static bool
lookup_cache_ready(void)
{
	size_t		i;

	if (lookup_cache != NULL)
		return true;
	if (lookup_cache_failed)
		return false;
	/* slots are one cache line each */
	lookup_cache = aligned_alloc(64, sizeof(lookup_slot) * LOOKUP_CACHE_SLOTS);
	if (lookup_cache == NULL)
	{
		lookup_cache_failed = true;
		return false;
	}
	for (i = 0; i < LOOKUP_CACHE_SLOTS; i++)
	{
		lookup_cache[i].hash = 0;	/* compared before len below */
		lookup_cache[i].len = UINT32_MAX;
	}
	return true;
}

/* True when slot holds s[0, len) with raw hash h. */
static inline bool
slot_holds(const lookup_slot *slot, uint64_t h, const char *s, size_t len)
{
	return slot->hash == h && slot->len == len &&
		memcmp(slot->bytes, s, len) == 0;
}

/* Remember that s[0, len) (raw hash h) is skill id. */
static inline void
slot_fill(lookup_slot *slot, uint64_t h, const char *s, size_t len, int id)
{
	slot->hash = h;
	slot->len = (uint32_t) len;
	slot->id = id;
	memcpy(slot->bytes, s, len);
}

/* The first slot of the set raw hash h maps to (the second follows it). */
static inline lookup_slot *
cache_set(uint64_t h)
{
	return &lookup_cache[h & (LOOKUP_CACHE_SLOTS - 2)];
}

/* The slot of set holding s[0, len) with raw hash h, or NULL. */
static inline lookup_slot *
set_find(lookup_slot *set, uint64_t h, const char *s, size_t len)
{
	if (slot_holds(&set[0], h, s, len))
		return &set[0];
	if (slot_holds(&set[1], h, s, len))
		return &set[1];
	return NULL;
}

/* Remember s[0, len) is skill id in set, first; the older way is dropped. */
static inline void
set_fill(lookup_slot *set, uint64_t h, const char *s, size_t len, int id)
{
	if (set[0].len != UINT32_MAX)
		set[1] = set[0];
	slot_fill(&set[0], h, s, len, id);
}

/* Id of the skill a name or alias denotes (normalize_skill), or -1. */
int
jr_skill_lookup(const char *s, size_t len)
{
	lookup_slot *set;
	lookup_slot *slot;
	uint64_t	h;
	int			id;

	if (len == 0)
		return -1;
	if (len > LOOKUP_CACHE_BYTES || !lookup_cache_ready())
		return lookup_uncached(s, len);
	h = raw_hash(s, len);
	set = cache_set(h);
	slot = set_find(set, h, s, len);
	if (slot != NULL)
		return slot->id;
	id = lookup_uncached(s, len);
	set_fill(set, h, s, len, id);
	return id;
}

#if defined(__GNUC__)
#define JR_PREFETCH(p) __builtin_prefetch(p)
#else
#define JR_PREFETCH(p) ((void) 0)
#endif

#define LOOKUP_BATCH 16

/*
 * Look up n names at once.  The same answers as jr_skill_lookup, faster:
 * each batch hashes every name and prefetches its cache slot before
 * probing any, so the memory accesses of a batch overlap instead of
 * waiting one after another.
 */
void
jr_skill_lookup_many(const char *const *names, const size_t *lens, int *ids,
					 size_t n)
{
	uint64_t	h[LOOKUP_BATCH];
	uint32_t	kh[LOOKUP_BATCH];
	size_t		kn[LOOKUP_BATCH];
	unsigned char keys[LOOKUP_BATCH][64 + 8];
	size_t		start;

	if (!lookup_cache_ready() || jr_skills_data_max_key_len >= 64)
	{
		for (start = 0; start < n; start++)
			ids[start] = jr_skill_lookup(names[start], lens[start]);
		return;
	}
	for (start = 0; start < n; start += LOOKUP_BATCH)
	{
		size_t		m = n - start < LOOKUP_BATCH ? n - start : LOOKUP_BATCH;
		bool		todo[LOOKUP_BATCH];
		size_t		i;

		/* hash every name, prefetch its cache slot */
		for (i = 0; i < m; i++)
		{
			const char *s = names[start + i];
			size_t		len = lens[start + i];

			todo[i] = len > 0 && len <= LOOKUP_CACHE_BYTES;
			if (!todo[i])
			{
				ids[start + i] = len == 0 ? -1 : lookup_uncached(s, len);
				continue;
			}
			h[i] = raw_hash(s, len);
			JR_PREFETCH(cache_set(h[i]));
			JR_PREFETCH(cache_set(h[i]) + 1);
		}
		/* probe; normalize the misses, prefetch their key-table slots */
		for (i = 0; i < m; i++)
		{
			const char *s = names[start + i];
			size_t		len = lens[start + i];
			lookup_slot *slot;

			if (!todo[i])
				continue;
			slot = set_find(cache_set(h[i]), h[i], s, len);
			if (slot != NULL)
			{
				ids[start + i] = slot->id;
				todo[i] = false;
				continue;
			}
			kn[i] = normalize_ascii((const unsigned char *) s, len, keys[i],
									(size_t) jr_skills_data_max_key_len + 1);
			if (kn[i] == SIZE_MAX || kn[i] == SIZE_MAX - 1 || kn[i] == 0)
			{
				/* not plain ASCII, too long or empty: the one-off path */
				ids[start + i] = lookup_uncached(s, len);
				set_fill(cache_set(h[i]), h[i], s, len, ids[start + i]);
				todo[i] = false;
				continue;
			}
			kh[i] = key_hash(keys[i], kn[i]);
			JR_PREFETCH(&jr_skills_hash[kh[i] & (jr_skills_hash_size - 1)]);
		}
		/* find the keys, remember them */
		for (i = 0; i < m; i++)
		{
			const char *s = names[start + i];
			size_t		len = lens[start + i];

			if (!todo[i])
				continue;
			ids[start + i] = skill_of_key(find_key(keys[i], kn[i], kh[i]));
			set_fill(cache_set(h[i]), h[i], s, len, ids[start + i]);
		}
	}
}

/* ------------------------------------------------------------------------
 * Extraction
 * ------------------------------------------------------------------------
 */

/* A walk through the trie from a place a mention may start. */
typedef struct walk
{
	int32_t		state;
	size_t		start;			/* normalized position; details in starts[] */
} walk;

/* Where a walk started (kept in a ring indexed by normalized position). */
typedef struct walk_start
{
	size_t		orig_start;
	size_t		word_start;
	uint8_t		bound;
} walk_start;

/* A key a walk completed, waiting for the boundary after it. */
typedef struct ended
{
	int32_t		key;
	uint8_t		start_bound;
	size_t		start;
	size_t		end;			/* normalized position after the key */
	size_t		orig_start;
	size_t		orig_end;
	size_t		word_start;
	size_t		word_end;
	bool		plural;			/* the key plus a plural "s" */
} ended;

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
	bool		plural;			/* key + "s" ("APIs") */
} candidate;

/* A chosen mention. */
typedef struct mention
{
	size_t		orig_start;
	size_t		orig_end;
	size_t		word_start;
	size_t		word_end;
	int32_t		key;
	int32_t		skill;
	bool		context;		/* needs context to count */
	bool		accepted;
} mention;

/* Everything one extraction call owns. */
typedef struct extractor
{
	const char *text;
	size_t		pos;			/* normalized bytes fed so far */
	size_t		word;			/* words started so far */
	size_t		spawn_at;		/* start a walk here even inside a word */
	walk		walks[MAX_WALKS];
	int			nwalks;
	walk_start	starts[MAX_WALKS];	/* by normalized position mod MAX_WALKS */
	ended		ends[MAX_WALKS];	/* keys ending at pos */
	int			nends;
	ended		plurals[MAX_WALKS]; /* keys + "s" ending at pos */
	int			nplurals;
	candidate  *cands;
	size_t		ncands;
	size_t		capcands;
	size_t	   *cues;			/* word index where each cue ends */
	size_t		ncues;
	size_t		capcues;
	size_t		work;
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

/* True for the bytes the case check compares. */
static inline bool
significant(unsigned char c)
{
	return IS_ALNUM(c) || c >= 0x80 || c == '+' || c == '#';
}

/*
 * True when the significant characters of t[0, n) equal those of form;
 * with cap_first, a form starting in lower case may also be written with
 * a capital ("Tax" for "tax").
 */
static bool
same_case(const char *t, size_t n, const char *form, bool cap_first)
{
	const unsigned char *f = (const unsigned char *) form;
	size_t		i = 0;
	bool		first = true;

	for (;;)
	{
		while (i < n && !significant((unsigned char) t[i]))
			i++;
		while (*f && !significant(*f))
			f++;
		if (i >= n || *f == '\0')
			return i >= n && *f == '\0';
		if ((unsigned char) t[i] != *f &&
			!(first && cap_first && IS_LOWER(*f) &&
			  (unsigned char) t[i] == *f - 32))
			return false;
		first = false;
		i++;
		f++;
	}
}

/* True when text[os, oe) is written like one of key k's forms. */
static bool
case_matches(const char *text, size_t os, size_t oe, const jr_skill_key *k)
{
	bool		cap_first = !(k->flags & JR_KF_EXACT_CASE);
	int			i;

	for (i = 0; i < k->form_count; i++)
	{
		const char *form = jr_skills_strings +
			jr_skills_key_forms[k->form_first + i];

		if (same_case(text + os, oe - os, form, cap_first))
			return true;
	}
	return false;
}

/*
 * Judge a key that ended at e now that the boundary after it (end_bound)
 * is known, and record it as a candidate, a cue or nothing.  Returns
 * false on OOM; sets *chain when a plain skill ended inside a word, so a
 * walk should start at e for the next link of a run-together chain.
 */
static bool
record_key(extractor *x, const ended *d, uint8_t end_bound, bool *chain)
{
	const jr_skill_key *k = &jr_skills_keys[d->key];
	candidate	c;

	x->work++;
	c.start = d->start;
	c.end = d->end;
	c.orig_start = d->orig_start;
	c.orig_end = d->orig_end;
	c.word_start = d->word_start;
	c.word_end = d->word_end;
	c.next = NO_INDEX;
	c.links = 0;
	c.key = d->key;
	c.start_bound = d->start_bound;
	c.end_bound = end_bound;
	c.multi = false;
	c.plural = d->plural;
	if ((k->kind & JR_KK_JOIN) && d->start_bound == BOUND_NONE &&
		end_bound != BOUND_NONE)
	{
		c.kind = JR_KK_JOIN;
		if (!push_candidate(x, &c))
			return false;
	}
	if ((k->kind & (JR_KK_STOP | JR_KK_CUE)) &&
		d->start_bound != BOUND_NONE && end_bound != BOUND_NONE)
	{
		if (k->kind & JR_KK_STOP)
		{
			c.kind = JR_KK_STOP;
			if (!push_candidate(x, &c))
				return false;
		}
		if ((k->kind & JR_KK_CUE) && !push_cue(x, d->word_end))
			return false;
	}
	if (k->kind & JR_KK_SKILL)
	{
		bool		keep;

		c.kind = JR_KK_SKILL;
		if (!(k->flags & JR_KF_PLAIN))
			keep = d->start_bound != BOUND_NONE &&
				end_bound != BOUND_NONE &&
				case_matches(x->text, c.orig_start, c.orig_end, k);
		else if (d->start_bound != BOUND_NONE && end_bound != BOUND_NONE)
			keep = true;
		else if (d->start_bound == BOUND_NONE && end_bound == BOUND_NONE)
			keep = k->len >= 3;
		else
			keep = k->len >= 2;
		if (keep && !push_candidate(x, &c))
			return false;
		if (keep && end_bound == BOUND_NONE)
			*chain = true;
	}
	return true;
}

/* True when text[os, oe) has letters and all are capitals ("API"). */
static bool
all_caps(const char *text, size_t os, size_t oe)
{
	bool		letters = false;
	size_t		i;

	for (i = os; i < oe; i++)
	{
		if (IS_LOWER((unsigned char) text[i]))
			return false;
		letters = letters || IS_UPPER((unsigned char) text[i]);
	}
	return letters;
}

/*
 * Feed one normalized byte b (boundary before it: bound; from input bytes
 * [os, oe)).  Settles the keys that ended just before it, starts a walk if
 * a mention may start here and advances every live walk.
 */
static JR_ALWAYS_INLINE bool
feed(extractor *x, unsigned char b, uint8_t bound, size_t os, size_t oe)
{
	size_t		q = x->pos;
	int			cls;
	int			i;
	int			live;

	if (x->nplurals > 0)
	{
		/*
		 * "APIs", "databases": key + "s" counts when the word ends after
		 * the s (a key of three letters only as an acronym: "does" is not
		 * DOE)
		 */
		bool		chain = false;

		for (i = 0; i < x->nplurals && bound != BOUND_NONE; i++)
			if (!record_key(x, &x->plurals[i], bound, &chain))
				return false;
		x->nplurals = 0;
	}
	if (x->nends > 0)
	{
		bool		chain = false;

		for (i = 0; i < x->nends; i++)
		{
			const ended *d = &x->ends[i];
			const jr_skill_key *k = &jr_skills_keys[d->key];

			if (!record_key(x, d, bound, &chain))
				return false;
			if (bound == BOUND_NONE && b == 's' && k->len >= 3 &&
				(k->kind & JR_KK_SKILL) && (k->flags & JR_KF_PLAIN) &&
				(k->len >= 4 ||
				 all_caps(x->text, d->orig_start, d->orig_end)))
			{
				ended	   *pl = &x->plurals[x->nplurals++];

				*pl = *d;
				pl->plural = true;
				pl->end = d->end + 1;
				pl->orig_end = oe;
				pl->word_end = x->word;
			}
		}
		x->nends = 0;
		if (chain)
			x->spawn_at = q;
	}
	if (b != ' ' && b != ',' && bound != BOUND_NONE)
		x->word++;
	if (b != ' ' && b != ',' && (bound != BOUND_NONE || x->spawn_at == q))
	{
		walk_start *ws = &x->starts[q & (MAX_WALKS - 1)];

		x->walks[x->nwalks].state = 0;
		x->walks[x->nwalks].start = q;
		x->nwalks++;
		ws->bound = bound;
		ws->orig_start = os;
		ws->word_start = x->word;
	}
	cls = jr_skills_trie_class[b];
	live = 0;
	for (i = 0; i < x->nwalks; i++)
	{
		int32_t		st = x->walks[i].state;
		int32_t		t = jr_skills_trie[st].base + cls;

		x->work++;
		if (cls == 0 || jr_skills_trie[t].check != st)
			continue;
		if (jr_skills_trie[t].key >= 0)
		{
			ended	   *d = &x->ends[x->nends++];
			const walk_start *ws =
				&x->starts[x->walks[i].start & (MAX_WALKS - 1)];

			d->key = jr_skills_trie[t].key;
			d->start_bound = ws->bound;
			d->start = x->walks[i].start;
			d->end = q + 1;
			d->orig_start = ws->orig_start;
			d->orig_end = oe;
			d->word_start = ws->word_start;
			d->word_end = x->word;
			d->plural = false;
		}
		x->walks[live].state = t;
		x->walks[live].start = x->walks[i].start;
		live++;
	}
	x->nwalks = live;
	x->pos = q + 1;
	x->work++;
	return true;
}

/* Settle the keys still waiting at the end of the text. */
static bool
feed_end(extractor *x)
{
	bool		chain = false;
	int			i;

	for (i = 0; i < x->nplurals; i++)
		if (!record_key(x, &x->plurals[i], BOUND_HARD, &chain))
			return false;
	for (i = 0; i < x->nends; i++)
		if (!record_key(x, &x->ends[i], BOUND_HARD, &chain))
			return false;
	x->nplurals = 0;
	x->nends = 0;
	return true;
}

/* Order candidates by start, longest first, exact before plural, kind. */
static int
candidate_cmp(const void *a, const void *b)
{
	const candidate *x = a;
	const candidate *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end > y->end ? -1 : 1;
	if (x->plural != y->plural)
		return x->plural ? 1 : -1;	/* "Sass" is a key: not SAS + s */
	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	return x->key < y->key ? -1 : (x->key > y->key);
}

/*
 * Sort candidates with candidate_cmp.  They arrive almost in order (by
 * where they end, and keys are short), so an insertion sort is linear in
 * practice; past a budget of moves it hands over to qsort, so adversarial
 * input stays O(n log n).  The order is total (one walk starts per
 * position, so no two candidates share start, end, plural, kind and key),
 * so both sorts give the same result.
 */
static void
sort_candidates(candidate *c, size_t n)
{
	size_t		budget = 8 * n + 64;
	size_t		i;

	for (i = 1; i < n; i++)
	{
		candidate	tmp;
		size_t		j = i;

		if (candidate_cmp(&c[i - 1], &c[i]) <= 0)
			continue;
		tmp = c[i];
		while (j > 0 && candidate_cmp(&c[j - 1], &tmp) > 0 && budget > 0)
		{
			c[j] = c[j - 1];
			j--;
			budget--;
		}
		c[j] = tmp;
		if (budget == 0)
		{
			qsort(c, n, sizeof(candidate), candidate_cmp);
			return;
		}
	}
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
	(*m)[*n].skill = jr_skills_keys[c->key].skill;
	(*m)[*n].context = (jr_skills_keys[c->key].flags & JR_KF_CONTEXT) != 0;
	(*m)[*n].accepted = false;
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

/*
 * True when mention b gives context word a its context: a non-context
 * skill of the same context group, or another context word of the same
 * category ("English and Spanish", "Spark, Hive").
 */
static bool
gives_context(const mention *a, const mention *b)
{
	const jr_skill_rec *ra = &jr_skills_data[a->skill];
	const jr_skill_rec *rb = &jr_skills_data[b->skill];

	if (!b->context)
		return rb->group != 0 && rb->group == ra->group;
	return a->skill != b->skill && ra->category == rb->category &&
		(b->accepted || !a->accepted);
}

/* Decide which context words have context. */
static void
judge_context(extractor *x, mention *m, size_t n)
{
	size_t		i;
	int			pass;

	for (i = 0; i < n; i++)
		m[i].accepted = !m[i].context;
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
			if (gives_context(&m[i], &m[j]))
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
			if (gives_context(&m[i], &m[j]))
				m[i].accepted = true;
		}
	}
	/* a list of context words: "Spark, Hive, Pig and Python" */
	for (pass = 0; pass < 2; pass++)
	{
		for (i = 1; i < n; i++)
		{
			size_t		a = pass == 0 ? i : n - i;
			size_t		b = pass == 0 ? i - 1 : n - i - 1;
			size_t		lo = a < b ? a : b;
			size_t		hi = a < b ? b : a;

			x->work++;
			if (!m[a].accepted && m[b].accepted && m[b].context &&
				m[hi].word_start - m[lo].word_end <= CONTEXT_DISTANCE &&
				jr_skills_data[m[a].skill].group ==
				jr_skills_data[m[b].skill].group)
				m[a].accepted = true;
		}
	}
}

/* True when trie state st has a step on byte b that completes a key. */
static inline bool
completes_key(int32_t st, unsigned char b)
{
	int			cls = jr_skills_trie_class[b];
	int32_t		t = jr_skills_trie[st].base + cls;

	return cls != 0 && jr_skills_trie[t].check == st &&
		jr_skills_trie[t].key >= 0;
}

/* Scan the text and record candidates. */
static jr_status
scan_text(extractor *x, const char *text, size_t len, jr_error *err)
{
	const unsigned char *s = (const unsigned char *) text;
	norm_state n;
	norm_byte	buf[8];
	size_t		next_check = INTERRUPT_INTERVAL;
	size_t		i = 0;

	norm_init(&n, text, len);
	x->spawn_at = NO_INDEX;
	while (i < len)
	{
		unsigned char c = s[i];
		bool		ok = true;

		if (IS_LOWER(c) && x->nwalks == 0 && x->nends == 0 &&
			x->nplurals == 0 && n.prev_word && IS_ALPHA(s[i - 1]))
		{
			/*
			 * Inside a word with no walk alive: lower-case letters cannot
			 * start a mention here, so skip them (each is one normalized
			 * byte with no boundary before it).
			 */
			size_t		j = i + 1;

			while (j < len && IS_LOWER(s[j]))
				j++;
			x->pos += j - i;
			x->work += j - i;
			i = j;
		}
		else if (IS_LOWER(c) && x->nwalks == 1 && x->nends == 0 &&
				 x->nplurals == 0 && n.prev_word && IS_ALPHA(s[i - 1]) &&
				 !completes_key(x->walks[0].state, c))
		{
			/*
			 * Inside a word with one walk alive (the usual case: most
			 * words begin like some key): step it over lower-case letters,
			 * as feed would with no boundary, no walk to start and nothing
			 * to settle, until it dies or is about to complete a key (feed
			 * does that byte).
			 */
			int32_t		st = x->walks[0].state;
			size_t		j = i;

			while (j < len && IS_LOWER(s[j]))
			{
				int			cls = jr_skills_trie_class[s[j]];
				int32_t		t = jr_skills_trie[st].base + cls;

				if (cls == 0 || jr_skills_trie[t].check != st)
				{
					/* the walk dies here */
					x->nwalks = 0;
					j++;
					break;
				}
				if (jr_skills_trie[t].key >= 0)
					break;
				st = t;
				j++;
			}
			x->walks[0].state = st;
			x->pos += j - i;
			x->work += 2 * (j - i);
			i = j;
		}
		else if (c == ' ')
		{
			/* a plain space, as norm_next would read it */
			if (n.pending == 0)
				n.pending = ' ';
			n.prev_word = false;
			i++;
		}
		else if (IS_ALNUM(c))
		{
			/* the common case, as norm_next would do it */
			uint8_t		b = n.prev_word ? case_boundary(s, len, i) :
				BOUND_HARD;

			if (n.pending && n.any && x->nwalks == 0 && x->nends == 0 &&
				x->nplurals == 0)
			{
				/* the separator, with nothing alive to step or settle */
				x->pos++;
				x->work++;
			}
			else if (n.pending && n.any)
				ok = feed(x, n.pending, BOUND_HARD, i, i);
			n.pending = 0;
			n.any = true;
			n.prev_word = true;
			ok = ok && feed(x, IS_UPPER(c) ? c + 32 : c, b, i, i + 1);
			i++;
		}
		else
		{
			int			k;
			int			j;

			n.i = i;
			k = norm_next(&n, buf);
			for (j = 0; j < k && ok; j++)
				ok = feed(x, buf[j].c, buf[j].bound, buf[j].orig_start,
						  buf[j].orig_end);
			i = n.i;
		}
		if (!ok)
			return jr_error_set(err, JR_ERR_NOMEM, i,
								"out of memory extracting skills");
		if (i >= next_check)
		{
			next_check = i + INTERRUPT_INTERVAL;
			if (jr_interrupted())
				return jr_error_set(err, JR_ERR_CANCELED, i,
									"skill extraction canceled");
		}
	}
	if (!feed_end(x))
		return jr_error_set(err, JR_ERR_NOMEM, len,
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
	if (jr_skills_data_max_key_len + 2 >= MAX_WALKS)
		return jr_error_set(err, JR_ERR_INTERNAL, 0,
							"skills taxonomy key longer than the matcher's "
							"window");
	x = jr_alloc(sizeof(extractor));
	if (x == NULL)
		return jr_error_set(err, JR_ERR_NOMEM, 0,
							"out of memory extracting skills");
	x->text = text;
	x->pos = 0;
	x->word = 0;
	x->nwalks = 0;
	x->nends = 0;
	x->nplurals = 0;
	x->cands = NULL;
	x->ncands = 0;
	x->capcands = 0;
	x->cues = NULL;
	x->ncues = 0;
	x->capcues = 0;
	x->work = 0;
	status = scan_text(x, text, len, err);
	if (status != JR_OK)
		goto done;
	sort_candidates(x->cands, x->ncands);
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

/*
 * Per-process marks for jr_skill_overlap, so a call needs no clearing:
 * marks[2 * id] == stamp means id is covered by have in the current call,
 * marks[2 * id + 1] == stamp that it was already counted as wanted.
 * Allocated once with malloc (a process-lifetime cache).
 */
static uint32_t *overlap_marks = NULL;
static uint32_t overlap_stamp = 0;

/* Start a new round of marks; false on OOM. */
static bool
new_marks(void)
{
	size_t		n = 2 * (size_t) jr_skills_data_count;

	if (overlap_marks == NULL)
	{
		overlap_marks = calloc(n, sizeof(uint32_t));
		if (overlap_marks == NULL)
			return false;
	}
	if (++overlap_stamp == 0)
	{
		memset(overlap_marks, 0, n * sizeof(uint32_t));
		overlap_stamp = 1;
	}
	return true;
}

/* Share of the distinct want units covered by have. */
jr_status
jr_skill_overlap(const jr_skill_item *have, size_t nhave,
				 const jr_skill_item *want, size_t nwant,
				 double *share, jr_error *err)
{
	uint32_t   *marks;
	uint32_t	stamp;
	unsigned char *group_seen = NULL;
	unsigned char *group_cov = NULL;
	text_set	have_texts = {NULL, 0};
	text_set	want_texts = {NULL, 0};
	size_t		unknown_have = 0;
	size_t		unknown_want = 0;
	bool		grouped = false;
	size_t		units = 0;
	size_t		hits = 0;
	size_t		i;
	jr_status	status = JR_OK;

	*share = 1.0;
	for (i = 0; i < nhave; i++)
		unknown_have += have[i].id < 0;
	for (i = 0; i < nwant; i++)
	{
		unknown_want += want[i].id < 0;
		grouped = grouped || want[i].group >= 0;
	}
	if (!new_marks() ||
		(grouped && (group_seen = jr_calloc(2 * nwant, 1)) == NULL) ||
		(unknown_want > 0 && (!text_set_init(&have_texts, unknown_have) ||
							  !text_set_init(&want_texts, unknown_want))))
	{
		status = jr_error_set(err, JR_ERR_NOMEM, 0,
							  "out of memory comparing skills");
		goto done;
	}
	marks = overlap_marks;
	stamp = overlap_stamp;
	if (grouped)
		group_cov = group_seen + nwant;
	/* everything have covers: each skill and its ancestors */
	for (i = 0; i < nhave; i++)
	{
		int			x = have[i].id;

		if (x < 0)
		{
			text_key	t = trim_text(have[i].text, have[i].len);

			if (t.len > 0 && unknown_want > 0)
				text_set_add(&have_texts, t);
			continue;
		}
		while (valid_id(x) && marks[2 * x] != stamp)
		{
			marks[2 * x] = stamp;
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
			is_covered = marks[2 * w->id] == stamp;
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
			if (marks[2 * w->id + 1] == stamp)
				continue;
			marks[2 * w->id + 1] = stamp;
		}
		else if (!text_set_add(&want_texts, t))
			continue;
		units++;
		if (is_covered)
			hits++;
	}
	*share = units == 0 ? 1.0 : (double) hits / (double) units;
done:
	jr_free(group_seen);
	jr_free(have_texts.slots);
	jr_free(want_texts.slots);
	return status;
}
