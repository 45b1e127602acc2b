/*
 * fuzz_salary_text.c
 *		libFuzzer target: the free-text pay finder (parse_salary).  Prose never
 *		errors; hits are in text order, inside the input, and well-formed.
 */
#include "jr_salary.h"

#include <stdlib.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* One fuzz iteration. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	jr_salary_hit hits[16];
	jr_error	err;
	char	   *text;
	int			n;
	int			i;

	/* the finder takes valid UTF-8, as the glue guarantees */
	text = jr_strndup((const char *) data, size);
	if (text == NULL)
		return 0;
	jr_utf8_scrub(text, size);
	jr_error_clear(&err);
	n = jr_salary_find_all(text, size, hits, 16, &err);
	if (n < 0 || n > 16)
		abort();
	for (i = 0; i < n; i++)
	{
		if (hits[i].start >= hits[i].end || hits[i].end > size)
			abort();
		if (i > 0 && hits[i].start < hits[i - 1].start)
			abort();
		if (!(hits[i].salary.flags & JR_SAL_LO_INF) &&
			!(hits[i].salary.flags & JR_SAL_HI_INF) &&
			hits[i].salary.lo > hits[i].salary.hi)
			abort();
	}
	jr_free(text);
	return 0;
}
