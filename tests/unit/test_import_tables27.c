/* test_import_tables27.c - what the importer reads in real
 * operational-readiness documents (round 27): each case failed before
 * its rule. */
#include "test.h"

#include "md_doc.h"

/* A column whose header asks after an attribute ("Can Implement
 * Internally?", "External Audit Required?", "Is …?", "Needs …?") holds
 * each row's attributes, no checks: its "No" fails nothing; the "Final
 * Status" column is each row's status. */
PRR_TEST(import_tables27__attribute_question_columns)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Backend Readiness Matrix\n\n"
		"| Component | Can Implement Internally? | External Audit Required? | Final Status |\n"
		"| --- | --- | --- | --- |\n"
		"| Wallet auth | Partly | No | BLOCKED |\n"
		"| Dependency security | Yes | No | COMPLETE |\n"
		"| Independent review | No | Yes | PENDING |\n", &d);
	CHECK(r && r->n_components == 3);
	for (size_t i = 0; r && i < r->n_components; i++)
		CHECK(r->components[i].n_checks == 0);
	if (r && r->n_components == 3) {
		CHECK(r->components[0].status == PRR_FAIL);
		CHECK(r->components[1].status == PRR_PASS);
		CHECK(r->components[2].status == PRR_PENDING);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	/* (beside columns of checks: "Tested", "Monitored" stay checks) */
	r = md_text("# Review\n\n| Service | Tested | Monitored | Needs Migration? |\n"
		    "|---|---|---|---|\n| api | Yes | No | Yes |\n| web | Yes | Yes | No |\n", &d);
	CHECK(r && r->n_components == 2 && r->components[0].n_checks == 2);
	prr_review_free(r);
	prr_diags_free(&d);
}
