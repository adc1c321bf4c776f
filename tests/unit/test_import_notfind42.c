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
	CHECK(md_findings(
		"# Shop Launch Checklist\n\n## \xF0\x9F\x9A\xA8 CRITICAL - MUST "
		"COMPLETE BEFORE LAUNCH (26 hours)\n\n### 1. Age Verification "
		"Gate (2 hours) - **LEGAL REQUIREMENT**\n**Why:** Law requires "
		"it\n\n### 2. Stripe Checkout Flow (6 hours)\n**Why:** No "
		"payments\n", "MUST COMPLETE") != (size_t)-1);
	CHECK(md_findings("# Audit\n\n## CRITICAL: Must rotate the leaked keys\n\n"
			  "The keys were pushed to a public repository.\n", NULL) == 1);
}

/* The numbered actions of a phase of a plan ("### Phase 1: Must-fix
 * before production" under "## 9. Refactoring Plan", or a "Roadmap")
 * are the plan's work, no findings; the same list under "### Must-fix
 * before production" of the findings is. */
PRR_TEST(import_notfind42__plan_phase_actions_are_no_findings)
{
	static const char *const plans[] = { "9. Refactoring Plan",
		"Roadmap" };
	for (size_t i = 0; i < 2; i++) {
		char text[512];
		snprintf(text, sizeof text,
			 "# Production Code Review\n\nDate: 2026-02-10\n\n## %s\n\n"
			 "### Phase 1: Must-fix before production\n1. Rotate "
			 "compromised credentials.\n2. Enforce fail-closed webhook "
			 "verification.\n\n### Phase 2: Should-fix soon\n1. Split "
			 "`InstagramService` into focused components.\n", plans[i]);
		CHECK(md_findings(text, NULL) == 0);
	}
	CHECK(md_findings("# Production Code Review\n\n## Findings\n\n"
			  "### Must-fix before production\n1. Compromised "
			  "credentials in the repository.\n2. Webhook "
			  "verification fails open.\n", NULL) == 2);
}

/* Under a heading of issues, a list after a label of what they cost
 * ("**Estimated Impact:**") is their consequences, and a list under a
 * wish list ("### Nice-to-Have", no level, no finding's noun) is of
 * features wished for: no findings ("### P3 — Nice to have" and "##
 * Minor Issues (Nice to Have)" are findings of their level, and under a
 * heading of blockers a "Nice to Have" list is of findings that do not
 * block). */
PRR_TEST(import_notfind42__impact_and_wishes_are_no_findings)
{
	CHECK(md_findings("# Audit\n\n## Cost of Quality Issues\n\n**Estimated "
			  "Impact:**\n- 30% user drop-off due to poor UX\n- Higher "
			  "support costs\n", NULL) == 0);
	CHECK(md_findings("# Audit\n\n## Feature Gap Analysis\n\n### Nice-to-Have"
			  "\n\n1. Rich text mode (too complex)\n2. Collaborative "
			  "editing (already exists in mode 3)\n", NULL) == 0);
	CHECK(md_findings("# Audit\n\n## Findings\n\n### P3 \xE2\x80\x94 Nice to "
			  "have\n\n- Bump the CI runner's Node\n- Add Renovate\n",
			  NULL) == 2);
	CHECK(md_findings("# Audit\n\n## Minor Issues (Nice to Have)\n\n- "
			  "**Missing Change Log:** no section tracks changes.\n",
			  NULL) == 1);
	CHECK(md_findings("# Audit\n\n## Production Blockers\n\n1. No backups\n\n"
			  "### Nice to Have\n\n1. Rich text mode\n2. Cloud sync\n",
			  NULL) == 3);
}
