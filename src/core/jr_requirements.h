/*
 * jr_requirements.h
 *		Requirement extractors of parse_posting: years of experience, the
 *		education asked for, and the choice of base pay among the pay
 *		mentions of a posting.
 *
 * Every extractor reads a jr_posting_text (the cleaned text and its labelled
 * sections) and fills a fixed-size struct: no allocation, nothing to free.
 * Every value carries evidence, byte spans [start, end) of the cleaned text.
 * All scanners are hand-written and linear in the input; they poll
 * jr_interrupted() and return JR_ERR_CANCELED when asked to stop.
 *
 * The rules (what counts as experience, how degrees map to levels, how base
 * pay is chosen) are documented in README.md, "How requirements are read".
 */
#ifndef JR_REQUIREMENTS_H
#define JR_REQUIREMENTS_H

#include "jr_core.h"
#include "jr_salary.h"
#include "jr_sections.h"

/* A byte span [start, end) of the cleaned text; empty when start == end. */
typedef struct jr_req_span
{
	size_t		start;
	size_t		end;
} jr_req_span;

/* Whether the posting states a requirement at all. */
typedef enum jr_req_state
{
	JR_REQ_UNSTATED = 0,		/* nothing said: the JSON key is omitted */
	JR_REQ_NONE,				/* "no experience/degree required":
								 * "no requirements" */
	JR_REQ_STATED				/* a requirement was found */
} jr_req_state;

/*
 * Education levels, ordered: a higher value is a higher level.  Names
 * (jr_edu_level_name) are the educationalLevel strings of DESIGN.md;
 * credentials (jr_edu_credential_name) are the credentialCategory strings.
 */
typedef enum jr_edu_level
{
	JR_EDU_UNKNOWN = 0,
	JR_EDU_HIGH_SCHOOL,			/* "high_school", "high school" */
	JR_EDU_ASSOCIATE,			/* "associate", "associate degree" */
	JR_EDU_BACHELOR,			/* "bachelor", "bachelor degree" */
	JR_EDU_MASTER,				/* "master", "master degree" */
	JR_EDU_DOCTORATE			/* "doctorate", "doctoral degree" */
} jr_edu_level;

/* educationalLevel name of a level ("high_school" ...); NULL for UNKNOWN. */
const char *jr_edu_level_name(jr_edu_level level);

/* credentialCategory of a level ("bachelor degree" ...); NULL for UNKNOWN. */
const char *jr_edu_credential_name(jr_edu_level level);

/*
 * Parse an educationalLevel name (case-insensitive; "high_school",
 * "high school", "bachelor", "bachelors", "phd" ...); false if unknown.
 */
bool		jr_edu_level_parse(const char *s, size_t len, jr_edu_level *out);

/* ------------------------------------------------------------------------
 * Experience
 * ------------------------------------------------------------------------ */

#define JR_EXP_MAX_ALTERNATIVES 4
#define JR_REQ_MAX_SPANS 4

/* One degree-conditioned path: "Master's with 3 years" -> {36, MASTER}. */
typedef struct jr_exp_alternative
{
	int32_t		months;
	jr_edu_level level;			/* UNKNOWN when no degree is attached */
	jr_req_span span;
} jr_exp_alternative;

/* experienceRequirements of a posting. */
typedef struct jr_experience
{
	jr_req_state state;
	int32_t		months;			/* minimum for the main role (STATED only) */
	int32_t		max_months;		/* upper end of a range; 0 when none */
	int			nalternatives;	/* 0, or >= 2 degree-conditioned paths */
	jr_exp_alternative alternatives[JR_EXP_MAX_ALTERNATIVES];
	int			nspans;			/* evidence: the phrase(s) the value came from */
	jr_req_span spans[JR_REQ_MAX_SPANS];
} jr_experience;

/*
 * What the experience and education extractors both read from one text
 * (headings inside paragraphs, degree statements).  A caller running both
 * builds it once and passes it to the _scan variants; the plain extractors
 * build their own.
 */
typedef struct jr_req_scan jr_req_scan;

/* Scan pt; release the result with jr_req_scan_free. */
jr_status	jr_req_scan_build(const jr_posting_text *pt, jr_req_scan **out,
							  jr_error *err);

/* Release a scan; NULL is ignored. */
void		jr_req_scan_free(jr_req_scan *scan);

/* Find the experience requirement of the main role. */
jr_status	jr_experience_extract(const jr_posting_text *pt, jr_experience *out,
								  jr_error *err);

/* jr_experience_extract with a scan of the same pt. */
jr_status	jr_experience_extract_scan(const jr_posting_text *pt,
									   const jr_req_scan *scan,
									   jr_experience *out, jr_error *err);

/* ------------------------------------------------------------------------
 * Education
 * ------------------------------------------------------------------------ */

#define JR_EDU_MAX_ITEMS 6
#define JR_EDU_MAX_FIELDS 6
#define JR_EDU_MAX_ALL_FIELDS 24

/* One educationRequirements entry. */
typedef struct jr_edu_item
{
	jr_edu_level level;
	bool		required;		/* false: preferred, never raises the bar */
	jr_req_span span;			/* evidence: the degree mention */
	int			nfields;		/* fieldsOfStudy, as spans of the text */
	jr_req_span fields[JR_EDU_MAX_FIELDS];
} jr_edu_item;

/* educationRequirements and experienceInPlaceOfEducation of a posting. */
typedef struct jr_education
{
	jr_req_state state;
	jr_edu_level required_level;	/* minimum required; UNKNOWN when none */
	jr_edu_level preferred_level;	/* highest level preferred; UNKNOWN if none */
	int			nitems;			/* 0-2: the required entry, then the
								 * preferred one */
	jr_edu_item items[JR_EDU_MAX_ITEMS];
	bool		experience_in_place;	/* "or equivalent experience" */
	jr_req_span in_place_span;
	jr_req_span none_span;		/* evidence for JR_REQ_NONE */
	int			nall_fields;	/* fields of study of every degree mention */
	jr_req_span all_fields[JR_EDU_MAX_ALL_FIELDS];
} jr_education;

/* Find the education required and preferred. */
jr_status	jr_education_extract(const jr_posting_text *pt, jr_education *out,
								 jr_error *err);

/* jr_education_extract with a scan of the same pt. */
jr_status	jr_education_extract_scan(const jr_posting_text *pt,
									  const jr_req_scan *scan,
									  jr_education *out, jr_error *err);

/* ------------------------------------------------------------------------
 * Base pay
 * ------------------------------------------------------------------------ */

#define JR_PAY_MAX_ITEMS 16

/* One base-pay mention, with the location or level it applies to. */
typedef struct jr_pay_item
{
	jr_salary_hit hit;			/* the range and its span */
	jr_req_span label;			/* "New York", "Senior" ...; empty if none */
} jr_pay_item;

/* baseSalary (items[chosen]) and the per-location/level list. */
typedef struct jr_pay
{
	int			chosen;			/* index into items; -1 when no base pay */
	int			nitems;			/* 1 normally; more for per-location pay */
	jr_pay_item items[JR_PAY_MAX_ITEMS];
	jr_req_span context;		/* evidence: the "Salary"/"pay range" cue */
} jr_pay;

/*
 * Choose the base pay among hits (jr_salary_find_all over pt->text, in text
 * order): the first mention in a pay context, skipping bonus, equity, OTE,
 * commission, revenue and funding.  When the text lists pay per location or
 * level, every such mention is kept in items with its label.
 */
jr_status	jr_pay_select(const jr_posting_text *pt, const jr_salary_hit *hits,
						  int nhits, jr_pay *out, jr_error *err);

#endif							/* JR_REQUIREMENTS_H */
