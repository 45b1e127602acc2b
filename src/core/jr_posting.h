/*
 * jr_posting.h
 *		parse_posting: raw posting text (plain or HTML) to the JSON text of
 *		a schema.org-shaped JobPosting document (DESIGN.md section 3).
 *
 * The parser runs in stages: UTF-8 scrub, HTML to text (with embedded
 * JSON-LD read), cleaning, ungluing of run-together lists, layout (lines,
 * labels, headings, sections), then the field extractors.  Every stage is
 * linear in the input and polls jr_interrupted().  Text never makes it
 * fail: odd input gives a smaller document and warnings.
 */
#ifndef JR_POSTING_H
#define JR_POSTING_H

#include "jr_buf.h"
#include "jr_core.h"

/* Version of the parser's rules, part of jobreq.parserVersion. */
#define JR_PARSER_VERSION "0.1.0"

/* At most this many responsibilities are kept (a warning says so). */
#define JR_POSTING_MAX_RESPONSIBILITIES 20

/*
 * Parse raw[0, len) and append the JSON object to json_out.  With
 * evidence, jobreq.evidence maps each extracted field to the spans of the
 * input it came from, as 0-based character (not byte) offsets, end
 * exclusive.  Returns JR_OK, or JR_ERR_CANCELED / JR_ERR_NOMEM /
 * JR_ERR_INTERNAL with err set; never fails because of what the text says.
 */
jr_status	jr_posting_parse(const char *raw, size_t len, bool evidence,
							 jr_buf *json_out, jr_error *err);

#endif							/* JR_POSTING_H */
