/*
 * jr_html.c
 *		HTML to text in one linear pass, with an offset map to the input.
 *
 * This is not a conforming HTML parser; it is a tolerant tokenizer that
 * does what a reader sees: text nodes with whitespace collapsed, block
 * elements as line breaks, <li> as "• " lines, <br> as a line break,
 * script/style/template dropped (JSON-LD script bodies recorded),
 * comments dropped, character references decoded.  Every byte of the input
 * is looked at a bounded number of times whatever the markup: a '<' that
 * is never closed by a '>' is text, and once no '>' remains every later
 * '<' is text too.
 */
#include "jr_html.h"

#include <string.h>

#define JR_HTML_CHECK_EVERY 65536

/* A named character reference and its code point. */
typedef struct html_named
{
	const char *name;
	unsigned	cp;
} html_named;

/* The named references postings use; '&name;' with the ';' required. */
static const html_named html_names[] = {
	{"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''},
	{"nbsp", 0xA0}, {"ensp", 0x2002}, {"emsp", 0x2003}, {"thinsp", 0x2009},
	{"zwnj", 0x200C}, {"zwj", 0x200D}, {"shy", 0xAD},
	{"ndash", 0x2013}, {"mdash", 0x2014}, {"minus", 0x2212},
	{"lsquo", 0x2018}, {"rsquo", 0x2019}, {"sbquo", 0x201A},
	{"ldquo", 0x201C}, {"rdquo", 0x201D}, {"bdquo", 0x201E},
	{"hellip", 0x2026}, {"bull", 0x2022}, {"middot", 0xB7},
	{"prime", 0x2032}, {"Prime", 0x2033},
	{"laquo", 0xAB}, {"raquo", 0xBB}, {"lsaquo", 0x2039}, {"rsaquo", 0x203A},
	{"copy", 0xA9}, {"reg", 0xAE}, {"trade", 0x2122},
	{"euro", 0x20AC}, {"pound", 0xA3}, {"yen", 0xA5}, {"cent", 0xA2},
	{"curren", 0xA4}, {"inr", 0x20B9},
	{"sect", 0xA7}, {"para", 0xB6}, {"deg", 0xB0}, {"plusmn", 0xB1},
	{"times", 0xD7}, {"divide", 0xF7}, {"frac12", 0xBD}, {"frac14", 0xBC},
	{"frac34", 0xBE}, {"sup1", 0xB9}, {"sup2", 0xB2}, {"sup3", 0xB3},
	{"micro", 0xB5}, {"iexcl", 0xA1}, {"iquest", 0xBF}, {"ordf", 0xAA},
	{"ordm", 0xBA}, {"dagger", 0x2020}, {"Dagger", 0x2021},
	{"larr", 0x2190}, {"rarr", 0x2192}, {"uarr", 0x2191}, {"darr", 0x2193},
	{"check", 0x2713}, {"star", 0x2606}, {"starf", 0x2605},
	{"Agrave", 0xC0}, {"Aacute", 0xC1}, {"Acirc", 0xC2}, {"Atilde", 0xC3},
	{"Auml", 0xC4}, {"Aring", 0xC5}, {"AElig", 0xC6}, {"Ccedil", 0xC7},
	{"Egrave", 0xC8}, {"Eacute", 0xC9}, {"Ecirc", 0xCA}, {"Euml", 0xCB},
	{"Igrave", 0xCC}, {"Iacute", 0xCD}, {"Icirc", 0xCE}, {"Iuml", 0xCF},
	{"Ntilde", 0xD1}, {"Ograve", 0xD2}, {"Oacute", 0xD3}, {"Ocirc", 0xD4},
	{"Otilde", 0xD5}, {"Ouml", 0xD6}, {"Oslash", 0xD8}, {"Ugrave", 0xD9},
	{"Uacute", 0xDA}, {"Ucirc", 0xDB}, {"Uuml", 0xDC}, {"Yacute", 0xDD},
	{"szlig", 0xDF}, {"agrave", 0xE0}, {"aacute", 0xE1}, {"acirc", 0xE2},
	{"atilde", 0xE3}, {"auml", 0xE4}, {"aring", 0xE5}, {"aelig", 0xE6},
	{"ccedil", 0xE7}, {"egrave", 0xE8}, {"eacute", 0xE9}, {"ecirc", 0xEA},
	{"euml", 0xEB}, {"igrave", 0xEC}, {"iacute", 0xED}, {"icirc", 0xEE},
	{"iuml", 0xEF}, {"ntilde", 0xF1}, {"ograve", 0xF2}, {"oacute", 0xF3},
	{"ocirc", 0xF4}, {"otilde", 0xF5}, {"ouml", 0xF6}, {"oslash", 0xF8},
	{"ugrave", 0xF9}, {"uacute", 0xFA}, {"ucirc", 0xFB}, {"uuml", 0xFC},
	{"yacute", 0xFD}, {"yuml", 0xFF}, {"OElig", 0x152}, {"oelig", 0x153},
	{"Scaron", 0x160}, {"scaron", 0x161},
};

/* Encode code point cp as UTF-8 into out; returns the byte count. */
static size_t
utf8_encode(unsigned cp, char *out)
{
	if (cp < 0x80)
	{
		out[0] = (char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		out[0] = (char) (0xC0 | (cp >> 6));
		out[1] = (char) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000)
	{
		out[0] = (char) (0xE0 | (cp >> 12));
		out[1] = (char) (0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char) (0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char) (0xF0 | (cp >> 18));
	out[1] = (char) (0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char) (0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char) (0x80 | (cp & 0x3F));
	return 4;
}

/* Decode one character reference at s[0] == '&'; 0 when there is none. */
size_t
jr_html_entity(const char *s, size_t len, char *out, size_t *outlen)
{
	size_t		i;

	if (len < 3 || s[0] != '&')
		return 0;
	if (s[1] == '#')
	{
		unsigned long cp = 0;
		bool		hex = (s[2] == 'x' || s[2] == 'X');
		size_t		digits = 0;

		i = hex ? 3 : 2;
		for (; i < len && digits < 8; i++, digits++)
		{
			char		c = s[i];
			int			d;

			if (c >= '0' && c <= '9')
				d = c - '0';
			else if (hex && c >= 'a' && c <= 'f')
				d = c - 'a' + 10;
			else if (hex && c >= 'A' && c <= 'F')
				d = c - 'A' + 10;
			else
				break;
			cp = cp * (hex ? 16 : 10) + (unsigned long) d;
		}
		if (digits == 0)
			return 0;
		if (i < len && s[i] == ';')
			i++;
		else if (i < len && ((s[i] >= '0' && s[i] <= '9') ||
							 (hex && ((s[i] >= 'a' && s[i] <= 'f') ||
									  (s[i] >= 'A' && s[i] <= 'F')))))
			return 0;			/* more than 8 digits: not a reference */
		/* C1 controls as Windows-1252 punctuation, like browsers do */
		if (cp >= 0x80 && cp <= 0x9F)
		{
			static const unsigned short cp1252[32] = {
				0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020,
				0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD,
				0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D,
				0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
				0x0153, 0xFFFD, 0x017E, 0x0178};

			cp = cp1252[cp - 0x80];
		}
		if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			cp = 0xFFFD;
		*outlen = utf8_encode((unsigned) cp, out);
		return i;
	}
	for (i = 1; i < len && i <= 8; i++)
	{
		char		c = s[i];

		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			  (c >= '0' && c <= '9')))
			break;
	}
	if (i >= len || s[i] != ';' || i == 1)
		return 0;
	for (size_t k = 0; k < sizeof(html_names) / sizeof(html_names[0]); k++)
	{
		const char *name = html_names[k].name;

		if (strlen(name) == i - 1 && memcmp(name, s + 1, i - 1) == 0)
		{
			*outlen = utf8_encode(html_names[k].cp, out);
			return i + 1;
		}
	}
	return 0;
}

/* ASCII lower-case of c. */
static inline char
lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
}

/* True when s[0, n) equals the lower-case word w, ignoring case. */
static bool
name_is(const char *s, size_t n, const char *w)
{
	size_t		i;

	for (i = 0; i < n; i++)
		if (w[i] == '\0' || lower(s[i]) != w[i])
			return false;
	return w[n] == '\0';
}

/* How an element affects the text around it. */
typedef enum tag_effect
{
	TAG_INLINE = 0,				/* nothing */
	TAG_BLOCK,					/* line break before and after */
	TAG_PARA,					/* paragraph: blank line before and after */
	TAG_BR,						/* one line break */
	TAG_LI,						/* line break, then a bullet */
	TAG_CELL,					/* table cell: a space */
	TAG_SKIP,					/* script/style: drop the contents */
	TAG_PRE						/* preformatted: keep whitespace */
} tag_effect;

/* Effect of element name s[0, n). */
static tag_effect
tag_effect_of(const char *s, size_t n)
{
	static const char *const blocks[] = {
		"div", "ul", "ol", "dl", "dt", "dd", "tr", "table", "tbody",
		"thead", "tfoot", "section", "article", "header", "footer", "main",
		"nav", "aside", "form", "fieldset", "address", "figure",
		"figcaption", "caption", "hr", "title", "option", "summary",
		"details", "center", NULL};
	static const char *const paras[] = {
		"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", NULL};
	static const char *const skips[] = {
		"script", "style", "template", "noscript", "svg", "iframe",
		"object", "head-skip", NULL};
	int			k;

	if (name_is(s, n, "br"))
		return TAG_BR;
	if (name_is(s, n, "li"))
		return TAG_LI;
	if (name_is(s, n, "td") || name_is(s, n, "th"))
		return TAG_CELL;
	if (name_is(s, n, "pre"))
		return TAG_PRE;
	for (k = 0; skips[k]; k++)
		if (name_is(s, n, skips[k]))
			return TAG_SKIP;
	for (k = 0; paras[k]; k++)
		if (name_is(s, n, paras[k]))
			return TAG_PARA;
	for (k = 0; blocks[k]; k++)
		if (name_is(s, n, blocks[k]))
			return TAG_BLOCK;
	return TAG_INLINE;
}

/* True when the text looks like HTML markup rather than plain text. */
bool
jr_html_detect(const char *s, size_t len)
{
	static const char *const names[] = {
		"html", "body", "head", "p", "div", "br", "li", "ul", "ol", "span",
		"h1", "h2", "h3", "h4", "strong", "b", "em", "i", "a", "table",
		"script", "section", "meta", "!doctype", "article", "u", "hr",
		"font", "tr", "td", NULL};
	const char *p = s;
	const char *end = s + len;

	while (p < end && (p = memchr(p, '<', (size_t) (end - p))) != NULL)
	{
		const char *q = p + 1;
		const char *nstart;

		if (q < end && *q == '/')
			q++;
		nstart = q;
		while (q < end && q - nstart < 10 &&
			   ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') ||
				(*q >= '0' && *q <= '9') || *q == '!'))
			q++;
		if (q > nstart && q < end &&
			(*q == '>' || *q == ' ' || *q == '/' || *q == '\n' ||
			 *q == '\t' || *q == '\r'))
		{
			for (int k = 0; names[k]; k++)
				if (name_is(nstart, (size_t) (q - nstart), names[k]))
					return true;
		}
		p++;
	}
	return false;
}

/* The state of one HTML-to-text conversion. */
typedef struct html_state
{
	const char *s;
	size_t		len;
	jr_ctext   *out;
	jr_html_info *info;
	int			pending_breaks; /* line breaks owed before the next text */
	size_t		break_src;		/* where the owed break came from */
	bool		pending_space;
	size_t		space_src;
	bool		pending_bullet;
	int			pre_depth;
	int			h1_state;		/* 0 none yet, 1 inside first h1, 2 done */
	int			title_state;
	size_t		h1_start;
	size_t		title_start;
} html_state;

/* True when the output currently ends a line (or is empty). */
static bool
at_line_start(const html_state *st)
{
	const jr_buf *b = &st->out->text;

	return b->len == 0 || b->data[b->len - 1] == '\n';
}

/* Emit owed breaks, bullet and space before visible text at src. */
static void
flush_pending(html_state *st, size_t src)
{
	if (st->pending_breaks > 0)
	{
		if (st->out->text.len > 0)
			jr_ctext_replace(st->out, "\n\n", (size_t) st->pending_breaks,
							 st->break_src, 0);
		st->pending_breaks = 0;
		st->pending_space = false;
	}
	if (st->pending_bullet)
	{
		if (!at_line_start(st))
			jr_ctext_replace(st->out, "\n", 1, st->break_src, 0);
		jr_ctext_replace(st->out, "\xE2\x80\xA2 ", 4, st->break_src, 0);
		st->pending_bullet = false;
		st->pending_space = false;
	}
	if (st->pending_space)
	{
		if (!at_line_start(st))
			jr_ctext_replace(st->out, " ", 1, st->space_src, 1);
		st->pending_space = false;
	}
	(void) src;
}

/* Owe n line breaks (at most 2 in a row) from source offset src. */
static void
owe_breaks(html_state *st, int n, size_t src, bool additive)
{
	if (st->pending_breaks == 0)
		st->break_src = src;
	if (additive)
		st->pending_breaks += n;
	else if (n > st->pending_breaks)
		st->pending_breaks = n;
	if (st->pending_breaks > 2)
		st->pending_breaks = 2;
}

/* Append text-node bytes s[a, b): whitespace collapsed, references decoded. */
static void
emit_text(html_state *st, size_t a, size_t b)
{
	const char *s = st->s;
	size_t		i = a;

	while (i < b)
	{
		size_t		run = i;

		/* a run of ordinary bytes */
		while (i < b && s[i] != '&' && s[i] != ' ' && s[i] != '\n' &&
			   s[i] != '\t' && s[i] != '\r' && s[i] != '\f')
			i++;
		if (i > run)
		{
			flush_pending(st, run);
			jr_ctext_copy(st->out, s + run, i - run, run);
		}
		if (i >= b)
			break;
		if (s[i] == '&')
		{
			char		ubuf[8];
			size_t		ulen;
			size_t		used = jr_html_entity(s + i, b - i, ubuf, &ulen);

			flush_pending(st, i);
			if (used == 0)
			{
				jr_ctext_copy(st->out, s + i, 1, i);
				i++;
			}
			else
			{
				jr_ctext_replace(st->out, ubuf, ulen, i, used);
				i += used;
			}
			continue;
		}
		/* whitespace */
		if (st->pre_depth > 0)
		{
			flush_pending(st, i);
			if (s[i] == '\n')
				jr_ctext_copy(st->out, s + i, 1, i);
			else if (s[i] != '\r')
				jr_ctext_replace(st->out, " ", 1, i, 1);
			i++;
			continue;
		}
		if (!st->pending_space)
		{
			st->pending_space = true;
			st->space_src = i;
		}
		i++;
	}
}

/* Find the '>' ending the tag opened at s[lt]; SIZE_MAX when none. */
static size_t
find_tag_end(const char *s, size_t len, size_t from)
{
	size_t		j = from;
	char		prev = ' ';

	while (j < len)
	{
		char		c = s[j];

		if (c == '>')
			return j;
		if ((c == '"' || c == '\'') && prev == '=')
		{
			const char *q = memchr(s + j + 1, c, len - j - 1);

			if (q == NULL)
				break;
			j = (size_t) (q - s) + 1;
			prev = c;
			continue;
		}
		if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
			prev = c;
		j++;
	}
	/* unbalanced quotes: the first '>' ends the tag, as lenient readers do */
	{
		const char *q = memchr(s + from, '>', len - from);

		return q ? (size_t) (q - s) : SIZE_MAX;
	}
}

/* Find "</name" (any case) from offset from; SIZE_MAX when absent. */
static size_t
find_close(const char *s, size_t len, size_t from, const char *name)
{
	size_t		n = strlen(name);
	const char *p = s + from;
	const char *end = s + len;

	while (p < end && (p = memchr(p, '<', (size_t) (end - p))) != NULL)
	{
		if ((size_t) (end - p) >= n + 2 && p[1] == '/' &&
			name_is(p + 2, n, name))
			return (size_t) (p - s);
		p++;
	}
	return SIZE_MAX;
}

/* True when the attributes s[a, b) say type="application/ld+json". */
static bool
is_jsonld_script(const char *s, size_t a, size_t b)
{
	size_t		i;

	for (i = a; i + 7 <= b; i++)
		if (lower(s[i]) == 'l' && lower(s[i + 1]) == 'd' && s[i + 2] == '+' &&
			lower(s[i + 3]) == 'j' && lower(s[i + 4]) == 's' &&
			lower(s[i + 5]) == 'o' && lower(s[i + 6]) == 'n')
			return true;
	return false;
}

/* Convert HTML to text with a map back to the input. */
jr_status
jr_html_to_text(const char *s, size_t len, jr_ctext *out, jr_html_info *info,
				jr_error *err)
{
	html_state	st;
	size_t		i = 0;
	size_t		next_check = JR_HTML_CHECK_EVERY;
	bool		tags_possible = true;

	memset(info, 0, sizeof(*info));
	memset(&st, 0, sizeof(st));
	st.s = s;
	st.len = len;
	st.out = out;
	st.info = info;

	while (i < len)
	{
		size_t		lt;
		size_t		name_start;
		size_t		name_end;
		size_t		gt;
		bool		closing = false;
		tag_effect	eff;
		const char *p;

		if (i >= next_check)
		{
			if (jr_interrupted())
				return jr_error_set(err, JR_ERR_CANCELED, i,
									"canceling statement due to user request");
			next_check = i + JR_HTML_CHECK_EVERY;
		}
		p = tags_possible ? memchr(s + i, '<', len - i) : NULL;
		lt = p ? (size_t) (p - s) : len;
		if (lt > next_check)
			lt = next_check;	/* emit in slices so checks stay frequent */
		if (lt > i)
			emit_text(&st, i, lt);
		i = lt;
		if (i >= len || s[i] != '<')
			continue;

		/* comments, doctype, CDATA, processing instructions */
		if (i + 1 < len && (s[i + 1] == '!' || s[i + 1] == '?'))
		{
			if (len - i >= 4 && memcmp(s + i, "<!--", 4) == 0)
			{
				size_t		k = i + 4;
				const char *q = NULL;

				while (k + 3 <= len &&
					   (q = memchr(s + k, '-', len - k)) != NULL)
				{
					k = (size_t) (q - s);
					if (k + 3 <= len && q[1] == '-' && q[2] == '>')
						break;
					k++;
					q = NULL;
				}
				if (q == NULL)
				{
					info->unclosed_comment = true;
					i = len;
				}
				else
					i = k + 3;
				continue;
			}
			if (len - i >= 9 && memcmp(s + i, "<![CDATA[", 9) == 0)
			{
				size_t		k = i + 9;
				size_t		stop = len;

				for (; k + 3 <= len; k++)
					if (s[k] == ']' && s[k + 1] == ']' && s[k + 2] == '>')
					{
						stop = k;
						break;
					}
				emit_text(&st, i + 9, stop);
				i = stop == len ? len : stop + 3;
				continue;
			}
			gt = find_tag_end(s, len, i + 2);
			if (gt == SIZE_MAX)
			{
				tags_possible = false;
				info->unclosed_tag = true;
				flush_pending(&st, i);
				jr_ctext_copy(out, s + i, 1, i);
				i++;
			}
			else
				i = gt + 1;
			continue;
		}

		name_start = i + 1;
		if (name_start < len && s[name_start] == '/')
		{
			closing = true;
			name_start++;
		}
		name_end = name_start;
		while (name_end < len &&
			   ((s[name_end] >= 'a' && s[name_end] <= 'z') ||
				(s[name_end] >= 'A' && s[name_end] <= 'Z') ||
				(s[name_end] >= '0' && s[name_end] <= '9') ||
				(name_end > name_start && (s[name_end] == '-' ||
										   s[name_end] == ':'))))
			name_end++;
		if (name_end == name_start || !((s[name_start] >= 'a' &&
										 s[name_start] <= 'z') ||
										(s[name_start] >= 'A' &&
										 s[name_start] <= 'Z')))
		{
			/* "< 5 years", "<3": a literal '<' */
			flush_pending(&st, i);
			jr_ctext_copy(out, s + i, 1, i);
			i++;
			continue;
		}
		gt = find_tag_end(s, len, name_end);
		if (gt == SIZE_MAX)
		{
			tags_possible = false;
			info->unclosed_tag = true;
			flush_pending(&st, i);
			jr_ctext_copy(out, s + i, 1, i);
			i++;
			continue;
		}

		eff = tag_effect_of(s + name_start, name_end - name_start);
		switch (eff)
		{
			case TAG_INLINE:
				break;
			case TAG_BLOCK:
				owe_breaks(&st, 1, i, false);
				break;
			case TAG_PARA:
				owe_breaks(&st, 2, i, false);
				break;
			case TAG_BR:
				owe_breaks(&st, 1, i, true);
				break;
			case TAG_LI:
				owe_breaks(&st, 1, i, false);
				if (!closing)
					st.pending_bullet = true;
				break;
			case TAG_CELL:
				if (!st.pending_space)
				{
					st.pending_space = true;
					st.space_src = i;
				}
				break;
			case TAG_PRE:
				owe_breaks(&st, 1, i, false);
				if (closing)
				{
					if (st.pre_depth > 0)
						st.pre_depth--;
				}
				else
					st.pre_depth++;
				break;
			case TAG_SKIP:
				if (!closing && s[gt - 1] != '/')
				{
					char		nm[16];
					size_t		nl = name_end - name_start;
					size_t		close;

					if (nl >= sizeof(nm))
						nl = sizeof(nm) - 1;
					for (size_t k = 0; k < nl; k++)
						nm[k] = lower(s[name_start + k]);
					nm[nl] = '\0';
					close = find_close(s, len, gt + 1, nm);
					if (close == SIZE_MAX)
						close = len;
					if (strcmp(nm, "script") == 0 &&
						is_jsonld_script(s, name_end, gt))
					{
						if (info->njsonld < JR_HTML_MAX_JSONLD)
						{
							info->jsonld[info->njsonld].start = gt + 1;
							info->jsonld[info->njsonld].end = close;
							info->njsonld++;
						}
						else
							info->jsonld_skipped++;
					}
					if (close == len)
						i = len;
					else
					{
						const char *q = memchr(s + close, '>', len - close);

						i = q ? (size_t) (q - s) + 1 : len;
					}
					continue;
				}
				break;
		}

		/* the first <h1> and <title> are title candidates */
		if (name_is(s + name_start, name_end - name_start, "h1"))
		{
			if (!closing && st.h1_state == 0)
			{
				flush_pending(&st, i);
				st.h1_start = out->text.len;
				st.h1_state = 1;
			}
			else if (closing && st.h1_state == 1)
			{
				info->h1.start = st.h1_start;
				info->h1.end = out->text.len;
				info->has_h1 = info->h1.end > info->h1.start;
				st.h1_state = 2;
			}
		}
		else if (name_is(s + name_start, name_end - name_start, "title"))
		{
			if (!closing && st.title_state == 0)
			{
				flush_pending(&st, i);
				st.title_start = out->text.len;
				st.title_state = 1;
			}
			else if (closing && st.title_state == 1)
			{
				info->title.start = st.title_start;
				info->title.end = out->text.len;
				info->has_title = info->title.end > info->title.start;
				st.title_state = 2;
			}
		}
		i = gt + 1;
	}
	if (out->failed || out->text.failed)
		return jr_error_set(err, JR_ERR_NOMEM, 0,
							"out of memory converting HTML to text");
	return JR_OK;
}
