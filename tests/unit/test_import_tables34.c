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
