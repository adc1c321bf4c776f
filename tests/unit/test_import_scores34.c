/* test_import_scores34.c - figures of real reviews that are no score and
 * no count of the review's findings (realdocs7, 10, 11, 12): each case
 * failed before its rule. */
#include "test.h"

#include "md_doc.h"
#include "prr/buf.h"

#include <string.h>

/* Whether `r` has an audit entry that disagrees. */
static bool any_disagrees(const prr_review *r)
{
	for (size_t i = 0; r && i < r->n_audit; i++)
		if (!r->audit[i].agrees)
			return true;
	return false;
}

/* A count under a heading of KPIs, targets or goals ("### **Technical
 * KPIs** (30-day targets)" over "- **Security Incidents**: 0 critical")
 * is an aim, no count of the review's findings: no audit entry against
 * the critical items listed. */
PRR_TEST(import_scores34__kpi_target_counts_no_findings)
{
	static const char *const heads[] = {
		"### **Technical KPIs** (30-day targets)",
		"## Goals",
		"### OKRs for Q3",
	};
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# Platform readiness\n\n## Findings\n\n"
			"### CRITICAL: No backups\n\nNone taken.\n\n"
			"### CRITICAL: No alerts\n\nNone set.\n\n"
			"%s\n\n- **Error Rate**: < 1%%\n"
			"- **Security Incidents**: 0 critical\n", heads[i]);
		CHECK(r && md_claim(r, "critical findings") == NULL);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	/* a tally under any other heading still counts */
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Platform readiness\n\n## Findings\n\n"
		"### CRITICAL: No backups\n\nNone taken.\n\n"
		"### CRITICAL: No alerts\n\nNone set.\n\n"
		"## Summary\n\n- **Open**: 0 critical\n", &d);
	const prr_claim *c = md_claim(r, "critical findings");
	CHECK(c && !c->agrees);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* HTTP status codes joined by a slash after "return" ("131 of 155
 * return 200/204 … — 84.5% raw") are no fraction: no audit of the
 * percent against 200 of 204. */
PRR_TEST(import_scores34__http_codes_no_fraction)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# API readiness\n\n## Backend GET surface\n\n"
		"- 155 unparameterised GETs.\n"
		"- **131 of 155 return 200/204** with admin credentials "
		"\xE2\x80\x94 84.5% raw.\n", &d);
	CHECK(r && !any_disagrees(r));
	prr_review_free(r);
	prr_diags_free(&d);
	int a, b;
	CHECK(prr_parse_count("returns 401/403 for guests", 26, &a, &b) < 0);
	CHECK(prr_parse_count("HTTP 502/503 seen", 17, &a, &b) < 0);
	/* a count of them stays one */
	CHECK(prr_parse_count("200/204 tests pass", 18, &a, &b) == 0 &&
	      a == 200 && b == 204);
}

/* "## Task 11 evidence" names task 11, no count of 11 things listed. */
PRR_TEST(import_scores34__task_number_no_count)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Go-live\n\n## Task 11 evidence\n\n### Drill one\n\nok\n\n"
		"### Drill two\n\nok\n\n### Drill three\n\nok\n", &d);
	CHECK(r && r->n_audit == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "**Critical Blockers**: 0" over a table whose rows are all struck
 * through and FIXED: none open, as stated; no disagreement. */
PRR_TEST(import_scores34__closed_rows_not_open)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Launch Readiness\n\n**Critical Blockers**: 0\n"
		"**Launch Recommendation**: **GO**\n\n## Critical Blockers\n\n"
		"| Blocker | Status | Resolution Date |\n|---|---|---|\n"
		"| ~~Auth not implemented~~ | \xE2\x9C\x85 **FIXED** | Feb 8, 2026 |\n"
		"| ~~APIs non-functional~~ | \xE2\x9C\x85 **FIXED** | Feb 8, 2026 |\n",
		&d);
	const prr_claim *c = md_claim(r, "critical findings");
	CHECK(r && !any_disagrees(r));
	CHECK(!c || c->agrees);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "**In Progress:** 0/19 sections": things in a state counted, no score
 * ("Pending", "Blocked" alike). */
PRR_TEST(import_scores34__state_count_no_score)
{
	static const char *const labels[] = { "In Progress", "Pending",
		"Blocked", "Not Started" };
	for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_fmt(&d,
			"# Checklist\n\n## Progress Summary\n\n"
			"**%s:** 0/19 sections  \n"
			"**Overall Status:** NOT READY\n", labels[i]);
		CHECK(r && r->n_scores == 0 && r->n_dimensions == 0);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* "### Budget Management (100%)" and its siblings under "## Feature
 * Completeness": shares of each feature done, no dimensions, all of them
 * alike (the first was dropped for "Budget" and the rest kept). */
PRR_TEST(import_scores34__feature_completeness_no_dimensions)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Release report\n\n## Feature Completeness\n\n"
		"### Budget Management (100%)\n\nBudget scenarios\n\n"
		"### Trade Spend Analytics (100%)\n\nReal-time dashboard\n\n"
		"### Promotion Simulation (80%)\n\nWhat-if\n", &d);
	CHECK(r && r->n_dimensions == 0 && r->n_scores == 0);
	prr_review_free(r);
	prr_diags_free(&d);
	/* under a scorecard's heading they stay dimensions */
	r = md_text("# Review\n\n## Scorecard\n\n### Security (80%)\n\nok\n\n"
		    "### Reliability (70%)\n\nok\n", &d);
	CHECK(r && r->n_dimensions == 2);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Line numbers are no score: a score word inside a code span
 * ("`trend_score`") names code, and "132/134" after it is lines 132 and
 * 134, no dimension of 132 out of 134. */
PRR_TEST(import_scores34__code_span_score_word_no_score)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# A\n\n### Findings\n\n"
		"**3.4 \xE2\x80\x94 [LOW] All numeric columns use unbounded `numeric`**\n"
		"- Location: `schema.py` lines 54-61 (`o,h,l,c,v`), 84-90 "
		"(`ema_fast`...`trend_score`), 132/134 (`magnitude`/`price`).\n"
		"- Effort: M.\n", &d);
	CHECK(r && r->n_dimensions == 0 && r->n_scores == 0);
	prr_review_free(r);
	prr_diags_free(&d);
	/* a score word outside code still names the score */
	r = md_text("# A\n\n## Results\n\n- Trend score: 7/8\n", &d);
	CHECK(r && r->n_dimensions == 1);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A row of a second table named as one of the first scorecard's
 * ("Error Handling" 75% there, 85% in a security table) is another
 * thing: the scorecard's row is kept, and the overall score agrees with
 * the mean of its own rows. */
PRR_TEST(import_scores34__second_table_keeps_first_dimension)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Payment Readiness\n\n"
		"| Assessment Area | Score | Status |\n|---|---|---|\n"
		"| **Functionality** | 85% | READY |\n"
		"| **Error Handling** | 75% | ACCEPTABLE |\n"
		"| **Monitoring** | 89% | READY |\n\n"
		"**Overall Production Readiness Score:** 83%\n\n"
		"### Application Security\n\n"
		"| Security Domain | Assessment | Score | Status |\n|---|---|---|---|\n"
		"| **Authentication** | JWT | 95% | SECURE |\n"
		"| **Authorization** | User isolation | 90% | SECURE |\n"
		"| **Error Handling** | Sanitized responses | 95% | ACCEPTABLE |\n", &d);
	CHECK(r && r->n_dimensions == 5);
	for (size_t i = 0; r && i < r->n_dimensions; i++)
		if (strcmp(r->dimensions[i].name, "Error Handling") == 0)
			CHECK(r->dimensions[i].score == 75);
	CHECK(r && !any_disagrees(r));
	prr_review_free(r);
	prr_diags_free(&d);
	/* a table restating the scorecard ("Updated Assessment Table", most
	 * of its rows the scorecard's) gives the latest */
	r = md_text(
		"# Review\n\n| Area | Score |\n|---|---|\n"
		"| Security | 6/10 |\n| Reliability | 7/10 |\n\n"
		"## Updated Assessment Table\n\n| Area | Score |\n|---|---|\n"
		"| Security | 8/10 |\n| Reliability | 9/10 |\n", &d);
	CHECK(r && r->n_dimensions == 2 && r->dimensions[0].score == 8 &&
	      r->dimensions[1].score == 9);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* 50,000 lines of a KPI list under one long heading import at once (the
 * heading is read once, not again for each line). */
PRR_TEST(import_scores34__big_kpi_list)
{
	prr_buf b = PRR_BUF_INIT;
	prr_buf_addf(&b, "# KPIs\n\n## Findings\n\n### CRITICAL: No backups\n\nx\n\n## ");
	for (int i = 0; i < 2000; i++)
		prr_buf_addf(&b, "Success metrics and targets ");
	prr_buf_addf(&b, "\n\n");
	for (int i = 0; i < 50000; i++)
		prr_buf_addf(&b, "- **Security Incidents %d**: 0 critical\n", i);
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(b.p, &d);
	CHECK(r && md_claim(r, "critical findings") == NULL);
	prr_review_free(r);
	prr_diags_free(&d);
	prr_buf_free(&b);
}
