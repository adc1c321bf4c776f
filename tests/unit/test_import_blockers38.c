/* test_import_blockers38.c - what under a heading of findings or
 * blockers is none: a sentence that denies them, work that may go on,
 * actions to take.  Each case failed before its rule. */
#include "test.h"

#include "md_doc.h"

/* "- No further high blockers found for this release; the rest is
 * cosmetic." under "Open gaps:": a sentence that denies findings is
 * none (nor critical, nor blocking); "- No audit log for admin
 * actions." beside it, the lack of a thing, still is one. */
PRR_TEST(import_blockers38__denial_is_no_finding)
{
	static const char *const denials[] = {
		"No further high blockers found for this release; the rest is cosmetic.",
		"No critical blockers remain.",
		"No open issues identified.",
		"**None of these risks block the pilot.**",
		"Zero blocking issues",
	};
	for (size_t i = 0; i < sizeof denials / sizeof denials[0]; i++) {
		char doc[512];
		snprintf(doc, sizeof doc,
			 "# Review\n\n## Follow-up\n\nOpen gaps:\n- %s\n"
			 "- No audit log for admin actions.\n", denials[i]);
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(doc, &d);
		CHECK(r && r->n_findings == 1);
		if (r && r->n_findings == 1) {
			CHECK_STR(r->findings[0].title, "No audit log for admin actions.");
			CHECK(!r->findings[0].blocking);
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
}
