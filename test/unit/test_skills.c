/*
 * test_skills.c
 *		Unit tests of the skills taxonomy and extractor: normalization,
 *		lookup of names and aliases, extraction (look-alikes, traps,
 *		run-together lists, context words), hierarchy, overlap, linear
 *		time on adversarial input, cancellation and out-of-memory.
 */
#include "jr_skills.h"
#include "unit.h"

#include <stdlib.h>

/* Skills extracted from text, first-seen order, no repeats, "A|B|C". */
static const char *
extracted(const char *text)
{
	static char out[4096];
	jr_skill_hit *hits = NULL;
	size_t		nhits = 0;
	jr_error	err;
	size_t		i;
	size_t		len = 0;
	bool	   *seen;

	out[0] = '\0';
	if (jr_skills_extract(text, strlen(text), &hits, &nhits, &err) != JR_OK)
	{
		snprintf(out, sizeof(out), "ERROR %s", err.message);
		return out;
	}
	seen = calloc(jr_skill_count(), sizeof(bool));
	for (i = 0; i < nhits; i++)
	{
		const char *name = jr_skill_name(hits[i].id);

		if (seen[hits[i].id])
			continue;
		seen[hits[i].id] = true;
		len += snprintf(out + len, sizeof(out) - len, "%s%s",
						len ? "|" : "", name);
		if (len >= sizeof(out))
			break;
	}
	free(seen);
	jr_free(hits);
	return out;
}

/* Check text yields exactly want (first-seen order). */
static void
expect(const char *text, const char *want)
{
	char		name[256];

	snprintf(name, sizeof(name), "extract \"%.60s\"", text);
	unit_is_str(extracted(text), want, name);
}

/* True when skill name is among the skills extracted from text. */
static bool
has_skill(const char *text, const char *name)
{
	const char *got = extracted(text);
	size_t		n = strlen(name);
	const char *p = got;

	while ((p = strstr(p, name)) != NULL)
	{
		if ((p == got || p[-1] == '|') && (p[n] == '\0' || p[n] == '|'))
			return true;
		p += n;
	}
	return false;
}

/* Check text mentions skill name (among others). */
static void
expect_has(const char *text, const char *name)
{
	if (!unit_ok(has_skill(text, name), "\"%.50s\" has %s", text, name))
		printf("#   got: %s\n", extracted(text));
}

/* Check text does not mention skill name. */
static void
expect_not(const char *text, const char *name)
{
	if (!unit_ok(!has_skill(text, name), "\"%.50s\" has no %s", text, name))
		printf("#   got: %s\n", extracted(text));
}

/* Canonical name of what s looks up to, or NULL. */
static const char *
lookup(const char *s)
{
	int			id = jr_skill_lookup(s, strlen(s));

	return id >= 0 ? jr_skill_name(id) : NULL;
}

/* Check s looks up to want (NULL: unknown). */
static void
expect_lookup(const char *s, const char *want)
{
	char		name[256];

	snprintf(name, sizeof(name), "lookup \"%s\"", s);
	unit_is_str(lookup(s), want, name);
}

/* Normalized form of s. */
static const char *
normalized(const char *s)
{
	static char out[512];

	jr_skill_normalize(s, strlen(s), out, sizeof(out));
	return out;
}

/* Check s normalizes to want. */
static void
expect_norm(const char *s, const char *want)
{
	char		name[256];

	snprintf(name, sizeof(name), "normalize \"%s\"", s);
	unit_is_str(normalized(s), want, name);
}

/* Id of a canonical name, which must exist. */
static int
id_of(const char *name)
{
	int			id = jr_skill_by_name(name);

	if (id < 0)
		printf("# no skill named %s\n", name);
	return id;
}

/* The compiled taxonomy is whole and consistent. */
static void
test_taxonomy(void)
{
	int			n = jr_skill_count();
	int			bad_parent = 0;
	int			bad_depth = 0;
	int			bad_name = 0;
	int			bad_alias = 0;
	int			bad_category = 0;
	int			id;

	unit_ok(n >= 1500, "taxonomy has at least 1500 skills (%d)", n);
	unit_ok(jr_skills_version() != NULL && jr_skills_version()[0] != '\0',
			"taxonomy has a version (%s)", jr_skills_version());
	for (id = 0; id < n; id++)
	{
		int			p = jr_skill_parent(id);
		int			a;

		if (p < -1 || p >= n || p == id)
			bad_parent++;
		else if (jr_skill_depth(id) != (p < 0 ? 0 : jr_skill_depth(p) + 1))
			bad_depth++;
		if (jr_skill_category(id) == NULL || jr_skill_category(id)[0] == '\0')
			bad_category++;
		if (jr_skill_lookup(jr_skill_name(id), strlen(jr_skill_name(id))) != id
			|| jr_skill_by_name(jr_skill_name(id)) != id)
		{
			if (bad_name++ < 5)
				printf("# name does not look up: %s\n", jr_skill_name(id));
		}
		for (a = 0; a < jr_skill_alias_count(id); a++)
		{
			const char *al = jr_skill_alias(id, a);

			if (jr_skill_lookup(al, strlen(al)) != id && bad_alias++ < 5)
				printf("# alias does not look up: %s (%s)\n", al,
					   jr_skill_name(id));
		}
	}
	unit_is_long(bad_parent, 0, "every parent is a skill");
	unit_is_long(bad_depth, 0, "depths agree with parents (no cycles)");
	unit_is_long(bad_category, 0, "every skill has a category");
	unit_is_long(bad_name, 0, "every canonical name looks up to itself");
	unit_is_long(bad_alias, 0, "every alias looks up to its skill");
	unit_ok(jr_skill_name(-1) == NULL && jr_skill_name(n) == NULL,
			"out-of-range ids have no name");
	unit_ok(jr_skill_parent(n) == -1 && jr_skill_alias(0, -1) == NULL &&
			jr_skill_alias_count(-5) == 0 && jr_skill_depth(n) == -1,
			"out-of-range ids are harmless");
	unit_ok(jr_skill_by_name("python") < 0 && jr_skill_by_name("Python") >= 0,
			"jr_skill_by_name wants the exact canonical name");
}

/* Every name and alias is found in text after a cue, as written. */
static void
test_every_form_extracts(void)
{
	int			n = jr_skill_count();
	int			missed = 0;
	int			forms = 0;
	int			id;

	for (id = 0; id < n; id++)
	{
		int			a;

		for (a = -1; a < jr_skill_alias_count(id); a++)
		{
			const char *form = a < 0 ? jr_skill_name(id) : jr_skill_alias(id, a);
			char		text[512];
			jr_skill_hit *hits = NULL;
			size_t		nhits = 0;
			size_t		i;
			bool		found = false;
			jr_error	err;

			snprintf(text, sizeof(text), "Experience with %s.", form);
			forms++;
			if (jr_skills_extract(text, strlen(text), &hits, &nhits, &err)
				!= JR_OK)
				continue;
			for (i = 0; i < nhits; i++)
				if (hits[i].id == id)
					found = true;
			if (!found && missed++ < 10)
				printf("# not extracted: %s (%s)\n", form, jr_skill_name(id));
			jr_free(hits);
		}
	}
	unit_is_long(missed, 0, "every name and alias is extracted after a cue");
	unit_ok(forms > 5000, "checked %d forms", forms);
}

/* Lookups survive case and separator changes; agree with normalization. */
static void
test_lookup_variants(void)
{
	static const char *const seps[] = {"-", "_", "/", " - ", "  ", " -- "};
	int			n = jr_skill_count();
	int			bad = 0;
	int			tried = 0;
	int			id;
	unsigned	r = 12345;
	int			i;

	for (id = 0; id < n; id++)
	{
		const char *nm = jr_skill_name(id);
		char		v[512];
		size_t		j;
		size_t		k;
		int			sp;

		if (strchr(nm, ' ') == NULL || strlen(nm) > 100)
			continue;
		for (sp = 0; sp < 6; sp++)
		{
			for (j = 0, k = 0; nm[j]; j++)
			{
				if (nm[j] == ' ')
				{
					strcpy(v + k, seps[sp]);
					k += strlen(seps[sp]);
				}
				else
					v[k++] = (sp % 2 && nm[j] >= 'a' && nm[j] <= 'z') ?
						nm[j] - 32 : nm[j];
			}
			v[k] = '\0';
			tried++;
			if (jr_skill_lookup(v, k) != id && bad++ < 5)
				printf("# variant \"%s\" of %s\n", v, nm);
		}
	}
	unit_is_long(bad, 0, "multi-word names survive separator and case changes");
	unit_ok(tried > 1000, "tried %d variants", tried);

	/* batch lookups give the same answers as single ones */
	{
		size_t		cap = 4 * (size_t) n + 16;
		const char **names = malloc(sizeof(char *) * cap);
		size_t	   *lens = malloc(sizeof(size_t) * cap);
		int		   *ids = malloc(sizeof(int) * cap);
		char	  **owned = malloc(sizeof(char *) * cap);
		size_t		m = 0;
		size_t		nowned = 0;
		size_t		q;
		static const char *const odd[] = {"", " ", "Español", "C++", ".NET",
			"R&D", "R & D", "x y z", "\xff", "a very long name that is "
			"longer than any key in the whole taxonomy for sure, really"};

		for (id = 0; id < n; id++)
		{
			char	   *low = strdup(jr_skill_name(id));
			char	   *c;

			names[m++] = jr_skill_name(id);
			for (c = low; *c; c++)
				if (*c >= 'A' && *c <= 'Z')
					*c += 32;
			owned[nowned++] = low;
			names[m++] = low;
			if (jr_skill_alias_count(id) > 0)
				names[m++] = jr_skill_alias(id, 0);
		}
		for (q = 0; q < sizeof(odd) / sizeof(odd[0]); q++)
			names[m++] = odd[q];
		for (q = 0; q < m; q++)
			lens[q] = strlen(names[q]);
		bad = 0;
		for (q = 0; q < m; q += 7)
		{
			size_t		k = m - q < 37 ? m - q : 37;
			size_t		t;

			jr_skill_lookup_many(names + q, lens + q, ids + q, k);
			for (t = q; t < q + k; t++)
				if (ids[t] != jr_skill_lookup(names[t], lens[t]) && bad++ < 5)
					printf("# batch lookup of \"%s\" differs\n", names[t]);
		}
		unit_is_long(bad, 0, "batch lookups agree with single lookups");
		for (q = 0; q < nowned; q++)
			free(owned[q]);
		free(owned);
		free(names);
		free(lens);
		free(ids);
	}

	/* random strings: lookup(s) == lookup(normalize(s)) */
	bad = 0;
	for (i = 0; i < 20000; i++)
	{
		static const char alphabet[] = "cCrRgGoO+#.&-/ _9aAnNdDeEtT";
		char		text[24];
		char		norm[64];
		int			len = 1 + (int) ((r >> 16) % 12);
		int			j;

		for (j = 0; j < len; j++)
		{
			r = r * 1103515245u + 12345u;
			text[j] = alphabet[(r >> 16) % (sizeof(alphabet) - 1)];
		}
		text[len] = '\0';
		jr_skill_normalize(text, len, norm, sizeof(norm));
		if (jr_skill_lookup(text, len) != jr_skill_lookup(norm, strlen(norm))
			&& bad++ < 5)
			printf("# \"%s\" vs normalized \"%s\"\n", text, norm);
	}
	unit_is_long(bad, 0, "lookup agrees with the normalizer on random text");
}

/* Normalization: what is folded and what is kept. */
static void
test_normalize(void)
{
	expect_norm("Python", "python");
	expect_norm("  Machine   Learning  ", "machine learning");
	expect_norm("scikit-learn", "scikit learn");
	expect_norm("C++", "c++");
	expect_norm("C#", "c#");
	expect_norm("F#", "f#");
	expect_norm("C", "c");
	expect_norm(".NET", ".net");
	expect_norm("ASP.NET", "asp net");
	expect_norm("Node.js", "node js");
	expect_norm("CI/CD", "ci cd");
	expect_norm("A/B testing", "a b testing");
	expect_norm("T-SQL", "t sql");
	expect_norm("R&D", "r&d");
	expect_norm("R & D", "r and d");
	expect_norm("Research & Development", "research and development");
	expect_norm("AT&T", "at&t");
	expect_norm("C/C++", "c c++");
	expect_norm("(.NET)", ".net");
	expect_norm("#1 team", "1 team");
	expect_norm("+5 years", "5 years");
	expect_norm("5+ years", "5+ years");
	expect_norm("e.g.", "e g");
	expect_norm("Café", "café");
	expect_norm("CAFÉ", "café");
	expect_norm("Español", "español");
	expect_norm("naïve Bayes", "naïve bayes");
	expect_norm("Python\xe2\x80\xa2SQL", "python,sql");	/* bullet */
	expect_norm("Python, SQL; Java (Go)", "python,sql,java,go");
	expect_norm("Oracle. SQL", "oracle,sql");
	expect_norm("Node.js, .NET", "node js,.net");
	expect_norm("R &, D", "r and,d");
	expect_norm("Python\xc2\xa0SQL", "python sql");	/* no-break space */
	expect_norm("Python\xe2\x80\x94SQL", "python sql");	/* em dash */
	expect_norm("bad\xff\xfe bytes", "bad bytes");
	expect_norm("", "");
	expect_norm("---", "");
	expect_norm("_x_", "x");
	expect_norm("Master's", "master s");
	unit_is_long((long long) jr_skill_normalize("Machine Learning", 16, NULL, 0),
				 16, "normalize reports the full length with no buffer");
}

/* Lookup (normalize_skill): names, aliases, abbreviations. */
static void
test_lookup(void)
{
	expect_lookup("GCP", "Google Cloud Platform");
	expect_lookup("google cloud", "Google Cloud Platform");
	expect_lookup("sklearn", "scikit-learn");
	expect_lookup("Scikit Learn", "scikit-learn");
	expect_lookup("k8s", "Kubernetes");
	expect_lookup("K8S", "Kubernetes");
	expect_lookup("JS", "JavaScript");
	expect_lookup("javascript", "JavaScript");
	expect_lookup("NLP", "natural language processing");
	expect_lookup("Postgres", "PostgreSQL");
	expect_lookup("postgresql", "PostgreSQL");
	expect_lookup("AWS", "AWS");
	expect_lookup("Amazon Web Services", "AWS");
	expect_lookup("Azure", "Microsoft Azure");
	expect_lookup("golang", "Go");
	expect_lookup("Go", "Go");
	expect_lookup("go", "Go");
	expect_lookup("c", "C");
	expect_lookup("C", "C");
	expect_lookup("c++", "C++");
	expect_lookup("C#", "C#");
	expect_lookup("c sharp", "C#");
	expect_lookup("Objective C", "Objective-C");
	expect_lookup("objective-c", "Objective-C");
	expect_lookup("R", "R");
	expect_lookup(".NET", ".NET");
	expect_lookup("asp.net", "ASP.NET");
	expect_lookup("net", NULL);
	expect_lookup("network", NULL);
	expect_lookup("T-SQL", "T-SQL");
	expect_lookup("t sql", "T-SQL");
	expect_lookup("F#", "F#");
	expect_lookup("CI/CD", "CI/CD");
	expect_lookup("A/B testing", "A/B testing");
	expect_lookup("Node.js", "Node.js");
	expect_lookup("NodeJS", "Node.js");
	expect_lookup("node js", "Node.js");
	expect_lookup("  Machine-Learning ", "machine learning");
	expect_lookup("MACHINE LEARNING", "machine learning");
	expect_lookup("machinelearning", "machine learning");
	expect_lookup("ML", "machine learning");
	expect_lookup("AI", "artificial intelligence");
	expect_lookup("LLMs", "large language models");
	expect_lookup("Apache Spark", "Spark");
	expect_lookup("Microsoft Excel", "Excel");
	expect_lookup("MS Excel", "Excel");
	expect_lookup("pandas", "Pandas");
	expect_lookup("Vue", "Vue.js");
	expect_lookup("REST", "REST APIs");
	expect_lookup("forklift", "forklift operation");
	expect_lookup("Sass", "Sass");
	expect_lookup("SAS", "SAS");
	expect_lookup("", NULL);
	expect_lookup("   ", NULL);
	expect_lookup("Python developer with ten years", NULL);
	expect_lookup("experience with", NULL);	/* a cue, not a skill */
	expect_lookup("go to market", "product strategy");
	expect_lookup("underwater basket weaving", NULL);
	expect_lookup("Pyth", NULL);
	expect_lookup("Pythonn", NULL);
	expect_lookup("\xff\xfe", NULL);
	expect_lookup("Oracle, SQL", NULL);	/* a list, not "Oracle SQL" */
	expect_lookup("governance risk and compliance",
				  "GRC");
	expect_lookup("Governance, Risk & Compliance",
				  "GRC");
	{
		/* the lookup cache: same answers again, for every form */
		int			n = jr_skill_count();
		int			bad = 0;
		int			id;
		int			round;

		for (round = 0; round < 2; round++)
			for (id = 0; id < n; id++)
			{
				const char *nm = jr_skill_name(id);

				if (jr_skill_lookup(nm, strlen(nm)) != id)
					bad++;
				if (jr_skill_alias_count(id) > 0 &&
					jr_skill_lookup(jr_skill_alias(id, 0),
									strlen(jr_skill_alias(id, 0))) != id)
					bad++;
			}
		unit_is_long(bad, 0, "repeated lookups (cached) agree");
		unit_ok(jr_skill_lookup("Python", 0) == -1 &&
				jr_skill_lookup("Pythonx", 6) == jr_skill_by_name("Python"),
				"lookup reads exactly len bytes");
	}
}

/* Look-alikes stay distinct. */
static void
test_lookalikes(void)
{
	expect("C, C++, C# and Objective-C", "C|C++|C#|Objective-C");
	expect("C/C++", "C|C++");
	expect("Objective-C and Swift", "Objective-C|Swift");
	expect("F# and C#", "F#|C#");
	expect(".NET, ASP.NET and VB.NET", ".NET|ASP.NET|VB.NET");
	expect("Cisco routers and networking", "Cisco IOS|computer networking");
	expect_not("network engineers", ".NET");
	expect_not("our internet presence", ".NET");
	expect("T-SQL, PL/SQL and SQL", "T-SQL|PL/SQL|SQL");
	expect("JavaScript and Java", "JavaScript|Java");
	expect("TypeScript, JavaScript", "TypeScript|JavaScript");
	expect_not("JavaScript", "Java");
	expect_not("TypeScript", "JavaScript");
	expect("Go and Google Cloud", "Go|Google Cloud Platform");
	expect_not("Google", "Go");
	expect_not("Golf outings", "Go");
	expect("Sass and SAS", "Sass|SAS");
	expect("MySQL, PostgreSQL, NoSQL and SQLite", "MySQL|PostgreSQL|NoSQL|SQLite");
	expect_not("MySQL", "SQL");
	expect_not("NoSQL", "SQL");
	expect_not("PostgreSQL", "SQL");
	expect("R and Python", "R|Python");
	expect("R, SAS, SPSS", "R|SAS|SPSS");
	expect_not("R&D budget", "R");
	expect_not("R & D budget", "R");
	expect_not("Plan B, plan C", "C");
	expect_not("Vitamin C", "C");
	expect_not("a C-suite audience", "C");
	expect_not("C-level executives", "C");
	expect_not("USB Type-C ports", "C");
	expect_not("Washington, D.C. office", "C");
	expect_not("Schedule C filings", "C");
	expect_not("Hepatitis C screening", "C");
	expect_not("c", "C");
	expect_not("r", "R");
	expect_not("go", "Go");
	expect("Git and GitHub", "Git|GitHub");
	expect_not("GitHub", "Git");
	expect("React and React Native", "React|React Native");
	expect_not("React Native", "React");
	expect("Scala, Scalability", "Scala|scalability");
	expect_not("scalable systems", "Scala");
	expect_not("Javanese", "Java");
	expect_not("Pythonic", "Python");
	expect_not("Sassy", "Sass");
	expect_not("Kafkaesque", "Kafka");
	expect("Excel and PowerPoint", "Excel|PowerPoint");
	expect("SQL Server and SQL", "SQL Server|SQL");
	expect_not("SQL Server", "SQL");
	expect("AWS Lambda and AWS", "AWS Lambda|AWS");
	expect("Spark SQL", "Spark");
	expect_not("Spark SQL", "SQL");
}

/* Ordinary English that must not read as skills. */
static void
test_traps(void)
{
	expect_not("We go to market fast", "Go");
	expect_not("Go-to-market strategy", "Go");
	expect_not("Go to our careers page", "Go");
	expect_not("ready to go live next week", "Go");
	expect_not("a real go-getter", "Go");
	expect_not("Spark innovation across the team", "Spark");
	expect_not("Spark joy in customers", "Spark");
	expect_not("sparks of genius", "Spark");
	expect_not("Unity of purpose", "Unity");
	expect_not("unity across teams", "Unity");
	expect_not("Slack time is important", "Slack");
	expect_not("cut them some slack", "Slack");
	expect_not("Executive Chef position", "Chef");
	expect_not("Our chef prepares lunch", "Chef");
	expect_not("Swift response times", "Swift");
	expect_not("swift action", "Swift");
	expect_not("Rust belt manufacturing", "Rust");
	expect_not("remove rust from parts", "Rust");
	expect_not("Puppet shows for kids", "Puppet");
	expect_not("The Hive was full of bees", "Hive");
	expect_not("hive mind", "Hive");
	expect_not("Pig roast on Friday", "Pig");
	expect_not("guinea pig", "Pig");
	expect_not("excel in a fast-paced environment", "Excel");
	expect_not("Excel in a fast-paced environment", "Excel");
	expect_not("word of mouth", "Word");
	expect_not("the Phoenix, AZ office", "Phoenix");
	expect_not("the Aurora, CO office", "Amazon Aurora");
	expect_not("React quickly to incidents", "React");
	expect_not("Make it happen", "Make");
	expect_not("Foundation of trust", "Foundation");
	expect_not("Express yourself", "Express.js");
	expect_not("Node of the network", "Node.js");
	expect_not("Ant colonies", "Ant");
	expect_not("In Scheme of things", "Scheme");
	expect_not("Helm of the ship", "Helm");
	expect_not("Glue the labels", "AWS Glue");
	expect_not("pandas at the zoo", "Pandas");
	expect_not("Julia Roberts", "Julia");
	expect_not("Box of chocolates", "Box");
	expect_not("the Lambda function of the store", "AWS Lambda");
	expect_not("Ray Charles", "Ray");
	expect_not("Ruby Tuesday", "Ruby");
	expect_not("John C. Smith", "C");
	expect_not("Mr. R. Jones", "R");
	expect("Ruby, Python and C", "Ruby|Python|C");
	expect("Oracle, SQL Server", "Oracle Database|SQL Server");
	expect("Machine\nLearning", "");	/* a line break ends a list item */
	expect("Python\xe2\x80\xa2Java", "Python|Java");
	expect("", "");
	expect("   \n\t  ", "");
	expect("Nothing technical here at all.", "");
}

/* Run-together keyword lists as job boards print them. */
static void
test_run_together(void)
{
	expect("PythonScalaJavaML frameworksCloud platforms",
		   "Python|Scala|Java|machine learning libraries|cloud computing");
	expect("AWSAzureGoogle Cloud PlatformPythonScalaJava",
		   "AWS|Microsoft Azure|Google Cloud Platform|Python|Scala|Java");
	expect("awsazuregoogle cloud", "AWS|Microsoft Azure|Google Cloud Platform");
	expect("4+ years programming with PythonScalaor Java3+ years",
		   "programming|Python|Scala|Java");
	expect("Master's in electrical engineeringmathematicsExperience with "
		   "scikit-learn", "electrical engineering|mathematics|scikit-learn");
	expect("Doctoral Degree in computer scienceelectrical engineering"
		   "mathematicsExperience with scikit-learn",
		   "computer science|electrical engineering|mathematics|scikit-learn");
	expect("experience with cloud platforms (AWSAzureGCP)",
		   "cloud computing|AWS|Microsoft Azure|Google Cloud Platform");
	expect("DockerKubernetesTerraform", "Docker|Kubernetes|Terraform");
	expect("SQLPythonTableau", "SQL|Python|Tableau");
	expect("Java8, Python3, HTML5, CSS3", "Java|Python|HTML|CSS");
	expect("C++Java", "C++|Java");
	expect("PythonRSQL", "Python");
	expect("ScalaR", "Scala|R");
	expect("PythonGoRust", "Python|Go|Rust");
	expect("Distributed computingData pipelinesHyperparameter tuning",
		   "distributed systems|data engineering|model evaluation");
	expect("CollaborationTechnical designProblem-solving",
		   "teamwork|problem solving");
	expect("APIs and LLMs", "APIs|large language models");
	expect_not("what it does", "experimental design");
	expect("DOEs and DOE", "experimental design");
	expect("databases", "databases");
	expect_not("iOS", "operating systems");
	expect_not("macOS", "operating systems");
	expect_not("Monitor logs", "Monit");
	expect_not("scalable", "Scala");
	expect_not("restart the service", "REST APIs");
	expect_not("sensor data", "SAS");
	expect("machinelearning", "machine learning");
	expect("MachineLearning and DataScience",
		   "machine learning|data science");
	expect("Google Cloud PlatformPython",
		   "Google Cloud Platform|Python");
}

/* Context words need technical context, written as the taxonomy has them. */
static void
test_context(void)
{
	expect("Experience with Go and Kubernetes", "Go|Kubernetes");
	expect("Go, Python, Java", "Go|Python|Java");
	expect("Python, Go", "Python|Go");
	expect("Proficient in Go", "Go");
	expect("Rust and Go", "Rust|Go");
	expect("Apache Spark, Hadoop, Hive", "Spark|Hadoop|Hive");
	expect("Spark, Hive and Pig", "Spark|Hive|Pig");
	expect("Hadoop, Spark", "Hadoop|Spark");
	expect("Chef, Puppet, Ansible", "Chef|Puppet|Ansible");
	expect("Terraform and Chef", "Terraform|Chef");
	expect("Tools: Slack, Jira", "Slack|Jira");
	expect("Slack and Zoom", "Slack|Zoom");
	expect("Unity, Unreal Engine and C#", "Unity|Unreal Engine|C#");
	expect("iOS development with Swift and Objective-C",
		   "iOS development|Swift|Objective-C");
	expect("English and Spanish required", "English|Spanish");
	expect("fluent in English", "English");
	expect("Bilingual English/Spanish", "foreign languages|English|Spanish");
	expect("such as React, Angular or Vue", "React|Angular|Vue.js");
	expect("React and TypeScript", "React|TypeScript");
	expect_not("golang", "C");
	expect("golang and docker", "Go|Docker");
	expect_not("Food safety and Chef duties", "Chef");
	expect_not("go, python", "Go");
	expect_not("Go", "Go");
	expect_not("Spark", "Spark");
	expect_not("SPARK, HADOOP", "Spark");
	expect("Experience with Apache Spark", "Spark");
	expect("Apache Spark", "Spark");
	expect("Microsoft Excel", "Excel");
	expect("Excel, Word and Outlook", "Excel|Word|Outlook");
	expect_has("Excel", "Excel");
	expect_not("tax", "tax");
	expect_has("Tax preparation and bookkeeping", "tax");
}

/* Where a mention is: byte offsets into the original text. */
static void
test_offsets(void)
{
	const char *text = "Use Python\xc2\xa0" "and C++; PyTorch.";
	jr_skill_hit *hits = NULL;
	size_t		nhits = 0;
	jr_error	err;

	unit_is_long(jr_skills_extract(text, strlen(text), &hits, &nhits, &err),
				  JR_OK, "extract succeeds");
	unit_is_long((long long) nhits, 3, "three mentions");
	if (nhits == 3)
	{
		unit_ok(hits[0].start == 4 && hits[0].end == 10, "Python at [4,10)");
		unit_ok(hits[1].start == 16 && hits[1].end == 19, "C++ at [16,19)");
		unit_ok(hits[2].start == 21 && hits[2].end == 28, "PyTorch at [21,28)");
	}
	jr_free(hits);
	expect("Python, Python and python", "Python");
	unit_ok(jr_skills_extract("", 0, &hits, &nhits, &err) == JR_OK &&
			nhits == 0 && hits == NULL, "empty text: no mentions");
	{
		const char *t2 = "APIs";

		unit_ok(jr_skills_extract(t2, 4, &hits, &nhits, &err) == JR_OK &&
				nhits == 1 && hits[0].start == 0 && hits[0].end == 4,
				"a plural mention covers its s");
		jr_free(hits);
	}
	{
		/* a length shorter than the string: only that prefix is read */
		unit_ok(jr_skills_extract("Python and Java", 6, &hits, &nhits, &err)
				== JR_OK && nhits == 1 && hits[0].end == 6,
				"only len bytes are read");
		jr_free(hits);
	}
}

/* Hierarchy: a skill covers itself and its ancestors, not descendants. */
static void
test_hierarchy(void)
{
	int			pytorch = id_of("PyTorch");
	int			ml = id_of("machine learning");
	int			dl = id_of("deep learning");
	int			ai = id_of("artificial intelligence");
	int			python = id_of("Python");
	int			k8s = id_of("Kubernetes");

	unit_ok(jr_skill_covers(pytorch, ml), "PyTorch covers machine learning");
	unit_ok(jr_skill_covers(pytorch, dl), "PyTorch covers deep learning");
	unit_ok(jr_skill_covers(pytorch, ai), "PyTorch covers AI");
	unit_ok(jr_skill_covers(pytorch, pytorch), "PyTorch covers itself");
	unit_ok(!jr_skill_covers(ml, pytorch), "machine learning does not cover PyTorch");
	unit_ok(!jr_skill_covers(python, ml), "Python does not cover machine learning");
	unit_ok(!jr_skill_covers(k8s, python), "Kubernetes does not cover Python");
	unit_ok(!jr_skill_covers(-1, ml) && !jr_skill_covers(ml, -1) &&
			!jr_skill_covers(ml, jr_skill_count()), "bad ids cover nothing");
	unit_ok(jr_skill_depth(pytorch) > jr_skill_depth(ml), "PyTorch is deeper");
	unit_is_str(jr_skill_name(jr_skill_parent(id_of("scikit-learn"))),
				"machine learning libraries", "scikit-learn's parent");
	unit_is_str(jr_skill_category(python), "programming language",
				"Python's category");
}

/* Overlap over item lists. */
static double
overlap(const char *const *have, int nh, const char *const *want, int nw)
{
	jr_skill_item h[32];
	jr_skill_item w[32];
	double		share = -1;
	jr_error	err;
	int			i;

	for (i = 0; i < nh; i++)
	{
		h[i].text = have[i];
		h[i].len = strlen(have[i]);
		h[i].id = jr_skill_lookup(have[i], h[i].len);
		h[i].group = -1;
	}
	for (i = 0; i < nw; i++)
	{
		w[i].text = want[i];
		w[i].len = strlen(want[i]);
		w[i].id = jr_skill_lookup(want[i], w[i].len);
		w[i].group = -1;
	}
	if (jr_skill_overlap(h, nh, w, nw, &share, &err) != JR_OK)
		return -2;
	return share;
}

#define N(a) ((int) (sizeof(a) / sizeof((a)[0])))

/* jr_skill_overlap: shares, hierarchy, unknown names, groups. */
static void
test_overlap(void)
{
	static const char *const have1[] = {"python", "PyTorch", "k8s"};
	static const char *const want1[] = {"Python", "machine learning",
	"Kubernetes", "Go"};
	static const char *const want2[] = {"PyTorch"};
	static const char *const have2[] = {"machine learning"};
	static const char *const want3[] = {"Basket Weaving", "python"};
	static const char *const have3[] = {"  basket weaving ", "Python"};
	static const char *const want4[] = {"Python", "python", "PYTHON", "Go"};
	static const char *const want5[] = {"", "  "};
	static const char *const have5[] = {"Go"};
	jr_skill_item h[4];
	jr_skill_item w[4];
	double		share = -1;
	jr_error	err;
	int			i;

	unit_is_double(overlap(have1, N(have1), want1, N(want1)), 0.75, 1e-12,
				   "3 of 4 wanted: PyTorch covers machine learning");
	unit_is_double(overlap(have2, N(have2), want2, N(want2)), 0.0, 1e-12,
				   "machine learning does not cover PyTorch");
	unit_is_double(overlap(have3, N(have3), want3, N(want3)), 1.0, 1e-12,
				   "unknown names match trimmed, case-insensitively");
	unit_is_double(overlap(have5, N(have5), want4, N(want4)), 0.5, 1e-12,
				   "duplicate wanted skills count once");
	unit_is_double(overlap(have5, N(have5), want5, N(want5)), 1.0, 1e-12,
				   "blank wanted items are ignored");
	unit_is_double(overlap(have1, N(have1), NULL, 0), 1.0, 1e-12,
				   "nothing wanted: 1");
	unit_is_double(overlap(NULL, 0, want1, N(want1)), 0.0, 1e-12,
				   "nothing had: 0");

	/* groups: (Python | Scala | Java) and Go */
	for (i = 0; i < 4; i++)
	{
		static const char *const names[] = {"Python", "Scala", "Java", "Go"};

		w[i].text = names[i];
		w[i].len = strlen(names[i]);
		w[i].id = jr_skill_lookup(names[i], w[i].len);
		w[i].group = i < 3 ? 0 : -1;
	}
	h[0].text = "Scala";
	h[0].len = 5;
	h[0].id = jr_skill_lookup("Scala", 5);
	h[0].group = -1;
	unit_ok(jr_skill_overlap(h, 1, w, 4, &share, &err) == JR_OK &&
			fabs(share - 0.5) < 1e-12, "a group of alternatives counts once");
	h[1].text = "golang";
	h[1].len = 6;
	h[1].id = jr_skill_lookup("golang", 6);
	h[1].group = -1;
	unit_ok(jr_skill_overlap(h, 2, w, 4, &share, &err) == JR_OK &&
			fabs(share - 1.0) < 1e-12, "group and single both covered");
	unit_ok(jr_skill_overlap(h + 1, 1, w, 4, &share, &err) == JR_OK &&
			fabs(share - 0.5) < 1e-12, "group uncovered, single covered");
	w[0].group = 7;
	unit_is_long(jr_skill_overlap(h, 1, w, 4, &share, &err), JR_ERR_INTERNAL,
				 "a group number out of range is a caller bug");
}

static bool interrupt_now = false;

/* Interrupt hook for the tests. */
static bool
test_interrupt(void)
{
	return interrupt_now;
}

static int	allocs_left = -1;

/* Allocator that fails after allocs_left allocations. */
static void *
failing_alloc(size_t size)
{
	if (allocs_left == 0)
		return NULL;
	if (allocs_left > 0)
		allocs_left--;
	return malloc(size);
}

/* Reallocator paired with failing_alloc. */
static void *
failing_realloc(void *p, size_t size)
{
	if (allocs_left == 0)
		return NULL;
	if (allocs_left > 0)
		allocs_left--;
	return realloc(p, size);
}

/* Work done extracting from text. */
static size_t
work_for(const char *text, size_t len)
{
	jr_skill_hit *hits = NULL;
	size_t		nhits = 0;
	jr_error	err;

	if (jr_skills_extract(text, len, &hits, &nhits, &err) != JR_OK)
		return 0;
	jr_free(hits);
	return jr_skills_last_work();
}

/* Fill buf by repeating pattern whole, about len bytes; returns the size. */
static size_t
fill(char *buf, size_t len, const char *pattern)
{
	size_t		n = strlen(pattern);
	size_t		i;

	len -= len % n;
	for (i = 0; i < len; i++)
		buf[i] = pattern[i % n];
	return len;
}

/* Work grows linearly with input, adversarial input included (counted). */
static void
test_linear(void)
{
	static const char *const patterns[] = {
		"a",
		"aaaa aaaa ",
		"C C++ C# ",
		"Go Go Go R R ",
		"javajavajava",
		"PythonScalaJava",
		"awsazuregcpaws",
		"machine learning machine learning machine ",
		"machinelearningmachinelearning",
		"Experience with Experience with ",
		"APIsAPIsAPIs",
		"&&&&.NET.NET#+#+",
		"Go, Go, Go, Spark, Spark, Hive, ",
		"scikit-learn, sklearn, k8s, ",
		"\xc3\xa9\xc3\xa9\xe2\x80\xa2\xff",
	};
	size_t		small = 1000 * 1000;
	size_t		big = 5 * 1000 * 1000;
	char	   *buf = malloc(big);
	size_t		p;

	for (p = 0; p < sizeof(patterns) / sizeof(patterns[0]); p++)
	{
		size_t		w1;
		size_t		w5;
		double		ratio;

		size_t		n1 = fill(buf, small, patterns[p]);
		size_t		n5;

		w1 = work_for(buf, n1);
		n5 = fill(buf, big, patterns[p]);
		w5 = work_for(buf, n5);
		ratio = w1 ? ((double) w5 / n5) / ((double) w1 / n1) : 0;
		unit_ok(w1 > 0 && ratio > 0.9 && ratio < 1.1 && w5 < 40 * n5,
				"linear on \"%.20s\"...: %zu per byte at 1 MB, %zu at 5 MB "
				"(x%.2f)", patterns[p], w1 / n1, w5 / n5, ratio);
	}
	free(buf);
}

/* Cancellation and out-of-memory are reported, not crashed on. */
static void
test_failures(void)
{
	size_t		len = 1000 * 1000;
	char	   *buf = malloc(len);
	jr_skill_hit *hits = NULL;
	size_t		nhits = 0;
	jr_error	err;
	jr_allocator failing = {failing_alloc, failing_realloc, free};
	jr_status	status;
	int			k;
	int			oom = 0;
	int			ok = 0;
	jr_skill_item it = {-1, "x", 1, -1};
	double		share;

	fill(buf, len, "Python, SQL and Go. ");
	jr_set_interrupt_check(test_interrupt);
	interrupt_now = true;
	status = jr_skills_extract(buf, len, &hits, &nhits, &err);
	unit_is_long(status, JR_ERR_CANCELED, "an interrupt cancels extraction");
	unit_ok(hits == NULL && nhits == 0, "a canceled call returns nothing");
	status = jr_skills_extract("Python", 6, &hits, &nhits, &err);
	unit_is_long(status, JR_OK, "short texts finish before the first check");
	jr_free(hits);
	interrupt_now = false;
	jr_set_interrupt_check(NULL);

	jr_set_allocator(&failing);
	for (k = 0; k < 40; k++)
	{
		allocs_left = k;
		status = jr_skills_extract(buf, 20000, &hits, &nhits, &err);
		if (status == JR_ERR_NOMEM && hits == NULL)
			oom++;
		else if (status == JR_OK)
		{
			ok++;
			free(hits);
		}
	}
	allocs_left = -1;
	unit_ok(oom > 0 && ok > 0 && oom + ok == 40,
			"allocation failures give JR_ERR_NOMEM (%d) until enough (%d)",
			oom, ok);
	allocs_left = 0;
	unit_is_long(jr_skill_overlap(&it, 1, &it, 1, &share, &err), JR_ERR_NOMEM,
				 "overlap reports out of memory (unknown names need a set)");
	allocs_left = -1;
	jr_set_allocator(NULL);
	free(buf);
}

int
main(void)
{
	test_taxonomy();
	test_every_form_extracts();
	test_normalize();
	test_lookup();
	test_lookup_variants();
	test_lookalikes();
	test_traps();
	test_run_together();
	test_context();
	test_offsets();
	test_hierarchy();
	test_overlap();
	test_linear();
	test_failures();
	return unit_done();
}
