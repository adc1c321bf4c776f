/* test_import_findings41.c - what reads as an open finding but is not
 * (round 41): a history kept in the document, fixes made and verified, a
 * runbook's steps, a to-do's priorities, a tier named "critical" on the
 * document's own scale.  Each case failed before its rule. */
#include "test.h"

#include "md_doc.h"

/* A <details> block whose summary calls it the original audit, or the
 * state before the fixes ("Original audit before fixes"), keeps history:
 * its table of findings is none of this review's open ones. */
PRR_TEST(import_findings41__original_audit_details_is_history)
{
	static const char *const sums[] = { "Original audit before fixes",
		"Original audit", "Findings before remediation" };
	char doc[1024];
	for (size_t i = 0; i < sizeof sums / sizeof sums[0]; i++) {
		snprintf(doc, sizeof doc,
			 "# Production audit \xE2\x80\x94 remediation status\n\n"
			 "Updated after the fixes.\n\n<details>\n<summary>%s</summary>\n\n"
			 "| Priority | Finding and evidence | Impact / correction |\n"
			 "| --- | --- | --- |\n"
			 "| High | Debug route exported without auth. | Disable it. |\n\n"
			 "</details>\n", sums[i]);
		CHECK(md_findings(doc, NULL) == 0);
	}
	/* (a <details> block of findings still open is read) */
	CHECK(md_findings("# Audit\n\n<details>\n<summary>Findings</summary>\n\n"
			  "| Priority | Finding | Fix |\n| --- | --- | --- |\n"
			  "| High | Debug route exported without auth. | Disable it. |\n\n"
			  "</details>\n", NULL) == 1);
}

/* A register of fixes: a column of the fix made ("Fix applied",
 * "Исправление") and one of the check that proved it ("Verified by",
 * "Production-проверка"): a row that fills both is fixed; one whose
 * check is pending is open. */
PRR_TEST(import_findings41__fixed_and_verified_rows_are_closed)
{
	CHECK(md_findings("# X Production Audit\n\n## Findings register\n\n"
			  "| Severity | Observation | Fix applied | Verified by |\n"
			  "|---|---|---|---|\n"
			  "| Critical | Background commit could overwrite a newer edit | "
			  "CAS `update(ifRevision:)` | `rejectsStaleCommit` |\n"
			  "| High | Cache grows without bound | LRU limit | pending |\n", NULL) == 1);
	CHECK(md_findings("# X Production Audit\n\n## \xD0\xA0\xD0\xB5\xD0\xB5\xD1\x81\xD1\x82\xD1\x80\n\n"
			  "| Severity | Observation | \xD0\x98\xD1\x81\xD0\xBF\xD1\x80\xD0\xB0\xD0\xB2"
			  "\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5 | Production-\xD0\xBF\xD1\x80\xD0\xBE"
			  "\xD0\xB2\xD0\xB5\xD1\x80\xD0\xBA\xD0\xB0 |\n|---|---|---|---|\n"
			  "| Critical | Background commit could overwrite a newer edit | "
			  "CAS | `rejectsStaleCommit` |\n", NULL) == 0);
}

/* "They were fixed in Phase 9:": a lead whose last sentence says what it
 * lists is over; not "Two were fixed. These remain open:". */
PRR_TEST(import_findings41__list_led_as_fixed_is_closed)
{
	CHECK(md_findings("# Walk app\n\n## Re-audit: finding counts\n\n"
			  "New findings in the re-audit were all Low. They were fixed in Phase 9:\n"
			  "- a challenge type would dead-end (now rejected by the validator);\n"
			  "- three unused texts were removed.\n", NULL) == 0);
	CHECK(md_findings("# Walk app\n\n## Findings\n\n"
			  "Two were fixed. These have not been fixed:\n"
			  "- a challenge type would dead-end;\n"
			  "- three unused texts remain.\n", NULL) == 2);
}

/* "**In case of critical issue:**" leads the steps to take then, as "If
 * critical issues occur:" does: no finding, "critical" labels none. */
PRR_TEST(import_findings41__in_case_of_leads_steps)
{
	CHECK(md_findings("# Stack go-live\n\n**Status:** READY FOR PRODUCTION\n\n"
			  "## Rollback Plan (If Issues)\n\n**In case of critical issue:**\n\n"
			  "1. Stop all services\n2. Investigate + fix issue\n", NULL) == 0);
}

/* A heading that rates a part of a to-do ("### 7. Testing & Validation
 * (CRITICAL)", "### 14. Monitoring 🔴 CRITICAL") over a task list: its
 * boxes are pending tasks, the heading no finding. */
PRR_TEST(import_findings41__priority_heading_over_tasks_is_no_finding)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Dialer Go-Live Checklist\n\n"
				"### 7. Testing & Validation (CRITICAL)\n"
				"- [ ] Health check test\n- [ ] Campaign creation test\n\n"
				"### 13. Marketing & Launch Assets NICE TO HAVE\n"
				"- [ ] Write app store description\n\n"
				"### 14. Monitoring & Support \xF0\x9F\x94\xB4 CRITICAL\n\n"
				"- [ ] Check Sentry for errors\n", &d);
	CHECK(r && r->n_findings == 0);
	CHECK(r && md_items(r) == 4);
	prr_review_free(r);
	prr_diags_free(&d);
	/* (the same heading over prose is a finding still) */
	CHECK(md_findings("# Review\n\n### 7. Testing & Validation (CRITICAL)\n\n"
			  "No test covers the dialer.\n", NULL) == 1);
}

/* "P1 critical: 3" names a tier of the document's own scale (its P0 items
 * are what prr calls critical): no count of critical findings to compare. */
PRR_TEST(import_findings41__tier_named_critical_is_no_count)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# App Go / No-Go\n\n## VERDICT: NO-GO\n\n"
				"Total findings: 5\n- **P0 blocking: 2**\n- P1 critical: 3\n\n"
				"## Remaining P0 Blockers\n\n"
				"1. **CIN2-001** \xE2\x80\x94 prompt suffix accepted from client.\n\n"
				"2. **CIN3-001** \xE2\x80\x94 post body inserted unescaped.\n", &d);
	CHECK(r && !md_claim(r, "critical findings"));
	prr_review_free(r);
	prr_diags_free(&d);
}
