/*
 * requirements_cli.c
 *		Standalone driver of the requirement extractors, for measuring them
 *		on labelled postings without a server (bench/score_requirements.py).
 *
 * Reads postings from stdin separated by NUL bytes; for each prints one
 * JSON line: min_years, max_years, alternatives, education_min,
 * education_preferred, experience_in_place, salary (and the per-location
 * list), with the evidence text of each value.  The text goes through the
 * posting parser's layout stage (cleaning, unglue, sections) first, as
 * parse_posting does.
 */
#include "jr_buf.h"
#include "jr_core.h"
#include "jr_layout.h"
#include "jr_requirements.h"
#include "jr_salary.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Present once the salary finder is linked in; NULL before that. */
extern int	jr_salary_find_all(const char *text, size_t len,
							   jr_salary_hit *hits, int max_hits,
							   jr_error *err) __attribute__((weak));

#define MAX_HITS 64

/* Append the text of a span as a JSON string. */
static void
put_span(jr_buf *out, const jr_posting_text *pt, jr_req_span sp)
{
	if (sp.end > pt->len || sp.start > sp.end)
	{
		jr_buf_puts(out, "null");
		return;
	}
	jr_buf_json_string(out, pt->text + sp.start, sp.end - sp.start);
}

/* Append a number of months as years (at most one decimal). */
static void
put_years(jr_buf *out, int32_t months)
{
	if (months % 12 == 0)
		jr_buf_printf(out, "%d", months / 12);
	else
		jr_buf_printf(out, "%.2f", months / 12.0);
}

/* Append a salary as {"min","max","currency","period"} in major units. */
static void
put_salary(jr_buf *out, const jr_salary *s)
{
	static const char *const periods[] = {"hour", "day", "week", "month",
	"year"};

	jr_buf_puts(out, "{\"min\": ");
	if (s->flags & JR_SAL_LO_INF)
		jr_buf_puts(out, "null");
	else
		jr_buf_printf(out, "%.2f", s->lo / 100.0);
	jr_buf_puts(out, ", \"max\": ");
	if (s->flags & JR_SAL_HI_INF)
		jr_buf_puts(out, "null");
	else
		jr_buf_printf(out, "%.2f", s->hi / 100.0);
	jr_buf_printf(out, ", \"currency\": \"%.3s\", \"period\": \"%s\"}",
				  s->currency, s->period <= 4 ? periods[s->period] : "year");
}

/* Run the extractors over one posting and print its JSON line. */
static int
run_one(const char *raw, size_t rawlen)
{
	jr_error	err;
	jr_ctext	ct;
	jr_ctext	ct2;
	jr_layout	lo;
	jr_layout	lo2;
	jr_forced_span *forced = NULL;
	size_t		nforced = 0;
	const jr_posting_text *pt;
	jr_experience exp;
	jr_education edu;
	jr_pay		pay;
	jr_salary_hit hits[MAX_HITS];
	int			nhits = 0;
	jr_buf		out;
	char	   *copy;
	int			k;
	bool		have_lo2 = false;

	copy = malloc(rawlen + 1);
	if (copy == NULL)
		return 1;
	memcpy(copy, raw, rawlen);
	copy[rawlen] = '\0';
	jr_utf8_scrub(copy, rawlen);
	jr_ctext_init(&ct);
	jr_ctext_init(&ct2);
	if (jr_layout_clean(copy, rawlen, false, &ct, &err) != JR_OK ||
		jr_layout_build(ct.text.data ? ct.text.data : "", ct.text.len, NULL, 0,
						&lo, &err) != JR_OK)
	{
		fprintf(stderr, "layout: %s\n", err.message);
		free(copy);
		return 1;
	}
	pt = &lo.pt;
	if (jr_layout_unglue(&lo, NULL, &ct2, &forced, &nforced, &err) == JR_OK &&
		ct2.text.len > 0 &&
		jr_layout_build(ct2.text.data, ct2.text.len, forced, nforced, &lo2,
						&err) == JR_OK)
	{
		have_lo2 = true;
		pt = &lo2.pt;
	}

	if (getenv("JR_CLI_DEBUG") != NULL)
	{
		/* the cleaned text with section kinds, for debugging rules */
		for (k = 0; k < pt->nsections; k++)
			fprintf(stderr, "---- %s [%zu,%zu)\n%.*s\n",
					jr_section_kind_name(pt->sections[k].kind),
					pt->sections[k].start, pt->sections[k].end,
					(int) (pt->sections[k].end - pt->sections[k].start),
					pt->text + pt->sections[k].start);
	}
	jr_experience_extract(pt, &exp, &err);
	jr_education_extract(pt, &edu, &err);
	if (jr_salary_find_all != NULL)
	{
		nhits = jr_salary_find_all(pt->text, pt->len, hits, MAX_HITS, &err);
		if (nhits < 0)
			nhits = 0;
	}
	jr_pay_select(pt, hits, nhits, &pay, &err);

	jr_buf_init(&out);
	jr_buf_puts(&out, "{\"min_years\": ");
	if (exp.state == JR_REQ_STATED)
	{
		int32_t		m = exp.months;

		for (k = 0; k < exp.nalternatives; k++)
			if (exp.alternatives[k].months < m)
				m = exp.alternatives[k].months;
		put_years(&out, m);
	}
	else
		jr_buf_puts(&out, exp.state == JR_REQ_NONE ? "0" : "null");
	jr_buf_puts(&out, ", \"max_years\": ");
	if (exp.state == JR_REQ_STATED && exp.max_months > 0)
		put_years(&out, exp.max_months);
	else
		jr_buf_puts(&out, "null");
	jr_buf_puts(&out, ", \"experience_none\": ");
	jr_buf_puts(&out, exp.state == JR_REQ_NONE ? "true" : "false");
	jr_buf_puts(&out, ", \"alternatives\": [");
	for (k = 0; k < exp.nalternatives; k++)
	{
		jr_buf_printf(&out, "%s{\"months\": %d, \"level\": \"%s\"}",
					  k ? ", " : "", exp.alternatives[k].months,
					  jr_edu_level_name(exp.alternatives[k].level)
					  ? jr_edu_level_name(exp.alternatives[k].level) : "");
	}
	jr_buf_puts(&out, "], \"years_evidence\": [");
	for (k = 0; k < exp.nspans; k++)
	{
		if (k)
			jr_buf_puts(&out, ", ");
		put_span(&out, pt, exp.spans[k]);
	}
	jr_buf_puts(&out, "], \"education_min\": ");
	if (edu.state == JR_REQ_NONE)
		jr_buf_puts(&out, "\"none\"");
	else if (edu.required_level != JR_EDU_UNKNOWN)
		jr_buf_printf(&out, "\"%s\"", jr_edu_level_name(edu.required_level));
	else
		jr_buf_puts(&out, "null");
	jr_buf_puts(&out, ", \"education_preferred\": ");
	if (edu.preferred_level != JR_EDU_UNKNOWN)
		jr_buf_printf(&out, "\"%s\"", jr_edu_level_name(edu.preferred_level));
	else
		jr_buf_puts(&out, "null");
	jr_buf_printf(&out, ", \"experience_in_place\": %s",
				  edu.experience_in_place ? "true" : "false");
	jr_buf_puts(&out, ", \"education_items\": [");
	for (k = 0; k < edu.nitems; k++)
	{
		int			f;

		jr_buf_printf(&out, "%s{\"level\": \"%s\", \"credential\": \"%s\", "
					  "\"required\": %s, \"evidence\": ",
					  k ? ", " : "", jr_edu_level_name(edu.items[k].level),
					  jr_edu_credential_name(edu.items[k].level),
					  edu.items[k].required ? "true" : "false");
		put_span(&out, pt, edu.items[k].span);
		jr_buf_puts(&out, ", \"fields\": [");
		for (f = 0; f < edu.items[k].nfields; f++)
		{
			if (f)
				jr_buf_puts(&out, ", ");
			put_span(&out, pt, edu.items[k].fields[f]);
		}
		jr_buf_puts(&out, "]}");
	}
	jr_buf_puts(&out, "], \"salary\": ");
	if (pay.chosen >= 0)
		put_salary(&out, &pay.items[pay.chosen].hit.salary);
	else
		jr_buf_puts(&out, "null");
	jr_buf_puts(&out, ", \"salaries\": [");
	for (k = 0; k < pay.nitems; k++)
	{
		jr_buf_puts(&out, k ? ", {\"label\": " : "{\"label\": ");
		put_span(&out, pt, pay.items[k].label);
		jr_buf_puts(&out, ", \"text\": ");
		put_span(&out, pt, (jr_req_span) {
				 pay.items[k].hit.start, pay.items[k].hit.end});
		jr_buf_puts(&out, "}");
	}
	jr_buf_printf(&out, "], \"salary_hits\": %d}\n", nhits);
	fwrite(out.data, 1, out.len, stdout);
	jr_buf_free(&out);

	if (have_lo2)
		jr_layout_free(&lo2);
	jr_free(forced);
	jr_layout_free(&lo);
	jr_ctext_free(&ct2);
	jr_ctext_free(&ct);
	free(copy);
	return 0;
}

/* Read NUL-separated postings from stdin; one JSON line each. */
int
main(void)
{
	jr_buf		in;
	char		chunk[65536];
	size_t		n;
	size_t		start = 0;
	size_t		i;

	jr_buf_init(&in);
	while ((n = fread(chunk, 1, sizeof(chunk), stdin)) > 0)
		jr_buf_append(&in, chunk, n);
	if (in.failed)
		return 1;
	for (i = 0; i <= in.len; i++)
	{
		if (i == in.len || in.data[i] == '\0')
		{
			if (i > start || i < in.len)
				if (run_one(in.data + start, i - start) != 0)
					return 1;
			start = i + 1;
		}
	}
	jr_buf_free(&in);
	return 0;
}
