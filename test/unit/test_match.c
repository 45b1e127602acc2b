/*
 * test_match.c
 *		Unit tests of matching: the candidate and posting readers, every
 *		rule of the evaluation, the report, the score and the skill closure
 *		that the index prefilter relies on.
 */
#include "jr_match.h"
#include "jr_skills.h"
#include "unit.h"

#include <jansson.h>
#include <stdlib.h>

/* Evaluate cand against post; returns the status of the first failing read. */
static jr_status
evaluate(const char *cand, const char *post, jr_match_result *res,
		 jr_error *err)
{
	jr_candidate c;
	jr_posting_reqs r;
	jr_status	st;

	jr_error_clear(err);
	st = jr_candidate_read(cand, strlen(cand), &c, err);
	if (st != JR_OK)
		return st;
	st = jr_posting_reqs_read(post, strlen(post), &r, err);
	if (st != JR_OK)
	{
		jr_candidate_free(&c);
		return st;
	}
	jr_match_evaluate(&c, &r, res);
	jr_candidate_free(&c);
	jr_posting_reqs_free(&r);
	return JR_OK;
}

/* Evaluate and require success; a failed read is a failed test. */
static jr_match_result
eval_ok(const char *cand, const char *post, const char *name)
{
	jr_match_result res;
	jr_error	err;

	memset(&res, 0, sizeof(res));
	if (evaluate(cand, post, &res, &err) != JR_OK)
		unit_ok(0, "%s: unexpected error: %s", name, err.message);
	return res;
}

/* The report of cand against post, parsed with Jansson (caller decrefs). */
static json_t *
report(const char *cand, const char *post)
{
	jr_candidate c;
	jr_posting_reqs r;
	jr_match_result res;
	jr_error	err;
	jr_buf		buf;
	json_t	   *doc;
	json_error_t jerr;

	if (jr_candidate_read(cand, strlen(cand), &c, &err) != JR_OK)
		return NULL;
	if (jr_posting_reqs_read(post, strlen(post), &r, &err) != JR_OK)
	{
		jr_candidate_free(&c);
		return NULL;
	}
	jr_match_evaluate(&c, &r, &res);
	jr_buf_init(&buf);
	jr_match_report(&c, &r, &res, &buf);
	doc = buf.failed ? NULL : json_loadb(buf.data, buf.len, 0, &jerr);
	if (doc == NULL)
		printf("# report did not parse: %s\n", buf.data ? buf.data : "");
	jr_buf_free(&buf);
	jr_candidate_free(&c);
	jr_posting_reqs_free(&r);
	return doc;
}

/* The check object named name in a report. */
static json_t *
check_of(json_t *doc, const char *name)
{
	json_t	   *checks = json_object_get(doc, "checks");
	size_t		i;

	for (i = 0; i < json_array_size(checks); i++)
	{
		json_t	   *c = json_array_get(checks, i);

		if (strcmp(json_string_value(json_object_get(c, "check")), name) == 0)
			return c;
	}
	return NULL;
}

/* The JSON text of a value (for comparisons); caller frees. */
static char *
dump(const json_t *v)
{
	return v ? json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT) : NULL;
}

/* Check a JSON value's compact text. */
static void
is_json(const json_t *v, const char *want, const char *name)
{
	char	   *got = dump(v);

	unit_is_str(got, want, name);
	free(got);
}

/* Expect reading a candidate to fail with code and message. */
static void
candidate_error(const char *cand, jr_status code, const char *message,
				const char *name)
{
	jr_candidate c;
	jr_error	err;
	jr_status	st;

	jr_error_clear(&err);
	st = jr_candidate_read(cand, strlen(cand), &c, &err);
	unit_is_long(st, code, name);
	if (st == JR_OK)
		jr_candidate_free(&c);
	else if (message != NULL)
		unit_is_str(err.message, message, name);
}

/* Expect reading a posting to fail with code and message. */
static void
posting_error(const char *post, jr_status code, const char *message,
			  const char *name)
{
	jr_posting_reqs r;
	jr_error	err;
	jr_status	st;

	jr_error_clear(&err);
	st = jr_posting_reqs_read(post, strlen(post), &r, &err);
	unit_is_long(st, code, name);
	if (st == JR_OK)
		jr_posting_reqs_free(&r);
	else if (message != NULL)
		unit_is_str(err.message, message, name);
}

/* Empty profile and empty posting: nothing is required, nothing is known. */
static void
test_empty(void)
{
	jr_match_result res = eval_ok("{}", "{}", "empty");

	unit_ok(res.meets, "empty profile meets an empty posting");
	unit_is_long(res.experience, JR_MET_UNKNOWN, "experience unknown");
	unit_is_long(res.education, JR_MET_UNKNOWN, "education unknown");
	unit_is_long(res.skills, JR_MET_UNKNOWN, "skills unknown");
	unit_is_long(res.workplace, JR_MET_UNKNOWN, "workplace unknown");
	unit_is_long(res.salary, JR_MET_UNKNOWN, "salary unknown");
	unit_is_double(res.score, 1.0, 1e-12, "empty vs empty scores 1");
	unit_is_double(res.skill_coverage, 1.0, 1e-12, "no required skills: coverage 1");

	res = eval_ok("{}",
				  "{\"experienceRequirements\": {\"monthsOfExperience\": 24},"
				  " \"skills\": [{\"name\": \"Python\", \"required\": true}]}",
				  "empty profile");
	unit_ok(!res.meets, "empty profile fails stated experience and skills");
	unit_is_long(res.experience, JR_MET_NO, "no years counts as 0 years");
	unit_is_long(res.skills, JR_MET_NO, "no skills covers nothing");

	res = eval_ok("{\"skills\": [\"Python\"], \"yearsOfExperience\": 30,"
				  " \"educationalLevel\": \"doctorate\","
				  " \"workplaceTypes\": [\"onsite\"],"
				  " \"salaryExpectation\": \"1..2 USD/YEAR\"}", "{}",
				  "full profile vs empty posting");
	unit_ok(res.meets, "an empty posting imposes nothing");
	unit_is_long(res.workplace, JR_MET_UNKNOWN,
				 "workplace unknown when the posting is silent");
	unit_is_long(res.salary, JR_MET_UNKNOWN,
				 "salary unknown when the posting is silent");
}

/* Candidate reader: types, values, unknown keys, nulls. */
static void
test_candidate_reader(void)
{
	jr_candidate c;
	jr_error	err;
	const char *ok = "{\"skills\": [\"k8s\", \" FooLang \", \"\"],"
		" \"yearsOfExperience\": 9.5, \"educationalLevel\": \"Master\","
		" \"workplaceTypes\": [\"remote\", \"hybrid\"],"
		" \"salaryExpectation\": \"180000..220000 USD/YEAR\","
		" \"favouriteColour\": [1, 2], \"nickname\": null}";

	unit_is_long(jr_candidate_read(ok, strlen(ok), &c, &err), JR_OK,
				 "a full profile reads");
	unit_is_long(c.nskills, 2, "blank skill names are dropped");
	unit_is_str(c.skills[0].key, "Kubernetes", "alias normalized to canonical");
	unit_is_str(c.skills[1].key, "foolang", "unknown name keyed lower-case, trimmed");
	unit_is_str(c.skills[1].display, "FooLang", "unknown name shown as given");
	unit_is_double(c.years, 9.5, 1e-12, "fractional years kept");
	unit_is_long(c.education, JR_MATCH_EDU_MASTER, "level case-insensitive");
	unit_is_long(c.workplaces, JR_WP_REMOTE | JR_WP_HYBRID, "workplace bits");
	unit_ok(c.has_salary, "salary read");
	jr_candidate_free(&c);

	candidate_error("[1, 2]", JR_ERR_ARGUMENT,
					"candidate must be a JSON object", "array candidate");
	candidate_error("\"x\"", JR_ERR_ARGUMENT,
					"candidate must be a JSON object", "string candidate");
	candidate_error("{", JR_ERR_ARGUMENT, "candidate is not valid JSON",
					"malformed JSON");
	candidate_error("{\"yearsOfExperience\": \"9\"}", JR_ERR_ARGUMENT,
					"candidate key \"yearsOfExperience\" must be a number",
					"years as a string");
	candidate_error("{\"yearsOfExperience\": -1}", JR_ERR_ARGUMENT,
					"candidate key \"yearsOfExperience\" must not be negative",
					"negative years");
	candidate_error("{\"skills\": \"Python\"}", JR_ERR_ARGUMENT,
					"candidate key \"skills\" must be an array of strings",
					"skills as a string");
	candidate_error("{\"skills\": [\"Python\", 3]}", JR_ERR_ARGUMENT,
					"candidate key \"skills\" must be an array of strings",
					"a number among skills");
	candidate_error("{\"educationalLevel\": 3}", JR_ERR_ARGUMENT,
					"candidate key \"educationalLevel\" must be a string",
					"level as a number");
	candidate_error("{\"educationalLevel\": \"wizard\"}", JR_ERR_ARGUMENT,
					"candidate key \"educationalLevel\" has an unknown value: \"wizard\"",
					"unknown level");
	candidate_error("{\"workplaceTypes\": \"remote\"}", JR_ERR_ARGUMENT,
					"candidate key \"workplaceTypes\" must be an array of strings",
					"workplace as a string");
	candidate_error("{\"workplaceTypes\": [\"moon\"]}", JR_ERR_ARGUMENT,
					"candidate key \"workplaceTypes\" has an unknown value: \"moon\"",
					"unknown workplace");
	candidate_error("{\"salaryExpectation\": 100000}", JR_ERR_ARGUMENT,
					"candidate key \"salaryExpectation\" must be a salary literal string or a MonetaryAmount object",
					"salary as a number");
	candidate_error("{\"salaryExpectation\": \"lots\"}", JR_ERR_ARGUMENT,
					"candidate key \"salaryExpectation\" is not a salary: \"lots\"",
					"salary prose");
	candidate_error("{\"educationalLevel\": \"none\", \"yearsOfExperience\": 0,"
					" \"skills\": [], \"workplaceTypes\": [],"
					" \"salaryExpectation\": null}", JR_OK, NULL,
					"none, zero, empty arrays and null are fine");
	candidate_error("{\"salaryExpectation\": {\"currency\": \"USD\","
					" \"value\": {\"minValue\": 40, \"maxValue\": 50,"
					" \"unitText\": \"HOUR\"}}}", JR_OK, NULL,
					"salary as a MonetaryAmount");
}

/* Posting reader: shapes it accepts and the keys it names when it cannot. */
static void
test_posting_reader(void)
{
	jr_posting_reqs r;
	jr_error	err;
	const char *post = "{\"skills\": [\"SQL\","
		" {\"name\": \"Python\", \"required\": true, \"group\": 1},"
		" {\"name\": \"Go\", \"required\": false},"
		" {\"name\": \"Scala\", \"required\": true, \"group\": 1},"
		" {\"name\": \"Java\", \"required\": true, \"group\": 1}],"
		" \"title\": \"Data Engineer\", \"unknownKey\": {}}";

	unit_is_long(jr_posting_reqs_read(post, strlen(post), &r, &err), JR_OK,
				 "posting with groups reads");
	unit_is_long(r.nunits, 3, "three units: SQL, the group, Go");
	unit_is_long(r.units[1].count, 3, "the group gathers its members");
	unit_is_str(r.skills[r.units[1].first + 2].key, "Java",
				"group members in order");
	unit_ok(!r.units[2].required, "Go is preferred");
	jr_posting_reqs_free(&r);

	posting_error("[]", JR_ERR_ARGUMENT, "posting must be a JSON object",
				  "array posting");
	posting_error("{\"skills\": {}}", JR_ERR_ARGUMENT,
				  "posting key \"skills\" must be an array of objects",
				  "skills as an object");
	posting_error("{\"skills\": [{\"required\": true}]}", JR_ERR_ARGUMENT,
				  "posting key \"skills.name\" must be a string",
				  "skill without a name");
	posting_error("{\"experienceRequirements\": 5}", JR_ERR_ARGUMENT,
				  "posting key \"experienceRequirements\" must be an object or \"no requirements\"",
				  "experience as a number");
	posting_error("{\"experienceRequirements\": {\"monthsOfExperience\": -3}}",
				  JR_ERR_ARGUMENT,
				  "posting key \"experienceRequirements.monthsOfExperience\" must be a non-negative number",
				  "negative months");
	posting_error("{\"educationRequirements\": [{\"educationalLevel\": \"guru\"}]}",
				  JR_ERR_ARGUMENT,
				  "posting key \"educationRequirements.educationalLevel\" must be one of high_school, associate, bachelor, master, doctorate",
				  "unknown education level");
	posting_error("{\"experienceInPlaceOfEducation\": \"yes\"}", JR_ERR_ARGUMENT,
				  "posting key \"experienceInPlaceOfEducation\" must be a boolean",
				  "equivalence flag as a string");
	posting_error("{\"jobreq\": {\"workplaceType\": \"moon\"}}", JR_ERR_ARGUMENT,
				  "posting key \"jobreq.workplaceType\" must be one of onsite, hybrid, remote",
				  "unknown workplace type");
	posting_error("{\"jobreq\": {\"salaryRange\": \"lots\"}}", JR_ERR_ARGUMENT,
				  "posting key \"jobreq.salaryRange\" is not a salary: \"lots\"",
				  "bad salary literal");
}

/* Experience: main path, range, "no requirements", alternatives. */
static void
test_experience(void)
{
	const char *eight = "{\"experienceRequirements\": {\"monthsOfExperience\": 96,"
		" \"maxMonthsOfExperience\": 120}}";
	const char *alts = "{\"experienceRequirements\": {\"monthsOfExperience\": 72,"
		" \"alternatives\": [{\"monthsOfExperience\": 96},"
		" {\"monthsOfExperience\": 72, \"educationalLevel\": \"master\"}]}}";
	const char *degree_only = "{\"experienceRequirements\": {\"monthsOfExperience\": 36,"
		" \"alternatives\": [{\"monthsOfExperience\": 60, \"educationalLevel\": \"bachelor\"},"
		" {\"monthsOfExperience\": 36, \"educationalLevel\": \"master\"}]}}";
	jr_match_result res;

	res = eval_ok("{\"yearsOfExperience\": 9}", eight, "9 of 8");
	unit_is_long(res.experience, JR_MET_YES, "9 years meet 8+");
	res = eval_ok("{\"yearsOfExperience\": 8}", eight, "8 of 8");
	unit_is_long(res.experience, JR_MET_YES, "exactly 8 years meet 8+");
	res = eval_ok("{\"yearsOfExperience\": 20}", eight, "20 of 8-10");
	unit_is_long(res.experience, JR_MET_YES, "maxMonthsOfExperience never blocks");
	res = eval_ok("{\"yearsOfExperience\": 6}", eight, "6 of 8");
	unit_is_long(res.experience, JR_MET_NO, "6 years miss 8+");
	unit_is_double(res.experience_credit, 0.75, 1e-12, "partial credit 6/8");
	res = eval_ok("{}", "{\"experienceRequirements\": \"no requirements\"}",
				  "no requirements");
	unit_is_long(res.experience, JR_MET_YES, "\"no requirements\" is met");
	res = eval_ok("{}", "{\"experienceRequirements\": {}}", "empty object");
	unit_is_long(res.experience, JR_MET_UNKNOWN, "an empty object states nothing");

	res = eval_ok("{\"yearsOfExperience\": 8, \"educationalLevel\": \"bachelor\"}",
				  alts, "8y bachelor");
	unit_is_long(res.experience, JR_MET_YES, "the plain 8-year path");
	res = eval_ok("{\"yearsOfExperience\": 7, \"educationalLevel\": \"bachelor\"}",
				  alts, "7y bachelor");
	unit_is_long(res.experience, JR_MET_NO,
				 "7 years with a bachelor's meet neither path (main months is only the minimum)");
	res = eval_ok("{\"yearsOfExperience\": 6, \"educationalLevel\": \"master\"}",
				  alts, "6y master");
	unit_is_long(res.experience, JR_MET_YES, "6 years with a master's: the degree path");
	res = eval_ok("{\"yearsOfExperience\": 6, \"educationalLevel\": \"doctorate\"}",
				  alts, "6y doctorate");
	unit_is_long(res.experience, JR_MET_YES, "a higher degree opens the master path");
	res = eval_ok("{\"yearsOfExperience\": 6}", alts, "6y no degree");
	unit_is_long(res.experience, JR_MET_NO, "no stated degree: degree path closed");

	res = eval_ok("{\"yearsOfExperience\": 40}", degree_only, "no degree, all paths need one");
	unit_is_long(res.experience, JR_MET_NO, "every path needs a degree the candidate lacks");
	unit_is_double(res.experience_credit, 0.0, 1e-12, "no credit without an open path");
	res = eval_ok("{\"yearsOfExperience\": 5, \"educationalLevel\": \"bachelor\"}",
				  degree_only, "5y bachelor");
	unit_is_long(res.experience, JR_MET_YES, "bachelor path met");
	res = eval_ok("{\"yearsOfExperience\": 4, \"educationalLevel\": \"bachelor\"}",
				  degree_only, "4y bachelor");
	unit_is_long(res.experience, JR_MET_NO, "bachelor path needs 5 years");
}

/* Education: order, preferred entries, "no requirements", equivalence. */
static void
test_education(void)
{
	const char *bachelor = "{\"educationRequirements\": ["
		"{\"credentialCategory\": \"bachelor degree\", \"educationalLevel\": \"bachelor\", \"required\": true},"
		"{\"credentialCategory\": \"master degree\", \"educationalLevel\": \"master\", \"required\": false}]}";
	const char *either = "{\"educationRequirements\": ["
		"{\"educationalLevel\": \"master\", \"required\": true},"
		"{\"educationalLevel\": \"bachelor\", \"required\": true}]}";
	const char *preferred = "{\"educationRequirements\": ["
		"{\"educationalLevel\": \"doctorate\", \"required\": false}]}";
	const char *equiv = "{\"experienceRequirements\": {\"monthsOfExperience\": 36},"
		" \"educationRequirements\": [{\"educationalLevel\": \"bachelor\", \"required\": true}],"
		" \"experienceInPlaceOfEducation\": true}";
	jr_match_result res;
	json_t	   *doc;

	res = eval_ok("{\"educationalLevel\": \"master\"}", bachelor, "master vs bachelor");
	unit_is_long(res.education, JR_MET_YES, "a master's meets a bachelor's");
	res = eval_ok("{\"educationalLevel\": \"bachelor\"}", bachelor, "bachelor vs bachelor");
	unit_is_long(res.education, JR_MET_YES, "the preferred master's does not raise the bar");
	res = eval_ok("{\"educationalLevel\": \"associate\"}", bachelor, "associate");
	unit_is_long(res.education, JR_MET_NO, "an associate degree is below a bachelor's");
	unit_is_double(res.education_credit, 2.0 / 3.0, 1e-12, "partial credit 2/3");
	res = eval_ok("{\"educationalLevel\": \"high_school\"}", bachelor, "high school");
	unit_is_long(res.education, JR_MET_NO, "high school is below a bachelor's");
	res = eval_ok("{}", bachelor, "no level");
	unit_is_long(res.education, JR_MET_NO, "an unstated level is no degree");
	res = eval_ok("{\"educationalLevel\": \"bachelor\"}", either, "either");
	unit_is_long(res.education, JR_MET_YES, "several required levels: the lowest is the bar");
	res = eval_ok("{\"educationalLevel\": \"none\"}", preferred, "preferred only");
	unit_is_long(res.education, JR_MET_UNKNOWN, "preferred education never blocks");
	unit_ok(res.meets, "preferred-only education: meets");
	res = eval_ok("{}", "{\"educationRequirements\": \"no requirements\"}", "none");
	unit_is_long(res.education, JR_MET_YES, "\"no requirements\" is met");

	/* 3 years needed; high school is 2 levels short: 2 x 2 = 4 extra years */
	res = eval_ok("{\"educationalLevel\": \"high_school\", \"yearsOfExperience\": 7}",
				  equiv, "7y high school");
	unit_is_long(res.education, JR_MET_YES, "4 years beyond the 3 required stand in for 2 levels");
	unit_ok(res.education_by_experience, "met through experience");
	unit_ok(res.meets, "equivalent experience meets");
	res = eval_ok("{\"educationalLevel\": \"high_school\", \"yearsOfExperience\": 6.9}",
				  equiv, "6.9y high school");
	unit_is_long(res.education, JR_MET_NO, "3.9 extra years are not enough");
	res = eval_ok("{\"educationalLevel\": \"associate\", \"yearsOfExperience\": 5}",
				  equiv, "5y associate");
	unit_is_long(res.education, JR_MET_YES, "one level short: 2 extra years");
	res = eval_ok("{\"yearsOfExperience\": 9}", equiv, "9y no degree");
	unit_is_long(res.education, JR_MET_YES, "no degree: 3 levels, 6 extra years");
	res = eval_ok("{\"yearsOfExperience\": 8.5}", equiv, "8.5y no degree");
	unit_is_long(res.education, JR_MET_NO, "no degree with 5.5 extra years");
	res = eval_ok("{\"educationalLevel\": \"high_school\", \"yearsOfExperience\": 40}",
				  bachelor, "no equivalence flag");
	unit_is_long(res.education, JR_MET_NO, "without the flag experience never stands in");

	doc = report("{\"educationalLevel\": \"high_school\", \"yearsOfExperience\": 7}", equiv);
	is_json(json_object_get(check_of(doc, "education"), "equivalentExperience"),
			"true", "report says equivalentExperience");
	json_decref(doc);
}

/* Skills: required, groups, hierarchy, aliases, unknown names, preferred. */
static void
test_skills(void)
{
	const char *two = "{\"skills\": [{\"name\": \"Python\", \"required\": true},"
		" {\"name\": \"SQL\", \"required\": true},"
		" {\"name\": \"Docker\", \"required\": false}]}";
	const char *group = "{\"skills\": ["
		"{\"name\": \"Python\", \"required\": true, \"group\": 1},"
		"{\"name\": \"Scala\", \"required\": true, \"group\": 1},"
		"{\"name\": \"Java\", \"required\": true, \"group\": 1},"
		"{\"name\": \"SQL\", \"required\": true}]}";
	const char *ml = "{\"skills\": [{\"name\": \"machine learning\", \"required\": true}]}";
	const char *torch = "{\"skills\": [{\"name\": \"PyTorch\", \"required\": true}]}";
	const char *unknown = "{\"skills\": [{\"name\": \"FooLang\", \"required\": true}]}";
	jr_match_result res;
	json_t	   *doc;

	res = eval_ok("{\"skills\": [\"python\", \"sql\"]}", two, "both");
	unit_is_long(res.skills, JR_MET_YES, "both required skills, any case");
	unit_ok(res.meets, "the preferred Docker never blocks");
	unit_is_double(res.preferred_coverage, 0.0, 1e-12, "preferred coverage 0");
	res = eval_ok("{\"skills\": [\"Python\"]}", two, "one of two");
	unit_is_long(res.skills, JR_MET_NO, "a missing required skill fails");
	unit_is_double(res.skill_coverage, 0.5, 1e-12, "coverage 1/2");

	res = eval_ok("{\"skills\": [\"Java\", \"SQL\"]}", group, "group by Java");
	unit_is_long(res.skills, JR_MET_YES, "any member satisfies a group");
	res = eval_ok("{\"skills\": [\"SQL\"]}", group, "group missing");
	unit_is_long(res.skills, JR_MET_NO, "a group with no member fails");
	unit_is_long(res.required_units, 2, "a group is one unit");
	doc = report("{\"skills\": [\"SQL\"]}", group);
	is_json(json_object_get(check_of(doc, "skills"), "missing"),
			"[\"Python or Scala or Java\"]", "missing group shown as A or B or C");
	is_json(json_object_get(check_of(doc, "skills"), "required"),
			"[\"Python or Scala or Java\",\"SQL\"]", "required lists units");
	is_json(json_object_get(doc, "skillCoverage"), "0.5", "skillCoverage 0.5");
	json_decref(doc);

	res = eval_ok("{\"skills\": [\"PyTorch\"]}", ml, "PyTorch vs ML");
	unit_is_long(res.skills, JR_MET_YES, "PyTorch covers machine learning");
	res = eval_ok("{\"skills\": [\"machine learning\"]}", torch, "ML vs PyTorch");
	unit_is_long(res.skills, JR_MET_NO, "machine learning does not cover PyTorch");
	res = eval_ok("{\"skills\": [\"k8s\"]}",
				  "{\"skills\": [{\"name\": \"Kubernetes\", \"required\": true}]}",
				  "alias");
	unit_is_long(res.skills, JR_MET_YES, "an alias covers its canonical skill");
	res = eval_ok("{\"skills\": [\"  foolang\"]}", unknown, "unknown");
	unit_is_long(res.skills, JR_MET_YES, "unknown names compare case-insensitively");
	res = eval_ok("{\"skills\": [\"foo lang\"]}", unknown, "unknown spaced");
	unit_is_long(res.skills, JR_MET_NO, "unknown names must otherwise be equal");

	doc = report("{\"skills\": [\"sql\"]}", two);
	is_json(json_object_get(check_of(doc, "skills"), "missing"), "[\"Python\"]",
			"missing by canonical name");
	is_json(json_object_get(check_of(doc, "skills"), "preferredMissing"),
			"[\"Docker\"]", "preferredMissing");
	is_json(json_object_get(check_of(doc, "skills"), "candidate"), "[\"SQL\"]",
			"candidate skills canonical");
	json_decref(doc);
}

/* Workplace: counted only when both sides state it. */
static void
test_workplace(void)
{
	const char *remote = "{\"jobreq\": {\"workplaceType\": \"remote\"}}";
	jr_match_result res;

	res = eval_ok("{\"workplaceTypes\": [\"remote\", \"hybrid\"]}", remote, "remote ok");
	unit_is_long(res.workplace, JR_MET_YES, "remote is among the candidate's types");
	res = eval_ok("{\"workplaceTypes\": [\"onsite\"]}", remote, "onsite only");
	unit_is_long(res.workplace, JR_MET_NO, "an onsite-only candidate fails a remote posting");
	unit_ok(!res.meets, "a stated workplace mismatch blocks");
	res = eval_ok("{}", remote, "candidate silent");
	unit_is_long(res.workplace, JR_MET_UNKNOWN, "candidate silent: unknown");
	res = eval_ok("{\"workplaceTypes\": []}", remote, "empty list");
	unit_is_long(res.workplace, JR_MET_UNKNOWN, "an empty list states nothing");
	res = eval_ok("{\"workplaceTypes\": [\"onsite\"]}", "{}", "posting silent");
	unit_is_long(res.workplace, JR_MET_UNKNOWN, "posting silent: unknown");
	res = eval_ok("{\"workplaceTypes\": [\"onsite\"]}",
				  "{\"jobLocationType\": \"TELECOMMUTE\"}", "telecommute");
	unit_is_long(res.workplace, JR_MET_NO, "TELECOMMUTE means remote");
	res = eval_ok("{\"workplaceTypes\": [\"hybrid\"]}",
				  "{\"jobLocationType\": \"TELECOMMUTE\","
				  " \"jobreq\": {\"workplaceType\": \"hybrid\"}}", "both keys");
	unit_is_long(res.workplace, JR_MET_YES, "jobreq.workplaceType wins");
}

/* Salary: annualized, same currency only, literal or MonetaryAmount. */
static void
test_salary(void)
{
	const char *yearly = "{\"jobreq\": {\"salaryRange\": \"150000..190000 USD/YEAR\"}}";
	const char *base = "{\"baseSalary\": {\"@type\": \"MonetaryAmount\", \"currency\": \"USD\","
		" \"value\": {\"@type\": \"QuantitativeValue\", \"minValue\": 150000,"
		" \"maxValue\": 190000, \"unitText\": \"YEAR\"}}}";
	jr_match_result res;
	json_t	   *doc;

	res = eval_ok("{\"salaryExpectation\": \"180000..220000 USD/YEAR\"}", yearly, "overlap");
	unit_is_long(res.salary, JR_MET_YES, "overlapping yearly ranges");
	res = eval_ok("{\"salaryExpectation\": \"200000..250000 USD/YEAR\"}", yearly, "above");
	unit_is_long(res.salary, JR_MET_NO, "an expectation above the range fails");
	unit_ok(!res.meets, "a stated salary mismatch blocks");
	res = eval_ok("{\"salaryExpectation\": \"90..100 USD/HOUR\"}", yearly, "hourly in");
	unit_is_long(res.salary, JR_MET_YES, "90-100/hour (187200-208000/year) overlaps");
	res = eval_ok("{\"salaryExpectation\": \"$90/hr\"}", yearly, "hourly posting form");
	unit_is_long(res.salary, JR_MET_YES, "a posting-style hourly literal");
	res = eval_ok("{\"salaryExpectation\": \"100..120 USD/HOUR\"}", yearly, "hourly out");
	unit_is_long(res.salary, JR_MET_NO, "100/hour is 208000/year, above 190000");
	res = eval_ok("{\"salaryExpectation\": \"180000..220000 EUR/YEAR\"}", yearly, "euros");
	unit_is_long(res.salary, JR_MET_UNKNOWN, "different currencies: unknown");
	unit_ok(res.meets, "different currencies never block");
	res = eval_ok("{\"salaryExpectation\": \"180000..220000 USD/YEAR\"}", base, "baseSalary");
	unit_is_long(res.salary, JR_MET_YES, "a baseSalary MonetaryAmount");
	res = eval_ok("{\"salaryExpectation\": {\"currency\": \"USD\", \"value\": "
				  "{\"minValue\": 100, \"maxValue\": 120, \"unitText\": \"HOUR\"}}}",
				  base, "hourly MonetaryAmount");
	unit_is_long(res.salary, JR_MET_NO, "an hourly MonetaryAmount above the yearly range");
	res = eval_ok("{\"salaryExpectation\": \"120000.. USD/YEAR\"}", yearly, "open above");
	unit_is_long(res.salary, JR_MET_YES, "at least 120000 overlaps");
	res = eval_ok("{\"salaryExpectation\": \"200000.. USD/YEAR\"}", yearly, "open above out");
	unit_is_long(res.salary, JR_MET_NO, "at least 200000 does not");
	res = eval_ok("{\"salaryExpectation\": \"100000..120000 USD/YEAR\"}",
				  "{\"baseSalary\": {\"currency\": \"USD\", \"value\": {\"minValue\": \"100000\","
				  " \"maxValue\": 110000}}, \"jobreq\": {\"salaryRange\": \"300000..400000 USD/YEAR\"}}",
				  "both keys");
	unit_is_long(res.salary, JR_MET_YES,
				 "baseSalary wins over jobreq.salaryRange (as posting_salary reads it); string amounts");
	res = eval_ok("{}", yearly, "silent");
	unit_is_long(res.salary, JR_MET_UNKNOWN, "candidate silent: unknown");

	doc = report("{\"salaryExpectation\": \"90..100 USD/HOUR\"}", yearly);
	is_json(json_object_get(check_of(doc, "salary"), "required"),
			"\"150000..190000 USD/YEAR\"", "report shows the posting's literal");
	is_json(json_object_get(check_of(doc, "salary"), "candidate"),
			"\"90..100 USD/HOUR\"", "report shows the candidate's literal");
	json_decref(doc);
	doc = report("{\"salaryExpectation\": \"1..2 EUR/YEAR\"}", yearly);
	unit_ok(json_object_get(check_of(doc, "salary"), "note") != NULL,
			"report notes different currencies");
	json_decref(doc);
}

/* Score: range, the pass/fail halves, preferred skills, ordering. */
static void
test_score(void)
{
	const char *post = "{\"experienceRequirements\": {\"monthsOfExperience\": 60},"
		" \"educationRequirements\": [{\"educationalLevel\": \"bachelor\", \"required\": true}],"
		" \"skills\": [{\"name\": \"Python\", \"required\": true},"
		" {\"name\": \"SQL\", \"required\": true},"
		" {\"name\": \"Spark\", \"required\": false},"
		" {\"name\": \"Kubernetes\", \"required\": false}],"
		" \"jobreq\": {\"workplaceType\": \"remote\", \"salaryRange\": \"150000..190000 USD/YEAR\"}}";
	jr_match_result all = eval_ok("{\"skills\": [\"Python\", \"SQL\", \"Spark\", \"k8s\"],"
								  " \"yearsOfExperience\": 6, \"educationalLevel\": \"master\"}",
								  post, "all");
	jr_match_result req = eval_ok("{\"skills\": [\"Python\", \"SQL\"],"
								  " \"yearsOfExperience\": 6, \"educationalLevel\": \"master\"}",
								  post, "required only");
	jr_match_result few = eval_ok("{\"skills\": [\"Python\", \"Spark\", \"Kubernetes\"],"
								  " \"yearsOfExperience\": 20, \"educationalLevel\": \"doctorate\","
								  " \"workplaceTypes\": [\"remote\"],"
								  " \"salaryExpectation\": \"160000 USD/YEAR\"}",
								  post, "few");
	jr_match_result none = eval_ok("{}", post, "none");
	jr_match_result wrongplace = eval_ok("{\"skills\": [\"Python\", \"SQL\", \"Spark\", \"k8s\"],"
										 " \"yearsOfExperience\": 6, \"educationalLevel\": \"master\","
										 " \"workplaceTypes\": [\"onsite\"]}",
										 post, "wrong place");

	unit_ok(all.meets && req.meets, "both qualified candidates meet");
	unit_is_double(all.score, 1.0, 1e-12, "everything met scores 1");
	unit_is_double(req.score, 0.5 + 0.5 * (1.0 - JR_MATCH_W_PREFERRED_SKILLS),
				   1e-12, "no preferred skills loses their weight (halved)");
	unit_ok(all.score > req.score, "all preferred skills outrank none");
	unit_ok(!few.meets, "missing SQL fails");
	unit_ok(few.score < 0.5, "a failing candidate scores below 0.5");
	unit_ok(req.score >= 0.5, "a passing candidate scores at least 0.5");
	unit_ok(req.score > few.score, "any passing candidate outranks any failing one");
	unit_ok(none.score >= 0.0 && none.score < few.score, "empty profile ranks last");
	unit_ok(wrongplace.score < 0.5, "a workplace mismatch caps below 0.5");
	unit_ok(wrongplace.score > few.score, "but ranks by what it does meet");
}

/* Report shape: five checks in order, met null/true/false, required values. */
static void
test_report(void)
{
	json_t	   *doc = report("{\"yearsOfExperience\": 9, \"educationalLevel\": \"master\","
							 " \"workplaceTypes\": [\"hybrid\", \"remote\"]}",
							 "{\"experienceRequirements\": {\"monthsOfExperience\": 96,"
							 " \"alternatives\": [{\"monthsOfExperience\": 120},"
							 " {\"monthsOfExperience\": 96, \"educationalLevel\": \"master\"}]},"
							 " \"educationRequirements\": [{\"educationalLevel\": \"bachelor\", \"required\": true}],"
							 " \"jobLocationType\": \"TELECOMMUTE\"}");
	json_t	   *checks = json_object_get(doc, "checks");
	const char *names[] = {"experience", "education", "skills", "workplace", "salary"};
	size_t		i;

	unit_ok(doc != NULL, "report is valid JSON");
	unit_is_long((long long) json_array_size(checks), 5, "five checks");
	for (i = 0; i < 5; i++)
		unit_is_str(json_string_value(json_object_get(json_array_get(checks, i), "check")),
					names[i], "checks in order");
	is_json(json_object_get(doc, "meets"), "true", "meets true");
	is_json(json_object_get(check_of(doc, "experience"), "required"),
			"{\"monthsOfExperience\":96,\"alternatives\":[{\"monthsOfExperience\":120},"
			"{\"monthsOfExperience\":96,\"educationalLevel\":\"master\"}]}",
			"experience required echoes the posting");
	is_json(json_object_get(check_of(doc, "experience"), "candidate"),
			"{\"yearsOfExperience\":9,\"monthsOfExperience\":108}",
			"experience candidate in years and months");
	is_json(json_object_get(check_of(doc, "education"), "required"), "\"bachelor\"",
			"education required level");
	is_json(json_object_get(check_of(doc, "workplace"), "candidate"),
			"[\"hybrid\",\"remote\"]", "workplace candidate types");
	is_json(json_object_get(check_of(doc, "workplace"), "met"), "true",
			"workplace met");
	is_json(json_object_get(check_of(doc, "skills"), "met"), "null",
			"skills null when nothing required");
	is_json(json_object_get(check_of(doc, "salary"), "met"), "null",
			"salary null when unstated");
	json_decref(doc);
}

/* The closure behind the prefilter agrees exactly with jr_skill_covers. */
static void
test_closure(void)
{
	jr_buf		buf;
	int			n = jr_skill_count();
	int			have;
	int			want;
	int			bad = 0;
	int			keybad = 0;
	int			ancestors = 0;
	bool		found_ml = false;
	size_t		off;

	jr_buf_init(&buf);
	unit_is_long(jr_match_skill_closure("PyTorch", 7, &buf) >= 3, 1,
				 "PyTorch has at least two ancestors");
	for (off = 0; off < buf.len; off += strlen(buf.data + off) + 1)
		if (strcmp(buf.data + off, "machine learning") == 0)
			found_ml = true;
	unit_ok(found_ml, "the closure of PyTorch holds machine learning");
	jr_buf_truncate(&buf, 0);
	unit_is_long(jr_match_skill_closure(" FooLang ", 9, &buf), 1,
				 "an unknown name is its own closure");
	unit_is_str(buf.data, "foolang", "keyed lower-case");
	jr_buf_truncate(&buf, 0);
	unit_is_long(jr_match_skill_closure("  ", 2, &buf), 0, "a blank name has none");

	for (have = 0; have < n; have++)
	{
		const char *name = jr_skill_name(have);

		jr_buf_truncate(&buf, 0);
		if (jr_skill_lookup(name, strlen(name)) != have ||
			jr_match_skill_key(name, strlen(name), &buf) != have ||
			strcmp(buf.data, name) != 0)
			keybad++;
		jr_buf_truncate(&buf, 0);
		jr_match_skill_closure(name, strlen(name), &buf);
		for (want = 0; want < n; want++)
		{
			bool		in = false;
			const char *wname = jr_skill_name(want);

			for (off = 0; off < buf.len; off += strlen(buf.data + off) + 1)
				if (strcmp(buf.data + off, wname) == 0)
					in = true;
			if (in != jr_skill_covers(have, want))
				bad++;
		}
	}
	unit_is_long(keybad, 0, "every canonical name looks up to itself and is its own key");
	unit_is_long(bad, 0, "closure membership equals jr_skill_covers for every pair");

	/* the evaluation agrees with jr_skill_covers on a sample of pairs */
	bad = 0;
	ancestors = 0;
	for (have = 0; have < n; have += 7)
	{
		jr_candidate c;
		jr_error	err;
		char		json[512];

		jr_buf_truncate(&buf, 0);
		jr_buf_puts(&buf, "{\"skills\": [");
		jr_buf_json_string(&buf, jr_skill_name(have), strlen(jr_skill_name(have)));
		jr_buf_puts(&buf, "]}");
		if (jr_candidate_read(buf.data, buf.len, &c, &err) != JR_OK)
		{
			bad++;
			continue;
		}
		for (want = have % 13; want < n; want += 13)
		{
			jr_posting_reqs r;
			jr_match_result res;
			jr_buf		pb;

			jr_buf_init(&pb);
			jr_buf_puts(&pb, "{\"skills\": [{\"required\": true, \"name\": ");
			jr_buf_json_string(&pb, jr_skill_name(want), strlen(jr_skill_name(want)));
			jr_buf_puts(&pb, "}]}");
			snprintf(json, sizeof(json), "%s", pb.data);
			jr_buf_free(&pb);
			if (jr_posting_reqs_read(json, strlen(json), &r, &err) != JR_OK)
			{
				bad++;
				continue;
			}
			jr_match_evaluate(&c, &r, &res);
			if (res.meets != jr_skill_covers(have, want))
				bad++;
			jr_posting_reqs_free(&r);
		}
		for (want = jr_skill_parent(have); want >= 0; want = jr_skill_parent(want))
		{
			jr_posting_reqs r;
			jr_match_result res;
			jr_buf		pb;

			jr_buf_init(&pb);
			jr_buf_puts(&pb, "{\"skills\": [{\"required\": true, \"name\": ");
			jr_buf_json_string(&pb, jr_skill_name(want), strlen(jr_skill_name(want)));
			jr_buf_puts(&pb, "}]}");
			if (jr_posting_reqs_read(pb.data, pb.len, &r, &err) != JR_OK)
				bad++;
			else
			{
				jr_match_evaluate(&c, &r, &res);
				if (!res.meets)
					bad++;
				ancestors++;
				jr_posting_reqs_free(&r);
			}
			jr_buf_free(&pb);
		}
		jr_candidate_free(&c);
	}
	unit_is_long(bad, 0, "meets on one required skill equals jr_skill_covers (sampled pairs and every ancestor)");
	unit_ok(ancestors > 500, "ancestors checked: %d", ancestors);
	jr_buf_free(&buf);
}

/* Anchors: the most specific required skills outside groups, "" padded. */
static void
test_anchors(void)
{
	const char *post = "{\"skills\": ["
		"{\"name\": \"communication\", \"required\": true},"
		"{\"name\": \"SQL\", \"required\": true},"
		"{\"name\": \"PyTorch\", \"required\": true},"
		"{\"name\": \"machine learning\", \"required\": true},"
		"{\"name\": \"ZetaLang\", \"required\": false},"
		"{\"name\": \"Scala\", \"required\": true, \"group\": 1},"
		"{\"name\": \"BarLang\", \"required\": true, \"group\": 1}]}";
	jr_posting_reqs r;
	jr_error	err;
	const char *a[JR_MATCH_ANCHORS];

	jr_posting_reqs_read(post, strlen(post), &r, &err);
	jr_match_anchors(&r, a);
	unit_is_str(a[0], "PyTorch", "the deepest required skill anchors first");
	unit_is_str(a[1], "SQL", "then the next deepest (preferred and grouped skip)");
	jr_posting_reqs_free(&r);

	post = "{\"skills\": [{\"name\": \"SQL\", \"required\": true},"
		"{\"name\": \"FooLang\", \"required\": true},"
		"{\"name\": \"foolang\", \"required\": true}]}";
	jr_posting_reqs_read(post, strlen(post), &r, &err);
	jr_match_anchors(&r, a);
	unit_is_str(a[0], "foolang", "a name outside the taxonomy is the most specific");
	unit_is_str(a[1], "SQL", "duplicates count once");
	jr_posting_reqs_free(&r);

	post = "{\"skills\": [{\"name\": \"Excel\", \"required\": true}]}";
	jr_posting_reqs_read(post, strlen(post), &r, &err);
	jr_match_anchors(&r, a);
	unit_ok(strcmp(a[0], "Excel") == 0 && strcmp(a[1], "") == 0,
			"one required skill: the second anchor is empty");
	jr_posting_reqs_free(&r);

	jr_posting_reqs_read("{}", 2, &r, &err);
	jr_match_anchors(&r, a);
	unit_ok(strcmp(a[0], "") == 0 && strcmp(a[1], "") == 0,
			"no required skills: both anchors empty");
	jr_posting_reqs_free(&r);
}

static bool interrupt_now = false;

/* Test interrupt hook. */
static bool
test_interrupted(void)
{
	return interrupt_now;
}

/* Long readers honour the interrupt hook; many groups stay cheap. */
static void
test_cancel(void)
{
	jr_buf		post;
	jr_buf		cand;
	jr_posting_reqs r;
	jr_candidate c;
	jr_error	err;
	int			i;

	jr_buf_init(&post);
	jr_buf_init(&cand);
	jr_buf_puts(&post, "{\"skills\": [");
	jr_buf_puts(&cand, "{\"skills\": [");
	for (i = 0; i < 20000; i++)
	{
		/* every item its own group: quadratic grouping would crawl */
		jr_buf_printf(&post, "%s{\"name\": \"Lang%d\", \"required\": true, \"group\": %d}",
					  i ? ", " : "", i, 20000 - i);
		jr_buf_printf(&cand, "%s\"Lang%d\"", i ? ", " : "", i);
	}
	jr_buf_puts(&post, "]}");
	jr_buf_puts(&cand, "]}");

	jr_set_interrupt_check(test_interrupted);
	interrupt_now = true;
	unit_is_long(jr_posting_reqs_read(post.data, post.len, &r, &err),
				 JR_ERR_CANCELED, "a canceled posting read stops");
	unit_is_long(jr_candidate_read(cand.data, cand.len, &c, &err),
				 JR_ERR_CANCELED, "a canceled candidate read stops");
	interrupt_now = false;
	unit_is_long(jr_posting_reqs_read(post.data, post.len, &r, &err), JR_OK,
				 "20000 single-member groups read");
	unit_is_long(r.nunits, 20000, "each group is a unit");
	unit_is_str(r.skills[r.units[0].first].key, "lang0", "units keep first-seen order");
	unit_is_long(jr_candidate_read(cand.data, cand.len, &c, &err), JR_OK,
				 "20000 candidate skills read");
	{
		jr_match_result res;

		jr_match_evaluate(&c, &r, &res);
		unit_ok(res.meets, "every unknown-name group covered");
	}
	jr_candidate_free(&c);
	jr_posting_reqs_free(&r);
	jr_set_interrupt_check(NULL);
	jr_buf_free(&post);
	jr_buf_free(&cand);
}

static int	fail_at = -1;
static int	alloc_count = 0;

/* Allocator that fails on the fail_at-th call. */
static void *
failing_alloc(size_t size)
{
	if (alloc_count++ == fail_at)
		return NULL;
	return malloc(size);
}

/* Reallocator paired with failing_alloc. */
static void *
failing_realloc(void *p, size_t size)
{
	if (alloc_count++ == fail_at)
		return NULL;
	return realloc(p, size);
}

/* Every allocation failure is reported as NOMEM, never a crash. */
static void
test_out_of_memory(void)
{
	const jr_allocator a = {failing_alloc, failing_realloc, free};
	const char *cand = "{\"skills\": [\"Python\", \"FooLang\", \"SQL\"],"
		" \"salaryExpectation\": \"100000..120000 USD/YEAR\"}";
	const char *post = "{\"skills\": [{\"name\": \"Python\", \"required\": true, \"group\": 2},"
		" {\"name\": \"BarLang\", \"required\": true, \"group\": 2}],"
		" \"experienceRequirements\": {\"monthsOfExperience\": 12, \"alternatives\":"
		" [{\"monthsOfExperience\": 12}, {\"monthsOfExperience\": 6, \"educationalLevel\": \"master\"}]},"
		" \"baseSalary\": {\"currency\": \"USD\", \"value\": {\"minValue\": 1, \"maxValue\": 2}}}";
	int			i;
	int			nomem = 0;
	int			ok = 0;
	int			other = 0;

	jr_set_allocator(&a);
	for (i = 0; i < 400; i++)
	{
		jr_match_result res;
		jr_error	err;
		jr_status	st;

		fail_at = i;
		alloc_count = 0;
		st = evaluate(cand, post, &res, &err);
		if (st == JR_OK)
			ok++;
		else if (st == JR_ERR_NOMEM)
			nomem++;
		else
		{
			other++;
			printf("# allocation %d failed as: %s\n", i, err.message);
		}
	}
	jr_set_allocator(NULL);
	fail_at = -1;
	unit_ok(nomem > 0, "failed allocations surface as NOMEM (%d)", nomem);
	unit_ok(ok > 0, "late failures are past the readers");
	unit_is_long(other, 0, "no other error from an allocation failure");
}

/* Run every test. */
int
main(void)
{
	test_empty();
	test_candidate_reader();
	test_posting_reader();
	test_experience();
	test_education();
	test_skills();
	test_workplace();
	test_salary();
	test_score();
	test_report();
	test_closure();
	test_anchors();
	test_cancel();
	test_out_of_memory();
	return unit_done();
}
