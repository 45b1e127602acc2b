/*
 * posting_cli.c
 *		Run the posting parser outside PostgreSQL, for rule development and
 *		profiling: `posting_cli FILE...` prints one document per file;
 *		`posting_cli --jsonl FILE.jsonl [--evidence] [--repeat N]` reads
 *		lines with "id" and "raw_text" and prints {"id":..,"doc":..} lines.
 *		Built by bench/parse_posting.sh (and `make build/posting_cli`).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jr_buf.h"
#include "jr_json.h"
#include "jr_layout.h"
#include "jr_posting.h"
#include "jr_skills.h"

/* Read a whole file into a NUL-terminated buffer. */
static char *
read_file(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf = NULL;
	size_t		cap = 0;
	size_t		n = 0;

	if (f == NULL)
		return NULL;
	for (;;)
	{
		size_t		got;

		if (n + 65536 + 1 > cap)
		{
			cap = cap ? cap * 2 : 131072;
			buf = realloc(buf, cap);
			if (buf == NULL)
				exit(2);
		}
		got = fread(buf + n, 1, 65536, f);
		n += got;
		if (got == 0)
			break;
	}
	fclose(f);
	buf[n] = '\0';
	*len = n;
	return buf;
}

/* Parse one text and print its document (optionally labelled with id). */
static int
run_one(const char *text, size_t len, bool evidence, const char *id,
		size_t idlen)
{
	jr_buf		out;
	jr_error	err;
	jr_status	st;

	jr_buf_init(&out);
	jr_error_clear(&err);
	st = jr_posting_parse(text, len, evidence, &out, &err);
	if (st != JR_OK)
	{
		fprintf(stderr, "error: %s: %s\n", jr_status_name(st), err.message);
		jr_buf_free(&out);
		return 1;
	}
	if (id != NULL)
	{
		printf("{\"id\":\"%.*s\",\"doc\":%s}\n", (int) idlen, id, out.data);
	}
	else
		printf("%s\n", out.data);
	jr_buf_free(&out);
	return 0;
}

/* Print the cleaned lines of text with their kinds and sections. */
static void
show_layout(const char *text, size_t len)
{
	jr_ctext	ct;
	jr_layout	lo;
	jr_error	err;

	jr_ctext_init(&ct);
	jr_error_clear(&err);
	jr_layout_clean(text, len, true, &ct, &err);
	jr_layout_build(ct.text.data ? ct.text.data : "", ct.text.len, NULL, 0,
					&lo, &err);
	printf("header_end=%zu nglued=%d\n", lo.header_end, lo.nglued);
	for (size_t i = 0; i < lo.nlines; i++)
	{
		const jr_line *ln = &lo.lines[i];
		static const char *kinds[] = {"blank", "text", "bullet", "HEAD", "label"};

		printf("%-6s %-12s %-10s g%d| %.*s\n", kinds[ln->kind],
			   jr_section_kind_name(jr_section_at(&lo.pt, ln->start)),
			   ln->kind == JR_LINE_LABEL ? jr_label_name(ln->label) :
			   ln->kind == JR_LINE_HEADING ? jr_section_kind_name(ln->heading) : "",
			   ln->glued, (int) (ln->end - ln->start > 100 ? 100 : ln->end - ln->start),
			   lo.pt.text + ln->start);
	}
	for (size_t i = 0; i < lo.nsections; i++)
		printf("section %zu..%zu %s: %.40s\n", lo.sections[i].start,
			   lo.sections[i].end, jr_section_kind_name(lo.sections[i].kind),
			   lo.pt.text + lo.sections[i].start);
	jr_layout_free(&lo);
	jr_ctext_free(&ct);
}

int
main(int argc, char **argv)
{
	bool		layout = false;
	bool		evidence = false;
	bool		jsonl = false;
	bool		quiet = false;
	int			repeat = 1;
	int			status = 0;

	if (argc > 1 && strcmp(argv[1], "--normalize") == 0)
	{
		/* print the canonical skill name of each stdin line (or nothing) */
		char		line[1024];

		while (fgets(line, sizeof(line), stdin))
		{
			size_t		n = strcspn(line, "\n");
			int			id = jr_skill_lookup(line, n);

			printf("%s\n", id >= 0 ? jr_skill_name(id) : "");
		}
		return 0;
	}
	for (int i = 1; i < argc; i++)
	{
		if (strcmp(argv[i], "--evidence") == 0)
			evidence = true;
		else if (strcmp(argv[i], "--jsonl") == 0)
			jsonl = true;
		else if (strcmp(argv[i], "--layout") == 0)
			layout = true;
		else if (strcmp(argv[i], "--quiet") == 0)
			quiet = true;
		else if (strcmp(argv[i], "--repeat") == 0 && i + 1 < argc)
			repeat = atoi(argv[++i]);
		else
		{
			size_t		len;
			char	   *data = read_file(argv[i], &len);

			if (data == NULL)
			{
				fprintf(stderr, "cannot read %s\n", argv[i]);
				return 2;
			}
			if (layout)
			{
				show_layout(data, len);
				free(data);
				continue;
			}
			if (!jsonl)
			{
				status |= run_one(data, len, evidence, NULL, 0);
				free(data);
				continue;
			}
			for (int r = 0; r < repeat; r++)
			{
				char	   *line = data;

				while (line < data + len)
				{
					char	   *nl = memchr(line, '\n', (size_t) (data + len - line));
					size_t		ll = nl ? (size_t) (nl - line) : (size_t) (data + len - line);
					jr_json		doc;
					jr_error	err;

					jr_error_clear(&err);
					if (ll > 0 && jr_json_parse(line, ll, &doc, &err) == JR_OK)
					{
						int			t = jr_json_get(&doc, 0, "raw_text");
						int			id = jr_json_get(&doc, 0, "id");
						jr_buf		text;

						jr_buf_init(&text);
						jr_json_string(&doc, t, &text);
						if (quiet)
						{
							jr_buf		out;

							jr_buf_init(&out);
							jr_posting_parse(text.data ? text.data : "", text.len,
											 evidence, &out, &err);
							jr_buf_free(&out);
						}
						else
							status |= run_one(text.data ? text.data : "", text.len,
											  evidence,
											  id >= 0 ? doc.src + doc.nodes[id].start : "",
											  id >= 0 ? doc.nodes[id].end - doc.nodes[id].start : 0);
						jr_buf_free(&text);
					}
					jr_json_free(&doc);
					line += ll + 1;
				}
			}
			free(data);
		}
	}
	return status;
}
