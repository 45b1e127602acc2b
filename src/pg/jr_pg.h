/*
 * jr_pg.h
 *		Shared glue between PostgreSQL and the jobreq core: error mapping
 *		and helpers every src/pg file uses.
 */
#ifndef JR_PG_H
#define JR_PG_H

#include "postgres.h"

#include "../core/jr_core.h"

/* Map a core status to its SQLSTATE. */
int			jr_pg_sqlstate(jr_status status);

/*
 * Raise err as an ERROR with the SQLSTATE its code maps to, message and
 * detail from the core.  Query cancellation is reported the standard way.
 */
pg_attribute_noreturn() void jr_pg_raise(const jr_error *err);

/* Raise err unless status is JR_OK. */
#define jr_pg_check(status, err) \
	do { \
		if ((status) != JR_OK) \
			jr_pg_raise(err); \
	} while (0)

/* Copy a text datum's bytes into a NUL-terminated palloc'd C string. */
char	   *jr_pg_text_to_cstring_len(const text *t, size_t *len);

#endif							/* JR_PG_H */
