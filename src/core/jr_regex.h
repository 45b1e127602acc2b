/*
 * jr_regex.h
 *		PCRE2 behind a small interface.  jr_regex.c is the only core file
 *		that includes pcre2.h.
 *
 * A pattern lives in a static jr_regex slot in the module that uses it and
 * is compiled (with JIT where available) on first use, once per process,
 * i.e. once per backend.  Every match runs under match, depth and heap
 * limits, so no input can make a pattern run away.
 */
#ifndef JR_REGEX_H
#define JR_REGEX_H

#include "jr_core.h"

/* Pattern options (a subset of PCRE2's, so callers need not see pcre2.h). */
#define JR_RE_CASELESS	0x01
#define JR_RE_MULTILINE	0x02
#define JR_RE_EXTENDED	0x04
#define JR_RE_DOTALL	0x08

#define JR_RE_MAX_GROUPS 16

/* A lazily compiled pattern; declare as a static with JR_REGEX(). */
typedef struct jr_regex
{
	const char *pattern;
	unsigned	options;
	void	   *code;			/* pcre2_code_8 *, NULL until compiled */
	bool		failed;			/* compilation failed: a bug in the pattern */
} jr_regex;

#define JR_REGEX(pat, opts) { (pat), (opts), NULL, false }

/* Capture group spans of one match; start == SIZE_MAX when unset. */
typedef struct jr_match
{
	int			ngroups;		/* groups captured, including group 0 */
	size_t		start[JR_RE_MAX_GROUPS];
	size_t		end[JR_RE_MAX_GROUPS];
} jr_match;

/*
 * Search subject[from, len) for re.  subject must be valid UTF-8 (run
 * jr_utf8_scrub over untrusted text first); it is not re-checked per call.  Returns 1 on a match (filling m),
 * 0 when there is none, -1 on error (err set: a pattern bug is
 * JR_ERR_INTERNAL, a tripped match limit JR_ERR_LIMIT).
 */
int			jr_regex_search(jr_regex *re, const char *subject, size_t len,
							size_t from, jr_match *m, jr_error *err);

/* True when group g of m matched. */
bool		jr_match_has(const jr_match *m, int g);

/* Length of group g of m (0 when unset). */
size_t		jr_match_len(const jr_match *m, int g);

/* True when the PCRE2 library has a working JIT on this machine. */
bool		jr_regex_jit_available(void);

/* Version string of the PCRE2 library in use. */
const char *jr_regex_library_version(void);

#endif							/* JR_REGEX_H */
