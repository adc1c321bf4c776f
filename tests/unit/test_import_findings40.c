/* test_import_findings40.c - findings, risks and checklists in layouts
 * found by review documents written by other teams (round 40): each case
 * failed before its rule. */
#include "test.h"

#include "md_doc.h"

/* A heading that says its items need no change ("### Additional Items
 * (Verified, No Code Changes Required)") is over what is done: the rows
 * of its "| Item | Finding |" table are no open findings.  A heading of
 * one finding that names a fail-closed design ("### AB-5: Gateway —
 * Fail-Closed") is still a finding: "closed" there is no state. */
PRR_TEST(import_findings40__no_change_required_and_fail_closed)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Launch pass\n\n**Date:** 2026-03-02\n\n## Findings\n\n"
		"### More checks (Verified, No Code Changes Required)\n\n"
		"| Item | Finding |\n|---|---|\n"
		"| **Spec claims** | Nothing claimed that is not served. |\n"
		"| **SDK notes** | The limits are written down. |\n\n"
		"## Changes made\n\nNone.\n", &d);
	CHECK(r && r->n_findings == 0);
	prr_review_free(r);
	prr_diags_free(&d);

	d = (prr_diags)PRR_DIAGS_INIT;
	r = md_text("# Launch pass\n\n**Date:** 2026-03-02\n\n## Findings\n\n"
		    "### AB-1: Keys in the schema\n\nSome words.\n\n"
		    "### AB-5: Gateway \xE2\x80\x94 Fail-Closed\n\nMore words.\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2)
		CHECK_STR(r->findings[1].id, "AB-5");
	prr_review_free(r);
	prr_diags_free(&d);
}
