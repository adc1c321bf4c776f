/* test_figures.c - the compute stage on hand-built models with the
 * numbers of the seed documents (000-004), and on crafted cases. */
#include "test.h"

#include "prr/figures_json.h"
#include "prr/fsutil.h"
#include "prr/gate.h"
#include "prr/load.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

/*** Building models by hand ***/

static prr_review *review(const char *date)
{
	prr_review *r = prr_review_new();
	r->project = "Demo";
	r->date = date;
	return r;
}

/* A component whose checks are given as "Category=status" pairs; status
 * is a prr_status_name or "11/11" counts (status unknown). */
static void component(prr_review *r, size_t cap, const char *name, ...)
{
	if (!r->components)
		r->components = prr_arena_array(&r->arena, cap, sizeof *r->components);
	prr_component *c = &r->components[r->n_components++];
	c->name = name;
	c->line = (int)r->n_components;
	c->checks = prr_arena_array(&r->arena, 16, sizeof *c->checks);
	va_list ap;
	va_start(ap, name);
	const char *spec;
	while ((spec = va_arg(ap, const char *)) != NULL) {
		prr_check *k = &c->checks[c->n_checks++];
		const char *eq = strchr(spec, '=');
		k->category = prr_arena_strndup(&r->arena, spec, (size_t)(eq - spec));
		k->passed = k->total = -1;
		int p, t;
		char st[16] = "";
		if (sscanf(eq + 1, "%d/%d %15s", &p, &t, st) >= 2) {
			k->passed = p;
			k->total = t;
			k->status = st[0] ? (prr_status)prr_status_parse(st) : PRR_UNKNOWN;
		} else {
			k->status = (prr_status)prr_status_parse(eq + 1);
		}
	}
	va_end(ap);
}

static void checklist(prr_review *r, size_t cap, const char *title, int done,
		      int total)
{
	if (!r->checklists)
		r->checklists = prr_arena_array(&r->arena, cap, sizeof *r->checklists);
	prr_checklist *l = &r->checklists[r->n_checklists++];
	l->title = title;
	l->items = prr_arena_array(&r->arena, (size_t)total, sizeof *l->items);
	l->n_items = (size_t)total;
	for (int i = 0; i < done; i++)
		l->items[i].done = true;
}

static void claim(prr_review *r, size_t cap, const char *what,
		  const char *stated, const char *computed, bool agrees)
{
	if (!r->audit)
		r->audit = prr_arena_array(&r->arena, cap, sizeof *r->audit);
	prr_claim *c = &r->audit[r->n_audit++];
	c->claim = what;
	c->stated = stated;
	c->computed = computed;
	c->agrees = agrees;
	c->line = 100 + (int)r->n_audit;
}

static prr_reviews set_of(prr_review **v, size_t n)
{
	prr_reviews s = { 0 };
	s.config = prr_config_default();
	s.v = prr_xmalloc(n * sizeof *s.v);
	for (size_t i = 0; i < n; i++)
		s.v[i] = v[i];
	s.n = n;
	s.n_projects = 1;
	return s;
}

/*** 002: the 8 x 8 table ***/

static prr_review *seed_002(void)
{
	prr_review *r = review("2025-01-06");
	static const char *const names[] = { "Main Entry Point", "MoE Model Module",
		"Memory Manager", "Training Module", "Inference Engine",
		"Configuration Module", "Shadow Memory Manager",
		"Full System Integration" };
	for (size_t i = 0; i < 8; i++) {
		const char *logging = i == 0 ? "Logging=pass"
				    : i == 5 ? "Logging=na" : "Logging=partial";
		const char *manual = i == 0 || i == 5 ? "Manual Test=partial"
						      : "Manual Test=fail";
		component(r, 8, names[i], "Unit Tests=fail", "Linting=fail",
			  "Type Checking=fail", "Integration Tests=fail",
			  "Code Coverage=fail", logging, "Documentation=fail",
			  manual, NULL);
	}
	r->findings = prr_arena_array(&r->arena, 7, sizeof *r->findings);
	static const prr_severity sev[] = { PRR_SEV_CRITICAL, PRR_SEV_CRITICAL,
		PRR_SEV_HIGH, PRR_SEV_HIGH, PRR_SEV_HIGH, PRR_SEV_MEDIUM,
		PRR_SEV_HIGH };
	static const char *const titles[] = {
		"Complete Absence of Testing Infrastructure", "No Code Quality Tools",
		"Missing Documentation", "No CI/CD Pipeline",
		"Insufficient Error Handling", "No Performance Benchmarks",
		"Security Considerations Missing" };
	for (size_t i = 0; i < 7; i++) {
		r->findings[i].severity = sev[i];
		r->findings[i].title = titles[i];
		r->findings[i].line = 300 + (int)i;
	}
	r->n_findings = 7;
	return r;
}

PRR_TEST(figures__seed_002_component_readiness)
{
	prr_review *r = seed_002();
	prr_arena a = PRR_ARENA_INIT;
	prr_scorecard s;
	prr_score_review(&s, &a, r, NULL);
	CHECK_INT(s.n_comps, 8);
	CHECK_INT(s.n_categories, 8);
	CHECK_NUM(s.comps[0].readiness, 18.75);
	CHECK_NUM(s.comps[5].readiness, 50.0 / 7);       /* 7.14 % */
	CHECK_INT(prr_tally_applicable(&s.comps[5].tally), 7);
	for (size_t i = 1; i < 8; i++)
		if (i != 5)
			CHECK_NUM(s.comps[i].readiness, 6.25);
	CHECK_INT(s.tally.pass, 1);
	CHECK_INT(s.tally.partial, 8);
	CHECK_INT(s.tally.na, 1);
	CHECK_INT(prr_tally_applicable(&s.tally), 63);
	CHECK_NUM(s.readiness, 500.0 / 63);              /* 7.94 % */
	CHECK_INT(s.level, PRR_LEVEL_NOT_READY);
	CHECK_INT(s.findings[PRR_SEV_CRITICAL], 2);
	/* 2 critical findings and 8 not-ready components */
	CHECK_INT(s.n_blockers, 10);
	CHECK_STR(s.blockers[0].kind, "finding");
	CHECK_STR(s.blockers[2].name, "Main Entry Point");
	/* the matrix: Logging of Configuration Module is na */
	int cell = s.comps[5].cells[5];
	CHECK_INT(cell, 5);
	CHECK_INT(s.comps[5].checks[cell].status, PRR_NA);
	prr_arena_free(&a);
	prr_review_free(r);
}

/*** 000: test counts ***/

PRR_TEST(figures__seed_000_test_counts_and_checklists)
{
	prr_review *r = review("2024-12-01");
	component(r, 6, "ProgressTracker", "Unit Tests=11/11 pass",
		  "Integration Tests=1/1 pass", NULL);
	component(r, 6, "SessionManager", "Unit Tests=10/10 pass",
		  "Integration Tests=1/1 pass", NULL);
	component(r, 6, "CheckpointManager", "Unit Tests=9/9 pass",
		  "Integration Tests=1/1 pass", NULL);
	component(r, 6, "SkillLoader", "Unit Tests=11/11 pass",
		  "Integration Tests=1/1 pass", NULL);
	component(r, 6, "SkillMatcher", "Unit Tests=9/9 pass",
		  "Integration Tests=1/1 pass", NULL);
	component(r, 6, "Orchestrator Integration", "Unit Tests=na",
		  "Integration Tests=1/1 pass", NULL);
	checklist(r, 2, "Integration Readiness", 6, 8);
	checklist(r, 2, "Production Readiness", 0, 7);
	prr_arena a = PRR_ARENA_INIT;
	prr_scorecard s;
	prr_score_review(&s, &a, r, NULL);
	CHECK_INT(s.tally.tests_passed, 56);
	CHECK_INT(s.tally.tests_total, 56);
	CHECK_INT(s.tally.pass, 11);
	CHECK_INT(s.tally.na, 1);
	CHECK_NUM(s.readiness, 100);
	CHECK_INT(s.level, PRR_LEVEL_READY);
	CHECK_INT(s.n_lists, 2);
	CHECK_INT(s.lists[0].done, 6);
	CHECK_INT(s.lists[0].total, 8);
	CHECK_NUM(s.lists[0].percent, 75);
	CHECK_INT(s.lists[1].done, 0);
	CHECK_INT(s.lists[1].total, 7);
	CHECK_NUM(s.lists[1].percent, 0);
	prr_arena_free(&a);
	prr_review_free(r);
}

PRR_TEST(figures__checklist_items_not_applicable_apart)
{
	prr_review *r = review("2026-06-10");
	checklist(r, 1, "Checks", 3, 6);
	r->checklists[0].items[3].status = PRR_NA;
	r->checklists[0].items[4].status = PRR_PARTIAL;
	prr_arena a = PRR_ARENA_INIT;
	prr_scorecard s;
	prr_score_review(&s, &a, r, NULL);
	/* 3 done of the 5 that apply; the N/A one counted apart */
	CHECK_INT(s.lists[0].done, 3);
	CHECK_INT(s.lists[0].total, 5);
	CHECK_INT(s.lists[0].na, 1);
	CHECK_INT(s.lists[0].partial, 1);
	CHECK_NUM(s.lists[0].percent, 60);
	prr_arena_free(&a);
	prr_review_free(r);
}

PRR_TEST(figures__counts_without_a_status_word)
{
	prr_review *r = review("2026-01-01");
	component(r, 1, "A", "All=11/11", "None=0/4", "Some=3/4", "Empty=0/0", NULL);
	prr_arena a = PRR_ARENA_INIT;
	prr_scorecard s;
	prr_score_review(&s, &a, r, NULL);
	CHECK_INT(s.comps[0].checks[0].status, PRR_PASS);
	CHECK(s.comps[0].checks[0].from_counts);
	CHECK_INT(s.comps[0].checks[1].status, PRR_FAIL);
	CHECK_INT(s.comps[0].checks[2].status, PRR_PARTIAL);
	CHECK_INT(s.comps[0].checks[3].status, PRR_UNKNOWN);
	CHECK_INT(s.tally.unknown, 1);
	CHECK_NUM(s.readiness, 1.5 / 3 * 100);
	CHECK_INT(s.level, PRR_LEVEL_PARTIAL);
	prr_arena_free(&a);
	prr_review_free(r);
}

/*** 001: dimensions and the estimate series ***/

static prr_review *seed_001(void)
{
	prr_review *r = review("2026-01-23");
	static const char *const names[] = { "Code Quality & Testing",
		"Architecture & Design", "Error Handling", "Observability",
		"Security", "Operations", "Recent Changes" };
	static const double scores[] = { 8, 8, 8, 7, 4, 5, 8 };
	r->dimensions = prr_arena_array(&r->arena, 7, sizeof *r->dimensions);
	for (size_t i = 0; i < 7; i++) {
		prr_dimension *d = &r->dimensions[i];
		d->name = names[i];
		d->score = scores[i];
		d->high = d->weight = PRR_NONE;
		d->max = 10;
		d->line = 200 + (int)i;
	}
	r->n_dimensions = 7;
	r->scores = prr_arena_array(&r->arena, 2, sizeof *r->scores);
	r->scores[0] = (prr_score){ "Original Assessment", 6.85, PRR_NONE, 10, 180 };
	r->scores[1] = (prr_score){ "After Phase 1 Metrics", 7.0, 7.5, 10, 182 };
	r->n_scores = 2;
	r->estimates = prr_arena_array(&r->arena, 4, sizeof *r->estimates);
	r->estimates[0] = (prr_estimate){ "Total Additional Work", 9, 14, "weeks", 233 };
	r->estimates[1] = (prr_estimate){ "Original Timeline", 11, 11, "weeks", 390 };
	r->estimates[2] = (prr_estimate){ "After Test Fixes", 14, 17, "weeks", 391 };
	r->estimates[3] = (prr_estimate){ "Current (With Phase 1 Complete)", 10, 13,
					  "weeks", 392 };
	r->n_estimates = 4;
	return r;
}

PRR_TEST(figures__seed_001_unweighted_dimension_mean)
{
	prr_review *r = seed_001();
	prr_arena a = PRR_ARENA_INIT;
	prr_scorecard s;
	prr_score_review(&s, &a, r, NULL);
	CHECK_NUM(s.dims.value, 48.0 / 7);
	char text[16];
	snprintf(text, sizeof text, "%.2f", s.dims.value);
	CHECK_STR(text, "6.86");
	CHECK_NUM(s.dims.high, 48.0 / 7);
	CHECK_STR(s.dims.dims[0].weight_from, "equal");
	prr_arena_free(&a);
	prr_review_free(r);
}

PRR_TEST(figures__weights_from_config_then_document_and_ranges)
{
	prr_review *r = review("2026-01-01");
	r->dimensions = prr_arena_array(&r->arena, 2, sizeof *r->dimensions);
	r->dimensions[0] = (prr_dimension){ "Security", 4, 6, 10, 1, 0, NULL, 1 };
	r->dimensions[1] = (prr_dimension){ "Docs", 8, PRR_NONE, 10, 3, 0, NULL, 2 };
	r->n_dimensions = 2;
	prr_config *c = prr_config_default();
	c->weights = prr_arena_array(&c->arena, 1, sizeof *c->weights);
	c->weights[0] = (prr_weight){ "security", 1, 1 };
	c->n_weights = 1;
	prr_arena a = PRR_ARENA_INIT;
	prr_scorecard s;
	prr_score_review(&s, &a, r, c);
	CHECK_STR(s.dims.dims[0].weight_from, "config");
	CHECK_STR(s.dims.dims[1].weight_from, "document");
	CHECK_NUM(s.dims.value, (1 * 0.4 + 3 * 0.8) / 4 * 10);
	CHECK_NUM(s.dims.high, (1 * 0.6 + 3 * 0.8) / 4 * 10);
	prr_arena_free(&a);
	prr_config_free(c);
	prr_review_free(r);
}

/* Seed 001's "Original Timeline: 11 weeks", "After Test Fixes: 14-17
 * weeks", "Current: 10-13 weeks" are estimates of one review: a revision
 * is one stated again by a later review, so none is a slip series. */
PRR_TEST(figures__seed_001_estimate_slip_series)
{
	prr_review *r = seed_001();
	prr_arena a = PRR_ARENA_INIT;
	prr_revfig f = { r };
	prr_score_review(&f.score, &a, r, NULL);
	prr_timeline t;
	prr_timeline_build(&t, &a, &f, 1, NULL, 0, NULL, 0);
	CHECK_INT(t.n_slips, 0);
	/* the review event and its four estimates, all on the review's date */
	CHECK_INT(t.n, 5);
	CHECK_INT(t.events[0].kind, PRR_EV_REVIEW);
	CHECK_NUM(t.events[0].high, 48.0 / 7);
	prr_arena_free(&a);
	prr_review_free(r);
}

/*** 004: plan versus actual ***/

static void wave(prr_review *r, const char *id, bool planned, const char *spec)
{
	if (!r->waves)
		r->waves = prr_arena_array(&r->arena, 8, sizeof *r->waves);
	prr_wave *w = &r->waves[r->n_waves++];
	w->id = id;
	w->planned = planned;
	w->planned_points = PRR_NONE;
	w->stories = prr_arena_array(&r->arena, 8, sizeof *w->stories);
	/* spec: "3p 5a 3p": points and p(ass) a (partial) m(issing) */
	for (const char *p = spec; *p;) {
		char *end;
		double pts = strtod(p, &end);
		prr_story *s = &w->stories[w->n_stories++];
		s->id = prr_arena_printf(&r->arena, "%s-S%zu", id, w->n_stories);
		s->points = pts;
		s->status = *end == 'p' ? PRR_PASS : *end == 'a' ? PRR_PARTIAL
								 : PRR_FAIL;
		p = end + 1;
		while (*p == ' ')
			p++;
	}
}

static prr_review *seed_004(void)
{
	prr_review *r = review("2026-01-14");
	wave(r, "W1", true, "3p 5a 3p");
	wave(r, "W2", true, "8p 5p 3p");
	wave(r, "W3", true, "5p 5p 3p");
	wave(r, "W4", true, "3m 3p 3p 5p");
	wave(r, "W5", true, "5p 3p 8a");
	wave(r, "W6", true, "8p 5p 5p 3a");
	wave(r, "W7", false, "");
	wave(r, "W8", false, "");
	claim(r, 2, "Story Points (planned)", "91", "91", true);
	/* "**Overall Status**: 85% Complete" imports as a score of 100 */
	r->scores = prr_arena_array(&r->arena, 1, sizeof *r->scores);
	r->scores[0] = (prr_score){ "Overall Status", 85, PRR_NONE, 100, 202 };
	r->n_scores = 1;
	return r;
}

PRR_TEST(figures__seed_004_plan_versus_actual)
{
	prr_review *r = seed_004();
	prr_arena a = PRR_ARENA_INIT;
	prr_plan p;
	prr_plan_compute(&p, &a, r, NULL, 0, NULL);
	CHECK_INT(p.planned.stories, 20);
	CHECK_NUM(p.planned.points, 91);
	CHECK_NUM(p.planned.delivered, 72);
	CHECK_NUM(p.planned.partial, 16);
	CHECK_NUM(p.planned.missing, 3);
	char text[16];
	snprintf(text, sizeof text, "%.1f", p.planned.strict);
	CHECK_STR(text, "79.1");
	CHECK_NUM(p.planned.half, 80.0 / 91 * 100);
	snprintf(text, sizeof text, "%.1f", p.planned.half);
	CHECK_STR(text, "87.9");
	CHECK_INT(p.unplanned_waves, 2);
	CHECK_INT(p.unplanned.stories, 0);
	CHECK(!prr_has(p.growth_percent));
	CHECK_INT(p.n_claims, 2);
	CHECK(!prr_has(p.claims[0].stated_percent));
	CHECK_STR(p.claims[1].stated, "85%");
	CHECK_NUM(p.claims[1].stated_percent, 85);
	CHECK(!p.claims[1].agrees_strict);
	CHECK(!p.claims[1].agrees_half);
	CHECK_INT(p.claims[1].line, 202);
	CHECK_NUM(p.waves[0].row.strict, 6.0 / 11 * 100);
	CHECK_NUM(p.waves[3].row.missing, 3);
	prr_arena_free(&a);
	prr_review_free(r);
}

/* The plan's stated completion counts among the disagreements: a page or
 * gate that sums the audit must not say every figure agrees. */
PRR_TEST(figures__plan_claims_join_the_audit)
{
	prr_review *r = seed_004();
	prr_arena a = PRR_ARENA_INIT;
	prr_plan p;
	prr_audit au;
	prr_plan_compute(&p, &a, r, NULL, 0, NULL);
	prr_audit_build(&au, &a, r, NULL, 0, true);
	CHECK_INT(au.n, 1);
	CHECK_INT(au.disagreements, 0);
	prr_audit_plan(&au, &a, &p);
	CHECK_INT(au.n, 2); /* the count "91" is listed once, as the document's */
	CHECK_INT(au.disagreements, 1);
	CHECK_STR(au.rows[1].source, "plan");
	CHECK_STR(au.rows[1].claim, "Overall Status");
	CHECK_STR(au.rows[1].stated, "85%");
	CHECK_STR(au.rows[1].found, "79% of the planned points delivered "
				    "(88% counting partial work as half)");
	CHECK(!au.rows[1].agrees);
	CHECK_INT(au.rows[1].line, 202);
	/* 88% is the half-credit figure: it agrees, and nothing is counted */
	r->scores[0].value = 88;
	prr_plan_compute(&p, &a, r, NULL, 0, NULL);
	prr_audit_build(&au, &a, r, NULL, 0, true);
	prr_audit_plan(&au, &a, &p);
	CHECK_INT(au.n, 2);
	CHECK_INT(au.disagreements, 0);
	CHECK(au.rows[1].agrees);
	/* no planned points: nothing computed to set the 88% beside */
	for (size_t i = 0; i < r->n_waves; i++)
		for (size_t k = 0; k < r->waves[i].n_stories; k++)
			r->waves[i].stories[k].points = PRR_NONE;
	prr_plan_compute(&p, &a, r, NULL, 0, NULL);
	prr_audit_build(&au, &a, r, NULL, 0, true);
	prr_audit_plan(&au, &a, &p);
	CHECK_INT(au.n, 1);
	CHECK_INT(au.disagreements, 0);
	prr_arena_free(&a);
	prr_review_free(r);
}

PRR_TEST(figures__plan_growth_and_windows)
{
	prr_review *r = review("2026-04-13");
	wave(r, "W1", true, "8p 2p");
	wave(r, "INC", false, "5a");
	r->waves[0].start = "2026-02-16";
	r->waves[0].end = "2026-03-13";
	prr_delivery dv[] = { { "w1-s1", "2026-03-01" }, { "W1-S2", "2026-03-20" } };
	prr_arena a = PRR_ARENA_INIT;
	prr_plan p;
	prr_plan_compute(&p, &a, r, dv, 2, NULL);
	CHECK_NUM(p.growth_percent, 50);
	CHECK_INT(p.unplanned.stories, 1);
	CHECK_STR(p.waves[0].actual_start, "2026-03-01");
	CHECK_STR(p.waves[0].actual_end, "2026-03-20");
	CHECK(p.waves[0].has_slip);
	CHECK_INT(p.waves[0].slip_days, 7);
	CHECK(!p.waves[1].has_slip);
	prr_arena_free(&a);
	prr_review_free(r);
}

/* A review's figures count a delivery only on or before its date: what
 * the repository delivered later is not delivered on its page. */
PRR_TEST(figures__plan_deliveries_cut_at_the_review_date)
{
	prr_review *r = review("2026-03-05");
	wave(r, "W1", true, "3p 2p");
	r->waves[0].end = "2026-03-06";
	prr_delivery dv[] = { { "W1-S1", "2026-03-01" }, { "W1-S2", "2026-03-08" } };
	prr_arena a = PRR_ARENA_INIT;
	prr_plan p;
	prr_plan_compute(&p, &a, r, dv, 2, r->date);
	CHECK_STR(p.waves[0].actual_start, "2026-03-01");
	CHECK_STR(p.waves[0].actual_end, "2026-03-01");
	CHECK(p.waves[0].finished);
	/* the day of the review itself counts */
	dv[1].date = "2026-03-05";
	prr_plan_compute(&p, &a, r, dv, 2, r->date);
	CHECK_STR(p.waves[0].actual_end, "2026-03-05");
	CHECK(p.waves[0].has_slip);
	CHECK_INT(p.waves[0].slip_days, -1);
	/* as of now (no cut): every delivery */
	dv[1].date = "2026-03-08";
	prr_plan_compute(&p, &a, r, dv, 2, NULL);
	CHECK_STR(p.waves[0].actual_end, "2026-03-08");
	CHECK_INT(p.waves[0].slip_days, 2);
	prr_arena_free(&a);
	prr_review_free(r);
}

/* The plan across reviews: waves matched by id, what changed against the
 * last review that had each. */
PRR_TEST(figures__plan_history_across_reviews)
{
	prr_review *r1 = review("2026-03-01"), *r2 = review("2026-03-15"),
		   *r3 = review("2026-04-01");
	wave(r1, "W1", true, "3m 2m");
	r1->waves[0].end = "2026-03-10";
	wave(r2, "W2", true, "5m");
	wave(r2, "w1", true, "3p 2p 1p"); /* the same wave, matched by id */
	r2->waves[1].end = "2026-03-14";
	wave(r3, "W1", true, "3p 2p 1p");
	r3->waves[0].end = "2026-03-14";
	prr_arena a = PRR_ARENA_INIT;
	prr_revfig f[3] = { { .review = r1 }, { .review = r2 }, { .review = r3 } };
	for (size_t i = 0; i < 3; i++)
		prr_plan_compute(&f[i].plan, &a, f[i].review, NULL, 0, f[i].review->date);
	prr_wavehist *h = NULL;
	size_t n = 0;
	prr_plan_history(&h, &n, &a, f, 3);
	CHECK_INT(n, 2);
	if (n == 2) {
		CHECK_STR(h[0].id, "W1");
		CHECK(!h[0].steps[0].has_before);
		const prr_wavestep *st = &h[0].steps[1];
		CHECK(st->wave == &f[1].plan.waves[1]);
		CHECK(st->has_before);
		CHECK_NUM(st->points_change, 1);
		CHECK_INT(st->stories_change, 1);
		CHECK(st->has_end_moved);
		CHECK_INT(st->end_moved, 4);
		CHECK_NUM(h[0].steps[2].points_change, 0);
		CHECK_INT(h[0].steps[2].end_moved, 0);
		/* W2: not in the first review, nor in the third */
		CHECK_STR(h[1].id, "W2");
		CHECK(h[1].steps[0].wave == NULL);
		CHECK(h[1].steps[1].wave != NULL && !h[1].steps[1].has_before);
		CHECK(h[1].steps[2].wave == NULL);
	}
	prr_arena_free(&a);
	prr_review_free(r1);
	prr_review_free(r2);
	prr_review_free(r3);
}

/*** 003: checklists and the one disagreement ***/

PRR_TEST(figures__seed_003_checklists_and_audit)
{
	prr_review *r = review("2025-11-11");
	static const struct { const char *t; int done, total; } lists[] = {
		{ "Infrastructure Status", 7, 7 }, { "Agent Code Status", 7, 7 },
		{ "Test Infrastructure", 6, 6 }, { "Phase 3", 8, 9 },
		{ "Phase 4", 19, 20 } };
	for (size_t i = 0; i < 5; i++)
		checklist(r, 5, lists[i].t, lists[i].done, lists[i].total);
	claim(r, 2, "Phase 3 readiness", "90% (9/10)", "89% (8/9)", false);
	claim(r, 2, "Phase 4 readiness", "95% (19/20)", "95% (19/20)", true);
	prr_claimcheck ev[] = {
		{ NULL, "API", "src/api.c", "rate limits configured", "token absent", false, 12 },
		{ "2020-01-01", "API", "x", "y", "z", false, 13 },
	};
	prr_arena a = PRR_ARENA_INIT;
	prr_scorecard s;
	prr_score_review(&s, &a, r, NULL);
	CHECK_NUM(s.lists[3].percent, 800.0 / 9);
	CHECK_NUM(s.lists[4].percent, 95);
	CHECK_NUM(s.lists[0].percent, 100);
	prr_audit au;
	prr_audit_build(&au, &a, r, NULL, 0, true);
	CHECK_INT(au.n, 2);
	CHECK_INT(au.disagreements, 1);
	CHECK_STR(au.rows[0].claim, "Phase 3 readiness");
	CHECK_INT(au.rows[0].line, 101);
	prr_audit_build(&au, &a, r, ev, 2, true);
	CHECK_INT(au.n, 3);               /* the 2020 check is another review's */
	CHECK_INT(au.disagreements, 2);
	CHECK_STR(au.rows[2].source, "evidence");
	CHECK_STR(au.rows[2].claim, "API: src/api.c");
	prr_audit_build(&au, &a, r, ev, 2, false);
	CHECK_INT(au.n, 2);
	prr_arena_free(&a);
	prr_review_free(r);
}

/*** Waivers ***/

PRR_TEST(figures__waivers_count_as_na_until_they_expire)
{
	prr_config *c = prr_config_default();
	c->waivers = prr_arena_array(&c->arena, 2, sizeof *c->waivers);
	c->waivers[0] = (prr_waiver){ "postgres", "load tests", NULL, "vendor test",
				      "CTO", "2026-06-30", 4 };
	c->waivers[1] = (prr_waiver){ NULL, NULL, "No TLS", "internal only", "CISO",
				      "2026-06-30", 9 };
	c->n_waivers = 2;
	prr_arena a = PRR_ARENA_INIT;
	const char *dates[] = { "2026-06-30", "2026-07-01" };
	for (int i = 0; i < 2; i++) {
		prr_review *r = review(dates[i]);
		component(r, 1, "Postgres", "Load Tests=fail", "Backups=pass", NULL);
		r->findings = prr_arena_array(&r->arena, 1, sizeof *r->findings);
		r->findings[0] = (prr_finding){ "F-1", PRR_SEV_CRITICAL, "No TLS",
						NULL, { 0, 0, NULL }, 7 };
		r->n_findings = 1;
		prr_scorecard s;
		prr_score_review(&s, &a, r, c);
		CHECK_INT(s.n_waived, 2);
		if (i == 0) {
			CHECK_INT(s.waived[0].state, PRR_WAIVER_ACTIVE);
			CHECK_INT(s.tally.waived, 1);
			CHECK_NUM(s.readiness, 100);
			CHECK_INT(s.findings[PRR_SEV_CRITICAL], 0);
			CHECK_INT(s.findings_waived, 1);
			CHECK_INT(s.n_blockers, 0);
		} else {
			CHECK_INT(s.waived[0].state, PRR_WAIVER_EXPIRED);
			CHECK_INT(s.waived[1].state, PRR_WAIVER_EXPIRED);
			CHECK_INT(s.waived[0].status, PRR_FAIL);
			CHECK_NUM(s.readiness, 50);
			CHECK_INT(s.findings[PRR_SEV_CRITICAL], 1);
			CHECK_INT(s.n_blockers, 1);
		}
		prr_review_free(r);
	}
	prr_arena_free(&a);
	prr_config_free(c);
}

PRR_TEST(figures__levels_from_thresholds)
{
	CHECK_INT(prr_level_of(80, 80, 50), PRR_LEVEL_READY);
	CHECK_INT(prr_level_of(79.99, 80, 50), PRR_LEVEL_PARTIAL);
	CHECK_INT(prr_level_of(50, 80, 50), PRR_LEVEL_PARTIAL);
	CHECK_INT(prr_level_of(49.9, 80, 50), PRR_LEVEL_NOT_READY);
	CHECK_INT(prr_level_of(PRR_NONE, 80, 50), PRR_LEVEL_UNKNOWN);
	CHECK_INT(prr_level_of(70, 70, 40), PRR_LEVEL_READY);
}

/*** Timeline ***/

PRR_TEST(figures__iso_weeks)
{
	int y, w;
	long monday;
	prr_iso_week(prr_date_days("2026-01-01"), &y, &w, &monday);
	CHECK_INT(y, 2026);
	CHECK_INT(w, 1);
	CHECK_INT(monday, prr_date_days("2025-12-29"));
	prr_iso_week(prr_date_days("2021-01-03"), &y, &w, &monday);
	CHECK_INT(y, 2020);
	CHECK_INT(w, 53);
	prr_iso_week(prr_date_days("2026-02-15"), &y, &w, &monday);
	CHECK_INT(w, 7);
	CHECK_INT(monday, prr_date_days("2026-02-09"));
	prr_iso_week(prr_date_days("1969-12-31"), &y, &w, &monday);
	CHECK_INT(y, 1970);
	CHECK_INT(w, 1);
}

PRR_TEST(figures__timeline_orders_events_and_weeks_commits)
{
	prr_review *r1 = review("2026-03-02"), *r2 = review("2026-04-13");
	prr_review *rs[] = { r1, r2 };
	for (int i = 0; i < 2; i++) {
		prr_review *r = rs[i];
		r->milestones = prr_arena_array(&r->arena, 2, sizeof *r->milestones);
		r->milestones[0] = (prr_milestone){ "Beta", "2026-03-20", i == 1,
						    NULL, 10 };
		r->milestones[1] = (prr_milestone){ "GA", i ? "2026-06-01" : "2026-05-11",
						    false, NULL, 11 };
		r->n_milestones = 2;
		r->estimates = prr_arena_array(&r->arena, 1, sizeof *r->estimates);
		r->estimates[0] = (prr_estimate){ "Time to ready", i ? 6 : 8,
						  i ? 8 : 10, "weeks", 20 };
		r->n_estimates = 1;
	}
	prr_arena a = PRR_ARENA_INIT;
	prr_revfig f[2] = { { r1 }, { r2 } };
	for (int i = 0; i < 2; i++)
		prr_score_review(&f[i].score, &a, rs[i], NULL);
	/* 2026-02-18 and 2026-02-16 (week 8), 2026-02-23 (week 9), 10:00 */
	long long commits[] = { 1771408800LL, 1771840800LL, 1771236000LL };
	prr_tagdate tags[] = { { "v0.9.0", "2026-03-02" } };
	prr_timeline t;
	prr_timeline_build(&t, &a, f, 2, commits, 3, tags, 1);
	/* 2 reviews, 2 estimates, Beta due + done (by the review of
	 * 2026-04-13), GA due once (as the latest review says), 1 tag,
	 * 2 commit weeks */
	CHECK_INT(t.n, 10);
	for (size_t i = 1; i < t.n; i++)
		CHECK(strcmp(t.events[i - 1].date, t.events[i].date) <= 0);
	CHECK_INT(t.events[0].kind, PRR_EV_COMMITS);
	CHECK_STR(t.events[0].label, "2026-W08");
	CHECK_NUM(t.events[0].value, 2);
	CHECK_STR(t.events[0].date, "2026-02-16");
	CHECK_STR(t.events[1].label, "2026-W09");
	CHECK_STR(t.events[2].date, "2026-03-02");
	CHECK_INT(t.events[2].kind, PRR_EV_REVIEW);
	CHECK_INT(t.events[4].kind, PRR_EV_TAG);
	bool ga = false, beta_done = false;
	for (size_t i = 0; i < t.n; i++) {
		if (t.events[i].kind == PRR_EV_MILESTONE_DUE &&
		    strcmp(t.events[i].label, "GA") == 0)
			ga = strcmp(t.events[i].date, "2026-06-01") == 0;
		if (t.events[i].kind == PRR_EV_MILESTONE_DONE)
			beta_done = strcmp(t.events[i].date, "2026-04-13") == 0;
	}
	CHECK(ga);
	CHECK(beta_done);
	CHECK_INT(t.n_slips, 1);
	CHECK_INT(t.slips[0].n, 2);
	CHECK_NUM(t.slips[0].points[1].value, 6);
	prr_arena_free(&a);
	prr_review_free(r1);
	prr_review_free(r2);
}

/*** Delta, trends, the whole set, the gate ***/

static void two_reviews(prr_review **x, prr_review **y)
{
	*x = review("2026-04-13");
	component(*x, 2, "Ledger", "Capacity=pass", "Runbooks=fail", NULL);
	component(*x, 2, "Old Cache", "Capacity=pass", NULL);
	(*x)->findings = prr_arena_array(&(*x)->arena, 2, sizeof *(*x)->findings);
	(*x)->findings[0] = (prr_finding){ "F-1", PRR_SEV_HIGH, "Keys in env", NULL,
					   { 0, 0, NULL }, 5 };
	(*x)->findings[1] = (prr_finding){ "F-2", PRR_SEV_LOW, "Logs", NULL,
					   { 0, 0, NULL }, 6 };
	(*x)->n_findings = 2;
	*y = review("2026-05-25");
	component(*y, 2, "ledger ", "Capacity=partial", "Runbooks=pass", NULL);
	component(*y, 2, "Notify", "Capacity=pass", NULL);
	(*y)->findings = prr_arena_array(&(*y)->arena, 2, sizeof *(*y)->findings);
	(*y)->findings[0] = (prr_finding){ "f-2", PRR_SEV_LOW, "Logs", NULL,
					   { 0, 0, NULL }, 6 };
	(*y)->findings[1] = (prr_finding){ "F-3", PRR_SEV_CRITICAL, "Retries", NULL,
					   { 0, 0, NULL }, 7 };
	(*y)->n_findings = 2;
}

/* Both reviews scored (without prr.json), then y's delta since x. */
static void delta_of(prr_delta *d, prr_arena *a, prr_revfig *fx, prr_revfig *fy)
{
	prr_score_review(&fx->score, a, fx->review, NULL);
	prr_score_review(&fy->score, a, fy->review, NULL);
	prr_delta_compute(d, a, fx, fy);
}

PRR_TEST(figures__delta_between_two_reviews)
{
	prr_review *x, *y;
	two_reviews(&x, &y);
	prr_arena a = PRR_ARENA_INIT;
	prr_revfig fx = { x }, fy = { y };
	prr_delta d;
	delta_of(&d, &a, &fx, &fy);
	CHECK_STR(d.before, "2026-04-13");
	CHECK_INT(d.n_added, 1);
	CHECK_STR(d.comps_added[0], "Notify");
	CHECK_INT(d.n_gone, 1);
	CHECK_STR(d.comps_gone[0], "Old Cache");
	CHECK_INT(d.n_opened, 1);
	CHECK_STR(d.opened[0]->id, "F-3");
	CHECK_INT(d.n_closed, 1);
	CHECK_STR(d.closed[0]->id, "F-1");
	bool cap_regressed = false, runbooks_improved = false;
	for (size_t i = 0; i < d.n; i++) {
		if (strcmp(d.rows[i].name, "ledger  / Capacity") == 0)
			cap_regressed = d.rows[i].change == PRR_REGRESSED &&
					strcmp(d.rows[i].after_text, "partial") == 0;
		if (strcmp(d.rows[i].name, "ledger  / Runbooks") == 0)
			runbooks_improved = d.rows[i].change == PRR_IMPROVED;
	}
	CHECK(cap_regressed);
	CHECK(runbooks_improved);
	/* readiness 50 -> 83.3 improved, Ledger 50 -> 75 improved, two checks */
	CHECK_INT(d.improved, 3);
	CHECK_INT(d.regressed, 1);
	CHECK_INT(d.shared, 1); /* Ledger */
	CHECK(!d.unrelated);
	prr_trend *t;
	size_t nt;
	prr_revfig both[2] = { fx, fy };
	prr_trend_build(&t, &nt, &a, both, 2);
	/* readiness, dimension-score, findings, 3 components */
	CHECK_INT(nt, 6);
	CHECK_STR(t[3].name, "Ledger");
	CHECK_NUM(t[3].values[1], 75);
	CHECK_NUM(t[4].values[1], PRR_NONE);
	CHECK_STR(t[5].name, "Notify");
	CHECK_NUM(t[5].values[0], PRR_NONE);
	prr_arena_free(&a);
	prr_review_free(x);
	prr_review_free(y);
}

/* The checks of a component compared by category: at the same place
 * when the earlier review has it there, else wherever it is (a table of
 * its categories, made once), else not at all; each row named
 * "COMPONENT / CATEGORY" with the later review's spellings. */
static const prr_deltarow *row_named(const prr_delta *d, const char *name)
{
	for (size_t i = 0; i < d->n; i++)
		if (strcmp(d->rows[i].name, name) == 0)
			return &d->rows[i];
	return NULL;
}

PRR_TEST(figures__delta_of_checks_moved_or_new)
{
	prr_review *x = review("2026-01-05"), *y = review("2026-01-12");
	component(x, 1, "Ledger", "Capacity=pass", "Runbooks=fail", "Alerts=pass",
		  NULL);
	component(y, 1, "Ledger", "runbooks=pass", "Capacity=fail", "Alerts=fail",
		  "Backups=fail", NULL);
	prr_arena a = PRR_ARENA_INIT;
	prr_revfig fx = { x }, fy = { y };
	prr_delta d;
	delta_of(&d, &a, &fx, &fy);
	const prr_deltarow *moved = row_named(&d, "Ledger / runbooks");
	const prr_deltarow *swapped = row_named(&d, "Ledger / Capacity");
	const prr_deltarow *kept = row_named(&d, "Ledger / Alerts");
	CHECK(moved && moved->change == PRR_IMPROVED);
	CHECK(moved && strcmp(moved->before_text, "fail") == 0);
	CHECK(swapped && swapped->change == PRR_REGRESSED);
	CHECK(kept && kept->change == PRR_REGRESSED);
	CHECK(row_named(&d, "Ledger / Backups") == NULL); /* new: no row */
	/* the columns each check's category has in its scorecard */
	CHECK_INT(fy.score.n_categories, 4);
	CHECK_INT(fy.score.comps[0].checks[0].column, 0);
	CHECK_INT(fy.score.comps[0].checks[3].column, 3);
	CHECK_INT(fy.score.comps[0].cells[1], 1); /* Capacity: check 1 */
	prr_arena_free(&a);
	prr_review_free(x);
	prr_review_free(y);
}

/* Two reviews that share no component and no dimension are unrelated;
 * one without any is not (nothing says it is of another system). */
PRR_TEST(figures__delta_of_reviews_sharing_nothing)
{
	prr_review *x = review("2026-01-01"), *y = review("2026-02-01"),
		   *z = review("2026-03-01");
	component(x, 1, "Checkout", "Security=pass", NULL);
	component(y, 1, "Telescope", "Security=fail", NULL);
	prr_arena a = PRR_ARENA_INIT;
	prr_revfig fx = { x }, fy = { y }, fz = { z };
	prr_score_review(&fx.score, &a, x, NULL);
	prr_score_review(&fy.score, &a, y, NULL);
	prr_score_review(&fz.score, &a, z, NULL);
	prr_delta d;
	prr_delta_compute(&d, &a, &fx, &fy);
	CHECK_INT(d.shared, 0);
	CHECK(d.unrelated);
	prr_delta_compute(&d, &a, &fy, &fz);
	CHECK(!d.unrelated);
	prr_arena_free(&a);
	prr_review_free(x);
	prr_review_free(y);
	prr_review_free(z);
}

/* Each review's delta since the one before it in its project, computed
 * on several jobs (figures.c, since_run): none for the first review of
 * each project, the pair's delta for every other, whatever the number of
 * jobs. */
PRR_TEST(figures__since_deltas_per_project_on_any_jobs)
{
	static const char *const projects[] = { "Atlas", "Atlas", "Atlas",
						"Borealis", "Borealis" };
	static const char *const dates[] = { "2026-01-01", "2026-02-01",
					     "2026-03-01", "2026-01-15",
					     "2026-02-15" };
	static const char *const security[] = { "Security=fail", "Security=partial",
						"Security=pass", "Security=pass",
						"Security=fail" };
	prr_review *v[5];
	for (size_t i = 0; i < 5; i++) {
		v[i] = review(dates[i]);
		v[i]->project = projects[i];
		component(v[i], 1, "Ledger", security[i], NULL);
	}
	prr_reviews set = set_of(v, 5);
	set.n_projects = 2;
	char *old = getenv("PRR_JOBS") ? strdup(getenv("PRR_JOBS")) : NULL;
	static const char *const jobs[] = { "1", "2", "3" };
	for (size_t j = 0; j < 3; j++) {
		setenv("PRR_JOBS", jobs[j], 1);
		prr_figures *f;
		prr_buf err = PRR_BUF_INIT;
		CHECK(prr_figures_compute(&f, &set, NULL, &err) == 0);
		CHECK_INT(f->n_projects, 2);
		for (size_t p = 0; p < f->n_projects && p < 2; p++) {
			const prr_project_figs *pf = &f->projects[p];
			CHECK_INT(pf->n, p == 0 ? 3 : 2);
			CHECK(pf->reviews[0].since == NULL);
			for (size_t k = 1; k < pf->n; k++) {
				const prr_delta *d = pf->reviews[k].since;
				CHECK(d != NULL);
				if (!d)
					continue;
				CHECK_STR(d->before, pf->reviews[k - 1].review->date);
				CHECK_STR(d->after, pf->reviews[k].review->date);
				/* Atlas improves each time, Borealis regresses:
				 * readiness, the component and its check */
				CHECK_INT(d->improved, p == 0 ? 3 : 0);
				CHECK_INT(d->regressed, p == 0 ? 0 : 3);
			}
		}
		prr_figures_free(f);
		prr_buf_free(&err);
	}
	if (old)
		setenv("PRR_JOBS", old, 1);
	else
		unsetenv("PRR_JOBS");
	free(old);
	prr_reviews_free(&set); /* the reviews, the array and the config */
}

PRR_TEST(figures__set_json_and_gate)
{
	prr_review *x, *y;
	two_reviews(&x, &y);
	prr_review *v[] = { x, y };
	prr_reviews set = set_of(v, 2);
	prr_figures *f;
	prr_buf err = PRR_BUF_INIT, out = PRR_BUF_INIT;
	CHECK(prr_figures_compute(&f, &set, NULL, &err) == 0);
	CHECK_INT(f->n_projects, 1);
	CHECK(f->projects[0].has_delta);
	prr_jw w;
	prr_jw_init(&w, &out, false);
	prr_figures_write_json(f, &w);
	CHECK_CONTAINS(out.p, "{\"method\":\"prr-score/1\",\"projects\":[{\"project\":\"Demo\"");
	CHECK_CONTAINS(out.p, "\"findings_opened\":[{\"id\":\"F-3\"");

	prr_gate g = { PRR_NONE, PRR_NONE, -1, false, -1 };
	prr_gate_report gr;
	prr_gate_run(&gr, f, NULL, &g);
	CHECK_INT(gr.n, 0);
	CHECK_INT(gr.failed, 0);
	prr_gate_report_free(&gr);
	g = (prr_gate){ 90, 5, 0, true, 0 };
	prr_gate_run(&gr, f, NULL, &g);
	CHECK_INT(gr.failed, 4);
	CHECK_INT(gr.n, 5);
	if (gr.n == 5) {
		CHECK_STR(gr.v[0].message, "readiness 83% is below 90%");
		CHECK_NUM(gr.v[0].value, 83);
		CHECK_STR(gr.v[1].message, "score unknown (no scored dimensions), minimum 5");
		CHECK_STR(gr.v[2].message, "1 critical finding open, at most 0 allowed");
		CHECK_STR(gr.v[3].message, "1 regression since 2026-04-13");
		CHECK_INT(gr.v[3].n_items, 1);
		CHECK_STR(gr.v[3].items[0].name, "ledger  / Capacity");
		CHECK(gr.v[4].passed);
	}
	prr_gate_report_free(&gr);
	g = (prr_gate){ 80, PRR_NONE, 1, false, 0 };
	prr_gate_run(&gr, f, NULL, &g);
	CHECK_INT(gr.failed, 0);
	prr_gate_report_free(&gr);
	prr_figures_free(f);

	prr_figures_input in = { .against = "2026-01-01" };
	CHECK(prr_figures_compute(&f, &set, &in, &err) == -1);
	CHECK(f == NULL);
	CHECK_STR(err.p, "no review is dated '2026-01-01'");
	in.against = "2026-05-25";
	CHECK(prr_figures_compute(&f, &set, &in, &err) == 0);
	CHECK_INT(f->projects[0].delta.n, 0);
	prr_figures_free(f);
	prr_reviews_free(&set);
	prr_buf_free(&err);
	prr_buf_free(&out);
}

/* min_verdict compares the document's own verdict, not prr's level: the
 * review's checks all pass (prr: ready) while it says NO-GO. */
PRR_TEST(figures__gate_min_verdict)
{
	prr_review *r = review("2026-07-21");
	component(r, 1, "API", "Monitoring=pass", "Alerting=pass", NULL);
	r->source_file = "2026-07-21.md";
	prr_review *v[] = { r };
	prr_reviews set = set_of(v, 1);
	prr_figures *f;
	prr_buf err = PRR_BUF_INIT;
	CHECK(prr_figures_compute(&f, &set, NULL, &err) == 0);
	if (!f)
		goto done;
	prr_gate g = { PRR_NONE, PRR_NONE, -1, false, -1, PRR_LEVEL_PARTIAL };
	prr_gate_report gr;

	/* no verdict stated: not checked, not failed */
	prr_gate_run(&gr, f, NULL, &g);
	CHECK_INT(gr.n, 1);
	CHECK_INT(gr.failed, 0);
	CHECK_INT(gr.unchecked, 1);
	CHECK_INT(gr.warnings, 0);
	if (gr.n == 1) {
		CHECK_STR(prr_gate_cond_name(gr.v[0].cond), "min_verdict");
		CHECK(gr.v[0].passed && !gr.v[0].checked);
		CHECK(!prr_has(gr.v[0].value));
		CHECK_STR(gr.v[0].warning, "the document states no verdict");
	}
	prr_gate_report_free(&gr);

	/* NO-GO over passing checks fails, naming the verdict's line */
	r->status_text = "NO-GO";
	r->level = PRR_LEVEL_NOT_READY;
	r->status_line = 13;
	prr_gate_run(&gr, f, NULL, &g);
	CHECK_INT(gr.failed, 1);
	CHECK_INT(gr.warnings, 0);
	if (gr.n == 1) {
		CHECK_STR(gr.v[0].message, "the document's verdict is not ready "
			  "(\"NO-GO\"), at least partial wanted");
		CHECK_NUM(gr.v[0].value, PRR_GATE_VERDICT_NOT_READY);
		CHECK_NUM(gr.v[0].limit, PRR_GATE_VERDICT_PARTIAL);
		CHECK_INT(gr.v[0].n_items, 1);
		if (gr.v[0].n_items == 1) {
			const prr_gate_item *it = &gr.v[0].items[0];
			CHECK_STR(it->kind, "verdict");
			CHECK_STR(it->name, "NO-GO");
			CHECK_STR(it->detail, "not ready");
			CHECK_STR(it->file, "2026-07-21.md");
			CHECK_INT(it->line, 13);
		}
	}
	prr_gate_report_free(&gr);

	/* without the condition it passes, and the project says why not */
	g.min_verdict = PRR_LEVEL_UNKNOWN;
	prr_gate_run(&gr, f, NULL, &g);
	CHECK_INT(gr.n, 0);
	CHECK_INT(gr.failed, 0);
	CHECK_INT(gr.warnings, 1);
	if (gr.n_projects == 1 && gr.projects[0].warning) {
		CHECK_CONTAINS(gr.projects[0].warning, "(\"NO-GO\")");
		CHECK_CONTAINS(gr.projects[0].warning, "--min-verdict partial");
		CHECK_INT(gr.projects[0].verdict.line, 13);
	}
	prr_gate_report_free(&gr);

	/* partial meets partial, not ready */
	r->status_text = "Go with conditions";
	r->level = PRR_LEVEL_PARTIAL;
	g.min_verdict = PRR_LEVEL_PARTIAL;
	prr_gate_run(&gr, f, NULL, &g);
	CHECK_INT(gr.failed, 0);
	CHECK_INT(gr.warnings, 0);
	if (gr.n == 1)
		CHECK_STR(gr.v[0].message, "the document's verdict is partial (at least partial)");
	prr_gate_report_free(&gr);
	g.min_verdict = PRR_LEVEL_READY;
	prr_gate_run(&gr, f, NULL, &g);
	CHECK_INT(gr.failed, 1);
	prr_gate_report_free(&gr);
	prr_figures_free(f);
done:
	prr_reviews_free(&set);
	prr_buf_free(&err);
}

/*** The seed documents themselves, once .md files load ***/

/* Loads seed NNN_*.txt as a Markdown review, or NULL (and the test is
 * skipped) when the seeds are absent or Markdown does not load yet. */
static prr_review *load_seed(const char *num)
{
	const char *seeds = prr_test_seeds();
	if (!seeds) {
		prr_test_skip("../shared/seeds is absent");
		return NULL;
	}
	prr_paths files = { 0 };
	prr_buf werr = PRR_BUF_INIT;
	prr_walk(seeds, (const char *const[]){ ".txt", NULL }, &files, &werr);
	prr_buf_free(&werr);
	prr_review *r = NULL;
	for (size_t i = 0; i < files.n && !r; i++) {
		const char *base = strrchr(files.v[i], '/');
		base = base ? base + 1 : files.v[i];
		if (strncmp(base, num, 3) != 0)
			continue;
		prr_buf text = PRR_BUF_INIT, err = PRR_BUF_INIT;
		char *md = prr_path_join(prr_test_tmpdir(), "seed.md");
		prr_diags d = PRR_DIAGS_INIT;
		if (prr_read_file(files.v[i], 1 << 24, &text, &err) == 0 &&
		    prr_write_file_atomic(md, text.p, text.n, &err) == 0 &&
		    prr_review_load_file(&r, md, &d) < 0)
			r = NULL;
		prr_diags_free(&d);
		prr_buf_free(&text);
		prr_buf_free(&err);
		free(md);
	}
	prr_paths_free(&files);
	if (!r)
		prr_test_skip("Markdown reviews do not load yet (branch md)");
	return r;
}

static const prr_compfig *comp_named(const prr_scorecard *s, const char *name)
{
	for (size_t i = 0; i < s->n_comps; i++)
		if (s->comps[i].name && prr_name_eq(s->comps[i].name, name))
			return &s->comps[i];
	return NULL;
}

/* The list titled `part`, or else the first whose title holds it. */
static const prr_listfig *list_named(const prr_scorecard *s, const char *part)
{
	for (size_t i = 0; i < s->n_lists; i++)
		if (s->lists[i].list->title && strcmp(s->lists[i].list->title, part) == 0)
			return &s->lists[i];
	for (size_t i = 0; i < s->n_lists; i++)
		if (s->lists[i].list->title && strstr(s->lists[i].list->title, part))
			return &s->lists[i];
	return NULL;
}

PRR_TEST(figures__seed_002_imported)
{
	prr_review *r = load_seed("002");
	if (!r)
		return;
	prr_arena a = PRR_ARENA_INIT;
	prr_scorecard s;
	prr_score_review(&s, &a, r, NULL);
	const prr_compfig *c = comp_named(&s, "Main Entry Point");
	CHECK(c && fabs(c->readiness - 18.75) < 1e-9);
	c = comp_named(&s, "Configuration Module");
	CHECK(c && fabs(c->readiness - 50.0 / 7) < 1e-9);
	c = comp_named(&s, "Memory Manager");
	CHECK(c && fabs(c->readiness - 6.25) < 1e-9);
	CHECK_INT(prr_tally_applicable(&s.tally), 63);
	CHECK_INT(s.tally.pass, 1);
	CHECK_INT(s.tally.partial, 8);
	CHECK_NUM(s.readiness, 500.0 / 63);
	CHECK_INT(s.level, PRR_LEVEL_NOT_READY);
	CHECK_INT(s.findings[PRR_SEV_CRITICAL], 2);
	prr_arena_free(&a);
	prr_review_free(r);
}

PRR_TEST(figures__seed_000_imported)
{
	prr_review *r = load_seed("000");
	if (!r)
		return;
	prr_arena a = PRR_ARENA_INIT;
	prr_scorecard s;
	prr_score_review(&s, &a, r, NULL);
	CHECK_INT(s.tally.tests_passed, 56);
	CHECK_INT(s.tally.tests_total, 56);
	/* the six validation areas the document marks pending count: 11
	 * checks pass of 17 that apply (one is N/A), not 100% */
	CHECK_INT(s.tally.pending, 6);
	CHECK_NUM(s.readiness, 100.0 * 11 / 17);
	CHECK_INT(s.level, PRR_LEVEL_PARTIAL);
	const prr_listfig *l = list_named(&s, "Integration Readiness");
	CHECK(l && l->done == 6 && l->total == 8);
	l = list_named(&s, "Production Readiness");
	CHECK(l && l->done == 0 && l->total == 7);
	prr_arena_free(&a);
	prr_review_free(r);
}

PRR_TEST(figures__seed_001_imported)
{
	prr_review *r = load_seed("001");
	if (!r)
		return;
	prr_arena a = PRR_ARENA_INIT;
	prr_revfig f = { r };
	prr_score_review(&f.score, &a, r, NULL);
	CHECK_INT(f.score.dims.n, 7);
	CHECK_NUM(f.score.dims.value, 48.0 / 7);
	bool stated_range = false, stated_685 = false;
	for (size_t i = 0; i < r->n_scores; i++) {
		stated_range |= r->scores[i].value == 7.0 && r->scores[i].high == 7.5;
		stated_685 |= r->scores[i].value == 6.85;
	}
	CHECK(stated_range);
	CHECK(stated_685);
	prr_timeline t;
	prr_timeline_build(&t, &a, &f, 1, NULL, 0, NULL, 0);
	/* one review: its estimates revise none of each other */
	CHECK_INT(t.n_slips, 0);
	prr_arena_free(&a);
	prr_review_free(r);
}

PRR_TEST(figures__seed_003_imported)
{
	prr_review *r = load_seed("003");
	if (!r)
		return;
	prr_arena a = PRR_ARENA_INIT;
	prr_scorecard s;
	prr_score_review(&s, &a, r, NULL);
	const prr_listfig *l = list_named(&s, "Phase 3");
	CHECK(l && l->done == 8 && l->total == 9);
	l = list_named(&s, "Phase 4");
	CHECK(l && l->done == 19 && l->total == 20);
	l = list_named(&s, "Infrastructure Status");
	CHECK(l && l->done == 7 && l->total == 7);
	prr_audit au;
	prr_audit_build(&au, &a, r, NULL, 0, true);
	CHECK_INT(au.disagreements, 1);
	for (size_t i = 0; i < au.n; i++)
		if (!au.rows[i].agrees)
			CHECK_CONTAINS(au.rows[i].claim, "Phase 3");
	prr_arena_free(&a);
	prr_review_free(r);
}

PRR_TEST(figures__seed_004_imported)
{
	prr_review *r = load_seed("004");
	if (!r)
		return;
	prr_arena a = PRR_ARENA_INIT;
	prr_plan p;
	prr_plan_compute(&p, &a, r, NULL, 0, NULL);
	CHECK_INT(p.planned.stories, 20);
	CHECK_NUM(p.planned.points, 91);
	CHECK_NUM(p.planned.delivered, 72);
	CHECK_NUM(p.planned.half, 80.0 / 91 * 100);
	CHECK_INT(p.unplanned_waves, 2);
	bool stated85 = false;
	for (size_t i = 0; i < p.n_claims; i++)
		if (p.claims[i].stated_percent == 85)
			stated85 = !p.claims[i].agrees_strict && !p.claims[i].agrees_half;
	CHECK(stated85);
	prr_arena_free(&a);
	prr_review_free(r);
}

/* A finding the verdict names is a blocker, whatever its severity; an ID
 * inside a longer one ("F-0080") or a medium finding not named is not. */
PRR_TEST(figures__finding_named_in_the_verdict_blocks)
{
	prr_review *r = review("2026-05-25");
	r->status_text = "Go, on condition that F-008 is fixed before launch";
	r->findings = prr_arena_array(&r->arena, 3, sizeof *r->findings);
	r->findings[0] = (prr_finding){ .id = "F-0080", .severity = PRR_SEV_HIGH,
					.title = "Longer id", .line = 3 };
	r->findings[1] = (prr_finding){ .id = "F-008", .severity = PRR_SEV_HIGH,
					.title = "Retries dropped", .line = 4 };
	r->findings[2] = (prr_finding){ .id = "F-9", .severity = PRR_SEV_MEDIUM,
					.title = "Slow reads", .line = 5 };
	r->n_findings = 3;
	prr_arena a = PRR_ARENA_INIT;
	prr_scorecard s;
	prr_score_review(&s, &a, r, NULL);
	CHECK_INT(s.n_blockers, 1);
	if (s.n_blockers == 1) {
		CHECK_STR(s.blockers[0].name, "Retries dropped");
		CHECK_STR(s.blockers[0].why, "named-in-verdict");
		CHECK_INT(s.blockers[0].line, 4);
	}
	/* without the verdict naming it, nothing blocks */
	r->status_text = "Go";
	prr_score_review(&s, &a, r, NULL);
	CHECK_INT(s.n_blockers, 0);
	/* named as put off, it is no condition: "F-9 may follow within 30
	 * days"; a condition "fixed within a week" still is */
	r->status_text = "Approved on condition that F-008 is fixed within a "
			 "week. F-9 may follow within 30 days.";
	prr_score_review(&s, &a, r, NULL);
	CHECK_INT(s.n_blockers, 1);
	if (s.n_blockers == 1)
		CHECK_STR(s.blockers[0].name, "Retries dropped");
	/* a blocking finding the verdict puts off to a day is no blocker;
	 * one to be fixed before launch still is */
	r->findings[1].blocking = true;
	r->status_text = "READY for production, with F-008 to be closed before "
			 "2026-06-30";
	prr_score_review(&s, &a, r, NULL);
	CHECK_INT(s.n_blockers, 0);
	/* accepted as a risk, or due after the contract or the launch
	 * (round 10) */
	r->status_text = "GO. F-008 is accepted as a known risk for this quarter.";
	prr_score_review(&s, &a, r, NULL);
	CHECK_INT(s.n_blockers, 0);
	r->status_text = "Approved with conditions: F-008 must be closed within "
			 "90 days of signing.";
	prr_score_review(&s, &a, r, NULL);
	CHECK_INT(s.n_blockers, 0);
	r->status_text = "Ready, with F-008 to be fixed before launch";
	prr_score_review(&s, &a, r, NULL);
	CHECK_INT(s.n_blockers, 1);
	/* a day in words, then in brackets (round 13b); "launch on …"
	 * still a condition */
	r->status_text = "READY, with F-008 to be closed before the first "
			 "month-end (2026-10-31).";
	prr_score_review(&s, &a, r, NULL);
	CHECK_INT(s.n_blockers, 0);
	CHECK(!prr_score_verdict_unlisted(&s));
	r->status_text = "Ready, with F-008 to be fixed before launch on 2026-10-19";
	prr_score_review(&s, &a, r, NULL);
	CHECK_INT(s.n_blockers, 1);
	/* the day of going live in other words (round 14c) */
	r->status_text = "Approved with conditions: F-008 must be closed and "
			 "re-tested before the first productive run on 2026-11-02.";
	prr_score_review(&s, &a, r, NULL);
	CHECK_INT(s.n_blockers, 1);
	prr_arena_free(&a);
	prr_review_free(r);
}

/* No blocker listed, yet the verdict speaks of something open: "None"
 * alone would mislead, so prr_score_verdict_unlisted says so; a verdict
 * that denies open issues, or states readiness plainly, does not. */
PRR_TEST(figures__verdict_with_open_issues_and_no_blockers)
{
	static const struct {
		const char *text;
		prr_level level;
		bool unlisted;
	} cases[] = {
		{ "Conditional go: two high findings are open", PRR_LEVEL_PARTIAL, true },
		{ "Ship it; one critical bug still open", PRR_LEVEL_UNKNOWN, true },
		{ "NO-GO until ORD-12 lands", PRR_LEVEL_NOT_READY, true },
		{ "Go once OPS-4 is merged", PRR_LEVEL_READY, true },
		{ "Go: no critical issues remain", PRR_LEVEL_READY, false },
		{ "Go: 0 critical and 0 high findings open", PRR_LEVEL_READY, false },
		{ "Ready for launch", PRR_LEVEL_READY, false },
		{ "", PRR_LEVEL_UNKNOWN, false },
	};
	prr_review *r = review("2026-05-25");
	prr_arena a = PRR_ARENA_INIT;
	prr_scorecard s;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		r->status_text = cases[i].text;
		r->level = cases[i].level;
		prr_score_review(&s, &a, r, NULL);
		CHECK_INT(s.n_blockers, 0);
		if (prr_score_verdict_unlisted(&s) != cases[i].unlisted)
			fprintf(stderr, "  case: %s\n", cases[i].text);
		CHECK(prr_score_verdict_unlisted(&s) == cases[i].unlisted);
	}
	/* a listed blocker answers the verdict: nothing more to say */
	r->status_text = "NO-GO until ORD-12 lands";
	r->level = PRR_LEVEL_NOT_READY;
	r->findings = prr_arena_array(&r->arena, 1, sizeof *r->findings);
	r->findings[0] = (prr_finding){ .id = "ORD-12", .severity = PRR_SEV_LOW,
					.title = "Refunds twice", .line = 9 };
	r->n_findings = 1;
	prr_score_review(&s, &a, r, NULL);
	CHECK_INT(s.n_blockers, 1);
	CHECK(!prr_score_verdict_unlisted(&s));
	prr_arena_free(&a);
	prr_review_free(r);
}

/* A milestone's slip is its due day less its planned day, when the review
 * states both and they differ: later positive, earlier negative; none
 * without a planned day, on the planned day, or with no day due now. */
PRR_TEST(figures__milestone_slip_from_planned_day)
{
	prr_review *r = review("2026-03-02");
	r->milestones = prr_arena_array(&r->arena, 5, sizeof *r->milestones);
	r->milestones[0] = (prr_milestone){ .name = "Go-live", .due = "2026-04-22",
					    .planned = "2026-04-01" };
	r->milestones[1] = (prr_milestone){ .name = "Beta", .due = "2026-03-06",
					    .planned = "2026-03-10" };
	r->milestones[2] = (prr_milestone){ .name = "Pilot", .due = "2026-03-10" };
	r->milestones[3] = (prr_milestone){ .name = "Same", .due = "2026-03-10",
					    .planned = "2026-03-10" };
	r->milestones[4] = (prr_milestone){ .name = "Blocked",
					    .planned = "2026-03-13" };
	r->n_milestones = 5;
	prr_arena a = PRR_ARENA_INIT;
	prr_plan p;
	prr_plan_compute(&p, &a, r, NULL, 0, NULL);
	CHECK_INT(p.n_milestones, 5);
	if (p.n_milestones == 5) {
		CHECK(p.milestones[0].has_slip);
		CHECK_INT(p.milestones[0].slip_days, 21);
		CHECK(p.milestones[1].has_slip);
		CHECK_INT(p.milestones[1].slip_days, -4);
		CHECK(!p.milestones[2].has_slip);
		CHECK(!p.milestones[3].has_slip);
		CHECK(!p.milestones[4].has_slip);
		CHECK(p.milestones[4].milestone == &r->milestones[4]);
	}
	prr_arena_free(&a);
	prr_review_free(r);
}
