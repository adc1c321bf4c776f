/* test_import_program16.c - what the importer reads in reviews of a
 * program of several services (round 29): the verdicts of the parts are
 * their own, an earlier review kept for reference is no part of this
 * one; each case failed before its rule. */
#include "test.h"

#include "md_doc.h"

/* A part's verdict (a Verdict column of services, a "Verdict:" under
 * each service's heading, a matrix's "Overall" column) is that part's
 * state, not the document's: "**Program: NO-GO**" is the document's,
 * and where only parts state verdicts the document states none. */
PRR_TEST(import_program16__parts_verdicts_are_their_own)
{
	CHECK(md_states("# Checkout \xE2\x80\x94 readiness review\n\nDate: 2026-05-12\n\n"
			"| Service | Owner | Verdict |\n|---|---|---|\n"
			"| payments-api | Priya | GO |\n| ledger | Henrik | GO |\n\n"
			"**Program: NO-GO** \xE2\x80\x94 the migration window was cancelled.\n",
			PRR_LEVEL_NOT_READY,
			"NO-GO \xE2\x80\x94 the migration window was cancelled."));
	CHECK(md_states("# Checkout \xE2\x80\x94 readiness review\n\nDate: 2026-05-12\n\n"
			"**Program: NO-GO** \xE2\x80\x94 the window was cancelled.\n\n"
			"## payments-api\n\n**Verdict: GO**\n\n## ledger\n\n**Verdict: GO**\n",
			PRR_LEVEL_NOT_READY, "NO-GO \xE2\x80\x94 the window was cancelled."));
	CHECK_INT(md_level("# Checkout \xE2\x80\x94 readiness review\n\nDate: 2026-05-12\n\n"
			   "| Service | Owner | Verdict |\n|---|---|---|\n"
			   "| payments-api | Priya | GO |\n| ledger | Henrik | NO-GO |\n"),
		  PRR_LEVEL_UNKNOWN);
	CHECK_INT(md_level("# BSS \xE2\x80\x94 Cutover Readiness Board\n\nBoard date: 2026-11-19\n\n"
			   "| Service | Data migration | Rollback | Overall |\n|---|---|---|---|\n"
			   "| Mediation | \xE2\x9C\x85 | \xE2\x9C\x85 | GO |\n"
			   "| Billing | \xE2\x9D\x8C | \xE2\x9D\x8C | NO-GO |\n"),
		  PRR_LEVEL_UNKNOWN);
	CHECK_INT(md_level("# Lakehouse GA \xE2\x80\x94 readiness review\n\n"
			   "_Review meeting 3 March 2026_\n\n"
			   "The board did not reach a program verdict today.\n\n"
			   "## catalog\n\nVerdict: NO-GO.\n\n## query-engine\n\nVerdict: GO.\n"),
		  PRR_LEVEL_UNKNOWN);
	CHECK_INT(md_level("# Lakehouse GA \xE2\x80\x94 readiness review\n\n"
			   "_Review meeting 3 March 2026_\n\n"
			   "## catalog\n\nVerdict: GO.\n\n## query-engine\n\nVerdict: GO.\n"),
		  PRR_LEVEL_UNKNOWN);
	/* (the parts' own verdicts are no rival of the document's) */
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# C review\n\nDate: 2026-05-12\n\n"
				"**Program verdict: NO-GO**\n\n## payments-api\n\n"
				"**Verdict: GO**\n\n## ledger\n\n**Verdict: GO**\n", &d);
	CHECK(r && r->level == PRR_LEVEL_NOT_READY);
	for (size_t i = 0; i < d.n; i++)
		CHECK(!strstr(d.v[i].message, "another verdict"));
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "… so their NO-GO does not hold the pilot back": a verdict of the
 * parts named before it, beside the go of the whole, partial. */
PRR_TEST(import_program16__their_verdict_is_the_parts)
{
	CHECK_INT(md_level("# X review\n\nDate: 2026-05-12\n\nVerdict: GO for the pilot. "
			   "Ledger and fraud stay on the legacy path, so their NO-GO does "
			   "not hold the pilot back.\n"), PRR_LEVEL_PARTIAL);
}

/* "**Program:** Checkout Replatform" names the project, as "Project:"
 * does; "**Program: NO-GO**" is a verdict, no project. */
PRR_TEST(import_program16__program_field_names_the_project)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Round 2 review\n\n**Program:** Checkout Replatform\n"
				"**Review held:** 2026-05-12\n\nStatus: GO\n", &d);
	CHECK(r && r->project && strcmp(r->project, "Checkout Replatform") == 0);
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# Round 2 review\n\nDate: 2026-05-12\n\n**Programme: NO-GO**\n", &d);
	CHECK(r && !r->project && r->level == PRR_LEVEL_NOT_READY);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A <details> block or an appendix "kept for reference" keeps an
 * earlier review: its verdicts and checks are none of this one's. */
PRR_TEST(import_program16__kept_for_reference_is_earlier)
{
	static const char *const docs[] = {
		"# Lakehouse GA follow-up\n\n_Review meeting 7 April 2026_\n\n"
		"**Program verdict: CONDITIONAL GO.**\n\n<details>\n"
		"<summary><b>First review (2026-03-03) \xE2\x80\x94 kept for reference</b></summary>\n\n"
		"| Service | Verdict |\n|---|---|\n| catalog | NO-GO |\n| compaction | NO-GO |\n\n"
		"</details>\n",
		"# Rider App v5 backend \xE2\x80\x94 readiness review #3\n\nDate: 2026-09-15\n\n"
		"Overall: \xF0\x9F\x9F\xA1 **CONDITIONAL**\n\n"
		"## Appendix \xE2\x80\x94 notifications (round 1, 2026-07-21) \xE2\x80\x94 kept for reference\n\n"
		"| Area | Status |\n|---|---|\n| Observability | \xF0\x9F\x94\xB4 |\n"
		"| Resilience | \xF0\x9F\x94\xB4 |\n",
	};
	for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(docs[i], &d);
		CHECK(r && r->n_components == 0 && r->level == PRR_LEVEL_PARTIAL);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* Columns beside a part's stated status: "Round 1" (or a day) before it
 * is an earlier round's record, no check; "Board verdict" is the
 * status.  "### slotting — ✅ Ready" names "slotting"; a table under
 * "## Out of scope" names no components. */
PRR_TEST(import_program16__columns_and_headings_of_parts)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Checkout review, round 2\n\nDate: 2026-05-12\n\n"
				"| Service | Owner | Round 1 | Verdict |\n|---|---|---|---|\n"
				"| payments-api | Priya | NO-GO | GO |\n"
				"| ledger | Henrik | NO-GO | NO-GO |\n", &d);
	CHECK(r && r->n_components == 2);
	if (r && r->n_components == 2) {
		CHECK(r->components[0].status == PRR_PASS && r->components[0].n_checks == 0);
		CHECK(r->components[1].status == PRR_FAIL && r->components[1].n_checks == 0);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# BSS board\n\nBoard date: 2026-11-19\n\n"
		    "| Service | Data migration | Rollback | Board verdict |\n|---|---|---|---|\n"
		    "| Mediation | \xE2\x9C\x85 | \xE2\x9C\x85 | GO |\n"
		    "| Billing | \xE2\x9D\x8C | \xE2\x9D\x8C | NO-GO |\n", &d);
	CHECK(r && r->n_components == 2);
	if (r && r->n_components == 2) {
		CHECK(r->components[0].status == PRR_PASS && r->components[0].n_checks == 2);
		CHECK(r->components[1].status == PRR_FAIL && r->components[1].n_checks == 2);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# Fulfilment ORR\n\nReview meeting: 14 October 2026\n\n## Services\n\n"
		    "### slotting \xE2\x80\x94 \xE2\x9C\x85 Ready\n\n- [x] Observability\n\n"
		    "Status: Ready\n\n### carrier-gateway \xE2\x80\x94 \xE2\x9D\x8C Not ready\n\n"
		    "- [ ] Capacity\n\nStatus: Not ready\n", &d);
	CHECK(r && r->n_components == 2);
	if (r && r->n_components == 2) {
		CHECK_STR(r->components[0].name, "slotting");
		CHECK_STR(r->components[1].name, "carrier-gateway");
	}
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# Portfolio roll-up\n\n**As of:** 30 June 2026\n\n## Out of scope\n\n"
		    "| Service | Why |\n|---|---|\n| legacy-ibank | Decommissioned |\n", &d);
	CHECK(r && r->n_components == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}
