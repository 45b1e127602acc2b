/*
 * jr_json.c
 *		Recursive-descent JSON reader with value spans (see jr_json.h).
 */
#include "jr_json.h"

#include <stdlib.h>
#include <string.h>

/* Parser state. */
typedef struct json_parser
{
	const char *s;
	size_t		len;
	size_t		pos;
	jr_json    *doc;
	jr_error   *err;
} json_parser;

/* Skip whitespace. */
static void
skip_ws(json_parser *p)
{
	while (p->pos < p->len && (p->s[p->pos] == ' ' || p->s[p->pos] == '\n' ||
							   p->s[p->pos] == '\r' || p->s[p->pos] == '\t'))
		p->pos++;
}

/* Allocate a node; -1 with err set on failure. */
static int
new_node(json_parser *p, jr_json_type type)
{
	jr_json    *d = p->doc;
	jr_json_node *n;

	if (d->nnodes >= JR_JSON_MAX_NODES)
	{
		jr_error_set(p->err, JR_ERR_LIMIT, p->pos,
					 "JSON has more than %d values", JR_JSON_MAX_NODES);
		return -1;
	}
	if (d->nnodes == d->cap)
	{
		int			cap = d->cap ? d->cap * 2 : 64;
		jr_json_node *nodes = jr_realloc(d->nodes,
										 (size_t) cap * sizeof(jr_json_node));

		if (nodes == NULL)
		{
			jr_error_set(p->err, JR_ERR_NOMEM, p->pos, "out of memory reading JSON");
			return -1;
		}
		d->nodes = nodes;
		d->cap = cap;
	}
	n = &d->nodes[d->nnodes];
	memset(n, 0, sizeof(*n));
	n->type = type;
	n->first_child = -1;
	n->next = -1;
	n->start = p->pos;
	return d->nnodes++;
}

/* Scan a string starting at the opening quote; sets [*a, *b) inside. */
static bool
scan_string(json_parser *p, size_t *a, size_t *b)
{
	size_t		i = p->pos + 1;

	while (i < p->len)
	{
		unsigned char c = (unsigned char) p->s[i];

		if (c == '"')
		{
			*a = p->pos + 1;
			*b = i;
			p->pos = i + 1;
			return true;
		}
		if (c == '\\')
		{
			i += 2;
			continue;
		}
		if (c < 0x20)
		{
			jr_error_set(p->err, JR_ERR_SYNTAX, i,
						 "control character in a JSON string");
			return false;
		}
		i++;
	}
	jr_error_set(p->err, JR_ERR_SYNTAX, p->pos, "unterminated JSON string");
	return false;
}

static int	parse_value(json_parser *p, int depth);

/* Parse an object or array whose opening bracket is at p->pos. */
static int
parse_container(json_parser *p, int depth, bool object)
{
	int			self = new_node(p, object ? JR_JSON_OBJECT : JR_JSON_ARRAY);
	int			last = -1;
	char		close = object ? '}' : ']';

	if (self < 0)
		return -1;
	p->pos++;
	skip_ws(p);
	if (p->pos < p->len && p->s[p->pos] == close)
	{
		p->pos++;
		p->doc->nodes[self].end = p->pos;
		return self;
	}
	for (;;)
	{
		size_t		ka = 0;
		size_t		kb = 0;
		int			child;

		skip_ws(p);
		if (object)
		{
			if (p->pos >= p->len || p->s[p->pos] != '"')
			{
				jr_error_set(p->err, JR_ERR_SYNTAX, p->pos,
							 "expected a member name in JSON object");
				return -1;
			}
			if (!scan_string(p, &ka, &kb))
				return -1;
			skip_ws(p);
			if (p->pos >= p->len || p->s[p->pos] != ':')
			{
				jr_error_set(p->err, JR_ERR_SYNTAX, p->pos,
							 "expected ':' in JSON object");
				return -1;
			}
			p->pos++;
		}
		child = parse_value(p, depth + 1);
		if (child < 0)
			return -1;
		p->doc->nodes[child].key_start = ka;
		p->doc->nodes[child].key_end = kb;
		if (last < 0)
			p->doc->nodes[self].first_child = child;
		else
			p->doc->nodes[last].next = child;
		last = child;
		skip_ws(p);
		if (p->pos < p->len && p->s[p->pos] == ',')
		{
			p->pos++;
			continue;
		}
		if (p->pos < p->len && p->s[p->pos] == close)
		{
			p->pos++;
			p->doc->nodes[self].end = p->pos;
			return self;
		}
		jr_error_set(p->err, JR_ERR_SYNTAX, p->pos,
					 "expected ',' or '%c' in JSON", close);
		return -1;
	}
}

/* Parse one value at p->pos. */
static int
parse_value(json_parser *p, int depth)
{
	int			node;
	char		c;

	if (depth > JR_JSON_MAX_DEPTH)
	{
		jr_error_set(p->err, JR_ERR_LIMIT, p->pos,
					 "JSON nested deeper than %d levels", JR_JSON_MAX_DEPTH);
		return -1;
	}
	skip_ws(p);
	if (p->pos >= p->len)
	{
		jr_error_set(p->err, JR_ERR_SYNTAX, p->pos, "unexpected end of JSON");
		return -1;
	}
	c = p->s[p->pos];
	if (c == '{' || c == '[')
		return parse_container(p, depth, c == '{');
	if (c == '"')
	{
		size_t		a;
		size_t		b;

		node = new_node(p, JR_JSON_STRING);
		if (node < 0 || !scan_string(p, &a, &b))
			return -1;
		p->doc->nodes[node].start = a;
		p->doc->nodes[node].end = b;
		return node;
	}
	if (c == '-' || (c >= '0' && c <= '9'))
	{
		size_t		i = p->pos;

		node = new_node(p, JR_JSON_NUMBER);
		if (node < 0)
			return -1;
		if (p->s[i] == '-')
			i++;
		while (i < p->len && ((p->s[i] >= '0' && p->s[i] <= '9') ||
							  p->s[i] == '.' || p->s[i] == 'e' ||
							  p->s[i] == 'E' || p->s[i] == '+' ||
							  p->s[i] == '-'))
			i++;
		p->pos = i;
		p->doc->nodes[node].end = i;
		return node;
	}
	if (p->len - p->pos >= 4 && memcmp(p->s + p->pos, "true", 4) == 0)
	{
		node = new_node(p, JR_JSON_TRUE);
		p->pos += 4;
	}
	else if (p->len - p->pos >= 5 && memcmp(p->s + p->pos, "false", 5) == 0)
	{
		node = new_node(p, JR_JSON_FALSE);
		p->pos += 5;
	}
	else if (p->len - p->pos >= 4 && memcmp(p->s + p->pos, "null", 4) == 0)
	{
		node = new_node(p, JR_JSON_NULL);
		p->pos += 4;
	}
	else
	{
		jr_error_set(p->err, JR_ERR_SYNTAX, p->pos, "unexpected character in JSON");
		return -1;
	}
	if (node >= 0)
		p->doc->nodes[node].end = p->pos;
	return node;
}

/* Parse a JSON document (see jr_json.h). */
jr_status
jr_json_parse(const char *s, size_t len, jr_json *out, jr_error *err)
{
	json_parser p;

	memset(out, 0, sizeof(*out));
	out->src = s;
	out->len = len;
	p.s = s;
	p.len = len;
	p.pos = 0;
	p.doc = out;
	p.err = err;
	if (parse_value(&p, 0) < 0)
		return err->code;
	skip_ws(&p);
	if (p.pos != len)
		return jr_error_set(err, JR_ERR_SYNTAX, p.pos,
							"unexpected text after the JSON value");
	return JR_OK;
}

/* Release a parsed document. */
void
jr_json_free(jr_json *doc)
{
	jr_free(doc->nodes);
	memset(doc, 0, sizeof(*doc));
}

/* Value of member key of object node obj, or -1. */
int
jr_json_get(const jr_json *doc, int obj, const char *key)
{
	size_t		klen = strlen(key);
	int			c;

	if (obj < 0 || obj >= doc->nnodes || doc->nodes[obj].type != JR_JSON_OBJECT)
		return -1;
	for (c = doc->nodes[obj].first_child; c >= 0; c = doc->nodes[c].next)
	{
		const jr_json_node *n = &doc->nodes[c];

		if (n->key_end - n->key_start == klen &&
			memcmp(doc->src + n->key_start, key, klen) == 0)
			return c;
	}
	return -1;
}

/* Value of hex digit c, or -1. */
static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Four hex digits at s[0, 4) as a code unit, or -1. */
static long
hex4(const char *s, size_t avail)
{
	long		v = 0;

	if (avail < 4)
		return -1;
	for (int i = 0; i < 4; i++)
	{
		int			h = hexval(s[i]);

		if (h < 0)
			return -1;
		v = v * 16 + h;
	}
	return v;
}

/* Append code point cp as UTF-8. */
static void
put_utf8(jr_buf *out, unsigned long cp)
{
	char		b[4];

	if (cp < 0x80)
		jr_buf_putc(out, (char) cp);
	else if (cp < 0x800)
	{
		b[0] = (char) (0xC0 | (cp >> 6));
		b[1] = (char) (0x80 | (cp & 0x3F));
		jr_buf_append(out, b, 2);
	}
	else if (cp < 0x10000)
	{
		b[0] = (char) (0xE0 | (cp >> 12));
		b[1] = (char) (0x80 | ((cp >> 6) & 0x3F));
		b[2] = (char) (0x80 | (cp & 0x3F));
		jr_buf_append(out, b, 3);
	}
	else
	{
		b[0] = (char) (0xF0 | (cp >> 18));
		b[1] = (char) (0x80 | ((cp >> 12) & 0x3F));
		b[2] = (char) (0x80 | ((cp >> 6) & 0x3F));
		b[3] = (char) (0x80 | (cp & 0x3F));
		jr_buf_append(out, b, 4);
	}
}

/* Append the decoded value of string node to out. */
void
jr_json_string(const jr_json *doc, int node, jr_buf *out)
{
	const jr_json_node *n;
	const char *s;
	size_t		i;
	size_t		run;

	if (node < 0 || node >= doc->nnodes)
		return;
	n = &doc->nodes[node];
	if (n->type != JR_JSON_STRING)
		return;
	s = doc->src;
	i = n->start;
	run = i;
	while (i < n->end)
	{
		long		u;

		if (s[i] != '\\')
		{
			i++;
			continue;
		}
		jr_buf_append(out, s + run, i - run);
		if (i + 1 >= n->end)
			break;
		switch (s[i + 1])
		{
			case 'n':
				jr_buf_putc(out, '\n');
				break;
			case 't':
				jr_buf_putc(out, '\t');
				break;
			case 'r':
				jr_buf_putc(out, '\r');
				break;
			case 'b':
			case 'f':
				jr_buf_putc(out, ' ');
				break;
			case 'u':
				u = hex4(s + i + 2, n->end - i - 2);
				if (u < 0)
				{
					jr_buf_puts(out, "\xEF\xBF\xBD");
					i += 2;
					run = i;
					continue;
				}
				i += 6;
				if (u >= 0xD800 && u <= 0xDBFF && i + 6 <= n->end &&
					s[i] == '\\' && s[i + 1] == 'u')
				{
					long		lo = hex4(s + i + 2, n->end - i - 2);

					if (lo >= 0xDC00 && lo <= 0xDFFF)
					{
						put_utf8(out, 0x10000 + ((unsigned long) (u - 0xD800) << 10) +
								 (unsigned long) (lo - 0xDC00));
						i += 6;
						run = i;
						continue;
					}
				}
				if (u == 0 || (u >= 0xD800 && u <= 0xDFFF))
					u = 0xFFFD;
				put_utf8(out, (unsigned long) u);
				run = i;
				continue;
			default:
				jr_buf_putc(out, s[i + 1]);
				break;
		}
		i += 2;
		run = i;
	}
	if (run < n->end)
		jr_buf_append(out, s + run, n->end - run);
}

/* True when string node equals s exactly (after decoding). */
bool
jr_json_string_is(const jr_json *doc, int node, const char *s)
{
	const jr_json_node *n;
	size_t		slen = strlen(s);

	if (node < 0 || node >= doc->nnodes)
		return false;
	n = &doc->nodes[node];
	if (n->type != JR_JSON_STRING)
		return false;
	if (memchr(doc->src + n->start, '\\', n->end - n->start) == NULL)
		return n->end - n->start == slen &&
			memcmp(doc->src + n->start, s, slen) == 0;
	{
		jr_buf		b;
		bool		same;

		jr_buf_init(&b);
		jr_json_string(doc, node, &b);
		same = !b.failed && b.len == slen && memcmp(b.data, s, slen) == 0;
		jr_buf_free(&b);
		return same;
	}
}

/* Numeric value of a number node (or a numeric string); false if none. */
bool
jr_json_number(const jr_json *doc, int node, double *out)
{
	const jr_json_node *n;
	char		tmp[64];
	size_t		len;
	size_t		k = 0;
	char	   *end;

	if (node < 0 || node >= doc->nnodes)
		return false;
	n = &doc->nodes[node];
	if (n->type != JR_JSON_NUMBER && n->type != JR_JSON_STRING)
		return false;
	len = n->end - n->start;
	if (len == 0 || len >= sizeof(tmp))
		return false;
	for (size_t i = 0; i < len; i++)
	{
		char		c = doc->src[n->start + i];

		if (c == ',' || c == '$' || c == ' ')
			continue;
		tmp[k++] = c;
	}
	tmp[k] = '\0';
	if (k == 0)
		return false;
	*out = strtod(tmp, &end);
	return *end == '\0' && *out == *out;
}
