/*
 * fuzz_posting.c
 *		libFuzzer target: the posting parser on plain text.  It never fails on
 *		text (only limits, cancellation and OOM may stop it), and what it
 *		writes is one JSON object that Jansson reads back.  Inputs of odd
 *		length also ask for evidence.
 */
#include "jr_buf.h"
#include "jr_core.h"
#include "jr_posting.h"

#include <jansson.h>
#include <stdlib.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* One fuzz iteration. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	jr_buf		out;
	jr_error	err;
	jr_status	st;
	json_t	   *doc;
	json_error_t jerr;

	jr_buf_init(&out);
	jr_error_clear(&err);
	st = jr_posting_parse((const char *) data, size, (size & 1) != 0, &out,
						  &err);
	if (st == JR_ERR_LIMIT)
	{
		jr_buf_free(&out);
		return 0;
	}
	if (st != JR_OK || out.failed || out.data == NULL)
		abort();
	doc = json_loadb(out.data, out.len, 0, &jerr);
	if (doc == NULL || !json_is_object(doc))
		abort();
	json_decref(doc);
	jr_buf_free(&out);
	return 0;
}
