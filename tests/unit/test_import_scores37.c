/* test_import_scores37.c - scores, dimensions, test figures, estimates,
 * revisions and the audit in real reviews (realdocs13, realdocs15): each
 * case failed before its rule. */
#include "test.h"

#include "md_doc.h"

#include <string.h>

/* A part's subtotal ("**A subtotal: 2/2**") is no overall score: the
 * table's TOTAL row is the review's one score, and the subtotal is not
 * audited against the mean of the parts. */
PRR_TEST(import_scores37__subtotal_no_overall_score)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Launch scorecard\n\n**Core subtotal: 3/3**\n\n"
		"**Ops sub-total: 1/3**\n\n"
		"| Part | Score |\n|---|---|\n| Core | 3/3 |\n| Ops | 1/3 |\n"
		"| **TOTAL** | **4/6 (67%)** |\n", &d);
	CHECK(r && r->n_scores == 1);
	if (r && r->n_scores == 1)
		CHECK(r->scores[0].value == 4 && r->scores[0].max == 6);
	for (size_t i = 0; r && i < r->n_audit; i++)
		CHECK(r->audit[i].agrees);
	prr_review_free(r);
	prr_diags_free(&d);
}
