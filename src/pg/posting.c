/*
 * posting.c
 *		parse_posting() and the jsonb accessors of parsed postings.
 *
 * The core (src/core/jr_posting.c) writes the document as JSON text; this
 * glue turns it into jsonb with jsonb_in.  The accessors read documents
 * written by parse_posting (or by hand, following DESIGN.md section 3):
 * keys of unexpected types are treated as absent, never as errors.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/numeric.h"

#include "jr_pg.h"
#include "../core/jr_buf.h"
#include "../core/jr_posting.h"

PG_FUNCTION_INFO_V1(parse_posting);
PG_FUNCTION_INFO_V1(posting_skills);
PG_FUNCTION_INFO_V1(posting_min_years);
PG_FUNCTION_INFO_V1(posting_education);
PG_FUNCTION_INFO_V1(posting_workplace);

/*
 * parse_posting(raw text [, evidence boolean]) -> jsonb: the posting as a
 * schema.org-shaped document.  Never fails on what the text says.
 */
Datum
parse_posting(PG_FUNCTION_ARGS)
{
	text	   *raw = PG_GETARG_TEXT_PP(0);
	bool		evidence = PG_NARGS() > 1 ? PG_GETARG_BOOL(1) : false;
	jr_buf		out;
	jr_error	err;
	jr_status	st;
	Datum		result;

	jr_buf_init(&out);
	jr_error_clear(&err);
	st = jr_posting_parse(VARDATA_ANY(raw), VARSIZE_ANY_EXHDR(raw), evidence,
						  &out, &err);
	jr_pg_check(st, &err);
	if (out.failed || out.data == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory building the parse_posting result")));
	result = DirectFunctionCall1(jsonb_in, CStringGetDatum(out.data));
	jr_buf_free(&out);
	PG_FREE_IF_COPY(raw, 0);
	PG_RETURN_DATUM(result);
}

/* Member key of an object container into *out; false when absent. */
static bool
jb_get(JsonbContainer *jc, const char *key, JsonbValue *out)
{
	if (jc == NULL || !JsonContainerIsObject(jc))
		return false;
	return getKeyJsonValueFromContainer(jc, key, strlen(key), out) != NULL;
}

/* The container of a nested object/array value, or NULL. */
static JsonbContainer *
jb_container(const JsonbValue *v)
{
	return v->type == jbvBinary ? v->val.binary.data : NULL;
}

/* True when v is the string s. */
static bool
jb_string_is(const JsonbValue *v, const char *s)
{
	size_t		n = strlen(s);

	return v->type == jbvString && (size_t) v->val.string.len == n &&
		memcmp(v->val.string.val, s, n) == 0;
}

/*
 * posting_skills(doc jsonb, which text DEFAULT 'all') -> text[]: the skill
 * names, all or only the required or preferred ones.  Empty array when the
 * document lists no skills.
 */
Datum
posting_skills(PG_FUNCTION_ARGS)
{
	Jsonb	   *doc = PG_GETARG_JSONB_P(0);
	char	   *which = text_to_cstring(PG_GETARG_TEXT_PP(1));
	int			mode;			/* 0 all, 1 required, 2 preferred */
	JsonbValue	skills;
	ArrayBuildState *astate = NULL;
	JsonbContainer *arr;

	if (strcmp(which, "all") == 0)
		mode = 0;
	else if (strcmp(which, "required") == 0)
		mode = 1;
	else if (strcmp(which, "preferred") == 0)
		mode = 2;
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid value for posting_skills which: \"%s\"", which),
				 errdetail("The value must be \"required\", \"preferred\" or \"all\".")));

	astate = initArrayResult(TEXTOID, CurrentMemoryContext, false);
	if (jb_get(&doc->root, "skills", &skills) &&
		(arr = jb_container(&skills)) != NULL && JsonContainerIsArray(arr))
	{
		uint32		n = JsonContainerSize(arr);

		for (uint32 i = 0; i < n; i++)
		{
			JsonbValue *item = getIthJsonbValueFromContainer(arr, i);
			JsonbValue	name;
			JsonbValue	req;
			bool		required = true;
			JsonbContainer *obj;

			if (item == NULL)
				continue;
			if (item->type == jbvString)
				name = *item;
			else if ((obj = jb_container(item)) == NULL ||
					 !jb_get(obj, "name", &name))
				continue;
			else if (jb_get(obj, "required", &req) && req.type == jbvBool)
				required = req.val.boolean;
			if (name.type != jbvString)
				continue;
			if ((mode == 1 && !required) || (mode == 2 && required))
				continue;
			astate = accumArrayResult(astate,
									  PointerGetDatum(cstring_to_text_with_len(name.val.string.val,
																			   name.val.string.len)),
									  false, TEXTOID, CurrentMemoryContext);
		}
	}
	PG_RETURN_DATUM(makeArrayResult(astate, CurrentMemoryContext));
}

/* Numeric months of an object's monthsOfExperience, or NULL. */
static Numeric
months_of(JsonbContainer *obj)
{
	JsonbValue	v;

	if (!jb_get(obj, "monthsOfExperience", &v) || v.type != jbvNumeric)
		return NULL;
	return v.val.numeric;
}

/* The smaller of two numerics (NULL ignored). */
static Numeric
numeric_least(Numeric a, Numeric b)
{
	if (a == NULL)
		return b;
	if (b == NULL)
		return a;
	return DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(a),
											 NumericGetDatum(b))) <= 0 ? a : b;
}

/*
 * posting_min_years(doc jsonb) -> numeric: the fewest years of experience
 * any path accepts (monthsOfExperience / 12, rounded to 2 decimals, trailing zeros
 * trimmed; 0 for
 * "no requirements"), NULL when unstated.
 */
Datum
posting_min_years(PG_FUNCTION_ARGS)
{
	Jsonb	   *doc = PG_GETARG_JSONB_P(0);
	JsonbValue	exp;
	JsonbContainer *obj;
	Numeric		least;
	JsonbValue	alts;
	Datum		years;

	if (!jb_get(&doc->root, "experienceRequirements", &exp))
		PG_RETURN_NULL();
	if (exp.type == jbvString)
	{
		if (jb_string_is(&exp, "no requirements"))
			PG_RETURN_DATUM(DirectFunctionCall1(int4_numeric, Int32GetDatum(0)));
		PG_RETURN_NULL();
	}
	if ((obj = jb_container(&exp)) == NULL || !JsonContainerIsObject(obj))
		PG_RETURN_NULL();
	least = months_of(obj);
	if (jb_get(obj, "alternatives", &alts) && jb_container(&alts) != NULL &&
		JsonContainerIsArray(jb_container(&alts)))
	{
		JsonbContainer *arr = jb_container(&alts);
		uint32		n = JsonContainerSize(arr);

		for (uint32 i = 0; i < n; i++)
		{
			JsonbValue *item = getIthJsonbValueFromContainer(arr, i);

			if (item != NULL && jb_container(item) != NULL &&
				JsonContainerIsObject(jb_container(item)))
				least = numeric_least(least, months_of(jb_container(item)));
		}
	}
	if (least == NULL)
		PG_RETURN_NULL();
	years = DirectFunctionCall2(numeric_div, NumericGetDatum(least),
								DirectFunctionCall1(int4_numeric, Int32GetDatum(12)));
	years = DirectFunctionCall2(numeric_round, years, Int32GetDatum(2));
#if PG_VERSION_NUM >= 130000
	years = DirectFunctionCall1(numeric_trim_scale, years);
#endif
	PG_RETURN_DATUM(years);
}

/* Rank of an educationalLevel name (1..5), 0 when unknown. */
static int
edu_rank(const JsonbValue *v)
{
	static const char *const names[] = {
		"high_school", "associate", "bachelor", "master", "doctorate"};

	for (int k = 0; k < 5; k++)
		if (jb_string_is(v, names[k]))
			return k + 1;
	return 0;
}

/*
 * posting_education(doc jsonb) -> text: the minimum required
 * educationalLevel, 'none' for "no requirements", NULL when unstated or
 * only preferred.
 */
Datum
posting_education(PG_FUNCTION_ARGS)
{
	static const char *const names[] = {
		NULL, "high_school", "associate", "bachelor", "master", "doctorate"};
	Jsonb	   *doc = PG_GETARG_JSONB_P(0);
	JsonbValue	edu;
	JsonbContainer *arr;
	int			best = 0;

	if (!jb_get(&doc->root, "educationRequirements", &edu))
		PG_RETURN_NULL();
	if (edu.type == jbvString)
	{
		if (jb_string_is(&edu, "no requirements"))
			PG_RETURN_TEXT_P(cstring_to_text("none"));
		PG_RETURN_NULL();
	}
	if ((arr = jb_container(&edu)) == NULL)
		PG_RETURN_NULL();
	/* an array of credentials, or a single credential object */
	{
		bool		single = JsonContainerIsObject(arr);
		uint32		n = single ? 1 : JsonContainerSize(arr);

		for (uint32 i = 0; i < n; i++)
		{
			JsonbValue *item = single ? &edu : getIthJsonbValueFromContainer(arr, i);
			JsonbContainer *obj;
			JsonbValue	lvl;
			JsonbValue	req;
			int			r;

			if (item == NULL || (obj = jb_container(item)) == NULL)
				continue;
			if (jb_get(obj, "required", &req) && req.type == jbvBool &&
				!req.val.boolean)
				continue;
			if (!jb_get(obj, "educationalLevel", &lvl))
				continue;
			r = edu_rank(&lvl);
			if (r > 0 && (best == 0 || r < best))
				best = r;
		}
	}
	if (best == 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(names[best]));
}

/*
 * posting_workplace(doc jsonb) -> text: 'onsite', 'hybrid' or 'remote'
 * (jobreq.workplaceType, else 'remote' for jobLocationType TELECOMMUTE),
 * NULL when unstated.
 */
Datum
posting_workplace(PG_FUNCTION_ARGS)
{
	Jsonb	   *doc = PG_GETARG_JSONB_P(0);
	JsonbValue	jr;
	JsonbValue	wt;
	JsonbValue	lt;

	if (jb_get(&doc->root, "jobreq", &jr) &&
		jb_get(jb_container(&jr), "workplaceType", &wt) &&
		(jb_string_is(&wt, "onsite") || jb_string_is(&wt, "hybrid") ||
		 jb_string_is(&wt, "remote")))
		PG_RETURN_TEXT_P(cstring_to_text_with_len(wt.val.string.val,
												  wt.val.string.len));
	if (jb_get(&doc->root, "jobLocationType", &lt) &&
		jb_string_is(&lt, "TELECOMMUTE"))
		PG_RETURN_TEXT_P(cstring_to_text("remote"));
	PG_RETURN_NULL();
}
