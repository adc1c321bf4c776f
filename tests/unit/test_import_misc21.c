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
