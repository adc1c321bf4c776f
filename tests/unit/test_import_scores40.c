/* test_import_scores40.c - scores, dimensions and the revision read from
 * layouts found in review documents written by other teams (round 40):
 * each case failed before its rule. */
#include "test.h"

#include "md_doc.h"

/* "**Widget is PRODUCTION READY (88%)**": a verdict of readiness whose
 * words run into a percent in parentheses states the review's score; the
 * sections' own percents stay dimensions. */
PRR_TEST(import_scores40__ready_then_percent_is_the_score)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Widget Review\n\n\xE2\x9C\x85 **Widget is PRODUCTION READY (88%)**\n\n"
		"### 1. Parsing (100%)\n- \xE2\x9C\x85 reads files\n\n"
		"### 2. Docs (70%)\n- \xE2\x9C\x85 a guide\n", &d);
	CHECK(r && r->n_scores == 1);
	if (r && r->n_scores == 1)
		CHECK(r->scores[0].value == 88 && r->scores[0].max == 100);
	CHECK(r && r->n_dimensions == 2);
	prr_review_free(r);
	prr_diags_free(&d);
	/* (not ready, or a figure of something else, is no score) */
	r = md_text("# W\n\n**Widget is NOT PRODUCTION READY (88%)**\n", &d);
	CHECK(r && r->n_scores == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "### Готовность: 91%": Russian readiness alone is the review's
 * score, as "Readiness: 91%" is, no dimension. */
PRR_TEST(import_scores40__russian_readiness_is_the_score)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Отчёт\n\n## Итог\n\n### Сильные стороны:\n- код\n\n"
				"### \xD0\x93\xD0\xBE\xD1\x82\xD0\xBE\xD0\xB2\xD0\xBD\xD0\xBE"
				"\xD1\x81\xD1\x82\xD1\x8C: 91%\n",
				&d);
	CHECK(r && r->n_scores == 1 && r->n_dimensions == 0);
	if (r && r->n_scores == 1)
		CHECK(r->scores[0].value == 91);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "### 2. Login Flows ✅ 5/5 PASS (100%)": tests that pass, a rate, no
 * dimension; "### Server: ✅ 100% Ready": how ready a part is, no
 * dimension of a score; "2. Pen test passed (8/10)" in a list: a clause
 * that says its figure in passing. */
PRR_TEST(import_scores40__rates_and_parts_ready_are_no_dimensions)
{
	static const char *const docs[] = {
		"# DB Check\n\n## Results\n\n### 2. Login Flows \xE2\x9C\x85 5/5 PASS (100%)\n\n"
		"### 4. Sync Tests \xE2\x9C\x85 310/312 tests passed (99.4%)\n",
		"# App Readiness\n\n## Where We Are\n\n### Server: \xE2\x9C\x85 100% Ready\n- done\n\n"
		"### Client: \xE2\x9A\xA0\xEF\xB8\x8F 35% Ready\n- half\n",
		"# Checklist\n\n## Decision\n\n**Why:**\n1. Features done\n"
		"2. Pen test passed (8/10)\n3. Small tasks left\n",
	};
	for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
		prr_diags d = PRR_DIAGS_INIT;
		prr_review *r = md_text(docs[i], &d);
		CHECK(r && r->n_dimensions == 0 && r->n_scores == 0);
		prr_review_free(r);
		prr_diags_free(&d);
	}
	/* (a dimension stays one: "### Security (80%)") */
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# R\n\n## Scores\n\n### Security (80%)\n- ok\n\n"
				"### Speed (60%)\n- ok\n", &d);
	CHECK(r && r->n_dimensions == 2);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "| Area | Before | After | Grade |" whose Grade holds "⬆️ +25%": each
 * row's change, no score; the After column is the current score. */
PRR_TEST(import_scores40__change_column_is_no_score)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text(
		"# Summary\n\n## Scorecard\n\n| Area | Before | After | Grade | Status |\n"
		"|---|---|---|---|---|\n"
		"| **Auth** | C (55%) | B+ (80%) | \xE2\xAC\x86\xEF\xB8\x8F +25% | ok |\n"
		"| **Docs** | F (10%) | C (50%) | \xE2\xAC\x86\xEF\xB8\x8F +40% | ok |\n", &d);
	CHECK(r && r->n_dimensions == 2);
	if (r && r->n_dimensions == 2)
		CHECK(r->dimensions[0].score == 80 && r->dimensions[1].score == 50);
	for (size_t i = 0; i < d.n; i++)
		CHECK(!strstr(d.v[i].message, "not imported"));
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "**Section:** D (billing)": a part's letter, no grade; "## Simple $40
 * Launch Plan": a price, no count of what the heading lists. */
PRR_TEST(import_scores40__section_letter_and_price_are_no_figures)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Report\n\n**Section:** D (billing + invoices)\n\n"
				"**Readiness:** GO\n", &d);
	CHECK(r && r->n_scores == 0);
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# R\n\n## Simple $40 Launch Plan\n### Costs\n### Steps\n"
		    "### Hours\n", &d);
	CHECK(r && r->n_audit == 0);
	prr_review_free(r);
	prr_diags_free(&d);
}

/* "Branch: `feat/x`" under "### 1. Integration Session" of a plan: that
 * numbered item's branch, not the revision reviewed. */
PRR_TEST(import_scores40__numbered_item_branch_is_no_revision)
{
	prr_diags d = PRR_DIAGS_INIT;
	prr_review *r = md_text("# Coordination\n\n## Session Plan\n\n"
				"### 1. Integration Session\n\nBranch: `feat/integration-2`\n",
				&d);
	CHECK(r && !r->revision);
	prr_review_free(r);
	prr_diags_free(&d);
	r = md_text("# Review\n\nBranch: `feat/integration-2`\n", &d);
	CHECK(r && r->revision);
	prr_review_free(r);
	prr_diags_free(&d);
}
