/*
 * test_requirements.c
 *		Unit tests of the requirement extractors: years of experience (main
 *		requirement, ranges, degree alternatives, and the traps: company age,
 *		ages, durations, benefits, preferred years), education (levels,
 *		abbreviations, required vs preferred, false friends such as "MS
 *		Office" or "Boston, MA"), experience in place of education, base-pay
 *		selection, evidence spans, and linear behaviour on adversarial input.
 *
 * Every posting text here is written for these tests.
 */
#include "jr_requirements.h"
#include "jr_salary.h"
#include "unit.h"

#include <stdlib.h>

/* ------------------------------------------------------------------------
 * Helpers
 * ------------------------------------------------------------------------ */

#define MAX_PARTS 8

/* A posting assembled from (section kind, text) parts. */
typedef struct test_posting
{
	char	   *text;
	jr_section	sections[MAX_PARTS];
	jr_posting_text pt;
} test_posting;

/* Build a posting of one unlabelled section. */
static void
posting_plain(test_posting *tp, const char *text)
{
	size_t		len = strlen(text);

	tp->text = malloc(len + 1);
	memcpy(tp->text, text, len + 1);
	tp->sections[0].start = 0;
	tp->sections[0].end = len;
	tp->sections[0].kind = JR_SEC_OTHER;
	tp->pt.text = tp->text;
	tp->pt.len = len;
	tp->pt.sections = tp->sections;
	tp->pt.nsections = 1;
}

/* Build a posting from parts: kind, text, kind, text, ..., -1. */
static void
posting_parts(test_posting *tp, int kind,...)
{
	va_list		ap;
	size_t		len = 0;
	int			n = 0;
	char		buf[8192];

	va_start(ap, kind);
	while (kind >= 0 && n < MAX_PARTS)
	{
		const char *s = va_arg(ap, const char *);
		size_t		sl = strlen(s);

		memcpy(buf + len, s, sl);
		tp->sections[n].start = len;
		tp->sections[n].end = len + sl;
		tp->sections[n].kind = (jr_section_kind) kind;
		len += sl;
		n++;
		kind = va_arg(ap, int);
	}
	va_end(ap);
	buf[len] = '\0';
	tp->text = malloc(len + 1);
	memcpy(tp->text, buf, len + 1);
	tp->pt.text = tp->text;
	tp->pt.len = len;
	tp->pt.sections = tp->sections;
	tp->pt.nsections = n;
}

/* Release a test posting. */
static void
posting_free(test_posting *tp)
{
	free(tp->text);
	tp->text = NULL;
}

/* Experience of a one-section text. */
static jr_experience
exp_of(const char *text)
{
	test_posting tp;
	jr_experience e;
	jr_error	err;

	posting_plain(&tp, text);
	if (jr_experience_extract(&tp.pt, &e, &err) != JR_OK)
		memset(&e, 0xff, sizeof(e));
	posting_free(&tp);
	return e;
}

/* Education of a one-section text. */
static jr_education
edu_of(const char *text)
{
	test_posting tp;
	jr_education e;
	jr_error	err;

	posting_plain(&tp, text);
	if (jr_education_extract(&tp.pt, &e, &err) != JR_OK)
		memset(&e, 0xff, sizeof(e));
	posting_free(&tp);
	return e;
}

/* Make a test name one line: line breaks become '|'. */
static void
one_line(char *name)
{
	for (; *name; name++)
		if (*name == '\n')
			*name = '|';
}

/* Check the main months of a text (-1: unstated, -2: "no requirements"). */
static void
years_is(const char *text, int months)
{
	jr_experience e = exp_of(text);
	long long	got = e.state == JR_REQ_STATED ? e.months
		: e.state == JR_REQ_NONE ? -2 : -1;
	char		name[300];

	snprintf(name, sizeof(name), "experience of \"%.200s\"", text);
	one_line(name);
	unit_is_long(got, months, name);
}

/* Check the minimum over main path and alternatives, and the range end. */
static void
years_range_is(const char *text, int months, int max_months)
{
	jr_experience e = exp_of(text);
	char		name[300];

	snprintf(name, sizeof(name), "range of \"%.200s\"", text);
	one_line(name);
	unit_is_long(e.state == JR_REQ_STATED ? e.months : -1, months, name);
	unit_is_long(e.max_months, max_months, name);
}

/* Name of a level or "none"/"-" for the education checks. */
static const char *
level_str(jr_edu_level l)
{
	return l == JR_EDU_UNKNOWN ? "-" : jr_edu_level_name(l);
}

/* Check required and preferred levels ("none" for "no requirements"). */
static void
edu_is(const char *text, const char *req, const char *pref)
{
	jr_education e = edu_of(text);
	char		name[300];

	snprintf(name, sizeof(name), "required education of \"%.200s\"", text);
	one_line(name);
	unit_is_str(e.state == JR_REQ_NONE ? "none" : level_str(e.required_level),
				req, name);
	snprintf(name, sizeof(name), "preferred education of \"%.200s\"", text);
	one_line(name);
	unit_is_str(level_str(e.preferred_level), pref, name);
}

/* Check experienceInPlaceOfEducation. */
static void
in_place_is(const char *text, bool want)
{
	jr_education e = edu_of(text);
	char		name[300];

	snprintf(name, sizeof(name), "in place of education: \"%.200s\"", text);
	one_line(name);
	unit_is_long(e.experience_in_place, want, name);
}

/* The text of a span, in a static buffer. */
static const char *
span_text(const char *text, jr_req_span sp)
{
	static char out[256];
	size_t		n = sp.end - sp.start;

	if (sp.end < sp.start || n >= sizeof(out))
		return "(bad span)";
	memcpy(out, text + sp.start, n);
	out[n] = '\0';
	return out;
}

static bool interrupt_flag = false;

/* Test interrupt hook. */
static bool
test_interrupted(void)
{
	return interrupt_flag;
}

/* ------------------------------------------------------------------------
 * Experience
 * ------------------------------------------------------------------------ */

/* The forms a number of years takes. */
static void
test_years_forms(void)
{
	years_is("8+ years of experience building ML systems.", 96);
	years_is("8 + years experience in data engineering", 96);
	years_is("At least two years of experience in retail.", 24);
	years_is("Two (2) years of experience in accounting.", 24);
	years_is("2 (two) years of experience in accounting.", 24);
	years_is("2 yrs experience with SQL", 24);
	years_is("18 months of experience in a call center", 18);
	years_is("A minimum of 5 years of experience in sales.", 60);
	years_is("Minimum of five years of experience as a manager.", 60);
	years_is("Three years + of experience in B2B sales.", 36);
	years_is("Four or more years of experience with Windows servers.", 48);
	years_is("four (4) or more years of engineering experience", 48);
	years_is("More than five years full time work experience.", 60);
	years_is("5 plus years hands-on networking experience", 60);
	years_is("Seven-plus years of experience in finance.", 84);
	years_is("Over two decades of successful experience.", -1);
	years_is("1.5 years of experience in customer support", 18);
	years_is("Experience: 3 years required", 36);
	years_is("Min 5-year experiences as analytics team lead", 60);
	years_is("Working experience with a minimum of 8 years in QC testing.", 96);
	years_is("5+ years in a similar analytical role", 60);
	years_is("Minimum 10 years in the IT profession", 120);
	years_is("3+ years of working with relational databases", 36);
	years_is("Proven experience as an analyst, with 4+ years of "
			 "progressive responsibility.", 48);
	years_is("Mechanical knowledge: 1 year", 12);
	years_is("6 months to a year experience in a busy call center", 6);
	years_range_is("3-5 years of professional experience in analytics", 36, 60);
	years_range_is("8-10 Years' Experience as a program manager", 96, 120);
	years_range_is("Approximately 4-6 years of experience in IT", 48, 72);
	years_range_is("3 to 5 years of experience in HR", 36, 60);
	years_range_is("Two or three years of experience in a clinic", 24, 36);
	years_range_is("0-2 years of experience in marketing", 0, 24);
	years_range_is("5 years of experience", 60, 0);
	years_range_is("3 \xE2\x80\x93 5 years of experience (en dash)", 36, 60);
}

/* The main requirement among several statements. */
static void
test_years_main(void)
{
	/* the general requirement, not a sub-skill, whatever the order */
	years_is("8+ years experience in data-intensive solutions\n"
			 "4+ years programming with Python\n"
			 "2+ years leading ML teams\n", 96);
	years_is("4+ years programming with Python\n"
			 "8+ years of experience in data-intensive solutions\n", 96);
	years_is("12+ years of industry experience, including 3+ years "
			 "leading engineering teams.", 144);
	years_is("10+ years in software, including 5+ years in a senior "
			 "leadership role.", 120);
	years_is("2+ years of experience in analytics\n"
			 "1+ years using cloud services\n", 24);
	/* degree-conditioned alternatives: the smallest */
	years_is("Bachelor's degree with 5 years of experience or Master's "
			 "degree with 3 years of experience.", 36);
	years_is("BS/BA with 7 years of experience, MS/MA with 5 years of "
			 "experience, or PhD with 3 years of experience", 36);
	years_is("BS in Electrical Engineering with 5+ years of experience OR "
			 "MS in Electrical Engineering with 3+ years of experience.", 36);
	years_is("PhD + 2 years or Masters plus 5 years of experience in "
			 "operations research", 24);
	years_is("5+ years of relevant experience with a Bachelor's degree or "
			 "3+ years of relevant experience with a Master's degree", 36);
	/* an "or" between two amounts: either path */
	years_is("At least 5 years in network engineering or 10 years of "
			 "hands-on experience in a similar role.", 60);
	/* years that stand in for a degree do not set the bar */
	years_is("High school diploma or GED or 10 years of equivalent work "
			 "history.\n1+ years of experience with data entry.\n", 12);
	years_is("Bachelor's degree in a related field OR 3+ years of "
			 "experience in data analytics.", 36);
}

/* The alternatives list and the evidence spans. */
static void
test_years_alternatives(void)
{
	const char *text = "Bachelor's degree with 5 years of experience or "
		"Master's degree with 3 years of experience.";
	jr_experience e = exp_of(text);
	jr_experience f;
	const char *t2 = "We need 8+ years of experience in finance.";

	unit_is_long(e.state, JR_REQ_STATED, "alternatives: stated");
	unit_is_long(e.months, 36, "alternatives: main is the smallest");
	unit_is_long(e.nalternatives, 2, "alternatives: two paths");
	unit_is_long(e.alternatives[0].months, 60, "alternative 1 months");
	unit_is_long(e.alternatives[0].level, JR_EDU_BACHELOR,
				 "alternative 1 level");
	unit_is_long(e.alternatives[1].months, 36, "alternative 2 months");
	unit_is_long(e.alternatives[1].level, JR_EDU_MASTER, "alternative 2 level");
	unit_is_long(e.nspans, 2, "alternatives: evidence of both");
	unit_is_str(span_text(text, e.spans[0]), "5 years", "evidence span 1");
	unit_is_str(span_text(text, e.spans[1]), "3 years", "evidence span 2");

	f = exp_of(t2);
	unit_is_long(f.nalternatives, 0, "one statement: no alternatives");
	unit_is_long(f.nspans, 1, "one statement: one span");
	unit_is_str(span_text(t2, f.spans[0]), "8+ years", "evidence of 8+ years");
}

/* Company age, ages, durations, benefits: not experience. */
static void
test_years_traps(void)
{
	years_is("Acme has been in business for over 50 years.", -1);
	years_is("Founded 25 years ago, Acme builds bridges.", -1);
	years_is("Acme has a 30-year history of service.", -1);
	years_is("For the past 15 years, our company has served Ohio.", -1);
	years_is("In just two years, we grew to 300 people.", -1);
	years_is("Our data solutions have changed marketing for over 10 years.",
			 -1);
	years_is("With over 25 years of industry expertise, Acme Electric is "
			 "trusted.", -1);
	years_is("A recession-resistant organization with over 50 years of "
			 "experience.", -1);
	years_is("Since our journey began four years ago, we have grown.", -1);
	years_is("Must be 18 years or older.", -1);
	years_is("Applicants must be at least 21 years of age.", -1);
	years_is("Must be at least 18 years old to apply.", -1);
	years_is("This is a 2-year contract with possible extension.", -1);
	years_is("Duration: 6 months", -1);
	years_is("12 month contract, remote.", -1);
	years_is("Some openings are 3 month to hire.", -1);
	years_is("Vacation increases after 5 years of service.", -1);
	years_is("401(k) match vests after 2 years.", -1);
	years_is("Eligible for PTO after 6 months of employment.", -1);
	years_is("We plan to double in size over the next 5 years.", -1);
	years_is("Within 3 months: you will own the reporting stack.", -1);
	years_is("Rotation is 4 months on 2 months off.", -1);
	years_is("A 4-year degree in engineering.", -1);
	years_is("Relevant experience may combine work and degree "
			 "(Master's Degree = 2 years).", -1);
	years_is("Up to 2 years of experience.", -1);
	years_is("Less than 1 year of experience.", -1);
	years_is("Salary: $60,000 per year", -1);
	years_is("We serve customers in 50 countries every year.", -1);
	years_is("Join us for the 2024-2025 school year.", -1);
	years_is("Tuition assistance up to $5,250 per year.", -1);
}

/* Preferred years never raise the bar; header labels count. */
static void
test_years_preferred(void)
{
	test_posting tp;
	jr_experience e;
	jr_error	err;

	years_is("3+ years of experience required. 5+ years preferred.", 36);
	years_is("3+ years of experience in SQL.\n"
			 "5+ years of experience in finance preferred.\n", 36);
	years_is("7+ years of experience is a plus.", -1);
	years_is("Ideally 1-3 years of consulting experience.", -1);
	years_is("Nice to have: 4 years of experience with Kafka.", -1);
	years_is("3+ years of experience with databases, Oracle RAC a plus.", 36);
	years_is("2-5 years of experience, preferably with claims data.", 24);
	years_is("Minimum of 5 years of experience repairing engines with "
			 "10+ years preferred.", 60);

	/* a Preferred section alone: counted only when nothing is required */
	posting_parts(&tp, JR_SEC_REQUIRED, "Requirements:\n3+ years of experience.\n",
				  JR_SEC_PREFERRED, "Nice to have:\n6+ years of experience.\n",
				  -1);
	jr_experience_extract(&tp.pt, &e, &err);
	unit_is_long(e.months, 36, "preferred section does not raise the bar");
	posting_free(&tp);
	posting_parts(&tp, JR_SEC_PREFERRED,
				  "Preferred Qualifications:\n4+ years of experience.\n", -1);
	jr_experience_extract(&tp.pt, &e, &err);
	unit_is_long(e.months, 48, "only a preferred section: its years count");
	posting_free(&tp);

	/* header label and benefits section */
	posting_parts(&tp, JR_SEC_HEADER, "Salary $229K - $262K USD / year\n"
				  "Exp. Years 8+ years\nEducation Bachelor's Degree\n",
				  JR_SEC_BENEFITS, "Benefits: sabbatical after 5 years.\n", -1);
	jr_experience_extract(&tp.pt, &e, &err);
	unit_is_long(e.months, 96, "header label Exp. Years counts");
	posting_free(&tp);
	posting_parts(&tp, JR_SEC_BENEFITS,
				  "Benefits\nOur team has 15 years of experience together.\n",
				  -1);
	jr_experience_extract(&tp.pt, &e, &err);
	unit_is_long(e.state, JR_REQ_UNSTATED, "team experience in benefits");
	posting_free(&tp);
}

/* "No experience required" and its look-alikes. */
static void
test_years_none(void)
{
	years_is("No experience required! We train you.", -2);
	years_is("No prior experience necessary.", -2);
	years_is("Experience is not required.", -2);
	years_is("No experience? No problem.", -2);
	years_is("Experience in retail is a plus but not required.", -1);
	years_is("No experience required. 2+ years of experience preferred.", -2);
	years_is("Candidates with 3+ years of experience. No relocation.", 36);
	years_is("No tutoring experience needed - we train you.", -2);
	years_is("No previous retail experience is necessary.", -2);
	years_is("No travel. Experience with Excel required.", -1);
}

/* Run-together text from job boards. */
static void
test_years_glued(void)
{
	years_is("data-intensive solutions4+ years programming with Python", 48);
	years_is("Requirements:5+ years experience developing web software", 60);
	years_is("Licensed to practice law in New York10-15 years of experience",
			 120);
	years_is("Experience required: 5+ yearsTerms and conditions apply", 60);
	years_is("sales skills2 years experience in residential construction", 24);
	years_is("projects.10 to 15+ years experience as a process engineer", 120);
}

/* ------------------------------------------------------------------------
 * Education
 * ------------------------------------------------------------------------ */

/* Degree names and abbreviations. */
static void
test_edu_levels(void)
{
	edu_is("Bachelor's degree in Computer Science required.", "bachelor", "-");
	edu_is("Bachelor\xE2\x80\x99s degree obtained.", "bachelor", "-");
	edu_is("Bachelors degree in business.", "bachelor", "-");
	edu_is("Bachelor of Science in Nursing.", "bachelor", "-");
	edu_is("B.S. in Physics or Mathematics.", "bachelor", "-");
	edu_is("BSc in Geology.", "bachelor", "-");
	edu_is("BA in Economics.", "bachelor", "-");
	edu_is("BA / BS in Statistics.", "bachelor", "-");
	edu_is("Minimum B.S. in Mathematics.", "bachelor", "-");
	edu_is("BSEE or BSME required.", "bachelor", "-");
	edu_is("MBA required.", "master", "-");
	edu_is("Master's degree in Chemistry.", "master", "-");
	edu_is("Master's or greater in occupational therapy.", "master", "-");
	edu_is("MS in Computer Science.", "master", "-");
	edu_is("M.S. in Statistics.", "master", "-");
	edu_is("Ph.D. in Chemistry.", "doctorate", "-");
	edu_is("PhD in Machine Learning.", "doctorate", "-");
	edu_is("Juris Doctor degree (J.D.) from an accredited law school.",
		   "doctorate", "-");
	edu_is("JD from an accredited law school.", "doctorate", "-");
	edu_is("Doctorate in Psychology.", "doctorate", "-");
	edu_is("High school diploma or GED required.", "high_school", "-");
	edu_is("GED required.", "high_school", "-");
	edu_is("High school or equivalent.", "high_school", "-");
	edu_is("Associate's degree in electronics.", "associate", "-");
	edu_is("Associate degree in computer science required.", "associate", "-");
	edu_is("Associate or Bachelor's degree in business.", "associate", "-");
	edu_is("College degree required.", "bachelor", "-");
	edu_is("University degree in engineering.", "bachelor", "-");
	edu_is("Degree in a computational field.", "bachelor", "-");
	edu_is("A 4-year degree in accounting.", "bachelor", "-");
	edu_is("A two-year degree in HVAC.", "associate", "-");
	edu_is("Advanced degree in physics.", "master", "-");
	edu_is("Graduate degree in economics.", "master", "-");
}

/* Alternatives take the lowest; required vs preferred. */
static void
test_edu_required_preferred(void)
{
	edu_is("Bachelor's or Master's degree in Computer Science.",
		   "bachelor", "-");
	edu_is("BS/MS/PhD in Statistics.", "bachelor", "-");
	edu_is("BS or MS in Computer Science.", "bachelor", "-");
	edu_is("Ph.D., M.S., or B.S. degree in Statistics is preferred.",
		   "-", "bachelor");
	edu_is("Master's degree preferred.", "-", "master");
	edu_is("MS or PhD in Computer Science - Preferred", "-", "master");
	edu_is("Advanced degree (Master's or PhD) in robotics preferred.",
		   "-", "master");
	edu_is("Associates degree preferred", "-", "associate");
	edu_is("A degree in business is a plus but not required.",
		   "-", "bachelor");
	edu_is("Bachelor's degree required; Master's degree (MBA, MPH) "
		   "preferred.", "bachelor", "master");
	edu_is("Associate degree in computer science Required.Bachelor's "
		   "Degree Preferred.", "associate", "bachelor");
	edu_is("Master's degree in Chemistry; PhD degree is highly desirable.",
		   "master", "doctorate");
	edu_is("B.S. in Physics - M.S. or higher degree preferred.",
		   "bachelor", "master");
	edu_is("Bachelor's degree. PhD nice to have.", "bachelor", "doctorate");
	edu_is("Master's degree OR Bachelor's degree and 2 years of experience "
		   "OR High school diploma / GED and 8 years of experience",
		   "high_school", "-");
	/* a preferred degree never raises the required minimum */
	edu_is("Bachelor's degree required. PhD preferred.", "bachelor",
		   "doctorate");
}

/* Sections, labels and explicit "no degree required". */
static void
test_edu_sections(void)
{
	test_posting tp;
	jr_education e;
	jr_error	err;

	posting_parts(&tp, JR_SEC_REQUIRED, "Basic Qualifications:\nMS in CS.\n",
				  JR_SEC_PREFERRED, "Preferred Qualifications:\nPhD in CS.\n",
				  -1);
	jr_education_extract(&tp.pt, &e, &err);
	unit_is_str(level_str(e.required_level), "master", "required section");
	unit_is_str(level_str(e.preferred_level), "doctorate", "preferred section");
	unit_is_long(e.nitems, 2, "two entries");
	unit_is_long(e.items[0].required, true, "required entry first");
	unit_is_str(jr_edu_credential_name(e.items[0].level), "master degree",
				"credentialCategory of the required entry");
	unit_is_long(e.items[1].required, false, "then the preferred entry");
	posting_free(&tp);

	posting_parts(&tp, JR_SEC_PREFERRED,
				  "Nice to have:\nBachelor's degree required.\n", -1);
	jr_education_extract(&tp.pt, &e, &err);
	unit_is_str(level_str(e.required_level), "bachelor",
				"an explicit 'required' beats the section");
	posting_free(&tp);

	posting_parts(&tp, JR_SEC_PREFERRED, "Desired: Perl scripting. "
				  "Education Level : Bachelor's Degree.", -1);
	jr_education_extract(&tp.pt, &e, &err);
	unit_is_str(level_str(e.required_level), "bachelor",
				"Education label counts as required");
	posting_free(&tp);

	posting_parts(&tp, JR_SEC_HEADER, "Education Bachelor's Degree\n",
				  JR_SEC_BENEFITS,
				  "Benefits\nTuition reimbursement for a Master's degree.\n",
				  -1);
	jr_education_extract(&tp.pt, &e, &err);
	unit_is_str(level_str(e.required_level), "bachelor", "header label");
	unit_is_str(level_str(e.preferred_level), "-", "tuition is no requirement");
	posting_free(&tp);

	edu_is("No degree required.", "none", "-");
	edu_is("A college degree is not required.", "none", "-");
	edu_is("No college degree necessary, we train.", "none", "-");
}

/* Words that look like degrees but are not. */
static void
test_edu_false_friends(void)
{
	edu_is("Proficiency with MS Office, MS Excel and MS Word.", "-", "-");
	edu_is("Located in Boston, MA and Jackson, MS 39201.", "-", "-");
	edu_is("Baltimore, MD or remote.", "-", "-");
	edu_is("Senior Associate Attorney at Smith & Associates.", "-", "-");
	edu_is("Experience with master data management.", "-", "-");
	edu_is("360-degree feedback culture.", "-", "-");
	edu_is("A high degree of accuracy is required.", "-", "-");
	edu_is("Some degree of travel is expected.", "-", "-");
	edu_is("JD: Senior Engineer, full time.", "-", "-");
	edu_is("Experience teaching high school students.", "-", "-");
	edu_is("Tuition reimbursement for your Master's degree.", "-", "-");
	edu_is("If M.S. degree, a minimum of 2 years is required.", "-", "-");
	edu_is("Relevant experience may be a combination of work experience "
		   "and degree obtained (Master's Degree = 2 years).", "-", "-");
	edu_is("Continuing education credits.", "-", "-");
	/* students hold no degree yet */
	edu_is("Currently pursuing a Bachelor's or Master's degree in Physics.",
		   "-", "-");
	edu_is("Students in the final year of a bachelor's programme.", "-", "-");
	edu_is("Must be enrolled in an MBA program.", "-", "-");
	edu_is("Bachelor's degree in Finance required.", "bachelor", "-");
	/* " * " bullets of a list flattened into one line are clause breaks */
	edu_is("Required: * SQL (Oracle preferred) * Bachelor's in Economics * "
		   "Go", "bachelor", "-");
}

/* The fields of study of every entry of text, joined with '|'. */
static void
fields_are(const char *text, const char *want)
{
	jr_education e = edu_of(text);
	char		got[512] = "";
	char		name[256];

	for (int k = 0; k < e.nitems; k++)
		for (int f = 0; f < e.items[k].nfields; f++)
		{
			if (got[0] != '\0')
				strncat(got, "|", sizeof(got) - strlen(got) - 1);
			strncat(got, span_text(text, e.items[k].fields[f]),
					sizeof(got) - strlen(got) - 1);
		}
	snprintf(name, sizeof(name), "fields of study of: %s", text);
	unit_is_str(got, want, name);
}

/* Fields of study and evidence of an entry. */
static void
test_edu_fields(void)
{
	const char *text = "Bachelor's degree in Computer Science, Statistics, "
		"or a related field.";
	jr_education e = edu_of(text);

	unit_is_long(e.nitems, 1, "fields: one entry");
	unit_is_str(span_text(text, e.items[0].span), "Bachelor's degree",
				"education evidence span");
	unit_is_long(e.items[0].nfields, 2, "two named fields");
	unit_is_str(span_text(text, e.items[0].fields[0]), "Computer Science",
				"first field of study");
	unit_is_str(span_text(text, e.items[0].fields[1]), "Statistics",
				"second field of study");
	fields_are("B.S. in Physics or Chemistry.", "Physics|Chemistry");
	fields_are("Bachelor's degree or higher in Finance.", "Finance");
	fields_are("Master's degree or equivalent in Economics required.",
			   "Economics");
	fields_are("Bachelor's degree in a quantitative field (Statistics, "
			   "Economics, Physics).", "Statistics|Economics|Physics");
	fields_are("PhD in a technical discipline such as Biology or Chemistry.",
			   "Biology|Chemistry");
	fields_are("Master's degree in a related quantitative or technical "
			   "discipline.", "");
	fields_are("Bachelor's degree in Geology, or in a STEM related field.",
			   "Geology");
	fields_are("Bachelor's degree in Accounting3+ years of experience",
			   "Accounting");
	fields_are("Bachelor's degree in Nursing * Two years in acute care",
			   "Nursing");
	fields_are("Degree in a computational field and meaningful experience.",
			   "");
	fields_are("Bachelor's degree in four years or less.", "");
	/* fields of later mentions too, for the skills extractor */
	e = edu_of("Bachelor's degree obtained.\nA Bachelor's degree in Botany "
			   "or Ecology is preferred.");
	unit_ok(e.nall_fields == 2, "fields of every degree mention (%d)",
			e.nall_fields);
}

/* experienceInPlaceOfEducation */
static void
test_in_place(void)
{
	in_place_is("Bachelor's degree or equivalent experience.", true);
	in_place_is("Bachelor's degree or equivalent work experience.", true);
	in_place_is("BS in CS or equivalent practical experience.", true);
	in_place_is("Bachelor's degree or an equivalent combination of education "
				"and experience.", true);
	in_place_is("Bachelor's degree in a relatable field and/or the equivalent "
				"in relatable experience.", true);
	in_place_is("Bachelor's degree OR 4 years of relevant experience.", true);
	in_place_is("Experience may be substituted for the degree.", true);
	in_place_is("Bachelor's degree in Computer Science.", false);
	in_place_is("Bachelor's degree and 5 years of experience.", false);
}

/* Level names and parsing. */
static void
test_level_names(void)
{
	jr_edu_level l;

	unit_is_str(jr_edu_level_name(JR_EDU_HIGH_SCHOOL), "high_school",
				"level name high_school");
	unit_is_str(jr_edu_level_name(JR_EDU_DOCTORATE), "doctorate",
				"level name doctorate");
	unit_ok(jr_edu_level_name(JR_EDU_UNKNOWN) == NULL, "no name for unknown");
	unit_is_str(jr_edu_credential_name(JR_EDU_ASSOCIATE), "associate degree",
				"credential associate degree");
	unit_is_str(jr_edu_credential_name(JR_EDU_DOCTORATE), "doctoral degree",
				"credential doctoral degree");
	unit_ok(jr_edu_level_parse("Master", 6, &l) && l == JR_EDU_MASTER,
			"parse Master");
	unit_ok(jr_edu_level_parse(" high school ", 13, &l) &&
			l == JR_EDU_HIGH_SCHOOL, "parse 'high school' with spaces");
	unit_ok(jr_edu_level_parse("PhD", 3, &l) && l == JR_EDU_DOCTORATE,
			"parse PhD");
	unit_ok(!jr_edu_level_parse("kindergarten", 12, &l) && l == JR_EDU_UNKNOWN,
			"unknown level");
	unit_ok(jr_edu_level_parse("postgraduate", 12, &l) && l == JR_EDU_MASTER,
			"parse postgraduate");
}

/* Headings run into the text, glued list items, layout mistakes. */
static void
test_inline_headings(void)
{
	test_posting tp;
	jr_experience e;
	jr_education ed;
	jr_error	err;

	years_is("Required: 3 years of experience in Java.\n"
			 "Preferred Qualifications* 5 years of academic or industry "
			 "experience.", 36);
	edu_is("Bachelor's degree in Computer Engineering\nIdeal Qualifications:\n"
		   "Experience with AWS\nMaster's degree in Computer Science\n",
		   "bachelor", "master");
	edu_is("Unix/Linux.Preferred QualificationsMaster's degree in CS.",
		   "-", "master");
	edu_is("Desired Skills:-MS in Computer Science or equivalent",
		   "-", "master");
	edu_is("QualificationsCollege degreeTeacher certification preferred",
		   "bachelor", "-");

	/* a run-on About section: its end is requirements again */
	{
		char		about[4000];
		size_t		n;

		snprintf(about, sizeof(about), "About us\n");
		n = strlen(about);
		while (n < 1800)
		{
			memcpy(about + n, "We build great things for great people. ", 40);
			n += 40;
		}
		snprintf(about + n, sizeof(about) - n,
				 "\nBachelor's degree in Marketing.\n");
		posting_parts(&tp, JR_SEC_ABOUT_COMPANY, about, -1);
		jr_education_extract(&tp.pt, &ed, &err);
		unit_is_str(level_str(ed.required_level), "bachelor",
					"a degree far into an About section is a requirement");
		posting_free(&tp);
	}
	/* a Requirements heading inside a Benefits section the layout made */
	posting_parts(&tp, JR_SEC_BENEFITS,
				  "Benefits: dental.\nJob qualificationsHigh school diploma or "
				  "equivalent.Minimum (1) year professional experience.", -1);
	jr_education_extract(&tp.pt, &ed, &err);
	unit_is_str(level_str(ed.required_level), "high_school",
				"Job qualifications heading inside Benefits");
	jr_experience_extract(&tp.pt, &e, &err);
	unit_is_long(e.months, 12, "Minimum (1) year");
	posting_free(&tp);
}

/* More degree forms and look-alikes. */
static void
test_edu_more(void)
{
	edu_is("B.S. Computer Science or equivalent + 2 years", "bachelor", "-");
	edu_is("Requirements:- BS Electrical or mechanical engineering",
		   "bachelor", "-");
	edu_is("6+ years related experience with a BS; 4-6 years with an MS",
		   "bachelor", "-");
	edu_is("Maintain the MS Exchange2010 environment.", "-", "-");
	edu_is("Proficiency in MS OfficeExcellent communication skills", "-", "-");
	edu_is("Experience with TensorRT-LLM and vLLM.", "-", "-");
	edu_is("You could be right for this if you have: 4-year degree; or "
		   "equivalent professional work experience", "bachelor", "-");
	edu_is("Bachelor's degree or diploma in Business, Law, or any related "
		   "field. (Not Required)", "-", "-");
	edu_is("Graduate degree (MS, PhD) will be highly valued but is not "
		   "required.", "-", "master");
	edu_is("A bachelor's degree Two+ years of experience working with "
		   "college bound students", "bachelor", "-");
	edu_is("Ph.D. as well as post-doctoral studies in linguistics.",
		   "doctorate", "-");
	edu_is("Requires a PhD with 0-3 years of experience; or a MS with 5-7 "
		   "years of industry experience", "master", "-");
	years_is("Requires a PhD with 0-3 years of experience; or a MS with 5-7 "
			 "years of industry experience", 0);
	years_is("A graduate of a two or four year formal therapy program.", -1);
	years_is("Candidates must be enrolled in a two year MBA program.", -1);
	years_is("Basic Hiring Criteria:BS or BA degree10+ years of experience "
			 "in Linux administration", 120);
	years_is("B.S. or B.A. degree (4 year) with 4 years experience as a "
			 "developerOR Associates degree (2 year) with 6 years experience "
			 "as a developerOR 8 years experience as a developer.", 48);
	years_is("Graduate degree with at least 2 years of work experience; 6+ "
			 "years of relevant work experience without graduate degree", 24);
	years_is("BS/BA in Math plus a minimum 0-2 years performing data "
			 "validation OR no degree w/6 years' experience in data validation",
			 0);
	years_is("3+ years in machine learning infrastructure.\nWe prefer:\n"
			 "5+ years in machine learning infrastructure.", 36);
	years_is("At least 4 years of IT experience Preferred \xE2\x80\xA2 At least "
			 "2 years of experience in SharePoint development.", 48);
}

/* ------------------------------------------------------------------------
 * Base pay
 * ------------------------------------------------------------------------ */

/* A hit over the first occurrence of needle, as a year range in USD. */
static jr_salary_hit
hit_of(const char *text, const char *needle, int64_t lo, int64_t hi)
{
	jr_salary_hit h;
	const char *p = strstr(text, needle);

	memset(&h, 0, sizeof(h));
	h.start = p ? (size_t) (p - text) : 0;
	h.end = h.start + strlen(needle);
	h.salary.lo = lo * 100;
	h.salary.hi = hi * 100;
	memcpy(h.salary.currency, "USD", 3);
	h.salary.period = JR_PERIOD_YEAR;
	return h;
}

/* Choose among hits in a one-section text; returns the chosen index. */
static int
pay_pick(const char *text, jr_salary_hit *hits, int n, jr_pay *pay)
{
	test_posting tp;
	jr_error	err;
	int			k;

	posting_plain(&tp, text);
	jr_pay_select(&tp.pt, hits, n, pay, &err);
	posting_free(&tp);
	if (pay->chosen < 0)
		return -1;
	for (k = 0; k < n; k++)
		if (hits[k].start == pay->items[pay->chosen].hit.start)
			return k;
	return -2;
}

/* Base pay among funding, bonus, commission and per-location pay. */
static void
test_pay(void)
{
	jr_salary_hit h[4];
	jr_pay		pay;
	const char *t1 = "We raised $50M in Series B funding. Salary: $120,000 - "
		"$150,000 per year.";
	const char *t2 = "Base salary of $100,000 plus a $20,000 signing bonus.";
	const char *t3 = "Commission: $80,000 to $150,000 per year. Earnings: "
		"$80,000 - $150,000 per year.";
	const char *t4 = "For New York, NY-based roles: The base salary range is "
		"$171,000 - $190,000. For Austin, TX-based roles: The base salary "
		"range is $150,000 - $170,000.";
	const char *t5 = "Base salary starting at $49,920 with uncapped "
		"commissions and on-target earnings (OTE) of $80,000+.";
	const char *t6 = "Great team. $95,000 - $105,000.";
	const char *t7 = "On-target earnings of $200,000 with uncapped commission.";

	h[0] = hit_of(t1, "$50M", 50000000, 50000000);
	h[1] = hit_of(t1, "$120,000 - $150,000 per year", 120000, 150000);
	unit_is_long(pay_pick(t1, h, 2, &pay), 1, "salary, not funding");
	unit_is_str(span_text(t1, pay.context), "Salary", "pay context evidence");

	h[0] = hit_of(t2, "$100,000", 100000, 100000);
	h[1] = hit_of(t2, "$20,000", 20000, 20000);
	unit_is_long(pay_pick(t2, h, 2, &pay), 0, "base salary, not bonus");
	unit_is_long(pay_pick(t2, h + 1, 1, &pay), -1, "a bonus alone is no pay");

	h[0] = hit_of(t3, "$80,000 to $150,000 per year", 80000, 150000);
	h[1] = hit_of(t3, "$80,000 - $150,000 per year", 80000, 150000);
	unit_is_long(pay_pick(t3, h, 2, &pay), -1, "commission-only: no base pay");

	h[0] = hit_of(t4, "$171,000 - $190,000", 171000, 190000);
	h[1] = hit_of(t4, "$150,000 - $170,000", 150000, 170000);
	unit_is_long(pay_pick(t4, h, 2, &pay), 0, "per location: the first");
	unit_is_long(pay.nitems, 2, "per location: both kept");
	unit_is_str(span_text(t4, pay.items[0].label), "New York, NY",
				"first location label");
	unit_is_str(span_text(t4, pay.items[1].label), "Austin, TX",
				"second location label");

	h[0] = hit_of(t5, "$49,920", 49920, 49920);
	h[1] = hit_of(t5, "$80,000+", 80000, 80000);
	unit_is_long(pay_pick(t5, h, 2, &pay), 0, "base salary, not OTE");
	unit_is_long(pay.nitems, 1, "no labels: one item");

	h[0] = hit_of(t6, "$95,000 - $105,000", 95000, 105000);
	unit_is_long(pay_pick(t6, h, 1, &pay), 0, "a lone plain mention");
	h[0] = hit_of(t7, "$200,000", 200000, 200000);
	unit_is_long(pay_pick(t7, h, 1, &pay), -1, "OTE alone is no base pay");
	unit_is_long(pay_pick(t6, h, 0, &pay), -1, "no hits: no pay");
}

/* Pay selection over the real finder, and a compensation section. */
static void
test_pay_end_to_end(void)
{
	test_posting tp;
	jr_salary_hit hits[16];
	jr_pay		pay;
	jr_error	err;
	int			n;

	posting_plain(&tp, "Acme raised $12M last year.\nPay: $44.00 - $47.00 per "
				  "hour\nBenefits: dental.");
	n = jr_salary_find_all(tp.pt.text, tp.pt.len, hits, 16, &err);
	unit_ok(n >= 1, "finder sees the pay");
	jr_pay_select(&tp.pt, hits, n, &pay, &err);
	unit_ok(pay.chosen == 0 &&
			pay.items[0].hit.salary.period == JR_PERIOD_HOUR &&
			pay.items[0].hit.salary.lo == 4400 &&
			pay.items[0].hit.salary.hi == 4700, "hourly pay chosen");
	posting_free(&tp);

	posting_parts(&tp, JR_SEC_OTHER, "Great culture.\n",
				  JR_SEC_COMPENSATION, "$90,000 - $110,000\n", -1);
	n = jr_salary_find_all(tp.pt.text, tp.pt.len, hits, 16, &err);
	jr_pay_select(&tp.pt, hits, n, &pay, &err);
	unit_ok(n >= 1 && pay.chosen == 0 &&
			pay.items[0].hit.salary.lo == 9000000,
			"a mention in a Compensation section is base pay");
	posting_free(&tp);
}

/* ------------------------------------------------------------------------
 * Robustness
 * ------------------------------------------------------------------------ */

/* Adversarial input stays linear and cancelable; empty input is fine. */
static void
test_adversarial(void)
{
	size_t		n = 300000;
	char	   *big = malloc(n + 1);
	test_posting tp;
	jr_experience e;
	jr_education ed;
	jr_error	err;
	size_t		i;
	jr_status	st;

	/* thousands of "years", long digit runs, degree words */
	for (i = 0; i < n; i++)
		big[i] = "1 years 22 yrs 999999999999 Bachelor BS/MS/PhD degree "[i % 55];
	big[n] = '\0';
	posting_plain(&tp, big);
	st = jr_experience_extract(&tp.pt, &e, &err);
	unit_is_long(st, JR_OK, "many years: finishes");
	st = jr_education_extract(&tp.pt, &ed, &err);
	unit_is_long(st, JR_OK, "many degrees: finishes");
	unit_ok(ed.required_level == JR_EDU_BACHELOR, "many degrees: bachelor");

	jr_set_interrupt_check(test_interrupted);
	interrupt_flag = true;
	st = jr_experience_extract(&tp.pt, &e, &err);
	unit_is_long(st, JR_ERR_CANCELED, "experience extraction is cancelable");
	st = jr_education_extract(&tp.pt, &ed, &err);
	unit_is_long(st, JR_ERR_CANCELED, "education extraction is cancelable");
	interrupt_flag = false;
	jr_set_interrupt_check(NULL);
	posting_free(&tp);

	for (i = 0; i < n; i++)
		big[i] = (i % 1000 == 999) ? ' ' : '7';
	posting_plain(&tp, big);
	st = jr_experience_extract(&tp.pt, &e, &err);
	unit_ok(st == JR_OK && e.state == JR_REQ_UNSTATED, "long digit runs");
	posting_free(&tp);
	free(big);

	posting_plain(&tp, "");
	unit_is_long(jr_experience_extract(&tp.pt, &e, &err), JR_OK, "empty text");
	unit_is_long(e.state, JR_REQ_UNSTATED, "empty text: unstated");
	unit_is_long(jr_education_extract(&tp.pt, &ed, &err), JR_OK,
				 "empty text: education");
	posting_free(&tp);
}

int
main(void)
{
	test_years_forms();
	test_years_main();
	test_years_alternatives();
	test_years_traps();
	test_years_preferred();
	test_years_none();
	test_years_glued();
	test_edu_levels();
	test_edu_required_preferred();
	test_edu_sections();
	test_edu_false_friends();
	test_edu_fields();
	test_in_place();
	test_level_names();
	test_inline_headings();
	test_edu_more();
	test_pay();
	test_pay_end_to_end();
	test_adversarial();
	return unit_done();
}
