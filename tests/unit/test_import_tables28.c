/* test_import_tables28.c - what the importer reads in tables of real
 * production-readiness reviews (tables28): each case failed before its
 * rule. */
#include "test.h"

#include "md_doc.h"

/* "| **Security** | Input validation | ✅ |" then "| | Access control |
 * ✅ |", "| | Encryption | ⚠️ |": a row whose first cell is empty is of
 * the area named above it (a merged cell), so each item is a check, as
 * where the areas repeat; none of the rows is dropped. */
PRR_TEST(import_tables28__blank_area_is_the_one_above)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Orochi DB Production Readiness Review\n\n"
		"## 10. Production Readiness Checklist\n\n"
		"| Category | Item | Status | Notes |\n|---|---|---|---|\n"
		"| **Security** | Input validation | \xE2\x9C\x85 | Parameterized queries |\n"
		"| | Access control | \xE2\x9C\x85 | PostgreSQL ACLs |\n"
		"| | Encryption | \xE2\x9A\xA0\xEF\xB8\x8F | S3 encryption recommended |\n"
		"| **Testing** | Unit tests | \xE2\x9C\x85 | 10 test files |\n"
		"| | Failure tests | \xE2\x9D\x8C | None yet |\n",
		&d);
	CHECK(r && r->n_components == 1);
	if (r && r->n_components == 1) {
		const prr_component *c = &r->components[0];
		CHECK(c->n_checks == 5);
		if (c->n_checks == 5) {
			CHECK_STR(c->checks[2].category, "Encryption");
			CHECK(c->checks[2].status == PRR_PARTIAL);
			CHECK(c->checks[4].status == PRR_FAIL);
		}
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Failure point | Persisted | Kafka dup? | MQ redelivers" of "Yes",
 * "No", "audits only": what happens at each point of failure, facts of
 * the design, no marks of readiness: kept as a table, no components
 * (before, "No" read fail and "Yes, guaranteed" pass). */
PRR_TEST(import_tables28__failure_points_are_no_scorecard)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Readiness review \xE2\x80\x94 Queue bridge\n\n"
		"## Delivery guarantee\n\n"
		"| Failure point | Persisted | Kafka dup? | MQ redelivers | Manual reconciliation |\n"
		"|---|---|---|---|---|\n"
		"| Before token retrieval | audits only | No | Yes | No |\n"
		"| After REST ok | audits only | No | Yes | No |\n"
		"| After confirm, before ack | everything | **Yes, guaranteed** | Yes | No |\n",
		&d);
	CHECK(r && r->n_components == 0 && r->n_tables == 1);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "CONDITIONALLY READY" is ready on a condition, partial, as
 * "CONDITIONAL" is (not the "READY" in it); "NOT VERIFIED" is not shown
 * to hold nor to fail, pending as "NOT TESTED" is: in a table's cell and
 * after a heading's dash ("### Auth — CONDITIONALLY READY"). */
PRR_TEST(import_tables28__conditionally_ready_and_not_verified)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Review\n\n## Checks\n\n| Item | Status |\n|---|---|\n"
				"| Auth | CONDITIONALLY READY |\n| Tenancy | READY |\n"
				"| Delivery | NOT VERIFIED |\n", &d);
	CHECK(r && r->n_checklists == 1 && r->checklists[0].n_items == 3);
	if (r && r->n_checklists == 1 && r->checklists[0].n_items == 3) {
		CHECK(r->checklists[0].items[0].status == PRR_PARTIAL);
		CHECK(r->checklists[0].items[1].status == PRR_PASS);
		CHECK(r->checklists[0].items[2].status == PRR_PENDING);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	prr_diags d2 = PRR_DIAGS_INIT;
	r = md_text("# Review\n\n## Evidence by area\n\n### Safety \xE2\x80\x94 READY\n"
		    "### Auth \xE2\x80\x94 CONDITIONALLY READY\n"
		    "### Delivery \xE2\x80\x94 NOT VERIFIED\n"
		    "### Resilience \xE2\x80\x94 READY\n", &d2);
	CHECK(r && r->n_checklists == 1 && r->checklists[0].n_items == 4);
	if (r && r->n_checklists == 1 && r->checklists[0].n_items == 4) {
		CHECK(r->checklists[0].items[1].status == PRR_PARTIAL);
		CHECK(r->checklists[0].items[2].status == PRR_PENDING);
	}
	prr_review_free(r);
	prr_diags_free(&d2);
}

/* "| Area | Verdict | Condition or reason |" of READY, CONDITIONALLY
 * READY, NOT VERIFIED: each area's verdict is its check's status (the
 * table kept too, for its reasons), not the document's verdict made of
 * its rows, nor a table kept and nothing read. */
PRR_TEST(import_tables28__areas_verdicts_are_checks)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Review\n\n## 1. Summary\n\n| Area | Verdict | Condition or reason |\n"
		"|---|---|---|\n| Tenant isolation | **READY** | RLS |\n"
		"| Authentication | **CONDITIONALLY READY** | Requires OIDC |\n"
		"| High availability | **NOT VERIFIED** | single replica |\n", &d);
	CHECK(r && !r->status_text && r->n_components == 1 && r->n_tables == 1);
	if (r && r->n_components == 1 && r->components[0].n_checks == 3) {
		CHECK(r->components[0].checks[0].status == PRR_PASS);
		CHECK(r->components[0].checks[1].status == PRR_PARTIAL);
		CHECK(r->components[0].checks[2].status == PRR_PENDING);
	} else {
		CHECK(!"three checks");
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "| Platform | Security | Stability | Overall |" of marks under "##
 * Readiness Scorecard": platforms by categories, each platform's overall
 * its own status; no verdict of the document joined from its Overall
 * cells ("iPhone / Swift: ⚠️ Needs work; …"), where the document states
 * its own. */
PRR_TEST(import_tables28__scorecard_overall_is_each_rows)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Production Readiness Review \xE2\x80\x94 Mobile SDK\n\n"
		"## Executive Summary\n\n**Verdict: A strong SDK that is *not yet* "
		"production-hardened.**\n\n## Readiness Scorecard\n\n"
		"| Platform | Security | Stability | Overall |\n|---|---|---|---|\n"
		"| **Android / Kotlin** | \xE2\x9A\xA0\xEF\xB8\x8F Needs work | \xE2\x9A\xA0\xEF\xB8\x8F Minor risks | "
		"**\xE2\x9A\xA0\xEF\xB8\x8F Almost \xE2\x80\x94 fix Critical/High** |\n"
		"| **iPhone / Swift** | \xE2\x9A\xA0\xEF\xB8\x8F Needs work | \xE2\x9A\xA0\xEF\xB8\x8F Minor risks | "
		"**\xE2\x9A\xA0\xEF\xB8\x8F Needs work** |\n"
		"| **iPhone / React Native** | \xF0\x9F\x9F\xA1 Conditional | \xF0\x9F\x94\xB4 Build-breaking "
		"defect | **\xF0\x9F\x94\xB4 Blocked until sink fixed** |\n", &d);
	CHECK(r && (!r->status_text || !strstr(r->status_text, "iPhone")));
	CHECK(r && r->n_components == 3);
	if (r && r->n_components == 3) {
		CHECK(r->components[2].status == PRR_FAIL);
		CHECK(r->components[2].n_checks == 2);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}
