/* test_import_tables15.c - tables and scores read as a careful reader
 * would (round 25-26): each case failed before its rule. */
#include "test.h"

#include "md_doc.h"

/* Of columns headed by quarters ("Q4 2025 | Q1 2026"), as of months, the
 * latest is each row's status; the earlier a record, no check, and no
 * component named "Q4 2025". */
PRR_TEST(import_tables15__quarter_columns_latest_is_status)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Identity reassessment\n\nHeld on 24 March 2026.\n\n"
		"| Pillar | Q4 2025 | Q1 2026 | Trend |\n|---|---|---|---|\n"
		"| Security | \xF0\x9F\x9F\xA1 | \xF0\x9F\x9F\xA1 | x |\n"
		"| Reliability | \xF0\x9F\x94\xB4 | \xF0\x9F\x9F\xA1 | x |\n", &d);
	CHECK(r && r->n_components == 1);
	if (r && r->n_components == 1) {
		CHECK(r->components[0].n_checks == 2);
		for (size_t i = 0; i < r->components[0].n_checks; i++)
			CHECK(r->components[0].checks[i].status == PRR_PARTIAL);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# Identity reassessment\n\nHeld on 24 March 2026.\n\n## Reliability\n\n"
		    "| Check | Q4 2025 | Q1 2026 |\n|---|---|---|\n"
		    "| Session store survives node loss | No | Yes |\n"
		    "| SCIM queue multi-AZ | No | No |\n", &d);
	CHECK(r && r->n_components == 1);
	if (r && r->n_components == 1) {
		CHECK_STR(r->components[0].name, "Reliability");
		CHECK(r->components[0].n_checks == 2);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A total row above its column's scale is the rows' sum, out of their
 * maxima summed ("Total | 8" under three rows of 0-5 is 8/15). */
PRR_TEST(import_tables15__total_row_is_a_sum)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# checkout-web scorecard\n\n| Area | Score (0\xE2\x80\x93" "5) | Target |\n|---|---|---|\n"
		"| Observability | 3 | 4 |\n| Alerting | 4 | 4 |\n| Payments | 1 | 4 |\n"
		"| **Total** | **8** | **12** |\n", &d);
	CHECK(r && r->n_scores == 1 && r->n_dimensions == 3);
	if (r && r->n_scores == 1) {
		CHECK(r->scores[0].value == 8);
		CHECK(r->scores[0].max == 15);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A share of users ("7.4 forced upgrade | 100 %": "grade" inside
 * "upgrade"), a bar to reach ("Bar for launch | 3.5 / 5") and a count
 * ("Questions answered | 46 / 57") are no scores. */
PRR_TEST(import_tables15__shares_bars_counts_no_scores)
{
	static const char *const docs[] = {
		("# mobile-bff\n\n## Rollout\n\n| Step | Share of users | Date |\n|---|---|---|\n"
		 "| 7.4 forced upgrade | 100 % | 2026-04-21 |\n"),
		"# mobile-bff\n\n| | |\n|---|---|\n| Bar for launch | 3.5 / 5, no pillar below 2 |\n",
		"# tessera-api\n\n| Field | Value |\n|---|---|\n| Questions answered | 46 / 57 |\n",
	};
	for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(docs[i], &d);
		CHECK(r && r->n_scores == 0 && r->n_dimensions == 0);
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* A table of counts of risks by pillar makes no risks titled "2". */
PRR_TEST(import_tables15__risk_counts_no_risks)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# tessera-api\n\n## Risks by pillar\n\n"
		"| Pillar | High risk | Medium risk |\n|---|---|---|\n"
		"| Security | 2 | 2 |\n| Sustainability | \xE2\x80\x94 | \xE2\x80\x94 |\n", &d);
	CHECK(r && r->n_risks == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Rows keyed by IDs under a heading of issues that say which block are
 * findings, titled by their text, blocking where they say yes. */
PRR_TEST(import_tables15__keyed_rows_with_blocks_are_findings)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# tessera-api\n\n## High-risk issues and plan\n\n"
		"| HRI | Question | Improvement | Owner | Due | Blocks GA? |\n|---|---|---|---|---|---|\n"
		"| HRI-1 | SEC 3 | Scope render role to tenant prefix | Meera | 2026-02-18 | Yes |\n"
		"| HRI-5 | OPS 4 | X-Ray on state machine | Ravi | 2026-03-15 | No |\n", &d);
	CHECK(r && r->n_findings == 2);
	if (r && r->n_findings == 2) {
		CHECK_STR(r->findings[0].id, "HRI-1");
		CHECK_STR(r->findings[0].title, "Scope render role to tenant prefix");
		CHECK(r->findings[0].blocking && !r->findings[1].blocking);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A Rating of RAG words or circles is a status; "Yes | No | N/A"
 * answered by an X is each row's status. */
PRR_TEST(import_tables15__rating_words_and_answer_columns)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# PRR: notifyd\n\n| Area | Rating |\n|---|---|\n"
				"| Architecture | Green |\n| Capacity | Amber |\n| Failure modes | Red |\n", &d);
	CHECK(r && r->n_components == 1 && r->n_dimensions == 0);
	if (r && r->n_components == 1 && r->components[0].n_checks == 3)
		CHECK(r->components[0].checks[0].status == PRR_PASS &&
		      r->components[0].checks[1].status == PRR_PARTIAL &&
		      r->components[0].checks[2].status == PRR_FAIL);
	else
		CHECK(false);
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# PRR: notifyd\n\n## 3. Capacity\n\n| # | Item | Yes | No | N/A | Notes |\n"
		    "|---|---|---|---|---|---|\n| 3.1 | Load test at peak | X | | | ok |\n"
		    "| 3.2 | Load test at 2x | | X | | |\n| 3.5 | Cost tracked | | | X | |\n", &d);
	CHECK(r && r->n_checklists == 1);
	if (r && r->n_checklists == 1 && r->checklists[0].n_items == 3)
		CHECK(r->checklists[0].items[0].status == PRR_PASS &&
		      r->checklists[0].items[1].status == PRR_FAIL &&
		      r->checklists[0].items[2].status == PRR_NA);
	else
		CHECK(false);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* Votes in words ("Dissent: wants Green …") under a "Vote" header are a
 * record, no checklist; a risk register's "3×4=12" is no score, its
 * Band each risk's level. */
PRR_TEST(import_tables15__votes_and_risk_bands)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Review\n\n## Sign-off\n\n| Name | Role | Vote |\n|---|---|---|\n"
				"| Beatriz Lopes | Chair | Amber \xE2\x80\x94 agree |\n"
				"| Thandiwe Dlamini | CS | Dissent: wants Green now |\n", &d);
	CHECK(r && r->n_checklists == 0 && r->n_components == 0);
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# Risk review\n\n## Risk register\n\n| ID | Risk | L | I | Score | Band |\n"
		    "|---|---|---|---|---|---|\n| R-01 | 3-D Secure rate rises | 3 | 4 | 3\xC3\x97" "4=12 | Amber |\n"
		    "| R-03 | Settlement late | 4 | 4 | 4\xC3\x97" "4=16 | Red |\n", &d);
	CHECK(r && r->n_risks == 2 && r->n_dimensions == 0);
	if (r && r->n_risks == 2)
		CHECK(r->risks[0].level == PRR_SEV_MEDIUM && r->risks[1].level == PRR_SEV_HIGH);
	prr_review_free(r);
	prr_diags_free(&d);
}
