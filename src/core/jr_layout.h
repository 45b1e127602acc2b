/*
 * jr_layout.h
 *		The layout stage of the posting parser: cleaning (whitespace, quotes,
 *		dashes, invisible characters, entities) with an offset map back to
 *		the input, line splitting, bullets, headings (whole-line and inline),
 *		"Label value" header lines, and the section list of jr_sections.h.
 *
 * Cleaning never edits the input.  Each stage writes a new text (a
 * jr_ctext) together with a map of segments that says which input bytes
 * every output byte came from, so an extractor's span in the final text
 * maps back to exact byte offsets of the raw posting (for evidence).
 */
#ifndef JR_LAYOUT_H
#define JR_LAYOUT_H

#include "jr_buf.h"
#include "jr_core.h"
#include "jr_sections.h"

/*
 * One segment of an offset map.  Output bytes from clean up to the next
 * segment's clean came from the source: a copy segment maps byte for byte
 * from src; a replacement segment (src_len != JR_SEG_COPY) stands for the
 * whole source span [src, src + src_len).
 */
typedef struct jr_offseg
{
	size_t		clean;
	size_t		src;
	size_t		src_len;
} jr_offseg;

#define JR_SEG_COPY SIZE_MAX

/* A text produced by one cleaning stage, with its map to the stage input. */
typedef struct jr_ctext
{
	jr_buf		text;
	jr_offseg  *segs;
	size_t		nsegs;
	size_t		capsegs;
	size_t		next_src;		/* source offset a copy would continue at */
	bool		failed;			/* an allocation failed */
} jr_ctext;

/* Initialize an empty cleaned text. */
void		jr_ctext_init(jr_ctext *ct);

/* Release a cleaned text. */
void		jr_ctext_free(jr_ctext *ct);

/* Append n bytes copied unchanged from source offset src_off. */
void		jr_ctext_copy(jr_ctext *ct, const char *bytes, size_t n,
						  size_t src_off);

/* Append n bytes that stand for source bytes [src_off, src_off+src_len). */
void		jr_ctext_replace(jr_ctext *ct, const char *bytes, size_t n,
							 size_t src_off, size_t src_len);

/* Source offset of output offset pos, as the start of a span. */
size_t		jr_ctext_src_start(const jr_ctext *ct, size_t pos);

/* Source offset of output offset end, as the (exclusive) end of a span. */
size_t		jr_ctext_src_end(const jr_ctext *ct, size_t end);

/*
 * Normalize text (valid UTF-8) into out: CR/LF to LF, Unicode spaces and
 * tabs to one space, runs of spaces collapsed, leading and trailing spaces
 * of lines dropped, at most one blank line in a row, invisible characters
 * dropped, curly quotes and dashes to ASCII; with decode_entities, HTML
 * character references too.  Returns JR_ERR_CANCELED or JR_ERR_NOMEM.
 */
jr_status	jr_layout_clean(const char *text, size_t len, bool decode_entities,
							jr_ctext *out, jr_error *err);

/* What a line of the cleaned text is. */
typedef enum jr_line_kind
{
	JR_LINE_BLANK = 0,
	JR_LINE_TEXT,
	JR_LINE_BULLET,				/* starts with a bullet or a list number */
	JR_LINE_HEADING,			/* a heading; kind in jr_line.heading */
	JR_LINE_LABEL				/* a "Label value" or "Label: value" line */
} jr_line_kind;

/* Header labels a posting may state ("Type Full-Time", "Location: ..."). */
typedef enum jr_label
{
	JR_LABEL_NONE = 0,
	JR_LABEL_TITLE,
	JR_LABEL_COMPANY,
	JR_LABEL_LOCATION,
	JR_LABEL_SALARY,
	JR_LABEL_TYPE,				/* employment type */
	JR_LABEL_LEVEL,				/* "Experience senior", "Seniority level" */
	JR_LABEL_YEARS,				/* "Exp. Years 8+ years" */
	JR_LABEL_EDUCATION,
	JR_LABEL_CATEGORY,
	JR_LABEL_INDUSTRY,
	JR_LABEL_DATE,				/* date posted */
	JR_LABEL_WORKPLACE,			/* "Workplace type: Hybrid" */
	JR_LABEL_SCHEDULE,
	JR_LABEL_FUNCTION,			/* "Job Function", "Role Subtype", ... */
	JR_LABEL_SKILLS,			/* "Tech Domains", "Skills:" with a value */
	JR_LABEL_DURATION,			/* "Duration: 12-month contract" */
	JR_LABEL_COUNT
} jr_label;

/* Name of a label, for warnings and tests ("type", "salary", ...). */
const char *jr_label_name(jr_label label);

/* One line of the cleaned text. */
typedef struct jr_line
{
	size_t		start;			/* first byte */
	size_t		end;			/* byte after the last (before '\n') */
	size_t		body;			/* first byte after a bullet marker/label */
	uint8_t		kind;			/* jr_line_kind */
	uint8_t		label;			/* jr_label when kind is JR_LINE_LABEL */
	uint8_t		heading;		/* jr_section_kind when a heading */
	uint8_t		glued;			/* 1 items run together, 2 in a block */
	int8_t		glue_kind;		/* section kind a glued block implies */
} jr_line;

/* A label value found in the text: byte span in the cleaned text. */
typedef struct jr_label_value
{
	size_t		start;
	size_t		end;
	bool		found;
} jr_label_value;

/*
 * A stretch of text whose lines are list items with a known section kind
 * (kind -1: keep the surrounding section), found by jr_layout_unglue.
 */
typedef struct jr_forced_span
{
	size_t		start;
	size_t		end;
	int			kind;
} jr_forced_span;

/* The layout of a cleaned posting. */
typedef struct jr_layout
{
	jr_posting_text pt;			/* text and sections (jr_sections.h) */
	jr_line    *lines;
	size_t		nlines;
	jr_section *sections;		/* owned; pt.sections points here */
	size_t		nsections;
	size_t		capsections;
	jr_label_value labels[JR_LABEL_COUNT];	/* first value of each label */
	size_t		header_end;		/* end of the top header block */
	int			nglued;			/* lines whose items run together */
	int			ninline;		/* headings found inside paragraphs */
} jr_layout;

/*
 * Split text (cleaned, NUL-terminated, kept alive by the caller) into
 * lines and sections; forced spans (sorted, may be NULL) override the
 * sections of their lines and make them list items.  Linear in len.
 * Returns JR_ERR_CANCELED or JR_ERR_NOMEM on failure.
 */
jr_status	jr_layout_build(const char *text, size_t len,
							const jr_forced_span *forced, size_t nforced,
							jr_layout *out, jr_error *err);

/* Release what jr_layout_build allocated. */
void		jr_layout_free(jr_layout *layout);

/*
 * Heading kind of a short phrase (a heading line's text, case-insensitive),
 * or -1 when it names no known section.
 */
int			jr_heading_kind(const char *s, size_t len);

/* True when s[0, len) is a generic heading ("About the job", "Summary"). */
bool		jr_heading_is_generic(const char *s, size_t len);

/* Name of a section kind ("required", "preferred", ...). */
const char *jr_section_kind_name(jr_section_kind kind);

/*
 * Split list items run together without separators ("PythonScalaJava",
 * "solutions4+ years") on the lines jr_layout_build marked glued: writes
 * the text with a newline at each join into out, and the spans of those
 * lines in the new text (with the section kind a block of them implies)
 * into *forced (jr_alloc'd, caller frees).  keep(word, len) may veto a
 * split inside a known term ("PyTorch").  When no line is glued, out is
 * left empty and *nforced is 0.
 */
jr_status	jr_layout_unglue(const jr_layout *layout,
							 bool (*keep) (const char *word, size_t len),
							 jr_ctext *out, jr_forced_span **forced,
							 size_t *nforced, jr_error *err);

#endif							/* JR_LAYOUT_H */
