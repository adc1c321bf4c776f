/* test_import_golive26.c - what the importer reads in real go-live
 * checklists (round 26): blank sign-offs, OPEN gates, "ready to build",
 * mixed cells, thresholds, dated status lines, ⬜ marks and unticked
 * files; each case failed before its rule. */
#include "test.h"

#include "md_doc.h"

#include <string.h>

/* A sign-off under a decision heading with no approver filled in
 * ("Approved by: __________", "<name>", "[Name]", "___ Date: ___")
 * approves nothing: no verdict from it; the document's own status
 * stands.  One with a name filled in still decides. */
PRR_TEST(import_golive26__blank_approval_is_no_verdict)
{
	static const char *const blanks[] = {
		"Approved by: __________  \nDate: __________",
		"Approved by: <name>",
		"Approved by: [Name]",
		"**Approved by:** ___ Date: ___",
		"Signed off by: ____________",
	};
	for (size_t i = 0; i < sizeof blanks / sizeof blanks[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# Launch checklist \xE2\x80\x94 Acme\n\nStatus: PRE-LIVE\n"
			"Date: 2026-02-25\n\n## 1. Billing\n\n- [ ] Live keys configured\n\n"
			"## GO-LIVE DECISION\n\n%s\n", blanks[i]);
		CHECK(r && r->level == PRR_LEVEL_UNKNOWN && r->status_text &&
		      strcmp(r->status_text, "PRE-LIVE") == 0);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	CHECK(md_level("# Launch checklist\n\nDate: 2026-02-25\n\n- [ ] Live keys\n\n"
		       "## Go-live decision\n\nApproved by: __________\n") ==
	      PRR_LEVEL_UNKNOWN);
	CHECK(md_level("# Launch checklist\n\nDate: 2026-02-25\n\n- [ ] Live keys\n\n"
		       "## Go-live decision\n\nApproved by: Jane Doe\n") ==
	      PRR_LEVEL_READY);
}
