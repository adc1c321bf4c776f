/* test_import_findings42.c - findings prr missed (round 42): headings
 * numbered by a letter that also names a half or a layer ("### H1. …"),
 * severities joined to a word before them ("Security-Critical").  Each
 * case failed before its rule. */
#include "test.h"

#include "md_doc.h"
#include "prr/rec_item.h"

#include <string.h>

/* "### H1. Duplicate run IDs overwrite files", "### L2: …", "### X1. …":
 * a letter and a number, then '.' or ':' and a title, number a finding
 * as "C1." and "M1." do (a half "H2", a layer "L7" alone are no IDs); the
 * severity is the group heading's ("## HIGH Findings (2)"). */
PRR_TEST(import_findings42__letter_numbered_headings)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Tool Audit\n\n**Date:** 2026-04-09\n\n## HIGH Findings (2)\n\n"
		"### H1. Duplicate run IDs overwrite files\n\nTwo runs collide.\n\n"
		"### H10. `tine run` can't handle async scripts\n\nIt fails.\n\n"
		"## LOW Findings (1)\n\n### L1: Logs are not rotated\n\nThey grow.\n\n"
		"## Findings\n\n### X1. Retries are unbounded\n\nForever.\n", &d);
	CHECK(r && r->n_findings == 4);
	if (r && r->n_findings == 4) {
		CHECK_STR(r->findings[0].id, "H1");
		CHECK_STR(r->findings[0].title, "Duplicate run IDs overwrite files");
		CHECK(r->findings[0].severity == PRR_SEV_HIGH);
		CHECK_STR(r->findings[1].id, "H10");
		CHECK(r->findings[1].severity == PRR_SEV_HIGH);
		CHECK_STR(r->findings[2].id, "L1");
		CHECK(r->findings[2].severity == PRR_SEV_LOW);
		CHECK_STR(r->findings[3].id, "X1");
		CHECK(r->findings[3].severity == PRR_SEV_UNKNOWN);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	/* (a half, a layer alone, or one before a small word, is no ID) */
	static const char *const not_ids[] = { "H2 planning", "L7 load balancer",
		"H1: revenue grows", "Q1. Roadmap" };
	for (size_t i = 0; i < sizeof not_ids / sizeof not_ids[0]; i++) {
		size_t at, len;
		CHECK(!prr_rec_finding_id(not_ids[i], strlen(not_ids[i]), &at, &len));
	}
}

/* "No Tests for Security-Critical fs.py Sandbox", "Non-critical": a
 * severity word joined by a hyphen to a word before it describes, and
 * rates nothing (under "## HIGH Findings" the finding is high). */
PRR_TEST(import_findings42__joined_severity_describes)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Audit\n\n## HIGH Findings (1)\n\n"
		"### H11. No Tests for Security-Critical fs.py Sandbox\n\nNone.\n", &d);
	CHECK(r && r->n_findings == 1 && r->findings[0].severity == PRR_SEV_HIGH);
	prr_review_free(r);
	prr_diags_free(&d);
	CHECK(prr_severity_from_text("Non-critical", 12) == PRR_SEV_UNKNOWN);
	CHECK(prr_severity_from_text("mission-critical path", 21) == PRR_SEV_UNKNOWN);
	CHECK(prr_severity_from_text("Critical (P0)", 13) == PRR_SEV_CRITICAL);
}

/* A numbered heading that is a level alone ("### 1. ❌ Critical (must
 * fix)") or two levels side by side ("## 4. Medium and Minor Issues")
 * groups the numbered items under it, each a finding of the group's
 * level (of neither, for two); the heading is none ("### 12.3
 * Medium-Term (30-90 days)" names a term, no level). */
PRR_TEST(import_findings42__numbered_level_groups)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Site Inspection Report\n\n## Summary\n\n"
		"### 1. \xE2\x9D\x8C Critical (must fix)\n\n"
		"1. **[Gold hub]** Price banner shows the crude oil price\n"
		"2. **[Oil hub]** Loading spinner stays visible\n\n"
		"## 4. Medium and Minor Issues\n\n"
		"1. Runtime cache file is tracked in git.\n"
		"2. No graceful shutdown handling.\n", &d);
	CHECK(r && r->n_findings == 4);
	if (r && r->n_findings == 4) {
		CHECK_STR(r->findings[0].title, "[Gold hub] Price banner shows the crude oil price");
		CHECK(r->findings[0].severity == PRR_SEV_CRITICAL);
		CHECK(r->findings[1].severity == PRR_SEV_CRITICAL);
		CHECK_STR(r->findings[2].title, "Runtime cache file is tracked in git.");
		CHECK(r->findings[2].severity == PRR_SEV_UNKNOWN);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	CHECK(md_findings("# Plan\n\n## 12. Next\n\n### 12.3 Medium-Term (30-90 days)\n\n"
			  "1. Increase test coverage to 90%\n", NULL) == 0);
}

/* "- **critical** RP-201 No secondary provider …": a level in bold alone
 * that opens an item rates it, under "#### Critical and high findings"
 * (two levels: the heading rates none). */
PRR_TEST(import_findings42__bold_level_opens_item)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Review\n\n#### Critical and high findings\n\n"
		"- **critical** RP-201 No secondary provider for tiles\n"
		"- **high** RP-202 Refresh tokens valid for 90 days\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2) {
		CHECK(r->findings[0].severity == PRR_SEV_CRITICAL);
		CHECK(r->findings[1].severity == PRR_SEV_HIGH);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "### 2.1 God Object: strategy.py" over "**Severity**: MEDIUM — …": a
 * heading numbered in parts is a finding of the level a severity field
 * that opens its text states, titled past its number; "**Severity**: OK
 * — No issues found" states none: no finding. */
PRR_TEST(import_findings42__numbered_part_rated_by_field)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Market Maker Audit Report\n\n**Date**: 2026-02-27\n\n"
		"## 2. ARCHITECTURE & COMPLEXITY\n\n"
		"### 2.1 God Object: strategy.py\n\n"
		"**Severity**: MEDIUM \xE2\x80\x94 Technical debt, not a correctness issue\n"
		"**Location**: `src/market_maker/strategy.py`\n\n"
		"### 2.2 Markout Calculation\n\n**Severity**: OK \xE2\x80\x94 No issues found\n\n"
		"### 2.3 Drawdown Stop Resets on Position Close\n\n"
		"**Severity**: HIGH \xE2\x80\x94 Fails to catch cumulative losses\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2) {
		CHECK_STR(r->findings[0].title, "God Object: strategy.py");
		CHECK(r->findings[0].severity == PRR_SEV_MEDIUM);
		CHECK_STR(r->findings[1].title, "Drawdown Stop Resets on Position Close");
		CHECK(r->findings[1].severity == PRR_SEV_HIGH);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}
