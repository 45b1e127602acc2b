/*
 * jr_layout.c
 *		Cleaning with an offset map, lines, headings, labels and sections.
 *
 * Everything here is a forward scan over the text, so the cost is linear
 * in its length; the only pattern (inline headings) runs under the limits
 * of jr_regex and only over lines long enough to hide a heading.
 */
#include "jr_layout.h"

#include <string.h>

#include "jr_html.h"
#include "jr_regex.h"

#define JR_LAYOUT_CHECK_EVERY 65536

/* ASCII lower-case of c. */
static inline char
lower_ascii(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
}

/* ------------------------------------------------------------------------
 * Cleaned text with an offset map
 * ------------------------------------------------------------------------ */

/* Initialize an empty cleaned text. */
void
jr_ctext_init(jr_ctext *ct)
{
	jr_buf_init(&ct->text);
	ct->segs = NULL;
	ct->nsegs = 0;
	ct->capsegs = 0;
	ct->next_src = SIZE_MAX;
	ct->failed = false;
}

/* Release a cleaned text. */
void
jr_ctext_free(jr_ctext *ct)
{
	jr_buf_free(&ct->text);
	jr_free(ct->segs);
	jr_ctext_init(ct);
}

/* Start a new segment at the current end of the text. */
static void
ctext_add_seg(jr_ctext *ct, size_t src, size_t src_len)
{
	if (ct->failed)
		return;
	if (ct->nsegs > 0 && ct->segs[ct->nsegs - 1].clean == ct->text.len)
	{
		/* the previous segment is empty: reuse it */
		ct->segs[ct->nsegs - 1].src = src;
		ct->segs[ct->nsegs - 1].src_len = src_len;
		return;
	}
	if (ct->nsegs == ct->capsegs)
	{
		size_t		cap = ct->capsegs ? ct->capsegs * 2 : 64;
		jr_offseg  *segs = jr_realloc(ct->segs, cap * sizeof(jr_offseg));

		if (segs == NULL)
		{
			ct->failed = true;
			return;
		}
		ct->segs = segs;
		ct->capsegs = cap;
	}
	ct->segs[ct->nsegs].clean = ct->text.len;
	ct->segs[ct->nsegs].src = src;
	ct->segs[ct->nsegs].src_len = src_len;
	ct->nsegs++;
}

/* Append n bytes copied unchanged from source offset src_off. */
void
jr_ctext_copy(jr_ctext *ct, const char *bytes, size_t n, size_t src_off)
{
	if (n == 0)
		return;
	if (ct->nsegs == 0 || ct->next_src != src_off ||
		ct->segs[ct->nsegs - 1].src_len != JR_SEG_COPY)
		ctext_add_seg(ct, src_off, JR_SEG_COPY);
	jr_buf_append(&ct->text, bytes, n);
	ct->next_src = src_off + n;
}

/* Append n bytes that stand for source bytes [src_off, src_off+src_len). */
void
jr_ctext_replace(jr_ctext *ct, const char *bytes, size_t n, size_t src_off,
				 size_t src_len)
{
	if (n == 0)
	{
		ct->next_src = SIZE_MAX;
		return;
	}
	ctext_add_seg(ct, src_off, src_len);
	jr_buf_append(&ct->text, bytes, n);
	ct->next_src = SIZE_MAX;
}

/* Index of the segment holding output byte pos (nsegs > 0). */
static size_t
ctext_find(const jr_ctext *ct, size_t pos)
{
	size_t		lo = 0;
	size_t		hi = ct->nsegs;

	while (hi - lo > 1)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (ct->segs[mid].clean <= pos)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

/* Source offset of output offset pos, as the start of a span. */
size_t
jr_ctext_src_start(const jr_ctext *ct, size_t pos)
{
	const jr_offseg *sg;

	if (ct->nsegs == 0)
		return 0;
	if (pos >= ct->text.len)
		return jr_ctext_src_end(ct, ct->text.len);
	sg = &ct->segs[ctext_find(ct, pos)];
	if (sg->src_len == JR_SEG_COPY)
		return sg->src + (pos - sg->clean);
	return sg->src;
}

/* Source offset of output offset end, as the (exclusive) end of a span. */
size_t
jr_ctext_src_end(const jr_ctext *ct, size_t end)
{
	const jr_offseg *sg;

	if (ct->nsegs == 0 || end == 0)
		return ct->nsegs ? ct->segs[0].src : 0;
	if (end > ct->text.len)
		end = ct->text.len;
	sg = &ct->segs[ctext_find(ct, end - 1)];
	if (sg->src_len == JR_SEG_COPY)
		return sg->src + (end - sg->clean);
	return sg->src + sg->src_len;
}

/* ------------------------------------------------------------------------
 * Cleaning
 * ------------------------------------------------------------------------ */

/* How the cleaner treats one character. */
typedef enum clean_class
{
	CC_KEEP = 0,
	CC_SPACE,
	CC_NEWLINE,
	CC_DROP,
	CC_MAP						/* replaced by the ASCII in clean_map */
} clean_class;

/*
 * Classify the UTF-8 character at s[0] (n bytes): what the cleaner does
 * with it, and for CC_MAP the replacement.
 */
static clean_class
classify_char(const unsigned char *s, size_t n, const char **map)
{
	unsigned	cp;

	if (n == 1)
	{
		unsigned char c = s[0];

		if (c == '\n')
			return CC_NEWLINE;
		if (c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r')
			return CC_SPACE;
		if (c < 0x20 || c == 0x7F)
			return CC_SPACE;
		return CC_KEEP;
	}
	if (n == 2)
		cp = ((unsigned) (s[0] & 0x1F) << 6) | (s[1] & 0x3F);
	else if (n == 3)
		cp = ((unsigned) (s[0] & 0x0F) << 12) |
			((unsigned) (s[1] & 0x3F) << 6) | (s[2] & 0x3F);
	else
		return CC_KEEP;
	switch (cp)
	{
		case 0xA0:
		case 0x1680:
		case 0x202F:
		case 0x205F:
		case 0x3000:
			return CC_SPACE;
		case 0xAD:
		case 0x200B:
		case 0x200C:
		case 0x200D:
		case 0x2060:
		case 0xFEFF:
			return CC_DROP;
		case 0x2028:
		case 0x2029:
		case 0x85:
			return CC_NEWLINE;
		case 0x2018:
		case 0x2019:
		case 0x201B:
		case 0x2032:
		case 0x02BC:
			*map = "'";
			return CC_MAP;
		case 0x201C:
		case 0x201D:
		case 0x201F:
		case 0x2033:
			*map = "\"";
			return CC_MAP;
		case 0x2010:
		case 0x2011:
		case 0x2012:
		case 0x2013:
		case 0x2014:
		case 0x2015:
		case 0x2212:
			*map = "-";
			return CC_MAP;
		case 0xFF1A:
			*map = ":";
			return CC_MAP;
	}
	if (cp >= 0x2000 && cp <= 0x200A)
		return CC_SPACE;
	return CC_KEEP;
}

/* Length of the UTF-8 sequence starting with byte c (valid input). */
static inline size_t
utf8_len(unsigned char c)
{
	if (c < 0x80)
		return 1;
	if (c < 0xE0)
		return 2;
	if (c < 0xF0)
		return 3;
	return 4;
}

/* Normalize text into out (see jr_layout.h). */
jr_status
jr_layout_clean(const char *text, size_t len, bool decode_entities,
				jr_ctext *out, jr_error *err)
{
	const unsigned char *s = (const unsigned char *) text;
	size_t		i = 0;
	size_t		next_check = JR_LAYOUT_CHECK_EVERY;
	int			newlines = 0;	/* line breaks owed */
	size_t		nl_src = 0;
	bool		space = false;	/* a space owed */
	size_t		sp_src = 0;
	size_t		sp_len = 0;

	while (i < len)
	{
		size_t		n;
		const char *map = NULL;
		clean_class cc;
		char		ubuf[8];
		size_t		ulen = 0;
		size_t		used = 0;

		if (i >= next_check)
		{
			if (jr_interrupted())
				return jr_error_set(err, JR_ERR_CANCELED, i,
									"canceling statement due to user request");
			next_check = i + JR_LAYOUT_CHECK_EVERY;
		}
		n = utf8_len(s[i]);
		if (n > len - i)
			n = len - i;
		if (decode_entities && s[i] == '&' &&
			(used = jr_html_entity(text + i, len - i, ubuf, &ulen)) > 0)
		{
			cc = classify_char((const unsigned char *) ubuf, ulen, &map);
			n = used;
			if (cc == CC_KEEP)
			{
				cc = CC_MAP;
				ubuf[ulen] = '\0';
				map = ubuf;
			}
		}
		else
			cc = classify_char(s + i, n, &map);

		switch (cc)
		{
			case CC_SPACE:
				if (!space)
				{
					space = true;
					sp_src = i;
					sp_len = 0;
				}
				sp_len = i + n - sp_src;
				i += n;
				continue;
			case CC_NEWLINE:
				if (s[i] == '\n' || cc == CC_NEWLINE)
				{
					if (newlines == 0)
						nl_src = i;
					newlines++;
				}
				space = false;
				i += n;
				continue;
			case CC_DROP:
				i += n;
				continue;
			default:
				break;
		}

		/* a visible character: first settle the owed breaks and space */
		if (newlines > 0)
		{
			if (out->text.len > 0)
				jr_ctext_replace(out, "\n\n", newlines > 1 ? 2 : 1, nl_src,
								 1);
			newlines = 0;
			space = false;
		}
		if (space)
		{
			if (out->text.len > 0 &&
				out->text.data[out->text.len - 1] != '\n')
			{
				if (sp_len == 1 && s[sp_src] == ' ')
					jr_ctext_copy(out, " ", 1, sp_src);
				else
					jr_ctext_replace(out, " ", 1, sp_src, sp_len);
			}
			space = false;
		}
		if (cc == CC_MAP)
			jr_ctext_replace(out, map, strlen(map), i, n);
		else
		{
			/*
			 * Copy a run of plain ASCII at once, single spaces between
			 * words included (a lone space before a visible character is
			 * copied as it is, in the same segment, by the loop above).
			 */
			size_t		j = i + n;

			while (j < len)
			{
				if (s[j] > ' ' && s[j] < 0x7F && s[j] != '&')
					j++;
				else if (s[j] == ' ' && j + 1 < len && s[j + 1] > ' ' &&
						 s[j + 1] < 0x7F && s[j + 1] != '&')
					j += 2;
				else
					break;
			}
			jr_ctext_copy(out, text + i, j - i, i);
			n = j - i;
		}
		i += n;
	}
	if (out->failed || out->text.failed)
		return jr_error_set(err, JR_ERR_NOMEM, 0,
							"out of memory cleaning posting text");
	if (out->text.data == NULL)
		jr_ctext_replace(out, "", 0, 0, 0);
	return JR_OK;
}

/* ------------------------------------------------------------------------
 * Heading and label vocabulary
 * ------------------------------------------------------------------------ */

/* Name of a section kind ("required", "preferred", ...). */
const char *
jr_section_kind_name(jr_section_kind kind)
{
	switch (kind)
	{
		case JR_SEC_OTHER:
			return "other";
		case JR_SEC_HEADER:
			return "header";
		case JR_SEC_ABOUT_COMPANY:
			return "about";
		case JR_SEC_RESPONSIBILITIES:
			return "responsibilities";
		case JR_SEC_REQUIRED:
			return "required";
		case JR_SEC_PREFERRED:
			return "preferred";
		case JR_SEC_SKILLS:
			return "skills";
		case JR_SEC_BENEFITS:
			return "benefits";
		case JR_SEC_COMPENSATION:
			return "compensation";
		case JR_SEC_LEGAL:
			return "legal";
	}
	return "other";
}

/* Name of a label. */
const char *
jr_label_name(jr_label label)
{
	static const char *const names[JR_LABEL_COUNT] = {
		"none", "title", "company", "location", "salary", "type", "level",
		"years", "education", "category", "industry", "date", "workplace",
		"schedule", "function", "skills", "duration"};

	return (label >= 0 && label < JR_LABEL_COUNT) ? names[label] : "none";
}

/* A substring that names a kind of section when it appears in a heading. */
typedef struct heading_word
{
	const char *word;
	int			kind;
} heading_word;

/* Whole headings that mean "nothing in particular" (kept as OTHER). */
static const char *const other_headings[] = {
	"job description", "description", "about the job", "job summary",
	"summary", "overview", "job details", "details", "position overview",
	"additional information", "other signals", "what the jd emphasized",
	"work experience", "languages", "job function", "industries",
	"employment type", "seniority level", "the team", "our team",
	"location", "schedule", "apply", "how to apply", "about",
	"about this job", "the opportunity", "position", "about the team",
	"full job description", "job highlights", "job overview",
	"job information", "position details", "role overview", NULL};

/* Substrings, in priority order: the first that occurs decides. */
static const heading_word heading_words[] = {
	{"equal opportunity", JR_SEC_LEGAL},
	{"equal employment", JR_SEC_LEGAL},
	{"eeo", JR_SEC_LEGAL},
	{"disclaimer", JR_SEC_LEGAL},
	{"accommodation", JR_SEC_LEGAL},
	{"e-verify", JR_SEC_LEGAL},
	{"privacy", JR_SEC_LEGAL},
	{"preferred", JR_SEC_PREFERRED},
	{"nice to have", JR_SEC_PREFERRED},
	{"nice-to-have", JR_SEC_PREFERRED},
	{"nice to haves", JR_SEC_PREFERRED},
	{"good to have", JR_SEC_PREFERRED},
	{"bonus", JR_SEC_PREFERRED},
	{"pluses", JR_SEC_PREFERRED},
	{"a plus", JR_SEC_PREFERRED},
	{"desired", JR_SEC_PREFERRED},
	{"desirable", JR_SEC_PREFERRED},
	{"extra credit", JR_SEC_PREFERRED},
	{"would be great", JR_SEC_PREFERRED},
	{"stand out", JR_SEC_PREFERRED},
	{"ideally", JR_SEC_PREFERRED},
	{"optional", JR_SEC_PREFERRED},
	{"salary", JR_SEC_COMPENSATION},
	{"compensation", JR_SEC_COMPENSATION},
	{"pay range", JR_SEC_COMPENSATION},
	{"pay rate", JR_SEC_COMPENSATION},
	{"pay transparency", JR_SEC_COMPENSATION},
	{"wage", JR_SEC_COMPENSATION},
	{"what you'll need", JR_SEC_REQUIRED},
	{"what you need", JR_SEC_REQUIRED},
	{"what we need", JR_SEC_REQUIRED},
	{"what you bring", JR_SEC_REQUIRED},
	{"you'll bring", JR_SEC_REQUIRED},
	{"you bring", JR_SEC_REQUIRED},
	{"you have", JR_SEC_REQUIRED},
	{"you'll have", JR_SEC_REQUIRED},
	{"looking for", JR_SEC_REQUIRED},
	{"what we ask", JR_SEC_REQUIRED},
	{"we ask", JR_SEC_REQUIRED},
	{"who can apply", JR_SEC_REQUIRED},
	{"who should apply", JR_SEC_REQUIRED},
	{"what we expect", JR_SEC_REQUIRED},
	{"what it takes", JR_SEC_REQUIRED},
	{"you should have", JR_SEC_REQUIRED},
	{"your skills", JR_SEC_REQUIRED},
	{"you need", JR_SEC_REQUIRED},
	{"who you are", JR_SEC_REQUIRED},
	{"about you", JR_SEC_REQUIRED},
	{"requirement", JR_SEC_REQUIRED},
	{"qualification", JR_SEC_REQUIRED},
	{"required", JR_SEC_REQUIRED},
	{"must have", JR_SEC_REQUIRED},
	{"must-have", JR_SEC_REQUIRED},
	{"minimum", JR_SEC_REQUIRED},
	{"basic", JR_SEC_REQUIRED},
	{"prerequisite", JR_SEC_REQUIRED},
	{"eligibility", JR_SEC_REQUIRED},
	{"ideal candidate", JR_SEC_REQUIRED},
	{"your profile", JR_SEC_REQUIRED},
	{"candidate profile", JR_SEC_REQUIRED},
	{"education", JR_SEC_REQUIRED},
	{"experience", JR_SEC_REQUIRED},
	{"knowledge", JR_SEC_REQUIRED},
	{"competenc", JR_SEC_REQUIRED},
	{"certification", JR_SEC_REQUIRED},
	{"licens", JR_SEC_REQUIRED},
	{"credential", JR_SEC_REQUIRED},
	{"abilities", JR_SEC_REQUIRED},
	{"responsibilit", JR_SEC_RESPONSIBILITIES},
	{"duties", JR_SEC_RESPONSIBILITIES},
	{"what you'll do", JR_SEC_RESPONSIBILITIES},
	{"what you will do", JR_SEC_RESPONSIBILITIES},
	{"what you'd", JR_SEC_RESPONSIBILITIES},
	{"what you'll be doing", JR_SEC_RESPONSIBILITIES},
	{"what you will be doing", JR_SEC_RESPONSIBILITIES},
	{"you will", JR_SEC_RESPONSIBILITIES},
	{"you'll", JR_SEC_RESPONSIBILITIES},
	{"in this role", JR_SEC_RESPONSIBILITIES},
	{"the role", JR_SEC_RESPONSIBILITIES},
	{"this role", JR_SEC_RESPONSIBILITIES},
	{"the position", JR_SEC_RESPONSIBILITIES},
	{"your role", JR_SEC_RESPONSIBILITIES},
	{"day to day", JR_SEC_RESPONSIBILITIES},
	{"day-to-day", JR_SEC_RESPONSIBILITIES},
	{"your impact", JR_SEC_RESPONSIBILITIES},
	{"accountabilit", JR_SEC_RESPONSIBILITIES},
	{"key tasks", JR_SEC_RESPONSIBILITIES},
	{"tasks", JR_SEC_RESPONSIBILITIES},
	{"your mission", JR_SEC_RESPONSIBILITIES},
	{"skill", JR_SEC_SKILLS},
	{"technolog", JR_SEC_SKILLS},
	{"tech stack", JR_SEC_SKILLS},
	{"our stack", JR_SEC_SKILLS},
	{"tools", JR_SEC_SKILLS},
	{"benefit", JR_SEC_BENEFITS},
	{"perks", JR_SEC_BENEFITS},
	{"we offer", JR_SEC_BENEFITS},
	{"what's in it", JR_SEC_BENEFITS},
	{"why join", JR_SEC_BENEFITS},
	{"why work", JR_SEC_BENEFITS},
	{"why you'll love", JR_SEC_BENEFITS},
	{"rewards", JR_SEC_BENEFITS},
	{"in return", JR_SEC_BENEFITS},
	{"our offer", JR_SEC_BENEFITS},
	{"pay", JR_SEC_COMPENSATION},
	{"about us", JR_SEC_ABOUT_COMPANY},
	{"about the company", JR_SEC_ABOUT_COMPANY},
	{"who we are", JR_SEC_ABOUT_COMPANY},
	{"company description", JR_SEC_ABOUT_COMPANY},
	{"company overview", JR_SEC_ABOUT_COMPANY},
	{"our company", JR_SEC_ABOUT_COMPANY},
	{"our story", JR_SEC_ABOUT_COMPANY},
	{"our mission", JR_SEC_ABOUT_COMPANY},
	{"who are we", JR_SEC_ABOUT_COMPANY},
	{"what we do", JR_SEC_ABOUT_COMPANY},
	{"about", JR_SEC_ABOUT_COMPANY},
	{NULL, 0}
};

/* True when needle occurs in hay[0, n) (both lower-case ASCII). */
static bool
contains(const char *hay, size_t n, const char *needle)
{
	size_t		m = strlen(needle);
	size_t		i;

	if (m > n)
		return false;
	for (i = 0; i + m <= n; i++)
		if (hay[i] == needle[0] && memcmp(hay + i, needle, m) == 0)
		{
			/* whole-word start for short words like "pay", "eeo" */
			if (m <= 5 && i > 0 && hay[i - 1] >= 'a' && hay[i - 1] <= 'z')
				continue;
			return true;
		}
	return false;
}

/* True when s[0, len) is a generic heading ("About the job", "Summary"). */
bool
jr_heading_is_generic(const char *s, size_t len)
{
	char		low[64];
	size_t		n = 0;

	while (len > 0 && (s[len - 1] == ':' || s[len - 1] == ' '))
		len--;
	if (len == 0 || len >= sizeof(low))
		return false;
	for (size_t i = 0; i < len; i++)
		low[n++] = lower_ascii(s[i]);
	low[n] = '\0';
	for (int k = 0; other_headings[k]; k++)
		if (strcmp(low, other_headings[k]) == 0)
			return true;
	return false;
}

/* Heading kind of a short phrase, or -1 when it names no known section. */
int
jr_heading_kind(const char *s, size_t len)
{
	char		low[96];
	size_t		n = 0;
	size_t		i;
	int			k;

	/* lower-case, strip decoration and a trailing colon */
	while (len > 0 && (s[len - 1] == ':' || s[len - 1] == ' ' ||
					   s[len - 1] == '*' || s[len - 1] == '#' ||
					   s[len - 1] == '-' || s[len - 1] == '_' ||
					   s[len - 1] == '='))
		len--;
	while (len > 0 && (s[0] == '*' || s[0] == '#' || s[0] == ' ' ||
					   s[0] == '_' || s[0] == '='))
	{
		s++;
		len--;
	}
	if (len == 0 || len >= sizeof(low))
		return -1;
	for (i = 0; i < len; i++)
		low[n++] = lower_ascii(s[i]);
	low[n] = '\0';
	for (k = 0; other_headings[k]; k++)
		if (other_headings[k][0] == low[0] && strcmp(low, other_headings[k]) == 0)
			return JR_SEC_OTHER;
	for (k = 0; heading_words[k].word; k++)
		if (memchr(low, heading_words[k].word[0], n) != NULL &&
			contains(low, n, heading_words[k].word))
			return heading_words[k].kind;
	return -1;
}

/* How a label may be written. */
#define LF_COLON	0x01		/* "Label: value" */
#define LF_BARE		0x02		/* "Label value" (value must fit its shape) */
#define LF_NEXT		0x04		/* "Label" alone, value on the next line */

/* What a label's value must look like to count. */
typedef enum label_shape
{
	SHAPE_ANY = 0,
	SHAPE_TYPE,
	SHAPE_LEVEL,
	SHAPE_YEARS,
	SHAPE_EDU,
	SHAPE_MONEY,
	SHAPE_NAME,
	SHAPE_LEVEL_OR_YEARS
} label_shape;

/* One way of writing a header label. */
typedef struct label_def
{
	const char *name;			/* lower case */
	uint8_t		label;
	uint8_t		forms;
	uint8_t		shape;
} label_def;

static const label_def label_defs[] = {
	{"job title", JR_LABEL_TITLE, LF_COLON, SHAPE_ANY},
	{"title", JR_LABEL_TITLE, LF_COLON, SHAPE_ANY},
	{"position title", JR_LABEL_TITLE, LF_COLON, SHAPE_ANY},
	{"position", JR_LABEL_TITLE, LF_COLON, SHAPE_NAME},
	{"role", JR_LABEL_TITLE, LF_COLON, SHAPE_NAME},
	{"company", JR_LABEL_COMPANY, LF_COLON, SHAPE_ANY},
	{"company name", JR_LABEL_COMPANY, LF_COLON, SHAPE_ANY},
	{"employer", JR_LABEL_COMPANY, LF_COLON, SHAPE_ANY},
	{"hiring company", JR_LABEL_COMPANY, LF_COLON, SHAPE_ANY},
	{"organization", JR_LABEL_COMPANY, LF_COLON, SHAPE_NAME},
	{"organisation", JR_LABEL_COMPANY, LF_COLON, SHAPE_NAME},
	{"location", JR_LABEL_LOCATION, LF_COLON | LF_NEXT, SHAPE_ANY},
	{"locations", JR_LABEL_LOCATION, LF_COLON, SHAPE_ANY},
	{"job location", JR_LABEL_LOCATION, LF_COLON | LF_NEXT, SHAPE_ANY},
	{"work location", JR_LABEL_LOCATION, LF_COLON | LF_NEXT, SHAPE_ANY},
	{"office location", JR_LABEL_LOCATION, LF_COLON, SHAPE_ANY},
	{"city", JR_LABEL_LOCATION, LF_COLON, SHAPE_ANY},
	{"based in", JR_LABEL_LOCATION, LF_COLON, SHAPE_ANY},
	{"salary", JR_LABEL_SALARY, LF_COLON | LF_BARE, SHAPE_MONEY},
	{"salary range", JR_LABEL_SALARY, LF_COLON | LF_BARE, SHAPE_MONEY},
	{"pay", JR_LABEL_SALARY, LF_COLON, SHAPE_MONEY},
	{"pay range", JR_LABEL_SALARY, LF_COLON, SHAPE_MONEY},
	{"pay rate", JR_LABEL_SALARY, LF_COLON, SHAPE_MONEY},
	{"base pay", JR_LABEL_SALARY, LF_COLON, SHAPE_MONEY},
	{"base salary", JR_LABEL_SALARY, LF_COLON, SHAPE_MONEY},
	{"compensation", JR_LABEL_SALARY, LF_COLON, SHAPE_MONEY},
	{"rate", JR_LABEL_SALARY, LF_COLON, SHAPE_MONEY},
	{"hourly rate", JR_LABEL_SALARY, LF_COLON, SHAPE_MONEY},
	{"wage", JR_LABEL_SALARY, LF_COLON, SHAPE_MONEY},
	{"wages", JR_LABEL_SALARY, LF_COLON, SHAPE_MONEY},
	{"type", JR_LABEL_TYPE, LF_COLON | LF_BARE, SHAPE_TYPE},
	{"job type", JR_LABEL_TYPE, LF_COLON | LF_NEXT, SHAPE_ANY},
	{"job types", JR_LABEL_TYPE, LF_COLON | LF_NEXT, SHAPE_ANY},
	{"employment type", JR_LABEL_TYPE, LF_COLON | LF_NEXT, SHAPE_ANY},
	{"employment", JR_LABEL_TYPE, LF_COLON, SHAPE_TYPE},
	{"contract type", JR_LABEL_TYPE, LF_COLON, SHAPE_ANY},
	{"contract", JR_LABEL_TYPE, LF_COLON, SHAPE_TYPE},
	{"position type", JR_LABEL_TYPE, LF_COLON, SHAPE_ANY},
	{"work type", JR_LABEL_TYPE, LF_COLON, SHAPE_ANY},
	{"job status", JR_LABEL_TYPE, LF_COLON, SHAPE_ANY},
	{"duration", JR_LABEL_DURATION, LF_COLON, SHAPE_ANY},
	{"schedule", JR_LABEL_SCHEDULE, LF_COLON, SHAPE_ANY},
	{"shift", JR_LABEL_SCHEDULE, LF_COLON, SHAPE_ANY},
	{"shifts", JR_LABEL_SCHEDULE, LF_COLON, SHAPE_ANY},
	{"hours", JR_LABEL_SCHEDULE, LF_COLON, SHAPE_ANY},
	{"working hours", JR_LABEL_SCHEDULE, LF_COLON, SHAPE_ANY},
	{"work schedule", JR_LABEL_SCHEDULE, LF_COLON, SHAPE_ANY},
	{"seniority level", JR_LABEL_LEVEL, LF_COLON | LF_NEXT, SHAPE_ANY},
	{"seniority", JR_LABEL_LEVEL, LF_COLON, SHAPE_ANY},
	{"experience level", JR_LABEL_LEVEL, LF_COLON | LF_NEXT, SHAPE_ANY},
	{"career level", JR_LABEL_LEVEL, LF_COLON, SHAPE_ANY},
	{"job level", JR_LABEL_LEVEL, LF_COLON, SHAPE_ANY},
	{"level", JR_LABEL_LEVEL, LF_COLON, SHAPE_LEVEL},
	{"experience", JR_LABEL_LEVEL, LF_COLON | LF_BARE, SHAPE_LEVEL_OR_YEARS},
	{"exp. years", JR_LABEL_YEARS, LF_COLON | LF_BARE, SHAPE_YEARS},
	{"years of experience", JR_LABEL_YEARS, LF_COLON, SHAPE_YEARS},
	{"experience required", JR_LABEL_YEARS, LF_COLON, SHAPE_YEARS},
	{"required experience", JR_LABEL_YEARS, LF_COLON, SHAPE_YEARS},
	{"minimum experience", JR_LABEL_YEARS, LF_COLON, SHAPE_YEARS},
	{"education", JR_LABEL_EDUCATION, LF_COLON | LF_BARE, SHAPE_EDU},
	{"education level", JR_LABEL_EDUCATION, LF_COLON, SHAPE_EDU},
	{"degree", JR_LABEL_EDUCATION, LF_COLON, SHAPE_EDU},
	{"required education", JR_LABEL_EDUCATION, LF_COLON, SHAPE_EDU},
	{"category", JR_LABEL_CATEGORY, LF_COLON | LF_BARE, SHAPE_NAME},
	{"job category", JR_LABEL_CATEGORY, LF_COLON, SHAPE_NAME},
	{"department", JR_LABEL_FUNCTION, LF_COLON, SHAPE_ANY},
	{"job function", JR_LABEL_FUNCTION, LF_COLON | LF_BARE | LF_NEXT,
	SHAPE_NAME},
	{"function", JR_LABEL_FUNCTION, LF_COLON, SHAPE_NAME},
	{"role subtype", JR_LABEL_FUNCTION, LF_COLON | LF_BARE, SHAPE_NAME},
	{"industry", JR_LABEL_INDUSTRY, LF_COLON | LF_BARE | LF_NEXT, SHAPE_NAME},
	{"industries", JR_LABEL_INDUSTRY, LF_COLON | LF_NEXT, SHAPE_NAME},
	{"sector", JR_LABEL_INDUSTRY, LF_COLON, SHAPE_NAME},
	{"date posted", JR_LABEL_DATE, LF_COLON | LF_NEXT, SHAPE_ANY},
	{"posted", JR_LABEL_DATE, LF_COLON, SHAPE_ANY},
	{"posted on", JR_LABEL_DATE, LF_COLON, SHAPE_ANY},
	{"posting date", JR_LABEL_DATE, LF_COLON, SHAPE_ANY},
	{"post date", JR_LABEL_DATE, LF_COLON, SHAPE_ANY},
	{"published", JR_LABEL_DATE, LF_COLON, SHAPE_ANY},
	{"date", JR_LABEL_DATE, LF_COLON, SHAPE_ANY},
	{"workplace type", JR_LABEL_WORKPLACE, LF_COLON | LF_NEXT, SHAPE_ANY},
	{"workplace", JR_LABEL_WORKPLACE, LF_COLON, SHAPE_ANY},
	{"work arrangement", JR_LABEL_WORKPLACE, LF_COLON, SHAPE_ANY},
	{"work model", JR_LABEL_WORKPLACE, LF_COLON, SHAPE_ANY},
	{"work mode", JR_LABEL_WORKPLACE, LF_COLON, SHAPE_ANY},
	{"mode", JR_LABEL_WORKPLACE, LF_COLON, SHAPE_ANY},
	{"working mode", JR_LABEL_WORKPLACE, LF_COLON, SHAPE_ANY},
	{"remote work", JR_LABEL_WORKPLACE, LF_COLON, SHAPE_ANY},
	{"work environment", JR_LABEL_WORKPLACE, LF_COLON, SHAPE_ANY},
	{"work setting", JR_LABEL_WORKPLACE, LF_COLON, SHAPE_ANY},
	{"location type", JR_LABEL_WORKPLACE, LF_COLON, SHAPE_ANY},
	{"remote status", JR_LABEL_WORKPLACE, LF_COLON, SHAPE_ANY},
	{"tech domains", JR_LABEL_SKILLS, LF_COLON | LF_BARE, SHAPE_NAME},
	{NULL, 0, 0, 0}
};

/* True when s[0, n) starts with word w (lower case), ignoring case. */
static bool
starts_with_ci(const char *s, size_t n, const char *w)
{
	size_t		m = strlen(w);
	size_t		i;

	if (m > n)
		return false;
	for (i = 0; i < m; i++)
		if (lower_ascii(s[i]) != w[i])
			return false;
	return true;
}

/* True when s[0, n) contains w (lower case), ignoring case. */
static bool
contains_ci(const char *s, size_t n, const char *w)
{
	size_t		m = strlen(w);
	size_t		i;

	for (i = 0; i + m <= n; i++)
		if (lower_ascii(s[i]) == w[0] && starts_with_ci(s + i, n - i, w))
			return true;
	return false;
}

/* Number of space-separated words in s[0, n). */
static int
count_words(const char *s, size_t n)
{
	int			w = 0;
	bool		in = false;
	size_t		i;

	for (i = 0; i < n; i++)
	{
		if (s[i] == ' ')
			in = false;
		else if (!in)
		{
			in = true;
			w++;
		}
	}
	return w;
}

/* True when value v[0, n) starts with a seniority word. */
static bool
looks_like_level(const char *v, size_t n)
{
	static const char *const words[] = {
		"intern", "entry", "junior", "jr", "mid", "senior", "sr", "lead",
		"principal", "staff", "manager", "director", "executive",
		"associate", "not specified", "vp", "vice president", "head",
		"experienced", "graduate", "internship", NULL};
	int			k;

	if (count_words(v, n) > 3)
		return false;
	for (k = 0; words[k]; k++)
		if (starts_with_ci(v, n, words[k]))
			return true;
	return false;
}

/* True when value v[0, n) has the shape a label expects. */
static bool
value_fits(const char *v, size_t n, label_shape shape)
{
	static const char *const types[] = {
		"full", "part", "contract", "temp", "intern", "per diem", "per-diem",
		"prn", "volunteer", "seasonal", "freelance", "permanent",
		"not specified", "casual", "fixed", "regular", "hourly", NULL};
	static const char *const edus[] = {
		"bachelor", "master", "phd", "ph.d", "doctor", "associate",
		"high school", "diploma", "ged", "none", "not specified", "degree",
		"mba", "no degree", "secondary", "vocational", "certificat",
		"some college", "professional", "unspecified", NULL};
	int			k;

	if (n == 0)
		return false;
	switch (shape)
	{
		case SHAPE_ANY:
			return true;
		case SHAPE_TYPE:
			for (k = 0; types[k]; k++)
				if (starts_with_ci(v, n, types[k]))
					return true;
			return false;
		case SHAPE_LEVEL:
			return looks_like_level(v, n);
		case SHAPE_YEARS:
			return v[0] >= '0' && v[0] <= '9';
		case SHAPE_EDU:
			for (k = 0; edus[k]; k++)
				if (contains_ci(v, n < 40 ? n : 40, edus[k]))
					return true;
			return false;
		case SHAPE_MONEY:
			for (size_t i = 0; i < n && i < 40; i++)
				if ((v[i] >= '0' && v[i] <= '9') || v[i] == '$' ||
					(unsigned char) v[i] >= 0xC2)
					return true;
			return starts_with_ci(v, n, "competitive") ||
				starts_with_ci(v, n, "doe") ||
				starts_with_ci(v, n, "negotiable");
		case SHAPE_NAME:
			return (v[0] >= 'A' && v[0] <= 'Z') ||
				(unsigned char) v[0] >= 0xC2;
		case SHAPE_LEVEL_OR_YEARS:
			return (v[0] >= '0' && v[0] <= '9') || looks_like_level(v, n);
	}
	return false;
}

/*
 * Recognize a label at the start of line s[0, n).  On success returns the
 * label and sets *vstart (offset of the value in s, n when the value is on
 * the next line).
 */
static jr_label
match_label(const char *s, size_t n, size_t *vstart)
{
	const label_def *best = NULL;
	size_t		best_len = 0;
	size_t		best_v = 0;
	int			k;

	if (n == 0 || !((s[0] >= 'A' && s[0] <= 'Z') ||
					(s[0] >= 'a' && s[0] <= 'z')))
		return JR_LABEL_NONE;
	for (k = 0; label_defs[k].name; k++)
	{
		const label_def *d = &label_defs[k];
		size_t		m = strlen(d->name);
		size_t		j;
		size_t		v;

		if (m <= best_len || !starts_with_ci(s, n, d->name))
			continue;
		j = m;
		if (j == n)
		{
			if (d->forms & LF_NEXT)
			{
				best = d;
				best_len = m;
				best_v = n;
			}
			continue;
		}
		while (j < n && s[j] == ' ')
			j++;
		if (j < n && s[j] == ':' && (d->forms & LF_COLON))
		{
			v = j + 1;
			while (v < n && s[v] == ' ')
				v++;
			if (v == n)
			{
				if (d->forms & LF_NEXT)
				{
					best = d;
					best_len = m;
					best_v = n;
				}
				continue;
			}
			if (d->shape == SHAPE_ANY || d->shape == SHAPE_NAME ||
				value_fits(s + v, n - v, d->shape))
			{
				best = d;
				best_len = m;
				best_v = v;
			}
			continue;
		}
		if (j == m + 1 && (d->forms & LF_BARE) && j < n &&
			value_fits(s + j, n - j, d->shape) && n <= 200)
		{
			best = d;
			best_len = m;
			best_v = j;
		}
	}
	if (best == NULL)
		return JR_LABEL_NONE;
	*vstart = best_v;
	if (best->shape == SHAPE_LEVEL_OR_YEARS && best_v < n)
		return (s[best_v] >= '0' && s[best_v] <= '9') ? JR_LABEL_YEARS
			: JR_LABEL_LEVEL;
	return (jr_label) best->label;
}

/* True when the 3-byte UTF-8 character at u is a list bullet glyph. */
static bool
is_bullet_glyph(const unsigned char *u)
{
	static const unsigned char glyphs[][2] = {
		{0x80, 0xA2}, {0x80, 0xA3}, {0x81, 0x83}, {0x97, 0xA6}, {0x97, 0x8F},
		{0x97, 0x8B}, {0x96, 0xAA}, {0x96, 0xAB}, {0x96, 0xA0}, {0x96, 0xA1},
		{0x96, 0xB8}, {0x96, 0xBA}, {0x96, 0xB6}, {0x9E, 0xA2}, {0x9E, 0xA4},
		{0x9C, 0x93}, {0x9C, 0x94}, {0x97, 0x86}, {0x9D, 0x96}, {0x86, 0x92},
		{0x98, 0x90}, {0x98, 0x85}, {0x97, 0xBE}, {0x9E, 0x94}, {0x9E, 0x9C}};

	for (size_t k = 0; k < sizeof(glyphs) / sizeof(glyphs[0]); k++)
		if (u[1] == glyphs[k][0] && u[2] == glyphs[k][1])
			return true;
	return false;
}

/*
 * Length of a bullet or list number at the start of line s[0, n): the
 * marker and the spaces after it; 0 when the line is not a list item.
 */
static size_t
bullet_len(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		m = 0;

	if (n < 2)
		return 0;
	if ((s[0] == '-' || s[0] == '*' || s[0] == '+' || s[0] == '>') &&
		s[1] == ' ')
		m = 1;
	else if (s[0] == '-' && s[1] >= 'A' && s[1] <= 'Z')
		return 1;
	else if (s[0] == 'o' && s[1] == ' ' && n > 2 && s[2] >= 'A' &&
			 s[2] <= 'Z')
		m = 1;
	else if (u[0] == 0xC2 && u[1] == 0xB7)
		m = 2;
	else if (u[0] == 0xE2 && n >= 3 && is_bullet_glyph(u))
		m = 3;
	else if (s[0] >= '0' && s[0] <= '9')
	{
		size_t		j = 1;

		if (n > 1 && s[1] >= '0' && s[1] <= '9')
			j = 2;
		if (j < n && (s[j] == '.' || s[j] == ')') && j + 1 < n &&
			s[j + 1] == ' ')
			m = j + 1;
		else
			return 0;
	}
	else if (s[0] == '(' && n > 3 && s[1] >= '0' && s[1] <= '9')
	{
		size_t		j = 2;

		if (s[j] >= '0' && s[j] <= '9')
			j++;
		if (j < n && s[j] == ')')
			m = j + 1;
		else
			return 0;
	}
	else if (s[0] >= 'a' && s[0] <= 'h' && s[1] == ')' && n > 2 &&
			 s[2] == ' ')
		m = 2;
	else
		return 0;
	while (m < n && s[m] == ' ')
		m++;
	return m;
}

/* True when line s[0, n) reads like a heading; *kind gets its kind. */
static bool
heading_line(const char *s, size_t n, bool near_top, bool spaced,
			 bool before_list, int *kind)
{
	size_t		a = 0;
	size_t		b = n;
	bool		colon = false;
	bool		lowercase = false;
	int			letters = 0;
	int			words;
	int			k;
	size_t		i;

	while (a < b && (s[a] == '*' || s[a] == '#' || s[a] == '_' ||
					 s[a] == '=' || s[a] == ' '))
		a++;
	while (b > a && (s[b - 1] == '*' || s[b - 1] == '_' || s[b - 1] == ' ' ||
					 s[b - 1] == '='))
		b--;
	if (b > a && s[b - 1] == ':')
	{
		colon = true;
		b--;
	}
	if (b <= a || b - a > 80)
		return false;
	words = count_words(s + a, b - a);
	if (words > 10)
		return false;
	for (i = a; i < b; i++)
	{
		if (s[i] >= 'a' && s[i] <= 'z')
			lowercase = true;
		if ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z'))
			letters++;
	}
	if (letters < 2)
		return false;
	k = jr_heading_kind(s + a, b - a);
	if (colon && words <= 8 && memchr(s + a, '.', b - a) == NULL)
	{
		*kind = k >= 0 ? k : JR_SEC_OTHER;
		return true;
	}
	if (!lowercase && letters >= 3 && words <= 8)
	{
		*kind = k >= 0 ? k : JR_SEC_OTHER;
		return true;
	}
	if (k < 0 && !near_top && before_list && words <= 5 &&
		((s[a] >= 'A' && s[a] <= 'Z') || (unsigned char) s[a] >= 0xC2) &&
		s[b - 1] != '.' && s[b - 1] != ',' && s[b - 1] != ';' &&
		s[b - 1] != '!' && s[b - 1] != '?')
	{
		*kind = JR_SEC_OTHER;
		return true;
	}
	if (k >= 0 && !near_top && spaced && words <= 6 &&
		((s[a] >= 'A' && s[a] <= 'Z') || (unsigned char) s[a] >= 0xC2) &&
		s[b - 1] != '.' && s[b - 1] != ',' && s[b - 1] != ';')
	{
		*kind = k;
		return true;
	}
	return false;
}

/*
 * Headings written inside a paragraph ("... Basic Qualifications: ..."):
 * capitalized section names followed by a colon.
 */
static jr_regex inline_heading_re = JR_REGEX(
	"(?:(?:Key|Basic|Minimum|Preferred|Required|Desired|Desirable|"
	"Additional|Primary|Essential|Main|Core|Technical|Other|Special|Bonus|"
	"Position|Job|Your|Our|Ideal|General|Major|Principal|Specific|"
	"Professional|Candidate|Must[- ]Have|Nice[- ]to[- ]Have) )?"
	"(?:Qualifications?|Responsibilit(?:y|ies)|Requirements?|"
	"Duties(?: (?:and|&) Responsibilities)?|"
	"Skills(?: (?:and|&) (?:Experience|Qualifications|Abilities|"
	"Requirements))?|"
	"Education(?: (?:and|&) (?:Experience|Training))?|"
	"Experience(?: (?:and|&) (?:Education|Skills|Qualifications))?|"
	"Benefits|Perks|Compensation|Salary(?: Range)?|Pay Range|"
	"Nice[ -]to[ -][Hh]aves?|Must[ -][Hh]aves?|"
	"What [Yy]ou'll [Dd]o|What [Yy]ou [Ww]ill [Dd]o|What [Yy]ou'll [Nn]eed|"
	"What [Yy]ou [Nn]eed|What [Ww]e [Oo]ffer|What [Yy]ou [Bb]ring|"
	"What [Ww]e're [Ll]ooking [Ff]or|Who [Yy]ou [Aa]re|About [Yy]ou|"
	"About [Uu]s|About the [Rr]ole|About the [Cc]ompany|The [Rr]ole|"
	"Job [Dd]escription|Company [Dd]escription|Role [Dd]escription|"
	"Position [Ss]ummary|Job [Ss]ummary|Tech [Ss]tack|"
	"Knowledge(?:,? Skills,? (?:and|&) Abilities)?|Certifications?|"
	"Licen[cs]es?(?: (?:and|&) Certifications?)?|"
	"Physical [Rr]equirements|Preferred|Required|Desired)"
	"(?:\\s?:|\\s?-\\s|(?<=[a-z])(?=[A-Z][a-z]))", 0);

/*
 * Most bytes from the start of an inline heading to its terminator (the
 * colon, the dash, or the capital of a run-together next word): the longest
 * qualifier, heading and space are under 50 bytes.
 */
#define INLINE_HEADING_REACH 128

/*
 * First position in [from, end) where an inline heading can end: a colon, a
 * dash, or a capital after a lower-case letter and before another (the
 * three endings of inline_heading_re).  SIZE_MAX when there is none.
 */
static size_t
heading_terminator(const char *text, size_t from, size_t end)
{
	size_t		i;

	for (i = from; i < end; i++)
	{
		char		c = text[i];

		if (c == ':' || c == '-')
			return i;
		if (c >= 'A' && c <= 'Z' && i > from && i + 1 < end &&
			text[i - 1] >= 'a' && text[i - 1] <= 'z' &&
			text[i + 1] >= 'a' && text[i + 1] <= 'z')
			return i;
	}
	return SIZE_MAX;
}

/*
 * Labels written inside a line ("... Location: Alpharetta, GA Position
 * Type: Contract ...", "Job Type: Full-TimeLocation: Remote").
 */
static jr_regex inline_label_re = JR_REGEX(
	"(?:job title|position title|company name|company|employer|"
	"job location|work location|locations?|job type|position type|"
	"employment type|contract type|work type|duration|base salary|rate|"
	"salary range|salary|pay range|pay rate|pay|compensation|date posted|"
	"workplace type|work arrangement)\\s?:", JR_RE_CASELESS);

/*
 * Most bytes from the start of an inline label to its colon: 16 characters
 * and a space, each at most 3 bytes in UTF-8 (caseless matching admits
 * the Kelvin sign for k), with room to spare.
 */
#define INLINE_LABEL_REACH 64

/* Label an inline label phrase s[0, n) (without the colon) stands for. */
static jr_label
inline_label_of(const char *s, size_t n)
{
	while (n > 0 && (s[n - 1] == ':' || s[n - 1] == ' '))
		n--;
	if (starts_with_ci(s, n, "job title") || starts_with_ci(s, n, "position title"))
		return JR_LABEL_TITLE;
	if (starts_with_ci(s, n, "company") || starts_with_ci(s, n, "employer"))
		return JR_LABEL_COMPANY;
	if (contains_ci(s, n, "location"))
		return JR_LABEL_LOCATION;
	if (contains_ci(s, n, "type") && !contains_ci(s, n, "workplace"))
		return JR_LABEL_TYPE;
	if (starts_with_ci(s, n, "duration"))
		return JR_LABEL_DURATION;
	if (contains_ci(s, n, "salary") || starts_with_ci(s, n, "pay") ||
		starts_with_ci(s, n, "compensation") || starts_with_ci(s, n, "rate"))
		return JR_LABEL_SALARY;
	if (starts_with_ci(s, n, "date"))
		return JR_LABEL_DATE;
	return JR_LABEL_WORKPLACE;
}

/*
 * Record labels written inside line [a, b) of text; a line label pend
 * whose value starts at a is closed at the first inline label.
 */
static void
inline_labels(jr_layout *lo, const char *text, size_t a, size_t b,
			  jr_label pend, jr_error *err)
{
	size_t		from = a;
	size_t		pend_start = a;

	for (;;)
	{
		jr_match	m;
		int			rc = 0;
		size_t		vend;

		if (from < b)
		{
			/*
			 * Every label ends with a colon at most INLINE_LABEL_REACH bytes
			 * after its start and holds no colon before it, so the leftmost
			 * label is the one ending at the first colon that ends one:
			 * search colon by colon, each time only the bytes before it.
			 */
			size_t		cf = from;
			const char *colon;

			while (rc == 0 &&
				   (colon = memchr(text + cf, ':', b - cf)) != NULL)
			{
				size_t		c = (size_t) (colon - text);
				size_t		s = c > from + INLINE_LABEL_REACH ?
					c - INLINE_LABEL_REACH : from;
				unsigned char before = c > from ?
					(unsigned char) text[c - 1] : 0;

				cf = c + 1;
				/* a label's last letter or a space precedes its colon */
				if (!((before | 0x20) >= 'a' && (before | 0x20) <= 'z') &&
					before < 0x80 && before != ' ' && before != '\t' &&
					before != '\n' && before != '\r' && before != '\f' &&
					before != '\v')
					continue;
				/* start on a character, not inside one */
				while (s > from && ((unsigned char) text[s] & 0xC0) == 0x80)
					s--;
				rc = jr_regex_search(&inline_label_re, text, c + 1, s, &m, err);
			}
		}
		if (rc < 0)
		{
			jr_error_clear(err);
			rc = 0;
		}
		if (rc == 1)
		{
			char		prev = m.start[0] > a ? text[m.start[0] - 1] : ' ';

			from = m.end[0];
			/* a capitalized label, after a space, punctuation or a glued word */
			if (!(text[m.start[0]] >= 'A' && text[m.start[0]] <= 'Z') ||
				(prev >= 'A' && prev <= 'Z') || (prev >= '0' && prev <= '9'))
				continue;
		}
		/* close the pending value at this label (or the line end) */
		if (pend != JR_LABEL_NONE)
		{
			size_t		vs = pend_start;

			vend = rc == 1 ? m.start[0] : b;
			while (vs < vend && text[vs] == ' ')
				vs++;
			for (size_t i = vs; i < vend; i++)
				if ((text[i] == '.' && i + 1 < vend && text[i + 1] == ' ') ||
					text[i] == ';' || text[i] == '|' ||
					(i - vs >= 100 &&
					 ((unsigned char) text[i] & 0xC0) != 0x80))
				{
					vend = i;
					break;
				}
			while (vend > vs && text[vend - 1] == ' ')
				vend--;
			if (vend > vs && (!lo->labels[pend].found ||
							  lo->labels[pend].start == vs))
			{
				lo->labels[pend].start = vs;
				lo->labels[pend].end = vend;
				lo->labels[pend].found = true;
			}
			pend = JR_LABEL_NONE;
		}
		if (rc != 1)
			break;
		pend = inline_label_of(text + m.start[0], m.end[0] - m.start[0]);
		pend_start = m.end[0];
	}
}

/* A section boundary being collected. */
typedef struct boundary
{
	size_t		pos;
	int			kind;
} boundary;

/* Append a section [start, end) of kind to layout (merging with the last). */
static bool
push_section(jr_layout *lo, size_t start, size_t end, int kind)
{
	jr_section *sec;

	if (end <= start)
		return true;
	if (lo->nsections > 0 &&
		lo->sections[lo->nsections - 1].kind == (jr_section_kind) kind &&
		lo->sections[lo->nsections - 1].end == start)
	{
		lo->sections[lo->nsections - 1].end = end;
		return true;
	}
	if (lo->nsections == lo->capsections)
	{
		size_t		cap = lo->capsections ? lo->capsections * 2 : 16;
		jr_section *s = jr_realloc(lo->sections, cap * sizeof(jr_section));

		if (s == NULL)
			return false;
		lo->sections = s;
		lo->capsections = cap;
	}
	sec = &lo->sections[lo->nsections++];
	sec->start = start;
	sec->end = end;
	sec->kind = (jr_section_kind) kind;
	return true;
}

/* Kind of the section containing byte offset pos (JR_SEC_OTHER if none). */
jr_section_kind
jr_section_at(const jr_posting_text *pt, size_t pos)
{
	int			lo = 0;
	int			hi = pt->nsections;

	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (pt->sections[mid].end <= pos)
			lo = mid + 1;
		else if (pt->sections[mid].start > pos)
			hi = mid;
		else
			return pt->sections[mid].kind;
	}
	return JR_SEC_OTHER;
}

/* Release what jr_layout_build allocated. */
void
jr_layout_free(jr_layout *layout)
{
	jr_free(layout->lines);
	jr_free(layout->sections);
	memset(layout, 0, sizeof(*layout));
}

/* Count the joins in line s[0, n) where list items run together. */
static int
count_joins(const char *s, size_t n, int *sentences)
{
	int			joins = 0;
	size_t		i;

	*sentences = 0;
	for (i = 1; i + 1 < n; i++)
	{
		char		p = s[i - 1];
		char		c = s[i];
		char		nx = s[i + 1];

		if (c >= 'a' && c <= 'z')
			continue;			/* every case below needs another c */
		if (p >= 'a' && p <= 'z' && c >= 'A' && c <= 'Z' &&
			((nx >= 'a' && nx <= 'z') || (nx >= 'A' && nx <= 'Z')))
			joins++;
		else if (p >= 'a' && p <= 'z' && i >= 3 && s[i - 2] >= 'a' &&
				 s[i - 2] <= 'z' && c >= '0' && c <= '9' &&
				 (nx == '+' || (nx >= '0' && nx <= '9' && i + 2 < n &&
								s[i + 2] == '+')))
			joins++;
		else if (p == ')' && c >= 'A' && c <= 'Z' && nx >= 'a' && nx <= 'z')
			joins++;
		else if (i >= 2 && p >= 'A' && p <= 'Z' && s[i - 2] >= 'A' &&
				 s[i - 2] <= 'Z' && c >= 'A' && c <= 'Z' && nx >= 'a' &&
				 nx <= 'z')
			joins++;
		else if ((p == '.' || p == '!' || p == '?') && c == ' ' &&
				 nx >= 'A' && nx <= 'Z')
			(*sentences)++;
	}
	return joins;
}

/*
 * Mark lines whose list items run together.  A block of three or more
 * such lines with no heading above them (the job-board layout "required
 * items / preferred items / skill lists") gets section kinds by position.
 */
static void
mark_glued(jr_layout *lo, const char *text)
{
	size_t		i = 0;

	while (i < lo->nlines)
	{
		size_t		j = i;
		int			strong = 0;

		while (j < lo->nlines)
		{
			jr_line    *ln = &lo->lines[j];
			int			sentences;
			int			joins;
			int			words;

			if (ln->kind != JR_LINE_TEXT && ln->kind != JR_LINE_BULLET)
				break;
			joins = count_joins(text + ln->start, ln->end - ln->start,
								&sentences);
			words = count_words(text + ln->start, ln->end - ln->start);
			if (joins == 0 || sentences > 1 || joins * 16 < words)
				break;
			if (joins >= 3 && joins * 6 >= words)
				strong++;
			j++;
		}
		if (j - i >= 3 && strong > 0)
		{
			for (size_t k = i; k < j; k++)
			{
				lo->lines[k].glued = 2;
				lo->lines[k].glue_kind = (int8_t) (k == i ? JR_SEC_REQUIRED
												   : k == i + 1 ? JR_SEC_PREFERRED
												   : JR_SEC_SKILLS);
				lo->nglued++;
			}
		}
		else
		{
			for (size_t k = i; k < j; k++)
			{
				jr_line    *ln = &lo->lines[k];
				int			sentences;
				int			joins = count_joins(text + ln->start,
												ln->end - ln->start,
												&sentences);
				int			words = count_words(text + ln->start,
												ln->end - ln->start);

				if (joins >= 3 && joins * 6 >= words && sentences <= 1)
				{
					ln->glued = 1;
					ln->glue_kind = -1;
					lo->nglued++;
				}
			}
		}
		i = j > i ? j : i + 1;
	}
}

/* Split text into lines and sections (see jr_layout.h). */
jr_status
jr_layout_build(const char *text, size_t len, const jr_forced_span *forced,
				size_t nforced, jr_layout *out, jr_error *err)
{
	size_t		nlines = 1;
	size_t		i;
	size_t		pos;
	size_t		next_check = JR_LAYOUT_CHECK_EVERY;
	size_t		fi = 0;
	int			current;
	int			before_forced = JR_SEC_OTHER;
	bool		in_forced = false;
	size_t		nonblank = 0;
	bool		body_started = false;
	size_t		last_header_line_end = 0;
	bool		seen_header_line = false;

	memset(out, 0, sizeof(*out));
	out->pt.text = text;
	out->pt.len = len;

	for (pos = 0; pos < len; pos++)
		if (text[pos] == '\n')
			nlines++;
	out->lines = jr_calloc(nlines, sizeof(jr_line));
	if (out->lines == NULL)
		return jr_error_set(err, JR_ERR_NOMEM, 0,
							"out of memory splitting posting lines");

	/* pass 1: lines, bullets, labels */
	pos = 0;
	for (i = 0; i < nlines; i++)
	{
		const char *nl = pos < len ? memchr(text + pos, '\n', len - pos) : NULL;
		size_t		end = nl ? (size_t) (nl - text) : len;
		jr_line    *ln = &out->lines[i];
		size_t		b;
		size_t		vstart;
		jr_label	label;

		ln->start = pos;
		ln->end = end;
		ln->body = pos;
		ln->kind = end > pos ? JR_LINE_TEXT : JR_LINE_BLANK;
		ln->glue_kind = -1;
		if (ln->kind == JR_LINE_TEXT)
		{
			b = bullet_len(text + pos, end - pos);
			if (b > 0 && b < end - pos)
			{
				ln->kind = JR_LINE_BULLET;
				ln->body = pos + b;
			}
			else if ((label = match_label(text + pos, end - pos, &vstart)) !=
					 JR_LABEL_NONE)
			{
				size_t		vs = pos + vstart;
				size_t		ve = end;

				if (vstart == end - pos)
				{
					/* value on the next line, if that line is short */
					size_t		ns = end + 1;
					const char *nnl;

					if (ns >= len)
						goto not_label;
					nnl = memchr(text + ns, '\n', len - ns);
					ve = nnl ? (size_t) (nnl - text) : len;
					vs = ns;
					if (ve - vs == 0 || ve - vs > 80)
						goto not_label;
				}
				ln->kind = JR_LINE_LABEL;
				ln->label = (uint8_t) label;
				ln->body = vs;
				if (!out->labels[label].found)
				{
					out->labels[label].start = vs;
					out->labels[label].end = ve;
					out->labels[label].found = true;
				}
			}
		}
not_label:
		if ((ln->kind == JR_LINE_TEXT || ln->kind == JR_LINE_BULLET) &&
			end - pos > 8 && memchr(text + pos, ':', end - pos) != NULL)
			inline_labels(out, text, pos, end, JR_LABEL_NONE, err);
		else if (ln->kind == JR_LINE_LABEL && ln->body < end &&
				 memchr(text + ln->body, ':', end - ln->body) != NULL)
			inline_labels(out, text, ln->body, end, (jr_label) ln->label, err);
		pos = end + 1;
		if (pos >= next_check)
		{
			if (jr_interrupted())
				return jr_error_set(err, JR_ERR_CANCELED, pos,
									"canceling statement due to user request");
			next_check = pos + JR_LAYOUT_CHECK_EVERY;
		}
	}
	out->nlines = nlines;

	/* lines inside forced spans are list items */
	for (i = 0; i < nlines && nforced > 0; i++)
	{
		jr_line    *ln = &out->lines[i];

		while (fi < nforced && forced[fi].end <= ln->start)
			fi++;
		if (fi < nforced && forced[fi].start <= ln->start &&
			ln->kind != JR_LINE_BLANK && ln->kind != JR_LINE_LABEL)
			ln->kind = JR_LINE_BULLET;
	}
	/* pass 2: headings (whole lines) */
	for (i = 0; i < nlines; i++)
	{
		jr_line    *ln = &out->lines[i];
		int			kind;
		bool		spaced;
		bool		before_list;

		if (ln->kind == JR_LINE_BLANK)
			continue;
		nonblank++;
		if (ln->kind != JR_LINE_TEXT)
			continue;
		spaced = i == 0 || out->lines[i - 1].kind == JR_LINE_BLANK ||
			i + 1 >= nlines || out->lines[i + 1].kind == JR_LINE_BLANK ||
			out->lines[i + 1].kind == JR_LINE_BULLET ||
			out->lines[i - 1].kind == JR_LINE_HEADING;
		before_list = (i == 0 || out->lines[i - 1].kind == JR_LINE_BLANK) &&
			i + 1 < nlines && out->lines[i + 1].kind == JR_LINE_BULLET;
		if (heading_line(text + ln->start, ln->end - ln->start, nonblank <= 3,
						 spaced, before_list, &kind))
		{
			ln->kind = JR_LINE_HEADING;
			ln->heading = (uint8_t) kind;
		}
	}

	if (forced == NULL)
		mark_glued(out, text);

	/*
	 * pass 3: sections.  The header block runs until the first heading,
	 * list item or paragraph-length line.
	 */
	current = JR_SEC_HEADER;
	pos = 0;
	fi = 0;
	for (i = 0; i < nlines; i++)
	{
		jr_line    *ln = &out->lines[i];
		size_t		from;

		if (ln->kind == JR_LINE_BLANK)
			continue;
		if (!body_started)
		{
			int			words = count_words(text + ln->start,
											ln->end - ln->start);

			bool		top_title = ln->kind == JR_LINE_HEADING &&
				ln->heading == JR_SEC_OTHER && !seen_header_line &&
				jr_heading_kind(text + ln->start, ln->end - ln->start) < 0;

			seen_header_line = true;
			if (top_title)
			{
				/* an ALL CAPS first line is the title, not a heading */
				ln->kind = JR_LINE_TEXT;
				last_header_line_end = ln->end;
				continue;
			}
			if (ln->kind == JR_LINE_HEADING || ln->kind == JR_LINE_BULLET ||
				(ln->kind == JR_LINE_TEXT && (words > 20 ||
											  (words > 8 &&
											   text[ln->end - 1] == '.'))))
			{
				body_started = true;
				out->header_end = ln->start;
				if (!push_section(out, 0, ln->start, JR_SEC_HEADER))
					goto nomem;
				pos = ln->start;
				current = JR_SEC_OTHER;
			}
			else
			{
				last_header_line_end = ln->end;
				continue;
			}
		}

		/* forced spans (from ungluing) */
		while (fi < nforced && forced[fi].end <= ln->start)
		{
			if (in_forced)
			{
				if (!push_section(out, pos, forced[fi].end, current))
					goto nomem;
				pos = forced[fi].end;
				current = before_forced;
				in_forced = false;
			}
			fi++;
		}
		if (fi < nforced && forced[fi].start <= ln->start && !in_forced &&
			forced[fi].kind >= 0 && current == JR_SEC_OTHER)
		{
			if (!push_section(out, pos, ln->start, current))
				goto nomem;
			before_forced = current;
			current = forced[fi].kind;
			pos = ln->start;
			in_forced = true;
			continue;
		}
		if (in_forced)
			continue;

		if (ln->kind == JR_LINE_HEADING)
		{
			if (!push_section(out, pos, ln->start, current))
				goto nomem;
			pos = ln->start;
			current = ln->heading;
			continue;
		}
		if (ln->kind == JR_LINE_LABEL)
			continue;

		/* headings inside the line */
		from = ln->start;
		while (from < ln->end)
		{
			jr_match	m;
			int			rc;
			size_t		ms;
			char		prev;
			int			kind;
			size_t		term = heading_terminator(text, from, ln->end);

			/*
			 * A match holds a terminator within INLINE_HEADING_REACH bytes
			 * of its start, so none starts before the first terminator
			 * less that reach, and a line without one holds none.
			 */
			if (term == SIZE_MAX)
				break;
			ms = term > from + INLINE_HEADING_REACH ?
				term - INLINE_HEADING_REACH : from;
			while (ms > from && ((unsigned char) text[ms] & 0xC0) == 0x80)
				ms--;
			rc = jr_regex_search(&inline_heading_re, text, ln->end, ms, &m,
								 err);

			if (rc < 0)
			{
				if (err->code == JR_ERR_LIMIT)
				{
					jr_error_clear(err);
					break;
				}
				return err->code;
			}
			if (rc == 0)
				break;
			ms = m.start[0];
			from = m.end[0];
			prev = ms > ln->start ? text[ms - 1] : ' ';
			if (prev >= 'A' && prev <= 'Z')
				continue;
			if (ms > ln->start && ms == ln->body && ln->kind == JR_LINE_BULLET)
				continue;		/* "• Required: ..." is an item */
			kind = jr_heading_kind(text + ms, m.end[0] - ms);
			if (kind < 0)
				kind = JR_SEC_OTHER;
			if (!push_section(out, pos, ms, current))
				goto nomem;
			pos = ms;
			current = kind;
			out->ninline++;
		}
	}
	if (!body_started)
	{
		out->header_end = last_header_line_end;
		if (!push_section(out, 0, len, JR_SEC_HEADER))
			goto nomem;
	}
	else if (!push_section(out, pos, len, current))
		goto nomem;
	out->pt.sections = out->sections;
	out->pt.nsections = (int) out->nsections;
	return JR_OK;

nomem:
	return jr_error_set(err, JR_ERR_NOMEM, 0,
						"out of memory building posting sections");
}

/* True when the camel-case piece s[a, b) joined to s[b, c) is one term. */
static bool
keep_join(const char *s, size_t a, size_t b, size_t c,
		  bool (*keep) (const char *, size_t))
{
	size_t		letters = 0;

	for (size_t i = a; i < b; i++)
		if ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z'))
			letters++;
	if (letters <= 2)
		return true;			/* "McLean", "PhD", "PyTorch", "iOS" */
	if (keep != NULL && keep(s + a, c - a))
		return true;
	return false;
}

/* Split run-together list items on glued lines (see jr_layout.h). */
jr_status
jr_layout_unglue(const jr_layout *layout,
				 bool (*keep) (const char *word, size_t len),
				 jr_ctext *out, jr_forced_span **forced, size_t *nforced,
				 jr_error *err)
{
	const char *s = layout->pt.text;
	size_t		len = layout->pt.len;
	size_t		copied = 0;
	size_t		nf = 0;
	jr_forced_span *fs;

	*forced = NULL;
	*nforced = 0;
	if (layout->nglued == 0)
		return JR_OK;
	fs = jr_calloc((size_t) layout->nglued, sizeof(jr_forced_span));
	if (fs == NULL)
		return jr_error_set(err, JR_ERR_NOMEM, 0,
							"out of memory splitting list items");
	for (size_t li = 0; li < layout->nlines; li++)
	{
		const jr_line *ln = &layout->lines[li];
		size_t		word_start = ln->start;
		size_t		piece_start = ln->start;
		size_t		i;

		if (!ln->glued)
			continue;
		jr_ctext_copy(out, s + copied, ln->start - copied, copied);
		copied = ln->start;
		fs[nf].start = out->text.len;
		fs[nf].kind = ln->glued == 2 ? ln->glue_kind : -1;
		for (i = ln->start + 1; i + 1 < ln->end; i++)
		{
			char		p = s[i - 1];
			char		c = s[i];
			char		nx = s[i + 1];
			bool		join = false;

			if (p == ' ' || p == '/' || p == '(' || p == '-')
			{
				word_start = i;
				piece_start = i;
			}
			if (((p >= 'a' && p <= 'z') ||
				 (p >= 'A' && p <= 'Z' && i >= ln->start + 2 &&
				  s[i - 2] >= 'A' && s[i - 2] <= 'Z' && nx >= 'a' &&
				  nx <= 'z')) && c >= 'A' && c <= 'Z' &&
				((nx >= 'a' && nx <= 'z') || (nx >= 'A' && nx <= 'Z')))
			{
				size_t		e = i + 1;

				while (e < ln->end && s[e] >= 'a' && s[e] <= 'z')
					e++;
				join = !keep_join(s, piece_start, i, e, keep);
				piece_start = i;
			}
			else if (p >= 'a' && p <= 'z' && c >= '0' && c <= '9' &&
					 i >= ln->start + 2 && s[i - 2] >= 'a' &&
					 s[i - 2] <= 'z' &&
					 (nx == '+' || (nx >= '0' && nx <= '9' && i + 2 < ln->end &&
									s[i + 2] == '+')))
				join = true;
			else if (p == ')' && c >= 'A' && c <= 'Z' && nx >= 'a' &&
					 nx <= 'z')
				join = true;
			if (join)
			{
				jr_ctext_copy(out, s + copied, i - copied, copied);
				jr_ctext_replace(out, "\n", 1, i, 0);
				copied = i;
				word_start = i;
				piece_start = i;
			}
		}
		(void) word_start;
		jr_ctext_copy(out, s + copied, ln->end - copied, copied);
		copied = ln->end;
		fs[nf].end = out->text.len;
		nf++;
	}
	jr_ctext_copy(out, s + copied, len - copied, copied);
	if (out->failed || out->text.failed)
	{
		jr_free(fs);
		return jr_error_set(err, JR_ERR_NOMEM, 0,
							"out of memory splitting list items");
	}
	*forced = fs;
	*nforced = nf;
	return JR_OK;
}
