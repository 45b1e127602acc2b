/*
 * jr_buf.h
 *		A growable byte buffer with a sticky out-of-memory flag, so callers
 *		can append freely and check once at the end.
 */
#ifndef JR_BUF_H
#define JR_BUF_H

#include "jr_core.h"

typedef struct jr_buf
{
	char	   *data;			/* always NUL-terminated when non-NULL */
	size_t		len;
	size_t		cap;
	bool		failed;			/* an allocation failed; contents are partial */
} jr_buf;

/* Initialize an empty buffer (allocates nothing). */
void		jr_buf_init(jr_buf *buf);

/* Release the buffer's memory and reset it. */
void		jr_buf_free(jr_buf *buf);

/* Make room for extra more bytes; false (and failed set) on OOM. */
bool		jr_buf_reserve(jr_buf *buf, size_t extra);

/* Append len bytes. */
void		jr_buf_append(jr_buf *buf, const char *data, size_t len);

/* Append a NUL-terminated string. */
void		jr_buf_puts(jr_buf *buf, const char *s);

/* Append one byte. */
void		jr_buf_putc(jr_buf *buf, char c);

/* Append printf-formatted text. */
void		jr_buf_printf(jr_buf *buf, const char *fmt,...)
			__attribute__((format(printf, 2, 3)));

/* Append len bytes as a JSON string literal, quotes included. */
void		jr_buf_json_string(jr_buf *buf, const char *s, size_t len);

/* Truncate to len bytes. */
void		jr_buf_truncate(jr_buf *buf, size_t len);

/* Take ownership of the data (caller frees with jr_free); buffer is reset. */
char	   *jr_buf_detach(jr_buf *buf, size_t *len);

#endif							/* JR_BUF_H */
