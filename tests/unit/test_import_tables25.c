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
