/*
 * jr_zz_temporary_stubs.c
 *		TEMPORARY, branch posting only: weak stand-ins for functions other
 *		branches (skills, salary-core) implement, so this branch links and
 *		tests before they are merged.  The real (strong) definitions replace
 *		these automatically; this file is deleted once they are merged.
 */
#include "jr_salary.h"
#include "jr_skills.h"

#include <stdio.h>
#include <string.h>

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

/* Pay finder (stand-in: finds nothing). */
JR_WEAK int
jr_salary_find_all(const char *text, size_t len, jr_salary_hit *hits,
				   int max_hits, jr_error *err)
{
	(void) text;
	(void) len;
	(void) hits;
	(void) max_hits;
	(void) err;
	return 0;
}

/* Period names (stand-in). */
JR_WEAK const char *
jr_period_name(jr_period period)
{
	static const char *const names[] = {"HOUR", "DAY", "WEEK", "MONTH", "YEAR"};

	return period <= JR_PERIOD_YEAR ? names[period] : "YEAR";
}

/* Canonical literal (stand-in, same shape as the real one). */
JR_WEAK void
jr_salary_format(const jr_salary *sal, jr_buf *out)
{
	if (!(sal->flags & JR_SAL_LO_INF))
		jr_buf_printf(out, "%lld", (long long) (sal->lo / 100));
	jr_buf_puts(out, "..");
	if (!(sal->flags & JR_SAL_HI_INF))
		jr_buf_printf(out, "%lld", (long long) (sal->hi / 100));
	jr_buf_printf(out, " %.3s/%s", sal->currency,
				  jr_period_name((jr_period) sal->period));
}
