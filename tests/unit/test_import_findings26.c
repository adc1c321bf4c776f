/* test_import_findings26.c - findings misread in review documents of
 * other teams (round 37, real documents): each case failed before its
 * rule. */
#include "test.h"

#include "md_doc.h"

/* A clause that opens with a check's outcome says how a test runs, not
 * that the finding is fixed: "**Acceptance:** CI fails if a >1.80 API is
 * used; green on 1.80 today." keeps T-02 open (as "Fixed in 2.4.1."
 * closes one); a middle dot after a heading's ID is no part of its
 * title: "### T-02 · Enforce the declared MSRV" is "Enforce …". */
PRR_TEST(import_findings26__green_is_no_fix)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# aishe review\n\n**Date:** 2026-06-13\n\n"
		"## P0 \xE2\x80\x94 Adoption blockers\n\n"
		"### T-01 \xC2\xB7 Stop committing run artifacts (P0)\n"
		"**Problem:** 62 report files are committed.\n"
		"Fixed in 2.4.1.\n\n"
		"### T-02 \xC2\xB7 Enforce the declared MSRV (1.80) in CI (P0)\n"
		"**Problem:** CI builds with stable only.\n"
		"**Acceptance:** CI fails if a >1.80 API is used; green on 1.80 "
		"today.\n", &d);
	const prr_finding *f = r ? md_finding(r, "T-02") : NULL;
	CHECK(r && r->n_findings == 1 && f);
	if (f)
		CHECK_STR(f->title, "Enforce the declared MSRV (1.80) in CI");
	prr_review_free(r);
	prr_diags_free(&d);
}
