/*
 * jr_match.c
 *		Candidate profiles against parsed postings: readers, evaluation,
 *		report and score.  The rules are summarized in jr_match.h.
 */
#include "jr_match.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jr_skills.h"

/* ------------------------------------------------------------------------
 * A small arena: every string and array of a reader's result lives in it,
 * so one call frees everything.
 * ------------------------------------------------------------------------ */

typedef struct arena_block
{
	struct arena_block *next;
	size_t		used;
	size_t		cap;
	/* data follows, aligned to 16 */
} arena_block;

#define ARENA_HEADER ((sizeof(arena_block) + 15) & ~(size_t) 15)
#define ARENA_CHUNK 2048

/* Allocate size bytes (8-aligned) from the arena at *arena; NULL on OOM. */
static void *
arena_alloc(void **arena, size_t size)
{
	arena_block *blk = (arena_block *) *arena;
	char	   *p;

	size = (size + 7) & ~(size_t) 7;
	if (blk == NULL || blk->cap - blk->used < size)
	{
		size_t		cap = size > ARENA_CHUNK ? size : ARENA_CHUNK;

		blk = jr_alloc(ARENA_HEADER + cap);
		if (blk == NULL)
			return NULL;
		blk->next = (arena_block *) *arena;
		blk->used = 0;
		blk->cap = cap;
		*arena = blk;
	}
	p = (char *) blk + ARENA_HEADER + blk->used;
	blk->used += size;
	return p;
}

/* Free every block of an arena. */
static void
arena_free(void **arena)
{
	arena_block *blk = (arena_block *) *arena;

	while (blk != NULL)
	{
		arena_block *next = blk->next;

		jr_free(blk);
		blk = next;
	}
	*arena = NULL;
}

/* ------------------------------------------------------------------------
 * Names and keys
 * ------------------------------------------------------------------------ */

static const char *const edu_names[] = {
	"none", "high_school", "associate", "bachelor", "master", "doctorate"
};

/* Name of an education level ("high_school" ... "doctorate", "none"). */
const char *
jr_match_level_name(jr_match_level level)
{
	if ((int) level < 0 || (int) level > JR_MATCH_EDU_DOCTORATE)
		return "none";
	return edu_names[level];
}

/* True when s[0, len) equals the C string word, ASCII case-insensitively. */
static bool
word_eq(const char *s, size_t len, const char *word)
{
	size_t		i;

	if (strlen(word) != len)
		return false;
	for (i = 0; i < len; i++)
	{
		char		a = s[i];
		char		b = word[i];

		if (a >= 'A' && a <= 'Z')
			a = (char) (a - 'A' + 'a');
		if (b >= 'A' && b <= 'Z')
			b = (char) (b - 'A' + 'a');
		if (a != b)
			return false;
	}
	return true;
}

/* Parse an education level name (case-insensitive); -1 when unknown. */
int
jr_match_level_parse(const char *s, size_t len)
{
	int			i;

	for (i = 0; i <= JR_MATCH_EDU_DOCTORATE; i++)
		if (word_eq(s, len, edu_names[i]))
			return i;
	return -1;
}

/* True for ASCII blanks. */
static bool
is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
		c == '\v';
}

/* Trim ASCII blanks from both ends of s[0, *len); returns the new start. */
static const char *
trim_blanks(const char *s, size_t *len)
{
	size_t		n = *len;

	while (n > 0 && is_blank(*s))
	{
		s++;
		n--;
	}
	while (n > 0 && is_blank(s[n - 1]))
		n--;
	*len = n;
	return s;
}

/*
 * Canonical names to ids: an open-addressing table built once per process
 * (plain malloc, a process-lifetime cache).  Parsed postings name their
 * skills canonically, so most lookups are one probe here instead of a
 * normalizing jr_skill_lookup; the result is the same because every
 * canonical name looks up to its own id (a unit test checks all of them).
 */
static int *name_table = NULL;
static size_t name_mask = 0;
static bool name_table_failed = false;

/* FNV-1a over s[0, len). */
static uint32_t
name_hash(const char *s, size_t len)
{
	uint32_t	h = 2166136261u;
	size_t		i;

	for (i = 0; i < len; i++)
	{
		h ^= (unsigned char) s[i];
		h *= 16777619u;
	}
	return h;
}

/* Build name_table; on OOM leave it NULL (lookups take the slow path). */
static void
build_name_table(void)
{
	int			n = jr_skill_count();
	size_t		size = 16;
	int			id;

	while (size < (size_t) n * 2)
		size <<= 1;
	name_table = malloc(size * sizeof(int));
	if (name_table == NULL)
	{
		name_table_failed = true;
		return;
	}
	memset(name_table, 0xff, size * sizeof(int));	/* -1 everywhere */
	name_mask = size - 1;
	for (id = 0; id < n; id++)
	{
		const char *name = jr_skill_name(id);
		size_t		slot = name_hash(name, strlen(name)) & name_mask;

		while (name_table[slot] >= 0)
			slot = (slot + 1) & name_mask;
		name_table[slot] = id;
	}
}

/* Id of a skill name or alias: the exact canonical name first. */
static int
skill_lookup(const char *s, size_t len)
{
	if (name_table == NULL && !name_table_failed)
		build_name_table();
	if (name_table != NULL)
	{
		size_t		slot = name_hash(s, len) & name_mask;

		while (name_table[slot] >= 0)
		{
			const char *name = jr_skill_name(name_table[slot]);

			if (strncmp(name, s, len) == 0 && name[len] == '\0')
				return name_table[slot];
			slot = (slot + 1) & name_mask;
		}
	}
	return jr_skill_lookup(s, len);
}

/*
 * Append the skill key of name to out (see jr_match.h) and return the
 * taxonomy id or -1.  An empty name appends nothing.
 */
static int
skill_key_append(const char *name, size_t len, jr_buf *out)
{
	int			id;
	size_t		i;

	name = trim_blanks(name, &len);
	if (len == 0)
		return -1;
	id = skill_lookup(name, len);
	if (id >= 0)
	{
		jr_buf_puts(out, jr_skill_name(id));
		return id;
	}
	if (!jr_buf_reserve(out, len))
		return -1;
	for (i = 0; i < len; i++)
	{
		char		c = name[i];

		if (c >= 'A' && c <= 'Z')
			c = (char) (c - 'A' + 'a');
		out->data[out->len++] = c;
	}
	out->data[out->len] = '\0';
	return -1;
}

/* The skill key of a name, appended to out; returns the taxonomy id or -1. */
int
jr_match_skill_key(const char *name, size_t len, jr_buf *out)
{
	return skill_key_append(name, len, out);
}

/*
 * Append the keys a skill name covers, each NUL-terminated: its own key
 * and, for a taxonomy skill, the canonical names of all its ancestors.
 * Returns how many keys were appended.
 */
int
jr_match_skill_closure(const char *name, size_t len, jr_buf *out)
{
	size_t		start = out->len;
	int			id = skill_key_append(name, len, out);
	int			n;
	int			depth = 0;

	if (out->len == start)
		return 0;
	jr_buf_putc(out, '\0');
	n = 1;
	if (id < 0)
		return n;
	/* the depth bound only guards against a cycle in generated data */
	for (id = jr_skill_parent(id); id >= 0 && depth < 64;
		 id = jr_skill_parent(id), depth++)
	{
		jr_buf_puts(out, jr_skill_name(id));
		jr_buf_putc(out, '\0');
		n++;
	}
	return n;
}

/* Depth of a skill in the taxonomy (a root is 0); unknown names are deepest. */
static int
skill_depth(int id)
{
	int			depth = 0;

	if (id < 0)
		return 1 << 20;
	while ((id = jr_skill_parent(id)) >= 0 && depth < 64)
		depth++;
	return depth;
}

/* True when skill a is a better anchor than skill b (more specific). */
static bool
better_anchor(const jr_match_skill *a, const jr_match_skill *b)
{
	int			da = skill_depth(a->id);
	int			db = skill_depth(b->id);

	if (da != db)
		return da > db;
	return strcmp(a->key, b->key) < 0;
}

/* The anchors of a posting's required skills (see jr_match.h). */
void
jr_match_anchors(const jr_posting_reqs *reqs,
				 const char *anchors[JR_MATCH_ANCHORS])
{
	const jr_match_skill *best[JR_MATCH_ANCHORS];
	int			nbest = 0;
	int			i;
	int			k;

	for (i = 0; i < reqs->nunits; i++)
	{
		const jr_match_unit *u = &reqs->units[i];
		const jr_match_skill *sk;
		bool		dup = false;

		if (!u->required || u->count != 1)
			continue;
		sk = &reqs->skills[u->first];
		for (k = 0; k < nbest; k++)
			if (strcmp(best[k]->key, sk->key) == 0)
				dup = true;
		if (dup)
			continue;
		/* insertion into the sorted top list */
		for (k = nbest; k > 0 && better_anchor(sk, best[k - 1]); k--)
			if (k < JR_MATCH_ANCHORS)
				best[k] = best[k - 1];
		if (k < JR_MATCH_ANCHORS)
		{
			best[k] = sk;
			if (nbest < JR_MATCH_ANCHORS)
				nbest++;
		}
	}
	for (k = 0; k < JR_MATCH_ANCHORS; k++)
		anchors[k] = k < nbest ? best[k]->key : "";
}

/* Fill a jr_match_skill from a name, copying into the arena; false on OOM. */
static bool
make_skill(void **arena, const char *name, size_t len, jr_match_skill *out)
{
	jr_buf		buf;
	char	   *key;
	const char *trimmed;
	char	   *display;

	jr_buf_init(&buf);
	out->id = skill_key_append(name, len, &buf);
	if (buf.failed)
	{
		jr_buf_free(&buf);
		return false;
	}
	if (out->id >= 0)
	{
		jr_buf_free(&buf);
		out->key = jr_skill_name(out->id);
		out->display = out->key;
		return true;
	}
	key = arena_alloc(arena, buf.len + 1);
	trimmed = trim_blanks(name, &len);
	display = arena_alloc(arena, len + 1);
	if (key == NULL || display == NULL)
	{
		jr_buf_free(&buf);
		return false;
	}
	memcpy(key, buf.data ? buf.data : "", buf.len);
	key[buf.len] = '\0';
	memcpy(display, trimmed, len);
	display[len] = '\0';
	jr_buf_free(&buf);
	out->key = key;
	out->display = display;
	return true;
}

/* True when name (after trimming) is empty. */
static bool
blank_name(const char *name, size_t len)
{
	trim_blanks(name, &len);
	return len == 0;
}

/* ------------------------------------------------------------------------
 * JSON helpers
 * ------------------------------------------------------------------------ */

/*
 * Accessors of jr_jvalue, named after the Jansson calls they replace.
 */

/* True for a JSON object. */
static inline bool
jv_is_object(const jr_jvalue *v)
{
	return v->type == JR_JSON_OBJECT;
}

/* True for a JSON array. */
static inline bool
jv_is_array(const jr_jvalue *v)
{
	return v->type == JR_JSON_ARRAY;
}

/* True for a JSON string. */
static inline bool
jv_is_string(const jr_jvalue *v)
{
	return v->type == JR_JSON_STRING;
}

/* True for a JSON number. */
static inline bool
jv_is_number(const jr_jvalue *v)
{
	return v->type == JR_JSON_NUMBER;
}

/* True for a JSON boolean. */
static inline bool
jv_is_boolean(const jr_jvalue *v)
{
	return v->type == JR_JSON_BOOL;
}

/* True for JSON true. */
static inline bool
jv_true(const jr_jvalue *v)
{
	return v->type == JR_JSON_BOOL && v->boolean;
}

/* Elements of an array or members of an object (0 otherwise). */
static inline size_t
jv_size(const jr_jvalue *v)
{
	return (v->type == JR_JSON_ARRAY || v->type == JR_JSON_OBJECT) ? v->n : 0;
}

/* The i-th element (or member value). */
static inline const jr_jvalue *
jv_at(const jr_jvalue *v, size_t i)
{
	return &v->items[i];
}

/* A string value (not NUL-terminated). */
static inline const char *
jv_str(const jr_jvalue *v)
{
	return v->str;
}

/* Length of a string value in bytes. */
static inline size_t
jv_len(const jr_jvalue *v)
{
	return v->len;
}

/* A number value. */
static inline double
jv_num(const jr_jvalue *v)
{
	return v->number;
}

/* Length of a string value shown in an error message. */
#define SHOWN(v) ((int) ((v)->len < 80 ? (v)->len : 80))

/* Member key of obj (the last if repeated); JSON null counts as absent. */
static const jr_jvalue *
get_key(const jr_jvalue *obj, const char *key)
{
	size_t		klen = strlen(key);
	int			i;

	if (obj->type != JR_JSON_OBJECT)
		return NULL;
	for (i = obj->n - 1; i >= 0; i--)
		if (obj->keylens[i] == klen && memcmp(obj->keys[i], key, klen) == 0)
			return obj->items[i].type == JR_JSON_NULL ? NULL : &obj->items[i];
	return NULL;
}

/* Set when an allocation made by Jansson failed (single-threaded core). */
static bool json_alloc_failed = false;

/* Jansson's allocator: jr_alloc, remembering failures. */
static void *
json_alloc(size_t size)
{
	void	   *p = jr_alloc(size);

	if (p == NULL)
		json_alloc_failed = true;
	return p;
}

/*
 * Build the jr_jvalue tree of a Jansson value in the arena.  Strings point
 * into the Jansson value, which must outlive the tree.  False on OOM.
 */
static bool
jv_from_jansson(const json_t *j, jr_jvalue *out, void **arena)
{
	memset(out, 0, sizeof(*out));
	switch (json_typeof(j))
	{
		case JSON_OBJECT:
			{
				const char *key;
				json_t	   *val;
				size_t		n = json_object_size(j);
				int			i = 0;

				out->type = JR_JSON_OBJECT;
				out->items = arena_alloc(arena,
										 (n ? n : 1) * sizeof(jr_jvalue));
				out->keys = arena_alloc(arena, (n ? n : 1) * sizeof(char *));
				out->keylens = arena_alloc(arena, (n ? n : 1) * sizeof(size_t));
				if (!out->items || !out->keys || !out->keylens)
					return false;
				json_object_foreach((json_t *) j, key, val)
				{
					out->keys[i] = key;
					out->keylens[i] = strlen(key);
					if (!jv_from_jansson(val, &out->items[i], arena))
						return false;
					i++;
				}
				out->n = i;
				return true;
			}
		case JSON_ARRAY:
			{
				size_t		n = json_array_size(j);
				size_t		i;

				out->type = JR_JSON_ARRAY;
				out->items = arena_alloc(arena,
										 (n ? n : 1) * sizeof(jr_jvalue));
				if (!out->items)
					return false;
				for (i = 0; i < n; i++)
					if (!jv_from_jansson(json_array_get(j, i), &out->items[i],
										 arena))
						return false;
				out->n = (int) n;
				return true;
			}
		case JSON_STRING:
			out->type = JR_JSON_STRING;
			out->str = json_string_value(j);
			out->len = json_string_length(j);
			return true;
		case JSON_INTEGER:
		case JSON_REAL:
			out->type = JR_JSON_NUMBER;
			out->number = json_number_value(j);
			return true;
		case JSON_TRUE:
		case JSON_FALSE:
			out->type = JR_JSON_BOOL;
			out->boolean = json_is_true(j);
			return true;
		case JSON_NULL:
			out->type = JR_JSON_NULL;
			return true;
	}
	return true;
}

/*
 * Parse JSON text with Jansson into a jr_jvalue tree allocated in *arena;
 * *jansson receives the Jansson value the tree's strings point into (the
 * caller decrefs it after use).  what names the document in errors.
 */
static jr_status
load_json(const char *json, size_t len, const char *what, jr_jvalue **out,
		  json_t **jansson, void **arena, jr_error *err)
{
	json_error_t jerr;
	json_t	   *root;

	*out = NULL;
	*jansson = NULL;
	if (len > JR_MATCH_MAX_JSON)
	{
		jr_error_set(err, JR_ERR_LIMIT, 0, "%s document is too large", what);
		jr_error_detail(err, "The limit is %d bytes.", JR_MATCH_MAX_JSON);
		return JR_ERR_LIMIT;
	}
	json_set_alloc_funcs(json_alloc, jr_free);
	json_alloc_failed = false;
	root = json_loadb(json, len, JSON_DECODE_ANY | JSON_DECODE_INT_AS_REAL,
					  &jerr);
	if (root == NULL)
	{
		/* Jansson reports some allocation failures as syntax errors */
		if (json_alloc_failed ||
			json_error_code(&jerr) == json_error_out_of_memory)
			return jr_error_set(err, JR_ERR_NOMEM, 0, "out of memory");
		jr_error_set(err, JR_ERR_ARGUMENT, (size_t) jerr.position,
					 "%s is not valid JSON", what);
		jr_error_detail(err, "%s.", jerr.text);
		return JR_ERR_ARGUMENT;
	}
	*out = arena_alloc(arena, sizeof(jr_jvalue));
	if (*out == NULL || !jv_from_jansson(root, *out, arena))
	{
		json_decref(root);
		arena_free(arena);
		return jr_error_set(err, JR_ERR_NOMEM, 0, "out of memory");
	}
	*jansson = root;
	return JR_OK;
}

/* Report a key of the wrong type: "<what> key "<key>" must be <shape>". */
static jr_status
key_type_error(jr_error *err, const char *what, const char *key,
			   const char *shape)
{
	return jr_error_set(err, JR_ERR_ARGUMENT, 0,
						"%s key \"%s\" must be %s", what, key, shape);
}

/*
 * An amount for jr_salary_make: a JSON number as text rounded to the cent
 * (in buf), or a JSON string as it stands ("120000.50").
 */
static void
amount_text(const jr_jvalue *v, char *buf, size_t size, const char **text,
			size_t *len)
{
	if (jv_is_string(v))
	{
		*text = jv_str(v);
		*len = jv_len(v);
		return;
	}
	snprintf(buf, size, "%.2f", jv_num(v));
	*text = buf;
	*len = strlen(buf);
}

/*
 * Read a schema.org MonetaryAmount ({"currency", "value": number or
 * {"minValue", "maxValue", "value", "unitText"}, "unitText"?}) into a
 * salary.  Missing currency: USD; missing unitText: YEAR.
 */
static jr_status
read_monetary_amount(const jr_jvalue *obj, const char *what, const char *key,
					 jr_salary *out, jr_error *err)
{
	const jr_jvalue *cur = get_key(obj, "currency");
	const jr_jvalue *val = get_key(obj, "value");
	const jr_jvalue *unit = get_key(obj, "unitText");
	const jr_jvalue *minv = NULL;
	const jr_jvalue *maxv = NULL;
	const char *currency = "USD";
	size_t		currency_len = 3;
	const char *period = "YEAR";
	size_t		period_len = 4;
	char		mintext[64];
	char		maxtext[64];
	const char *minp = NULL;
	const char *maxp = NULL;
	size_t		minlen = 0;
	size_t		maxlen = 0;
	jr_error	inner;

	if (cur != NULL)
	{
		if (!jv_is_string(cur))
			return key_type_error(err, what, key,
								  "a MonetaryAmount whose currency is a string");
		currency = jv_str(cur);
		currency_len = jv_len(cur);
	}
	if (val != NULL && jv_is_number(val))
		minv = maxv = val;
	else if (val != NULL && jv_is_object(val))
	{
		const jr_jvalue *point = get_key(val, "value");
		const jr_jvalue *vunit = get_key(val, "unitText");

		minv = get_key(val, "minValue");
		maxv = get_key(val, "maxValue");
		if (minv == NULL && maxv == NULL && point != NULL)
			minv = maxv = point;
		if (vunit != NULL)
			unit = vunit;
	}
	else
		return key_type_error(err, what, key,
							  "a MonetaryAmount with a value or minValue/maxValue");
	if ((minv == NULL && maxv == NULL) ||
		(minv != NULL && !jv_is_number(minv) && !jv_is_string(minv)) ||
		(maxv != NULL && !jv_is_number(maxv) && !jv_is_string(maxv)))
		return key_type_error(err, what, key,
							  "a MonetaryAmount with numeric minValue/maxValue");
	if (unit != NULL)
	{
		if (!jv_is_string(unit))
			return key_type_error(err, what, key,
								  "a MonetaryAmount whose unitText is a string");
		period = jv_str(unit);
		period_len = jv_len(unit);
	}
	if (minv != NULL)
		amount_text(minv, mintext, sizeof(mintext), &minp, &minlen);
	if (maxv != NULL)
		amount_text(maxv, maxtext, sizeof(maxtext), &maxp, &maxlen);
	jr_error_clear(&inner);
	if (jr_salary_make(minp, minlen, maxp, maxlen,
					   currency, currency_len, period, period_len,
					   out, &inner) != JR_OK)
	{
		if (inner.code == JR_ERR_NOMEM)
			return jr_error_set(err, JR_ERR_NOMEM, 0, "out of memory");
		jr_error_set(err, JR_ERR_ARGUMENT, 0,
					 "%s key \"%s\" is not a valid salary", what, key);
		jr_error_detail(err, "%s", inner.message);
		return JR_ERR_ARGUMENT;
	}
	return JR_OK;
}

/* Read a salary given as a literal string or a MonetaryAmount object. */
static jr_status
read_salary(const jr_jvalue *v, const char *what, const char *key,
			jr_salary *out, jr_error *err)
{
	if (jv_is_string(v))
	{
		jr_error	inner;
		const char *s = jv_str(v);
		size_t		len = jv_len(v);

		jr_error_clear(&inner);
		if (jr_salary_parse_literal(s, len, out, &inner) == JR_OK)
			return JR_OK;
		if (inner.code == JR_ERR_NOMEM)
			return jr_error_set(err, JR_ERR_NOMEM, 0, "out of memory");
		jr_error_set(err, JR_ERR_ARGUMENT, 0,
					 "%s key \"%s\" is not a salary: \"%.*s\"", what, key,
					 SHOWN(v), s);
		jr_error_detail(err, "%s", inner.detail[0] ? inner.detail
						: inner.message);
		return JR_ERR_ARGUMENT;
	}
	if (jv_is_object(v))
		return read_monetary_amount(v, what, key, out, err);
	return key_type_error(err, what, key,
						  "a salary literal string or a MonetaryAmount object");
}

/* Parse a workplace type name into its bit; 0 when unknown. */
static unsigned
workplace_parse(const char *s, size_t len)
{
	if (word_eq(s, len, "onsite") || word_eq(s, len, "on-site") ||
		word_eq(s, len, "on site"))
		return JR_WP_ONSITE;
	if (word_eq(s, len, "hybrid"))
		return JR_WP_HYBRID;
	if (word_eq(s, len, "remote") || word_eq(s, len, "telecommute"))
		return JR_WP_REMOTE;
	return 0;
}

/* Name of one workplace bit. */
static const char *
workplace_name(unsigned bit)
{
	switch (bit)
	{
		case JR_WP_ONSITE:
			return "onsite";
		case JR_WP_HYBRID:
			return "hybrid";
		case JR_WP_REMOTE:
			return "remote";
	}
	return "unknown";
}

/* ------------------------------------------------------------------------
 * Candidate profile
 * ------------------------------------------------------------------------ */

#define CAND "candidate"

/* Read a candidate's "skills" array. */
static jr_status
read_candidate_skills(const jr_jvalue *arr, jr_candidate *out, jr_error *err)
{
	size_t		i;
	size_t		n;
	int			k = 0;

	if (!jv_is_array(arr))
		return key_type_error(err, CAND, "skills", "an array of strings");
	n = jv_size(arr);
	for (i = 0; i < n; i++)
		if (!jv_is_string(jv_at(arr, i)))
			return key_type_error(err, CAND, "skills", "an array of strings");
	if (n > (size_t) INT32_MAX / 2)
		return jr_error_set(err, JR_ERR_LIMIT, 0,
							"candidate has too many skills");
	out->skills = arena_alloc(&out->arena,
							  (n ? n : 1) * sizeof(jr_match_skill));
	if (out->skills == NULL)
		return jr_error_set(err, JR_ERR_NOMEM, 0, "out of memory");
	for (i = 0; i < n; i++)
	{
		const jr_jvalue *s = jv_at(arr, i);
		const char *name = jv_str(s);
		size_t		len = jv_len(s);

		if ((i & 255) == 255 && jr_interrupted())
			return jr_error_set(err, JR_ERR_CANCELED, 0, "canceled");
		if (blank_name(name, len))
			continue;
		if (!make_skill(&out->arena, name, len, &out->skills[k]))
			return jr_error_set(err, JR_ERR_NOMEM, 0, "out of memory");
		k++;
	}
	out->nskills = k;
	out->has_skills = true;
	return JR_OK;
}

/* qsort/bsearch order of C string pointers. */
static int
cstr_ptr_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *) a, *(const char *const *) b);
}

/*
 * The closure of the candidate's skills: a bit for each taxonomy skill the
 * candidate has or has a descendant of, and the sorted keys of names
 * outside the taxonomy.  Linear in the skills (plus the sort).
 */
static jr_status
build_candidate_closure(jr_candidate *cand, jr_error *err)
{
	int			n = jr_skill_count();
	int			i;

	cand->closure = arena_alloc(&cand->arena, (size_t) n / 8 + 1);
	cand->unknown = arena_alloc(&cand->arena,
								(cand->nskills ? cand->nskills : 1) *
								sizeof(char *));
	if (cand->closure == NULL || cand->unknown == NULL)
		return jr_error_set(err, JR_ERR_NOMEM, 0, "out of memory");
	memset(cand->closure, 0, (size_t) n / 8 + 1);
	for (i = 0; i < cand->nskills; i++)
	{
		int			id = cand->skills[i].id;
		int			depth = 0;

		if ((i & 1023) == 1023 && jr_interrupted())
			return jr_error_set(err, JR_ERR_CANCELED, 0, "canceled");
		if (id < 0)
		{
			cand->unknown[cand->nunknown++] = cand->skills[i].key;
			continue;
		}
		/* a set bit means its ancestors are set too */
		for (; id >= 0 && id < n && depth < 64 &&
			 !(cand->closure[id >> 3] & (1 << (id & 7)));
			 id = jr_skill_parent(id), depth++)
			cand->closure[id >> 3] |= (uint8_t) (1 << (id & 7));
	}
	if (cand->nunknown > 1)
		qsort(cand->unknown, cand->nunknown, sizeof(char *), cstr_ptr_cmp);
	return JR_OK;
}

/* Read a candidate profile from a JSON value (see jr_match.h). */
jr_status
jr_candidate_from_value(const jr_jvalue *root, jr_candidate *out,
						jr_error *err)
{
	const jr_jvalue *v;
	jr_status	st;

	memset(out, 0, sizeof(*out));
	if (!jv_is_object(root))
		return jr_error_set(err, JR_ERR_ARGUMENT, 0,
							"candidate must be a JSON object");

	if ((v = get_key(root, "skills")) != NULL &&
		(st = read_candidate_skills(v, out, err)) != JR_OK)
		goto fail;

	if ((v = get_key(root, "yearsOfExperience")) != NULL)
	{
		if (!jv_is_number(v))
		{
			st = key_type_error(err, CAND, "yearsOfExperience", "a number");
			goto fail;
		}
		out->years = jv_num(v);
		/* months (years * 12) must stay finite too: the report prints them */
		if (!isfinite(out->years) || !isfinite(out->years * 12.0))
		{
			st = jr_error_set(err, JR_ERR_ARGUMENT, 0,
							  "candidate key \"yearsOfExperience\" is out of range");
			goto fail;
		}
		if (out->years < 0)
		{
			st = jr_error_set(err, JR_ERR_ARGUMENT, 0,
							  "candidate key \"yearsOfExperience\" must not be negative");
			jr_error_detail(err, "Got %g.", out->years);
			goto fail;
		}
		out->has_years = true;
	}

	if ((v = get_key(root, "educationalLevel")) != NULL)
	{
		int			level;

		if (!jv_is_string(v))
		{
			st = key_type_error(err, CAND, "educationalLevel", "a string");
			goto fail;
		}
		level = jr_match_level_parse(jv_str(v), jv_len(v));
		if (level < 0)
		{
			st = jr_error_set(err, JR_ERR_ARGUMENT, 0,
							  "candidate key \"educationalLevel\" has an unknown value: \"%.*s\"",
							  SHOWN(v), jv_str(v));
			jr_error_detail(err, "Use one of none, high_school, associate, "
							"bachelor, master, doctorate.");
			goto fail;
		}
		out->education = (jr_match_level) level;
		out->has_education = true;
	}

	if ((v = get_key(root, "workplaceTypes")) != NULL)
	{
		size_t		i;

		if (!jv_is_array(v))
		{
			st = key_type_error(err, CAND, "workplaceTypes",
								"an array of strings");
			goto fail;
		}
		for (i = 0; i < jv_size(v); i++)
		{
			const jr_jvalue *e = jv_at(v, i);
			unsigned	bit;

			if (!jv_is_string(e))
			{
				st = key_type_error(err, CAND, "workplaceTypes",
									"an array of strings");
				goto fail;
			}
			bit = workplace_parse(jv_str(e), jv_len(e));
			if (bit == 0)
			{
				st = jr_error_set(err, JR_ERR_ARGUMENT, 0,
								  "candidate key \"workplaceTypes\" has an unknown value: \"%.*s\"",
								  SHOWN(e), jv_str(e));
				jr_error_detail(err, "Use onsite, hybrid or remote.");
				goto fail;
			}
			out->workplaces |= bit;
		}
	}

	if ((v = get_key(root, "salaryExpectation")) != NULL)
	{
		st = read_salary(v, CAND, "salaryExpectation", &out->salary, err);
		if (st != JR_OK)
			goto fail;
		out->has_salary = true;
	}

	if ((st = build_candidate_closure(out, err)) != JR_OK)
		goto fail;
	return JR_OK;

fail:
	jr_candidate_free(out);
	return st;
}

/* Read a candidate profile from JSON text (see jr_match.h). */
jr_status
jr_candidate_read(const char *json, size_t len, jr_candidate *out,
				  jr_error *err)
{
	void	   *arena = NULL;
	jr_jvalue  *root;
	json_t	   *jansson;
	jr_status	st;

	memset(out, 0, sizeof(*out));
	st = load_json(json, len, CAND, &root, &jansson, &arena, err);
	if (st != JR_OK)
		return st;
	st = jr_candidate_from_value(root, out, err);
	json_decref(jansson);
	arena_free(&arena);
	return st;
}

/* Release what jr_candidate_read allocated. */
void
jr_candidate_free(jr_candidate *cand)
{
	arena_free(&cand->arena);
	memset(cand, 0, sizeof(*cand));
}

/* ------------------------------------------------------------------------
 * Posting requirements
 * ------------------------------------------------------------------------ */

#define POST "posting"

/* True when v is the string "no requirements" (case-insensitive). */
static bool
is_no_requirements(const jr_jvalue *v)
{
	return jv_is_string(v) &&
		word_eq(jv_str(v), jv_len(v),
				"no requirements");
}

/* Read a non-negative number of months at key name of obj. */
static jr_status
read_months(const jr_jvalue *obj, const char *name, const char *path,
			bool *present, double *out, jr_error *err)
{
	const jr_jvalue *v = get_key(obj, name);

	*present = false;
	if (v == NULL)
		return JR_OK;
	if (!jv_is_number(v) || jv_num(v) < 0)
		return key_type_error(err, POST, path, "a non-negative number");
	*present = true;
	*out = jv_num(v);
	return JR_OK;
}

/* Read experienceRequirements. */
static jr_status
read_experience(const jr_jvalue *v, jr_posting_reqs *out, jr_error *err)
{
	const char *key = "experienceRequirements";
	const jr_jvalue *alts;
	jr_status	st;
	bool		present;

	if (is_no_requirements(v))
	{
		out->experience = JR_MATCH_NO_REQUIREMENTS;
		return JR_OK;
	}
	if (!jv_is_object(v))
		return key_type_error(err, POST, key,
							  "an object or \"no requirements\"");
	st = read_months(v, "monthsOfExperience",
					 "experienceRequirements.monthsOfExperience",
					 &out->has_main_path, &out->main_months, err);
	if (st != JR_OK)
		return st;
	st = read_months(v, "maxMonthsOfExperience",
					 "experienceRequirements.maxMonthsOfExperience",
					 &out->has_max_months, &out->max_months, err);
	if (st != JR_OK)
		return st;
	if ((alts = get_key(v, "alternatives")) != NULL)
	{
		size_t		i;
		size_t		n;

		if (!jv_is_array(alts))
			return key_type_error(err, POST,
								  "experienceRequirements.alternatives",
								  "an array of objects");
		n = jv_size(alts);
		out->alternatives = arena_alloc(&out->arena,
										(n ? n : 1) * sizeof(jr_match_path));
		if (out->alternatives == NULL)
			return jr_error_set(err, JR_ERR_NOMEM, 0, "out of memory");
		for (i = 0; i < n; i++)
		{
			const jr_jvalue *a = jv_at(alts, i);
			const jr_jvalue *lv;
			jr_match_path *p = &out->alternatives[out->nalternatives];

			if (!jv_is_object(a))
				return key_type_error(err, POST,
									  "experienceRequirements.alternatives",
									  "an array of objects");
			st = read_months(a, "monthsOfExperience",
							 "experienceRequirements.alternatives.monthsOfExperience",
							 &present, &p->months, err);
			if (st != JR_OK)
				return st;
			if (!present)
				p->months = 0;
			p->level = -1;
			if ((lv = get_key(a, "educationalLevel")) != NULL)
			{
				if (!jv_is_string(lv) ||
					(p->level = jr_match_level_parse(jv_str(lv),
												   jv_len(lv))) < 0)
					return key_type_error(err, POST,
										  "experienceRequirements.alternatives.educationalLevel",
										  "one of high_school, associate, bachelor, master, doctorate");
			}
			out->nalternatives++;
		}
	}
	out->experience = (out->has_main_path || out->nalternatives > 0)
		? JR_MATCH_STATED : JR_MATCH_UNSTATED;
	return JR_OK;
}

/* Read one educationRequirements entry into the running minimum. */
static jr_status
read_education_entry(const jr_jvalue *e, jr_posting_reqs *out, jr_error *err)
{
	const char *key = "educationRequirements";
	const jr_jvalue *lv;
	const jr_jvalue *req;
	bool		required = true;
	int			level;

	if (!jv_is_object(e))
		return key_type_error(err, POST, key,
							  "an array of objects or \"no requirements\"");
	if ((req = get_key(e, "required")) != NULL)
	{
		if (!jv_is_boolean(req))
			return key_type_error(err, POST, "educationRequirements.required",
								  "a boolean");
		required = jv_true(req);
	}
	if ((lv = get_key(e, "educationalLevel")) == NULL)
		return JR_OK;			/* a credential without a level: not ranked */
	if (!jv_is_string(lv) ||
		(level = jr_match_level_parse(jv_str(lv),
									jv_len(lv))) < 0)
		return key_type_error(err, POST,
							  "educationRequirements.educationalLevel",
							  "one of high_school, associate, bachelor, master, doctorate");
	if (required && (out->education_level < 0 || level < out->education_level))
		out->education_level = level;
	return JR_OK;
}

/* Read educationRequirements. */
static jr_status
read_education(const jr_jvalue *v, jr_posting_reqs *out, jr_error *err)
{
	jr_status	st;

	if (is_no_requirements(v))
	{
		out->education = JR_MATCH_NO_REQUIREMENTS;
		return JR_OK;
	}
	if (jv_is_object(v))
		st = read_education_entry(v, out, err);
	else if (jv_is_array(v))
	{
		size_t		i;

		st = JR_OK;
		for (i = 0; i < jv_size(v) && st == JR_OK; i++)
			st = read_education_entry(jv_at(v, i), out, err);
	}
	else
		return key_type_error(err, POST, "educationRequirements",
							  "an array of objects or \"no requirements\"");
	if (st != JR_OK)
		return st;
	out->education = JR_MATCH_STATED;
	return JR_OK;
}

/* A posting skill item before grouping. */
typedef struct raw_skill
{
	const char *name;
	size_t		len;
	bool		required;
	bool		grouped;
	double		group;
	int			pos;			/* position among the items */
} raw_skill;

/* A unit before ordering: a run of sorted raw items. */
typedef struct raw_unit
{
	int			pos;			/* position of its first item */
	int			start;			/* first item in the sorted raw array */
	int			count;
} raw_unit;

/*
 * qsort order of raw items: lone skills by position; grouped ones gathered
 * by (required, group number), members by position.
 */
static int
raw_skill_cmp(const void *pa, const void *pb)
{
	const raw_skill *a = pa;
	const raw_skill *b = pb;

	if (a->grouped != b->grouped)
		return a->grouped ? 1 : -1;
	if (a->grouped)
	{
		if (a->required != b->required)
			return a->required ? -1 : 1;
		if (a->group != b->group)
			return a->group < b->group ? -1 : 1;
	}
	return (a->pos > b->pos) - (a->pos < b->pos);
}

/* qsort order of units: by the position of their first item. */
static int
raw_unit_cmp(const void *pa, const void *pb)
{
	const raw_unit *a = pa;
	const raw_unit *b = pb;

	return (a->pos > b->pos) - (a->pos < b->pos);
}

/* Read the skills array and group it into units. */
static jr_status
read_skills(const jr_jvalue *arr, jr_posting_reqs *out, jr_error *err)
{
	size_t		n;
	size_t		i;
	raw_skill  *raw;
	raw_unit   *units;
	int			nraw = 0;
	int			nunits = 0;
	int			k = 0;
	bool		sorted;

	if (!jv_is_array(arr))
		return key_type_error(err, POST, "skills", "an array of objects");
	n = jv_size(arr);
	if (n > (size_t) INT32_MAX / 2)
		return jr_error_set(err, JR_ERR_LIMIT, 0,
							"posting has too many skills");
	raw = arena_alloc(&out->arena, (n ? n : 1) * sizeof(raw_skill));
	out->skills = arena_alloc(&out->arena,
							  (n ? n : 1) * sizeof(jr_match_skill));
	out->units = arena_alloc(&out->arena, (n ? n : 1) * sizeof(jr_match_unit));
	if (raw == NULL || out->skills == NULL || out->units == NULL)
		return jr_error_set(err, JR_ERR_NOMEM, 0, "out of memory");

	for (i = 0; i < n; i++)
	{
		const jr_jvalue *e = jv_at(arr, i);
		const jr_jvalue *name = e;
		raw_skill  *r = &raw[nraw];

		if ((i & 1023) == 1023 && jr_interrupted())
			return jr_error_set(err, JR_ERR_CANCELED, 0, "canceled");
		r->required = true;
		r->grouped = false;
		r->group = 0;
		r->pos = nraw;
		if (jv_is_object(e))
		{
			const jr_jvalue *req = get_key(e, "required");
			const jr_jvalue *grp = get_key(e, "group");

			name = get_key(e, "name");
			if (name == NULL || !jv_is_string(name))
				return key_type_error(err, POST, "skills.name", "a string");
			if (req != NULL)
			{
				if (!jv_is_boolean(req))
					return key_type_error(err, POST, "skills.required",
										  "a boolean");
				r->required = jv_true(req);
			}
			if (grp != NULL)
			{
				if (!jv_is_number(grp))
					return key_type_error(err, POST, "skills.group",
										  "a number");
				r->grouped = true;
				r->group = jv_num(grp);
			}
		}
		else if (!jv_is_string(e))
			return key_type_error(err, POST, "skills",
								  "an array of objects or strings");
		r->name = jv_str(name);
		r->len = jv_len(name);
		if (!blank_name(r->name, r->len))
			nraw++;
	}

	/*
	 * Units in first-seen order, group members gathered after their first:
	 * sort the items so each group is a run, then order the runs.  n log n,
	 * whatever the number of groups.
	 */
	for (i = 0; i < (size_t) nraw && !raw[i].grouped; i++)
		;
	sorted = i < (size_t) nraw; /* no groups (the usual case): no sorting */
	if (sorted)
		qsort(raw, nraw, sizeof(raw_skill), raw_skill_cmp);
	units = arena_alloc(&out->arena, (nraw ? nraw : 1) * sizeof(raw_unit));
	if (units == NULL)
		return jr_error_set(err, JR_ERR_NOMEM, 0, "out of memory");
	for (i = 0; i < (size_t) nraw; i++)
	{
		raw_unit   *last = nunits > 0 ? &units[nunits - 1] : NULL;

		if (last != NULL && raw[i].grouped && raw[last->start].grouped &&
			raw[i].required == raw[last->start].required &&
			raw[i].group == raw[last->start].group)
		{
			last->count++;
			continue;
		}
		units[nunits].pos = raw[i].pos;
		units[nunits].start = (int) i;
		units[nunits].count = 1;
		nunits++;
	}
	if (sorted)
		qsort(units, nunits, sizeof(raw_unit), raw_unit_cmp);
	for (i = 0; i < (size_t) nunits; i++)
	{
		jr_match_unit *u = &out->units[i];
		const raw_skill *r0 = &raw[units[i].start];
		int			m;

		u->first = k;
		u->count = units[i].count;
		u->required = r0->required;
		u->group = r0->grouped ? r0->group : NAN;
		for (m = 0; m < units[i].count; m++)
		{
			const raw_skill *r = &raw[units[i].start + m];

			if ((k & 1023) == 1023 && jr_interrupted())
				return jr_error_set(err, JR_ERR_CANCELED, 0, "canceled");
			if (!make_skill(&out->arena, r->name, r->len, &out->skills[k]))
				return jr_error_set(err, JR_ERR_NOMEM, 0, "out of memory");
			k++;
		}
	}
	out->nunits = nunits;
	out->nskills = k;
	return JR_OK;
}

/* Read the workplace and the salary (jobreq object, top-level keys). */
static jr_status
read_workplace_salary(const jr_jvalue *root, jr_posting_reqs *out,
					  jr_error *err)
{
	const jr_jvalue *jobreq = get_key(root, "jobreq");
	const jr_jvalue *wt = NULL;
	const jr_jvalue *sr = NULL;
	const jr_jvalue *v;
	jr_status	st;

	if (jobreq != NULL)
	{
		if (!jv_is_object(jobreq))
			return key_type_error(err, POST, "jobreq", "an object");
		wt = get_key(jobreq, "workplaceType");
		sr = get_key(jobreq, "salaryRange");
	}
	if (wt != NULL)
	{
		if (!jv_is_string(wt) ||
			(out->workplace = workplace_parse(jv_str(wt),
											  jv_len(wt))) == 0)
			return key_type_error(err, POST, "jobreq.workplaceType",
								  "one of onsite, hybrid, remote");
	}
	else if ((v = get_key(root, "jobLocationType")) != NULL)
	{
		if (!jv_is_string(v))
			return key_type_error(err, POST, "jobLocationType", "a string");
		if (word_eq(jv_str(v), jv_len(v),
					"TELECOMMUTE"))
			out->workplace = JR_WP_REMOTE;
	}

	/* baseSalary first, as posting_salary() reads it (the index recipe) */
	if ((v = get_key(root, "baseSalary")) != NULL)
	{
		st = read_salary(v, POST, "baseSalary", &out->salary, err);
		if (st != JR_OK)
			return st;
		out->has_salary = true;
	}
	else if (sr != NULL)
	{
		if (!jv_is_string(sr))
			return key_type_error(err, POST, "jobreq.salaryRange",
								  "a salary literal string");
		st = read_salary(sr, POST, "jobreq.salaryRange", &out->salary, err);
		if (st != JR_OK)
			return st;
		out->has_salary = true;
	}
	return JR_OK;
}

/* Read the requirements of a posting from a JSON value (see jr_match.h). */
jr_status
jr_posting_reqs_from_value(const jr_jvalue *root, jr_posting_reqs *out,
						   jr_error *err)
{
	const jr_jvalue *v;
	jr_status	st;

	memset(out, 0, sizeof(*out));
	out->education_level = -1;
	if (!jv_is_object(root))
		return jr_error_set(err, JR_ERR_ARGUMENT, 0,
							"posting must be a JSON object");

	if ((v = get_key(root, "experienceRequirements")) != NULL &&
		(st = read_experience(v, out, err)) != JR_OK)
		goto fail;
	if ((v = get_key(root, "educationRequirements")) != NULL &&
		(st = read_education(v, out, err)) != JR_OK)
		goto fail;
	if ((v = get_key(root, "experienceInPlaceOfEducation")) != NULL)
	{
		if (!jv_is_boolean(v))
		{
			st = key_type_error(err, POST, "experienceInPlaceOfEducation",
								"a boolean");
			goto fail;
		}
		out->experience_in_place_of_education = jv_true(v);
	}
	if ((v = get_key(root, "skills")) != NULL &&
		(st = read_skills(v, out, err)) != JR_OK)
		goto fail;
	if ((st = read_workplace_salary(root, out, err)) != JR_OK)
		goto fail;

	return JR_OK;

fail:
	jr_posting_reqs_free(out);
	return st;
}

/* Read the requirements of a posting from JSON text (see jr_match.h). */
jr_status
jr_posting_reqs_read(const char *json, size_t len, jr_posting_reqs *out,
					 jr_error *err)
{
	void	   *arena = NULL;
	jr_jvalue  *root;
	json_t	   *jansson;
	jr_status	st;

	memset(out, 0, sizeof(*out));
	out->education_level = -1;
	st = load_json(json, len, POST, &root, &jansson, &arena, err);
	if (st != JR_OK)
		return st;
	st = jr_posting_reqs_from_value(root, out, err);
	json_decref(jansson);
	arena_free(&arena);
	return st;
}

/* Release what jr_posting_reqs_read allocated. */
void
jr_posting_reqs_free(jr_posting_reqs *reqs)
{
	arena_free(&reqs->arena);
	memset(reqs, 0, sizeof(*reqs));
	reqs->education_level = -1;
}

/* ------------------------------------------------------------------------
 * Evaluation
 * ------------------------------------------------------------------------ */

/*
 * True when some candidate skill covers the wanted skill: the wanted skill
 * is in the closure of the candidate's skills (the same as asking
 * jr_skill_covers of every candidate skill), or, outside the taxonomy, has
 * the key of one of the candidate's names.
 */
static bool
skill_covered(const jr_candidate *cand, const jr_match_skill *want)
{
	if (want->id >= 0)
		return cand->closure != NULL && want->id < jr_skill_count() &&
			(cand->closure[want->id >> 3] & (1 << (want->id & 7))) != 0;
	return cand->nunknown > 0 &&
		bsearch(&want->key, cand->unknown, cand->nunknown, sizeof(char *),
				cstr_ptr_cmp) != NULL;
}

/* True when some member of a unit is covered. */
static bool
unit_covered(const jr_candidate *cand, const jr_posting_reqs *reqs,
			 const jr_match_unit *u)
{
	int			i;

	for (i = 0; i < u->count; i++)
		if (skill_covered(cand, &reqs->skills[u->first + i]))
			return true;
	return false;
}

/* Candidate's education level; NONE when unstated. */
static int
candidate_level(const jr_candidate *cand)
{
	return cand->has_education ? (int) cand->education : JR_MATCH_EDU_NONE;
}

/*
 * Experience: met on any eligible path.  *floor_months receives the fewest
 * months among the paths the candidate is eligible for (the experience the
 * candidate needed), or 0 when the posting states none.
 */
static jr_met
eval_experience(const jr_candidate *cand, const jr_posting_reqs *reqs,
				double *credit, double *floor_months)
{
	double		months = cand->has_years ? cand->years * 12.0 : 0.0;
	int			level = candidate_level(cand);
	bool		met = false;
	double		best = 0.0;
	int			i;

	*credit = 1.0;
	*floor_months = 0.0;
	if (reqs->experience != JR_MATCH_STATED)
		return reqs->experience == JR_MATCH_NO_REQUIREMENTS
			? JR_MET_YES : JR_MET_UNKNOWN;

	*floor_months = INFINITY;
	for (i = -1; i < reqs->nalternatives; i++)
	{
		double		need;

		if (i < 0)
		{
			/* with alternatives, monthsOfExperience is only their minimum */
			if (!reqs->has_main_path || reqs->nalternatives > 0)
				continue;
			need = reqs->main_months;
		}
		else
		{
			if (reqs->alternatives[i].level > level)
				continue;
			need = reqs->alternatives[i].months;
		}
		if (need < *floor_months)
			*floor_months = need;
		if (months >= need)
			met = true;
		else if (months / need > best)
			best = months / need;
	}
	if (!isfinite(*floor_months))
	{
		/* only degree-conditioned paths, none open to this candidate */
		*floor_months = 0.0;
		*credit = 0.0;
		return JR_MET_NO;
	}
	*credit = met ? 1.0 : best;
	return met ? JR_MET_YES : JR_MET_NO;
}

/* Education, with experience standing in when the posting allows it. */
static jr_met
eval_education(const jr_candidate *cand, const jr_posting_reqs *reqs,
			   jr_met experience, double floor_months, double *credit,
			   bool *by_experience)
{
	int			level = candidate_level(cand);
	int			need = reqs->education_level;

	*credit = 1.0;
	*by_experience = false;
	if (reqs->education == JR_MATCH_NO_REQUIREMENTS)
		return JR_MET_YES;
	if (reqs->education == JR_MATCH_UNSTATED || need < 0)
		return JR_MET_UNKNOWN;
	if (level >= need)
		return JR_MET_YES;
	if (reqs->experience_in_place_of_education && experience != JR_MET_NO &&
		cand->has_years)
	{
		double		surplus = cand->years - floor_months / 12.0;

		if (surplus >= (double) JR_MATCH_YEARS_PER_LEVEL * (need - level))
		{
			*by_experience = true;
			return JR_MET_YES;
		}
	}
	*credit = (double) level / (double) need;
	return JR_MET_NO;
}

/* Evaluate every check and the score. */
void
jr_match_evaluate(const jr_candidate *cand, const jr_posting_reqs *reqs,
				  jr_match_result *res)
{
	double		floor_months;
	double		weighted;
	double		wp_credit;
	double		sal_credit;
	int			i;

	memset(res, 0, sizeof(*res));
	res->experience = eval_experience(cand, reqs, &res->experience_credit,
									  &floor_months);
	res->education = eval_education(cand, reqs, res->experience, floor_months,
									&res->education_credit,
									&res->education_by_experience);

	for (i = 0; i < reqs->nunits; i++)
	{
		const jr_match_unit *u = &reqs->units[i];
		bool		covered = unit_covered(cand, reqs, u);

		if (u->required)
		{
			res->required_units++;
			res->required_covered += covered;
		}
		else
		{
			res->preferred_units++;
			res->preferred_covered += covered;
		}
	}
	res->skill_coverage = res->required_units == 0 ? 1.0
		: (double) res->required_covered / res->required_units;
	res->preferred_coverage = res->preferred_units == 0 ? 1.0
		: (double) res->preferred_covered / res->preferred_units;
	res->skills = res->required_units == 0 ? JR_MET_UNKNOWN
		: (res->required_covered == res->required_units ? JR_MET_YES
		   : JR_MET_NO);

	if (reqs->workplace == 0 || cand->workplaces == 0)
		res->workplace = JR_MET_UNKNOWN;
	else
		res->workplace = (cand->workplaces & reqs->workplace)
			? JR_MET_YES : JR_MET_NO;

	if (!reqs->has_salary || !cand->has_salary ||
		memcmp(reqs->salary.currency, cand->salary.currency, 3) != 0)
		res->salary = JR_MET_UNKNOWN;
	else
		res->salary = jr_salary_overlaps(&cand->salary, &reqs->salary)
			? JR_MET_YES : JR_MET_NO;

	res->meets = res->experience != JR_MET_NO &&
		res->education != JR_MET_NO &&
		res->skills != JR_MET_NO &&
		res->workplace != JR_MET_NO &&
		res->salary != JR_MET_NO;

	wp_credit = res->workplace == JR_MET_NO ? 0.0 : 1.0;
	sal_credit = res->salary == JR_MET_NO ? 0.0 : 1.0;
	weighted = JR_MATCH_W_REQUIRED_SKILLS * res->skill_coverage +
		JR_MATCH_W_PREFERRED_SKILLS * res->preferred_coverage +
		JR_MATCH_W_EXPERIENCE * res->experience_credit +
		JR_MATCH_W_EDUCATION * res->education_credit +
		JR_MATCH_W_WORKPLACE * wp_credit +
		JR_MATCH_W_SALARY * sal_credit;
	if (weighted > 1.0)
		weighted = 1.0;
	if (weighted < 0.0)
		weighted = 0.0;

	/*
	 * A candidate who meets every hard requirement scores in [0.5, 1]; one
	 * who fails any scores in [0, 0.5).  A failed check always contributes
	 * less than its full weight, so weighted < 1 and the halves never meet.
	 */
	res->score = res->meets ? 0.5 + 0.5 * weighted : 0.5 * weighted;
	if (!res->meets && res->score >= 0.5)
		res->score = nextafter(0.5, 0.0);
}

/* ------------------------------------------------------------------------
 * Report
 * ------------------------------------------------------------------------ */

/* Append a number in JSON (shortest of %.15g). */
static void
put_number(jr_buf *out, double v)
{
	jr_buf_printf(out, "%.15g", v);
}

/* Append a C string as a JSON string. */
static void
put_string(jr_buf *out, const char *s)
{
	jr_buf_json_string(out, s, strlen(s));
}

/* Append a check's met value. */
static void
put_met(jr_buf *out, jr_met met)
{
	jr_buf_puts(out, met == JR_MET_UNKNOWN ? "null"
				: (met == JR_MET_YES ? "true" : "false"));
}

/* Append a unit as text: a skill, or its members joined by " or ". */
static void
put_unit(jr_buf *out, const jr_posting_reqs *reqs, const jr_match_unit *u)
{
	jr_buf		tmp;
	int			i;

	jr_buf_init(&tmp);
	for (i = 0; i < u->count; i++)
	{
		if (i > 0)
			jr_buf_puts(&tmp, " or ");
		jr_buf_puts(&tmp, reqs->skills[u->first + i].display);
	}
	if (tmp.failed)
		out->failed = true;
	jr_buf_json_string(out, tmp.data ? tmp.data : "", tmp.len);
	jr_buf_free(&tmp);
}

/* Append the salary literal as a JSON string. */
static void
put_salary(jr_buf *out, const jr_salary *sal)
{
	jr_buf		tmp;

	jr_buf_init(&tmp);
	jr_salary_format(sal, &tmp);
	if (tmp.failed)
		out->failed = true;
	jr_buf_json_string(out, tmp.data ? tmp.data : "", tmp.len);
	jr_buf_free(&tmp);
}

/* The experience check. */
static void
report_experience(jr_buf *out, const jr_candidate *cand,
				  const jr_posting_reqs *reqs, const jr_match_result *res)
{
	int			i;

	jr_buf_puts(out, "{\"check\": \"experience\", \"met\": ");
	put_met(out, res->experience);
	jr_buf_puts(out, ", \"required\": ");
	if (reqs->experience == JR_MATCH_UNSTATED)
		jr_buf_puts(out, "null");
	else if (reqs->experience == JR_MATCH_NO_REQUIREMENTS)
		jr_buf_puts(out, "\"no requirements\"");
	else
	{
		const char *sep = "";

		jr_buf_putc(out, '{');
		if (reqs->has_main_path)
		{
			jr_buf_puts(out, "\"monthsOfExperience\": ");
			put_number(out, reqs->main_months);
			sep = ", ";
		}
		if (reqs->has_max_months)
		{
			jr_buf_printf(out, "%s\"maxMonthsOfExperience\": ", sep);
			put_number(out, reqs->max_months);
			sep = ", ";
		}
		if (reqs->nalternatives > 0)
		{
			jr_buf_printf(out, "%s\"alternatives\": [", sep);
			for (i = 0; i < reqs->nalternatives; i++)
			{
				const jr_match_path *p = &reqs->alternatives[i];

				jr_buf_puts(out, i > 0 ? ", {" : "{");
				jr_buf_puts(out, "\"monthsOfExperience\": ");
				put_number(out, p->months);
				if (p->level >= 0)
				{
					jr_buf_puts(out, ", \"educationalLevel\": ");
					put_string(out, jr_match_level_name(p->level));
				}
				jr_buf_putc(out, '}');
			}
			jr_buf_putc(out, ']');
		}
		jr_buf_putc(out, '}');
	}
	jr_buf_puts(out, ", \"candidate\": ");
	if (cand->has_years)
	{
		jr_buf_puts(out, "{\"yearsOfExperience\": ");
		put_number(out, cand->years);
		jr_buf_puts(out, ", \"monthsOfExperience\": ");
		put_number(out, cand->years * 12.0);
		jr_buf_putc(out, '}');
	}
	else
		jr_buf_puts(out, "null");
	jr_buf_putc(out, '}');
}

/* The education check. */
static void
report_education(jr_buf *out, const jr_candidate *cand,
				 const jr_posting_reqs *reqs, const jr_match_result *res)
{
	jr_buf_puts(out, "{\"check\": \"education\", \"met\": ");
	put_met(out, res->education);
	jr_buf_puts(out, ", \"required\": ");
	if (reqs->education == JR_MATCH_NO_REQUIREMENTS)
		jr_buf_puts(out, "\"no requirements\"");
	else if (reqs->education_level < 0)
		jr_buf_puts(out, "null");
	else
		put_string(out, jr_match_level_name(reqs->education_level));
	jr_buf_puts(out, ", \"candidate\": ");
	if (cand->has_education)
		put_string(out, jr_match_level_name(cand->education));
	else
		jr_buf_puts(out, "null");
	if (reqs->experience_in_place_of_education)
		jr_buf_printf(out, ", \"equivalentExperience\": %s",
					  res->education_by_experience ? "true" : "false");
	jr_buf_putc(out, '}');
}

/* The skills check. */
static void
report_skills(jr_buf *out, const jr_candidate *cand,
			  const jr_posting_reqs *reqs, const jr_match_result *res)
{
	int			i;
	bool		first;

	jr_buf_puts(out, "{\"check\": \"skills\", \"met\": ");
	put_met(out, res->skills);
	jr_buf_puts(out, ", \"required\": [");
	first = true;
	for (i = 0; i < reqs->nunits; i++)
	{
		if (!reqs->units[i].required)
			continue;
		if (!first)
			jr_buf_puts(out, ", ");
		put_unit(out, reqs, &reqs->units[i]);
		first = false;
	}
	jr_buf_puts(out, "], \"candidate\": ");
	if (cand->has_skills)
	{
		jr_buf_putc(out, '[');
		for (i = 0; i < cand->nskills; i++)
		{
			if (i > 0)
				jr_buf_puts(out, ", ");
			put_string(out, cand->skills[i].display);
		}
		jr_buf_putc(out, ']');
	}
	else
		jr_buf_puts(out, "null");
	jr_buf_puts(out, ", \"missing\": [");
	first = true;
	for (i = 0; i < reqs->nunits; i++)
	{
		const jr_match_unit *u = &reqs->units[i];

		if (!u->required || unit_covered(cand, reqs, u))
			continue;
		if (!first)
			jr_buf_puts(out, ", ");
		put_unit(out, reqs, u);
		first = false;
	}
	jr_buf_puts(out, "], \"preferredMissing\": [");
	first = true;
	for (i = 0; i < reqs->nunits; i++)
	{
		const jr_match_unit *u = &reqs->units[i];

		if (u->required || unit_covered(cand, reqs, u))
			continue;
		if (!first)
			jr_buf_puts(out, ", ");
		put_unit(out, reqs, u);
		first = false;
	}
	jr_buf_puts(out, "]}");
}

/* The workplace check. */
static void
report_workplace(jr_buf *out, const jr_candidate *cand,
				 const jr_posting_reqs *reqs, const jr_match_result *res)
{
	unsigned	bit;
	bool		first = true;

	jr_buf_puts(out, "{\"check\": \"workplace\", \"met\": ");
	put_met(out, res->workplace);
	jr_buf_puts(out, ", \"required\": ");
	if (reqs->workplace)
		put_string(out, workplace_name(reqs->workplace));
	else
		jr_buf_puts(out, "null");
	jr_buf_puts(out, ", \"candidate\": ");
	if (cand->workplaces == 0)
		jr_buf_puts(out, "null");
	else
	{
		jr_buf_putc(out, '[');
		for (bit = JR_WP_ONSITE; bit <= JR_WP_REMOTE; bit <<= 1)
		{
			if (!(cand->workplaces & bit))
				continue;
			if (!first)
				jr_buf_puts(out, ", ");
			put_string(out, workplace_name(bit));
			first = false;
		}
		jr_buf_putc(out, ']');
	}
	jr_buf_putc(out, '}');
}

/* The salary check. */
static void
report_salary(jr_buf *out, const jr_candidate *cand,
			  const jr_posting_reqs *reqs, const jr_match_result *res)
{
	jr_buf_puts(out, "{\"check\": \"salary\", \"met\": ");
	put_met(out, res->salary);
	jr_buf_puts(out, ", \"required\": ");
	if (reqs->has_salary)
		put_salary(out, &reqs->salary);
	else
		jr_buf_puts(out, "null");
	jr_buf_puts(out, ", \"candidate\": ");
	if (cand->has_salary)
		put_salary(out, &cand->salary);
	else
		jr_buf_puts(out, "null");
	if (reqs->has_salary && cand->has_salary &&
		memcmp(reqs->salary.currency, cand->salary.currency, 3) != 0)
		jr_buf_puts(out, ", \"note\": \"different currencies are not compared\"");
	jr_buf_putc(out, '}');
}

/* Append the requirements_report JSON object for an evaluation. */
void
jr_match_report(const jr_candidate *cand, const jr_posting_reqs *reqs,
				const jr_match_result *res, jr_buf *out)
{
	jr_buf_printf(out, "{\"meets\": %s, \"checks\": [",
				  res->meets ? "true" : "false");
	report_experience(out, cand, reqs, res);
	jr_buf_puts(out, ", ");
	report_education(out, cand, reqs, res);
	jr_buf_puts(out, ", ");
	report_skills(out, cand, reqs, res);
	jr_buf_puts(out, ", ");
	report_workplace(out, cand, reqs, res);
	jr_buf_puts(out, ", ");
	report_salary(out, cand, reqs, res);
	jr_buf_printf(out, "], \"skillCoverage\": %.4g, \"score\": %.4g}",
				  res->skill_coverage, res->score);
}
