/*
 * jr_sections.h
 *		A posting's text after cleaning (HTML stripped, entities decoded,
 *		UTF-8 scrubbed) and split into labelled sections.  Produced by the
 *		posting parser's layout stage; read by every field extractor.
 */
#ifndef JR_SECTIONS_H
#define JR_SECTIONS_H

#include "jr_core.h"

/* What a stretch of the posting is about, from its heading or label. */
typedef enum jr_section_kind
{
	JR_SEC_OTHER = 0,			/* unlabelled body text */
	JR_SEC_HEADER,				/* title/company/location/"Label value" lines */
	JR_SEC_ABOUT_COMPANY,		/* "About us", "Who we are" */
	JR_SEC_RESPONSIBILITIES,	/* "What you'll do", "Responsibilities" */
	JR_SEC_REQUIRED,			/* "Requirements", "Basic Qualifications" */
	JR_SEC_PREFERRED,			/* "Nice to have", "Preferred Qualifications" */
	JR_SEC_SKILLS,				/* "Skills", keyword lists */
	JR_SEC_BENEFITS,			/* "Benefits", "Perks" */
	JR_SEC_COMPENSATION,		/* "Pay", "Compensation", "Salary" */
	JR_SEC_LEGAL				/* EEO statements, disclaimers */
} jr_section_kind;

/* One section: byte span [start, end) of the cleaned text. */
typedef struct jr_section
{
	size_t		start;
	size_t		end;
	jr_section_kind kind;
} jr_section;

/* The cleaned posting text and its sections, in text order. */
typedef struct jr_posting_text
{
	const char *text;			/* cleaned, valid UTF-8, NUL-terminated */
	size_t		len;
	const jr_section *sections; /* cover the text without overlap */
	int			nsections;
} jr_posting_text;

/* Kind of the section containing byte offset pos (JR_SEC_OTHER if none). */
jr_section_kind jr_section_at(const jr_posting_text *pt, size_t pos);

#endif							/* JR_SECTIONS_H */
