/*
 * unit.h
 *		A tiny TAP producer for the core unit tests: each check prints
 *		"ok N - name" or "not ok N - name", and unit_done() prints the plan
 *		and returns the exit status.
 */
#ifndef JR_UNIT_H
#define JR_UNIT_H

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int	unit_count = 0;
static int	unit_failed = 0;

/* Record one check; print diagnostics on failure. */
static inline int
unit_ok(int cond, const char *fmt,...)
{
	va_list		args;

	unit_count++;
	printf("%s %d - ", cond ? "ok" : "not ok", unit_count);
	va_start(args, fmt);
	vprintf(fmt, args);
	va_end(args);
	printf("\n");
	if (!cond)
		unit_failed++;
	return cond;
}

/* Check two C strings are equal (NULL equals only NULL). */
static inline int
unit_is_str(const char *got, const char *want, const char *name)
{
	int			same = (got == NULL || want == NULL) ? got == want
		: strcmp(got, want) == 0;

	if (!unit_ok(same, "%s", name))
		printf("#   got:  %s\n#   want: %s\n", got ? got : "(null)",
			   want ? want : "(null)");
	return same;
}

/* Check two integers are equal. */
static inline int
unit_is_long(long long got, long long want, const char *name)
{
	int			same = got == want;

	if (!unit_ok(same, "%s", name))
		printf("#   got:  %lld\n#   want: %lld\n", got, want);
	return same;
}

/* Check two doubles are equal within tol. */
static inline int
unit_is_double(double got, double want, double tol, const char *name)
{
	int			same = fabs(got - want) <= tol;

	if (!unit_ok(same, "%s", name))
		printf("#   got:  %.17g\n#   want: %.17g\n", got, want);
	return same;
}

/* Print the TAP plan; return the process exit status. */
static inline int
unit_done(void)
{
	printf("1..%d\n", unit_count);
	return unit_failed == 0 ? 0 : 1;
}

#endif							/* JR_UNIT_H */
