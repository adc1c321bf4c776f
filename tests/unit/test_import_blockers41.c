/* test_import_blockers41.c - findings and blockers prr missed, merged or
 * split wrongly: a group heading under blockers, a numbered heading of
 * blockers, Russian severity groups, titles that share a stem.  Each
 * case failed before its rule. */
#include "test.h"

#include "md_doc.h"

/* "### ❌ **Dependency Compatibility Issues**" under "## 🚨 CRITICAL
 * BLOCKERS": a group of the blockers, its open boxes blocking critical
 * findings as they are right under the blockers' heading; "### Minor
 * issues" there groups no blockers. */
PRR_TEST(import_blockers41__issue_group_under_blockers)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Swarm Readiness Checklist\n\n"
		"## \xF0\x9F\x9A\xA8 CRITICAL BLOCKERS (Must Resolve Before Deployment)\n\n"
		"### \xE2\x9D\x8C **Dependency Compatibility Issues**\n\n"
		"- [ ] **Fix better-sqlite3 Node.js v25 compatibility**\n"
		"  - Priority: CRITICAL\n"
		"- [ ] **Resolve Jest ES-module setup**\n"
		"  - Priority: CRITICAL\n", &d);
	CHECK(r && r->n_findings == 2);
	for (size_t i = 0; r && i < r->n_findings; i++) {
		CHECK(r->findings[i].blocking);
		CHECK(r->findings[i].severity == PRR_SEV_CRITICAL);
	}
	if (r && r->n_findings == 2)
		CHECK_STR(r->findings[1].title, "Resolve Jest ES-module setup");
	prr_review_free(r);
	prr_diags_free(&d);

	r = md_text("# Review\n\n## Launch Blockers\n\n### Minor issues\n\n"
		    "- [ ] Typo in the footer\n", &d);
	CHECK(r && r->n_findings == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "## 8. Top OPEN Launch-Blockers (must clear before public
 * production)": a numbered heading of blockers (a hyphen joins its last
 * word), its numbered items open blockers; a ⬜ before an item's title
 * is a box not ticked, no word of it. */
PRR_TEST(import_blockers41__numbered_blocker_heading)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Nexus \xE2\x80\x94 Go-Live Checklist\n\nDate: 2026-03-02\n\n"
		"## 8. Top OPEN Launch-Blockers (must clear before public production)\n\n"
		"1. \xF0\x9F\x9A\xA7 **TLS/domain cutover** \xE2\x80\x94 no domain provisioned.\n"
		"2. \xE2\xAC\x9C **App-service ports still on `0.0.0.0`** \xE2\x80\x94 "
		"firewall before public exposure.\n", &d);
	CHECK(r && r->n_findings == 2);
	for (size_t i = 0; r && i < r->n_findings; i++) {
		CHECK(r->findings[i].blocking);
	}
	if (r && r->n_findings == 2)
		CHECK(strncmp(r->findings[1].title, "App-service ports", 17) == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "## КРИТИЧЕСКИЕ ПРОБЛЕМЫ", "## ВЫСОКИЙ ПРИОРИТЕТ", "## СРЕДНИЙ
 * ПРИОРИТЕТ", "## НИЗКИЙ ПРИОРИТЕТ" over numbered headings: severity
 * groups, as "## HIGH PRIORITY" is (a Cyrillic letter counts once in a
 * group's length), each heading below a finding of that level. */
PRR_TEST(import_blockers41__russian_severity_groups)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Production Readiness Audit \xE2\x80\x94 Cube\n\n"
		"## \xD0\x9A\xD0\xA0\xD0\x98\xD0\xA2\xD0\x98\xD0\xA7\xD0\x95\xD0\xA1"
		"\xD0\x9A\xD0\x98\xD0\x95 \xD0\x9F\xD0\xA0\xD0\x9E\xD0\x91\xD0\x9B"
		"\xD0\x95\xD0\x9C\xD0\xAB (\xD0\xBD\xD1\x83\xD0\xB6\xD0\xBD\xD0\xBE "
		"\xD1\x84\xD0\xB8\xD0\xBA\xD1\x81\xD0\xB8\xD1\x82\xD1\x8C)\n\n"
		"### 1. Background tasks die\nText.\n\n"
		"## \xD0\x92\xD0\xAB\xD0\xA1\xD0\x9E\xD0\x9A\xD0\x98\xD0\x99 "
		"\xD0\x9F\xD0\xA0\xD0\x98\xD0\x9E\xD0\xA0\xD0\x98\xD0\xA2\xD0\x95\xD0\xA2\n\n"
		"### 5. No rate limiting on auth\nText.\n\n"
		"## \xD0\xA1\xD0\xA0\xD0\x95\xD0\x94\xD0\x9D\xD0\x98\xD0\x99 "
		"\xD0\x9F\xD0\xA0\xD0\x98\xD0\x9E\xD0\xA0\xD0\x98\xD0\xA2\xD0\x95\xD0\xA2\n\n"
		"### 9. command_timeout=60s too long\nText.\n\n"
		"## \xD0\x9D\xD0\x98\xD0\x97\xD0\x9A\xD0\x98\xD0\x99 "
		"\xD0\x9F\xD0\xA0\xD0\x98\xD0\x9E\xD0\xA0\xD0\x98\xD0\xA2\xD0\x95\xD0\xA2\n\n"
		"### 12. N+1 in admin stats\nText.\n", &d);
	static const prr_severity want[] = { PRR_SEV_CRITICAL, PRR_SEV_HIGH,
		PRR_SEV_MEDIUM, PRR_SEV_LOW };
	CHECK(r && r->n_findings == 4);
	for (size_t i = 0; r && i < r->n_findings && i < 4; i++)
		CHECK(r->findings[i].severity == want[i]);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "### 3. Incomplete Implementation - Subscription Discovery" and "### 4.
 * Incomplete Implementation - Session Creation": the same stem, then
 * each a part of its own: two findings (a severity after the dash, "Pool
 * leaks - HIGH", is still the same finding). */
PRR_TEST(import_blockers41__shared_stem_other_parts)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Production Audit Report\n\n## High Priority Issues\n\n"
		"### 3. Incomplete Implementation - Subscription Discovery\n"
		"Always returns empty.\n\n"
		"### 4. Incomplete Implementation - Session Creation\n"
		"Always fails.\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2)
		CHECK_STR(r->findings[1].title,
			  "Incomplete Implementation - Session Creation");
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "### ⚠️ What Still Needs Attention:" over numbered items: the open
 * issues the document lists, findings (as under "### Open Issues:"). */
PRR_TEST(import_blockers41__needs_attention_lists_findings)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Stripe Reliability\n\n## Current System Reliability\n\n"
		"### \xE2\x9C\x85 What Works Well Now:\n"
		"1. **Webhook Processing**: Handles checkout completion\n\n"
		"### \xE2\x9A\xA0\xEF\xB8\x8F What Still Needs Attention:\n"
		"1. **Monitoring**: No alerts for failed webhooks (add monitoring service)\n"
		"2. **Manual Recovery**: No admin UI to manually fix issues\n", &d);
	CHECK(r && r->n_findings == 2);
	for (size_t i = 0; r && i < r->n_findings; i++)
		CHECK(!strstr(r->findings[i].title, "Webhook"));
	prr_review_free(r);
	prr_diags_free(&d);
}
