/* test_import_findings33a.c - findings read from real reviews' headings
 * and bold lines (round 33): each case failed before its rule. */
#include "test.h"

#include "md_doc.h"
#include "prr/buf.h"

#include <string.h>

/* "### Non-Critical Issues" denies the level it names: its items are not
 * critical (here low, as "## Minor Issues Identified" above rates them). */
PRR_TEST(import_findings33a__non_critical_heading)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Demo audit\n\n**Date**: 2026-01-21\n\n"
		"## Minor Issues Identified\n\n### Non-Critical Issues\n"
		"1. **Next.js Warnings** (Cosmetic)\n   - Middleware deprecation warning\n"
		"2. **Compose version attribute** (Cosmetic)\n   - Obsolete attribute\n", &d);
	CHECK(r && r->n_findings == 2);
	for (size_t i = 0; r && i < r->n_findings; i++) {
		CHECK_INT(r->findings[i].severity, PRR_SEV_LOW);
		CHECK(!r->findings[i].blocking);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "## 1. SECURITY (CRITICAL)" over "### 1.1 …", "### 1.2 …": a category
 * in capitals over its numbered parts is a group, no finding; each part
 * is a finding of the category's level.  "## 1. Security Checklist
 * (Critical)" over parts that have parts of their own ("#### ✅
 * IMPLEMENTED") is a group of areas: no finding at all. */
PRR_TEST(import_findings33a__category_heading_groups_its_parts)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Portal audit\n\n**Date:** 2026-02-11\n\n"
		"## 1. SECURITY (CRITICAL)\n\n### 1.1 No Helmet middleware\n"
		"- **File:** server/src/main.ts\n- **Fix:** add helmet\n\n"
		"### 1.2 No upload size validation\n- **Fix:** add limits\n\n"
		"## 2. TESTING (LOW)\n\n### 2.1 Minimal backend test coverage\n"
		"- **Fix:** add tests\n", &d);
	CHECK(r && r->n_findings == 3);
	if (r && r->n_findings == 3) {
		CHECK_STR(r->findings[0].title, "1.1 No Helmet middleware");
		CHECK_INT(r->findings[0].severity, PRR_SEV_CRITICAL);
		CHECK_INT(r->findings[1].severity, PRR_SEV_CRITICAL);
		CHECK_STR(r->findings[2].title, "2.1 Minimal backend test coverage");
		CHECK_INT(r->findings[2].severity, PRR_SEV_LOW);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# Spot audit\n\n**Date:** 2026-06-01\n\n"
		"## 1. Security Checklist (Critical)\n\n"
		"### 1.1 Authentication & Authorization\n\n#### \xE2\x9C\x85 IMPLEMENTED\n\n"
		"RLS is on.\n\n### 1.2 Password Security\n\n#### \xE2\x9C\x85 GOOD\n\n"
		"Supabase handles it.\n", &d);
	CHECK(r && r->n_findings == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "**1.1 — [HIGH] Symbol manager is not deployed — …**" under "###
 * Findings": its outline number (its ID), a dash and its severity in
 * brackets make one finding; its "- Location: …", "- Business impact:
 * …", "- Recommended fix: …" bullets are its details, no findings. */
PRR_TEST(import_findings33a__bold_outline_findings)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# A\n\nDate: 2026-01-01\n\n### Findings\n\n"
		"**1.1 \xE2\x80\x94 [HIGH] Symbol manager is not deployed \xE2\x80\x94 "
		"discovery never runs**\n"
		"- Location: `docker-compose.prod.yml` (no `symbols` service)\n"
		"- Verified via `grep -n symbols docker-compose.prod.yml` \xE2\x80\x94 only two.\n"
		"- Business impact: discovery never executes.\n"
		"- Production risk: new listings are invisible.\n"
		"- Recommended fix: add a `symbols` service.\n- Effort: S.\n", &d);
	CHECK(r && r->n_findings == 1);
	if (r && r->n_findings == 1) {
		CHECK_STR(r->findings[0].id, "1.1");
		CHECK_STR(r->findings[0].title,
			  "Symbol manager is not deployed \xE2\x80\x94 discovery never runs");
		CHECK_INT(r->findings[0].severity, PRR_SEV_HIGH);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "#### P0-1: …" under "### Phase 1: Critical Security Fixes (2-3
 * weeks)": a plan's step of fixes is of fixes to make, not made; its
 * items are open, critical as P0 says. */
PRR_TEST(import_findings33a__plan_step_of_fixes_is_open)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Chain audit\n\nDate: 2025-11-10\n\n"
		"## 7. DETAILED ACTION PLAN\n\n"
		"### Phase 1: Critical Security Fixes (2-3 weeks)\n\n"
		"#### P0-1: Eliminate Production Unwraps\n- Consensus engine first\n\n"
		"#### P0-2: Fix Build System\n- Ensure all tests compile\n\n"
		"### Phase 2: Complete Core Functionality (4-6 weeks)\n\n"
		"#### P1-1: Implement Network Sync\n- Peer discovery\n", &d);
	CHECK(r && r->n_findings == 3);
	if (r && r->n_findings == 3) {
		CHECK_STR(r->findings[0].id, "P0-1");
		CHECK_INT(r->findings[0].severity, PRR_SEV_CRITICAL);
		CHECK_STR(r->findings[1].id, "P0-2");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Implement RBAC" is not "Implement Rate Limiting": titles are the same
 * finding when one's stem opens three quarters of the other's in whole
 * words, not in a shared letter. */
PRR_TEST(import_findings33a__same_title_in_whole_words)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Spot audit\n\n**Audit Date**: June 1, 2026\n\n"
		"## PRIORITY ACTION ITEMS\n\n### Must Fix Before Launch (Critical)\n\n"
		"1. **Implement Rate Limiting** (1 week)\n   - Add request throttling\n\n"
		"2. **Implement RBAC** (1 week)\n   - Admin roles\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2)
		CHECK_STR(r->findings[1].title, "Implement RBAC (1 week)");
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "## Residual MVP Gaps (Blockers → Minor Issues)": a heading naming a
 * range of levels rates nothing and blocks nothing; the item that says
 * "This is a **blocker**" blocks.  One level said twice, "P1 — High
 * priority", is no range. */
PRR_TEST(import_findings33a__range_heading_rates_nothing)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# A\n\nDate: 2026-01-01\n\n"
		"## Residual MVP Gaps (Blockers \xE2\x86\x92 Minor Issues)\n\n"
		"* **No auto-processing after upload** \xE2\x80\x93 analysis never runs. "
		"This is a **blocker** for real-time insights.\n\n"
		"* **SpO2 not supported** \xE2\x80\x93 the data model lacks a field.\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2) {
		CHECK(r->findings[0].blocking);
		CHECK(!r->findings[1].blocking);
		CHECK_INT(r->findings[1].severity, PRR_SEV_UNKNOWN);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# A\n\nDate: 2026-01-01\n\n"
		"## P1 \xE2\x80\x94 High priority\n\n- Cache stampede on login\n", &d);
	CHECK(r && r->n_findings == 1);
	if (r && r->n_findings == 1)
		CHECK_INT(r->findings[0].severity, PRR_SEV_HIGH);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Hostile input: 50,000 numbered category headings, each over a part,
 * import with each line looked at a bounded number of times. */
PRR_TEST(import_findings33a__many_numbered_groups)
{
	prr_buf b = PRR_BUF_INIT;
	prr_buf_adds(&b, "# A\n\nDate: 2026-01-01\n\n");
	for (int i = 0; i < 25000; i++)
		prr_buf_addf(&b, "## %d. SECURITY (HIGH)\n### %d.1 No helmet\n",
			       i % 900 + 1, i % 900 + 1);
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(b.p, &d);
	CHECK(r && r->n_findings > 0);
	prr_review_free(r);
	prr_diags_free(&d);
	prr_buf_free(&b);
}
