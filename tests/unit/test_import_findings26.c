/* test_import_findings26.c - findings misread in review documents of
 * other teams (round 37, real documents): each case failed before its
 * rule. */
#include "test.h"

#include "md_doc.h"

/* A clause that opens with a check's outcome says how a test runs, not
 * that the finding is fixed: "**Acceptance:** CI fails if a >1.80 API is
 * used; green on 1.80 today." keeps T-02 open (as "Fixed in 2.4.1."
 * closes one); a middle dot after a heading's ID is no part of its
 * title: "### T-02 · Enforce the declared MSRV" is "Enforce …". */
PRR_TEST(import_findings26__green_is_no_fix)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# aishe review\n\n**Date:** 2026-06-13\n\n"
		"## P0 \xE2\x80\x94 Adoption blockers\n\n"
		"### T-01 \xC2\xB7 Stop committing run artifacts (P0)\n"
		"**Problem:** 62 report files are committed.\n"
		"Fixed in 2.4.1.\n\n"
		"### T-02 \xC2\xB7 Enforce the declared MSRV (1.80) in CI (P0)\n"
		"**Problem:** CI builds with stable only.\n"
		"**Acceptance:** CI fails if a >1.80 API is used; green on 1.80 "
		"today.\n", &d);
	const prr_finding *f = r ? md_finding(r, "T-02") : NULL;
	CHECK(r && r->n_findings == 1 && f);
	if (f)
		CHECK_STR(f->title, "Enforce the declared MSRV (1.80) in CI");
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A status table (or a checklist) that marks a finding's ID done closes
 * that finding wherever the document states it: "| T-01 stop committing
 * … | ✅ done |" above "### T-01 · Stop committing … (P0)" leaves T-01
 * out; "⚙️ partial" and a box not ticked keep theirs open. */
PRR_TEST(import_findings26__status_table_marks_done)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# aishe review\n\n**Date:** 2026-06-13\n\n"
		"## Implementation status\n\n| Task | Status |\n|---|---|\n"
		"| T-01 stop committing `test-results/` | \xE2\x9C\x85 done |\n"
		"| T-02 enforce MSRV 1.80 in CI | partial |\n\n"
		"## Checklist\n\n- [x] T-03 man page\n- [ ] T-04 quickstart\n\n"
		"## P0 \xE2\x80\x94 Adoption blockers\n\n"
		"### T-01 \xC2\xB7 Stop committing run artifacts (P0)\n"
		"**Problem:** 62 report files are committed.\n\n"
		"### T-02 \xC2\xB7 Enforce the declared MSRV (P0)\n"
		"**Problem:** CI builds with stable only.\n\n"
		"### T-03 \xC2\xB7 Ship a man page (P1)\n"
		"**Problem:** none.\n\n"
		"### T-04 \xC2\xB7 Add a quickstart (P1)\n"
		"**Problem:** none.\n", &d);
	CHECK(r && r->n_findings == 2 && md_finding(r, "T-02") &&
	      md_finding(r, "T-04"));
	prr_review_free(r);
	prr_diags_free(&d);
}

/* The list after a condition ("If critical issues occur:", "When …:")
 * is the steps to take then, and the list after a FAQ's question
 * ("**Q: Cron jobs not running**") answers it: no findings, under a
 * heading of issues too; "Critical issues:" still leads findings. */
PRR_TEST(import_findings26__steps_after_a_condition)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Go-Live Checklist\n\nDate: 2026-03-01\n\n"
		"## Rollback Plan\nIf critical issues occur:\n"
		"1. Restore from most recent backup\n2. Re-apply migrations\n\n"
		"## Common Issues\n\n**Q: Cron jobs not running**\n"
		"- Check the cron table for active jobs\n"
		"- Verify the extensions are enabled\n\n"
		"## Review\n\nCritical issues:\n\n- No alerting on the queue\n", &d);
	CHECK(r && r->n_findings == 1 && r->findings[0].severity == PRR_SEV_CRITICAL);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A finding's heading over boxes all ticked is work done, no open
 * finding: "### 4. Security Hardening (P0 Remediation)" over "- [x] …"
 * only; one box left open keeps it. */
PRR_TEST(import_findings26__ticked_under_a_finding)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# LAUNCH READINESS: OmniHub v1.0.0\n\n**Date**: January 28, 2026\n\n"
		"## System Component Status\n\n"
		"### 4. Security Hardening (P0 Remediation)\n"
		"- [x] **Migration Integrity**: No hardcoded credentials\n"
		"- [x] **Secret Scanning**: Gitleaks clean\n\n"
		"### 5. Backups (P0 Remediation)\n"
		"- [x] **Nightly dump**: configured\n"
		"- [ ] **Restore drill**: not run\n", &d);
	CHECK(r && r->n_findings == 1 && r->findings[0].line == 11);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A heading that opens with "BLOCKING:" is a blocker, and "HIGH
 * PRIORITY:", "MEDIUM PRIORITY:" rate a finding as "HIGH:" does; the
 * lists under it (its Analysis) are its details, no findings. */
PRR_TEST(import_findings26__priority_headings)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Crawler readiness review\n\n**Date:** 2026-04-08\n\n"
		"## Section 1: Compile-time issues\n\n"
		"### \xE2\x9D\x8C **BLOCKING: Robot.java Constructor Bug**\n\n"
		"**Issue:** `userRobot` is used before initialization.\n\n"
		"### \xE2\x9D\x8C **HIGH PRIORITY: Waypoint.build() Missing**\n\n"
		"**Analysis:**\n- `RobotMovement.follow()` calls `goToPosition()`\n"
		"- **This will work but is algorithmically wrong**\n\n"
		"### \xE2\x9A\xA0\xEF\xB8\x8F **MEDIUM PRIORITY: CrawlerTuner Imports Pose2d**\n\n"
		"**Issue:** type mismatch.\n", &d);
	CHECK(r && r->n_findings == 3);
	if (r && r->n_findings == 3) {
		CHECK(r->findings[0].blocking);
		CHECK(r->findings[1].severity == PRR_SEV_HIGH && !r->findings[1].blocking);
		CHECK(r->findings[2].severity == PRR_SEV_MEDIUM);
		CHECK_STR(r->findings[1].title, "Waypoint.build() Missing");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}
