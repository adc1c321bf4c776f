/* test_import_misc21.c - what the importer reads, and what prr computes of
 * it, in documents written by other teams (sitetruth26): each case failed
 * before its rule. */
#include "test.h"

#include "md_doc.h"
#include "prr/figures.h"

/* A component the document states n/a (out of scope, "not assessed this
 * time") counts none of its checks: 33-07's billing-export, pass in every
 * column and "対象外" in its verdict, was ready at 100% and counted in the
 * review's "12 of 15 checks pass". */
PRR_TEST(import_misc21__component_stated_na_counts_no_check)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Review\n\n## Components\n\n"
		"| Component | Availability | Monitoring | Verdict |\n|---|---|---|---|\n"
		"| api | pass | partial | pass |\n"
		"| export | pass | pass | n/a |\n", &d);
	CHECK(r && r->n_components == 2);
	if (r && r->n_components == 2) {
		CHECK_INT(r->components[1].status, PRR_NA);
		prr_arena a = PRR_ARENA_INIT;
		prr_scorecard s;
		prr_score_review(&s, &a, r, NULL);
		CHECK_INT(s.tally.pass, 1);
		CHECK_INT(prr_tally_applicable(&s.tally), 2);
		CHECK_INT(s.comps[1].tally.na, 2);
		CHECK(!prr_has(s.comps[1].readiness));
		/* the component stated pass counts as before */
		CHECK_INT(prr_tally_applicable(&s.comps[0].tally), 2);
		prr_arena_free(&a);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A cross over a test or drill not run is a failed check: the mark says
 * fail, "not run" says why (31-09's "| Redis failover drill | ❌ not run
 * |" was pending).  Work not begun under a cross ("❌ Not started") and
 * a warning over a test not run ("⚠️ not run") stay pending. */
PRR_TEST(import_misc21__cross_over_a_test_not_run_fails)
{
	static const struct {
		const char *s;
		prr_status want;
	} cases[] = {
		{ "\xE2\x9D\x8C not run", PRR_FAIL },
		{ "\xE2\x9D\x8C **Not tested**", PRR_FAIL },
		{ "\xE2\x9D\x8C never run (no staging)", PRR_FAIL },
		{ "\xE2\x9D\x8C Not started", PRR_PENDING },
		{ "\xE2\x9A\xA0\xEF\xB8\x8F not run", PRR_PENDING },
		{ "not run", PRR_PENDING },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		bool known = false;
		prr_status st = prr_status_from_text(cases[i].s, strlen(cases[i].s),
						     &known);
		CHECK(known);
		CHECK_INT(st, cases[i].want);
	}
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Review\n\n## Checklist\n\n| # | Item | Status |\n|---|---|---|\n"
		"| 1 | Backfill tested | \xE2\x9C\x85 |\n"
		"| 2 | Redis failover drill | \xE2\x9D\x8C not run |\n"
		"| 3 | Cost alert | \xE2\x8F\xB3 |\n", &d);
	CHECK(r && r->n_checklists == 1 && r->checklists[0].n_items == 3);
	if (r && r->n_checklists == 1 && r->checklists[0].n_items == 3) {
		CHECK_INT(r->checklists[0].items[1].status, PRR_FAIL);
		CHECK(!r->checklists[0].items[1].done);
		CHECK_INT(r->checklists[0].items[2].status, PRR_PENDING);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A milestone whose current cell opens with a word of done ("done
 * (failed, see BSSO-77)") happened, whatever came of it: 30-10's dress
 * rehearsal was "planned 2026-03-05, no day due now" and not done.  Not
 * "Done by 2026-03-20", a day it is due.  With no day done and due after
 * the review's date (an update's news), the timeline places no "done by
 * then" at the review's date. */
PRR_TEST(import_misc21__milestone_said_done_is_done)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Review\n\nReview date: 2026-03-03\n\n## Timeline\n\n"
		"| Milestone | Planned | Now |\n|---|---|---|\n"
		"| Dress rehearsal | 2026-03-05 | done (failed, see BSSO-77) |\n"
		"| Cutover | 2026-03-07 | 2026-03-21 |\n"
		"| Sign-off | 2026-03-09 | Done by 2026-03-20 |\n", &d);
	CHECK(r && r->n_milestones == 3);
	if (r && r->n_milestones == 3) {
		const prr_milestone *m = r->milestones;
		CHECK(m[0].done);
		CHECK(m[0].due && strcmp(m[0].due, "2026-03-05") == 0);
		CHECK(!m[1].done);
		CHECK(!m[2].done);
		prr_arena a = PRR_ARENA_INIT;
		prr_revfig f = { r };
		prr_score_review(&f.score, &a, r, NULL);
		prr_timeline t;
		prr_timeline_build(&t, &a, &f, 1, NULL, 0, NULL, 0);
		for (size_t i = 0; i < t.n; i++)
			CHECK(t.events[i].kind != PRR_EV_MILESTONE_DONE);
		prr_arena_free(&a);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}
