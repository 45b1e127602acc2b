/*
 * jr_requirements.c
 *		Experience, education and base-pay extractors (see jr_requirements.h).
 *		First version: interface only; every extractor reports "unstated".
 */
#include "jr_requirements.h"

#include <string.h>

/* Find the experience requirement of the main role. */
jr_status
jr_experience_extract(const jr_posting_text *pt, jr_experience *out,
					  jr_error *err)
{
	(void) pt;
	(void) err;
	memset(out, 0, sizeof(*out));
	return JR_OK;
}

/* Find the education required and preferred. */
jr_status
jr_education_extract(const jr_posting_text *pt, jr_education *out,
					 jr_error *err)
{
	(void) pt;
	(void) err;
	memset(out, 0, sizeof(*out));
	return JR_OK;
}

/* Choose the base pay among the pay mentions. */
jr_status
jr_pay_select(const jr_posting_text *pt, const jr_salary_hit *hits, int nhits,
			  jr_pay *out, jr_error *err)
{
	(void) pt;
	(void) hits;
	(void) nhits;
	(void) err;
	memset(out, 0, sizeof(*out));
	out->chosen = -1;
	return JR_OK;
}

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
	(void) s;
	(void) len;
	*out = JR_EDU_UNKNOWN;
	return false;
}
