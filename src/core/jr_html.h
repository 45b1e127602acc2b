/*
 * jr_html.h
 *		HTML to text for the posting parser: tags stripped (block elements
 *		become line breaks, list items bullet lines), script and style
 *		dropped, character references decoded, malformed markup handled in
 *		one linear pass; and the spans of embedded JSON-LD scripts.
 */
#ifndef JR_HTML_H
#define JR_HTML_H

#include "jr_core.h"
#include "jr_layout.h"

/* True when the text looks like HTML markup rather than plain text. */
bool		jr_html_detect(const char *s, size_t len);

/*
 * Decode one character reference at s[0] == '&': "&amp;", "&#8217;",
 * "&#x2019;" (named references from a common set need the ';').  Writes
 * the UTF-8 bytes to out (at least 8 bytes) and their count to *outlen;
 * returns the bytes consumed, 0 when s does not start a known reference.
 */
size_t		jr_html_entity(const char *s, size_t len, char *out,
						   size_t *outlen);

/* A byte span of the input. */
typedef struct jr_span
{
	size_t		start;
	size_t		end;
} jr_span;

#define JR_HTML_MAX_JSONLD 8

/* What the HTML pass found besides the text. */
typedef struct jr_html_info
{
	jr_span		jsonld[JR_HTML_MAX_JSONLD];	/* ld+json script bodies */
	int			njsonld;
	int			jsonld_skipped; /* more scripts than the array holds */
	jr_span		title;			/* <title> text, in the output text */
	jr_span		h1;				/* first <h1> text, in the output text */
	bool		has_title;
	bool		has_h1;
	bool		unclosed_comment;	/* a comment ran to the end */
	bool		unclosed_tag;	/* a '<' never closed; kept as text */
} jr_html_info;

/*
 * Convert HTML s[0, len) (valid UTF-8) to text in out, with a map back to
 * s.  Linear in len; JR_ERR_CANCELED or JR_ERR_NOMEM.
 */
jr_status	jr_html_to_text(const char *s, size_t len, jr_ctext *out,
							jr_html_info *info, jr_error *err);

#endif							/* JR_HTML_H */
