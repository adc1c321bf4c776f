/* test_import_findings37.c - findings and risks the importer read where a
 * document names none: lists that say there is none, test expectations,
 * how-to advice, groups over numbered findings (round 37): each case failed
 * before its rule. */
#include "test.h"

#include "md_doc.h"

/* A finding whose whole text says there is none is no finding: a label of
 * a level with "None found" ("- **Critical Issues**: None found" under a
 * known-issues heading), and "**NONE** — no critical or high issues
 * were found." in bold under one. */
PRR_TEST(import_findings37__none_said_is_no_finding)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Parcel API readiness\n\n**Status**: READY\n\n"
		"## Open Issues\n\n### By level\n"
		"- **Critical Issues**: None found\n"
		"- **High Priority**: Retry storm on reconnect (2 days)\n", &d);
	CHECK(r && r->n_findings == 1);
	if (r && r->n_findings == 1)
		CHECK(r->findings[0].severity == PRR_SEV_HIGH);
	prr_review_free(r);
	prr_diags_free(&d);
	d = (prr_diags)PRR_DIAGS_INIT;
	r = md_text("# Parcel API readiness\n\n**Decision**: GO\n\n"
		    "## Known Issues\n\n"
		    "**NONE** \xE2\x80\x94 no critical or high issues were found.\n",
		    &d);
	CHECK(r && r->n_findings == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A list after a label of what should happen ("**Expected Results:**")
 * lists expectations, no findings, even under a heading that names
 * blocking ("### Check 3: card data blocking"): "- Call blocked by the
 * filter" is what the test should see. */
PRR_TEST(import_findings37__expected_results_are_no_findings)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Gateway review\n\n**Status:** READY\n\n"
		"## 4. Tests before launch\n\n### Check 3: card data blocking\n\n"
		"**Expected Results:**\n- Call blocked by the filter\n"
		"- Event written to the audit log\n- No card number echoed\n", &d);
	CHECK(r && r->n_findings == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A how-to for trouble is no list of findings: "### Common Issues" under
 * "## 🔧 TROUBLESHOOTING" names what may go wrong and what to check then
 * ("1. **Queue Consumer Stalls**" / "- Check the broker URL"). */
PRR_TEST(import_findings37__troubleshooting_is_no_findings)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Launch checklist\n\n**Overall Status:** READY\n\n"
		"## \xF0\x9F\x94\xA7 TROUBLESHOOTING\n\n### Common Issues\n\n"
		"1. **Queue Consumer Stalls**\n   - Check the broker URL\n\n"
		"2. **Login Token Rejected**\n   - Make sure both hosts share the key\n",
		&d);
	CHECK(r && r->n_findings == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A table after a label that says its fixes were made ("**Fixes
 * Implemented:**" over "| Issue | Resolution | Impact |") lists findings
 * closed, none open. */
PRR_TEST(import_findings37__fixes_implemented_table_is_closed)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Worker review\n\n**Status:** READY\n\n## 3. Performance\n\n"
		"**Fixes Implemented:**\n\n| Issue | Resolution | Impact |\n"
		"|---|---|---|\n| Blocking HTTP call in the event loop | Made async "
		"| Faster I/O |\n| Serial batch scoring | Run in parallel | 3x faster |\n",
		&d);
	CHECK(r && r->n_findings == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Under a heading of issues, the list after "**Implemented:**" names
 * what is in place, and the list after "For questions or issues:" whom
 * or what to consult: no findings; "**Missing:**" still lists them. */
PRR_TEST(import_findings37__in_place_and_contact_lists_are_no_findings)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Review\n\n## Hosting Issues\n\n**Implemented:**\n"
		"- Two-stage image builds\n- Liveness probes on each pod\n\n"
		"**Missing:**\n- \xE2\x9D\x8C No restore drill\n", &d);
	CHECK(r && r->n_findings == 1);
	if (r && r->n_findings == 1)
		CHECK_STR(r->findings[0].title, "No restore drill");
	prr_review_free(r);
	prr_diags_free(&d);
	d = (prr_diags)PRR_DIAGS_INIT;
	r = md_text("# Review\n\n**Status:** APPROVED\n\n## Contact & Support\n\n"
		    "For questions or issues:\n- Read the guide in the docs folder\n"
		    "- Ask the platform channel\n", &d);
	CHECK(r && r->n_findings == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A heading of a severity and only when to fix ("## CRITICAL — Must Fix
 * Before Launch", "## LOW — Nice to Have") groups the numbered findings
 * under it, each of its severity; it is no finding itself.  A severity
 * before a title ("### HIGH: Must rotate the signing keys") still is. */
PRR_TEST(import_findings37__severity_groups_over_numbered_findings)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Ledger review\n\n**Date:** 2026-02-01\n\n"
		"## CRITICAL \xE2\x80\x94 Must Fix Before Launch\n\n"
		"### 1. Tokens logged in plain text\n\nThe audit log keeps them.\n\n"
		"### 2. Admin route without auth\n\nAnyone can call it.\n\n"
		"## LOW \xE2\x80\x94 Nice to Have\n\n"
		"### 3. Unused feature flags\n\nSeven are dead.\n", &d);
	CHECK(r && r->n_findings == 3);
	if (r && r->n_findings == 3) {
		CHECK_STR(r->findings[0].title, "Tokens logged in plain text");
		CHECK(r->findings[0].severity == PRR_SEV_CRITICAL);
		CHECK(r->findings[1].severity == PRR_SEV_CRITICAL);
		CHECK_STR(r->findings[2].title, "Unused feature flags");
		CHECK(r->findings[2].severity == PRR_SEV_LOW);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	d = (prr_diags)PRR_DIAGS_INIT;
	r = md_text("# Ledger review\n\n## Findings\n\n"
		    "### HIGH: Must rotate the signing keys\n\nThey leaked.\n", &d);
	CHECK(r && r->n_findings == 1);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Under a finding's heading that no Severity field rates, "**Impact:**
 * ⚠️ Medium - check before launch" rates it by the level its value opens
 * with; beside a likelihood ("**Likelihood**: LOW" / "**Impact**: HIGH")
 * it states no one level, and a Severity field outranks it. */
PRR_TEST(import_findings37__impact_field_rates_an_unrated_finding)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Release status\n\n## \xE2\x9A\xA0\xEF\xB8\x8F REMAINING ISSUES\n\n"
		"### 1. Load test not run\n**Status:** \xE2\x8F\xB3 Pending\n\n"
		"**Impact:** \xE2\x9A\xA0\xEF\xB8\x8F Medium - check before launch\n\n"
		"### 2. Stale cache keys\n**Severity:** Low\n\n**Impact:** High - users see old prices\n\n"
		"### 3. Replay attack\n**Likelihood**: LOW\n**Impact**: HIGH\n", &d);
	CHECK(r && r->n_findings == 3);
	if (r && r->n_findings == 3) {
		CHECK(r->findings[0].severity == PRR_SEV_MEDIUM);
		CHECK(r->findings[1].severity == PRR_SEV_LOW);
		CHECK(r->findings[2].severity == PRR_SEV_UNKNOWN);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A heading that opens with "Why" gives the reasons for a judgement:
 * "### Why Low Risk for the Agent" over "1. **Local Tool**: …" lists no
 * risks (nor findings). */
PRR_TEST(import_findings37__why_heading_lists_reasons)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Review\n\n## 8. Known Vulnerability: yaml parser CVE\n\n"
		"**Severity:** Low (here)\n\n### Why Low Risk for the Agent\n\n"
		"1. **Local Tool**: it runs on the user's laptop only\n"
		"2. **Trusted Input**: it parses its own config files\n", &d);
	CHECK(r && r->n_risks == 0 && r->n_findings == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* An item that says none of what would be findings was seen ("- No
 * known package vulnerabilities found" under "**Potential Issues**:") is
 * no finding; "- No load tests found" names none of a finding's nouns
 * and stays one. */
PRR_TEST(import_findings37__no_issues_detected_is_no_finding)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Review\n\n## Dependencies\n\n**Potential Issues**:\n"
		"- No known package vulnerabilities found\n"
		"- No load tests found\n- Two pinned forks of old libraries\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2)
		CHECK_STR(r->findings[0].title, "No load tests found");
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Under "## Issues Found and Resolved", a numbered heading whose last
 * word says it is still open ("### 2. Import uses fake rows ⚠️
 * DEFERRED") is an open finding, rated by its Severity field; one
 * marked "✅ FIXED" is over. */
PRR_TEST(import_findings37__still_open_under_resolved_is_a_finding)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Review\n\n## Issues Found and Resolved\n\n"
		"### 1. Router drops retries \xE2\x9C\x85 FIXED\n\n**Severity:** High\n\n"
		"### 2. Import uses fake rows \xE2\x9A\xA0\xEF\xB8\x8F DEFERRED\n\n"
		"**Severity:** Medium\n\n**Status:** Left for phase 3\n", &d);
	CHECK(r && r->n_findings == 1);
	if (r && r->n_findings == 1)
		CHECK(r->findings[0].severity == PRR_SEV_MEDIUM);
	prr_review_free(r);
	prr_diags_free(&d);
}
