/*
 * fuzz_skills.c
 *		libFuzzer target: the skill extractor and normalize_skill lookup.
 *		Hits are inside the input, in text order, with valid ids.
 */
#include "jr_skills.h"

#include <stdlib.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* One fuzz iteration. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	jr_skill_hit *hits = NULL;
	size_t		nhits = 0;
	size_t		i;
	jr_error	err;
	char	   *text;
	int			id;

	text = jr_strndup((const char *) data, size);
	if (text == NULL)
		return 0;
	jr_utf8_scrub(text, size);
	jr_error_clear(&err);
	if (jr_skills_extract(text, size, &hits, &nhits, &err) != JR_OK)
		abort();
	for (i = 0; i < nhits; i++)
	{
		if (hits[i].id < 0 || hits[i].id >= jr_skill_count())
			abort();
		if (hits[i].start >= hits[i].end || hits[i].end > size)
			abort();
		if (i > 0 && hits[i].start < hits[i - 1].start)
			abort();
	}
	id = jr_skill_lookup(text, size);
	if (id >= jr_skill_count())
		abort();
	jr_free(hits);
	jr_free(text);
	return 0;
}
