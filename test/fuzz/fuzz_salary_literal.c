/*
 * fuzz_salary_literal.c
 *		libFuzzer target: the salary_range literal parser.  Every input either
 *		parses to a value whose canonical output parses back to an equal value,
 *		or fails with a syntax or range error.
 */
#include "jr_salary.h"

#include <stdlib.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* One fuzz iteration. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	jr_salary	sal;
	jr_salary	again;
	jr_error	err;
	jr_buf		out;
	jr_status	st;

	jr_error_clear(&err);
	st = jr_salary_parse_literal((const char *) data, size, &sal, &err);
	if (st != JR_OK)
	{
		if (st != JR_ERR_SYNTAX && st != JR_ERR_RANGE)
			abort();
		return 0;
	}
	jr_buf_init(&out);
	jr_salary_format(&sal, &out);
	if (out.failed)
		abort();
	st = jr_salary_parse_literal(out.data, out.len, &again, &err);
	if (st != JR_OK || jr_salary_cmp(&sal, &again) != 0)
		abort();
	jr_buf_free(&out);
	return 0;
}
