/*
 * jr_skills.h
 *		The built-in skills taxonomy and the extractor of skills from text.
 *
 * Skills are identified by small integer ids into the compiled taxonomy
 * (generated from skills.tsv at build time).  Matching is case- and
 * punctuation-insensitive, but C, C++, C#, R, Go and .NET stay distinct,
 * and ordinary words that are also tools need technical context.
 */
#ifndef JR_SKILLS_H
#define JR_SKILLS_H

#include "jr_core.h"

/* Taxonomy version, part of every output that uses it. */
const char *jr_skills_version(void);

/* Number of canonical skills. */
int			jr_skill_count(void);

/* Canonical name of skill id. */
const char *jr_skill_name(int id);

/* Category of skill id. */
const char *jr_skill_category(int id);

/* Parent id of skill id, or -1 for a root. */
int			jr_skill_parent(int id);

/* Number of aliases of skill id, and the i-th alias. */
int			jr_skill_alias_count(int id);
const char *jr_skill_alias(int id, int i);

/* Id of the skill a name or alias denotes (normalize_skill), or -1. */
int			jr_skill_lookup(const char *s, size_t len);

/*
 * Look up n names at once: ids[i] = jr_skill_lookup(names[i], lens[i]).
 * Faster than one at a time (the memory accesses of a batch overlap).
 */
void		jr_skill_lookup_many(const char *const *names, const size_t *lens,
								 int *ids, size_t n);

/* True when having skill `have` satisfies wanting `want` (same or ancestor). */
bool		jr_skill_covers(int have, int want);

/* One skill mention in text. */
typedef struct jr_skill_hit
{
	int			id;
	size_t		start;			/* byte offsets [start, end) in the text */
	size_t		end;
} jr_skill_hit;

/*
 * Find skill mentions in text, one linear pass.  On success *hits (allocated
 * with jr_alloc, caller frees with jr_free) holds every mention in text
 * order, duplicates included; *nhits its length.
 */
jr_status	jr_skills_extract(const char *text, size_t len,
							  jr_skill_hit **hits, size_t *nhits,
							  jr_error *err);

/* Depth of skill id in the hierarchy (0 for a root), -1 for a bad id. */
int			jr_skill_depth(int id);

/* Id of the skill whose canonical name is exactly name, or -1. */
int			jr_skill_by_name(const char *name);

/*
 * Normalize s[0, len) the way names, aliases and text are compared: ASCII
 * case folded, runs of spaces and punctuation read as one space, "+" and
 * "#" kept after a word character (C++, C#), a leading "." kept (.NET),
 * "&" kept between word characters (R&D) and otherwise read as "and".
 * Writes at most cap - 1 bytes and a NUL to out; returns the full length.
 */
size_t		jr_skill_normalize(const char *s, size_t len, char *out,
							   size_t cap);

/*
 * Work done by the last jr_skills_extract call in this process (automaton
 * steps plus candidates examined), so tests can check the scan is linear
 * by counting instead of timing.
 */
size_t		jr_skills_last_work(void);

/* One item of a skill list compared by jr_skill_overlap. */
typedef struct jr_skill_item
{
	int			id;				/* taxonomy id, or -1: compare the text */
	const char *text;			/* the item as written (used when id < 0) */
	size_t		len;
	int			group;			/* want lists: -1 stands alone; items with */
	/* the same group (0 <= group < nwant) are alternatives */
} jr_skill_item;

/*
 * Share of the distinct want units covered by have: a unit is a distinct
 * standalone item or a group of alternatives; a known item is covered by a
 * have item that is the same skill or a descendant of it, an unknown item
 * by a have item with the same text (trimmed, ASCII case-insensitive).
 * Blank unknown items are ignored.  1.0 when there are no want units.
 */
jr_status	jr_skill_overlap(const jr_skill_item *have, size_t nhave,
							 const jr_skill_item *want, size_t nwant,
							 double *share, jr_error *err);

#endif							/* JR_SKILLS_H */
