/* test_import.c - the Markdown importer: seeds, own layouts, vocabulary, mojibake. */
#include "test.h"

#include "prr/fsutil.h"
#include "prr/import.h"
#include "prr/load.h"
#include "prr/mojibake.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>

/* Imports a seed by its number ("003"); NULL (and a skip) when absent. */
static prr_review *seed(const char *num, prr_diags *d)
{
	const char *dir = prr_test_seeds();
	if (!dir) {
		prr_test_skip("../shared/seeds not found");
		return NULL;
	}
	DIR *dp = opendir(dir);
	struct dirent *e;
	char *path = NULL;
	while (dp && (e = readdir(dp)))
		if (strncmp(e->d_name, num, 3) == 0 && e->d_name[3] == '_')
			path = prr_path_join(dir, e->d_name);
	if (dp)
		closedir(dp);
	if (!path) {
		prr_test_skip("seed not found");
		return NULL;
	}
	prr_buf text = PRR_BUF_INIT, err = PRR_BUF_INIT;
	prr_review *r = NULL;
	if (prr_read_file(path, PRR_MAX_INPUT, &text, &err) == 0)
		prr_import_md(&r, path, text.p, text.n, d);
	CHECK(r != NULL);
	prr_buf_free(&text);
	prr_buf_free(&err);
	free(path);
	return r;
}

static prr_review *doc(const char *name, prr_diags *d)
{
	return prr_test_md(name, d);
}

static prr_review *str(const char *s, prr_diags *d)
{
	prr_review *r = NULL;
	prr_import_md(&r, "2020-01-01.md", s, strlen(s), d);
	return r;
}

static const prr_claim *claim(const prr_review *r, const char *prefix)
{
	for (size_t i = 0; i < r->n_audit; i++)
		if (strncmp(r->audit[i].claim, prefix, strlen(prefix)) == 0)
			return &r->audit[i];
	return NULL;
}

static const prr_checklist *checklist(const prr_review *r, const char *title)
{
	for (size_t i = 0; i < r->n_checklists; i++)
		if (strcmp(r->checklists[i].title, title) == 0)
			return &r->checklists[i];
	return NULL;
}

static size_t done(const prr_checklist *c)
{
	size_t n = 0;
	for (size_t i = 0; c && i < c->n_items; i++)
		n += c->items[i].done;
	return n;
}

/* Everything of the review written out, for "no mojibake left" checks. */
static char *json_of(const prr_review *r)
{
	prr_buf b = PRR_BUF_INIT;
	prr_jw w;
	prr_jw_init(&w, &b, false);
	prr_review_write_json(r, &w);
	return prr_buf_detach(&b, NULL);
}

/*** The seeds ***/

PRR_TEST(import__seed000_components_totals_checklists)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = seed("000", &d);
	if (!r)
		goto done;
	CHECK_STR(r->date, "2024-12-01");
	/* six components, and the validation areas still pending */
	CHECK_INT(r->n_components, 7);
	const prr_component *c = &r->components[0];
	CHECK_STR(c->name, "ProgressTracker");
	CHECK_INT(c->n_checks, 2);
	CHECK_STR(c->checks[0].category, "Unit Tests");
	CHECK_INT(c->checks[0].passed, 11);
	CHECK_INT(c->checks[0].total, 11);
	CHECK_STR(c->checks[1].category, "Integration Tests");
	CHECK_INT(c->checks[1].passed, 1);
	CHECK_INT(c->checks[1].total, 1);
	CHECK_INT(c->status, PRR_PASS);
	CHECK_STR(r->components[5].name, "Orchestrator Integration");
	CHECK_INT(r->components[5].checks[0].status, PRR_NA);
	for (size_t i = 0; i < r->n_components; i++)
		CHECK(strncmp(r->components[i].name, "TOTAL", 5) != 0);
	const prr_claim *a = claim(r, "TOTAL Unit Tests");
	CHECK(a && a->agrees && strcmp(a->stated, "50/50") == 0 &&
	      strcmp(a->computed, "50/50") == 0 && a->line == 18);
	a = claim(r, "TOTAL Integration Tests");
	CHECK(a && a->agrees && strcmp(a->stated, "6/6") == 0);
	a = claim(r, "TOTAL (all columns)");
	CHECK(a && a->agrees && strcmp(a->computed, "56/56") == 0);
	const prr_checklist *cl = checklist(r, "Integration Readiness");
	CHECK(cl && cl->n_items == 8 && done(cl) == 6);
	cl = checklist(r, "Production Readiness");
	CHECK(cl && cl->n_items == 7 && done(cl) == 0);
	/* "Validation Area | Status | Blocker": areas assessed, pending */
	const prr_component *pc = r->n_components == 7 ? &r->components[6] : NULL;
	CHECK(pc && strcmp(pc->name, "What's Pending (Requires Live Services)") == 0);
	CHECK(pc && pc->n_checks == 6);
	if (pc && pc->n_checks == 6) {
		CHECK_STR(pc->checks[0].category, "Real LLM Calls");
		CHECK_INT(pc->checks[0].status, PRR_PENDING);
		CHECK_STR(pc->checks[0].note, "Services not running");
		CHECK_STR(pc->checks[5].note, "Need load testing");
		CHECK_INT(pc->checks[5].line, 29);
	}
done:
	prr_review_free(r);
	prr_diags_free(&d);
}

/* The review-wide evidence item of `r` with `path`, or NULL. */
static const prr_evidence *review_ev(const prr_review *r, const char *path)
{
	for (size_t i = 0; i < r->n_evidence; i++)
		if (strcmp(r->evidence[i].path, path) == 0)
			return &r->evidence[i];
	return NULL;
}

PRR_TEST(import__seed001_dimensions_scores_estimates_mojibake)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = seed("001", &d);
	if (!r)
		goto done;
	CHECK_STR(r->date, "2026-01-23");
	CHECK_INT(r->n_dimensions, 7);
	static const struct { const char *n; double s; prr_status st; } dims[] = {
		{ "Code Quality & Testing", 8, PRR_PASS },
		{ "Observability", 7, PRR_PASS },
		{ "Security", 4, PRR_FAIL },
		{ "Operations", 5, PRR_PARTIAL },
	};
	for (size_t k = 0; k < 4; k++) {
		bool found = false;
		for (size_t i = 0; i < r->n_dimensions; i++)
			if (strcmp(r->dimensions[i].name, dims[k].n) == 0) {
				found = true;
				CHECK_NUM(r->dimensions[i].score, dims[k].s);
				CHECK_NUM(r->dimensions[i].max, 10);
				CHECK_INT(r->dimensions[i].status, dims[k].st);
			}
		CHECK(found);
	}
	CHECK_INT(r->n_scores, 3);
	if (r->n_scores == 3) {
		CHECK_NUM(r->scores[0].value, 6.85);
		CHECK(!prr_has(r->scores[0].high));
		CHECK_NUM(r->scores[1].value, 6.0);
		CHECK_NUM(r->scores[1].high, 6.5);
		CHECK_NUM(r->scores[2].value, 7.0);
		CHECK_NUM(r->scores[2].high, 7.5);
		CHECK_NUM(r->scores[2].max, 10);
	}
	CHECK_INT(r->n_commits, 1);
	if (r->n_commits)
		CHECK_STR(r->commits[0].ref, "f670752");
	/* 11 weeks, then 14-17, then 10-13, in document order */
	static const double want[3][2] = { { 11, 11 }, { 14, 17 }, { 10, 13 } };
	size_t k = 0;
	int last_line = 0;
	for (size_t i = 0; i < r->n_estimates && k < 3; i++) {
		const prr_estimate *e = &r->estimates[i];
		if (e->low == want[k][0] && e->high == want[k][1] &&
		    strcmp(e->unit, "weeks") == 0 && e->line > last_line) {
			last_line = e->line;
			k++;
		}
	}
	CHECK_INT(k, 3);
	const prr_checklist *cl = checklist(r, "Phase 1: Foundation (Weeks 1-2)");
	CHECK(cl && cl->n_items == 8 && done(cl) == 6);
	cl = checklist(r, "Phase 2: Observability Continuation (Weeks 3-6)");
	CHECK(cl && cl->n_items == 6 && done(cl) == 2);
	cl = checklist(r, "Phase 5: Production (Weeks 13-17)");
	CHECK(cl && cl->n_items == 5 && done(cl) == 0);
	char *json = json_of(r);
	CHECK(strstr(json, "\xE2\x80\x9A\xC3\xBA") == NULL); /* "‚ú" */
	CHECK(strstr(json, "\xC3\x94\xC3\xB8") == NULL);     /* "Ô∏" */
	CHECK_CONTAINS(json, "\xE2\x9C\x85");                /* ✅ */
	free(json);
	size_t notes = 0;
	for (size_t i = 0; i < d.n; i++)
		notes += strstr(d.v[i].message, "mojibake") != NULL;
	CHECK_INT(notes, 1);
	/* the paths its ✅ items, headings, findings and prose cite ("see
	 * PHASE2_TRACING_PLAN.md") */
	CHECK_INT(r->n_evidence, 20);
	CHECK(review_ev(r, "PHASE2_TRACING_PLAN.md") != NULL);
	const prr_evidence *e = review_ev(r, "coreengine/observability/metrics.go");
	CHECK(e && e->line == 84);
	CHECK(review_ev(r, "docker/prometheus.yml") != NULL);
	CHECK(review_ev(r, ".env") != NULL);
	CHECK_STR(r->revision, "claude/assess-prod-readiness-nTu7v");
done:
	prr_review_free(r);
	prr_diags_free(&d);
}

PRR_TEST(import__seed002_components_checks_findings)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = seed("002", &d);
	if (!r)
		goto done;
	CHECK_INT(r->n_components, 8);
	CHECK_INT(r->level, PRR_LEVEL_NOT_READY);
	if (r->n_components == 8) {
		const prr_component *c = &r->components[0];
		CHECK_STR(c->name, "Main Entry Point");
		CHECK_STR(c->kind, "CLI Application");
		CHECK_INT(c->status, PRR_FAIL);
		CHECK_INT(c->n_checks, 8);
		CHECK_INT(c->checks[0].status, PRR_FAIL);
		CHECK_STR(c->checks[0].note, "No test files found");
		CHECK_STR(c->checks[0].action, "Create comprehensive unit tests");
		CHECK_INT(c->checks[5].status, PRR_PASS);
		CHECK_INT(c->checks[7].status, PRR_PARTIAL);
		CHECK_INT(r->components[5].checks[5].status, PRR_NA);
		CHECK_STR(r->components[7].name, "Full System Integration");
		CHECK_INT(r->components[7].n_checks, 8);
		for (size_t i = 0; i < 8; i++)
			CHECK_INT(r->components[i].n_checks, 8);
	}
	CHECK_INT(r->n_findings, 7);
	if (r->n_findings == 7) {
		CHECK_STR(r->findings[0].title,
			  "Complete Absence of Testing Infrastructure");
		CHECK_INT(r->findings[0].severity, PRR_SEV_CRITICAL);
		CHECK_NUM(r->findings[0].effort.low, 40);
		CHECK_NUM(r->findings[0].effort.high, 60);
		CHECK_STR(r->findings[0].effort.unit, "hours");
		CHECK_INT(r->findings[5].severity, PRR_SEV_MEDIUM);
		CHECK_INT(r->findings[6].severity, PRR_SEV_HIGH);
	}
done:
	prr_review_free(r);
	prr_diags_free(&d);
}

PRR_TEST(import__seed003_checklists_and_audit)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = seed("003", &d);
	if (!r)
		goto done;
	CHECK_STR(r->date, "2025-11-11");
	const prr_checklist *cl = checklist(r, "Infrastructure Status");
	CHECK(cl && cl->n_items == 7 && done(cl) == 7);
	cl = checklist(r, "Phase 3: Error Handling & Failure Scenarios");
	CHECK(cl && cl->n_items == 9 && done(cl) == 8);
	cl = checklist(r, "Phase 4: Performance Baseline & Monitoring");
	CHECK(cl && cl->n_items == 20 && done(cl) == 19);
	cl = checklist(r, "Success Metrics");
	CHECK(cl && cl->n_items == 8 && done(cl) == 0);
	const prr_claim *a = claim(r, "Phase 3:");
	CHECK(a && !a->agrees);
	if (a) {
		CHECK_STR(a->stated, "90% (9/10)");
		CHECK_STR(a->computed, "89% (8/9)");
		CHECK_INT(a->line, 132);
	}
	a = claim(r, "Phase 4:");
	CHECK(a && a->agrees);
	if (a)
		CHECK_STR(a->stated, "95% (19/20)");
	char *json = json_of(r);
	CHECK(strstr(json, "\xE2\x80\x9A\xC3\xBA") == NULL);
	free(json);
	/* backticked scripts, a reference list's "(`/packages/…`)" */
	CHECK(review_ev(r, "start-dev.sh") != NULL);
	CHECK(review_ev(r, "packages/agents/base-agent/src/base-agent.ts") != NULL);
	CHECK(review_ev(r, "scripts/env/check-health.sh") != NULL);
	CHECK(r->n_evidence >= 10);
done:
	prr_review_free(r);
	prr_diags_free(&d);
}

PRR_TEST(import__seed004_waves_stories_evidence)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = seed("004", &d);
	if (!r)
		goto done;
	CHECK_STR(r->date, "2026-01-14");
	size_t planned = 0, stories = 0, counts[PRR_STATUS_COUNT] = { 0 };
	double points = 0;
	for (size_t w = 0; w < r->n_waves; w++) {
		if (!r->waves[w].planned)
			continue;
		planned++;
		for (size_t s = 0; s < r->waves[w].n_stories; s++) {
			stories++;
			points += r->waves[w].stories[s].points;
			counts[r->waves[w].stories[s].status]++;
		}
	}
	CHECK_INT(planned, 6);
	CHECK_INT(stories, 20);
	CHECK_NUM(points, 91);
	CHECK_INT(counts[PRR_PASS], 16);
	CHECK_INT(counts[PRR_PARTIAL], 3);
	CHECK_INT(counts[PRR_FAIL], 1);
	CHECK_INT(r->n_waves, 8);
	if (r->n_waves == 8) {
		CHECK(!r->waves[6].planned);
		CHECK(!r->waves[7].planned);
		CHECK_STR(r->waves[6].id, "W7");
		const prr_story *s = &r->waves[0].stories[0];
		CHECK_STR(s->id, "W1-S1");
		CHECK_NUM(s->points, 3);
		CHECK_INT(s->n_evidence, 1);
		if (s->n_evidence) {
			CHECK_STR(s->evidence[0].path, "package.json");
			CHECK_STR(s->evidence[0].token, "@anthropic-ai/sdk");
			CHECK(!s->evidence[0].absent);
		}
		CHECK_STR(r->waves[0].stories[2].evidence[0].path,
			  "src/config/schema.ts");
		s = &r->waves[3].stories[0];
		CHECK_INT(s->status, PRR_FAIL);
		CHECK(s->n_evidence == 1 && s->evidence[0].absent);
		if (s->n_evidence)
			CHECK_STR(s->evidence[0].token, "compact()");
		CHECK_STR(r->waves[5].stories[1].evidence[0].path,
			  "test/load/load.test.ts");
		/* a bare name after a path is beside it; alone, it is not */
		static const struct { size_t w, s; const char *name, *beside; }
		bare[] = {
			{ 2, 1, "MetricsRegistry.ts", "src/observability/Metrics.ts" },
			{ 5, 1, "LoadTester.ts", "test/load/load.test.ts" },
			{ 5, 2, "ChaosMonkey.ts", "test/chaos/chaos.test.ts" },
			{ 4, 2, "SecurityScanner.ts", NULL },
		};
		for (size_t k = 0; k < sizeof bare / sizeof bare[0]; k++) {
			const prr_story *st = &r->waves[bare[k].w].stories[bare[k].s];
			const prr_evidence *e = NULL;
			for (size_t i = 0; i < st->n_evidence; i++)
				if (strcmp(st->evidence[i].path, bare[k].name) == 0)
					e = &st->evidence[i];
			CHECK(e != NULL);
			if (e && bare[k].beside)
				CHECK_STR(e->beside, bare[k].beside);
			else if (e)
				CHECK(e->beside == NULL);
		}
	}
	const prr_claim *a = claim(r, "Story Points");
	CHECK(a && a->agrees && strcmp(a->stated, "91") == 0 &&
	      strcmp(a->computed, "91") == 0);
	a = claim(r, "Stories");
	CHECK(a && a->agrees && strcmp(a->computed, "20") == 0);
done:
	prr_review_free(r);
	prr_diags_free(&d);
}

/*** Own layouts (tests/data/md) ***/

PRR_TEST(import__crlf_task_list_and_plain_fields)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = doc("crlf.md", &d);
	CHECK(r != NULL);
	if (r) {
		CHECK_STR(r->date, "2025-03-04");
		CHECK_STR(r->status_text, "Done");
		/* "Done" says the work is, not that production may go: the
		 * words are kept, no level is read into them */
		CHECK_INT(r->level, PRR_LEVEL_UNKNOWN);
		const prr_checklist *cl = checklist(r, "Checks");
		CHECK(cl && cl->n_items == 3 && done(cl) == 2);
		if (cl) {
			CHECK_STR(cl->items[1].text, "Backups tested");
			CHECK_INT(cl->items[1].line, 9);
			CHECK_INT(cl->items[2].status, PRR_PASS);
		}
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

PRR_TEST(import__other_header_words_and_marks)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = doc("other_words.md", &d);
	CHECK(r != NULL);
	if (r) {
		CHECK_STR(r->date, "2025-06-30");
		CHECK_INT(r->n_components, 6);
		static const prr_status want[] = { PRR_PASS, PRR_FAIL,
			PRR_PENDING, PRR_PASS, PRR_FAIL, PRR_UNKNOWN };
		for (size_t i = 0; i < 6 && i < r->n_components; i++)
			CHECK_INT(r->components[i].status, want[i]);
		CHECK_INT(r->n_dimensions, 2);
		if (r->n_dimensions == 2) {
			CHECK_NUM(r->dimensions[0].score, 85);
			CHECK_NUM(r->dimensions[0].max, 100);
			CHECK_NUM(r->dimensions[1].score, 3.5);
			CHECK_NUM(r->dimensions[1].high, 4);
			CHECK_NUM(r->dimensions[1].max, 5);
		}
		CHECK(r->n_scores == 1 && r->scores[0].value == 78);
		bool version = false;
		for (size_t i = 0; i < r->n_fields; i++)
			version |= strcmp(r->fields[i].name, "Version") == 0 &&
				   strcmp(r->fields[i].value, "2.1") == 0;
		CHECK(version);
		/* "frobbed" is no status: a warning at its line */
		bool warned = false;
		for (size_t i = 0; i < d.n; i++)
			warned |= d.v[i].kind == PRR_DIAG_WARNING &&
				  d.v[i].line == 15 &&
				  strstr(d.v[i].message, "'frobbed'") != NULL;
		CHECK(warned);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

PRR_TEST(import__nested_marked_lists)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = doc("nested.md", &d);
	CHECK(r != NULL);
	if (r) {
		CHECK_STR(r->date, "2024-02-29");
		const prr_checklist *cl = checklist(r, "Go-live");
		CHECK(cl && cl->n_items == 3 && done(cl) == 2);
		if (cl)
			CHECK_INT(cl->items[2].status, PRR_PARTIAL);
		cl = checklist(r, "On-call rota");
		CHECK(cl && cl->n_items == 2 && done(cl) == 1);
		if (cl)
			CHECK_INT(cl->items[0].status, PRR_FAIL);
		/* the prose of "Notes" stays; the list is gone from "Go-live" */
		bool notes = false;
		for (size_t i = 0; i < r->n_sections; i++) {
			const prr_section *s = &r->sections[i];
			if (s->heading && strcmp(s->heading, "Notes") == 0)
				notes = s->markdown &&
					strcmp(s->markdown, "Plain prose stays here.\n") == 0;
			if (s->heading && strcmp(s->heading, "Go-live") == 0)
				CHECK(s->markdown == NULL);
		}
		CHECK(notes);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

PRR_TEST(import__tables_without_status_are_kept)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = doc("nostatus.md", &d);
	CHECK(r != NULL);
	if (r) {
		CHECK_INT(r->n_tables, 1);
		if (r->n_tables) {
			CHECK_INT(r->tables[0].n_cols, 3);
			CHECK_INT(r->tables[0].n_rows, 2);
			CHECK_STR(r->tables[0].header[1], "Lead");
			CHECK_STR(r->tables[0].rows[1][2], "#edge");
			CHECK_STR(r->tables[0].section, "People");
		}
		CHECK_INT(r->n_risks, 1);
		if (r->n_risks) {
			CHECK_STR(r->risks[0].title, "Vendor lock-in");
			CHECK_STR(r->risks[0].mitigation, "dual sourcing");
			CHECK_INT(r->risks[0].line, 16);
		}
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

PRR_TEST(import__no_structure_at_all)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = doc("plain.md", &d);
	CHECK(r == NULL); /* no date anywhere: an error naming the file */
	CHECK(d.errors == 1 && strstr(d.v[0].message, "no review date"));
	prr_diags_free(&d);
	/* the same text under a dated name: all of it is prose */
	prr_buf text = PRR_BUF_INIT, err = PRR_BUF_INIT;
	prr_read_file("tests/data/md/plain.md", PRR_MAX_INPUT, &text, &err);
	prr_import_md(&r, "reviews/2022-01-16.md", text.p, text.n, &d);
	CHECK(r != NULL);
	if (r) {
		CHECK_STR(r->date, "2022-01-16");
		CHECK_INT(r->n_sections, 1);
		CHECK(r->sections[0].heading == NULL);
		CHECK_CONTAINS(r->sections[0].markdown, "Another paragraph.");
	}
	prr_review_free(r);
	prr_buf_free(&text);
	prr_buf_free(&err);
	prr_diags_free(&d);
}

PRR_TEST(import__claims_from_own_tables)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = doc("claims.md", &d);
	CHECK(r != NULL);
	if (r) {
		CHECK_INT(r->n_waves, 1);
		if (r->n_waves) {
			CHECK_INT(r->waves[0].n_stories, 3);
			CHECK_INT(r->waves[0].stories[1].status, PRR_PENDING);
			CHECK_INT(r->waves[0].stories[2].status, PRR_PENDING);
			CHECK_NUM(r->waves[0].stories[2].points, 5);
		}
		const prr_claim *a = claim(r, "Exit criteria");
		CHECK(a && !a->agrees);
		if (a)
			CHECK_STR(a->computed, "67% (2/3)");
		a = claim(r, "Total Unit");
		CHECK(a && a->agrees);
		a = claim(r, "Total E2E"); /* 2/2 + 1/3 is 3/5 */
		CHECK(a && !a->agrees && strcmp(a->stated, "4/5") == 0 &&
		      strcmp(a->computed, "3/5") == 0);
		CHECK(r->n_estimates == 1 && r->estimates[0].low == 3 &&
		      r->estimates[0].high == 4);
		CHECK_INT(r->n_components, 2);
		if (r->n_components == 2)
			CHECK_INT(r->components[1].checks[1].status, PRR_PARTIAL);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

PRR_TEST(import__windows1252_mojibake_repaired)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = doc("win1252.md", &d);
	CHECK(r != NULL);
	if (r) {
		const prr_checklist *cl = checklist(r, "Review");
		CHECK(cl && cl->n_items == 2 && done(cl) == 1);
		if (cl)
			CHECK_INT(cl->items[1].status, PRR_FAIL);
	}
	CHECK(d.n == 1 && strstr(d.v[0].message, "Windows-1252"));
	prr_review_free(r);
	prr_diags_free(&d);
}

/*** Robustness ***/

PRR_TEST(import__invalid_utf8_is_an_error_with_line_and_column)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = str("# T\n\nDate: 2020-01-01\nab\xFF\n", &d);
	CHECK(r == NULL);
	CHECK(d.errors == 1 && d.v[0].line == 4 && d.v[0].col == 3);
	prr_diags_free(&d);
}

PRR_TEST(import__hostile_shapes_do_not_crash)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_buf b = PRR_BUF_INIT;
	/* 10,000-deep nested lists */
	for (int i = 0; i < 10000; i++)
		prr_buf_adds(&b, "- ");
	prr_buf_adds(&b, "x\n");
	prr_review *r = str(b.p, &d);
	CHECK(r != NULL);
	prr_review_free(r);
	/* a 1,000-column table */
	prr_buf_reset(&b);
	for (int row = 0; row < 3; row++) {
		for (int i = 0; i < 1000; i++)
			prr_buf_adds(&b, row == 1 ? "|---" : "| ✅ ");
		prr_buf_adds(&b, "|\n");
	}
	r = str(b.p, &d);
	CHECK(r != NULL);
	prr_review_free(r);
	/* an unterminated fence, a NUL byte, an empty document */
	static const char nul[] = "# A\n\n```\nno end\x00 here\n- [x] x";
	prr_diags_clear(&d);
	r = NULL;
	prr_import_md(&r, "2020-01-01.md", nul, sizeof nul - 1, &d);
	CHECK(r != NULL);
	CHECK(d.warnings == 1);
	prr_review_free(r);
	r = str("", &d);
	CHECK(r != NULL && r->n_sections == 0);
	prr_review_free(r);
	prr_buf_free(&b);
	prr_diags_free(&d);
}

/*
 * Many tables or "Files:" lines under one heading: a component's checks, a
 * wave's stories and its evidence grow by doubling.  (They were copied
 * whole per table: 19 GB of arena for a 2 MB document.)  The arena's total
 * stays proportional to the document.
 */
PRR_TEST(import__many_tables_under_one_heading_stay_linear)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_buf b = PRR_BUF_INIT;
	prr_buf_adds(&b, "# T\n\n## Component: Api\n\n");
	for (int i = 0; i < 3000; i++)
		prr_buf_addf(&b, "### C%d\n| Check | Status |\n|---|---|\n"
			     "| a%d | PASS |\n\n**Files:** src/f%d.c\n\n", i, i, i);
	prr_buf_adds(&b, "## Wave 1: W\n\n");
	for (int i = 0; i < 3000; i++)
		prr_buf_addf(&b, "### P%d\n| Story | Status |\n|---|---|\n"
			     "| S%d: x | DONE |\n\n", i, i);
	prr_review *r = str(b.p, &d);
	CHECK(r != NULL);
	if (r) {
		CHECK(r->n_components == 1 && r->components[0].n_checks == 3000);
		CHECK(r->n_components == 1 && r->components[0].n_evidence == 3000);
		CHECK(r->n_waves == 1 && r->waves[0].n_stories == 3000);
		CHECK(prr_arena_size(&r->arena) < 20 * b.n);
	}
	prr_review_free(r);
	prr_buf_free(&b);
	prr_diags_free(&d);
}

/*** Vocabulary ***/

PRR_TEST(import__status_words_and_marks)
{
	static const struct { const char *s; prr_status st; } cases[] = {
		{ "✅", PRR_PASS }, { "✔", PRR_PASS }, { "☑", PRR_PASS },
		{ "[x]", PRR_PASS }, { "PASS", PRR_PASS }, { "Done", PRR_PASS },
		{ "**COMPLETE**", PRR_PASS }, { "READY", PRR_PASS },
		{ "HEALTHY", PRR_PASS }, { "⚠️ Moderate", PRR_PARTIAL },
		{ "PARTIAL", PRR_PARTIAL }, { "warning", PRR_PARTIAL },
		{ "❌", PRR_FAIL }, { "✗", PRR_FAIL }, { "FAIL", PRR_FAIL },
		{ "NOT READY", PRR_FAIL }, { "NOT FOUND", PRR_FAIL },
		{ "Missing", PRR_FAIL }, { "Blocked", PRR_FAIL },
		{ "⏳ PENDING", PRR_PENDING }, { "🚧", PRR_PENDING },
		{ "⏸️", PRR_PENDING }, { "PLANNED", PRR_PENDING },
		{ "In progress", PRR_PENDING }, { "WIP", PRR_PENDING },
		{ "N/A", PRR_NA }, { "11/11 ✅", PRR_PASS },
		/* every row of the tables, to the last word of the last */
		{ "En attente", PRR_PENDING }, { "waived", PRR_NA },
		{ "Conditional pass", PRR_PARTIAL }, { "SIM", PRR_PASS },
		{ "Não iniciado", PRR_PENDING }, { "Não", PRR_FAIL },
		{ "対応済", PRR_PASS }, { "一部", PRR_PARTIAL },
		{ "不合格", PRR_FAIL }, { "保留", PRR_PENDING },
		/* not applicable, in other words */
		{ "entf\xC3\xA4llt", PRR_NA }, { "No aplica", PRR_NA },
		{ "Sans objet", PRR_NA }, { "N\xC3\xA3o se aplica", PRR_NA },
		{ "Nicht anwendbar", PRR_NA }, { "No", PRR_FAIL },
		/* a negation that holds the word it denies: fail, never pass */
		{ "\xE6\x9C\xAA\xE9\x80\x9A\xE8\xBF\x87", PRR_FAIL }, /* 未通过 */
		{ "\xE9\x80\x9A\xE8\xBF\x87", PRR_PASS },                /* 通过 */
		{ "non superato", PRR_FAIL }, { "superato", PRR_PASS },
		{ "parziale", PRR_PARTIAL }, { "in attesa", PRR_PENDING },
		{ "\xED\x86\xB5\xEA\xB3\xBC", PRR_PASS },                /* 통과 */
		{ "\xEB\xB6\x80\xEB\xB6\x84 \xED\x86\xB5\xEA\xB3\xBC", PRR_PARTIAL },
		{ "\xED\x95\xB4\xEB\x8B\xB9 \xEC\x97\x86\xEC\x9D\x8C", PRR_NA },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		bool known = false;
		prr_status st = prr_status_from_text(cases[i].s,
						     strlen(cases[i].s), &known);
		if (st != cases[i].st || !known)
			prr_test_fail(__FILE__, __LINE__, "'%s' gave %s",
				      cases[i].s, prr_status_name(st));
	}
	bool known = true;
	CHECK_INT(prr_status_from_text("frobbed", 7, &known), PRR_UNKNOWN);
	CHECK(!known);
	CHECK_INT(prr_level_from_text("NOT READY", 9), PRR_LEVEL_NOT_READY);
	CHECK_INT(prr_severity_from_text("Severity: High", 14), PRR_SEV_HIGH);
	CHECK_INT(prr_severity_from_text("blocker", 7), PRR_SEV_CRITICAL);
	CHECK_INT(prr_severity_from_text("(P3)", 4), PRR_SEV_LOW);
	CHECK_INT(prr_severity_from_text("Informational", 13), PRR_SEV_INFO);
	CHECK_INT(prr_severity_from_text("Info-ish", 8), PRR_SEV_INFO);
	CHECK_INT(prr_severity_from_text("Highest", 7), PRR_SEV_UNKNOWN);
}

/* The words of the thirteen languages read since: each status, and each
 * negation that holds the word it denies (fail, never pass). */
PRR_TEST(import__status_words_more_languages)
{
	static const struct { const char *s; prr_status st; } cases[] = {
		/* Swedish, Danish, Norwegian */
		{ "Godkänd", PRR_PASS }, { "Underkänd", PRR_FAIL },
		{ "Delvis", PRR_PARTIAL }, { "Ej testad", PRR_PENDING },
		{ "Ej tillämplig", PRR_NA }, { "Ej godkänd", PRR_FAIL },
		{ "Godkänd med villkor", PRR_PARTIAL },
		{ "Godkendt", PRR_PASS }, { "Ikke godkendt", PRR_FAIL },
		{ "Delvist", PRR_PARTIAL }, { "Ikke relevant", PRR_NA },
		{ "Godkjent", PRR_PASS }, { "Ikke bestått", PRR_FAIL },
		{ "Mangler delvis", PRR_PARTIAL }, { "Ikke klar", PRR_FAIL },
		/* Finnish, Czech, Ukrainian */
		{ "Kunnossa", PRR_PASS }, { "Ei täytä", PRR_FAIL },
		{ "Osittain", PRR_PARTIAL }, { "Ei aloitettu", PRR_PENDING },
		{ "EI VALMIS", PRR_FAIL }, { "Valmis", PRR_PASS },
		{ "Splněno", PRR_PASS }, { "Nesplněno", PRR_FAIL },
		{ "ČÁSTEČNĚ", PRR_PARTIAL }, { "Neúspěšné", PRR_FAIL },
		{ "Виконано", PRR_PASS }, { "Не виконано", PRR_FAIL },
		{ "Частково", PRR_PARTIAL }, { "Не розпочато", PRR_PENDING },
		{ "В роботі", PRR_PENDING }, { "НЕ ГОТОВО", PRR_FAIL },
		/* Hungarian, Romanian, Indonesian */
		{ "Megfelelt", PRR_PASS }, { "Nem felelt meg", PRR_FAIL },
		{ "Részben", PRR_PARTIAL }, { "Folyamatban", PRR_PENDING },
		{ "Nem alkalmazható", PRR_NA }, { "Îndeplinit", PRR_PASS },
		{ "Neîndeplinit", PRR_FAIL }, { "Parțial", PRR_PARTIAL },
		{ "În curs", PRR_PENDING }, { "Nu se aplică", PRR_NA },
		{ "Lulus", PRR_PASS }, { "Gagal", PRR_FAIL },
		{ "Sebagian", PRR_PARTIAL }, { "Belum diuji", PRR_PENDING },
		{ "Tidak berlaku", PRR_NA }, { "Tidak lulus", PRR_FAIL },
		/* Greek, Hebrew, Arabic, Thai */
		{ "Εντάξει", PRR_PASS }, { "ΜΕΡΙΚΏΣ", PRR_PARTIAL },
		{ "Μερικώς", PRR_PARTIAL }, { "Σε εξέλιξη", PRR_PENDING },
		{ "Απέτυχε", PRR_FAIL }, { "עבר", PRR_PASS },
		{ "לא עבר", PRR_FAIL }, { "חלקי", PRR_PARTIAL },
		{ "נכשל", PRR_FAIL }, { "ناجح", PRR_PASS },
		{ "غير ناجح", PRR_FAIL }, { "جزئي", PRR_PARTIAL },
		{ "فاشل", PRR_FAIL }, { "ผ่าน", PRR_PASS },
		{ "ไม่ผ่าน", PRR_FAIL }, { "บางส่วน", PRR_PARTIAL },
		{ "ยังไม่เริ่ม", PRR_PENDING },
		/* a word inside another is not that word: "מעבר" (a
		 * passage) holds "עבר" (passed) */
		{ "מעבר", PRR_UNKNOWN }, { "Nepřipraveno", PRR_FAIL },
		/* English, found on the way */
		{ "Not approved", PRR_FAIL },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		bool known = false;
		prr_status st = prr_status_from_text(cases[i].s,
						     strlen(cases[i].s), &known);
		if (st != cases[i].st || known != (cases[i].st != PRR_UNKNOWN))
			prr_test_fail(__FILE__, __LINE__, "'%s' gave %s",
				      cases[i].s, prr_status_name(st));
	}
}

PRR_TEST(import__numbers)
{
	double v, hi, max, lo;
	const char *unit;
	CHECK(prr_parse_score("6.85/10", 7, &v, &hi, &max) == 0 && v == 6.85 &&
	      max == 10 && !prr_has(hi));
	const char *s = "7.0\xE2\x80\x93" "7.5/10 (70-75%)";
	CHECK(prr_parse_score(s, strlen(s), &v, &hi, &max) == 0 && v == 7 &&
	      hi == 7.5 && max == 10);
	CHECK(prr_parse_score("85%", 3, &v, &hi, &max) == 0 && v == 85 &&
	      max == 100);
	CHECK(prr_parse_score("8 apples", 8, &v, &hi, &max) < 0);
	int a, b;
	CHECK(prr_parse_count("(9/9 criteria ready)", 20, &a, &b) == 0 &&
	      a == 9 && b == 9);
	CHECK(prr_parse_count("543 tests passing", 17, &a, &b) == 0 &&
	      a == 543 && b == -1);
	CHECK(prr_parse_count("on 2024/12/01", 13, &a, &b) < 0);
	CHECK(prr_parse_effort("40-60 hours", 11, &lo, &hi, &unit) == 0 &&
	      lo == 40 && hi == 60 && strcmp(unit, "hours") == 0);
	CHECK(prr_parse_effort("~2-3 weeks", 10, &lo, &hi, &unit) == 0 &&
	      lo == 2 && hi == 3 && strcmp(unit, "weeks") == 0);
	CHECK(prr_parse_effort("3 apples", 8, &lo, &hi, &unit) < 0);
	CHECK(prr_parse_points("3 pts", 5, &v) == 0 && v == 3);
	CHECK(prr_parse_points("3 days", 6, &v) < 0);
}

PRR_TEST(import__mojibake_tables)
{
	prr_buf out = PRR_BUF_INIT;
	prr_mojibake m;
	/* ✅ ⚠️ 🚧 as Mac Roman mojibake */
	const char *mac = "a \xE2\x80\x9A\xC3\xBA\xC3\x96 b "
			  "\xE2\x80\x9A\xC3\xB6\xE2\x80\xA0\xC3\x94\xE2\x88\x8F\xC3\xA8 "
			  "\xEF\xA3\xBF\xC3\xBC\xC3\xB6\xC3\x9F";
	CHECK_INT(prr_mojibake_repair(&out, mac, strlen(mac), &m), 4);
	CHECK_INT(m.codepage, PRR_CP_MAC_ROMAN);
	CHECK_STR(out.p, "a \xE2\x9C\x85 b \xE2\x9A\xA0\xEF\xB8\x8F \xF0\x9F\x9A\xA7");
	prr_buf_reset(&out);
	/* clean text: nothing to do */
	const char *ok = "caf\xC3\xA9 \xE2\x9C\x85 \xE2\x80\x94 done";
	CHECK_INT(prr_mojibake_repair(&out, ok, strlen(ok), &m), 0);
	CHECK_INT(out.n, 0);
	prr_buf_free(&out);
}

PRR_TEST(import__tables_by_meaning)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = doc("tables.md", &d);
	CHECK(r != NULL);
	if (!r)
		goto done;
	/* a matrix of marks: a check per cell; "Average" is a summary row */
	CHECK_INT(r->n_components, 2);
	if (r->n_components == 2) {
		CHECK_STR(r->components[0].name, "Ledger");
		CHECK_INT(r->components[0].n_checks, 3);
		if (r->components[0].n_checks == 3) {
			CHECK_STR(r->components[0].checks[1].category, "Security");
			CHECK_INT(r->components[0].checks[1].status, PRR_FAIL);
			CHECK_INT(r->components[0].checks[2].status, PRR_PARTIAL);
		}
		/* an empty cell is no check: not assessed */
		CHECK_INT(r->components[1].n_checks, 2);
		if (r->components[1].n_checks == 2)
			CHECK_STR(r->components[1].checks[1].category, "Security");
	}
	/* before/after: the latest column; bare numbers on the header's
	 * scale; a change ("+2") is not a score */
	size_t latency = 0, safety = 0, cost = 0, speed = 0;
	for (size_t i = 0; i < r->n_dimensions; i++) {
		const prr_dimension *dm = &r->dimensions[i];
		if (strcmp(dm->name, "Latency") == 0) {
			latency++;
			CHECK_NUM(dm->score, 7);
			CHECK_NUM(dm->max, 10);
		} else if (strcmp(dm->name, "Safety") == 0) {
			safety++;
			CHECK_NUM(dm->score, 8);
			CHECK_NUM(dm->max, 10);
		} else if (strcmp(dm->name, "Cost") == 0) {
			cost++;
			CHECK_NUM(dm->score, 6.5);
		} else if (strcmp(dm->name, "Speed") == 0) {
			speed++;
		}
	}
	CHECK_INT(latency, 1);
	CHECK_INT(safety, 1);
	CHECK_INT(cost, 1);
	CHECK_INT(speed, 0);
	/* a points column is no story column: "Sprint | Story Points
	 * Completed" names one sprint, with no points planned */
	CHECK_INT(r->n_waves, 1);
	if (r->n_waves == 1) {
		CHECK_STR(r->waves[0].name, "One");
		CHECK_INT(r->waves[0].n_stories, 0);
		CHECK(!prr_has(r->waves[0].planned_points));
	}
	/* questions and stray figures are kept as tables; the stray figures
	 * are said to be not imported */
	bool questions = false, said = false;
	for (size_t i = 0; i < r->n_tables; i++)
		questions |= strcmp(r->tables[i].header[0], "Question") == 0;
	for (size_t i = 0; i < d.n; i++)
		said |= strstr(d.v[i].message, "not imported: a table") != NULL &&
			d.v[i].line == 43;
	CHECK(questions);
	CHECK(said);
done:
	prr_review_free(r);
	prr_diags_free(&d);
}

PRR_TEST(import__unplaced_list_said)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = doc("lists.md", &d);
	CHECK(r != NULL);
	if (!r)
		goto done;
	/* a list of figures nothing took is said once, at its first figure;
	 * a list of prose and a list that became estimates are not */
	int said = 0, line = 0;
	for (size_t i = 0; i < d.n; i++)
		if (strstr(d.v[i].message, "not imported: a list of 3 figures")) {
			said++;
			line = d.v[i].line;
		} else {
			CHECK(!strstr(d.v[i].message, "not imported: a list"));
		}
	CHECK_INT(said, 1);
	CHECK_INT(line, 7);
	CHECK_INT(r->n_estimates, 2);
done:
	prr_review_free(r);
	prr_diags_free(&d);
}
