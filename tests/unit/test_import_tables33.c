/* test_import_tables33.c - what the importer reads in tables and fields
 * of real public reviews (round 33): a status claimed beside the one
 * found, a readiness answered beside a status in words, risks rated by
 * likelihood and impact, the commit beside a branch, estimates in brackets
 * after an item's title.  Each case failed before its rule. */
#include "test.h"

#include "md_doc.h"
#include "prr/buf.h"

#include <string.h>

/* "| Agent | Claimed Status | **Actual Status** |": the status claimed is
 * what others said; each row's status is the one found ("❌ 0% complete"
 * is a fail beside a claimed "Complete"), in a checklist and in a table of
 * components alike. */
PRR_TEST(import_tables33__claimed_status_is_no_status)
{
	static const char *const heads[] = {
		"| Agent | Claimed Status | **Actual Status** | Implementation |",
		"| Component | Reported Status | Verified Status | Implementation |",
	};
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# Agent Review\n\n**Date:** 2026-01-24\n\n### Reality Check\n\n"
			"%s\n|---|---|---|---|\n"
			"| Research Agent | \"Complete\" | \xE2\x9C\x85 **Complete** | Real search |\n"
			"| Docs Agent | \"Complete\" | \xE2\x9D\x8C **0%% complete** | Reads golden files |\n"
			"| Orchestrator | \"Complete\" | \xE2\x9A\xA0\xEF\xB8\x8F **10%% complete** | Stub only |\n",
			heads[i]);
		CHECK(r != NULL);
		if (!r)
			continue;
		prr_status want[] = { PRR_PASS, PRR_FAIL, PRR_PARTIAL };
		if (i == 0) {
			CHECK(r->n_checklists == 1 && r->checklists[0].n_items == 3);
			for (size_t k = 0; r->n_checklists == 1 && k < 3 &&
					   k < r->checklists[0].n_items; k++) {
				CHECK(r->checklists[0].items[k].status == want[k]);
				/* the claim stays in the item's note */
				CHECK(r->checklists[0].items[k].note &&
				      strstr(r->checklists[0].items[k].note, "Claimed Status"));
			}
		} else {
			CHECK(r->n_components == 3);
			for (size_t k = 0; k < 3 && k < r->n_components; k++) {
				CHECK(r->components[k].status == want[k]);
				CHECK(r->components[k].n_checks == 0); /* no check "Reported" */
			}
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* "| Component | Quality | Status | Production Ready? |": a readiness
 * answered yes or no is each row's status, the status in words before it
 * ("Logs Only") a remark, no check and no unknown status. */
PRR_TEST(import_tables33__readiness_answer_is_the_status)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Tools review\n\n**Date:** 2026-01-24\n\n### Current State Summary\n\n"
		"| Component | Quality | Status | Production Ready? |\n"
		"|---|---|---|---|\n"
		"| **Runtime Spine** | \xE2\x9C\x85 Excellent | Implemented | \xE2\x9C\x85 Yes |\n"
		"| **Observability** | \xE2\x9A\xA0\xEF\xB8\x8F Basic | Logs Only | \xE2\x9D\x8C No |\n"
		"| **Testing** | \xE2\x9D\x8C Broken | Circular deps | \xE2\x9D\x8C No |\n"
		"| **Documentation** | \xE2\x9A\xA0\xEF\xB8\x8F Conflicting | Needs updates | "
		"\xE2\x9A\xA0\xEF\xB8\x8F Partial |\n", &d);
	CHECK(r && r->n_components == 4);
	prr_status want[] = { PRR_PASS, PRR_FAIL, PRR_FAIL, PRR_PARTIAL };
	for (size_t k = 0; r && k < 4 && k < r->n_components; k++) {
		CHECK(r->components[k].status == want[k]);
		/* its Quality a check, its Status in words none */
		CHECK(r->components[k].n_checks == 1 &&
		      strcmp(r->components[k].checks[0].category, "Quality") == 0);
	}
	CHECK(!md_said(&d, "unknown status"));
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "| Risk | Probability | Impact |": of the two no one level is stated,
 * so the risk has none, but keeps both as written. */
PRR_TEST(import_tables33__risk_keeps_likelihood_and_impact)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Readiness Assessment\n\n**Assessment Date**: 2025-11-10\n\n"
		"### Technical Risks\n"
		"| Risk | Probability | Impact | Mitigation Strategy |\n"
		"|------|-------------|--------|-------------------|\n"
		"| Security Breach | Low | Critical | Multiple security layers |\n"
		"| Service Outage | Medium | High | Failover testing |\n", &d);
	CHECK(r && r->n_risks == 2);
	if (r && r->n_risks == 2) {
		CHECK(r->risks[0].level == PRR_SEV_UNKNOWN);
		CHECK_STR(r->risks[0].likelihood, "Low");
		CHECK_STR(r->risks[0].impact, "Critical");
		CHECK_STR(r->risks[1].likelihood, "Medium");
		CHECK_STR(r->risks[1].impact, "High");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "**Branch:** main" then "**Latest Commit:** 8a4b9b588": the commit is
 * the revision; a Docker image's tag ("noc-raven:100-percent-ready") is
 * none. */
PRR_TEST(import_tables33__latest_commit_is_the_revision)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Production Readiness Report\n\n**Date:** 2024-02-01\n"
		"**Status:** \xE2\x9C\x85 **PRODUCTION READY**\n**Branch:** main\n"
		"**Latest Commit:** 8a4b9b588 (fix: use payload variable)\n", &d);
	CHECK(r && r->revision && strcmp(r->revision, "8a4b9b588") == 0);
	prr_review_free(r);
	prr_diags_free(&d);
	d = (prr_diags)PRR_DIAGS_INIT;
	r = md_text("# Report\n\n**Date:** 2024-02-01\n\n### Docker Image\n"
		    "- **Tag**: `noc-raven:100-percent-ready`\n- **Size**: ~500MB\n", &d);
	CHECK(r && !r->revision);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "1. **Fix Configuration Test** (Est: 30 min, Priority: HIGH)": an
 * estimate labelled by the item's title, one per item. */
PRR_TEST(import_tables33__estimate_in_brackets_after_a_title)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Agent - Production Readiness Report\n\n**Date:** 2026-01-28\n\n"
		"## Recommendations\n\n"
		"1. **Fix Configuration Test** (Est: 30 min, Priority: HIGH)\n"
		"   - Debug the failure\n\n"
		"2. **Address Coverage Gap** (Est: 15 min, Priority: HIGH)\n"
		"   - Exclude optional modules\n\n"
		"3. **Document ZeroDB Status** (Est: 2 hours, Priority: HIGH)\n"
		"   - Mark as experimental\n", &d);
	CHECK(r && r->n_estimates == 3);
	if (r && r->n_estimates == 3) {
		CHECK_STR(r->estimates[0].label, "Fix Configuration Test");
		CHECK(r->estimates[0].low == 30 && strcmp(r->estimates[0].unit, "minutes") == 0);
		CHECK_STR(r->estimates[1].label, "Address Coverage Gap");
		CHECK(r->estimates[1].low == 15);
		CHECK_STR(r->estimates[2].label, "Document ZeroDB Status");
		CHECK(r->estimates[2].low == 2 && strcmp(r->estimates[2].unit, "hours") == 0);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Many such items import in one pass: no work per item beyond its
 * brackets. */
PRR_TEST(import_tables33__many_titled_estimates)
{
	prr_buf b = PRR_BUF_INIT;
	prr_buf_addf(&b, "# Plan\n\n**Date:** 2026-01-28\n\n## Recommendations\n\n");
	for (int i = 0; i < 50000; i++)
		prr_buf_addf(&b, "- **Fix %d** (Est: 30 min, Priority: HIGH)\n", i);
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(b.p, &d);
	CHECK(r && r->n_estimates == 50000);
	prr_review_free(r);
	prr_diags_free(&d);
	prr_buf_free(&b);
}
