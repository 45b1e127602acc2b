/*
 * jr_zz_temporary_stubs.c
 *		TEMPORARY, branch posting only: weak stand-ins for functions other
 *		branches (skills) implement, so this branch links and
 *		tests before they are merged.  The real (strong) definitions replace
 *		these automatically; this file is deleted once they are merged.
 */
#include "jr_skills.h"


#define JR_WEAK __attribute__((weak))

/* Taxonomy version (stand-in). */
JR_WEAK const char *
jr_skills_version(void)
{
	return "0";
}

/* Canonical name of a skill id (stand-in). */
JR_WEAK const char *
jr_skill_name(int id)
{
	(void) id;
	return "";
}

/* Skill lookup (stand-in: nothing is known). */
JR_WEAK int
jr_skill_lookup(const char *s, size_t len)
{
	(void) s;
	(void) len;
	return -1;
}

/* Skill extraction (stand-in: finds nothing). */
JR_WEAK jr_status
jr_skills_extract(const char *text, size_t len, jr_skill_hit **hits,
				  size_t *nhits, jr_error *err)
{
	(void) text;
	(void) len;
	(void) err;
	*hits = NULL;
	*nhits = 0;
	return JR_OK;
}
