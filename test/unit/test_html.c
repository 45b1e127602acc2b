/*
 * test_html.c
 *		Unit tests of HTML to text: detection, character references, block
 *		elements and bullets, dropped elements, malformed markup, JSON-LD
 *		spans and the offset map back to the input.
 */
#include "jr_html.h"
#include "jr_layout.h"
#include "unit.h"

#include <stdlib.h>
#include <string.h>

/* Convert html and return the text (static buffer), or "(error)". */
static const char *
to_text(const char *html, jr_html_info *info)
{
	static char text[4096];
	jr_ctext	ct;
	jr_error	err;
	jr_html_info dummy;

	jr_ctext_init(&ct);
	jr_error_clear(&err);
	if (jr_html_to_text(html, strlen(html), &ct, info ? info : &dummy,
						&err) != JR_OK)
	{
		jr_ctext_free(&ct);
		return "(error)";
	}
	snprintf(text, sizeof(text), "%s", ct.text.data ? ct.text.data : "");
	jr_ctext_free(&ct);
	return text;
}

/* Detection of markup versus plain text. */
static void
test_detect(void)
{
	unit_ok(jr_html_detect("<p>Hello</p>", 12), "a paragraph is HTML");
	unit_ok(jr_html_detect("x<BR/>y", 7), "upper-case <BR/> is HTML");
	unit_ok(!jr_html_detect("needs < 5 years and >3 tools", 28),
			"comparison signs are not HTML");
	unit_ok(!jr_html_detect("Use <Python> daily", 18),
			"an unknown tag name is not HTML");
	unit_ok(!jr_html_detect("", 0), "empty text is not HTML");
}

/* Character references: named, decimal, hex, invalid. */
static void
test_entities(void)
{
	char		out[8];
	size_t		n = 0;

	unit_is_long((long long) jr_html_entity("&amp;x", 6, out, &n), 5, "&amp; consumed");
	unit_ok(n == 1 && out[0] == '&', "&amp; is &");
	unit_is_long((long long) jr_html_entity("&#8217;", 7, out, &n), 7, "decimal consumed");
	unit_ok(n == 3 && memcmp(out, "\xE2\x80\x99", 3) == 0, "&#8217; is U+2019");
	unit_is_long((long long) jr_html_entity("&#x20AC;", 8, out, &n), 8, "hex consumed");
	unit_ok(n == 3 && memcmp(out, "\xE2\x82\xAC", 3) == 0, "&#x20AC; is the euro sign");
	unit_is_long((long long) jr_html_entity("&#0;", 4, out, &n), 4, "&#0; consumed");
	unit_ok(n == 3 && memcmp(out, "\xEF\xBF\xBD", 3) == 0, "&#0; is U+FFFD");
	jr_html_entity("&#xD800;", 8, out, &n);
	unit_ok(n == 3 && memcmp(out, "\xEF\xBF\xBD", 3) == 0, "a surrogate is U+FFFD");
	jr_html_entity("&#1114112;", 10, out, &n);
	unit_ok(n == 3 && memcmp(out, "\xEF\xBF\xBD", 3) == 0, "beyond U+10FFFF is U+FFFD");
	jr_html_entity("&#150;", 6, out, &n);
	unit_ok(n == 3 && memcmp(out, "\xE2\x80\x93", 3) == 0,
			"&#150; is read as Windows-1252 en dash");
	unit_is_long((long long) jr_html_entity("&bogus;", 7, out, &n), 0,
				 "an unknown name is not a reference");
	unit_is_long((long long) jr_html_entity("&amp", 4, out, &n), 0,
				 "a named reference needs its ';'");
	unit_is_long((long long) jr_html_entity("&#123456789;", 12, out, &n), 0,
				 "more than 8 digits is not a reference");
	unit_is_long((long long) jr_html_entity("& x", 3, out, &n), 0,
				 "a lone ampersand is text");
	unit_is_str(to_text("A &lt;b&gt; &amp; &#39;c&#39; &bogus; &pound;5", NULL),
				"A <b> & 'c' &bogus; \xC2\xA3" "5", "references decoded in text");
}

/* Blocks become lines, list items bullets, <br> a break. */
static void
test_blocks(void)
{
	unit_is_str(to_text("<p>One</p><p>Two</p>", NULL), "One\n\nTwo",
				"paragraphs are separated by a blank line");
	unit_is_str(to_text("<ul><li>x</li><li>y</li></ul>", NULL),
				"\xE2\x80\xA2 x\n\xE2\x80\xA2 y", "list items are bullet lines");
	unit_is_str(to_text("a<br>b<br/><br>c", NULL), "a\nb\n\nc",
				"<br> is a line break, two make a blank line");
	unit_is_str(to_text("<b>Bold</b>   text\n\n  spread", NULL),
				"Bold text spread", "inline tags vanish, whitespace collapses");
	unit_is_str(to_text("<table><tr><td>a</td><td>b</td></tr></table>", NULL),
				"a b", "table cells are separated by a space");
	unit_is_str(to_text("<pre>x\n  y</pre>", NULL), "x\n  y",
				"<pre> keeps its line breaks and spaces");
}

/* Script, style and comments are dropped; malformed markup is text. */
static void
test_malformed(void)
{
	jr_html_info info;

	unit_is_str(to_text("a<script>var x = '<p>';</script>b", NULL), "ab",
				"script contents are dropped");
	unit_is_str(to_text("a<STYLE>p{}</STYLE>b", NULL), "ab",
				"style contents are dropped (any case)");
	unit_is_str(to_text("a<!-- <p>hidden</p> -->b", NULL), "ab",
				"comments are dropped");
	unit_is_str(to_text("a<!-- never closed <p>x</p>", &info), "a",
				"an unclosed comment runs to the end");
	unit_ok(info.unclosed_comment, "and is reported");
	unit_is_str(to_text("x < 5 and y<3", NULL), "x < 5 and y<3",
				"a '<' not starting a tag is text");
	unit_is_str(to_text("<p>ok</p><b never closed", &info), "ok\n\n<b never closed",
				"a tag never closed by '>' is text");
	unit_ok(info.unclosed_tag, "and is reported");
	unit_is_str(to_text("<a title=\"x>y\">link</a>", NULL), "link",
				"a '>' inside a quoted attribute does not end the tag");
	unit_is_str(to_text("<a title=\"unbalanced>text</a>", NULL), "text",
				"an unbalanced quote falls back to the first '>'");
	unit_is_str(to_text("<script>never closed", NULL), "",
				"an unclosed script drops the rest");
	unit_is_str(to_text("<![CDATA[raw <b>]]>x", NULL), "raw <b>x",
				"CDATA is text");
}

/* JSON-LD scripts and title candidates are recorded. */
static void
test_info(void)
{
	const char *html = "<html><head><title>T - Co</title>"
		"<script type=\"application/ld+json\">{\"a\":1}</script>"
		"<script>var x;</script></head>"
		"<body><h1>Job  Title</h1><p>Body</p></body></html>";
	jr_html_info info;
	const char *text = to_text(html, &info);

	unit_is_long(info.njsonld, 1, "one JSON-LD script found");
	unit_ok(info.njsonld == 1 &&
			memcmp(html + info.jsonld[0].start, "{\"a\":1}",
				   info.jsonld[0].end - info.jsonld[0].start) == 0,
			"its span is the script body in the input");
	unit_ok(info.has_h1 && strncmp(text + info.h1.start, "Job Title",
								   info.h1.end - info.h1.start) == 0,
			"the first <h1> span is in the output text");
	unit_ok(info.has_title && strncmp(text + info.title.start, "T - Co",
									  info.title.end - info.title.start) == 0,
			"the <title> span is in the output text");
}

/* Every copied output byte maps back to the same input byte. */
static void
test_map(void)
{
	const char *html = "<div><p>Senior&nbsp;<b>Engineer</b></p>"
		"<ul><li>Python &amp; SQL</li></ul></div>";
	jr_ctext	ct;
	jr_error	err;
	jr_html_info info;
	bool		same = true;
	const char *t;
	const char *p;
	size_t		at;

	jr_ctext_init(&ct);
	jr_error_clear(&err);
	jr_html_to_text(html, strlen(html), &ct, &info, &err);
	t = ct.text.data;
	for (size_t i = 0; i < ct.text.len; i++)
	{
		size_t		s = jr_ctext_src_start(&ct, i);

		if ((t[i] >= 'A' && t[i] <= 'Z') || (t[i] >= 'a' && t[i] <= 'z'))
			if (html[s] != t[i])
				same = false;
	}
	unit_ok(same, "letters map to the same letters of the input");
	p = strstr(t, "&");
	at = p ? (size_t) (p - t) : 0;
	unit_ok(p != NULL && strncmp(html + jr_ctext_src_start(&ct, at), "&amp;", 5) == 0 &&
			jr_ctext_src_end(&ct, at + 1) == jr_ctext_src_start(&ct, at) + 5,
			"a decoded reference maps to the whole reference");
	p = strstr(t, "Engineer");
	at = p ? (size_t) (p - t) : 0;
	unit_ok(p != NULL && strncmp(html + jr_ctext_src_start(&ct, at), "Engineer", 8) == 0 &&
			jr_ctext_src_end(&ct, at + 8) - jr_ctext_src_start(&ct, at) == 8,
			"a word's span maps to the same word");
	jr_ctext_free(&ct);
}

/* Pathological markup is handled in one pass (and does not crash). */
static void
test_adversarial(void)
{
	size_t		n = 200000;
	char	   *s = malloc(n + 1);
	jr_ctext	ct;
	jr_error	err;
	jr_html_info info;
	jr_status	st;

	for (size_t i = 0; i < n; i++)
		s[i] = "<a \"=<"[i % 6];
	s[n] = '\0';
	jr_ctext_init(&ct);
	jr_error_clear(&err);
	st = jr_html_to_text(s, n, &ct, &info, &err);
	unit_ok(st == JR_OK, "200 KB of unclosed tags and quotes");
	jr_ctext_free(&ct);
	for (size_t i = 0; i < n; i++)
		s[i] = "<!--"[i % 4];
	jr_ctext_init(&ct);
	st = jr_html_to_text(s, n, &ct, &info, &err);
	unit_ok(st == JR_OK, "200 KB of comment openers");
	jr_ctext_free(&ct);
	free(s);
}

int
main(void)
{
	test_detect();
	test_entities();
	test_blocks();
	test_malformed();
	test_info();
	test_map();
	test_adversarial();
	return unit_done();
}
