/*
 * fuzz_profile.c
 *		libFuzzer target: the candidate-profile and posting-requirements
 *		readers of matching.  The input is read as a candidate (evaluated
 *		against a fixed posting) and as a posting (against a fixed
 *		candidate); a reader either succeeds or reports a bad argument or a
 *		limit, and every report it leads to is one valid JSON object.
 */
#include "jr_buf.h"
#include "jr_core.h"
#include "jr_match.h"

#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char fixed_candidate[] =
"{\"skills\": [\"Python\", \"Spark\", \"k8s\"], \"yearsOfExperience\": 6,"
" \"educationalLevel\": \"bachelor\", \"workplaceTypes\": [\"remote\"],"
" \"salaryExpectation\": \"150000..200000 USD/YEAR\"}";

static const char fixed_posting[] =
"{\"skills\": [{\"name\": \"Python\", \"required\": true, \"group\": 1},"
" {\"name\": \"Scala\", \"required\": true, \"group\": 1},"
" {\"name\": \"Kubernetes\", \"required\": true},"
" {\"name\": \"PyTorch\", \"required\": false}],"
" \"experienceRequirements\": {\"monthsOfExperience\": 96, \"alternatives\":"
" [{\"monthsOfExperience\": 60, \"educationalLevel\": \"master\"}]},"
" \"educationRequirements\": [{\"credentialCategory\": \"bachelor degree\","
" \"educationalLevel\": \"bachelor\", \"required\": true}],"
" \"experienceInPlaceOfEducation\": true,"
" \"jobreq\": {\"salaryRange\": \"185000..240000 USD/YEAR\","
" \"workplaceType\": \"hybrid\"}}";

static jr_candidate fixed_cand;
static jr_posting_reqs fixed_reqs;
static bool fixed_read = false;

/* Evaluate, report, and check the report is a JSON object. */
static void
check_match(const jr_candidate *cand, const jr_posting_reqs *reqs)
{
	jr_match_result res;
	jr_buf		out;
	json_t	   *doc;
	json_error_t jerr;

	memset(&res, 0, sizeof(res));
	jr_match_evaluate(cand, reqs, &res);
	if (!(res.score >= 0.0 && res.score <= 1.0))
		abort();
	jr_buf_init(&out);
	jr_match_report(cand, reqs, &res, &out);
	if (out.failed || out.data == NULL)
		abort();
	doc = json_loadb(out.data, out.len, 0, &jerr);
	if (doc == NULL || !json_is_object(doc))
		abort();
	json_decref(doc);
	jr_buf_free(&out);
}

/* One fuzz iteration. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *in = (const char *) data;
	jr_candidate cand;
	jr_posting_reqs reqs;
	jr_error	err;
	jr_status	st;

	/* the fixed sides are read once and kept for the whole run */
	if (!fixed_read)
	{
		if (jr_candidate_read(fixed_candidate, strlen(fixed_candidate),
							  &fixed_cand, &err) != JR_OK ||
			jr_posting_reqs_read(fixed_posting, strlen(fixed_posting),
								 &fixed_reqs, &err) != JR_OK)
			abort();
		fixed_read = true;
	}

	/* the input as a candidate profile */
	memset(&cand, 0, sizeof(cand));
	jr_error_clear(&err);
	st = jr_candidate_read(in, size, &cand, &err);
	if (st == JR_OK)
	{
		check_match(&cand, &fixed_reqs);
		jr_candidate_free(&cand);
	}
	else if (st != JR_ERR_ARGUMENT && st != JR_ERR_SYNTAX &&
			 st != JR_ERR_LIMIT)
		abort();
	else if (err.message[0] == '\0')
		abort();

	/* the input as a parsed posting */
	memset(&reqs, 0, sizeof(reqs));
	jr_error_clear(&err);
	st = jr_posting_reqs_read(in, size, &reqs, &err);
	if (st == JR_OK)
	{
		check_match(&fixed_cand, &reqs);
		jr_posting_reqs_free(&reqs);
	}
	else if (st != JR_ERR_ARGUMENT && st != JR_ERR_SYNTAX &&
			 st != JR_ERR_LIMIT)
		abort();
	else if (err.message[0] == '\0')
		abort();

	return 0;
}
