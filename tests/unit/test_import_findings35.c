/* test_import_findings35.c - lists the importer read as findings that a
 * reader sees as something else: a change log's fixes, the notes after
 * a finding or a label that names one. Each case failed before its rule. */
#include "test.h"

#include "md_doc.h"

#include <string.h>

/* A change log's "**Bug Fixes:**" lists the fixes made, no findings. */
PRR_TEST(import_findings35__bug_fixes_label_is_done)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Release report\n**Date:** October 4, 2025\n\n"
				"## Change Log\n**Bug Fixes:**\n"
				"- All known issues resolved\n- UAT findings addressed\n", &d);
	CHECK(r && r->n_findings == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "🔴 **Critical Path Item:**", a label in the singular, names one: the
 * first item is the blocker, the next ("Once validated, …") a note. */
PRR_TEST(import_findings35__singular_label_names_one)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Bot go-live\n**Date:** March 27, 2026\n\n"
				"## Current Blockers\n\xF0\x9F\x94\xB4 **Critical Path Item:**\n"
				"- Model improvements must be validated (in progress)\n"
				"- Once validated, all other items can proceed in parallel\n", &d);
	CHECK(r && r->n_findings == 1);
	if (r && r->n_findings == 1)
		CHECK(r->findings[0].blocking);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "**The remaining gap (G2):**" names one finding by its ID: the list
 * after it explains that one, no findings of its own. */
PRR_TEST(import_findings35__label_with_id_explains_it)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Launch Readiness\n\nDate: 2026-06-01\n\n"
				"## 5. Scenario: no internet connection\n\n"
				"**The remaining gap (G2):**\n"
				"- **Trip completion is already resilient**: it retries 3 times.\n"
				"- **Accept** is deliberately NOT queued.\n", &d);
	CHECK(r && r->n_findings == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* The list right after a bold finding line is its details, not more
 * findings. */
PRR_TEST(import_findings35__list_after_finding_is_details)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Audit\n\nDate: 2026-06-01\n\n## Findings\n\n"
				"**2.8 \xE2\x80\x94 [LOW] Idempotency is solid where it matters**\n"
				"- `insert_batch` uses ON CONFLICT on the natural key.\n"
				"- `update_ranking` discards the execute() result status.\n", &d);
	CHECK(r && r->n_findings == 1);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* An ID on a line that points elsewhere ("**Mitigation**: Complete type
 * checker (CRIT-001)") is another finding's, not the one above's. */
PRR_TEST(import_findings35__no_id_from_a_reference)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Gap Analysis\n\n**Date**: 2025-12-01\n\n"
				"## Security Vulnerability Classes\n\n"
				"### 1. Type Confusion\n**Likelihood**: HIGH\n**Impact**: CRITICAL\n"
				"**Mitigation**: Complete type checker (CRIT-001)\n\n"
				"### 2. Reentrancy\n**Likelihood**: LOW\n**Impact**: CRITICAL\n"
				"**Mitigation**: Add static analysis\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2)
		CHECK(!r->findings[0].id || strcmp(r->findings[0].id, "CRIT-001") != 0);
	prr_review_free(r);
	prr_diags_free(&d);
}
