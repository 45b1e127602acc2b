/*
 * jr_json.h
 *		A small JSON reader for embedded JSON-LD: parses a document into a
 *		flat node array that remembers where every value sits in the input,
 *		so values taken from JSON-LD can be cited as evidence.
 *
 * Written for jobreq rather than taken from a library because evidence
 * needs the byte span of every value, which general-purpose readers do not
 * keep.  Depth and node count are limited; input is never modified.
 */
#ifndef JR_JSON_H
#define JR_JSON_H

#include "jr_buf.h"
#include "jr_core.h"

typedef enum jr_json_type
{
	JR_JSON_NULL = 0,
	JR_JSON_FALSE,
	JR_JSON_TRUE,
	JR_JSON_NUMBER,
	JR_JSON_STRING,
	JR_JSON_ARRAY,
	JR_JSON_OBJECT
} jr_json_type;

#define JR_JSON_MAX_DEPTH 64
#define JR_JSON_MAX_NODES 200000

/* One value; children are linked through first_child/next (-1: none). */
typedef struct jr_json_node
{
	jr_json_type type;
	int			first_child;
	int			next;
	size_t		start;			/* value span; a string's excludes quotes */
	size_t		end;
	size_t		key_start;		/* member name span (inside the quotes) */
	size_t		key_end;
} jr_json_node;

/* A parsed document; node 0 is the root. */
typedef struct jr_json
{
	const char *src;
	size_t		len;
	jr_json_node *nodes;
	int			nnodes;
	int			cap;
} jr_json;

/*
 * Parse s[0, len) (valid UTF-8).  Malformed JSON: JR_ERR_SYNTAX with the
 * offset; too deep or too many values: JR_ERR_LIMIT.
 */
jr_status	jr_json_parse(const char *s, size_t len, jr_json *out,
						  jr_error *err);

/* Release a parsed document. */
void		jr_json_free(jr_json *doc);

/* Value of member key of object node obj, or -1. */
int			jr_json_get(const jr_json *doc, int obj, const char *key);

/* Append the decoded value of string node to out. */
void		jr_json_string(const jr_json *doc, int node, jr_buf *out);

/* True when string node equals s exactly (after decoding). */
bool		jr_json_string_is(const jr_json *doc, int node, const char *s);

/* Numeric value of a number node (or a numeric string); false if none. */
bool		jr_json_number(const jr_json *doc, int node, double *out);

#endif							/* JR_JSON_H */
