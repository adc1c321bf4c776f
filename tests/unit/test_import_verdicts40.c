/* test_import_verdicts40.c - a status field at the head of a review beside
 * a later verdict (verdicts40): each case failed before its rule. */
#include "test.h"

#include "md_doc.h"

/* A "**Status:**" at the head that says otherwise than the verdict read
 * later, under "## Verdict", is the document's too: the later verdict
 * is read, the head's status warned of, not dropped without a sign. */
PRR_TEST(import_verdicts40__head_status_disagreeing_is_warned_of)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Rollout state\n\n**Date:** 2026-03-02\n"
		"**Status:** \xE2\x9A\xA0\xEF\xB8\x8F NOT QUITE READY - two issues open\n\n"
		"## Done\n\n1. \xE2\x9C\x85 **Socket fix** - Fixed\n\n"
		"## \xE2\x9C\x85 Verdict\n\n"
		"**System Status:** \xE2\x9C\x85 **READY FOR DEPLOYMENT**\n", &d);
	CHECK(r && r->level == PRR_LEVEL_READY && r->status_line == 12);
	CHECK(md_said(&d, "says otherwise than the verdict read, line 12's"));
	prr_review_free(r);
	prr_diags_free(&d);
	/* (a status of the document, or of an earlier day, is none) */
	static const char *const heads[] = {
		"**Doc status:** Draft, pending sign-off",
		"**Previous assessment:** 3 February 2026 (GO, 8.6/10)",
	};
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		prr_diags d2 = PRR_DIAGS_INIT;
		r = md_fmt(&d2, "# Rollout state\n\n**Date:** 2026-03-02\n%s\n\n"
			   "## Verdict\n\n**Decision:** NO-GO for the cut-over.\n",
			   heads[i]);
		CHECK(r && r->level == PRR_LEVEL_NOT_READY);
		CHECK(!md_said(&d2, "says otherwise"));
		prr_review_free(r);
		prr_diags_free(&d2);
	}
}

/* "**Status:** ✅ READY (internal tools only)" at the head, then
 * "**Recommendation:** ready for production use.": of one level, the
 * status is quoted, its scope kept; a recommendation says what to do. */
PRR_TEST(import_verdicts40__head_status_over_recommendation_of_its_level)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Control plane readiness review\n\n**Date:** 2026-03-02\n"
		"**Status:** \xE2\x9C\x85 PRODUCTION-READY (internal tools only)\n\n"
		"## Summary\n\nMost things work.\n\n"
		"**Recommendation:** The system is ready for production use.\n", &d);
	CHECK(r && r->level == PRR_LEVEL_READY && r->status_line == 4);
	CHECK(r && r->status_text &&
	      strstr(r->status_text, "(internal tools only)") != NULL);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A verdict in bold in a sentence before a lead-in ("It can now:" over
 * a list) is quoted to the stop before the lead-in: a quote ends at its
 * sentence, not with the lead-in's words cut from their list. */
PRR_TEST(import_verdicts40__verdict_before_a_lead_in_ends_at_its_stop)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Review\n\n**Date:** 2026-03-02\n\n## Conclusion\n\n"
		"The tool is **production-ready** for pilot teams. It can now:\n"
		"- Import reports\n- Export charts\n", &d);
	CHECK_STR(r ? r->status_text : NULL,
		  "The tool is production-ready for pilot teams.");
	prr_review_free(r);
	prr_diags_free(&d);
}
