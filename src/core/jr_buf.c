/*
 * jr_buf.c
 *		Growable byte buffer for the jobreq core.
 */
#include "jr_buf.h"

#include <stdio.h>
#include <string.h>

/* Initialize an empty buffer (allocates nothing). */
void
jr_buf_init(jr_buf *buf)
{
	buf->data = NULL;
	buf->len = 0;
	buf->cap = 0;
	buf->failed = false;
}

/* Release the buffer's memory and reset it. */
void
jr_buf_free(jr_buf *buf)
{
	jr_free(buf->data);
	jr_buf_init(buf);
}

/* Make room for extra more bytes; false (and failed set) on OOM. */
bool
jr_buf_reserve(jr_buf *buf, size_t extra)
{
	size_t		need;
	size_t		newcap;
	char	   *newdata;

	if (buf->failed)
		return false;
	if (extra > SIZE_MAX - buf->len - 1)
	{
		buf->failed = true;
		return false;
	}
	need = buf->len + extra + 1;
	if (need <= buf->cap)
		return true;
	newcap = buf->cap ? buf->cap : 64;
	while (newcap < need)
		newcap = newcap > SIZE_MAX / 2 ? need : newcap * 2;
	newdata = jr_realloc(buf->data, newcap);
	if (newdata == NULL)
	{
		buf->failed = true;
		return false;
	}
	buf->data = newdata;
	buf->cap = newcap;
	return true;
}

/* Append len bytes. */
void
jr_buf_append(jr_buf *buf, const char *data, size_t len)
{
	if (!jr_buf_reserve(buf, len))
		return;
	if (len > 0 && data != NULL)
		memcpy(buf->data + buf->len, data, len);
	else
		len = 0;
	buf->len += len;
	buf->data[buf->len] = '\0';
}

/* Append a NUL-terminated string. */
void
jr_buf_puts(jr_buf *buf, const char *s)
{
	jr_buf_append(buf, s, strlen(s));
}

/* Append one byte. */
void
jr_buf_putc(jr_buf *buf, char c)
{
	jr_buf_append(buf, &c, 1);
}

/* Append printf-formatted text. */
void
jr_buf_printf(jr_buf *buf, const char *fmt,...)
{
	va_list		args;
	int			needed;

	va_start(args, fmt);
	needed = vsnprintf(NULL, 0, fmt, args);
	va_end(args);
	if (needed < 0 || !jr_buf_reserve(buf, (size_t) needed))
		return;
	va_start(args, fmt);
	vsnprintf(buf->data + buf->len, (size_t) needed + 1, fmt, args);
	va_end(args);
	buf->len += (size_t) needed;
}

/* Append len bytes as a JSON string literal, quotes included. */
void
jr_buf_json_string(jr_buf *buf, const char *s, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	size_t		i;
	size_t		run = 0;

	jr_buf_putc(buf, '"');
	if (s == NULL)
		len = 0;
	for (i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];
		const char *esc = NULL;
		char		ubuf[7];

		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		jr_buf_append(buf, s + run, i - run);
		run = i + 1;
		switch (c)
		{
			case '"':
				esc = "\\\"";
				break;
			case '\\':
				esc = "\\\\";
				break;
			case '\n':
				esc = "\\n";
				break;
			case '\r':
				esc = "\\r";
				break;
			case '\t':
				esc = "\\t";
				break;
			default:
				ubuf[0] = '\\';
				ubuf[1] = 'u';
				ubuf[2] = '0';
				ubuf[3] = '0';
				ubuf[4] = hex[c >> 4];
				ubuf[5] = hex[c & 15];
				ubuf[6] = '\0';
				esc = ubuf;
				break;
		}
		jr_buf_puts(buf, esc);
	}
	if (len > run)
		jr_buf_append(buf, s + run, len - run);
	jr_buf_putc(buf, '"');
}

/* Truncate to len bytes. */
void
jr_buf_truncate(jr_buf *buf, size_t len)
{
	if (buf->data != NULL && len < buf->len)
	{
		buf->len = len;
		buf->data[len] = '\0';
	}
}

/* Take ownership of the data (caller frees with jr_free); buffer is reset. */
char *
jr_buf_detach(jr_buf *buf, size_t *len)
{
	char	   *data = buf->data;

	if (len != NULL)
		*len = buf->len;
	if (data == NULL && !buf->failed)
		data = jr_strndup("", 0);
	jr_buf_init(buf);
	return data;
}
