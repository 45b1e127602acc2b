/*
 * skills.c
 *		SQL functions over the built-in skills taxonomy: normalize_skill,
 *		extract_skills, skill_overlap (arrays and jsonb), skill_taxonomy and
 *		jobreq_skills_version.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "access/tupmacs.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/numeric.h"

#include "jr_pg.h"
#include "../core/jr_skills.h"

PG_FUNCTION_INFO_V1(normalize_skill);
PG_FUNCTION_INFO_V1(extract_skills);
PG_FUNCTION_INFO_V1(skill_overlap_arrays);
PG_FUNCTION_INFO_V1(skill_overlap_jsonb);
PG_FUNCTION_INFO_V1(skill_taxonomy);
PG_FUNCTION_INFO_V1(jobreq_skills_version);

/* A text[] holding the names of skills ids[0, n). */
static ArrayType *
names_to_array(const int *ids, int n)
{
	Datum	   *elems = palloc(sizeof(Datum) * (n > 0 ? n : 1));
	int			i;

	for (i = 0; i < n; i++)
		elems[i] = CStringGetTextDatum(jr_skill_name(ids[i]));
	return construct_array(elems, n, TEXTOID, -1, false, TYPALIGN_INT);
}

/* normalize_skill(text) → text: canonical name, NULL when unknown. */
Datum
normalize_skill(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	int			id = jr_skill_lookup(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));

	if (id < 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(jr_skill_name(id)));
}

/* extract_skills(text) → text[]: skills in first-seen order, no repeats. */
Datum
extract_skills(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	jr_skill_hit *hits = NULL;
	size_t		nhits = 0;
	jr_error	err;
	jr_status	status;
	bool	   *seen;
	int		   *ids;
	int			n = 0;
	size_t		i;

	jr_error_clear(&err);
	status = jr_skills_extract(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t),
							   &hits, &nhits, &err);
	jr_pg_check(status, &err);
	seen = palloc0(sizeof(bool) * jr_skill_count());
	ids = palloc(sizeof(int) * (nhits > 0 ? nhits : 1));
	for (i = 0; i < nhits; i++)
	{
		if (seen[hits[i].id])
			continue;
		seen[hits[i].id] = true;
		ids[n++] = hits[i].id;
	}
	jr_free(hits);
	PG_RETURN_ARRAYTYPE_P(names_to_array(ids, n));
}

/* Skill lists up to this long are converted in the caller's stack frame. */
#define LOCAL_ITEMS 32

/* Room for the items of a short skill list and their lookup. */
typedef struct item_buf
{
	jr_skill_item items[LOCAL_ITEMS];
	const char *names[LOCAL_ITEMS];
	size_t		lens[LOCAL_ITEMS];
	int			ids[LOCAL_ITEMS];
} item_buf;

/*
 * The items of a text[] as jr_skill_items (NULL elements dropped), looked
 * up in one batch; in buf when the list is short, else palloc'd.  Walks the
 * array's data directly (elements of text[] are never toasted, and
 * VARDATA_ANY reads short headers as they are).
 */
static jr_skill_item *
array_to_items(ArrayType *a, size_t *n, item_buf *buf)
{
	int			nelems = ArrayGetNItems(ARR_NDIM(a), ARR_DIMS(a));
	jr_skill_item *items;
	const char **names;
	size_t	   *lens;
	int		   *ids;
	char	   *p = ARR_DATA_PTR(a);
	bits8	   *bitmap = ARR_NULLBITMAP(a);
	int			bitmask = 1;
	int			i;

	if (ARR_NDIM(a) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("skill lists must be one-dimensional arrays")));
	if (ARR_ELEMTYPE(a) != TEXTOID)
		elog(ERROR, "skill list is not a text[]");
	if (nelems <= LOCAL_ITEMS)
	{
		items = buf->items;
		names = buf->names;
		lens = buf->lens;
		ids = buf->ids;
	}
	else
	{
		items = palloc(sizeof(jr_skill_item) * nelems);
		names = palloc(sizeof(char *) * nelems);
		lens = palloc(sizeof(size_t) * nelems);
		ids = palloc(sizeof(int) * nelems);
	}
	*n = 0;
	for (i = 0; i < nelems; i++)
	{
		if (bitmap == NULL || (*bitmap & bitmask) != 0)
		{
			names[*n] = VARDATA_ANY(p);
			lens[*n] = VARSIZE_ANY_EXHDR(p);
			(*n)++;
			p = att_addlength_pointer(p, -1, p);
			p = (char *) att_align_nominal(p, TYPALIGN_INT);
		}
		bitmask <<= 1;
		if (bitmask == 0x100)
		{
			if (bitmap != NULL)
				bitmap++;
			bitmask = 1;
		}
	}
	jr_skill_lookup_many(names, lens, ids, *n);
	for (i = 0; i < (int) *n; i++)
	{
		items[i].text = names[i];
		items[i].len = lens[i];
		items[i].id = ids[i];
		items[i].group = -1;
	}
	return items;
}

/* skill_overlap(have text[], want text[]) → float8. */
Datum
skill_overlap_arrays(PG_FUNCTION_ARGS)
{
	ArrayType  *have = PG_GETARG_ARRAYTYPE_P(0);
	ArrayType  *want = PG_GETARG_ARRAYTYPE_P(1);
	jr_skill_item *hi;
	jr_skill_item *wi;
	item_buf	hbuf;
	item_buf	wbuf;
	size_t		nh;
	size_t		nw;
	double		share;
	jr_error	err;
	jr_status	status;

	wi = array_to_items(want, &nw, &wbuf);
	if (nw == 0)
		PG_RETURN_FLOAT8(1.0);
	hi = array_to_items(have, &nh, &hbuf);
	jr_error_clear(&err);
	status = jr_skill_overlap(hi, nh, wi, nw, &share, &err);
	jr_pg_check(status, &err);
	PG_RETURN_FLOAT8(share);
}

/* A jsonb value's type with its article ("an array"), for messages. */
static const char *
jsonb_type_name(const JsonbValue *v)
{
	switch (v->type)
	{
		case jbvNull:
			return "null";
		case jbvString:
			return "a string";
		case jbvNumeric:
			return "a number";
		case jbvBool:
			return "a boolean";
		case jbvBinary:
			return JsonContainerIsArray(v->val.binary.data) ? "an array" :
				"an object";
		default:
			return "a scalar";
	}
}

/* The elements of a jsonb array container, in order. */
static JsonbValue *
array_elements_of(JsonbContainer *c, int *n)
{
	JsonbIterator *it = JsonbIteratorInit(c);
	JsonbValue	v;
	JsonbIteratorToken tok;
	JsonbValue *out;
	int			cap = 8;

	out = palloc(sizeof(JsonbValue) * cap);
	*n = 0;
	while ((tok = JsonbIteratorNext(&it, &v, true)) != WJB_DONE)
	{
		if (tok != WJB_ELEM)
			continue;
		if (*n == cap)
		{
			cap *= 2;
			out = repalloc(out, sizeof(JsonbValue) * cap);
		}
		out[(*n)++] = v;
	}
	return out;
}

/*
 * The "skills" array of a candidate or posting object, or NULL when the
 * key is absent or null.  what names the argument in errors.
 */
static JsonbContainer *
skills_array(Jsonb *doc, const char *what)
{
	JsonbValue *v;

	if (!JB_ROOT_IS_OBJECT(doc))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid %s: expected a jsonb object", what),
				 errdetail("The %s must be an object with a \"skills\" "
						   "array.", what)));
	v = getKeyJsonValueFromContainer(&doc->root, "skills", 6, NULL);
	if (v == NULL || v->type == jbvNull)
		return NULL;
	if (v->type != jbvBinary || !JsonContainerIsArray(v->val.binary.data) ||
		JsonContainerIsScalar(v->val.binary.data))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid %s key \"skills\": expected an array, "
						"found %s", what, jsonb_type_name(v)),
				 errdetail("\"skills\" must be an array of skill names or "
						   "of objects with a \"name\".")));
	return v->val.binary.data;
}

/* A string member of an object item, or NULL when absent or null. */
static JsonbValue *
item_member(JsonbContainer *obj, const char *key)
{
	JsonbValue *v = getKeyJsonValueFromContainer(obj, key, strlen(key),
												 NULL);

	if (v == NULL || v->type == jbvNull)
		return NULL;
	return v;
}

/* Fill it from a jsonb string value. */
static void
item_from_string(jr_skill_item *it, const JsonbValue *s)
{
	it->text = s->val.string.val;
	it->len = s->val.string.len;
	it->id = jr_skill_lookup(it->text, it->len);
	it->group = -1;
}

/* Name of a skills item (a string, or an object's "name"), or NULL. */
static JsonbValue *
item_name(JsonbValue *elem, const char *what, int index)
{
	JsonbValue *name;

	if (elem->type == jbvString)
		return elem;
	if (elem->type == jbvNull)
		return NULL;
	if (elem->type != jbvBinary || JsonContainerIsArray(elem->val.binary.data))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid %s key \"skills\": item %d is %s", what,
						index, jsonb_type_name(elem)),
				 errdetail("Each \"skills\" item must be a string or an "
						   "object with a string \"name\".")));
	name = item_member(elem->val.binary.data, "name");
	if (name != NULL && name->type != jbvString)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid %s key \"skills\": \"name\" of item %d is "
						"%s", what, index, jsonb_type_name(name)),
				 errdetail("A skill's \"name\" must be a string.")));
	return name;
}

/* A group key of a posting item, as text; NULL when it has no group. */
static char *
item_group(JsonbContainer *obj, int index)
{
	JsonbValue *g = item_member(obj, "group");

	if (g == NULL)
		return NULL;
	if (g->type == jbvNumeric)
		return psprintf("n%s", numeric_normalize(g->val.numeric));
	if (g->type == jbvString)
		return psprintf("s%.*s", g->val.string.len, g->val.string.val);
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid posting key \"skills\": \"group\" of item %d "
					"is %s", index, jsonb_type_name(g)),
			 errdetail("A skill's \"group\" must be a number or a string.")));
	return NULL;
}

/* A want item with its group key, before groups are numbered. */
typedef struct want_entry
{
	jr_skill_item item;
	char	   *group;
	int			order;
} want_entry;

/* Order want entries by group key, then input order. */
static int
want_entry_cmp(const void *a, const void *b)
{
	const want_entry *x = a;
	const want_entry *y = b;
	int			c;

	if (x->group == NULL || y->group == NULL)
		return (x->group == NULL) - (y->group == NULL);
	c = strcmp(x->group, y->group);
	if (c != 0)
		return c;
	return x->order - y->order;
}

/* skill_overlap(candidate jsonb, posting jsonb) → float8. */
Datum
skill_overlap_jsonb(PG_FUNCTION_ARGS)
{
	Jsonb	   *cand = PG_GETARG_JSONB_P(0);
	Jsonb	   *post = PG_GETARG_JSONB_P(1);
	JsonbContainer *have_c = skills_array(cand, "candidate");
	JsonbContainer *want_c = skills_array(post, "posting");
	JsonbValue *elems;
	int			nelems = 0;
	jr_skill_item *have = NULL;
	size_t		nhave = 0;
	want_entry *wants;
	jr_skill_item *want;
	size_t		nwant = 0;
	int			ngroups = 0;
	double		share;
	jr_error	err;
	jr_status	status;
	int			i;

	/* the candidate's skills (checked even when nothing is required) */
	if (have_c != NULL)
	{
		elems = array_elements_of(have_c, &nelems);
		have = palloc(sizeof(jr_skill_item) * (nelems > 0 ? nelems : 1));
		for (i = 0; i < nelems; i++)
		{
			JsonbValue *name = item_name(&elems[i], "candidate", i);

			if (name != NULL)
				item_from_string(&have[nhave++], name);
		}
	}

	/* the posting's required skills */
	if (want_c == NULL)
		PG_RETURN_FLOAT8(1.0);
	elems = array_elements_of(want_c, &nelems);
	wants = palloc(sizeof(want_entry) * (nelems > 0 ? nelems : 1));
	for (i = 0; i < nelems; i++)
	{
		JsonbValue *name;
		JsonbValue *req;
		JsonbContainer *obj;

		if (elems[i].type == jbvNull)
			continue;
		if (elems[i].type != jbvBinary ||
			JsonContainerIsArray(elems[i].val.binary.data))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid posting key \"skills\": item %d is %s",
							i, jsonb_type_name(&elems[i])),
					 errdetail("Each posting \"skills\" item must be an "
							   "object such as {\"name\": \"Python\", "
							   "\"required\": true}.")));
		obj = elems[i].val.binary.data;
		req = item_member(obj, "required");
		if (req != NULL && req->type != jbvBool)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid posting key \"skills\": \"required\" of "
							"item %d is %s", i, jsonb_type_name(req)),
					 errdetail("\"required\" must be true or false.")));
		name = item_name(&elems[i], "posting", i);
		if (req == NULL || !req->val.boolean || name == NULL)
			continue;
		item_from_string(&wants[nwant].item, name);
		wants[nwant].group = item_group(obj, i);
		wants[nwant].order = (int) nwant;
		nwant++;
	}
	if (nwant == 0)
		PG_RETURN_FLOAT8(1.0);
	/* number the groups 0..ngroups-1 */
	qsort(wants, nwant, sizeof(want_entry), want_entry_cmp);
	want = palloc(sizeof(jr_skill_item) * nwant);
	for (i = 0; i < (int) nwant; i++)
	{
		want[i] = wants[i].item;
		if (wants[i].group == NULL)
			continue;
		if (i > 0 && wants[i - 1].group != NULL &&
			strcmp(wants[i - 1].group, wants[i].group) == 0)
			want[i].group = want[i - 1].group;
		else
			want[i].group = ngroups++;
	}
	jr_error_clear(&err);
	status = jr_skill_overlap(have, nhave, want, nwant, &share, &err);
	jr_pg_check(status, &err);
	PG_RETURN_FLOAT8(share);
}

/* skill_taxonomy() → TABLE(name, category, parent, aliases text[]). */
Datum
skill_taxonomy(PG_FUNCTION_ARGS)
{
	FuncCallContext *fctx;
	int			id;
	Datum		values[4];
	bool		nulls[4] = {false, false, false, false};
	HeapTuple	tuple;
	int			nalias;
	Datum	   *aliases;
	int			i;

	if (SRF_IS_FIRSTCALL())
	{
		MemoryContext old;
		TupleDesc	desc;

		fctx = SRF_FIRSTCALL_INIT();
		old = MemoryContextSwitchTo(fctx->multi_call_memory_ctx);
		if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
			ereport(ERROR,
					(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					 errmsg("skill_taxonomy() must be called where a row "
							"type is expected")));
		fctx->tuple_desc = BlessTupleDesc(desc);
		fctx->max_calls = jr_skill_count();
		MemoryContextSwitchTo(old);
	}
	fctx = SRF_PERCALL_SETUP();
	if (fctx->call_cntr >= fctx->max_calls)
		SRF_RETURN_DONE(fctx);
	id = (int) fctx->call_cntr;
	values[0] = CStringGetTextDatum(jr_skill_name(id));
	values[1] = CStringGetTextDatum(jr_skill_category(id));
	if (jr_skill_parent(id) >= 0)
		values[2] = CStringGetTextDatum(jr_skill_name(jr_skill_parent(id)));
	else
		nulls[2] = true;
	nalias = jr_skill_alias_count(id);
	aliases = palloc(sizeof(Datum) * (nalias > 0 ? nalias : 1));
	for (i = 0; i < nalias; i++)
		aliases[i] = CStringGetTextDatum(jr_skill_alias(id, i));
	values[3] = PointerGetDatum(construct_array(aliases, nalias, TEXTOID, -1,
												false, TYPALIGN_INT));
	tuple = heap_form_tuple(fctx->tuple_desc, values, nulls);
	SRF_RETURN_NEXT(fctx, HeapTupleGetDatum(tuple));
}

/* jobreq_skills_version() → text: the taxonomy version. */
Datum
jobreq_skills_version(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(jr_skills_version()));
}
