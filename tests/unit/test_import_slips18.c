/* test_import_slips18.c - a milestone's planned day beside the day it is
 * due now: a slip the document states is kept, not folded into one day. */
#include "test.h"

#include "md_doc.h"

/* "| Milestone | Planned | Forecast | Status |" (and "Planned | Now",
 * "Original date | New date"): an open milestone is due on the forecast's
 * day and keeps its planned day as `planned`; a forecast on the planned
 * day states no slip; a done one stays due on its planned day, done on
 * the later one. */
PRR_TEST(import_slips18__planned_beside_forecast)
{
	static const char *const heads[] = {
		"| Milestone | Planned | Forecast | Status |",
		"| Milestone | Planned | Now | Status |",
		"| Milestone | Original date | New date | Status |",
	};
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		char doc[1024];
		snprintf(doc, sizeof doc,
			 "# Review\n\nDate: 2026-03-02\n\n## Milestones\n\n%s\n"
			 "|---|---|---|---|\n"
			 "| Go-live | 2026-04-01 | 2026-04-22 | Late |\n"
			 "| Beta | 2026-03-10 | 2026-03-10 | On track |\n"
			 "| Pilot | 2026-02-06 | 2026-02-13 | Done |\n", heads[i]);
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(doc, &d);
		CHECK(r && r->n_milestones == 3);
		if (r && r->n_milestones == 3) {
			const prr_milestone *m = r->milestones;
			CHECK_STR(m[0].due, "2026-04-22");
			CHECK_STR(m[0].planned, "2026-04-01");
			CHECK(!m[0].done);
			CHECK_STR(m[1].due, "2026-03-10");
			CHECK(m[1].planned == NULL);
			CHECK_STR(m[2].due, "2026-02-06");
			CHECK(m[2].planned == NULL);
			CHECK(m[2].done);
			CHECK_STR(m[2].done_date, "2026-02-13");
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A milestone whose forecast is "TBD" beside a planned day ("| M5 |
 * 2026-03-13 | TBD | 🔴 Blocked |") keeps the planned day: it is due on
 * no day the document states now, but was planned for the 13th. */
PRR_TEST(import_slips18__planned_kept_without_forecast)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Review\n\nDate: 2026-03-02\n\n## Milestones\n\n"
		"| # | Milestone | Planned | Actual / forecast | Status |\n"
		"|---|---|---|---|---|\n"
		"| M4 | dbt models ported | 2026-03-06 | 2026-03-27 (fc) | \xF0\x9F\x9F\xA0 Late |\n"
		"| M5 | Finance reconciliation | 2026-03-13 | TBD | \xF0\x9F\x94\xB4 Blocked |\n"
		"| M6 | Dashboards repointed | 2026-03-20 | | \xE2\x9A\xAA Not started |\n",
		&d);
	CHECK(r && r->n_milestones == 3);
	if (r && r->n_milestones == 3) {
		const prr_milestone *m = r->milestones;
		CHECK_STR(m[0].due, "2026-03-27");
		CHECK_STR(m[0].planned, "2026-03-06");
		CHECK(m[1].due == NULL);
		CHECK_STR(m[1].planned, "2026-03-13");
		CHECK(!m[1].done);
		/* nothing stated now: still due on its planned day */
		CHECK_STR(m[2].due, "2026-03-20");
		CHECK(m[2].planned == NULL);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A table of planned days alone ("| Milestone | Planned | Status |")
 * keeps each day as due, whatever the status says (Blocked, Late). */
PRR_TEST(import_slips18__planned_alone_is_due)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Review\n\nDate: 2026-03-02\n\n## Milestones\n\n"
		"| Milestone | Planned | Status |\n|---|---|---|\n"
		"| Reconciliation | 2026-03-13 | Blocked |\n"
		"| Backfill | 2026-02-27 | Late |\n", &d);
	CHECK(r && r->n_milestones == 2);
	if (r && r->n_milestones == 2) {
		CHECK_STR(r->milestones[0].due, "2026-03-13");
		CHECK_STR(r->milestones[1].due, "2026-02-27");
		CHECK(r->milestones[0].planned == NULL);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}
