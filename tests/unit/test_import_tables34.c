/* test_import_tables34.c - tables and status fields of real review
 * documents (round 34): each case failed before its rule. */
#include "test.h"

#include "md_doc.h"

/* "**Status**: ✅ **100% READY**" under an app's heading: ready said
 * whole is the part's status word, no score and no dimension of 100
 * named after the heading ("80% ready" stays a share of readiness). */
PRR_TEST(import_tables34__status_100_percent_ready_is_no_score)
{
	static const char *const values[] = {
		"\xE2\x9C\x85 **100% READY**", "100% READY",
		"**100 % production ready**",
	};
	for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		char doc[512];
		snprintf(doc, sizeof doc,
			 "# Platform \xE2\x80\x93 Launch Readiness\n\n"
			 "**Last Updated**: February 17, 2026\n\n"
			 "**Launch Recommendation**: **\xE2\x9C\x85 GO**\n\n"
			 "#### SportsHub (Voting)\n**Status**: %s\n**Port**: 3008\n",
			 values[i]);
		prr_review *r = md_text(doc, &d);
		CHECK(r && r->n_dimensions == 0 && r->n_scores == 0);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Platform\n\n**Launch Recommendation**: GO\n\n"
				"#### SportsHub\n**Status**: 80% ready\n", &d);
	CHECK(r && r->n_dimensions == 1 && r->dimensions[0].score == 80);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Area | State" of "Onboarding, submit / revise / withdraw quote, full
 * history kept": a status column of descriptions (no cell a mark or a
 * status alone, most of them prose, at most half with a status word
 * anywhere) states no status: no component, no checks from the words of
 * its prose ("cannot publish" pending, "completed by admin" pass); the
 * table kept, the column named in one warning.  A column of results in
 * prose ("clean", "40/40 passing", "green on both merges") stays read. */
PRR_TEST(import_tables34__description_column_states_no_status)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Shop \xE2\x80\x94 Launch Readiness\n\nDate: 2026-10-08\n\n"
		"## 1. What is built\n\n| Area | State |\n|---|---|\n"
		"| Supplier | Onboarding, submit / revise / withdraw quote, full history kept |\n"
		"| Trust controls | Unverified companies cannot publish RFQs or quote |\n"
		"| App store requirements | In-app account deletion request (completed by admin per retention policy) |\n"
		"| Backend | Supabase project, Postgres 17 |\n", &d);
	CHECK(r && r->n_components == 0 && r->n_checklists == 0 && r->n_tables == 1);
	CHECK(md_said(&d, "column 'State' describes each row"));
	CHECK(!md_said(&d, "unknown status"));
	prr_review_free(r);
	prr_diags_free(&d);
	d = (prr_diags)PRR_DIAGS_INIT;
	r = md_text("# Repo\n\n## What's verified\n\n| Check | Result |\n| --- | --- |\n"
		    "| `npm ci` | 101 packages, **0 vulnerabilities** |\n"
		    "| `npm run typecheck` | clean |\n"
		    "| `npm test` | **40/40 passing**, 5 test files |\n"
		    "| `npm run build` | production build succeeds, all routes compile |\n"
		    "| CI | green on both merges (#1, #2) |\n", &d);
	CHECK(r && r->n_components == 1 && r->components[0].n_checks == 5);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "| Gap | Effort | Notes |" under "### High Priority": with no Status
 * column, a row whose effort or notes open with a mark of done and one
 * closing word ("✅ Done", "✅ Implemented. …") is a finding over, not
 * counted open; "✅ In review." waits, still open. */
PRR_TEST(import_tables34__gap_marked_done_is_over)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Wallet \xE2\x80\x94 Launch Readiness\n\nDate: 2026-04-01\n\n"
		"## Gaps for Testnet Launch\n\n### High Priority (Must-Have for Testnet)\n\n"
		"| Gap | Effort | Notes |\n|-----|--------|-------|\n"
		"| **Staking UI** | Medium | \xE2\x9C\x85 Implemented. Bond and Unbond forms in Dashboard. |\n"
		"| **RPC availability handling** | \xE2\x9C\x85 Done | Timeout, clear errors. |\n"
		"| **Store listing** | 1\xE2\x80\x93" "2 hrs | \xE2\x9C\x85 In review. |\n"
		"| **Faucet UX** | Low | Rate limit message. |\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2) {
		CHECK_STR(r->findings[0].title, "Store listing");
		CHECK_STR(r->findings[1].title, "Faucet UX");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}
