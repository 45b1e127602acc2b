/*
 * jr_core.h
 *		Plumbing shared by every jobreq core module: status codes, the error
 *		struct, the allocator hook and the interrupt hook.
 *
 * The core is plain C11 and never includes postgres.h.  Functions report
 * failure by returning a jr_status and filling a jr_error; they never jump.
 * The PostgreSQL glue (src/pg) points the allocator hook at palloc and the
 * interrupt hook at InterruptPending, then maps jr_status to SQLSTATEs.
 */
#ifndef JR_CORE_H
#define JR_CORE_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Outcome of a core call; the glue maps each to one SQLSTATE. */
typedef enum jr_status
{
	JR_OK = 0,
	JR_ERR_SYNTAX,				/* malformed literal: 22P02 */
	JR_ERR_RANGE,				/* value out of range: 22003 */
	JR_ERR_ARGUMENT,			/* bad argument value: 22023 */
	JR_ERR_LIMIT,				/* input exceeds a documented limit: 54000 */
	JR_ERR_NOMEM,				/* allocation failed: 53200 */
	JR_ERR_CANCELED,			/* interrupt hook asked us to stop */
	JR_ERR_INTERNAL				/* a bug: XX000 */
} jr_status;

#define JR_ERROR_MESSAGE_LEN 256

/* What went wrong, where (byte offset into the input) and why. */
typedef struct jr_error
{
	jr_status	code;
	size_t		offset;
	char		message[JR_ERROR_MESSAGE_LEN];	/* short: errmsg */
	char		detail[JR_ERROR_MESSAGE_LEN];	/* full sentence: errdetail */
} jr_error;

/* Reset an error struct to "no error". */
void		jr_error_clear(jr_error *err);

/* Record an error; returns code so callers can "return jr_error_set(...)". */
jr_status	jr_error_set(jr_error *err, jr_status code, size_t offset,
						 const char *fmt,...)
			__attribute__((format(printf, 4, 5)));

/* Add a full-sentence detail to an error already set. */
void		jr_error_detail(jr_error *err, const char *fmt,...)
			__attribute__((format(printf, 2, 3)));

/* Human-readable name of a status, for tests and the CLI. */
const char *jr_status_name(jr_status status);

/*
 * Allocator hook.  Every core allocation goes through these; they return
 * NULL on failure (the glue uses palloc_extended with MCXT_ALLOC_NO_OOM).
 * The default is malloc/realloc/free.
 */
typedef struct jr_allocator
{
	void	   *(*alloc) (size_t size);
	void	   *(*realloc) (void *ptr, size_t size);
	void		(*free) (void *ptr);
} jr_allocator;

/* Install an allocator (NULL restores malloc). */
void		jr_set_allocator(const jr_allocator *allocator);

/* Allocate size bytes through the hook; NULL on failure. */
void	   *jr_alloc(size_t size);

/* Allocate zeroed memory through the hook; NULL on failure or overflow. */
void	   *jr_calloc(size_t count, size_t size);

/* Resize an allocation through the hook; NULL on failure (ptr kept). */
void	   *jr_realloc(void *ptr, size_t size);

/* Free memory from jr_alloc; NULL is ignored. */
void		jr_free(void *ptr);

/* Copy len bytes into a new NUL-terminated string; NULL on failure. */
char	   *jr_strndup(const char *s, size_t len);

/*
 * Interrupt hook: long-running core loops call jr_interrupted() every few
 * kilobytes and unwind with JR_ERR_CANCELED when it returns true.
 */
typedef bool (*jr_interrupt_fn) (void);

/* Install the interrupt check (NULL: never interrupted). */
void		jr_set_interrupt_check(jr_interrupt_fn fn);

/* True when the host asked the current call to stop. */
bool		jr_interrupted(void);

/* True when s[0, len) is well-formed UTF-8 with no NUL bytes. */
bool		jr_utf8_valid(const char *s, size_t len);

/*
 * Replace each byte of s[0, len) that is not part of well-formed UTF-8 (and
 * each NUL) by '?', in place, so offsets are kept.  Returns bytes replaced.
 */
size_t		jr_utf8_scrub(char *s, size_t len);

#endif							/* JR_CORE_H */
