/*
 * jr_match.h
 *		Matching a candidate profile against a parsed posting: the readers of
 *		both JSON documents, the evaluation of every requirement, the
 *		explanation (requirements_report) and the ranking score.
 *
 * Rules (README "Matching candidates" is the user-facing version):
 *	- Experience: met when the candidate's years reach monthsOfExperience,
 *	  or, when the posting lists alternatives, any one of them (then
 *	  monthsOfExperience is just their minimum, as parse_posting writes it);
 *	  an alternative that names an educationalLevel needs the candidate to
 *	  hold at least that level.  maxMonthsOfExperience never blocks.  A
 *	  candidate who states no years has 0.
 *	- Education: only required entries count; the bar is the lowest required
 *	  level (several required entries are alternatives).  When the posting
 *	  says experienceInPlaceOfEducation, each missing level is made up by
 *	  JR_MATCH_YEARS_PER_LEVEL years of experience beyond the experience the
 *	  candidate needed for the experience requirement.
 *	- Skills: every required skill and every required group (items sharing
 *	  a group number; any member satisfies it).  A candidate skill covers a
 *	  wanted skill when it is the same or a descendant in the taxonomy
 *	  (jr_skill_covers; evaluated as membership in the closure of the
 *	  candidate's skills, which a unit test proves equal for every pair);
 *	  names outside the taxonomy compare by their skill key (ASCII
 *	  case-insensitive, blanks trimmed).
 *	- Workplace and salary count only when both sides state them; salaries
 *	  compare annualized within one currency, across currencies the check is
 *	  unknown and never blocks.
 *	- Unstated requirements impose nothing.
 */
#ifndef JR_MATCH_H
#define JR_MATCH_H

#include "jr_buf.h"
#include "jr_core.h"
#include "jr_salary.h"

/* Largest candidate or posting document read, in bytes. */
#define JR_MATCH_MAX_JSON (64 * 1024 * 1024)

/* Years of experience that stand in for one missing education level. */
#define JR_MATCH_YEARS_PER_LEVEL 2

/* Score weights; they sum to 1. */
#define JR_MATCH_W_REQUIRED_SKILLS	0.45
#define JR_MATCH_W_PREFERRED_SKILLS	0.15
#define JR_MATCH_W_EXPERIENCE		0.15
#define JR_MATCH_W_EDUCATION		0.10
#define JR_MATCH_W_WORKPLACE		0.05
#define JR_MATCH_W_SALARY			0.10

/* Education levels in order; NONE is "no degree". */
typedef enum jr_match_level
{
	JR_MATCH_EDU_NONE = 0,
	JR_MATCH_EDU_HIGH_SCHOOL,
	JR_MATCH_EDU_ASSOCIATE,
	JR_MATCH_EDU_BACHELOR,
	JR_MATCH_EDU_MASTER,
	JR_MATCH_EDU_DOCTORATE
} jr_match_level;

/* Workplace types as bits. */
#define JR_WP_ONSITE	0x01
#define JR_WP_HYBRID	0x02
#define JR_WP_REMOTE	0x04

/* Outcome of one check: unknown (JSON null), not met, met. */
typedef enum jr_met
{
	JR_MET_UNKNOWN = -1,
	JR_MET_NO = 0,
	JR_MET_YES = 1
} jr_met;

/* How a posting states a requirement. */
typedef enum jr_match_req_state
{
	JR_MATCH_UNSTATED = 0,		/* key absent: imposes nothing */
	JR_MATCH_NO_REQUIREMENTS,				/* "no requirements" */
	JR_MATCH_STATED
} jr_match_req_state;

/* A skill named by a candidate or a posting. */
typedef struct jr_match_skill
{
	int			id;				/* taxonomy id, -1 when unknown */
	const char *key;			/* canonical name, or the trimmed name
								 * lower-cased (ASCII) when unknown */
	const char *display;		/* canonical name, or the name as given */
} jr_match_skill;

/* A candidate profile. */
typedef struct jr_candidate
{
	bool		has_skills;
	int			nskills;
	jr_match_skill *skills;
	bool		has_years;
	double		years;
	bool		has_education;
	jr_match_level education;
	unsigned	workplaces;		/* JR_WP_* bits; 0 when unstated */
	bool		has_salary;
	jr_salary	salary;
	/* the closure of the skills, for coverage in constant time: */
	uint8_t    *closure;		/* bit per taxonomy id: self or ancestor */
	const char **unknown;		/* keys of names outside the taxonomy,
								 * sorted */
	int			nunknown;
	void	   *arena;			/* owned memory */
} jr_candidate;

/* One way to meet the experience requirement. */
typedef struct jr_match_path
{
	double		months;
	int			level;			/* jr_match_level needed, -1 for none */
} jr_match_path;

/* One required or preferred skill unit: a lone skill or a group. */
typedef struct jr_match_unit
{
	int			first;			/* index into jr_posting_reqs.skills */
	int			count;
	bool		required;
	double		group;			/* group number; NAN for a lone skill */
} jr_match_unit;

/* What a posting asks for. */
typedef struct jr_posting_reqs
{
	jr_match_req_state experience;
	bool		has_main_path;	/* monthsOfExperience present */
	double		main_months;
	bool		has_max_months;
	double		max_months;
	int			nalternatives;
	jr_match_path *alternatives;

	jr_match_req_state education;
	int			education_level;	/* lowest required level, -1 if none */
	bool		experience_in_place_of_education;

	int			nskills;
	jr_match_skill *skills;		/* in unit order */
	int			nunits;
	jr_match_unit *units;

	unsigned	workplace;		/* one JR_WP_* bit; 0 when unstated */
	bool		has_salary;
	jr_salary	salary;
	void	   *arena;			/* owned memory */
} jr_posting_reqs;

/* The evaluation of a candidate against a posting. */
typedef struct jr_match_result
{
	bool		meets;
	jr_met		experience;
	jr_met		education;
	bool		education_by_experience;	/* met through experience */
	jr_met		skills;
	jr_met		workplace;
	jr_met		salary;
	int			required_units;
	int			required_covered;
	int			preferred_units;
	int			preferred_covered;
	double		skill_coverage; /* required units covered; 1 when none */
	double		preferred_coverage; /* 1 when none */
	double		experience_credit;	/* in [0, 1], 1 when met */
	double		education_credit;	/* in [0, 1], 1 when met */
	double		score;
} jr_match_result;

/* JSON value types. */
typedef enum jr_json_type
{
	JR_JSON_NULL = 0,
	JR_JSON_BOOL,
	JR_JSON_NUMBER,
	JR_JSON_STRING,
	JR_JSON_ARRAY,
	JR_JSON_OBJECT
} jr_json_type;

/*
 * A JSON value as the readers see it: a small tree that the core builds
 * from JSON text (with Jansson) and a host may build from its own
 * representation (the glue builds it straight from jsonb, skipping what the
 * matcher does not read).  Strings need not be NUL-terminated.
 */
typedef struct jr_jvalue
{
	jr_json_type type;
	bool		boolean;
	double		number;
	const char *str;			/* JR_JSON_STRING */
	size_t		len;
	int			n;				/* elements or members */
	struct jr_jvalue *items;	/* element or member values */
	const char **keys;			/* member names (JR_JSON_OBJECT) */
	size_t	   *keylens;
} jr_jvalue;

/*
 * Read a candidate profile (a JSON object).  A key of the wrong type or a
 * bad value is JR_ERR_ARGUMENT with a message naming the key; unknown keys
 * are ignored; null counts as absent.  Free with jr_candidate_free.
 */
jr_status	jr_candidate_read(const char *json, size_t len, jr_candidate *out,
							  jr_error *err);

/* jr_candidate_read over a JSON value; nothing of root is kept. */
jr_status	jr_candidate_from_value(const jr_jvalue *root, jr_candidate *out,
									jr_error *err);

/* Release what jr_candidate_read allocated. */
void		jr_candidate_free(jr_candidate *cand);

/*
 * Read the requirements of a posting document (parse_posting's shape).  A
 * known key of the wrong type is JR_ERR_ARGUMENT naming the key; unknown
 * keys are ignored.  Free with jr_posting_reqs_free.
 */
jr_status	jr_posting_reqs_read(const char *json, size_t len,
								 jr_posting_reqs *out, jr_error *err);

/* jr_posting_reqs_read over a JSON value; nothing of root is kept. */
jr_status	jr_posting_reqs_from_value(const jr_jvalue *root,
									   jr_posting_reqs *out, jr_error *err);

/* Release what jr_posting_reqs_read allocated. */
void		jr_posting_reqs_free(jr_posting_reqs *reqs);

/* Evaluate every check and the score. */
void		jr_match_evaluate(const jr_candidate *cand,
							  const jr_posting_reqs *reqs,
							  jr_match_result *res);

/* Append the requirements_report JSON object for an evaluation. */
void		jr_match_report(const jr_candidate *cand,
							const jr_posting_reqs *reqs,
							const jr_match_result *res, jr_buf *out);

/*
 * Append the skill key of a name to out: the canonical name when the
 * taxonomy knows it, else the name with blanks trimmed and ASCII letters
 * lower-cased (nothing for a blank name).  Returns the taxonomy id or -1.
 */
int			jr_match_skill_key(const char *name, size_t len, jr_buf *out);

/*
 * Append the keys a candidate's skill name covers, each NUL-terminated: its
 * own key and, for a taxonomy skill, the canonical names of its ancestors
 * (what skill_closure() returns, so a posting's required skill key is in
 * the closure exactly when the skill covers it).  Returns the count.
 */
int			jr_match_skill_closure(const char *name, size_t len,
								   jr_buf *out);

/* How many anchor keys posting_skill_anchors() gives. */
#define JR_MATCH_ANCHORS 2

/*
 * The anchors of a posting's required skills: the keys of the
 * JR_MATCH_ANCHORS most specific required skills that are not alternatives
 * in a group (deepest in the taxonomy; names outside it count as deepest;
 * ties by key), "" when there are fewer.  A candidate can meet the posting
 * only if every anchor is in the closure of their skills (or ""), and
 * specific skills are the ones few candidates have, so an index on the
 * anchors prunes far more than one on all the required skills.
 */
void		jr_match_anchors(const jr_posting_reqs *reqs,
							 const char *anchors[JR_MATCH_ANCHORS]);

/* Name of an education level ("high_school" ... "doctorate", "none"). */
const char *jr_match_level_name(jr_match_level level);

/* Parse an education level name (case-insensitive); -1 when unknown. */
int			jr_match_level_parse(const char *s, size_t len);

#endif							/* JR_MATCH_H */
