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

#endif							/* JR_SKILLS_H */
