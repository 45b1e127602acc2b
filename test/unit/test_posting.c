/*
 * test_posting.c
 *		Unit tests of jr_posting_parse: each extractor on small postings
 *		written for the test (header fields, employment type, workplace,
 *		date, seniority, industry, skills with required/preferred/groups,
 *		responsibilities, JSON-LD), evidence offsets, warnings, and failure
 *		behaviour (cancel, out of memory, adversarial input).
 */
#include "jr_buf.h"
#include "jr_core.h"
#include "jr_json.h"
#include "jr_posting.h"
#include "unit.h"

#include <stdlib.h>
#include <string.h>

static jr_json doc;
static jr_buf out;
static const char *last_input;

/* Parse text into the global document; false when parsing failed. */
static bool
parse_ev(const char *text, size_t len, bool evidence)
{
	jr_error	err;

	jr_json_free(&doc);
	jr_buf_free(&out);
	jr_buf_init(&out);
	jr_error_clear(&err);
	last_input = text;
	if (jr_posting_parse(text, len, evidence, &out, &err) != JR_OK)
		return false;
	jr_error_clear(&err);
	if (jr_json_parse(out.data, out.len, &doc, &err) != JR_OK)
	{
		printf("# invalid JSON: %s at %zu\n", err.message, err.offset);
		return false;
	}
	return true;
}

/* Parse a NUL-terminated text without evidence. */
static bool
parse(const char *text)
{
	return parse_ev(text, strlen(text), false);
}

/* Node at a dotted path ("jobreq.workplaceType", "skills.0.name"), or -1. */
static int
at(const char *path)
{
	int			node = 0;
	char		key[64];

	while (*path && node >= 0)
	{
		const char *dot = strchr(path, '.');
		size_t		n = dot ? (size_t) (dot - path) : strlen(path);

		snprintf(key, sizeof(key), "%.*s", (int) n, path);
		if (doc.nodes[node].type == JR_JSON_ARRAY)
		{
			int			i = atoi(key);
			int			c = doc.nodes[node].first_child;

			while (c >= 0 && i-- > 0)
				c = doc.nodes[c].next;
			node = c;
		}
		else
			node = jr_json_get(&doc, node, key);
		path += n + (dot ? 1 : 0);
	}
	return node;
}

/* String at path (static buffer), "(absent)" when missing. */
static const char *
str(const char *path)
{
	static char buf[1024];
	jr_buf		b;
	int			n = at(path);

	if (n < 0)
		return "(absent)";
	if (doc.nodes[n].type != JR_JSON_STRING)
	{
		snprintf(buf, sizeof(buf), "%.*s", (int) (doc.nodes[n].end - doc.nodes[n].start),
				 doc.src + doc.nodes[n].start);
		return buf;
	}
	jr_buf_init(&b);
	jr_json_string(&doc, n, &b);
	snprintf(buf, sizeof(buf), "%s", b.data ? b.data : "");
	jr_buf_free(&b);
	return buf;
}

/* Index of the skill named name in skills[], or -1. */
static int
skill(const char *name)
{
	int			arr = at("skills");
	int			i = 0;

	if (arr < 0)
		return -1;
	for (int c = doc.nodes[arr].first_child; c >= 0; c = doc.nodes[c].next, i++)
		if (jr_json_string_is(&doc, jr_json_get(&doc, c, "name"), name))
			return i;
	return -1;
}

/* "required" (as text) of the skill named name. */
static const char *
skill_field(const char *name, const char *field)
{
	char		path[64];
	int			i = skill(name);

	if (i < 0)
		return "(no skill)";
	snprintf(path, sizeof(path), "skills.%d.%s", i, field);
	return str(path);
}

/* The job-board layout with label lines and run-together lists. */
static void
test_board(void)
{
	const char *text =
		"\xE2\x9C\xA6 Northwind Careers \xE2\x80\x94 Data\n\n"
		"Senior Data Engineer\n\nat Riverstone Bank\n\n"
		"\xF0\x9F\x93\x8D Charlotte, NC Hybrid \xF0\x9F\x92\xB0 $150K \xE2\x80\x93 $180K USD / year "
		"Posted February 3, 2026\n"
		"Salary $150K \xE2\x80\x93 $180K USD / year\nType Full-Time\nExperience senior\n"
		"Exp. Years 6+ years\nEducation Bachelor's Degree\nCategory Data Engineering\n\n"
		"Riverstone Bank has served the Carolinas since 1921 and is moving its risk data to a modern platform.\n\n"
		"  \xE2\x80\xA2 Build batch and streaming pipelines\n"
		"  \xE2\x80\xA2 Own data quality for the risk warehouse\n\n"
		"6+ years of data engineering4+ years with PythonExperience with Airflow\n"
		"Master's degree in statisticsExperience with Terraform\n"
		"PythonSQLAirflowKafka\n"
		"CommunicationOwnership\n"
		"Industry Banking\n";

	unit_ok(parse(text), "board layout parses");
	unit_is_str(str("title"), "Senior Data Engineer", "title after the site banner");
	unit_is_str(str("hiringOrganization.name"), "Riverstone Bank", "company from 'at X'");
	unit_is_str(str("jobLocation.0.address.addressLocality"), "Charlotte", "locality");
	unit_is_str(str("jobLocation.0.address.addressRegion"), "NC", "region");
	unit_is_str(str("jobLocation.0.address.addressCountry"), "US", "country");
	unit_is_str(str("employmentType.0"), "FULL_TIME", "Type label");
	unit_is_str(str("datePosted"), "2026-02-03", "Posted <date>");
	unit_is_str(str("jobreq.workplaceType"), "hybrid", "workplace chip on the pin line");
	unit_is_str(str("jobLocationType"), "(absent)", "hybrid is not TELECOMMUTE");
	unit_is_str(str("jobreq.seniority"), "senior", "seniority from the title");
	unit_is_str(str("industry"), "Banking", "Industry label");
	unit_is_str(str("responsibilities.1"), "Own data quality for the risk warehouse",
				"responsibilities: the unheaded bullet list");
	unit_is_str(skill_field("Terraform", "required"), "false",
				"a skill on the second run-together line is preferred");
	unit_is_str(skill_field("Airflow", "required"), "true",
				"a skill on the first line is required");
	unit_ok(strncmp(str("jobreq.parserVersion"), JR_PARSER_VERSION "/skills-",
					strlen(JR_PARSER_VERSION) + 8) == 0, "parser version");
	unit_is_str(str("baseSalary.currency"), "USD", "base salary currency");
	unit_is_str(str("baseSalary.value.minValue"), "150000", "base salary minimum");
	unit_is_str(str("jobreq.salaryRange"), "150000..180000 USD/YEAR", "salary literal");
}

/* A headed posting: sections, labels with colons, groups, preferences. */
static void
test_headed(void)
{
	const char *text =
		"Backend Engineer (Remote, US)\n"
		"Company: Lumen Harbor\n"
		"Location: Remote - United States\n"
		"Job type: Contract\n\n"
		"Responsibilities:\n"
		"- Design APIs in Go\n- Run databases in production\n- Mentor two engineers\n\n"
		"Requirements:\n"
		"- Experience with Python, Java, or Go\n"
		"- SQL skills (PostgreSQL preferred)\n"
		"- Docker and Kubernetes\n\n"
		"Nice to have:\n- Terraform\n\n"
		"This is a fully remote position.\n";

	unit_ok(parse(text), "headed posting parses");
	unit_is_str(str("title"), "Backend Engineer", "a (Remote, US) suffix is dropped");
	unit_is_str(str("hiringOrganization.name"), "Lumen Harbor", "Company: label");
	unit_is_str(str("jobLocation.0.address.addressCountry"), "US", "Remote - United States");
	unit_is_str(str("jobLocation.0.address.addressLocality"), "(absent)",
				"Remote is not a locality");
	unit_is_str(str("employmentType.0"), "CONTRACTOR", "Job type: Contract");
	unit_is_str(str("jobLocationType"), "TELECOMMUTE", "fully remote");
	unit_is_str(str("jobreq.workplaceType"), "remote", "workplace remote");
	unit_is_str(str("responsibilities.0"), "Design APIs in Go", "first responsibility");
	unit_is_str(str("responsibilities.2"), "Mentor two engineers", "third responsibility");
	unit_is_str(skill_field("Terraform", "required"), "false", "Nice to have: preferred");
	unit_is_str(skill_field("Docker", "required"), "true", "Requirements: required");
	unit_is_str(skill_field("PostgreSQL", "required"), "false",
				"(PostgreSQL preferred) covers PostgreSQL only");
	unit_is_str(skill_field("SQL", "required"), "true",
				"and not the SQL before it");
	unit_is_str(skill_field("Java", "group"), skill_field("Python", "group"),
				"Python, Java, or Go share a group");
	unit_ok(strcmp(skill_field("Java", "group"), "(absent)") != 0, "the group exists");
	unit_is_str(skill_field("Kubernetes", "group"), "(absent)",
				"'Docker and Kubernetes' is not a group");
}

/* One long paragraph with inline headings. */
static void
test_paragraph(void)
{
	const char *text =
		"Machine Learning Engineer, Pricing\n\nAbout\n\n"
		"Brightline Freight is hiring. Key Responsibilities: Build forecasting models. "
		"Turn notebooks into services. Basic Qualifications: Bachelor's degree. "
		"At least 3 years of experience with Python. Preferred Qualifications: "
		"Experience with PyTorch or TensorFlow. This is a full-time, hybrid role "
		"with three days a week in the office.";

	unit_ok(parse(text), "paragraph posting parses");
	unit_is_str(str("title"), "Machine Learning Engineer, Pricing", "title");
	unit_is_str(str("responsibilities.0"), "Build forecasting models",
				"inline responsibilities are sentences");
	unit_is_str(str("employmentType.0"), "FULL_TIME", "full-time role");
	unit_is_str(str("jobreq.workplaceType"), "hybrid", "three days in the office");
	unit_is_str(skill_field("PyTorch", "required"), "false",
				"Preferred Qualifications: inline");
	unit_is_str(skill_field("Python", "required"), "true", "Basic Qualifications: inline");
}

/* Employment type and workplace need the job as context. */
static void
test_context(void)
{
	parse("Analyst\nAcme\n\nWe sell contract management software. All full-time "
		  "employees get a 401(k). We support in-person, hybrid, and remote work "
		  "across teams. Our on-site gym is great. Experience with hybrid cloud.");
	unit_is_str(str("employmentType"), "(absent)",
				"contract software and full-time employees are not a type");
	unit_is_str(str("jobreq.workplaceType"), "(absent)",
				"lists, perks and hybrid cloud are not a workplace");
	parse("Designer\nAcme\n\nEveryone can work from anywhere for up to 4 weeks a year.");
	unit_is_str(str("jobreq.workplaceType"), "(absent)", "a work-from-anywhere perk");
	parse("Designer\nAcme\n\nThis is a 6-month contract. Not a remote position.");
	unit_is_str(str("employmentType.0"), "CONTRACTOR", "6-month contract");
	unit_is_str(str("jobreq.workplaceType"), "onsite", "not remote is onsite");
	parse("Nurse (Part-Time, Nights)\nCity Hospital\nColumbus, OH\n\nCare for patients.");
	unit_is_str(str("employmentType.0"), "PART_TIME", "type from the title");
	unit_is_str(str("title"), "Nurse", "title without its bracketed schedule");
	parse("Teller\nBank\n\nThe branch is open Monday to Friday. Work from the office on "
		  "Tuesdays and Thursdays.");
	unit_is_str(str("jobreq.workplaceType"), "hybrid", "two named office days");
}

/*
 * What skills leave out: fields of study (they are the degree's subject,
 * reported in "about"), and legal, hiring and benefits sentences.
 */
static void
test_skill_sources(void)
{
	parse("Data Analyst\nAcme\n\nRequirements:\n"
		  "- Bachelor's degree in Statistics or Economics\n"
		  "- Experience with SQL and Tableau\n");
	unit_is_str(skill_field("SQL", "required"), "true", "SQL is a skill");
	unit_ok(skill("statistics") < 0 && skill("economics") < 0,
			"fields of study are not skills");
	unit_is_str(str("educationRequirements.0.about.0"), "Statistics",
				"first field of study in about");
	unit_is_str(str("educationRequirements.0.about.1"), "Economics",
				"second field of study in about");
	parse("Analyst\nAcme\n\nRequirements:\n- Statistics and SQL\n");
	unit_ok(skill("statistics") >= 0, "statistics outside a degree is a skill");
	parse("Analyst\nAcme\n\nRequirements:\n- Python\n\n"
		  "We consider all applicants without regard to any characteristic "
		  "protected by law.\nThis role is eligible for health insurance and "
		  "a 401(k).\nAcme is an E-Verify employer.\n");
	unit_ok(skill("Python") >= 0, "Python is a skill");
	unit_ok(skill("law") < 0, "protected by law is not a skill");
	unit_ok(skill("health insurance") < 0, "a benefit is not a skill");
	unit_ok(skill("employment verification") < 0,
			"an E-Verify employer statement is not a skill");
	parse("Analyst\nAcme\n\nRequirements:\n"
		  "- Excellent written and verbal communication skills\n");
	unit_is_str(skill_field("communication", "required"), "true",
				"written and verbal communication is communication");
}

/* Pay where boards put it: a "Job highlights" summary lists it as a benefit. */
static void
test_pay_layouts(void)
{
	parse("Picker Packer\nNorthgate Supply\nReno, NV\n\nJob highlights\n"
		  "Qualifications\n\xe2\x80\xa2 Able to stand for a full shift\n"
		  "Benefits\n\xe2\x80\xa2 $18.50 - $20.00 per hour\n"
		  "\xe2\x80\xa2 Paid time off\n");
	unit_is_str(str("jobreq.salaryRange"), "18.5..20 USD/HOUR",
				"pay listed among the benefits");
	parse("Picker Packer\nNorthgate Supply\nReno, NV\n\nJob highlights\n"
		  "Benefits\n\xe2\x80\xa2 Tuition help up to $5,000\n");
	unit_is_str(str("jobreq.salaryRange"), "(absent)",
				"a benefit's amount without a period is no pay");
	parse("Account Executive\nAcme\n\nSalary: $120,000+ base, plus commission\n");
	unit_is_str(str("jobreq.salaryRange"), "120000.. USD/YEAR",
				"$120,000+ base is open above");
}

/* Dates, seniority, places. */
static void
test_fields(void)
{
	parse("Store Manager\nFennick Home - London, Covent Garden\n\nPosted: 16/02/2026\n\n"
		  "Run the shop.");
	unit_is_str(str("datePosted"), "2026-02-16", "day-first date in the UK");
	unit_is_str(str("jobLocation.0.address.addressCountry"), "GB", "London is GB");
	unit_is_str(str("hiringOrganization.name"), "Fennick Home", "Company - Location");
	unit_is_str(str("jobreq.seniority"), "manager", "Store Manager");
	parse("Product Manager\nAcme\nAustin, TX\nPosted 3 days ago\n\nOwn the roadmap.");
	unit_is_str(str("datePosted"), "(absent)", "relative dates are omitted");
	unit_is_str(str("jobreq.seniority"), "(absent)", "a product manager manages no one");
	parse("Junior Analyst\nAcme\nUS, CA, San Jose\nDate posted: 2026-01-05\n\nx");
	unit_is_str(str("jobreq.seniority"), "entry", "junior");
	unit_is_str(str("jobLocation.0.address.addressLocality"), "San Jose",
				"country, region, city order");
	unit_is_str(str("datePosted"), "2026-01-05", "ISO date");
	parse("Registered Nurse\nHarbourview Hospital | Sydney NSW\n\nCare.");
	unit_is_str(str("jobLocation.0.address.addressCountry"), "AU", "Sydney NSW");
	unit_is_str(str("hiringOrganization.name"), "Harbourview Hospital", "segment company");
	parse("VP of Engineering\nAcme\n\nLead.");
	unit_is_str(str("jobreq.seniority"), "executive", "VP");
	parse("Electrician Apprentice\nAcme\n\nNo experience necessary.");
	unit_is_str(str("jobreq.seniority"), "entry", "apprentice");
}

/* HTML with JSON-LD: JSON-LD fields win; visible text fills the rest. */
static void
test_html_jsonld(void)
{
	const char *html =
		"<html><head><script type=\"application/ld+json\">"
		"{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"Organization\"},"
		"{\"@type\":\"JobPosting\",\"title\":\"Site Reliability Engineer\","
		"\"datePosted\":\"2026-01-28T09:00\",\"employmentType\":[\"FULL_TIME\",\"PART_TIME\"],"
		"\"hiringOrganization\":{\"@type\":\"Organization\",\"name\":\"Corvane \\u00C9lan\"},"
		"\"jobLocation\":{\"@type\":\"Place\",\"address\":{\"addressLocality\":\"Atlanta\","
		"\"addressRegion\":\"GA\",\"addressCountry\":{\"name\":\"US\"}}},"
		"\"baseSalary\":{\"@type\":\"MonetaryAmount\",\"currency\":\"usd\",\"value\":"
		"{\"minValue\":\"145000\",\"maxValue\":172000.5,\"unitText\":\"YEAR\"}},"
		"\"industry\":\"Public Safety\"}]}</script></head><body>"
		"<h1>SRE &amp; Platform</h1><p><b>Requirements</b><br>- Terraform<br>- 5+ years</p>"
		"<p>Hybrid: in the office on Tuesdays.</p></body></html>";

	unit_ok(parse(html), "HTML with JSON-LD parses");
	unit_is_str(str("title"), "Site Reliability Engineer", "JSON-LD title wins");
	unit_is_str(str("hiringOrganization.name"), "Corvane \xC3\x89lan",
				"JSON escapes are decoded");
	unit_is_str(str("datePosted"), "2026-01-28", "datePosted date part");
	unit_is_str(str("employmentType.1"), "PART_TIME", "employmentType array");
	unit_is_str(str("jobLocation.0.address.addressCountry"), "US", "country object");
	unit_is_str(str("baseSalary.value.minValue"), "145000", "numeric string amount");
	unit_is_str(str("baseSalary.value.maxValue"), "172000.5", "cents kept");
	unit_is_str(str("baseSalary.currency"), "USD", "currency upper-cased");
	unit_is_str(str("industry"), "Public Safety", "industry");
	unit_is_str(str("jobreq.workplaceType"), "hybrid", "workplace from the visible text");
	unit_is_str(skill_field("Terraform", "required"), "true", "skills from the visible text");

	parse("<html><script type=\"application/ld+json\">{\"@type\":\"JobPosting\", oops}"
		  "</script><h1>Cook</h1><p>Line cook.</p></html>");
	unit_is_str(str("title"), "Cook", "malformed JSON-LD: the <h1> is used");
	unit_ok(strstr(str("jobreq.warnings.0"), "JSON-LD ignored") != NULL,
			"malformed JSON-LD is a warning");
}

/* Evidence offsets are characters into the raw input. */
static void
test_evidence(void)
{
	const char *text = "Ingénieur Données – Senior\nÉlan Café Inc\nMontréal, QC\n\n"
		"Requirements:\n- Python and SQL\n\nThis is a full-time position.";
	int			ev;
	bool		all_match = true;
	int			checked = 0;

	unit_ok(parse_ev(text, strlen(text), true), "parse with evidence");
	ev = at("jobreq.evidence");
	unit_ok(ev >= 0, "evidence present");
	for (int f = ev >= 0 ? doc.nodes[ev].first_child : -1; f >= 0; f = doc.nodes[f].next)
		for (int e = doc.nodes[f].first_child; e >= 0; e = doc.nodes[e].next)
		{
			double		s;
			double		en;
			jr_buf		want;
			size_t		cs = 0;
			size_t		b = 0;
			size_t		bs;

			jr_json_number(&doc, jr_json_get(&doc, e, "start"), &s);
			jr_json_number(&doc, jr_json_get(&doc, e, "end"), &en);
			/* walk s characters, then end - start more */
			while (cs < (size_t) s && text[b])
			{
				b++;
				while (((unsigned char) text[b] & 0xC0) == 0x80)
					b++;
				cs++;
			}
			bs = b;
			while (cs < (size_t) en && text[b])
			{
				b++;
				while (((unsigned char) text[b] & 0xC0) == 0x80)
					b++;
				cs++;
			}
			jr_buf_init(&want);
			jr_json_string(&doc, jr_json_get(&doc, e, "text"), &want);
			if (want.len != b - bs || memcmp(want.data ? want.data : "", text + bs,
											 b - bs) != 0)
				all_match = false;
			jr_buf_free(&want);
			checked++;
		}
	unit_ok(checked >= 5, "several evidence spans");
	unit_ok(all_match, "every span's text equals the input at its character offsets");
	unit_is_str(str("jobreq.evidence.hiringOrganization.0.start"), "27",
				"offsets count characters, not bytes");
	unit_is_str(str("jobLocation.0.address.addressCountry"), "CA", "Montréal, QC");
}

/* Next value of a small deterministic generator (xorshift). */
static unsigned int
next_random(unsigned int *state)
{
	*state ^= *state << 13;
	*state ^= *state >> 17;
	*state ^= *state << 5;
	return *state;
}

/*
 * Label lines mixing words with multi-byte punctuation (no-break spaces,
 * middle dots, dashes): every output, evidence included, is valid UTF-8.
 * Spans cut inside a character once leaked half a character into the
 * evidence text, which the server then stored in jsonb.
 */
static void
test_multibyte_spans(void)
{
	static const char *const words[] = {
		"Full", "time", "Part", "Lead", "Engineer", "Manager", "on", "as",
		"MS", "BS", "Platforms", "(Other", "Tools)", "Min", "3-5", "Years",
		"with", "SQL", "Python", "team", "remote", "hybrid", "$50/hour",
		"Senior", "degree", "JD:", "Notes:"
	};
	static const char *const marks[] = {
		"\xc2\xa0", "\xc2\xb7", "\xe2\x80\x93", "\xc3\xa9", "\xe2\x80\xa2",
		"\xc2\xa0\xc2\xb7", "\xe2\x80\x99"
	};
	static const char *const labels[] = {
		"Duration:", "Job Type:", "Location:", "Salary:", "Experience:",
		"Education:", "Title:", "Company:"
	};
	unsigned int state = 2463534242u;
	int			invalid = 0;
	int			failed = 0;
	const int	rounds = 1500;

	for (int r = 0; r < rounds; r++)
	{
		jr_buf		text;
		int			lines = 1 + (int) (next_random(&state) % 4);

		jr_buf_init(&text);
		for (int l = 0; l < lines; l++)
		{
			int			nwords = 3 + (int) (next_random(&state) % 23);

			if (l > 0)
				jr_buf_putc(&text, '\n');
			jr_buf_puts(&text, labels[next_random(&state) % 8]);
			for (int w = 0; w < nwords; w++)
			{
				if (next_random(&state) % 3 != 0)
					jr_buf_putc(&text, ' ');
				jr_buf_puts(&text, words[next_random(&state) % 27]);
				if (next_random(&state) % 10 < 3)
					jr_buf_puts(&text, marks[next_random(&state) % 7]);
			}
		}
		if (!parse_ev(text.data, text.len, true))
			failed++;
		else if (!jr_utf8_valid(out.data, out.len))
		{
			if (invalid++ == 0)
				printf("# invalid UTF-8 in the output for: %s\n", text.data);
		}
		jr_buf_free(&text);
	}
	unit_ok(failed == 0, "multi-byte label lines: every text parses");
	unit_ok(invalid == 0, "multi-byte label lines: every output is valid UTF-8 "
			"(%d of %d were not)", invalid, rounds);
}

/* Odd input: empty, invalid UTF-8, huge, adversarial. */
static void
test_odd(void)
{
	char		bad[] = "Cook\n\nGood \xFF\xFEpay\x00here";
	size_t		n = 4 << 20;
	char	   *big;

	unit_ok(parse(""), "empty input gives a document");
	unit_ok(at("jobreq.parserVersion") >= 0 && at("title") < 0,
			"with only the jobreq object");
	unit_ok(strstr(str("jobreq.warnings.0"), "no text") != NULL, "and a warning");
	unit_ok(parse_ev(bad, sizeof(bad) - 1, true), "invalid UTF-8 and NUL are read");
	unit_ok(strstr(str("jobreq.warnings.0"), "invalid UTF-8") != NULL,
			"invalid bytes are a warning");
	big = malloc(n + 1);
	for (size_t i = 0; i < n; i++)
		big[i] = "Python, SQL, or Go; Requirements: (((Remote)))\n"[i % 48];
	big[n] = '\0';
	unit_ok(parse_ev(big, n, true), "4 MB of repeated list text");
	for (size_t i = 0; i < n; i++)
		big[i] = "<a&#x1;&amp<!--[<script>\"'"[i % 26];
	unit_ok(parse_ev(big, n, false), "4 MB of broken markup");
	memset(big, 'A', n);
	unit_ok(parse_ev(big, n, false), "4 MB without a space");
	free(big);
}

static int	allow_allocs = -1;
static int	allocs = 0;

/* Allocator failing after allow_allocs allocations. */
static void *
failing_alloc(size_t size)
{
	if (allow_allocs >= 0 && allocs >= allow_allocs)
		return NULL;
	allocs++;
	return malloc(size);
}

/* Reallocator paired with failing_alloc. */
static void *
failing_realloc(void *p, size_t size)
{
	if (allow_allocs >= 0 && allocs >= allow_allocs)
		return NULL;
	allocs++;
	return realloc(p, size);
}

static bool cancel_now = false;

/* Interrupt hook for the cancel test. */
static bool
cancel_hook(void)
{
	return cancel_now;
}

/* Out of memory and cancellation are reported, never crash. */
static void
test_failures(void)
{
	jr_allocator a = {failing_alloc, failing_realloc, free};
	const char *text = "Senior Engineer\nAcme\nAustin, TX\n\nRequirements:\n- Python, Go, or SQL\n"
		"- 5+ years\n\nThis is a full-time hybrid role.";
	bool		nomem_seen = false;
	bool		all_clean = true;
	jr_error	err;
	jr_buf		o;
	size_t		n = 1 << 20;
	char	   *big;

	jr_json_free(&doc);
	jr_buf_free(&out);
	jr_set_allocator(&a);
	for (int k = 0; k < 400; k++)
	{
		jr_status	st;

		allow_allocs = k;
		allocs = 0;
		jr_buf_init(&o);
		jr_error_clear(&err);
		st = jr_posting_parse(text, strlen(text), true, &o, &err);
		if (st == JR_ERR_NOMEM)
			nomem_seen = true;
		else if (st != JR_OK && !o.failed)
			all_clean = false;
		jr_buf_free(&o);
	}
	allow_allocs = -1;
	jr_set_allocator(NULL);
	unit_ok(nomem_seen, "allocation failures are reported as JR_ERR_NOMEM");
	unit_ok(all_clean, "and nothing else goes wrong");

	big = malloc(n + 1);
	for (size_t i = 0; i < n; i++)
		big[i] = "word "[i % 5];
	big[n] = '\0';
	jr_set_interrupt_check(cancel_hook);
	cancel_now = true;
	jr_buf_init(&o);
	jr_error_clear(&err);
	unit_is_long(jr_posting_parse(big, n, false, &o, &err), JR_ERR_CANCELED,
				 "a pending cancel stops a long parse");
	jr_buf_free(&o);
	cancel_now = false;
	jr_set_interrupt_check(NULL);
	free(big);
}

int
main(void)
{
	test_board();
	test_headed();
	test_paragraph();
	test_context();
	test_fields();
	test_skill_sources();
	test_pay_layouts();
	test_html_jsonld();
	test_evidence();
	test_multibyte_spans();
	test_odd();
	test_failures();
	jr_json_free(&doc);
	jr_buf_free(&out);
	return unit_done();
}
