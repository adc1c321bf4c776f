/* test_import_findings33b.c - findings read from real reviews (round 33,
 * second set): each case failed before its rule. */
#include "test.h"

#include "md_doc.h"
#include "prr/buf.h"

#include <string.h>

/* "#### 🔴 CRITICAL-3: Capacitor Server URL Points to Sandbox": a
 * severity word in capitals numbered with a hyphen is the finding's ID;
 * its level is the one its "**Severity:**" field states (not the ID's
 * word, nor a "**Priority:** MUST FIX BEFORE LAUNCH" after it); it
 * blocks when its "**Blocker Status:**" says a blocker, not when it says
 * "❌ NOT A BLOCKER". */
PRR_TEST(import_findings33b__severity_word_ids)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# App audit\n\n**Date:** 2025-01-10\n\n"
		"## 1\xEF\xB8\x8F\xE2\x83\xA3 SECURITY\n\n### \xE2\x9A\xA0\xEF\xB8\x8F ISSUES FOUND\n\n"
		"#### \xF0\x9F\x94\xB4 CRITICAL-1: Database Linter Warnings\n"
		"**Severity:** MEDIUM (Security Best Practice)  \n"
		"**Priority:** Should fix before launch  \n"
		"**Blocker Status:** \xE2\x9D\x8C NOT A BLOCKER (warning level only)\n\n"
		"## 4\xEF\xB8\x8F\xE2\x83\xA3 MOBILE/PWA READINESS\n\n### \xF0\x9F\x94\xB4 ISSUES FOUND\n\n"
		"#### \xF0\x9F\x94\xB4 CRITICAL-3: Capacitor Server URL Points to Sandbox\n"
		"**Severity:** HIGH  \n**Issue:** Server URL is hardcoded to a sandbox URL  \n"
		"**Priority:** \xF0\x9F\x9A\xA8 MUST FIX BEFORE LAUNCH  \n"
		"**Blocker Status:** \xE2\x9C\x85 **CRITICAL BLOCKER FOR MOBILE**\n\n"
		"#### \xF0\x9F\x9F\xA1 MEDIUM-2: App Store Screenshots Missing\n"
		"**Severity:** MEDIUM  \n"
		"**Blocker Status:** \xE2\x9C\x85 **BLOCKER FOR PLAY STORE**\n", &d);
	CHECK(r && r->n_findings == 3);
	if (r && r->n_findings == 3) {
		CHECK_STR(r->findings[0].id, "CRITICAL-1");
		CHECK_STR(r->findings[0].title, "Database Linter Warnings");
		CHECK_INT(r->findings[0].severity, PRR_SEV_MEDIUM);
		CHECK(!r->findings[0].blocking);
		CHECK_STR(r->findings[1].id, "CRITICAL-3");
		CHECK_INT(r->findings[1].severity, PRR_SEV_HIGH);
		CHECK(r->findings[1].blocking);
		CHECK_STR(r->findings[2].id, "MEDIUM-2");
		CHECK_INT(r->findings[2].severity, PRR_SEV_MEDIUM);
		CHECK(r->findings[2].blocking);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "**BLOCKER**: Cannot deploy without server entry point (src/index.ts)"
 * under a step of a deployment: a blocker's label in bold, then what it
 * is, is an open blocking finding under any heading; "**Blocker:** None
 * identified" is none. */
PRR_TEST(import_findings33b__bold_blocker_label)
{
	static const char *const lines[] = {
		"**BLOCKER**: Cannot deploy without server entry point (src/index.ts)",
		"**Blocker:** Cannot deploy without server entry point (src/index.ts)",
	};
	for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Release Readiness: Feature X\nDate: 2026-01-05\n\n"
			"## Deployment Steps\n\n### Backend Deployment (Staging)\n\n%s\n\n"
			"Once blocker resolved, start the server.\n", lines[i]);
		CHECK(r && r->n_findings == 1);
		if (r && r->n_findings == 1) {
			CHECK_STR(r->findings[0].title,
				  "Cannot deploy without server entry point (src/index.ts)");
			CHECK(r->findings[0].blocking);
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Release\nDate: 2026-01-05\n\n## Steps\n\n"
		"**Blocker:** None identified so far\n", &d);
	CHECK(r && r->n_findings == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "### Known gaps (not blockers, but not fixed)", "## REMAINING
 * PRE-EXISTING ISSUES (Not Fixed — Out of Scope)", "## Unresolved
 * issues": a heading that denies what is under it is fixed lists open
 * findings (none blocking where it denies that too, whatever an item
 * names: "… the version-sync blocker … was already fixed"). */
PRR_TEST(import_findings33b__denied_fixed_heading)
{
	static const char *const heads[] = {
		"## Status update\n\n### Known gaps (not blockers, but not fixed)",
		"## REMAINING PRE-EXISTING ISSUES (Not Fixed \xE2\x80\x94 Out of Scope)",
		"## Unresolved issues",
		"## Issues not yet resolved",
	};
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d, "# Review\nDate: 2026-07-27\n\n%s\n\n"
			"- Trial activation still uses the legacy portal.\n"
			"- Docs contradict each other; several findings (the "
			"version-sync blocker) were already fixed.\n", heads[i]);
		CHECK(r && r->n_findings == 2);
		/* (the first heading denies blocking too) */
		for (size_t k = 0; r && i == 0 && k < r->n_findings; k++)
			CHECK(r->findings[k].blocking == false);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Review\nDate: 2026-07-27\n\n## Fixed issues\n\n"
		"- Trial activation still uses the legacy portal.\n", &d);
	CHECK(r && r->n_findings == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "### 📋 **Nice to Have**", "### ⚠️ **Should Fix Before Production**"
 * under "## Production Blockers": an urgency short of blocking; their
 * items are findings that do not block ("### 🚨 **Must Fix Before
 * Production**" beside them still blocks). */
PRR_TEST(import_findings33b__lesser_urgency_under_blockers)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Readiness Assessment\n\n**Assessment Date**: 2025-07-08\n\n"
		"## Production Blockers\n\n### \xF0\x9F\x9A\xA8 **Must Fix Before Production**\n\n"
		"1. **Security Vulnerabilities**\n   - Fix pickle usage\n\n"
		"### \xE2\x9A\xA0\xEF\xB8\x8F **Should Fix Before Production**\n\n"
		"1. **Test Coverage**\n   - Increase coverage\n\n"
		"### \xF0\x9F\x93\x8B **Nice to Have**\n\n"
		"1. **Documentation**\n   - Complete API documentation\n", &d);
	CHECK(r && r->n_findings == 3);
	if (r && r->n_findings == 3) {
		CHECK(r->findings[0].blocking);
		CHECK(!r->findings[1].blocking);
		CHECK(!r->findings[2].blocking);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	/* (elsewhere such a heading lists no findings) */
	r = md_text("# Plan\n\nDate: 2025-07-08\n\n## Features\n\n### Nice to have\n\n"
		"- Dark mode\n- Export to CSV\n", &d);
	CHECK(r && r->n_findings == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "### 3 Critical UX Blockers" over a table of them: a heading that
 * counts its parts by the noun of blockers is their group, no finding;
 * each row is a critical blocker. */
PRR_TEST(import_findings33b__counted_heading_groups)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Tool \xE2\x80\x94 Production Readiness Report\n\n"
		"**Date:** 2026-04-02\n\n## Bugs Found (ranked by severity)\n\n"
		"### 2 Critical UX Blockers\n\n| # | Issue | Impact |\n|---|-------|--------|\n"
		"| 4 | Missing key crashes with KeyError | Blocks new users |\n"
		"| 5 | README example omits key | Users crash |\n", &d);
	CHECK(r && r->n_findings == 2);
	for (size_t i = 0; r && i < r->n_findings; i++) {
		CHECK_INT(r->findings[i].severity, PRR_SEV_CRITICAL);
		CHECK(r->findings[i].blocking);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}
