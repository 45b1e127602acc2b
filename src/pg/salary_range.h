/*
 * salary_range.h
 *		Glue shared by the salary_range files in src/pg: Datum conversions,
 *		numeric operands and selectivity defaults.
 */
#ifndef JR_PG_SALARY_RANGE_H
#define JR_PG_SALARY_RANGE_H

#include "postgres.h"

#include "fmgr.h"

#include "../core/jr_salary.h"
#include "../core/jr_salary_gist.h"

StaticAssertDecl(sizeof(jr_salary) == 24, "salary_range is 24 bytes");
StaticAssertDecl(sizeof(jr_salary_key) == 12, "GiST key is 12 bytes");

#define DatumGetSalaryP(X)		((const jr_salary *) DatumGetPointer(X))
#define SalaryPGetDatum(X)		PointerGetDatum(X)
#define PG_GETARG_SALARY_P(n)	DatumGetSalaryP(PG_GETARG_DATUM(n))
#define PG_RETURN_SALARY_P(x)	return SalaryPGetDatum(x)

#define DatumGetSalaryKeyP(X)	((jr_salary_key *) DatumGetPointer(X))

/* Version byte that starts the binary (send/recv) form. */
#define SALARY_RANGE_BINARY_VERSION 1

/*
 * Convert a numeric query operand (an annual amount) for the core; raises
 * 22023 for NaN.  Caches the last conversion in flinfo->fn_extra when
 * flinfo is not NULL, since operands are usually constants.
 */
extern void salary_amount_from_numeric(FmgrInfo *flinfo, Datum num,
									   jr_amount *out);

#endif							/* JR_PG_SALARY_RANGE_H */
