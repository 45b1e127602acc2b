/*
 * jobreq.c
 *		Module entry point: PG_MODULE_MAGIC, core hooks, error mapping and
 *		jobreq_version().
 */
#include "postgres.h"

#include "fmgr.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "jr_pg.h"

PG_MODULE_MAGIC;

#ifndef JOBREQ_VERSION
#error "JOBREQ_VERSION must be defined by the Makefile from META.json"
#endif

void		_PG_init(void);

/* Core allocator: palloc in the current context, NULL instead of ERROR. */
static void *
jr_pg_alloc(size_t size)
{
	return palloc_extended(size, MCXT_ALLOC_HUGE | MCXT_ALLOC_NO_OOM);
}

#if PG_VERSION_NUM < 160000
/*
 * What GetMemoryChunkSpace() counts beyond a chunk's usable bytes (the chunk
 * header), measured once on an AllocSet chunk of a power-of-two size.
 */
static Size jr_pg_chunk_overhead = 0;
#endif

/* Core reallocator built on jr_pg_alloc, NULL (old block kept) on OOM. */
static void *
jr_pg_realloc(void *ptr, size_t size)
{
#if PG_VERSION_NUM >= 160000
	return repalloc_extended(ptr, size, MCXT_ALLOC_HUGE | MCXT_ALLOC_NO_OOM);
#else
	void	   *newptr;

	/*
	 * GetMemoryChunkSpace() includes the chunk header: copying that many
	 * bytes read past the end of the chunk (valgrind: invalid read in
	 * memcpy).  The usable size is at least what was asked for.
	 */
	Size		oldsize = GetMemoryChunkSpace(ptr) - jr_pg_chunk_overhead;

	newptr = MemoryContextAllocExtended(GetMemoryChunkContext(ptr), size,
										MCXT_ALLOC_HUGE | MCXT_ALLOC_NO_OOM);
	if (newptr == NULL)
		return NULL;
	memcpy(newptr, ptr, Min(oldsize, size));
	pfree(ptr);
	return newptr;
#endif
}

/* Core deallocator. */
static void
jr_pg_free(void *ptr)
{
	pfree(ptr);
}

/* Core interrupt check: true when the statement is being canceled. */
static bool
jr_pg_interrupted(void)
{
	return InterruptPending && (QueryCancelPending || ProcDiePending);
}

static const jr_allocator jr_pg_allocator = {jr_pg_alloc, jr_pg_realloc,
jr_pg_free};

/* Library load: route core allocations and interrupt checks to Postgres. */
void
_PG_init(void)
{
#if PG_VERSION_NUM < 160000
	{
		void	   *probe = MemoryContextAlloc(TopMemoryContext, 64);

		jr_pg_chunk_overhead = GetMemoryChunkSpace(probe) - 64;
		pfree(probe);
	}
#endif
	jr_set_allocator(&jr_pg_allocator);
	jr_set_interrupt_check(jr_pg_interrupted);
}

/* Map a core status to its SQLSTATE. */
int
jr_pg_sqlstate(jr_status status)
{
	switch (status)
	{
		case JR_OK:
			return ERRCODE_SUCCESSFUL_COMPLETION;
		case JR_ERR_SYNTAX:
			return ERRCODE_INVALID_TEXT_REPRESENTATION;
		case JR_ERR_RANGE:
			return ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE;
		case JR_ERR_ARGUMENT:
			return ERRCODE_INVALID_PARAMETER_VALUE;
		case JR_ERR_LIMIT:
			return ERRCODE_PROGRAM_LIMIT_EXCEEDED;
		case JR_ERR_NOMEM:
			return ERRCODE_OUT_OF_MEMORY;
		case JR_ERR_CANCELED:
			return ERRCODE_QUERY_CANCELED;
		case JR_ERR_INTERNAL:
			return ERRCODE_INTERNAL_ERROR;
	}
	return ERRCODE_INTERNAL_ERROR;
}

/* Raise err as an ERROR with its SQLSTATE, message and detail. */
void
jr_pg_raise(const jr_error *err)
{
	if (err->code == JR_ERR_CANCELED)
	{
		CHECK_FOR_INTERRUPTS();
		ereport(ERROR,
				(errcode(ERRCODE_QUERY_CANCELED),
				 errmsg("canceling statement due to user request")));
	}
	ereport(ERROR,
			(errcode(jr_pg_sqlstate(err->code)),
			 errmsg("%s", err->message[0] ? err->message : "jobreq error"),
			 err->detail[0] ? errdetail("%s", err->detail) : 0));
	pg_unreachable();
}

/* Copy a text datum's bytes into a NUL-terminated palloc'd C string. */
char *
jr_pg_text_to_cstring_len(const text *t, size_t *len)
{
	size_t		n = VARSIZE_ANY_EXHDR(t);
	char	   *s = palloc(n + 1);

	memcpy(s, VARDATA_ANY(t), n);
	s[n] = '\0';
	if (len != NULL)
		*len = n;
	return s;
}

PG_FUNCTION_INFO_V1(jobreq_version);

/* jobreq_version() → text: the extension version from META.json. */
Datum
jobreq_version(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(JOBREQ_VERSION));
}
