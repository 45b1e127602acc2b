/*
 * salary_find_cli.c
 *		Run the core's pay finder over records read from stdin (separated by
 *		NUL bytes) and print one line per record: the hits as
 *		"literal<TAB>start<TAB>end<TAB>evidence" joined by " | ", or "-".
 *		Built and used by bench/salary_accuracy.py; no server needed.
 */
#include "jr_salary.h"

#include <stdio.h>
#include <stdlib.h>

/* Print the hits of one record. */
static void
run_record(const char *text, size_t len)
{
	jr_salary_hit hits[16];
	jr_error	err;
	int			n;
	int			i;

	jr_error_clear(&err);
	n = jr_salary_find_all(text, len, hits, 16, &err);
	if (n < 0)
	{
		printf("ERROR %s\n", err.message);
		return;
	}
	if (n == 0)
	{
		printf("-\n");
		return;
	}
	for (i = 0; i < n; i++)
	{
		jr_buf		b;

		jr_buf_init(&b);
		jr_salary_format(&hits[i].salary, &b);
		printf("%s%s\t%zu\t%zu\t%u", i ? " | " : "", b.data, hits[i].start,
			   hits[i].end, (unsigned) hits[i].evidence);
		jr_buf_free(&b);
	}
	printf("\n");
}

/* Read NUL-separated records from stdin. */
int
main(void)
{
	size_t		cap = 1 << 20;
	size_t		len = 0;
	char	   *buf = malloc(cap);
	int			c;

	if (buf == NULL)
		return 1;
	while ((c = getchar()) != EOF)
	{
		if (c == '\0')
		{
			run_record(buf, len);
			len = 0;
			continue;
		}
		if (len + 1 >= cap)
		{
			cap *= 2;
			buf = realloc(buf, cap);
			if (buf == NULL)
				return 1;
		}
		buf[len++] = (char) c;
	}
	if (len > 0)
		run_record(buf, len);
	free(buf);
	return 0;
}
