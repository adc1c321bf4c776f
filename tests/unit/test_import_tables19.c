/* test_import_tables19.c - what a document's tables and their Total rows
 * state (round 18b, "figures and evidence in prose"): a Score column is
 * no check, a Total row no check or second score but a figure audited
 * against its rows, a count stated over a list or a checklist audited
 * against it, a maturity level on its scale a score.  Each case failed
 * before its rule. */
#include "test.h"

#include "md_doc.h"

#include <stdio.h>
#include <stdlib.h>

/* A Score column's "4/5" beside columns of marks is the row's dimension
 * (out of 5), not a check of 4 tests passed of 5: no check "Score". */
PRR_TEST(import_tables19__score_column_is_no_check)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Lumen Search \xE2\x80\x94 PRR\n\n**Review date:** "
		"2026-02-11\n\nScoring per category is 1\xE2\x80\x93" "5 (5 = exemplary).\n\n"
		"| Component | Observability | Resilience | Score |\n|---|---|---|---|\n"
		"| query-api | \xE2\x9C\x85 | \xE2\x9C\x85 | 4/5 |\n"
		"| indexer | \xE2\x9A\xA0\xEF\xB8\x8F | \xE2\x9D\x8C | 2/5 |\n", &d);
	CHECK(r && r->n_components == 2 && r->n_dimensions == 2);
	for (size_t c = 0; r && c < r->n_components; c++) {
		CHECK_INT(r->components[c].n_checks, 2);
		for (size_t k = 0; k < r->components[c].n_checks; k++) {
			CHECK(strcmp(r->components[c].checks[k].category, "Score") != 0);
			CHECK_INT(r->components[c].checks[k].passed, -1);
		}
	}
	if (r && r->n_dimensions == 2) {
		CHECK_NUM(r->dimensions[0].score, 4);
		CHECK_NUM(r->dimensions[0].max, 5);
	}
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "| **Total** | **3 / 4 passing** |" under a table of checks: no check
 * "Total", but its figure audited against the checks that pass (1 of 3:
 * they disagree; "1 / 3 passing" agrees); and "## Decision" over the
 * table names no component (nor "## Verdict", "## Outcome"). */
PRR_TEST(import_tables19__total_row_of_checks_is_audited)
{
	static const char *const heads[] = { "Decision", "Verdict", "Outcome" };
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		char doc[600];
		snprintf(doc, sizeof doc, "# Nightly Billing Batch \xE2\x80\x94 Readiness "
			 "Review\n\nDate: 2026-03-03\n\n## %s\n\n**NOT READY** for the "
			 "March close.\n\n| Check | Result |\n|---|---|\n"
			 "| Shadow run matches legacy | \xE2\x9C\x85 |\n"
			 "| Checkpoint re-run | \xE2\x9D\x8C |\n"
			 "| Late-finish alert | \xE2\x9D\x8C |\n"
			 "| **Total** | **%s** |\n", heads[i],
			 i == 2 ? "1 / 3 passing" : "3 / 4 passing");
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(doc, &d);
		CHECK(r && r->n_components == 1);
		if (r && r->n_components == 1) {
			CHECK(strcmp(r->components[0].name, heads[i]) != 0);
			CHECK_INT(r->components[0].n_checks, 3);
		}
		const prr_claim *c = md_claim(r, "Total (checks that pass)");
		CHECK(c != NULL);
		if (c) {
			CHECK_STR(c->stated, i == 2 ? "1/3" : "3/4");
			CHECK_STR(c->computed, "1/3");
			CHECK(c->agrees == (i == 2));
			CHECK_INT(c->line, 14);
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
	/* (numbered, "# | Check | Result", a checklist: no item "Total") */
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# X\n\nDate: 2026-03-03\n\n## Pre-flight\n\n"
		"| # | Check | Result |\n|---|---|---|\n| 1 | Alpha | \xE2\x9C\x85 |\n"
		"| 2 | Beta | \xE2\x9D\x8C |\n| 3 | Gamma | \xE2\x9C\x85 |\n"
		"| | **Total** | **3/3** |\n", &d);
	CHECK(r && r->n_checklists == 1 && r->checklists[0].n_items == 3);
	const prr_claim *c = md_claim(r, "Total (checks that pass)");
	CHECK(c && !c->agrees && strcmp(c->computed, "2/3") == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "**62/100** — below our 75 bar" first under "## Readiness score" is the
 * review's score; the table's Total row (64/100) restates it, no second
 * score, and is audited against its rows' points (62: they disagree),
 * the Weight column being each row's maximum.  Under another heading the
 * bold figure is no score. */
PRR_TEST(import_tables19__headline_score_leads_total_row)
{
	static const char table[] = "| Category | Weight | Score |\n|---|---|---|\n"
		"| Deprecated API removal | 30 | 14/30 |\n"
		"| Add-on compatibility | 25 | 20/25 |\n"
		"| Rollback rehearsal | 45 | 28/45 |\n"
		"| **Total** | **100** | **64/100** |\n";
	char doc[900];
	snprintf(doc, sizeof doc, "# Harbor \xE2\x80\x94 upgrade readiness\n\nStatus "
		 "as of: 2026-11-05\n\n## Readiness score\n\n**62/100** \xE2\x80\x94 "
		 "below our 75 bar, so the upgrade is **on hold**.\n\n%s", table);
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(doc, &d);
	CHECK(r && r->n_scores == 1);
	if (r && r->n_scores == 1) {
		CHECK_NUM(r->scores[0].value, 62);
		CHECK_STR(r->scores[0].label, "Readiness score");
	}
	const prr_claim *c = md_claim(r, "Total against the sum of 3 dimensions");
	CHECK(c && !c->agrees && strcmp(c->stated, "64/100") == 0 &&
	      strcmp(c->computed, "62/100") == 0);
	c = md_claim(r, "Readiness score against the sum of 3 dimensions");
	CHECK(c && c->agrees);
	prr_review_free(r);
	prr_diags_free(&d);
	/* the table alone: its Total row is the score, audited all the same */
	snprintf(doc, sizeof doc, "# Harbor\n\nStatus as of: 2026-11-05\n\n"
		 "## Notes\n\n**62/100** \xE2\x80\x94 a figure.\n\n%s", table);
	r = md_text(doc, &d);
	CHECK(r && r->n_scores == 1);
	if (r && r->n_scores == 1)
		CHECK_NUM(r->scores[0].value, 64);
	c = md_claim(r, "Total against the sum of 3 dimensions");
	CHECK(c && !c->agrees);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "All 4 pre-flight checks pass" over a checklist "Pre-flight checks" of
 * which 3 pass: audited, and they disagree; "Not all 4 checks pass" is no
 * such claim. */
PRR_TEST(import_tables19__all_checks_pass_is_audited)
{
	static const char *const says[] = { "All 4 pre-flight checks pass",
		"Not all 4 pre-flight checks pass" };
	for (size_t i = 0; i < 2; i++) {
		char doc[600];
		snprintf(doc, sizeof doc, "# Tern OTA \xE2\x80\x94 rollout readiness\n\n"
			 "Review held: 2026-01-20\n\n## TL;DR\n\n%s and we are "
			 "**ready** to start the rollout.\n\n## Pre-flight checks\n\n"
			 "- [x] Signed images verified\n- [x] A/B fallback tested\n"
			 "- [ ] Data cap respected \xE2\x9D\x8C (TRN-207)\n"
			 "- [x] Legal sign-off\n", says[i]);
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(doc, &d);
		const prr_claim *c = md_claim(r, "checks: 4 of 4, in 'Pre-flight checks'");
		if (i == 0) {
			CHECK(c && !c->agrees && c->line == 7);
			CHECK(c && strcmp(c->computed, "75% (3/4)") == 0);
		} else {
			CHECK(r && r->n_audit == 0);
		}
		prr_review_free(r);
		prr_diags_free(&d);
	}
}

/* "There are 3 open blockers:" over a list of two: audited, and they
 * disagree; a name's number ("Round 1 findings:") counts nothing. */
PRR_TEST(import_tables19__count_over_a_list_is_audited)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Nightly Billing Batch\n\nDate: 2026-03-03\n\n"
		"## Blockers\n\nThere are 3 open blockers:\n\n"
		"1. **BIL-91 (Critical)** \xE2\x80\x94 Re-run double-posts credit notes.\n"
		"2. **BIL-94 (High)** \xE2\x80\x94 No alert when the batch is late.\n", &d);
	CHECK(r && r->n_findings == 2);
	const prr_claim *c = md_claim(r, "open blockers listed");
	CHECK(c && !c->agrees && strcmp(c->stated, "3") == 0 &&
	      strcmp(c->computed, "2") == 0 && c->line == 7);
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# Fabric\n\nDate: 2026-03-03\n\n## Findings\n\nStatus of "
		    "Round 1 findings:\n\n- NET-204 \xE2\x80\x94 closed.\n"
		    "- NET-209 \xE2\x80\x94 open.\n- NET-210 \xE2\x80\x94 open.\n", &d);
	CHECK(r && r->n_audit == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* A Total row of whole numbers in a table kept whole sums each column:
 * 285 stated over rows of 283 disagree, 291 over 291 agrees; a column
 * of rates ("Avg lag (ms)") is no sum. */
PRR_TEST(import_tables19__total_row_of_counts_is_audited)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Quarry \xE2\x80\x94 migration readiness\n\n"
		"**Assessed:** 2026-06-30\n\n## Validation\n\n"
		"| Domain | Tables | Reconciled | Avg lag (ms) |\n|---|---|---|---|\n"
		"| Finance | 142 | 142 | 10 |\n| Marketing | 88 | 86 | 20 |\n"
		"| Product | 61 | 55 | 30 |\n| **Total** | **291** | **285** | **20** |\n",
		&d);
	CHECK(r && r->n_audit == 2);
	const prr_claim *c = md_claim(r, "Total row, Tables");
	CHECK(c && c->agrees && strcmp(c->computed, "291") == 0);
	c = md_claim(r, "Total row, Reconciled");
	CHECK(c && !c->agrees && strcmp(c->stated, "285") == 0 &&
	      strcmp(c->computed, "283") == 0 && c->line == 12);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Level 3 of 5" in a Level column is a dimension of 3/5; a level
 * without its top ("L2") states no scale. */
PRR_TEST(import_tables19__maturity_levels_are_scores)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Quarry\n\n**Assessed:** 2026-06-30\n\n"
		"| Dimension | Level | Target |\n|---|---|---|\n"
		"| Data quality | Level 3 of 5 | 3 |\n| Freshness | Level 4 of 5 | 3 |\n"
		"| Cost governance | Level 2 of 5 (managed) | 3 |\n", &d);
	CHECK(r && r->n_dimensions == 3);
	if (r && r->n_dimensions == 3) {
		CHECK_STR(r->dimensions[0].name, "Data quality");
		CHECK_NUM(r->dimensions[0].score, 3);
		CHECK_NUM(r->dimensions[0].max, 5);
		CHECK_NUM(r->dimensions[2].score, 2);
	}
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# Quarry\n\n**Assessed:** 2026-06-30\n\n"
		    "| Dimension | Level | Target |\n|---|---|---|\n"
		    "| Data quality | L3 | 3 |\n| Freshness | L4 | 3 |\n", &d);
	CHECK(r && r->n_dimensions == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* 50,000 lines of each new shape, read at once: the rules are linear. */
PRR_TEST(import_tables19__big_inputs)
{
	static const char *const lines[] = {
		"All 12 pre-flight checks pass and all 3 gates are green.\n\n",
		"There are 3 open blockers:\n\n- a\n- b\n\n",
		"| Total | 3 / 4 passing |\n",
		"| Total | 12 | 9 |\n",
		"| x | Level 3 of 5 | 3 |\n",
	};
	static const char *const heads[] = { "", "", "| Check | Result |\n|---|---|\n",
		"| Domain | Tables | Reconciled |\n|---|---|---|\n",
		"| Dimension | Level | Target |\n|---|---|---|\n" };
	for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
		size_t n = 50000, len = 0, ln = strlen(lines[i]);
		char *big = malloc(n * ln + 256);
		len += (size_t)sprintf(big, "# Big\n\nDate: 2026-02-05\n\n## Readiness "
				       "score\n\n**62/100** \xE2\x80\x94 low.\n\n%s", heads[i]);
		for (size_t k = 0; k < n; k++) {
			memcpy(big + len, lines[i], ln);
			len += ln;
		}
		big[len] = 0;
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(big, &d);
		CHECK(r != NULL);
		prr_review_free(r);
		prr_diags_free(&d);
		free(big);
	}
}
