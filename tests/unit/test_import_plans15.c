/* test_import_plans15.c - what the importer reads of plans, points and
 * milestones (round 20: waves, phases and sprints as teams track them):
 * each case failed before its rule. */
#include "test.h"

#include "md_doc.h"
#include "prr/buf.h"
#include "prr/figures.h"

#include <stdio.h>
#include <time.h>

/* Whether the plan's figures of an imported document are these: its
 * planned points, those delivered and its unplanned points (what they
 * are instead is printed). */
static bool plan_is(const prr_review *r, double points, double delivered,
		    double unplanned)
{
	prr_arena a = PRR_ARENA_INIT;
	prr_plan p;
	prr_plan_compute(&p, &a, r, NULL, 0, NULL);
	bool ok = p.planned.points == points && p.planned.delivered == delivered &&
		  p.unplanned.points == unplanned;
	if (!ok)
		fprintf(stderr, "  planned %g, delivered %g, unplanned %g\n",
			p.planned.points, p.planned.delivered, p.unplanned.points);
	prr_arena_free(&a);
	return ok;
}

/* Points done of points planned are plan progress, no score: "- Wave 2:
 * 21/34 pts" and "## Wave 2 — Resilience ⚠️ (21/34 pts)" are no
 * dimensions, nor "### Phase 2 — Dual publish (80 %)" over its pointed
 * stories. */
PRR_TEST(import_plans15__points_are_no_score)
{
	static const struct {
		const char *doc;
		size_t dims;
	} cases[] = {
		{ "Readiness today: **not ready**.\n\n"
		  "- Wave 1: 34/34 pts\n- Wave 2: 21/34 pts\n- Wave 3: 0/29 pts\n", 0 },
		{ "## Wave 2 \xE2\x80\x94 Resilience \xE2\x9A\xA0\xEF\xB8\x8F (21/34 pts)\n\n"
		  "| Story | Title | Pts | Status |\n|---|---|---|---|\n"
		  "| ORD-410 | Retries | 5 | Done |\n", 0 },
		{ "### Phase 2 \xE2\x80\x94 Dual publish (80 %)\n"
		  "- [x] FER-20: dual publish (8 pts)\n- [ ] FER-23: ordering (2 pts)\n", 0 },
		/* a phase's percent over no stories stays as it was */
		{ "## Phase 1: Development (95%)\n\nAll built.\n", 1 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Plan\n\nDate: 2026-03-27\n\n%s",
				       cases[i].doc);
		CHECK(r && r->n_dimensions == cases[i].dims && r->n_scores == 0);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A table of steps with a column of points done beside the planned
 * ("Done pts", "Completed SP") states what each delivered. */
PRR_TEST(import_plans15__done_points_column)
{
	static const char *const heads[] = {
		"| Epic | Stories | Planned pts | Done pts |\n|---|---|---|---|\n"
		"| E1 Onboarding | 12 | 55 | 55 |\n| E3 Biometric login | 7 | 34 | 21 |\n",
		"| Sprint | Planned SP | Completed SP |\n|---|---|---|\n"
		"| Sprint 1 | 55 | 55 |\n| Sprint 2 | 34 | 21 |\n",
		"| Wave | Planned pts | Done pts |\n|---|---|---|\n"
		"| Wave 1 | 55 | 55 |\n| Wave 2 | 34 | 21 |\n",
	};
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Status\n\nDate: 2026-04-10\n\n## Epics\n\n%s",
				       heads[i]);
		CHECK(r && r->n_waves == 2);
		if (r && r->n_waves == 2) {
			CHECK_NUM(r->waves[1].done_points, 21);
			CHECK(plan_is(r, 89, 76, 0));
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* Points in a step's heading are no mark of a plan: a phase without
 * them after one with them is planned too; "unplanned" in a step's
 * heading is what marks scope growth. */
PRR_TEST(import_plans15__unmarked_phase_is_planned)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Ferry migration\n\nDate: 2026-04-14\n\n"
		"### Phase 1 \xE2\x80\x94 Client library \xE2\x9C\x85 (21/21 pts)\n"
		"- [x] FER-10: producer (8 pts)\n- [x] FER-11: consumer (13 pts)\n\n"
		"### Phase 2 \xE2\x80\x94 Dual publish\n"
		"- [x] FER-20: dual publish (8 pts)\n- [ ] FER-23: ordering (8 pts)\n\n"
		"### Phase 3 \xE2\x80\x94 Extras (unplanned scope)\n"
		"- [ ] FER-30: replay (5 pts)\n", &d);
	CHECK(r && r->n_waves == 3);
	if (r && r->n_waves == 3) {
		CHECK(r->waves[0].planned && r->waves[1].planned);
		CHECK(!r->waves[2].planned);
		CHECK(plan_is(r, 37, 29, 5));
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A table that sums up the waves and the waves' own headings are one
 * plan, not two: either order. */
PRR_TEST(import_plans15__summary_table_and_headings_once)
{
	static const char *const docs[] = {
		"# Orders plan\n\nDate: 2026-03-27\n\n"
		"| Wave | Planned pts | Done pts |\n|---|---|---|\n"
		"| Wave 1 \xE2\x80\x94 Observability | 13 | 13 |\n"
		"| Wave 2 \xE2\x80\x94 Launch | 8 | 0 |\n\n"
		"## Wave 1 \xE2\x80\x94 Observability\n\n"
		"| Story | Title | Pts | Status |\n|---|---|---|---|\n"
		"| ORD-401 | RED metrics | 5 | Done |\n| ORD-402 | Logs | 8 | Done |\n\n"
		"## Wave 2 \xE2\x80\x94 Launch (unplanned scope)\n\n"
		"| Story | Title | Pts | Status |\n|---|---|---|---|\n"
		"| ORD-430 | Game day | 8 | To do |\n",
		"# Orders plan\n\nDate: 2026-03-27\n\n"
		"## Wave 1 \xE2\x80\x94 Observability\n\n"
		"| Story | Title | Pts | Status |\n|---|---|---|---|\n"
		"| ORD-401 | RED metrics | 5 | Done |\n| ORD-402 | Logs | 8 | Done |\n\n"
		"## Summary\n\n| Wave | Planned pts | Done pts |\n|---|---|---|\n"
		"| Wave 1 \xE2\x80\x94 Observability | 13 | 13 |\n",
	};
	for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(docs[i], &d);
		CHECK(r && r->n_waves == 2 - i);
		if (r && r->n_waves == 2 - i) {
			CHECK(r->waves[0].planned && r->waves[0].n_stories == 2);
			/* Wave 2's heading says "unplanned", above the table */
			CHECK(plan_is(r, 13, 13, i == 0 ? 8 : 0));
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* Many wave headings under one summary table: each its own wave's,
 * read (how the time grows with them: make bench-hostile). */
PRR_TEST(import_plans15__many_wave_headings)
{
	prr_buf b = PRR_BUF_INIT;
	prr_buf_adds(&b, "# Plan\n\n| Wave | Planned pts | Done pts |\n|---|---|---|\n"
			 "| Wave 1 | 5 | 5 |\n\n");
	for (int i = 0; i < 50000; i++)
		prr_buf_adds(&b, "## Wave 1 (5 pts)\n- [x] A-1: x (5 pts)\n");
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(b.p, &d);
	CHECK(r != NULL && r->n_waves >= 1);
	prr_review_free(r);
	prr_diags_free(&d);
	prr_buf_free(&b);
}

/* A milestone table with a planned column and a later one ("Now",
 * "Forecast", "Current forecast", "Revised", "Actual / forecast",
 * "Actual"): each is due on the later day, done on it where a ✅ says so
 * (its planned day then its due), and due on none where it says "TBD".
 * No such table is a plan's figures audited against stories. */
PRR_TEST(import_plans15__milestone_planned_and_now)
{
	static const char *const heads[] = {
		"Milestone | Planned | Now", "Milestone | Planned | Forecast",
		"Milestone | Baseline | Current forecast",
		"Milestone | Original date | Revised date",
		"Milestone | Planned | Actual / forecast",
		"Milestone | Planned | Actual", "# | Milestone | Planned date | Actual date",
	};
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		const char *n = heads[i][0] == '#' ? "| M1 " : "";
		char doc[900];
		snprintf(doc, sizeof doc,
			 "# Ferry plan\n\nDate: 2026-04-14\n\n## Milestones\n\n| %s |\n"
			 "|---|---|---|%s\n%s| Phase 2 complete | 2026-03-10 | 2026-03-20 \xE2\x9C\x85 |\n"
			 "%s| Cut-over | 2026-05-25 | 2026-06-08 |\n"
			 "%s| Restore rehearsal (ORD-420) | 2026-04-10 | TBD |\n\n"
			 "## Wave 3\n\n| Story | Title | Pts | Status |\n|---|---|---|---|\n"
			 "| ORD-420 | PITR | 8 | To do |\n",
			 heads[i], *n ? "---|" : "", n, n, n);
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(doc, &d);
		CHECK(r && r->n_milestones == 3 && r->n_audit == 0);
		if (r && r->n_milestones == 3) {
			const prr_milestone *m = r->milestones;
			CHECK(m[0].done && m[0].done_date &&
			      strcmp(m[0].done_date, "2026-03-20") == 0);
			CHECK(m[0].due && strcmp(m[0].due, "2026-03-10") == 0);
			CHECK(!m[1].done && m[1].due && strcmp(m[1].due, "2026-06-08") == 0);
			CHECK(!m[2].done && !m[2].due);
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A column headed by points done ("Points done (cum.)", "Pts done")
 * holds points, not statuses: a burn-up table of them is kept as a
 * table, no checklist of unknown statuses. */
PRR_TEST(import_plans15__points_done_column_is_no_status)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Ferry plan\n\nDate: 2026-04-14\n\n## Burn-up\n\n"
		"| Week ending | Points done (cum.) | Scope (pts) |\n|---|---|---|\n"
		"| 2026-03-20 | 34 | 86 |\n| 2026-04-03 | 47 | 94 |\n", &d);
	CHECK(r && r->n_checklists == 0 && r->n_tables == 1);
	CHECK_INT(d.n, 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "| Story | Title | Pts |" of keys: the key is the story's ID and the
 * Title column its title, whole; beside an ID column a title's "X:" is
 * its own ("| REL-93 | Runbook: provider outage |" is REL-93). */
PRR_TEST(import_plans15__story_ids_and_titles)
{
	static const struct {
		const char *table, *id, *title;
	} cases[] = {
		{ "| Story | Title | Pts | Status |\n|---|---|---|---|\n"
		  "| ORD-410 | Timeouts + retries | 5 | Done |\n",
		  "ORD-410", "Timeouts + retries" },
		{ "| Story | Title | Pts | Status |\n|---|---|---|---|\n"
		  "| CB-404 | Fallback: paper rota | 5 | Done |\n",
		  "CB-404", "Fallback: paper rota" },
		{ "| ID | Story | SP | Status |\n|---|---|---|---|\n"
		  "| REL-93 | Runbook: provider outage | 3 | Done |\n",
		  "REL-93", "Runbook: provider outage" },
		{ "| ID | Story | SP | Status |\n|---|---|---|---|\n"
		  "| REL-94 | REL-94: Retry budget | 3 | Done |\n",
		  "REL-94", "Retry budget" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Plan\n\nDate: 2026-03-27\n\n## Sprint 3\n\n%s",
				       cases[i].table);
		CHECK(r && r->n_waves == 1 && r->waves[0].n_stories == 1);
		if (r && r->n_waves == 1 && r->waves[0].n_stories == 1) {
			CHECK_STR(r->waves[0].stories[0].id, cases[i].id);
			CHECK_STR(r->waves[0].stories[0].title, cases[i].title);
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
}
