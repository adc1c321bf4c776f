/* test_import_tables25.c - what the importer reads in tables and marks
 * found by the readers of round 24 in real documents: each case failed
 * before its rule. */
#include "test.h"

#include "md_doc.h"

/* A verdict line is no component's text: "## Roll call" over a table of
 * the areas' votes makes a component named by the heading, and the
 * "**Decision: NO-GO for the June cycle.**" under it is still the
 * review's verdict.  Where the review has several components, one
 * component's own "Verdict:" is that component's, not the review's. */
PRR_TEST(import_tables25__decision_under_a_component_section)
{
	CHECK(md_states("# Go/No-Go meeting \xE2\x80\x94 invoice engine cut-over\n\n"
			"## Roll call\n\n| Area | Name | Status | Note |\n|---|---|---|---|\n"
			"| Ops | Sam Okonkwo | GO | |\n"
			"| Security | Ines Carvalho | NO-GO until BIL-88 is fixed | |\n\n"
			"**Decision: NO-GO for the June cycle.**\n",
			PRR_LEVEL_NOT_READY, "NO-GO for the June cycle."));
	CHECK(md_level("# Readiness review\n\n## api\n\n| Check | Status |\n|---|---|\n"
		       "| Alerts | \xE2\x9C\x85 |\n| Runbook | \xE2\x9C\x85 |\n\n"
		       "**Verdict: GO.**\n\n## worker\n\n| Check | Status |\n|---|---|\n"
		       "| Alerts | \xE2\x9D\x8C |\n| Runbook | \xE2\x9C\x85 |\n") ==
	      PRR_LEVEL_UNKNOWN);
}

/* A table with a name column and only columns of words ("Service |
 * Role") is an inventory, no scorecard: kept as a table, no component
 * of each row; one whose other columns rate the rows ("L2" levels, marks)
 * still names them. */
PRR_TEST(import_tables25__inventory_table_names_no_components)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Production Readiness Summary\n\n"
		"## AWS services in production use\n\n| Service | Role |\n| --- | --- |\n"
		"| **ECS Fargate** | Managed compute for api and workers |\n"
		"| **S3** | Document upload bucket |\n"
		"| **Sentry** (external) | Error monitoring |\n", &d);
	CHECK(r && r->n_components == 0 && r->n_tables == 1);
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# Portfolio\n\n## By quarter\n\n| Service | Owner | Q1 2026 |\n|---|---|---|\n"
		    "| accounts-core | Dana Whitfield | L2 |\n| cards-auth | Luis Ortega | L3 |\n", &d);
	CHECK(r && r->n_components == 2);
	prr_review_free(r);
	prr_diags_free(&d);
}
