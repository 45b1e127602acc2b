/*
 * test_core.c
 *		Unit tests of the core plumbing: errors, allocator hook, buffers,
 *		UTF-8 checks and the PCRE2 wrapper.
 */
#include "jr_buf.h"
#include "jr_core.h"
#include "jr_regex.h"
#include "unit.h"

#include <stdlib.h>

static int	counted_allocs = 0;
static int	fail_after = -1;

/* Test allocator that counts calls and can fail on demand. */
static void *
counting_alloc(size_t size)
{
	if (fail_after >= 0 && counted_allocs >= fail_after)
		return NULL;
	counted_allocs++;
	return malloc(size);
}

/* Test reallocator paired with counting_alloc. */
static void *
counting_realloc(void *ptr, size_t size)
{
	if (fail_after >= 0 && counted_allocs >= fail_after)
		return NULL;
	counted_allocs++;
	return realloc(ptr, size);
}

static bool interrupt_flag = false;

/* Test interrupt hook. */
static bool
test_interrupted(void)
{
	return interrupt_flag;
}

/* Errors: set, detail, clear, status names. */
static void
test_errors(void)
{
	jr_error	err;

	jr_error_clear(&err);
	unit_is_long(err.code, JR_OK, "cleared error has JR_OK");
	unit_is_long(jr_error_set(&err, JR_ERR_SYNTAX, 7, "bad %s", "thing"),
				 JR_ERR_SYNTAX, "jr_error_set returns its code");
	unit_is_str(err.message, "bad thing", "message is formatted");
	unit_is_long((long long) err.offset, 7, "offset is kept");
	unit_is_str(err.detail, "", "detail starts empty");
	jr_error_detail(&err, "Expected %d.", 3);
	unit_is_str(err.detail, "Expected 3.", "detail is formatted");
	unit_is_str(jr_status_name(JR_ERR_RANGE), "range", "status name");
	unit_is_long(jr_error_set(NULL, JR_ERR_LIMIT, 0, "x"), JR_ERR_LIMIT,
				 "NULL error struct is tolerated");
}

/* Allocator hook routes allocations and reports failure as NULL. */
static void
test_allocator(void)
{
	jr_allocator counting = {counting_alloc, counting_realloc, free};
	void	   *p;
	jr_buf		buf;

	jr_set_allocator(&counting);
	counted_allocs = 0;
	p = jr_alloc(10);
	unit_ok(p != NULL && counted_allocs == 1, "jr_alloc goes through the hook");
	jr_free(p);
	unit_ok(jr_calloc(SIZE_MAX / 2, 4) == NULL, "jr_calloc detects overflow");

	fail_after = counted_allocs;
	jr_buf_init(&buf);
	jr_buf_puts(&buf, "hello");
	unit_ok(buf.failed, "buffer records allocation failure");
	jr_buf_puts(&buf, "more");
	unit_ok(buf.failed && buf.len == 0, "appends after failure are ignored");
	jr_buf_free(&buf);
	fail_after = -1;
	jr_set_allocator(NULL);
}

/* Buffers: append, printf, growth, JSON strings, detach. */
static void
test_buffers(void)
{
	jr_buf		buf;
	char	   *s;
	size_t		len;
	int			i;

	jr_buf_init(&buf);
	jr_buf_puts(&buf, "a");
	jr_buf_putc(&buf, 'b');
	jr_buf_printf(&buf, "%d-%s", 42, "x");
	unit_is_str(buf.data, "ab42-x", "append, putc and printf");
	for (i = 0; i < 10000; i++)
		jr_buf_putc(&buf, 'z');
	unit_is_long((long long) buf.len, 10006, "buffer grows");
	jr_buf_truncate(&buf, 2);
	unit_is_str(buf.data, "ab", "truncate");
	jr_buf_truncate(&buf, 0);
	jr_buf_json_string(&buf, "q\"b\\n\n\t\x01é", 10);
	unit_is_str(buf.data, "\"q\\\"b\\\\n\\n\\t\\u0001é\"", "JSON escaping");
	jr_buf_truncate(&buf, 0);
	jr_buf_json_string(&buf, NULL, 0);
	jr_buf_append(&buf, NULL, 0);
	unit_is_str(buf.data, "\"\"", "NULL string escapes as an empty JSON string");
	s = jr_buf_detach(&buf, &len);
	unit_ok(s != NULL && buf.data == NULL && len == strlen(s), "detach");
	jr_free(s);
	s = jr_buf_detach(&buf, &len);
	unit_ok(s != NULL && s[0] == '\0' && len == 0, "detach of empty buffer");
	jr_free(s);
}

/* UTF-8 validation and scrubbing keep offsets. */
static void
test_utf8(void)
{
	char		bad[] = "ok\xC3(\xFF€\xE2\x82";

	unit_ok(jr_utf8_valid("plain €uro", strlen("plain €uro")), "valid UTF-8");
	unit_ok(!jr_utf8_valid("a\xC0\xAF", 3), "overlong is invalid");
	unit_ok(!jr_utf8_valid("\xED\xA0\x80", 3), "surrogate is invalid");
	unit_ok(!jr_utf8_valid("a\0b", 3), "NUL is invalid");
	unit_is_long((long long) jr_utf8_scrub(bad, strlen(bad)), 4,
				 "scrub counts replaced bytes");
	unit_is_str(bad, "ok?(?€??", "scrub replaces in place");
}

static jr_regex re_years = JR_REGEX("(\\d+)\\+?\\s*years?", JR_RE_CASELESS);
static jr_regex re_bad = JR_REGEX("(unclosed", 0);
static jr_regex re_evil = JR_REGEX("^(a+)+$", 0);

/* PCRE2 wrapper: lazy compile, groups, limits, compile errors. */
static void
test_regex(void)
{
	jr_match	m;
	jr_error	err;
	const char *text = "Need 8+ Years of Go";
	char		evil[40];
	int			rc;

	jr_error_clear(&err);
	rc = jr_regex_search(&re_years, text, strlen(text), 0, &m, &err);
	unit_is_long(rc, 1, "pattern matches");
	unit_ok(re_years.code != NULL, "pattern is compiled on first use");
	unit_is_long((long long) m.start[1], 5, "group start");
	unit_is_long((long long) jr_match_len(&m, 1), 1, "group length");
	unit_ok(!jr_match_has(&m, 5), "unset group");
	rc = jr_regex_search(&re_years, text, strlen(text), 10, &m, &err);
	unit_is_long(rc, 0, "search from an offset past the match");
	rc = jr_regex_search(&re_years, text, strlen(text), 100, &m, &err);
	unit_is_long(rc, 0, "offset beyond the subject is no match");

	rc = jr_regex_search(&re_bad, "x", 1, 0, &m, &err);
	unit_ok(rc == -1 && err.code == JR_ERR_INTERNAL,
			"bad pattern reports an internal error");

	memset(evil, 'a', sizeof(evil) - 2);
	evil[sizeof(evil) - 2] = 'b';
	evil[sizeof(evil) - 1] = '\0';
	jr_error_clear(&err);
	rc = jr_regex_search(&re_evil, evil, strlen(evil), 0, &m, &err);
	unit_ok(rc == -1 && err.code == JR_ERR_LIMIT,
			"catastrophic backtracking stops at the match limit");
	unit_ok(strlen(jr_regex_library_version()) > 0, "library version");
}

/* Interrupt hook. */
static void
test_interrupts(void)
{
	unit_ok(!jr_interrupted(), "no hook: never interrupted");
	jr_set_interrupt_check(test_interrupted);
	interrupt_flag = true;
	unit_ok(jr_interrupted(), "hook reports interruption");
	interrupt_flag = false;
	unit_ok(!jr_interrupted(), "hook reports no interruption");
	jr_set_interrupt_check(NULL);
}

int
main(void)
{
	test_errors();
	test_allocator();
	test_buffers();
	test_utf8();
	test_regex();
	test_interrupts();
	return unit_done();
}
