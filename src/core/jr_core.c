/*
 * jr_core.c
 *		Errors, allocator hook and interrupt hook for the jobreq core.
 */
#include "jr_core.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const jr_allocator default_allocator = {malloc, realloc, free};
static jr_allocator current_allocator = {malloc, realloc, free};
static jr_interrupt_fn interrupt_check = NULL;

/* Reset an error struct to "no error". */
void
jr_error_clear(jr_error *err)
{
	if (err == NULL)
		return;
	err->code = JR_OK;
	err->offset = 0;
	err->message[0] = '\0';
	err->detail[0] = '\0';
}

/* Record an error; returns code so callers can "return jr_error_set(...)". */
jr_status
jr_error_set(jr_error *err, jr_status code, size_t offset, const char *fmt,...)
{
	va_list		args;

	if (err == NULL)
		return code;
	err->code = code;
	err->offset = offset;
	err->detail[0] = '\0';
	va_start(args, fmt);
	vsnprintf(err->message, sizeof(err->message), fmt, args);
	va_end(args);
	return code;
}

/* Add a full-sentence detail to an error already set. */
void
jr_error_detail(jr_error *err, const char *fmt,...)
{
	va_list		args;

	if (err == NULL)
		return;
	va_start(args, fmt);
	vsnprintf(err->detail, sizeof(err->detail), fmt, args);
	va_end(args);
}

/* Human-readable name of a status, for tests and the CLI. */
const char *
jr_status_name(jr_status status)
{
	switch (status)
	{
		case JR_OK:
			return "ok";
		case JR_ERR_SYNTAX:
			return "syntax";
		case JR_ERR_RANGE:
			return "range";
		case JR_ERR_ARGUMENT:
			return "argument";
		case JR_ERR_LIMIT:
			return "limit";
		case JR_ERR_NOMEM:
			return "nomem";
		case JR_ERR_CANCELED:
			return "canceled";
		case JR_ERR_INTERNAL:
			return "internal";
	}
	return "unknown";
}

/* Install an allocator (NULL restores malloc). */
void
jr_set_allocator(const jr_allocator *allocator)
{
	current_allocator = allocator ? *allocator : default_allocator;
}

/* Allocate size bytes through the hook; NULL on failure. */
void *
jr_alloc(size_t size)
{
	return current_allocator.alloc(size == 0 ? 1 : size);
}

/* Allocate zeroed memory through the hook; NULL on failure or overflow. */
void *
jr_calloc(size_t count, size_t size)
{
	void	   *ptr;

	if (size != 0 && count > SIZE_MAX / size)
		return NULL;
	ptr = jr_alloc(count * size);
	if (ptr != NULL)
		memset(ptr, 0, count * size == 0 ? 1 : count * size);
	return ptr;
}

/* Resize an allocation through the hook; NULL on failure (ptr kept). */
void *
jr_realloc(void *ptr, size_t size)
{
	if (ptr == NULL)
		return jr_alloc(size);
	return current_allocator.realloc(ptr, size == 0 ? 1 : size);
}

/* Free memory from jr_alloc; NULL is ignored. */
void
jr_free(void *ptr)
{
	if (ptr != NULL)
		current_allocator.free(ptr);
}

/* Copy len bytes into a new NUL-terminated string; NULL on failure. */
char *
jr_strndup(const char *s, size_t len)
{
	char	   *copy;

	if (len == SIZE_MAX)
		return NULL;
	copy = jr_alloc(len + 1);
	if (copy == NULL)
		return NULL;
	memcpy(copy, s, len);
	copy[len] = '\0';
	return copy;
}

/* Install the interrupt check (NULL: never interrupted). */
void
jr_set_interrupt_check(jr_interrupt_fn fn)
{
	interrupt_check = fn;
}

/* True when the host asked the current call to stop. */
bool
jr_interrupted(void)
{
	return interrupt_check != NULL && interrupt_check();
}

/* Length of the well-formed UTF-8 sequence at s (0 when malformed). */
static size_t
utf8_sequence_length(const unsigned char *s, size_t avail)
{
	unsigned char c = s[0];
	size_t		n;
	size_t		i;

	if (c == 0)
		return 0;
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		n = 2;
	else if (c >= 0xE0 && c <= 0xEF)
		n = 3;
	else if (c >= 0xF0 && c <= 0xF4)
		n = 4;
	else
		return 0;
	if (avail < n)
		return 0;
	for (i = 1; i < n; i++)
		if ((s[i] & 0xC0) != 0x80)
			return 0;
	/* reject overlongs, surrogates and code points above U+10FFFF */
	if (c == 0xE0 && s[1] < 0xA0)
		return 0;
	if (c == 0xED && s[1] > 0x9F)
		return 0;
	if (c == 0xF0 && s[1] < 0x90)
		return 0;
	if (c == 0xF4 && s[1] > 0x8F)
		return 0;
	return n;
}

/* True when s[0, len) is well-formed UTF-8 with no NUL bytes. */
bool
jr_utf8_valid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t		i = 0;

	while (i < len)
	{
		size_t		n;

		if (p[i] != 0 && p[i] < 0x80)
		{
			i++;				/* ASCII, the common case, without a call */
			continue;
		}
		n = utf8_sequence_length(p + i, len - i);
		if (n == 0)
			return false;
		i += n;
	}
	return true;
}

/* Replace malformed UTF-8 bytes and NULs by '?', in place; count them. */
size_t
jr_utf8_scrub(char *s, size_t len)
{
	unsigned char *p = (unsigned char *) s;
	size_t		i = 0;
	size_t		replaced = 0;

	while (i < len)
	{
		size_t		n = utf8_sequence_length(p + i, len - i);

		if (n == 0)
		{
			p[i++] = '?';
			replaced++;
		}
		else
			i += n;
	}
	return replaced;
}
