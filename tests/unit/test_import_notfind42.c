/* test_import_notfind42.c - what the importer read as findings or
 * blockers that are none (round 41): each case failed before its rule. */
#include "test.h"

#include "md_doc.h"

/* Whether the second finding of an "### Issues" list, `item`, is
 * blocking; -1 when the list is not read as two findings. */
static int issue_blocks(const char *item)
{
	char text[512];
	snprintf(text, sizeof text,
		 "# Production Audit\n\n**Date:** 2025-12-01\n\n## Performance "
		 "Audit\n\n### Issues\n\n1. No text compression\n2. %s\n", item);
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(text, &d);
	int blocks = r && r->n_findings == 2 ? r->findings[1].blocking : -1;
	prr_review_free(r);
	prr_diags_free(&d);
	return blocks;
}

/* A compound that names a kind of code or resource is no blocker word:
 * "Render-blocking resources", "thread-blocking", "I/O-blocking" (a
 * release's kind before it still blocks: "launch-blocking",
 * "CI-blocking"). */
PRR_TEST(import_notfind42__render_blocking_is_no_blocker)
{
	CHECK(issue_blocks("Render-blocking resources") == 0);
	CHECK(issue_blocks("Thread-blocking work in handlers") == 0);
	CHECK(issue_blocks("Main-thread-blocking scripts") == 0);
	CHECK(issue_blocks("I/O-blocking startup") == 0);
	CHECK(issue_blocks("Non-blocking stale docs") == 0);
	CHECK(issue_blocks("Launch-blocking rollback gap") == 1);
	CHECK(issue_blocks("CI-blocking lint failures") == 1);
	CHECK(issue_blocks("Blocking rollback gap") == 1);
}

/* A severity and then only when work must be done, a verb of its own
 * between ("## 🚨 CRITICAL - MUST COMPLETE BEFORE LAUNCH (26 hours)"),
 * names a group of work, no finding: the items under it are read by
 * their own rules ("CRITICAL: Must rotate the leaked keys" is still
 * one). */
PRR_TEST(import_notfind42__must_complete_before_is_a_group)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Shop Launch Checklist\n\n## \xF0\x9F\x9A\xA8 CRITICAL - MUST "
		"COMPLETE BEFORE LAUNCH (26 hours)\n\n### 1. Age Verification "
		"Gate (2 hours) - **LEGAL REQUIREMENT**\n**Why:** Law requires "
		"it\n\n### 2. Stripe Checkout Flow (6 hours)\n**Why:** No "
		"payments\n", &d);
	CHECK(r != NULL);
	for (size_t i = 0; r && i < r->n_findings; i++)
		CHECK(strstr(r->findings[i].title, "MUST COMPLETE") == NULL);
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# Audit\n\n## CRITICAL: Must rotate the leaked keys\n\n"
		    "The keys were pushed to a public repository.\n", &d);
	CHECK(r && r->n_findings == 1);
	prr_review_free(r);
	prr_diags_free(&d);
}
