/* test_import_milestones20.c - milestones, waves and estimates in the
 * layouts of reviews written by other teams (round 20): each case
 * failed before its rule. */
#include "test.h"

#include "md_doc.h"

/* "| Milestone | Planned | Forecast | Done |": a day in the Done column
 * says the milestone was done on that day (due on the forecast, planned
 * on the first day); an empty Done cell says it is not done yet.  When
 * every Done cell holds a day the table is still milestones, not a
 * table of figures kept whole. */
PRR_TEST(import_milestones20__done_column_of_days)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Svc \xE2\x80\x94 Readiness Review\n\n**Date:** 2026-08-26\n\n"
		"## Milestones\n\n| Milestone | Planned | Forecast | Done |\n"
		"|---|---|---|---|\n"
		"| Wave 1 complete | 2026-08-07 | 2026-08-11 | 2026-08-11 |\n"
		"| Wave 2 complete | 2026-08-28 | 2026-09-04 | |\n", &d);
	CHECK(r && r->n_milestones == 2);
	if (r && r->n_milestones == 2) {
		const prr_milestone *m = r->milestones;
		CHECK(m[0].done);
		CHECK_STR(m[0].done_date, "2026-08-11");
		CHECK_STR(m[0].due, "2026-08-11");
		CHECK_STR(m[0].planned, "2026-08-07");
		CHECK(!m[1].done);
		CHECK_STR(m[1].due, "2026-09-04");
	}
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text(
		"# Svc \xE2\x80\x94 Readiness Review\n\n**Date:** 2026-09-23\n\n"
		"## Milestones\n\n| Milestone | Planned | Forecast | Done |\n"
		"|---|---|---|---|\n"
		"| Wave 2 complete | 2026-08-28 | 2026-09-15 | 2026-09-15 |\n"
		"| App launch | 2026-09-16 | 2026-09-23 | 2026-09-23 |\n", &d);
	CHECK(r && r->n_milestones == 2);
	if (r && r->n_milestones == 2) {
		CHECK(r->milestones[1].done);
		CHECK_STR(r->milestones[1].done_date, "2026-09-23");
		CHECK_STR(r->milestones[1].planned, "2026-09-16");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A list under a heading of milestones or of a plan ("## Milestones",
 * "## Plan"), each item a name then its day, is milestones: "- EU
 * tenants live — **2026-05-13**", "1. EU cohort launch: 2026-04-28 (…)";
 * done where a mark or a word after the day says so ("✅ done", "—
 * done"), first planned on the day it says it was ("(was 2026-03-31)"). */
PRR_TEST(import_milestones20__list_under_milestones)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Svc \xE2\x80\x94 Readiness Review\n\nReviewed on 6 May 2026.\n\n"
		"## Milestones\n\n"
		"- EU tenants live \xE2\x80\x94 **2026-05-13** \xE2\x9C\x85 done\n"
		"- US tenants live \xE2\x80\x94 **2026-06-10**\n"
		"- GA on docs portal \xE2\x80\x94 2026-06-14 (was 2026-05-31)\n"
		"- Beta \xE2\x80\x94 2026-02-24 \xE2\x80\x94 done\n", &d);
	CHECK(r && r->n_milestones == 4);
	if (r && r->n_milestones == 4) {
		const prr_milestone *m = r->milestones;
		CHECK_STR(m[0].name, "EU tenants live");
		CHECK_STR(m[0].due, "2026-05-13");
		CHECK(m[0].done);
		CHECK_STR(m[1].name, "US tenants live");
		CHECK(!m[1].done);
		CHECK_STR(m[2].due, "2026-06-14");
		CHECK_STR(m[2].planned, "2026-05-31");
		CHECK(!m[2].done);
		CHECK(m[3].done);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	/* a setext "Milestones" over a numbered list, each "name: day" */
	r = md_text("# Ledger review\n\nReview date: 14 April 2026\n\n"
		    "Milestones\n----------\n\n"
		    "1. EU cohort launch: 2026-04-28 (conditional on LED-4)\n"
		    "2. Restore drill re-run: 2026-05-05\n", &d);
	CHECK(r && r->n_milestones == 2);
	if (r && r->n_milestones == 2) {
		CHECK_STR(r->milestones[0].name, "EU cohort launch");
		CHECK_STR(r->milestones[1].due, "2026-05-05");
	}
	prr_review_free(r);
	prr_diags_free(&d);
	/* an item whose day opens a window is no day due: not milestones */
	r = md_text("# R\n\nDate: 2026-01-26\n\n## Plan\n\n"
		    "- Freeze (2026-02-02 \xE2\x86\x92 2026-02-13): all teams\n"
		    "- Re-assessment: 2026-03-09\n", &d);
	CHECK(r && r->n_milestones == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "| Milestone | Was | Now | State |": Was is the day first planned,
 * Now the day due now; its days are no scores. */
PRR_TEST(import_milestones20__was_now_table)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Svc \xE2\x80\x94 Readiness Review\n\nReviewed on 1 July 2026.\n\n"
		"## Milestones\n\n| Milestone | Was | Now | State |\n|---|---|---|---|\n"
		"| EU tenants live | 2026-05-13 | 2026-05-13 | Done |\n"
		"| Batch job switched off | 2026-07-01 | 2026-09-01 | Postponed |\n", &d);
	CHECK(r && r->n_milestones == 2 && r->n_dimensions == 0);
	if (r && r->n_milestones == 2) {
		const prr_milestone *m = r->milestones;
		CHECK(m[0].done);
		CHECK_STR(m[0].due, "2026-05-13");
		CHECK(m[0].planned == NULL);
		CHECK(!m[1].done);
		CHECK_STR(m[1].due, "2026-09-01");
		CHECK_STR(m[1].planned, "2026-07-01");
	}
	CHECK(!md_said(&d, "not imported: score"));
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "| Fase | Qué | Fecha |" of 1, 2: each milestone is named by the words
 * beside its number, not "1". */
PRR_TEST(import_milestones20__numbered_plan_named_by_words)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Citas review\n\nDate: 2026-05-06\n\n## Plan\n\n"
		"| Fase | Qu\xC3\xA9 | Fecha |\n|:-----|:----|------:|\n"
		"| 1 | Fix CIT-7 (mask DNI in logs) | 2026-05-13 |\n"
		"| 2 | Valencia launch | 2026-05-18 |\n", &d);
	CHECK(r && r->n_milestones == 2);
	if (r && r->n_milestones == 2) {
		CHECK_STR(r->milestones[0].name, "Fix CIT-7 (mask DNI in logs)");
		CHECK_STR(r->milestones[1].name, "Valencia launch");
		CHECK_STR(r->milestones[1].due, "2026-05-18");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "### Wave 1 — … — 21 pts, 21 done": the count done after the points
 * leaves the planned points read (21). */
PRR_TEST(import_milestones20__wave_points_before_done)
{
	static const char *const heads[] = {
		"Wave 1 \xE2\x80\x94 Foundations (2026-07-20 \xE2\x86\x92 2026-08-11) "
		"\xE2\x80\x94 21 pts, 21 done",
		"Wave 1 \xE2\x80\x94 Foundations \xE2\x80\x94 21 pts; 13 completed",
	};
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# R\n\n**Date:** 2026-08-26\n\n### %s\n\n"
			"| Story | Title | Points | Status |\n|---|---|---|---|\n"
			"| OGW-201 | Envoy canary | 13 | Done |\n"
			"| OGW-202 | Token TTL | 8 | Done |\n", heads[i]);
		CHECK(r && r->n_waves == 1);
		if (r && r->n_waves == 1)
			CHECK(r->waves[0].planned_points == 21);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* "Remaining work: 15–20 engineer-days (was 34–42)." unbolded: an
 * estimate where its label names one (in days: "engineer-days",
 * "person-days"); not any span of time ("Retention: 30 days"). */
PRR_TEST(import_milestones20__plain_estimate_line)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Svc \xE2\x80\x94 Readiness Review\n\n**Date:** 2026-08-26\n\n"
		"## Estimate\n\nRemaining work: 15\xE2\x80\x93" "20 engineer-days (was 34\xE2\x80\x93" "42).\n\n"
		"Retention: 30 days\n", &d);
	CHECK(r && r->n_estimates == 1);
	if (r && r->n_estimates == 1) {
		CHECK_STR(r->estimates[0].label, "Remaining work");
		CHECK(r->estimates[0].low == 15 && r->estimates[0].high == 20);
		CHECK_STR(r->estimates[0].unit, "days");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A list item or a line in bold that names a step of the plan and its
 * window ("- Wave 1 (2026-02-02 → 2026-02-13): FS-19", "**Wave 2 —
 * hardening (2026-08-03 → 2026-08-14)**") is a wave with that window; a
 * heading of the same step after it is the same wave. */
PRR_TEST(import_milestones20__wave_lines)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# R\n\nDate: 2026-01-26\n\n## Plan\n\n"
		"- Wave 1 (2026-02-02 \xE2\x86\x92 2026-02-13): FS-19, FS-23\n"
		"- Re-assessment: 2026-03-09\n\n"
		"**Wave 2 \xE2\x80\x94 hardening (2026-08-03 \xE2\x86\x92 2026-08-14)**\n\n"
		"1. WORM write alert (INV-11)\n\n"
		"### Wave 1 \xE2\x80\x94 Foundations\n\n"
		"| Story | Title | Points | Status |\n|---|---|---|---|\n"
		"| S-1 | a | 5 | Done |\n", &d);
	CHECK(r && r->n_waves == 2);
	if (r && r->n_waves == 2) {
		CHECK_STR(r->waves[0].name, "Foundations");
		CHECK_STR(r->waves[0].start, "2026-02-02");
		CHECK_STR(r->waves[0].end, "2026-02-13");
		CHECK(r->waves[0].n_stories == 1);
		CHECK_STR(r->waves[1].name, "hardening");
		CHECK_STR(r->waves[1].end, "2026-08-14");
	}
	CHECK(r && r->n_milestones == 1);
	if (r && r->n_milestones == 1)
		CHECK_STR(r->milestones[0].name, "Re-assessment");
	prr_review_free(r);
	prr_diags_free(&d);
}
