/* test_import_scores42.c - scores and estimates the importer misread in
 * reviews written by other teams (round 42): each case failed before
 * its rule. */
#include "test.h"

#include "md_doc.h"

/* "**Assessment:** 7/8 PASS (87.5%)": tests passed, a result, no score
 * beside the stated "Overall Assessment: **85/100**" (where it pushed
 * the stated overall out of the headline); "Score: 7/8" names one. */
PRR_TEST(import_scores42__pass_count_is_no_score)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Review\n\n### Overall Assessment: **85/100** (Production Ready)\n\n"
		"#### Phase 4: API v2 Endpoints\n\n"
		"**Assessment:** 7/8 PASS (87.5%)\n\n"
		"Checks: 12/14 passed\n", &d);
	CHECK(r && r->n_scores == 1);
	if (r && r->n_scores == 1)
		CHECK(r->scores[0].value == 85 && r->scores[0].max == 100);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Overall:            58% coverage" in a code block under "**Test
 * Coverage**:": test coverage, whatever its label, no stated score (a
 * "Total: 8.5/10" in code still is one). */
PRR_TEST(import_scores42__coverage_is_no_score)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Audit\n\n**Status**: PRODUCTION READY\n\n**Test Coverage**:\n"
		"```\nCore module:        95% coverage\n"
		"Overall:            58% coverage (CLI not included)\n```\n\n"
		"Overall: 61% covered by tests.\n\n"
		"```\nTotal: 8.5/10\n```\n", &d);
	CHECK(r && r->n_scores == 1);
	if (r && r->n_scores == 1)
		CHECK(r->scores[0].value == 8.5 && r->scores[0].max == 10);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "**Score: 64% — NOT READY**" under "## PyPI Readiness": a generic
 * score under a heading of readiness is the review's stated score, no
 * dimension named after the heading; "**Pass:** 18/28 checks", "**Fail:**
 * 8/28 (…)", "**Unknown:** 2/28" count checks by their result, no
 * scores. */
PRR_TEST(import_scores42__pass_fail_counts_are_no_scores)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Audit Report\n\n## PyPI Readiness\n\n**Score: 64% \xE2\x80\x94 NOT READY**\n\n"
		"**Pass:** 18/28 checks\n**Fail:** 8/28 (no publish workflow)\n"
		"**Unknown:** 2/28 (PyPI name availability)\n", &d);
	CHECK(r && r->n_scores == 1 && r->n_dimensions == 0);
	if (r && r->n_scores == 1)
		CHECK(r->scores[0].value == 64 && r->scores[0].max == 100);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "| **Production ready** | **6.5/10** | … |" closing a scorecard: the
 * row of the whole's readiness for production is its stated score, as a
 * Total row is, no dimension averaged in; "| Production readiness review
 * | 25% |", a task, stays a row. */
PRR_TEST(import_scores42__production_ready_row_is_the_score)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Parser review\n\n## Production readiness score\n\n"
		"| Dimension | Score | Note |\n|------|------|------|\n"
		"| **Completeness** | 6/10 | missing checks |\n"
		"| **Code quality** | 9/10 | good overall |\n"
		"| **Production ready** | **6.5/10** | **fix the critical issues** |\n", &d);
	CHECK(r && r->n_scores == 1 && r->n_dimensions == 2);
	if (r && r->n_scores == 1)
		CHECK(r->scores[0].value == 6.5 && r->scores[0].max == 10);
	prr_review_free(r);
	prr_diags_free(&d);
	prr_diags d2 = PRR_DIAGS_INIT;
	r = md_text("# Gates\n\n## Phase 11\n\n"
		    "| Item | Weight | Score |\n|---|---|---|\n"
		    "| Definition of Done | 25% | 25% |\n"
		    "| Production readiness review | 25% | 20% |\n", &d2);
	CHECK(r && r->n_scores == 0);
	prr_review_free(r);
	prr_diags_free(&d2);
}

/* "- Redis TTL: 23h", "- AMD token lifespan: ~24h", "- Background
 * refresh: every 20h": durations of configuration (a TTL, lifespan,
 * interval, timeout, retention; "every …"), no estimates of effort;
 * "- Fix: 2 days" still is one. */
PRR_TEST(import_scores42__config_durations_are_no_estimates)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Review\n\n## Authentication\n\n**Token lifecycle:**\n"
		"- Background refresh: every 20h\n- Redis TTL: 23h\n"
		"- AMD token lifespan: ~24h\n- Session timeout: 30 minutes\n\n"
		"**Estimate:**\n- Fix: 2 days\n", &d);
	CHECK(r && r->n_estimates == 1);
	prr_review_free(r);
	prr_diags_free(&d);
}
