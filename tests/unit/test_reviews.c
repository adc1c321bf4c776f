/* test_reviews.c - a folder of reviews: merging, dates, projects. */
#include "test.h"

#include "prr/fsutil.h"
#include "prr/load.h"
#include "prr/reviews.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static void put(const char *dir, const char *name, const char *text)
{
	char *path = prr_path_join(dir, name);
	FILE *f = fopen(path, "w");
	if (f) {
		fputs(text, f);
		fclose(f);
	}
	free(path);
}

PRR_TEST(reviews__merges_documents_of_one_date_and_sorts)
{
	const char *dir = prr_test_tmpdir();
	char *sub = prr_path_join(dir, "2026-01-14");
	mkdir(sub, 0700);
	put(dir, "prr.json", "{\"project\": \"Payments\"}");
	put(dir, "b.json", "{\"schema\": \"prr/review/v1\", \"date\": \"2026-02-01\","
			   " \"title\": \"Later\", \"components\": [{\"name\": \"C\"}]}");
	put(sub, "plan.json", "{\"schema\": \"prr/review/v1\", \"date\": \"2026-01-14\","
			      " \"title\": \"Plan\", \"components\": [{\"name\": \"A\"}]}");
	put(sub, "summary.json", "{\"schema\": \"prr/review/v1\", \"date\": \"2026-01-14\","
				 " \"title\": \"Summary\", \"components\": [{\"name\": \"B\"}]}");
	prr_reviews s;
	prr_diags d = PRR_DIAGS_INIT;
	char *paths[] = { (char *)dir };
	CHECK(prr_reviews_load(&s, paths, 1, NULL, &d) == 0);
	CHECK_INT(d.errors, 0);
	CHECK_INT(s.n_docs, 3);
	CHECK_INT(s.n, 2);
	CHECK_INT(s.n_projects, 1);
	if (s.n == 2) {
		CHECK_STR(s.v[0]->date, "2026-01-14");
		CHECK_STR(s.v[0]->title, "Plan"); /* first document wins */
		CHECK_INT(s.v[0]->n_components, 2);
		CHECK_STR(s.v[0]->components[1].name, "B");
		CHECK_STR(s.v[1]->project, "Payments");
		/* a review of one document shares that document's arrays; one
		 * of two holds both documents' items in an array of its own */
		for (size_t i = 0; i < s.n_docs; i++) {
			const prr_review *doc = s.docs[i];
			if (strcmp(doc->title, "Later") == 0)
				CHECK(s.v[1]->components == doc->components);
			else
				CHECK(s.v[0]->components != doc->components);
		}
		CHECK_INT(s.v[1]->n_components, 1);
		CHECK_STR(s.v[1]->components[0].name, "C");
		CHECK_STR(prr_reviews_latest(&s, NULL)->date, "2026-02-01");
		CHECK(prr_reviews_find(&s, "Payments", "2026-01-14") == s.v[0]);
	}
	prr_reviews_free(&s);
	prr_diags_free(&d);
	free(sub);
}

PRR_TEST(reviews__an_invalid_document_fails_the_set)
{
	const char *dir = prr_test_tmpdir();
	put(dir, "a.json", "{\"schema\": \"prr/review/v1\", \"date\": \"2026-01-01\"}");
	put(dir, "b.json", "{\"schema\": \"prr/review/v1\", \"date\": \"2026-13-01\"}");
	prr_reviews s;
	prr_diags d = PRR_DIAGS_INIT;
	char *paths[] = { (char *)dir };
	CHECK(prr_reviews_load(&s, paths, 1, NULL, &d) == -1);
	CHECK_INT(d.errors, 1);
	CHECK_INT(s.n, 0);
	prr_reviews_free(&s);
	prr_diags_free(&d);
}

/*** Projects told apart by their titles; each project's prr.json ***/

/* The message of the first warning in `d` that holds `part`, or NULL. */
static const char *warning_with(const prr_diags *d, const char *part)
{
	for (size_t i = 0; i < d->n; i++)
		if (d->v[i].kind == PRR_DIAG_WARNING && strstr(d->v[i].message, part))
			return d->v[i].message;
	return NULL;
}

PRR_TEST(reviews__a_title_names_its_system)
{
	static const struct { const char *title, *name, *key; } cases[] = {
		{ "Acme API \xE2\x80\x94 Production Readiness", "Acme API", "acme api" },
		{ "Billing \xE2\x80\x94 Production Readiness Review", "Billing", "billing" },
		{ "Ledgerline Payments API \xE2\x80\x94 Production Readiness Review #3 (go/no-go)",
		  "Ledgerline Payments API", "ledgerline payments api" },
		{ "Acme's API v2 review, 2026-03-01", "Acme's API", "acme api" },
		{ "Q3 2025: Home-Warehouse System v1.4 Milestone Audit",
		  "Home-Warehouse System", "home warehouse system" },
		{ "PROYECTO SPMv1.0 - Estado Actual & Roadmap", "SPMv1", "spm" },
		{ "ESTADO DEL PROYECTO SPM v1.0 - 8 NOVIEMBRE 2025", "SPM", "spm" },
		{ "\xF0\x9F\x9A\x80 Mirai Knowledge Systems \xE9\x96\x8B\xE7\x99\xBA\xE7\x8A\xB6\xE6\xB3\x81",
		  "Mirai Knowledge Systems", "mirai knowledge systems" },
		{ "Assessment Summary - Jeeves Core Production Readiness", "Jeeves Core",
		  "jeeves core" },
		/* what the name opens, it closes (round 12) */
		{ "Code-Audit: Terminbuchung-Backend (`praxis-termine`)",
		  "Code-Audit: Terminbuchung-Backend (`praxis-termine`)",
		  "code terminbuchung backend praxis termine" },
		{ "Readiness review: PR #2291 \xE2\x80\x94 \"Move fan-out to SQS\"",
		  "PR #2291 \xE2\x80\x94 \"Move fan-out to SQS\"", "pr move fan out sqs" },
		/* titles that name no system */
		{ "Production Readiness Report", NULL, NULL },
		{ "Production Readiness Assessment", NULL, NULL },
		{ "Session #44 - Readiness Assessment", NULL, NULL },
		{ "Production Readiness: Plan vs Actual Implementation", NULL, NULL },
		{ "Sprint 3 \xE2\x80\x93 March 2026 update", NULL, NULL },
		{ "", NULL, NULL },
	};
	prr_arena a = PRR_ARENA_INIT;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		const char *key = "unset";
		const char *name = prr_reviews_title_name(&a, cases[i].title, &key);
		if (cases[i].name) {
			CHECK_STR(name, cases[i].name);
			CHECK_STR(key, cases[i].key);
		} else {
			CHECK(name == NULL);
			CHECK(key == NULL);
		}
	}
	const char *key = "unset";
	CHECK(prr_reviews_title_name(&a, NULL, &key) == NULL && key == NULL);
	prr_arena_free(&a);
}

/* A review of `title` dated `date`, stating no project. */
static void titled(const char *dir, const char *file, const char *title,
		   const char *date)
{
	char text[512];
	snprintf(text, sizeof text, "{\"schema\": \"prr/review/v1\", \"date\": \"%s\", "
		 "\"title\": \"%s\", \"components\": [{\"name\": \"API\"}]}", date, title);
	put(dir, file, text);
}

static int load_dir(prr_reviews *s, const char *dir, prr_diags *d)
{
	char *paths[] = { (char *)dir };
	return prr_reviews_load(s, paths, 1, NULL, d);
}

PRR_TEST(reviews__titles_of_two_systems_are_two_projects_said)
{
	char *dir = prr_path_join(prr_test_tmpdir(), "two");
	mkdir(dir, 0700);
	titled(dir, "a.json", "Acme API \\u2014 Production Readiness", "2026-01-05");
	titled(dir, "b.json", "Billing \\u2014 Production Readiness Review", "2026-01-06");
	titled(dir, "c.json", "Acme API \\u2014 Production Readiness Review #2", "2026-02-05");
	prr_reviews s;
	prr_diags d = PRR_DIAGS_INIT;
	CHECK(load_dir(&s, dir, &d) == 0);
	CHECK_INT(s.n_projects, 2);
	CHECK_INT(s.n, 3);
	if (s.n == 3) {
		CHECK_STR(s.v[0]->project, "Acme API");
		CHECK_STR(s.v[1]->project, "Acme API");
		CHECK_STR(s.v[2]->project, "Billing");
	}
	CHECK_CONTAINS(warning_with(&d, "titles"), "name 2 projects (\"Acme API\", \"Billing\")");
	CHECK(warning_with(&d, "this folder holds") == NULL); /* said once */
	prr_reviews_free(&s);
	prr_diags_free(&d);
	free(dir);
}

/* The number of projects of folder `dir`; whether titles were said to
 * split it (`*said`). */
static size_t projects_in(const char *dir, bool *said)
{
	prr_reviews s;
	prr_diags d = PRR_DIAGS_INIT;
	CHECK(load_dir(&s, dir, &d) == 0);
	size_t n = s.n_projects;
	*said = warning_with(&d, "titles") != NULL;
	prr_reviews_free(&s);
	prr_diags_free(&d);
	return n;
}

PRR_TEST(reviews__titles_split_a_folder_only_when_each_names_a_system)
{
	const char *root = prr_test_tmpdir();
	bool said = true;
	/* one title names nothing: the folder stays one project */
	char *dir = prr_path_join(root, "vague");
	mkdir(dir, 0700);
	titled(dir, "a.json", "Acme API \\u2014 Production Readiness", "2026-01-05");
	titled(dir, "b.json", "Production Readiness Review", "2026-01-06");
	titled(dir, "c.json", "Billing readiness", "2026-02-05");
	CHECK_INT(projects_in(dir, &said), 1);
	CHECK(!said);
	free(dir);

	/* a series whose titles add words, dates and numbers: one project */
	dir = prr_path_join(root, "series");
	mkdir(dir, 0700);
	titled(dir, "a.json", "Acme Platform \\u2014 Initial Readiness Review", "2026-01-05");
	titled(dir, "b.json", "Acme Platform v2: Security Review (2026-02-05)", "2026-02-05");
	titled(dir, "c.json", "Acme Platform \\u2014 Readiness Review #3, March 2026", "2026-03-05");
	CHECK_INT(projects_in(dir, &said), 1);
	CHECK(!said);
	free(dir);

	/* the documents of one review's folder are that review */
	dir = prr_path_join(root, "dated");
	char *day = prr_path_join(dir, "2026-01-14");
	mkdir(dir, 0700);
	mkdir(day, 0700);
	titled(day, "plan.json", "Ledger rollout waves", "2026-01-14");
	titled(day, "summary.json", "Security findings of the gateway", "2026-01-14");
	CHECK_INT(projects_in(dir, &said), 1);
	CHECK(!said);
	free(day);
	free(dir);

	/* a prr.json naming the project names it, whatever the titles */
	dir = prr_path_join(root, "named");
	mkdir(dir, 0700);
	put(dir, "prr.json", "{\"project\": \"Payments\"}");
	titled(dir, "a.json", "Acme API \\u2014 Production Readiness", "2026-01-05");
	titled(dir, "b.json", "Billing \\u2014 Production Readiness Review", "2026-01-06");
	CHECK_INT(projects_in(dir, &said), 1);
	CHECK(!said);
	/* and without it, the same folder is two */
	put(dir, "prr.json", "{}");
	CHECK_INT(projects_in(dir, &said), 2);
	CHECK(said);
	free(dir);
}

/* The samples' titles, and the seeds as one folder, name one project. */
PRR_TEST(reviews__the_samples_and_the_seeds_stay_one_project)
{
	static const char *const samples[] = { "samples/reviews/2026-03-02.json",
		"samples/reviews/2026-04-13.json", "samples/reviews/2026-05-25.json" };
	prr_arena a = PRR_ARENA_INIT;
	const char *first = NULL;
	for (size_t i = 0; i < 3; i++) {
		prr_review *r = NULL;
		prr_diags d = PRR_DIAGS_INIT;
		CHECK(prr_review_load_file(&r, samples[i], &d) == 0);
		const char *key = NULL;
		if (r && prr_reviews_title_name(&a, r->title, &key)) {
			if (!first)
				first = key;
			CHECK_STR(key, first);
		} else {
			CHECK(!"a sample's title names its system");
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
	CHECK_STR(first, "ledgerline payments api");
	prr_arena_free(&a);

	const char *seeds = prr_test_seeds();
	if (!seeds) {
		prr_test_skip("../shared/seeds is absent");
		return;
	}
	char *dir = prr_path_join(prr_test_tmpdir(), "seeds");
	mkdir(dir, 0700);
	prr_paths files = { 0 };
	prr_buf err = PRR_BUF_INIT;
	prr_walk(seeds, (const char *const[]){ ".txt", NULL }, &files, &err);
	CHECK(files.n >= 5);
	for (size_t i = 0; i < files.n; i++) { /* NAME.txt as NAME.md */
		prr_buf text = PRR_BUF_INIT, name = PRR_BUF_INIT;
		const char *base = strrchr(files.v[i], '/');
		base = base ? base + 1 : files.v[i];
		prr_buf_add(&name, base, strlen(base) - 4);
		prr_buf_adds(&name, ".md");
		char *to = prr_path_join(dir, name.p);
		CHECK(prr_read_file(files.v[i], 1 << 24, &text, &err) == 0);
		CHECK(prr_write_file_atomic(to, text.p, text.n, &err) == 0);
		free(to);
		prr_buf_free(&text);
		prr_buf_free(&name);
	}
	bool said = true;
	CHECK_INT(projects_in(dir, &said), 1);
	CHECK(!said);
	prr_paths_free(&files);
	prr_buf_free(&err);
	free(dir);
}

PRR_TEST(reviews__each_project_is_configured_by_its_own_prr_json)
{
	char *org = prr_path_join(prr_test_tmpdir(), "org");
	char *a = prr_path_join(org, "a"), *b = prr_path_join(org, "b");
	mkdir(org, 0700);
	mkdir(a, 0700);
	mkdir(b, 0700);
	put(org, "prr.json", "{\"gate\": {\"min_readiness\": 90}, "
			     "\"thresholds\": {\"ready\": 70, \"partial\": 40}}");
	put(a, "prr.json", "{\"project\": \"A\", \"gate\": {\"max_critical\": 0}}");
	put(b, "prr.json", "{\"project\": \"B\", \"weights\": {\"Security\": 3}}");
	titled(a, "2026-01-05.json", "A", "2026-01-05");
	titled(b, "2026-01-06.json", "B", "2026-01-06");
	prr_reviews s;
	prr_diags d = PRR_DIAGS_INIT;
	CHECK(load_dir(&s, org, &d) == 0);
	CHECK_INT(s.n_projects, 2);
	const prr_config *ca = prr_reviews_config(&s, "A"), *cb = prr_reviews_config(&s, "B");
	CHECK(ca != cb && ca != s.config && cb != s.config);
	/* A's own gate, whole; the thresholds of the folder given */
	CHECK_INT(ca->gate.max_critical, 0);
	CHECK(!prr_has(ca->gate.min_readiness));
	CHECK_NUM(ca->ready, 70);
	CHECK_NUM(ca->partial, 40);
	CHECK(ca->gate_from && prr_ends_with(ca->gate_from, "a/prr.json"));
	/* B sets no gate: the folder given's; its own weights */
	CHECK_NUM(cb->gate.min_readiness, 90);
	CHECK(cb->gate_from && prr_ends_with(cb->gate_from, "org/prr.json"));
	CHECK_NUM(prr_config_weight(cb, "security"), 3);
	CHECK(!prr_has(prr_config_weight(ca, "security")));
	prr_reviews_free(&s);
	prr_diags_free(&d);
	free(a);
	free(b);
	free(org);
}
