/*
 * fuzz_json_string.c
 *		libFuzzer target: UTF-8 scrubbing and JSON string escaping, the two
 *		steps every core output goes through.  Scrubbed text is valid UTF-8 of
 *		the same length, and its escaped form decodes (Jansson) to itself.
 */
#include "jr_buf.h"
#include "jr_core.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* One fuzz iteration. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *text;
	jr_buf		buf;
	json_t	   *decoded;
	json_error_t jerr;

	text = jr_strndup((const char *) data, size);
	if (text == NULL)
		return 0;
	jr_utf8_scrub(text, size);
	if (!jr_utf8_valid(text, size))
		abort();
	jr_buf_init(&buf);
	jr_buf_json_string(&buf, text, size);
	if (buf.failed)
		abort();
	decoded = json_loadb(buf.data, buf.len, JSON_DECODE_ANY, &jerr);
	if (decoded == NULL || !json_is_string(decoded) ||
		json_string_length(decoded) != size ||
		memcmp(json_string_value(decoded), text, size) != 0)
		abort();
	json_decref(decoded);
	jr_buf_free(&buf);
	jr_free(text);
	return 0;
}
