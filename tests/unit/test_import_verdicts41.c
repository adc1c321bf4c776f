/* test_import_verdicts41.c - the review's verdict in English layouts
 * found in documents written by other teams (round 41): each case
 * failed before its rule. */
#include "test.h"

#include "md_doc.h"

#include <string.h>

/* The level and quoted words `text` is read with. */
static void expect(const char *text, prr_level want, const char *quoted)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_undated(text, &d);
	CHECK(r != NULL);
	if (r) {
		CHECK_INT(r->level, want);
		if (quoted)
			CHECK(r->status_text && strstr(r->status_text, quoted));
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "GO WITH CHANGES" is a go on changes still required, as "GO WITH
 * FIXES" is: partial; changes said to be made are no condition. */
PRR_TEST(import_verdicts41__go_with_changes)
{
	expect("# Stage 1 Decision: GO WITH CHANGES\n\nDate: 2026-03-01\n\n"
	       "All core runs completed.\n", PRR_LEVEL_PARTIAL, "GO WITH CHANGES");
	expect("# Stage 1 Decision: GO with changes applied\n\nDate: 2026-03-01\n\n"
	       "All core runs completed.\n", PRR_LEVEL_READY, NULL);
}

/* A go for a stage to some users ("a controlled first-tenant launch")
 * then, in a paragraph of its own, the rest refused: partial, both
 * quoted. */
PRR_TEST(import_verdicts41__go_for_a_stage_then_the_rest_refused)
{
	expect("# Shop Go / No-Go\n\nDate: 2026-04-06\n\n## Verdict\n\n"
	       "**GO for a controlled first-tenant launch.**\n\n"
	       "**NO-GO for a public or self-serve launch.**\n",
	       PRR_LEVEL_PARTIAL, "NO-GO for a public");
}

/* Headings under "## Decision" that open with a verdict and a dash are
 * the decision for their scopes, read together and quoted, not the
 * approval prose under them: a go for staging beside production
 * refused is not ready. */
PRR_TEST(import_verdicts41__decision_headings)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_undated(
		"# RC3 Go / No-Go Decision\n\n**Decision date:** 2026-08-03\n\n"
		"## Decision\n\n### **GO \xE2\x80\x94 RC3 staging release candidate**\n\n"
		"The frontend passes all blocking gates. RC3 is approved for staging "
		"deployment.\n\n### **NO-GO \xE2\x80\x94 unrestricted public production "
		"(GA)**\n\nGA stays blocked by audit findings.\n", &d);
	CHECK(r && r->level == PRR_LEVEL_NOT_READY && r->status_text &&
	      strncmp(r->status_text, "GO \xE2\x80\x94 RC3", 8) == 0 &&
	      strstr(r->status_text, "NO-GO") && !strstr(r->status_text, "approved"));
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "## Verdict — GO": a verdict label set off by a dash in a heading, as
 * by a colon. */
PRR_TEST(import_verdicts41__verdict_label_and_dash_in_a_heading)
{
	expect("# Gate\n\nDate: 2026-03-01\n\n## Verdict \xE2\x80\x94 GO\n",
	       PRR_LEVEL_READY, "GO");
	expect("# GO_NO_GO\n\nDate: 2026-05-01\n\n## Verdict \xE2\x80\x94 **GO** "
	       "(test-mode) / **CONDITIONAL GO** for live\n\nEvery P0 criterion "
	       "passes.\n", PRR_LEVEL_PARTIAL, "CONDITIONAL GO for live");
	/* (a part's heading is no label: "## Security — PASS") */
	expect("# Gate\n\nDate: 2026-03-01\n\n## Security \xE2\x80\x94 PASS\n\n"
	       "## Load \xE2\x80\x94 PASS\n", PRR_LEVEL_UNKNOWN, NULL);
}

/* A "Recommendation:" under a numbered sub-heading is its area's advice:
 * the document's Status line stands. */
PRR_TEST(import_verdicts41__an_area_recommendation_is_no_verdict)
{
	expect("# Readiness Audit\n\n**Audit Date:** 2026-02-21\n"
	       "**Status:** \xE2\x9A\xA0\xEF\xB8\x8F **CONDITIONALLY READY** \xE2\x80\x94 "
	       "Critical items require attention before launch\n\n## 1. Security\n\n"
	       "### 1.1 Row Level Security \xE2\x80\x94 \xE2\x9C\x85 STRONG\n\n"
	       "Policies are in place.\n\n**Recommendation:** The RLS implementation "
	       "is robust and production-ready. No immediate modifications needed.\n",
	       PRR_LEVEL_PARTIAL, "CONDITIONALLY READY");
}

/* "**Status: READY FOR PRODUCTION DEPLOYMENT** ✅", label and value in
 * one bold as the document's last line, closes it as a status after a
 * rule does. */
PRR_TEST(import_verdicts41__bold_status_closing_the_document)
{
	expect("# Production Readiness Checklist\n\nDate: 2026-03-01\n\n"
	       "## Security\n- [x] TLS configured\n\n## Success Criteria\n"
	       "- [ ] Error rate < 0.1%\n\n"
	       "**Status: READY FOR PRODUCTION DEPLOYMENT** \xE2\x9C\x85\n",
	       PRR_LEVEL_READY, "READY FOR PRODUCTION DEPLOYMENT");
}

/* "If all ✅ above are checked: YOU'RE READY TO LAUNCH! 🚀" and "Once
 * all items are checked, you're ready to go live!" are conditions, no
 * verdict. */
PRR_TEST(import_verdicts41__a_condition_is_no_verdict)
{
	expect("# Shop \xE2\x80\x94 Go Live Checklist\n\n**Status:** Pre-Launch "
	       "Preparation\n**Last Updated:** January 27, 2025\n\n"
	       "## Final verification\n\n1. [ ] **Backend health check**\n"
	       "2. [ ] **Legal**\n\n**If all \xE2\x9C\x85 above are checked: "
	       "YOU'RE READY TO LAUNCH! \xF0\x9F\x9A\x80**\n",
	       PRR_LEVEL_UNKNOWN, NULL);
	expect("# Dialer\n\nDate: 2026-03-02\n\n"
	       "**Once all items are checked, you're ready to go live!**\n\n"
	       "## Approval\n\n- [ ] All tests pass\n", PRR_LEVEL_UNKNOWN, NULL);
}

/* "The current recommendation is **🟠 Pilot Only** — …", after a stop on
 * its line too: the recommendation's value, a go for a pilot only,
 * partial. */
PRR_TEST(import_verdicts41__the_recommendation_is)
{
	expect("# Acme \xE2\x80\x94 Go-Live Checklist\n\nDate: 2026-03-02\n\n"
	       "The current recommendation is **\xF0\x9F\x9F\xA0 Pilot Only** "
	       "\xE2\x80\x94 a full launch is gated on the blockers below.\n\n"
	       "## 1. Security\n\n- [x] Ports bound to loopback\n",
	       PRR_LEVEL_PARTIAL, "Pilot Only");
	expect("# Acme\n\nDate: 2026-03-02\n\n> Scope: a single node (Kong, web).\n"
	       "> It runs. The current recommendation is **Pilot Only** \xE2\x80\x94\n"
	       "> a full launch is gated on the blockers below.\n\n## 1. Security\n\n"
	       "- [x] a\n", PRR_LEVEL_PARTIAL, "Pilot Only");
}
