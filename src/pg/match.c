/*
 * match.c
 *		SQL glue for matching: meets_requirements, requirements_report,
 *		match_score, and the index helpers skill_closure and
 *		posting_required_skills_index.
 *
 * Both documents reach the core as JSON text (JsonbToCString).  The
 * candidate is read once per query: the parsed profile is cached in
 * fn_extra, keyed by the candidate's bytes, so a scan over a million
 * postings parses the candidate once and each posting once.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"

#include "jr_pg.h"
#include "../core/jr_match.h"

/* A parsed candidate cached for the life of the function call site. */
typedef struct match_cache
{
	Size		len;			/* size of the candidate jsonb datum */
	char	   *bytes;			/* copy of the datum, the cache key */
	jr_candidate cand;
} match_cache;

/* The JSON text of a jsonb value, palloc'd in the current context. */
static char *
jsonb_text(Jsonb *jb, size_t *len)
{
	StringInfoData buf;

	initStringInfo(&buf);
	JsonbToCString(&buf, &jb->root, VARSIZE(jb));
	*len = buf.len;
	return buf.data;
}

/* The candidate of argument argno, read once per call site. */
static const jr_candidate *
candidate_arg(FunctionCallInfo fcinfo, int argno)
{
	Jsonb	   *jb = PG_GETARG_JSONB_P(argno);
	Size		len = VARSIZE(jb);
	match_cache *cache = (match_cache *) fcinfo->flinfo->fn_extra;
	MemoryContext old;
	jr_candidate cand;
	jr_error	err;
	jr_status	st;
	char	   *json;
	size_t		jlen;

	if (cache != NULL && cache->len == len &&
		memcmp(cache->bytes, jb, len) == 0)
		return &cache->cand;

	/* drop the old entry first, so an error below leaves no stale cache */
	fcinfo->flinfo->fn_extra = NULL;
	if (cache != NULL)
	{
		jr_candidate_free(&cache->cand);
		pfree(cache->bytes);
		pfree(cache);
	}

	old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
	json = jsonb_text(jb, &jlen);
	jr_error_clear(&err);
	st = jr_candidate_read(json, jlen, &cand, &err);
	pfree(json);
	if (st != JR_OK)
	{
		MemoryContextSwitchTo(old);
		jr_pg_raise(&err);
	}
	cache = palloc(sizeof(match_cache));
	cache->len = len;
	cache->bytes = palloc(len);
	memcpy(cache->bytes, jb, len);
	cache->cand = cand;
	MemoryContextSwitchTo(old);
	fcinfo->flinfo->fn_extra = cache;
	return &cache->cand;
}

/* Read the posting requirements of argument argno. */
static void
posting_arg(FunctionCallInfo fcinfo, int argno, jr_posting_reqs *reqs)
{
	Jsonb	   *jb = PG_GETARG_JSONB_P(argno);
	jr_error	err;
	jr_status	st;
	char	   *json;
	size_t		len;

	json = jsonb_text(jb, &len);
	jr_error_clear(&err);
	st = jr_posting_reqs_read(json, len, reqs, &err);
	pfree(json);
	jr_pg_check(st, &err);
}

PG_FUNCTION_INFO_V1(meets_requirements);

/* meets_requirements(candidate jsonb, posting jsonb) → boolean. */
Datum
meets_requirements(PG_FUNCTION_ARGS)
{
	const jr_candidate *cand = candidate_arg(fcinfo, 0);
	jr_posting_reqs reqs;
	jr_match_result res;

	posting_arg(fcinfo, 1, &reqs);
	jr_match_evaluate(cand, &reqs, &res);
	jr_posting_reqs_free(&reqs);
	PG_RETURN_BOOL(res.meets);
}

PG_FUNCTION_INFO_V1(match_score);

/* match_score(candidate jsonb, posting jsonb) → float8 in [0, 1]. */
Datum
match_score(PG_FUNCTION_ARGS)
{
	const jr_candidate *cand = candidate_arg(fcinfo, 0);
	jr_posting_reqs reqs;
	jr_match_result res;

	posting_arg(fcinfo, 1, &reqs);
	jr_match_evaluate(cand, &reqs, &res);
	jr_posting_reqs_free(&reqs);
	PG_RETURN_FLOAT8(res.score);
}

PG_FUNCTION_INFO_V1(requirements_report);

/* requirements_report(candidate jsonb, posting jsonb) → jsonb. */
Datum
requirements_report(PG_FUNCTION_ARGS)
{
	const jr_candidate *cand = candidate_arg(fcinfo, 0);
	jr_posting_reqs reqs;
	jr_match_result res;
	jr_buf		buf;
	Datum		result;

	posting_arg(fcinfo, 1, &reqs);
	jr_match_evaluate(cand, &reqs, &res);
	jr_buf_init(&buf);
	jr_match_report(cand, &reqs, &res, &buf);
	jr_posting_reqs_free(&reqs);
	if (buf.failed || buf.data == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory")));
	result = DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data));
	jr_buf_free(&buf);
	PG_RETURN_DATUM(result);
}

/* qsort comparator for C strings. */
static int
cstring_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *) a, *(const char *const *) b);
}

/*
 * Build a text[] from n NUL-terminated strings: sorted, duplicates removed.
 * The strings array is sorted in place.
 */
static ArrayType *
sorted_text_array(const char **strings, int n)
{
	Datum	   *elems = palloc((n > 0 ? n : 1) * sizeof(Datum));
	int			k = 0;
	int			i;

	if (n > 1)
		qsort(strings, n, sizeof(char *), cstring_cmp);
	for (i = 0; i < n; i++)
	{
		if (i > 0 && strcmp(strings[i], strings[i - 1]) == 0)
			continue;
		elems[k++] = PointerGetDatum(cstring_to_text(strings[i]));
	}
	return construct_array(elems, k, TEXTOID, -1, false, TYPALIGN_INT);
}

/* Split a buffer of NUL-terminated strings into a palloc'd pointer array. */
static const char **
split_keys(const jr_buf *buf, int *n)
{
	const char **out;
	size_t		off;
	int			count = 0;

	for (off = 0; off < buf->len; off += strlen(buf->data + off) + 1)
		count++;
	out = palloc((count > 0 ? count : 1) * sizeof(char *));
	count = 0;
	for (off = 0; off < buf->len; off += strlen(buf->data + off) + 1)
		out[count++] = buf->data + off;
	*n = count;
	return out;
}

PG_FUNCTION_INFO_V1(skill_closure);

/*
 * skill_closure(skills text[]) → text[]: the skill keys the names cover,
 * i.e. each name's key plus the canonical names of its ancestors; sorted,
 * without duplicates; NULL elements are skipped.
 */
Datum
skill_closure(PG_FUNCTION_ARGS)
{
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(0);
	Datum	   *elems;
	bool	   *nulls;
	int			nelems;
	int			i;
	jr_buf		buf;
	const char **keys;
	int			nkeys;
	ArrayType  *result;

	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("skill_closure expects a one-dimensional text array")));
	deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT,
					  &elems, &nulls, &nelems);
	jr_buf_init(&buf);
	for (i = 0; i < nelems; i++)
	{
		text	   *t;

		if (nulls[i])
			continue;
		t = DatumGetTextPP(elems[i]);
		jr_match_skill_closure(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &buf);
		if ((i & 1023) == 1023)
			CHECK_FOR_INTERRUPTS();
	}
	if (buf.failed)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory")));
	keys = split_keys(&buf, &nkeys);
	result = sorted_text_array(keys, nkeys);
	jr_buf_free(&buf);
	PG_RETURN_ARRAYTYPE_P(result);
}

PG_FUNCTION_INFO_V1(posting_required_skills_index);

/*
 * posting_required_skills_index(doc jsonb) → text[]: the keys of the
 * required skills every match must cover (required skills outside any
 * group, or alone in their group); sorted, never NULL.
 */
Datum
posting_required_skills_index(PG_FUNCTION_ARGS)
{
	jr_posting_reqs reqs;
	const char **keys;
	int			nkeys = 0;
	int			i;
	ArrayType  *result;

	posting_arg(fcinfo, 0, &reqs);
	keys = palloc((reqs.nunits > 0 ? reqs.nunits : 1) * sizeof(char *));
	for (i = 0; i < reqs.nunits; i++)
	{
		const jr_match_unit *u = &reqs.units[i];

		if (u->required && u->count == 1)
			keys[nkeys++] = reqs.skills[u->first].key;
	}
	result = sorted_text_array(keys, nkeys);
	jr_posting_reqs_free(&reqs);
	PG_RETURN_ARRAYTYPE_P(result);
}
