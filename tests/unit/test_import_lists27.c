/* test_import_lists27.c - lists and prose of real operational-readiness
 * documents that read as checks or findings they are not (round 27):
 * each case failed before its rule. */
#include "test.h"

#include "md_doc.h"
#include "prr/buf.h"


/* A list under "**Expected Result:**" says what should happen, and one
 * under "**Required for GO**:" what a decision needs: their ✅ and ❌
 * are no results, no checks.  Boxes stay a checklist. */
PRR_TEST(import_lists27__expected_and_required_lists_no_checks)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# MVP Readiness Checklist\n\n"
				"## Check 1: Legacy SDK purge\n\n"
				"**Expected Result:**\n"
				"- \xE2\x9C\x85 Zero hits in `src/`\n"
				"- \xE2\x9D\x8C Any active import in `src/` = blocker\n\n"
				"## GO/NO-GO DECISION\n\n"
				"**Current State**: NO-GO for real customers\n\n"
				"**Required for GO**:\n"
				"1. Payments create accounts \xE2\x9C\x85\n"
				"2. API keys delivered \xE2\x9C\x85\n\n"
				"## Scenarios\n\n**Acceptance criteria:**\n"
				"- [x] Load test passed\n- [ ] Canary\n", &d);
	CHECK(r != NULL);
	CHECK(md_items(r) == 2); /* the boxes only */
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Implemented but Unverified", "Done, but not tested": the work is
 * there, not shown to work: partial, never pass. */
PRR_TEST(import_lists27__pass_but_unverified_is_partial)
{
	static const struct {
		const char *s;
		prr_status st;
	} cases[] = {
		{ "Implemented but Unverified", PRR_PARTIAL },
		{ "Done, but not tested", PRR_PARTIAL },
		{ "Implemented but untested in prod", PRR_PARTIAL },
		{ "Implemented", PRR_PASS },
		{ "Implemented but slow", PRR_PASS },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		bool known;
		prr_status st = prr_status_from_text(cases[i].s, strlen(cases[i].s), &known);
		CHECK(known && st == cases[i].st);
	}
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Audit\n\n## Capability Scorecard\n\n"
				"| Capability | Status | Verified |\n| --- | --- | --- |\n"
				"| Publishing | Verified Working | Yes |\n"
				"| Retries | Implemented but Unverified | Tests only |\n", &d);
	CHECK(r && r->n_checklists == 1 && r->checklists[0].n_items == 2);
	if (r && r->n_checklists == 1 && r->checklists[0].n_items == 2) {
		CHECK(r->checklists[0].items[0].status == PRR_PASS);
		CHECK(r->checklists[0].items[1].status == PRR_PARTIAL);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Required permanent memory:" under "## Business Memory Gap" lists
 * what is needed, no findings of the heading's. */
PRR_TEST(import_lists27__needs_label_lists_no_findings)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Operational Readiness Audit\n\n"
				"## Business Memory Gap\n\n"
				"Technical memory exists.\n\n"
				"Required permanent memory:\n\n"
				"- Winning posts.\n- Winning campaigns.\n"
				"- Customer objections.\n", &d);
	CHECK(r && r->n_findings == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "### Low Risk (Acceptable)" over "5. **Database Duplicates** 🟢": a
 * low risk, its green circle its level, no check passed. */
PRR_TEST(import_lists27__low_risk_green_is_a_risk)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Readiness\n\n## Risk Assessment\n\n"
				"### Low Risk (Acceptable)\n\n"
				"5. **Database Duplicates** \xF0\x9F\x9F\xA2\n"
				"   - Mitigation: 5-minute SQL cleanup\n", &d);
	CHECK(r && r->n_risks == 1 && md_items(r) == 0);
	if (r && r->n_risks == 1) {
		CHECK(r->risks[0].level == PRR_SEV_LOW);
		CHECK_STR(r->risks[0].title, "Database Duplicates");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "**Scenarios**:" over "- **Optimistic** (2 weeks): … ✅": choices
 * before a decision, no checks. */
PRR_TEST(import_lists27__scenarios_no_checks)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Readiness\n\n### Decision 3: Launch Timeline\n\n"
				"**Scenarios**:\n"
				"- **Optimistic** (2 weeks): all docs \xE2\x86\x92 Full launch \xE2\x9C\x85\n"
				"- **Realistic** (4 weeks): 3 docs \xE2\x86\x92 Phased launch \xF0\x9F\x9F\xA1\n", &d);
	CHECK(r && md_items(r) == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Status: Implemented in code" after "Option A: Job Queue + Worker" is
 * the option's, not the review's status. */
PRR_TEST(import_lists27__option_status_not_the_reviews)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Readiness Review\n\n"
				"RECOMMENDED NEXT STEPS\n\n"
				"Option A: Job Queue + Worker\n"
				"- Add scan_jobs table.\n\n"
				"Status: Implemented in code (worker loop).\n", &d);
	CHECK(r && r->status_text == NULL);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "### Critical Issue: Engine unavailable" is one critical finding; its
 * numbered items ("1. **Python Library**") are its parts. */
PRR_TEST(import_lists27__severity_issue_heading_one_finding)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Readiness\n\n## Findings\n\n"
				"### Critical Issue: Engine unavailable\n\n"
				"1. **Python Library**\n   - Error: libstdc++ missing\n"
				"2. **PolicyEngine REST API**\n   - Error: no credentials\n", &d);
	CHECK(r && r->n_findings == 1);
	if (r && r->n_findings == 1) {
		CHECK_STR(r->findings[0].title, "Engine unavailable");
		CHECK(r->findings[0].severity == PRR_SEV_CRITICAL);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* 50,000 lead-ins and options: each list still what should be, no
 * checklist (how the time grows is bench-hostile's, never asserted). */
PRR_TEST(import_lists27__many_leads_fast)
{
	prr_buf b = PRR_BUF_INIT;
	prr_buf_adds(&b, "# Readiness\n\n## Gaps\n\n");
	for (int i = 0; i < 25000; i++)
		prr_buf_adds(&b, "Option A: x\n\n**Expected Result:**\n- \xE2\x9C\x85 y\n\n");
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(b.p, &d);
	CHECK(r != NULL);
	CHECK(r && r->n_checklists == 0);
	prr_review_free(r);
	prr_diags_free(&d);
	prr_buf_free(&b);
}
