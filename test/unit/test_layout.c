/*
 * test_layout.c
 *		Unit tests of the layout stage: the offset map, cleaning, lines,
 *		bullets, labels, headings (whole-line, inline and glued), sections
 *		and the ungluing of run-together lists.
 */
#include "jr_layout.h"
#include "unit.h"

#include <stdlib.h>
#include <string.h>

/* Clean text and return it (static buffer). */
static const char *
clean(const char *s, bool entities)
{
	static char out[4096];
	jr_ctext	ct;
	jr_error	err;

	jr_ctext_init(&ct);
	jr_error_clear(&err);
	jr_layout_clean(s, strlen(s), entities, &ct, &err);
	snprintf(out, sizeof(out), "%s", ct.text.data ? ct.text.data : "");
	jr_ctext_free(&ct);
	return out;
}

/* The offset map of copies and replacements. */
static void
test_ctext(void)
{
	jr_ctext	ct;

	jr_ctext_init(&ct);
	jr_ctext_copy(&ct, "abc", 3, 10);	/* out 0..3 <- src 10..13 */
	jr_ctext_copy(&ct, "de", 2, 13);	/* continues the same segment */
	jr_ctext_replace(&ct, "-", 1, 20, 3);	/* out 5 <- src 20..23 */
	jr_ctext_copy(&ct, "f", 1, 30);
	unit_is_str(ct.text.data, "abcde-f", "text is appended");
	unit_is_long((long long) ct.nsegs, 3, "adjacent copies share a segment");
	unit_is_long((long long) jr_ctext_src_start(&ct, 4), 14, "copy maps byte for byte");
	unit_is_long((long long) jr_ctext_src_start(&ct, 5), 20, "replacement start");
	unit_is_long((long long) jr_ctext_src_end(&ct, 6), 23, "replacement end covers the source");
	unit_is_long((long long) jr_ctext_src_end(&ct, 7), 31, "end of a copy");
	unit_is_long((long long) jr_ctext_src_start(&ct, 0), 10, "first byte");
	jr_ctext_free(&ct);
}

/* Cleaning: whitespace, invisible characters, quotes, dashes, entities. */
static void
test_clean(void)
{
	jr_ctext	ct;
	jr_error	err;
	const char *raw = "  Senior\xC2\xA0\xC2\xA0" "Engineer \r\n\r\n\r\n\tPython";

	unit_is_str(clean(raw, false), "Senior Engineer\n\nPython",
				"spaces collapse, CRLF and blank lines normalize, edges trimmed");
	unit_is_str(clean("Master\xE2\x80\x99s \xE2\x80\x9C" "degree\xE2\x80\x9D 3\xE2\x80\x93" "5",
					  false), "Master's \"degree\" 3-5",
				"curly quotes and dashes become ASCII");
	unit_is_str(clean("zero\xE2\x80\x8Bwidth\xC2\xAD" "soft", false), "zerowidthsoft",
				"invisible characters are dropped");
	unit_is_str(clean("R&amp;D &lt;3", true), "R&D <3", "entities decoded on request");
	unit_is_str(clean("R&amp;D", false), "R&amp;D", "and kept otherwise");
	unit_is_str(clean("", false), "", "empty text");
	unit_is_str(clean(" \n\t \n", false), "", "whitespace only");

	jr_ctext_init(&ct);
	jr_error_clear(&err);
	jr_layout_clean(raw, strlen(raw), false, &ct, &err);
	{
		const char *p = strstr(ct.text.data, "Python");
		size_t		at = (size_t) (p - ct.text.data);

		unit_ok(strncmp(raw + jr_ctext_src_start(&ct, at), "Python", 6) == 0,
				"a cleaned word maps back to the raw word");
		unit_is_long((long long) (jr_ctext_src_end(&ct, at + 6) -
								  jr_ctext_src_start(&ct, at)), 6,
					 "with the same length");
	}
	jr_ctext_free(&ct);
}

/* Build a layout of text (kept alive by the caller). */
static void
build(const char *text, jr_layout *lo)
{
	jr_error	err;

	jr_error_clear(&err);
	if (jr_layout_build(text, strlen(text), NULL, 0, lo, &err) != JR_OK)
		memset(lo, 0, sizeof(*lo));
}

/* Section kind at the first occurrence of needle. */
static jr_section_kind
kind_at(const jr_layout *lo, const char *needle)
{
	const char *p = strstr(lo->pt.text, needle);

	if (p == NULL)
		return (jr_section_kind) -1;
	return jr_section_at(&lo->pt, (size_t) (p - lo->pt.text));
}

/* Value of a label as a string (static buffer). */
static const char *
label(const jr_layout *lo, jr_label l)
{
	static char out[256];
	const jr_label_value *v = &lo->labels[l];

	if (!v->found)
		return "(none)";
	snprintf(out, sizeof(out), "%.*s", (int) (v->end - v->start),
			 lo->pt.text + v->start);
	return out;
}

/* A headed posting: header block, headings, bullets, sections. */
static void
test_headed(void)
{
	const char *text =
		"Data Engineer\nAcme Corp\nAustin, TX\n\n"
		"About us\nAcme builds tools for farmers across the plains and has done so for a long time now.\n\n"
		"What you'll do\n- Build pipelines in Python\n- Own the warehouse\n\n"
		"REQUIREMENTS\n\xE2\x80\xA2 3+ years of SQL\n\xE2\x80\xA2 Bachelor's degree\n\n"
		"Nice to have:\n1. Experience with Spark\n2) Airflow\n\n"
		"Benefits\nHealth insurance and a 401(k) plan for everyone on the team.\n\n"
		"Acme is an equal opportunity employer.";
	jr_layout	lo;

	build(text, &lo);
	unit_is_long(kind_at(&lo, "Acme Corp"), JR_SEC_HEADER, "top lines are the header");
	unit_is_long(kind_at(&lo, "Acme builds"), JR_SEC_ABOUT_COMPANY, "About us");
	unit_is_long(kind_at(&lo, "Build pipelines"), JR_SEC_RESPONSIBILITIES,
				 "What you'll do");
	unit_is_long(kind_at(&lo, "3+ years"), JR_SEC_REQUIRED, "ALL CAPS REQUIREMENTS");
	unit_is_long(kind_at(&lo, "Spark"), JR_SEC_PREFERRED, "Nice to have:");
	unit_is_long(kind_at(&lo, "Airflow"), JR_SEC_PREFERRED, "numbered items stay in it");
	unit_is_long(kind_at(&lo, "Health"), JR_SEC_BENEFITS, "Benefits");
	{
		int			bullets = 0;

		for (size_t i = 0; i < lo.nlines; i++)
			if (lo.lines[i].kind == JR_LINE_BULLET)
				bullets++;
		unit_is_long(bullets, 6, "dashes, bullets and numbers are list items");
	}
	unit_ok(lo.nsections > 0 && lo.sections[0].start == 0 &&
			lo.sections[lo.nsections - 1].end == lo.pt.len,
			"sections cover the text");
	{
		bool		ordered = true;

		for (size_t i = 1; i < lo.nsections; i++)
			if (lo.sections[i].start != lo.sections[i - 1].end)
				ordered = false;
		unit_ok(ordered, "sections do not overlap or leave gaps");
	}
	jr_layout_free(&lo);
}

/* One long paragraph with inline headings. */
static void
test_inline(void)
{
	const char *text =
		"About\n\nWe move freight. Key Responsibilities: Build models. Ship them. "
		"Basic Qualifications: Bachelor's degree. 3 years of Python. "
		"Preferred Qualifications: Master's degree. Spark. "
		"DebugDiagQualifications: glued heading.";
	jr_layout	lo;

	build(text, &lo);
	unit_is_long(kind_at(&lo, "Build models"), JR_SEC_RESPONSIBILITIES,
				 "inline Key Responsibilities:");
	unit_is_long(kind_at(&lo, "3 years"), JR_SEC_REQUIRED, "inline Basic Qualifications:");
	unit_is_long(kind_at(&lo, "Spark"), JR_SEC_PREFERRED,
				 "inline Preferred Qualifications:");
	unit_is_long(kind_at(&lo, "We move"), JR_SEC_OTHER, "text before them");
	unit_is_long(kind_at(&lo, "glued heading"), JR_SEC_REQUIRED,
				 "a heading glued to the previous word");
	unit_ok(lo.ninline >= 4, "inline headings are counted");
	jr_layout_free(&lo);

	build("Intro text that is long enough to be a body paragraph here.\n"
		  "QualificationsMinimum of 3 years of sales.", &lo);
	unit_is_long(kind_at(&lo, "Minimum of 3"), JR_SEC_REQUIRED,
				 "a heading glued to the next sentence");
	jr_layout_free(&lo);
}

/* "Label value" and "Label: value" lines. */
static void
test_labels(void)
{
	const char *text =
		"Senior ML Engineer\n"
		"Salary $229K - $262K USD / year\n"
		"Type Full-Time\n"
		"Experience senior\n"
		"Exp. Years 8+ years\n"
		"Education Bachelor's Degree\n"
		"Category AI & Machine Learning\n"
		"Location: Leeds (2 days a week in the office)\n"
		"Employment type\nPart-time\n"
		"Experience with Python is required and so is a long sentence here.\n"
		"Position: Java Dev Location: Charlotte, NC Duration: 12 months Rate: DOE\n"
		"Job Type: Full-TimeLocation: Remote\n";
	jr_layout	lo;

	build(text, &lo);
	unit_is_str(label(&lo, JR_LABEL_SALARY), "$229K - $262K USD / year", "Salary value");
	unit_is_str(label(&lo, JR_LABEL_TYPE), "Full-Time", "Type value");
	unit_is_str(label(&lo, JR_LABEL_LEVEL), "senior", "Experience level");
	unit_is_str(label(&lo, JR_LABEL_YEARS), "8+ years", "Exp. Years");
	unit_is_str(label(&lo, JR_LABEL_EDUCATION), "Bachelor's Degree", "Education");
	unit_is_str(label(&lo, JR_LABEL_CATEGORY), "AI & Machine Learning", "Category");
	unit_is_str(label(&lo, JR_LABEL_LOCATION), "Leeds (2 days a week in the office)",
				"Location: with a colon");
	unit_is_str(label(&lo, JR_LABEL_DURATION), "12 months", "an inline label ends at the next");
	jr_layout_free(&lo);

	build("Intro\nEmployment type\nPart-time\nJob Type: Full-TimeLocation: Remote\n", &lo);
	unit_is_str(label(&lo, JR_LABEL_TYPE), "Part-time", "label with its value on the next line");
	unit_is_str(label(&lo, JR_LABEL_LOCATION), "Remote", "a glued label after a value");
	jr_layout_free(&lo);

	build("Intro\nExperience with Python is required\nType 2 diabetes care\n", &lo);
	unit_is_str(label(&lo, JR_LABEL_LEVEL), "(none)", "a sentence is not a label");
	unit_is_str(label(&lo, JR_LABEL_TYPE), "(none)", "a value of the wrong shape is not a label");
	jr_layout_free(&lo);
}

/* Headings are recognized by name; names are classified. */
static void
test_heading_kinds(void)
{
	unit_is_long(jr_heading_kind("Preferred Qualifications:", 25), JR_SEC_PREFERRED,
				 "preferred before qualification");
	unit_is_long(jr_heading_kind("Basic Qualifications", 20), JR_SEC_REQUIRED, "basic");
	unit_is_long(jr_heading_kind("What you'd actually do", 22), JR_SEC_RESPONSIBILITIES,
				 "what you'd actually do");
	unit_is_long(jr_heading_kind("Nice to have", 12), JR_SEC_PREFERRED, "nice to have");
	unit_is_long(jr_heading_kind("Skills", 6), JR_SEC_SKILLS, "skills");
	unit_is_long(jr_heading_kind("Compensation & Benefits", 23), JR_SEC_COMPENSATION,
				 "compensation");
	unit_is_long(jr_heading_kind("Equal Opportunity Employer", 26), JR_SEC_LEGAL, "legal");
	unit_is_long(jr_heading_kind("About the job", 13), JR_SEC_OTHER, "generic headings are other");
	unit_is_long(jr_heading_kind("Forklift", 8), -1, "not a heading name");
	unit_ok(jr_heading_is_generic("Job Description:", 16), "generic heading");
}

/* Keep camel-case product names whole. */
static bool
keep_known(const char *w, size_t n)
{
	return (n == 7 && memcmp(w, "PyTorch", 7) == 0) ||
		(n == 10 && memcmp(w, "JavaScript", 10) == 0);
}

/* A block of run-together lists is split and labelled by position. */
static void
test_unglue(void)
{
	const char *text =
		"Title\n\nA paragraph that is long enough to start the body of this posting right here.\n\n"
		"8+ years of software engineering4+ years shipping modelsProgramming in PythonScalaor JavaFamiliarity with Kubernetes\n"
		"Master's degree in statisticsExperience with PyTorchExperience with XGBoost\n"
		"PythonScalaJavaSparkAWSKubernetes\n"
		"CommunicationMentoringJavaScript\n"
		"Industry Finance\n";
	jr_layout	lo;
	jr_layout	lo2;
	jr_ctext	ct;
	jr_forced_span *forced = NULL;
	size_t		nforced = 0;
	jr_error	err;
	const char *t;

	build(text, &lo);
	unit_is_long(lo.nglued, 4, "four run-together lines");
	jr_ctext_init(&ct);
	jr_error_clear(&err);
	unit_is_long(jr_layout_unglue(&lo, keep_known, &ct, &forced, &nforced, &err),
				 JR_OK, "unglue");
	t = ct.text.data ? ct.text.data : "";
	unit_ok(strstr(t, "engineering\n4+ years") != NULL, "split before a number of years");
	unit_ok(strstr(t, "Python\nScala") != NULL, "split between words");
	unit_ok(strstr(t, "PyTorch") != NULL && strstr(t, "JavaScript") != NULL,
			"known camel-case names are kept");
	unit_ok(strstr(t, "AWS\nKubernetes") != NULL, "split after an acronym");
	unit_is_long((long long) nforced, 4, "one forced span per glued line");
	jr_error_clear(&err);
	jr_layout_build(t, ct.text.len, forced, nforced, &lo2, &err);
	unit_is_long(kind_at(&lo2, "4+ years"), JR_SEC_REQUIRED, "first block line: required");
	unit_is_long(kind_at(&lo2, "Experience with PyTorch"), JR_SEC_PREFERRED,
				 "second block line: preferred");
	unit_is_long(kind_at(&lo2, "Spark"), JR_SEC_SKILLS, "then skills");
	unit_is_long(kind_at(&lo2, "Industry Finance"), JR_SEC_OTHER,
				 "the block ends with it");
	jr_layout_free(&lo2);
	jr_free(forced);
	jr_ctext_free(&ct);
	jr_layout_free(&lo);
}

/* Huge and odd inputs: linear passes, no crash. */
static void
test_big(void)
{
	size_t		n = 1 << 20;
	char	   *s = malloc(n + 1);
	jr_layout	lo;
	jr_error	err;

	for (size_t i = 0; i < n; i++)
		s[i] = "Requirements: Skills: a\n"[i % 24];
	s[n] = '\0';
	jr_error_clear(&err);
	unit_is_long(jr_layout_build(s, n, NULL, 0, &lo, &err), JR_OK,
				 "1 MB of headings");
	jr_layout_free(&lo);
	memset(s, 'x', n);
	unit_is_long(jr_layout_build(s, n, NULL, 0, &lo, &err), JR_OK,
				 "1 MB single line");
	jr_layout_free(&lo);
	free(s);
}

int
main(void)
{
	test_ctext();
	test_clean();
	test_headed();
	test_inline();
	test_labels();
	test_heading_kinds();
	test_unglue();
	test_big();
	return unit_done();
}
