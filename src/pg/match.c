/*
 * match.c
 *		SQL glue for matching: meets_requirements, requirements_report,
 *		match_score, and the helpers of the index recipe: skill_closure,
 *		candidate_skill_keys, posting_required_skill_keys and
 *		posting_skill_anchors.
 *
 * The glue hands the core a jr_jvalue tree built straight from jsonb (no
 * JSON text, no second parser); of a posting only the keys the matcher
 * reads are converted.  The candidate is read once per call site: the
 * parsed profile is cached in fn_extra, keyed by the candidate's bytes, so
 * a scan over a million postings reads the candidate once.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/json.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"

#include "jr_pg.h"
#include "../core/jr_match.h"

/*
 * Per call site state, in fn_extra: the parsed candidate (keyed by the
 * candidate's bytes) and a scratch context reset after every call, so
 * memory stays flat however many postings are matched.
 */
typedef struct match_state
{
	MemoryContext scratch;
	bool		has_candidate;
	Size		len;			/* size of the candidate jsonb datum */
	char	   *bytes;			/* copy of the datum, the cache key */
	jr_candidate cand;
} match_state;

static void jv_from_container(JsonbContainer *c, jr_jvalue *out);

/* Fill out from a jsonb value (scalar or nested container). */
static void
jv_from_jsonb(const JsonbValue *v, jr_jvalue *out)
{
	memset(out, 0, sizeof(*out));
	switch (v->type)
	{
		case jbvBinary:
			jv_from_container(v->val.binary.data, out);
			break;
		case jbvString:
			out->type = JR_JSON_STRING;
			out->str = v->val.string.val;
			out->len = v->val.string.len;
			break;
		case jbvNumeric:
			out->type = JR_JSON_NUMBER;
			out->number = DatumGetFloat8(
				DirectFunctionCall1(numeric_float8_no_overflow,
									NumericGetDatum(v->val.numeric)));
			break;
		case jbvBool:
			out->type = JR_JSON_BOOL;
			out->boolean = v->val.boolean;
			break;
		case jbvNull:
			out->type = JR_JSON_NULL;
			break;
		default:
			elog(ERROR, "unexpected jsonb value type %d", (int) v->type);
	}
}

/* Fill out from a jsonb object or array container, recursively. */
static void
jv_from_container(JsonbContainer *c, jr_jvalue *out)
{
	int			n = JsonContainerSize(c);
	bool		is_object = JsonContainerIsObject(c);
	JsonbIterator *it;
	JsonbValue	v;
	JsonbIteratorToken tok;
	int			i = 0;

	check_stack_depth();
	CHECK_FOR_INTERRUPTS();
	memset(out, 0, sizeof(*out));
	out->type = is_object ? JR_JSON_OBJECT : JR_JSON_ARRAY;
	out->items = palloc((n > 0 ? n : 1) * sizeof(jr_jvalue));
	if (is_object)
	{
		out->keys = palloc((n > 0 ? n : 1) * sizeof(char *));
		out->keylens = palloc((n > 0 ? n : 1) * sizeof(size_t));
	}
	it = JsonbIteratorInit(c);
	while ((tok = JsonbIteratorNext(&it, &v, true)) != WJB_DONE)
	{
		if (tok == WJB_KEY && i < n)
		{
			out->keys[i] = v.val.string.val;
			out->keylens[i] = v.val.string.len;
		}
		else if ((tok == WJB_VALUE || tok == WJB_ELEM) && i < n)
			jv_from_jsonb(&v, &out->items[i++]);
	}
	out->n = i;
}

/* The whole of a jsonb document as a jr_jvalue. */
static void
jv_from_document(Jsonb *jb, jr_jvalue *out)
{
	JsonbValue	v;

	if (JB_ROOT_IS_SCALAR(jb))
	{
		if (!JsonbExtractScalar(&jb->root, &v))
			elog(ERROR, "could not read a jsonb scalar");
		jv_from_jsonb(&v, out);
	}
	else
		jv_from_container(&jb->root, out);
}

/*
 * An object of only the members named keys[] found in container (NULL
 * entries of keys are skipped).
 */
static void
jv_select(JsonbContainer *container, const char *const *keys, int nkeys,
		  jr_jvalue *out)
{
	JsonbValue	v;
	int			i;

	memset(out, 0, sizeof(*out));
	out->type = JR_JSON_OBJECT;
	out->items = palloc(nkeys * sizeof(jr_jvalue));
	out->keys = palloc(nkeys * sizeof(char *));
	out->keylens = palloc(nkeys * sizeof(size_t));
	for (i = 0; i < nkeys; i++)
	{
		if (getKeyJsonValueFromContainer(container, keys[i], strlen(keys[i]),
										 &v) == NULL)
			continue;
		out->keys[out->n] = keys[i];
		out->keylens[out->n] = strlen(keys[i]);
		jv_from_jsonb(&v, &out->items[out->n]);
		out->n++;
	}
}

/* Top-level posting keys the matcher reads. */
static const char *const posting_keys[] = {
	"experienceRequirements", "educationRequirements",
	"experienceInPlaceOfEducation", "skills", "jobLocationType", "baseSalary",
	"jobreq"
};

/* Keys of the posting's "jobreq" object the matcher reads. */
static const char *const posting_jobreq_keys[] = {
	"workplaceType", "salaryRange"
};

/*
 * The parts of a posting the matcher reads, as a jr_jvalue.  A parse_posting
 * document also carries title, responsibilities, locations, warnings and
 * evidence; they are never converted.
 */
static void
jv_from_posting(Jsonb *jb, jr_jvalue *out)
{
	int			i;

	if (JB_ROOT_IS_SCALAR(jb) || !JB_ROOT_IS_OBJECT(jb))
	{
		jv_from_document(jb, out);
		return;
	}
	jv_select(&jb->root, posting_keys, lengthof(posting_keys), out);
	for (i = 0; i < out->n; i++)
	{
		JsonbValue	v;

		/* of "jobreq", only workplaceType and salaryRange */
		if (strcmp(out->keys[i], "jobreq") != 0 ||
			getKeyJsonValueFromContainer(&jb->root, "jobreq", 6, &v) == NULL ||
			v.type != jbvBinary || !JsonContainerIsObject(v.val.binary.data))
			continue;
		jv_select(v.val.binary.data, posting_jobreq_keys,
				  lengthof(posting_jobreq_keys), &out->items[i]);
	}
}

/* The state of this call site, created on first use. */
static match_state *
get_state(FunctionCallInfo fcinfo)
{
	match_state *state = (match_state *) fcinfo->flinfo->fn_extra;

	if (state == NULL)
	{
		state = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt,
									   sizeof(match_state));
		state->scratch = AllocSetContextCreate(fcinfo->flinfo->fn_mcxt,
											   "jobreq match scratch",
											   ALLOCSET_SMALL_SIZES);
		fcinfo->flinfo->fn_extra = state;
	}
	return state;
}

/* The candidate of argument argno, read once per call site. */
static const jr_candidate *
candidate_arg(FunctionCallInfo fcinfo, match_state *state, int argno)
{
	Jsonb	   *jb = PG_GETARG_JSONB_P(argno);
	Size		len = VARSIZE(jb);
	MemoryContext old;
	jr_candidate cand;
	jr_jvalue	root;
	jr_error	err;
	jr_status	st;

	if (state->has_candidate && state->len == len &&
		memcmp(state->bytes, jb, len) == 0)
		return &state->cand;

	/* drop the old entry first, so an error below leaves no stale cache */
	if (state->has_candidate)
	{
		state->has_candidate = false;
		jr_candidate_free(&state->cand);
		pfree(state->bytes);
	}

	/* the tree is scratch; the profile (and its strings) lives in fn_mcxt */
	old = MemoryContextSwitchTo(state->scratch);
	jv_from_document(jb, &root);
	MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
	jr_error_clear(&err);
	st = jr_candidate_from_value(&root, &cand, &err);
	MemoryContextSwitchTo(old);
	MemoryContextReset(state->scratch);
	jr_pg_check(st, &err);

	state->bytes = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, len);
	memcpy(state->bytes, jb, len);
	state->len = len;
	state->cand = cand;
	state->has_candidate = true;
	return &state->cand;
}

/*
 * Read the posting of argument argno and evaluate the candidate against it,
 * in the scratch context (the caller switches back and resets it).
 */
static void
posting_arg(FunctionCallInfo fcinfo, int argno, jr_posting_reqs *reqs)
{
	Jsonb	   *jb = PG_GETARG_JSONB_P(argno);
	jr_jvalue	root;
	jr_error	err;
	jr_status	st;

	jv_from_posting(jb, &root);
	jr_error_clear(&err);
	st = jr_posting_reqs_from_value(&root, reqs, &err);
	jr_pg_check(st, &err);
}

/* Evaluate argument 0 (candidate) against argument 1 (posting). */
static void
evaluate_args(FunctionCallInfo fcinfo, match_state *state,
			  const jr_candidate **cand, jr_posting_reqs *reqs,
			  jr_match_result *res)
{
	*cand = candidate_arg(fcinfo, state, 0);
	posting_arg(fcinfo, 1, reqs);
	jr_match_evaluate(*cand, reqs, res);
}

/* Evaluate the arguments in the scratch context and reset it after. */
static jr_match_result
evaluate_in_scratch(FunctionCallInfo fcinfo)
{
	match_state *state = get_state(fcinfo);
	MemoryContext old = MemoryContextSwitchTo(state->scratch);
	const jr_candidate *cand;
	jr_posting_reqs reqs;
	jr_match_result res;

	evaluate_args(fcinfo, state, &cand, &reqs, &res);
	MemoryContextSwitchTo(old);
	MemoryContextReset(state->scratch);
	return res;
}

PG_FUNCTION_INFO_V1(meets_requirements);

/* meets_requirements(candidate jsonb, posting jsonb) → boolean. */
Datum
meets_requirements(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(evaluate_in_scratch(fcinfo).meets);
}

PG_FUNCTION_INFO_V1(match_score);

/* match_score(candidate jsonb, posting jsonb) → float8 in [0, 1]. */
Datum
match_score(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(evaluate_in_scratch(fcinfo).score);
}

PG_FUNCTION_INFO_V1(requirements_report);

/* requirements_report(candidate jsonb, posting jsonb) → jsonb. */
Datum
requirements_report(PG_FUNCTION_ARGS)
{
	match_state *state = get_state(fcinfo);
	MemoryContext old = MemoryContextSwitchTo(state->scratch);
	const jr_candidate *cand;
	jr_posting_reqs reqs;
	jr_match_result res;
	jr_buf		buf;
	Datum		result;

	evaluate_args(fcinfo, state, &cand, &reqs, &res);
	jr_buf_init(&buf);
	jr_match_report(cand, &reqs, &res, &buf);
	if (buf.failed || buf.data == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory")));
	MemoryContextSwitchTo(old);
	result = DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data));
	MemoryContextReset(state->scratch);
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

PG_FUNCTION_INFO_V1(candidate_skill_keys);

/*
 * candidate_skill_keys(candidate jsonb) → text[]: skill_closure of the
 * profile's skills plus '' (the anchor of postings with fewer than two
 * required skills).  The profile is validated like meets_requirements.
 */
Datum
candidate_skill_keys(PG_FUNCTION_ARGS)
{
	match_state *state = get_state(fcinfo);
	const jr_candidate *cand = candidate_arg(fcinfo, state, 0);
	jr_buf		buf;
	const char **keys;
	int			nkeys;
	int			i;
	ArrayType  *result;

	jr_buf_init(&buf);
	jr_buf_putc(&buf, '\0');	/* the key "" */
	for (i = 0; i < cand->nskills; i++)
	{
		const char *key = cand->skills[i].key;

		jr_match_skill_closure(key, strlen(key), &buf);
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

PG_FUNCTION_INFO_V1(posting_required_skill_keys);

/*
 * posting_required_skill_keys(doc jsonb) → text[]: the keys of the
 * required skills every match must cover (required skills outside any
 * group, or alone in their group); sorted, never NULL.
 */
Datum
posting_required_skill_keys(PG_FUNCTION_ARGS)
{
	match_state *state = get_state(fcinfo);
	MemoryContext old = MemoryContextSwitchTo(state->scratch);
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
	MemoryContextSwitchTo(old);
	result = sorted_text_array(keys, nkeys);
	MemoryContextReset(state->scratch);
	PG_RETURN_ARRAYTYPE_P(result);
}

PG_FUNCTION_INFO_V1(posting_skill_anchors);

/*
 * posting_skill_anchors(doc jsonb) → text[]: the keys of the two most
 * specific required skills outside groups, '' when fewer (see
 * jr_match_anchors); for a btree index that prefilters matches.
 */
Datum
posting_skill_anchors(PG_FUNCTION_ARGS)
{
	match_state *state = get_state(fcinfo);
	MemoryContext old = MemoryContextSwitchTo(state->scratch);
	jr_posting_reqs reqs;
	const char *anchors[JR_MATCH_ANCHORS];
	Datum		elems[JR_MATCH_ANCHORS];
	ArrayType  *result;
	int			i;

	posting_arg(fcinfo, 0, &reqs);
	jr_match_anchors(&reqs, anchors);
	MemoryContextSwitchTo(old);
	for (i = 0; i < JR_MATCH_ANCHORS; i++)
		elems[i] = PointerGetDatum(cstring_to_text(anchors[i]));
	result = construct_array(elems, JR_MATCH_ANCHORS, TEXTOID, -1, false,
							 TYPALIGN_INT);
	MemoryContextReset(state->scratch);
	PG_RETURN_ARRAYTYPE_P(result);
}
