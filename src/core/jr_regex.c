/*
 * jr_regex.c
 *		PCRE2 wrapper: compile once per process with JIT, match under limits.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "jr_regex.h"

#include <string.h>

/* Backtracking budget per match: far above what any real posting needs. */
#define JR_RE_MATCH_LIMIT	1000000
#define JR_RE_DEPTH_LIMIT	10000
#define JR_RE_HEAP_LIMIT_KB	8192

static pcre2_match_context *match_context = NULL;
static pcre2_match_data *match_data = NULL;
static pcre2_jit_stack *jit_stack = NULL;

/* Create the shared match context and match data on first use. */
static bool
ensure_match_state(void)
{
	if (match_context != NULL && match_data != NULL)
		return true;
	if (match_context == NULL)
	{
		match_context = pcre2_match_context_create(NULL);
		if (match_context == NULL)
			return false;
		pcre2_set_match_limit(match_context, JR_RE_MATCH_LIMIT);
		pcre2_set_depth_limit(match_context, JR_RE_DEPTH_LIMIT);
		pcre2_set_heap_limit(match_context, JR_RE_HEAP_LIMIT_KB);
		jit_stack = pcre2_jit_stack_create(32 * 1024, 512 * 1024, NULL);
		if (jit_stack != NULL)
			pcre2_jit_stack_assign(match_context, NULL, jit_stack);
	}
	if (match_data == NULL)
		match_data = pcre2_match_data_create(JR_RE_MAX_GROUPS, NULL);
	return match_data != NULL;
}

/* Compile re on first use; false (err set) when it cannot be compiled. */
static bool
ensure_compiled(jr_regex *re, jr_error *err)
{
	uint32_t	options = PCRE2_UTF | PCRE2_NO_UTF_CHECK | PCRE2_UCP;
	int			errcode;
	PCRE2_SIZE	erroffset;
	pcre2_code *code;

	if (re->code != NULL)
		return true;
	if (re->failed)
	{
		jr_error_set(err, JR_ERR_INTERNAL, 0,
					 "jobreq pattern failed to compile: %s", re->pattern);
		return false;
	}
	if (re->options & JR_RE_CASELESS)
		options |= PCRE2_CASELESS;
	if (re->options & JR_RE_MULTILINE)
		options |= PCRE2_MULTILINE;
	if (re->options & JR_RE_EXTENDED)
		options |= PCRE2_EXTENDED;
	if (re->options & JR_RE_DOTALL)
		options |= PCRE2_DOTALL;
	code = pcre2_compile((PCRE2_SPTR) re->pattern, PCRE2_ZERO_TERMINATED,
						 options, &errcode, &erroffset, NULL);
	if (code == NULL)
	{
		PCRE2_UCHAR message[128];

		pcre2_get_error_message(errcode, message, sizeof(message));
		re->failed = true;
		jr_error_set(err, JR_ERR_INTERNAL, (size_t) erroffset,
					 "jobreq pattern failed to compile: %s at offset %zu: %s",
					 (const char *) message, (size_t) erroffset, re->pattern);
		return false;
	}
	/* JIT is an optimization; the interpreter is used when it is missing. */
	(void) pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
	re->code = code;
	return true;
}

/* Search subject[from, len) for re; 1 match, 0 none, -1 error. */
int
jr_regex_search(jr_regex *re, const char *subject, size_t len, size_t from,
				jr_match *m, jr_error *err)
{
	int			rc;
	int			g;
	PCRE2_SIZE *ovector;

	if (from > len)
		return 0;
	if (!ensure_compiled(re, err))
		return -1;
	if (!ensure_match_state())
	{
		jr_error_set(err, JR_ERR_NOMEM, 0, "out of memory for pattern matching");
		return -1;
	}
	rc = pcre2_match((pcre2_code *) re->code, (PCRE2_SPTR) subject, len,
					 from, PCRE2_NO_UTF_CHECK, match_data, match_context);
	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	if (rc < 0)
	{
		PCRE2_UCHAR message[128];

		pcre2_get_error_message(rc, message, sizeof(message));
		if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
			rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT)
			jr_error_set(err, JR_ERR_LIMIT, from,
						 "pattern match limit exceeded: %s",
						 (const char *) message);
		else
			jr_error_set(err, JR_ERR_INTERNAL, from, "pattern match failed: %s",
						 (const char *) message);
		return -1;
	}
	if (m != NULL)
	{
		ovector = pcre2_get_ovector_pointer(match_data);
		m->ngroups = rc == 0 ? JR_RE_MAX_GROUPS : rc;
		for (g = 0; g < JR_RE_MAX_GROUPS; g++)
		{
			if (g < m->ngroups && ovector[2 * g] != PCRE2_UNSET)
			{
				m->start[g] = ovector[2 * g];
				m->end[g] = ovector[2 * g + 1];
			}
			else
			{
				m->start[g] = SIZE_MAX;
				m->end[g] = SIZE_MAX;
			}
		}
	}
	return 1;
}

/* True when group g of m matched. */
bool
jr_match_has(const jr_match *m, int g)
{
	return g >= 0 && g < JR_RE_MAX_GROUPS && m->start[g] != SIZE_MAX;
}

/* Length of group g of m (0 when unset). */
size_t
jr_match_len(const jr_match *m, int g)
{
	return jr_match_has(m, g) ? m->end[g] - m->start[g] : 0;
}

/* True when the PCRE2 library has a working JIT on this machine. */
bool
jr_regex_jit_available(void)
{
	uint32_t	jit = 0;

	pcre2_config(PCRE2_CONFIG_JIT, &jit);
	return jit != 0;
}

/* Version string of the PCRE2 library in use. */
const char *
jr_regex_library_version(void)
{
	static char version[64];

	if (version[0] == '\0')
		pcre2_config(PCRE2_CONFIG_VERSION, version);
	return version;
}
