/*
 * fuzz_posting_html.c
 *		libFuzzer target: the posting parser on HTML.  The input is wrapped in
 *		a page; the bytes before the first 0x1f (if any) become the body of an
 *		application/ld+json script in the head, the rest the page body.  The
 *		parser must succeed and write one JSON object.
 */
#include "jr_buf.h"
#include "jr_core.h"
#include "jr_posting.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char page_head[] = "<!DOCTYPE html>\n<html><head><title>Job</title>";
static const char script_open[] = "<script type=\"application/ld+json\">";
static const char script_close[] = "</script>";
static const char body_open[] = "</head>\n<body><main>\n";
static const char page_tail[] = "\n</main></body></html>\n";

/* One fuzz iteration. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *in = (const char *) data;
	const char *sep = memchr(in, 0x1f, size);
	jr_buf		page;
	jr_buf		out;
	jr_error	err;
	jr_status	st;
	json_t	   *doc;
	json_error_t jerr;

	jr_buf_init(&page);
	jr_buf_puts(&page, page_head);
	if (sep != NULL)
	{
		jr_buf_puts(&page, script_open);
		jr_buf_append(&page, in, sep - in);
		jr_buf_puts(&page, script_close);
		size -= (sep - in) + 1;
		in = sep + 1;
	}
	jr_buf_puts(&page, body_open);
	jr_buf_append(&page, in, size);
	jr_buf_puts(&page, page_tail);
	if (page.failed)
		abort();

	jr_buf_init(&out);
	jr_error_clear(&err);
	st = jr_posting_parse(page.data, page.len, (size & 1) != 0, &out, &err);
	if (st == JR_ERR_LIMIT)
	{
		jr_buf_free(&out);
		jr_buf_free(&page);
		return 0;
	}
	if (st != JR_OK || out.failed || out.data == NULL)
		abort();
	doc = json_loadb(out.data, out.len, 0, &jerr);
	if (doc == NULL || !json_is_object(doc))
		abort();
	json_decref(doc);
	jr_buf_free(&out);
	jr_buf_free(&page);
	return 0;
}
